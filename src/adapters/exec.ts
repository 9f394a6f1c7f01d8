/**
 * The one way Gantry runs a tool: argv only (never a shell), the command logged with every secret
 * redacted, a timeout, cancellation through an AbortSignal, and an error that keeps the tool's own
 * words (trimmed stderr) and exit code.
 */

import { isControlChar } from '../core/inputs/parse.ts';

export interface ExecOptions {
  /** Values to replace with *** wherever they appear in logs and error messages. */
  secrets?: readonly string[];
  /** Written to the tool's stdin (how secret values reach `docker secret create -`). */
  input?: string;
  env?: Record<string, string | undefined>;
  cwd?: string;
  /** Milliseconds; the tool is killed (SIGTERM, then SIGKILL) when it runs longer. */
  timeoutMs?: number;
  signal?: AbortSignal;
  /** Where the command line is logged; nothing is logged when absent. */
  log?: (line: string) => void;
  /** Return a non-zero exit as a result instead of throwing. */
  allowFailure?: boolean;
}

export interface ExecResult {
  command: string;
  exitCode: number;
  stdout: string;
  stderr: string;
}

export class ToolError extends Error {
  override readonly name = 'ToolError';
  readonly command: string;
  readonly exitCode: number | undefined;
  readonly stderr: string;
  constructor(message: string, command: string, exitCode: number | undefined, stderr: string) {
    super(message);
    this.command = command;
    this.exitCode = exitCode;
    this.stderr = stderr;
  }
}

/** A tool's own last words: the last non-empty line of what it printed. */
export const lastLine = (text: string): string | undefined =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .at(-1);

export function redact(text: string, secrets: readonly string[] = []): string {
  let out = text;
  // Longest first, so a secret that contains another is replaced whole.
  for (const secret of [...secrets].filter((s) => s.length > 0).sort((a, b) => b.length - a.length)) {
    out = out.split(secret).join('***');
  }
  return out;
}

const hasControl = (text: string): boolean => [...text].some(isControlChar);
const ESCAPES: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t', '\\': '\\\\', "'": "\\'" };

/**
 * An argument as a shell would read it back. One with a control character is written `$'…'` with
 * every control character escaped (`\n`, `\x01`, `\u2028`): an echoed command line is always one
 * line, so no value in it can start a line the runner reads as a workflow command (`::…::`).
 */
export function quoteArg(arg: string): string {
  if (/^[\w@%+=:,./-]+$/.test(arg)) return arg;
  if (!hasControl(arg)) return `'${arg.replace(/'/g, `'\\''`)}'`;
  const escaped = [...arg]
    .map((char) => {
      if (ESCAPES[char] !== undefined) return ESCAPES[char];
      if (!isControlChar(char)) return char;
      const code = char.codePointAt(0) ?? 0;
      return code > 0xff
        ? `\\u${code.toString(16).padStart(4, '0')}`
        : `\\x${code.toString(16).padStart(2, '0')}`;
    })
    .join('');
  return `$'${escaped}'`;
}

export const formatCommand = (
  file: string,
  args: readonly string[],
  secrets: readonly string[] = [],
): string =>
  // An argument with a control character is redacted before it is quoted (quoting escapes a secret's
  // newline, which would then no longer match), then the whole line as before.
  redact(
    [file, ...args].map((arg) => quoteArg(hasControl(arg) ? redact(arg, secrets) : arg)).join(' '),
    secrets,
  );

const MAX_STDERR = 4000;

function trimmed(text: string): string {
  const value = text.trim();
  return value.length > MAX_STDERR ? `…${value.slice(-MAX_STDERR)}` : value;
}

export async function exec(
  file: string,
  args: readonly string[],
  options: ExecOptions = {},
): Promise<ExecResult> {
  const secrets = options.secrets ?? [];
  const command = formatCommand(file, args, secrets);
  options.log?.(`$ ${command}`);
  // Loaded at the first command, not at start-up (evaluating execa costs a few ms before inputs are read).
  const { execa } = await import('execa');
  const result = await execa(file, [...args], {
    reject: false,
    shell: false,
    stripFinalNewline: true,
    ...(options.input === undefined ? { stdin: 'ignore' as const } : { input: options.input }),
    ...(options.env === undefined ? {} : { env: options.env }),
    ...(options.cwd === undefined ? {} : { cwd: options.cwd }),
    ...(options.timeoutMs === undefined ? {} : { timeout: options.timeoutMs }),
    ...(options.signal === undefined ? {} : { cancelSignal: options.signal }),
    forceKillAfterDelay: 5000,
  });
  const stdout = typeof result.stdout === 'string' ? result.stdout : '';
  const stderr = typeof result.stderr === 'string' ? result.stderr : '';
  const exitCode = result.exitCode ?? -1;
  if (result.failed && !(options.allowFailure && result.exitCode !== undefined && !result.timedOut)) {
    const why = result.timedOut
      ? `timed out after ${options.timeoutMs} ms`
      : result.isCanceled
        ? 'was cancelled'
        : result.exitCode === undefined
          ? `could not run (${redact(result.originalMessage || result.shortMessage || 'unknown error', secrets)})`
          : `exited with code ${result.exitCode}`;
    const detail = trimmed(redact(stderr || stdout, secrets));
    throw new ToolError(
      `${command} ${why}${detail ? `:\n${detail}` : ''}`,
      command,
      result.exitCode,
      redact(stderr, secrets),
    );
  }
  // stdout is data for the caller to parse and is returned as is; stderr is for people, so redacted.
  return { command, exitCode, stdout, stderr: redact(stderr, secrets) };
}

export interface StreamOptions {
  env?: Record<string, string | undefined>;
  signal?: AbortSignal;
  /** Values redacted from the logged command and the error. */
  secrets?: readonly string[];
  log?: (line: string) => void;
  onStdout(chunk: string): void;
  onStderr(chunk: string): void;
}

/**
 * Runs a tool whose output is read as it comes (`docker service logs --follow`): argv only, never a
 * shell. Resolves when it exits; a cancel (the signal) stops it with SIGTERM and resolves with
 * `cancelled`. A non-zero exit is a ToolError with the tail of what it printed on stderr.
 */
export async function execStream(
  file: string,
  args: readonly string[],
  options: StreamOptions,
): Promise<{ cancelled: boolean }> {
  const secrets = options.secrets ?? [];
  const command = formatCommand(file, args, secrets);
  options.log?.(`$ ${command}`);
  if (options.signal?.aborted) return { cancelled: true };
  const { spawn } = await import('node:child_process');
  return new Promise((resolve, reject) => {
    const child = spawn(file, [...args], {
      env: options.env ?? process.env,
      stdio: ['ignore', 'pipe', 'pipe'],
      shell: false,
    });
    let stderr = '';
    let cancelled = false;
    const onAbort = () => {
      cancelled = true;
      child.kill('SIGTERM');
    };
    options.signal?.addEventListener('abort', onAbort, { once: true });
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => options.onStdout(chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr = (stderr + chunk).slice(-MAX_STDERR);
      options.onStderr(chunk);
    });
    child.on('error', (error) => {
      options.signal?.removeEventListener('abort', onAbort);
      reject(
        new ToolError(`${command} could not run (${redact(error.message, secrets)})`, command, undefined, ''),
      );
    });
    child.on('close', (code) => {
      options.signal?.removeEventListener('abort', onAbort);
      if (cancelled || code === 0) resolve({ cancelled });
      else {
        const detail = lastLine(redact(stderr, secrets));
        reject(
          new ToolError(
            `${command} exited with code ${code}${detail ? `: ${detail}` : ''}`,
            command,
            code ?? undefined,
            redact(stderr, secrets),
          ),
        );
      }
    });
  });
}
