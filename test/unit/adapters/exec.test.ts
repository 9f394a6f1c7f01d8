import { describe, expect, it } from 'vitest';
import { exec, formatCommand, quoteArg, redact, ToolError } from '../../../src/adapters/exec.ts';

describe('exec', () => {
  it('passes argv without a shell', async () => {
    const result = await exec('printf', ['%s|', '$(echo pwned)', 'a b', '*']);
    expect(result.stdout).toBe('$(echo pwned)|a b|*|');
    expect(result.exitCode).toBe(0);
  });

  it('logs the command with secrets redacted', async () => {
    const lines: string[] = [];
    await exec('echo', ['--password', 'hunter2'], { secrets: ['hunter2'], log: (l) => lines.push(l) });
    expect(lines).toEqual(['$ echo --password ***']);
  });

  it('feeds stdin', async () => {
    expect((await exec('cat', [], { input: 'from stdin' })).stdout).toBe('from stdin');
  });

  it('throws a ToolError with trimmed, redacted stderr and the exit code', async () => {
    const error = await exec('sh', ['-c', 'echo "  login failed for s3cret  " >&2; exit 3'], {
      secrets: ['s3cret'],
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ToolError);
    const tool = error as ToolError;
    expect(tool.exitCode).toBe(3);
    expect(tool.stderr).toBe('  login failed for ***  ');
    expect(tool.message).toBe(
      `sh -c 'echo "  login failed for ***  " >&2; exit 3' exited with code 3:\nlogin failed for ***`,
    );
  });

  it('returns a failure as a result with allowFailure', async () => {
    const result = await exec('sh', ['-c', 'exit 4'], { allowFailure: true });
    expect(result.exitCode).toBe(4);
  });

  // A 10-minute sleep: were it not stopped, the test would fail by its (20 s) timeout; no bound on
  // how fast the machine is.
  it('kills a tool that runs past its timeout', { timeout: 20_000 }, async () => {
    const error = await exec('sleep', ['600'], { timeoutMs: 300 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ToolError);
    expect((error as ToolError).message).toBe('sleep 600 timed out after 300 ms');
  });

  it('stops a tool when the run is cancelled', { timeout: 20_000 }, async () => {
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 200);
    const error = await exec('sleep', ['600'], { signal: controller.signal }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ToolError);
    expect((error as ToolError).message).toBe('sleep 600 was cancelled');
  });

  it('says when the tool cannot be run at all', async () => {
    const error = (await exec('gantry-no-such-tool', ['x']).catch((e: unknown) => e)) as ToolError;
    expect(error).toBeInstanceOf(ToolError);
    expect(error.exitCode).toBeUndefined();
    expect(error.message).toMatch(/^gantry-no-such-tool x could not run \(.*ENOENT/);
  });
});

describe('formatCommand / redact', () => {
  it.each([
    [
      ['docker', ['login', '-u', 'me', '--password-stdin', 'reg:5000']],
      [],
      'docker login -u me --password-stdin reg:5000',
    ],
    [['ssh', ['-o', 'StrictHostKeyChecking=yes', 'a b']], [], "ssh -o StrictHostKeyChecking=yes 'a b'"],
    [['echo', ["it's"]], [], "echo 'it'\\''s'"],
    [['curl', ['-H', 'Authorization: Bearer tok']], ['Bearer tok'], "curl -H 'Authorization: ***'"],
  ] as const)('%j', ([file, args], secrets, expected) => {
    expect(formatCommand(file, args, secrets)).toBe(expected);
  });

  it('replaces the longest secret first', () => {
    expect(redact('pw=abc123 and abc', ['abc', 'abc123'])).toBe('pw=*** and ***');
  });
});

describe('quoteArg: an echoed command line is always one line', () => {
  it.each([
    ['plain', 'plain'],
    ['a b', "'a b'"],
    ["it's", "'it'\\''s'"],
    ['a\n::notice::injected', "$'a\\n::notice::injected'"],
    ['a\r\tb', "$'a\\r\\tb'"],
    ['\u0001x', "$'\\x01x'"],
    ["q'\u001b", "$'q\\'\\x1b'"],
    ['back\\slash\n', "$'back\\\\slash\\n'"],
    ['a\u2028b\u0085', "$'a\\u2028b\\x85'"],
  ])('%j -> %s', (arg, quoted) => {
    expect(quoteArg(arg)).toBe(quoted);
  });

  it('no argument can start a line in the log, and a secret with a newline is still redacted', async () => {
    const lines: string[] = [];
    await exec('echo', ['--username', 'a\n::notice::injected', 'pass\nword'], {
      secrets: ['pass\nword'],
      log: (l) => lines.push(l),
    });
    expect(lines).toEqual(["$ echo --username $'a\\n::notice::injected' '***'"]);
    expect(lines.join('\n').split('\n')).toHaveLength(1);
  });
});
