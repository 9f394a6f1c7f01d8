import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../helpers/run-cli.ts';
import { trivyStandIn } from '../../helpers/trivy-stand-in.ts';

// The CLI's refusals of bad flags: exit 2 naming the option, before any tool or connection runs;
// a tool's failure is exit 1 with the tool's words, never a stack trace.

const work = mkdtempSync(path.join(tmpdir(), 'gantry-cli-hostile-'));
const trivy = path.join(work, 'trivy');
writeFileSync(trivy, trivyStandIn('0.75.0'), { mode: 0o755 });
chmodSync(trivy, 0o755);
const argvFile = path.join(work, 'trivy-argv');
const stack = path.join(work, 'stack.yml');
writeFileSync(stack, 'services:\n  api:\n    image: registry.example/app:1\n');
const D = `sha256:${'c'.repeat(64)}`;

const run = runCli;

describe('gantry scan --image', () => {
  it.each([
    ['--input=/etc/passwd'],
    ['ho/app:1 --debug'],
    ['UPPER/case:tag'],
    ['a@sha256:zz'],
    ['app:1\n::notice::injected'],
  ])('%j is refused naming --image, and trivy never runs', async (image) => {
    const r = await run(['scan', `--image=${image}`, '--trivy', trivy], { FAKE_TRIVY_ARGV: argvFile });
    expect(r.code).toBe(2);
    expect(r.err).toContain("gantry scan: Option '--image': expected an image reference");
    expect(() => readFileSync(argvFile)).toThrow(/ENOENT/);
  });

  it("a trivy failure is exit 1 with trivy's words, not a stack trace", async () => {
    const r = await run(['scan', '--image', 'registry.example.com/shop/api:1.2.3', '--trivy', trivy], {
      FAKE_TRIVY_FAIL: '1',
      TRIVY_CACHE_DIR: path.join(work, 'cache'),
    });
    expect(r.code).toBe(1);
    expect(r.err).toContain('unable to find the specified image');
    expect(r.err).toMatch(
      /^gantry scan: \S+trivy image .* -- registry\.example\.com\/shop\/api:1\.2\.3 exited with code 1:/m,
    );
    expect(r.err).not.toMatch(/\n\s+at /);
  });
});

describe('gantry deploy swarm reads every option before it connects', () => {
  // Port 1 on loopback: a connection attempt would fail with an error naming --host instead.
  const base = ['deploy', 'swarm', '--host', 'ssh://deploy@127.0.0.1:1', '--stack', 'shop', '-c', stack];
  it.each([
    [['--timeout', 'abc'], "Option '--timeout': expected a duration"],
    [['--no-progress-timeout', '1x'], "Option '--no-progress-timeout': expected a duration"],
    [['--lock-timeout', 'soon'], "Option '--lock-timeout': expected a duration"],
    [
      ['--image', `nosuch=registry.example/app@${D}`],
      "Option '--image': names services the stack file does not have: nosuch",
    ],
    [['--image', `api=-x/app@${D}`], "Option '--image': expected image@sha256"],
  ])('%j', async (flags, message) => {
    const r = await run([...base, ...flags]);
    expect(r.code).toBe(2);
    expect(r.err).toContain(message);
    expect(r.err).not.toContain("'--host'");
  });
  it('port 0 is refused by the parser, naming --host', async () => {
    const r = await run([
      'deploy',
      'swarm',
      '--host',
      'ssh://deploy@127.0.0.1:0',
      '--stack',
      'shop',
      '-c',
      stack,
    ]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("Option '--host': has port 0: expected a port from 1 to 65535");
  });
});
