import { type ChildProcess, execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';

/**
 * Runs `dist/<name>/index.js` the way GitHub's runner does: each input from action.yml gets its
 * default unless given, and reaches the process as INPUT_<NAME> (upper-cased, spaces to
 * underscores, hyphens kept); GITHUB_OUTPUT, GITHUB_ENV, GITHUB_STATE and GITHUB_STEP_SUMMARY are
 * files; after main, `post` (when action.yml has one) runs with each saved state as STATE_<name>.
 */

const root = path.resolve(import.meta.dirname, '../..');

interface ActionMetadata {
  inputs?: Record<string, { default?: string; required?: boolean }>;
  runs: { using: string; main: string; post?: string; 'post-if'?: string };
}

export interface BundleRun {
  exitCode: number;
  /** The signal that ended the process (it did not exit by itself), e.g. SIGTERM. */
  signal?: string;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  env: Record<string, string>;
  state: Record<string, string>;
  summary: string;
  /** The run's RUNNER_TEMP, to check what an action leaves behind. */
  runnerTemp: string;
  post?: { exitCode: number; stdout: string; stderr: string };
}

export interface BundleOptions {
  inputs?: Record<string, string>;
  env?: Record<string, string>;
  /** Runs the process and sends it SIGTERM after this many ms (the runner's cancellation). */
  killAfterMs?: number;
  /** Sends SIGTERM once the output so far matches (a cancellation at a known point, whatever the load). */
  killWhen?: RegExp;
  /**
   * Told main's output so far on each chunk, with its process (to pause it with SIGSTOP and go on with
   * SIGCONT): for tests that must order two runs by what the first has done, not by a head start.
   */
  onStdout?: (soFar: string, child: ChildProcess) => void;
  timeoutMs?: number;
  /** The runner died with main (SIGKILL of the job): `post` never runs. */
  noPost?: boolean;
}

/** Parses the runner's file-command format: `name=value` lines and `name<<DELIM` heredocs. */
export function parseCommandFile(text: string): Record<string, string> {
  const result: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (line === '') continue;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, key = '', delimiter = ''] = heredoc;
      const value: string[] = [];
      for (i++; i < lines.length && lines[i] !== delimiter; i++) value.push(lines[i] ?? '');
      if (i >= lines.length) throw new Error(`unterminated heredoc for ${key}`);
      result[key] = value.join('\n');
    } else {
      const at = line.indexOf('=');
      if (at < 0) throw new Error(`malformed command-file line: ${line}`);
      result[line.slice(0, at)] = line.slice(at + 1);
    }
  }
  return result;
}

function runNode(
  script: string,
  env: Record<string, string>,
  options: BundleOptions,
): Promise<{ exitCode: number; signal?: string; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = execFile(
      process.execPath,
      [script],
      { env, cwd: env.GITHUB_WORKSPACE, timeout: options.timeoutMs ?? 120_000, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const exitCode = error === null ? 0 : typeof error.code === 'number' ? error.code : 1;
        const signal = error?.signal ?? undefined;
        resolve({ exitCode, ...(signal ? { signal } : {}), stdout, stderr });
      },
    );
    if (options.killAfterMs !== undefined) setTimeout(() => child.kill('SIGTERM'), options.killAfterMs);
    if (options.onStdout !== undefined) {
      const tell = options.onStdout;
      let seen = '';
      child.stdout?.on('data', (chunk: Buffer | string) => {
        seen += chunk.toString();
        tell(seen, child);
      });
    }
    if (options.killWhen !== undefined) {
      const pattern = options.killWhen;
      let seen = '';
      let sent = false;
      // One SIGTERM, as the runner sends one per signal: not one per chunk of output after the match.
      child.stdout?.on('data', (chunk: Buffer | string) => {
        seen += chunk.toString();
        if (!sent && pattern.test(seen)) {
          sent = true;
          child.kill('SIGTERM');
        }
      });
    }
  });
}

/** The variables a GitHub-hosted Linux runner sets for every step (repository acme/shop, run 4242). */
export function runnerEnv(runnerTemp: string, workspace: string): Record<string, string> {
  return {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: process.env.HOME ?? '/root',
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    RUNNER_TEMP: runnerTemp,
    RUNNER_OS: 'Linux',
    GITHUB_WORKSPACE: workspace,
    GITHUB_REPOSITORY: 'acme/shop',
    GITHUB_RUN_ID: '4242',
    GITHUB_SERVER_URL: 'https://github.com',
  };
}

export function actionMetadata(name: string): ActionMetadata {
  return parse(readFileSync(path.join(root, 'actions', name, 'action.yml'), 'utf8')) as ActionMetadata;
}

export async function runActionBundle(name: string, options: BundleOptions = {}): Promise<BundleRun> {
  const meta = actionMetadata(name);
  const dir = mkdtempSync(path.join(tmpdir(), `gantry-bundle-${name}-`));
  const files = {
    GITHUB_OUTPUT: path.join(dir, 'output'),
    GITHUB_ENV: path.join(dir, 'env'),
    GITHUB_STATE: path.join(dir, 'state'),
    GITHUB_STEP_SUMMARY: path.join(dir, 'summary.md'),
  };
  for (const file of Object.values(files)) writeFileSync(file, '');
  const inputEnv: Record<string, string> = {};
  for (const [input, spec] of Object.entries(meta.inputs ?? {})) {
    const value = options.inputs?.[input] ?? spec.default ?? '';
    inputEnv[`INPUT_${input.replace(/ /g, '_').toUpperCase()}`] = value;
  }
  for (const given of Object.keys(options.inputs ?? {})) {
    if (!(given in (meta.inputs ?? {})))
      throw new Error(`actions/${name}/action.yml has no input named ${given}`);
  }
  const workspace = mkdtempSync(path.join(tmpdir(), `gantry-ws-${name}-`));
  const runnerTemp = mkdtempSync(path.join(tmpdir(), `gantry-temp-${name}-`));
  const baseEnv: Record<string, string> = {
    ...runnerEnv(runnerTemp, workspace),
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
    GITHUB_REF: 'refs/heads/main',
    GITHUB_ACTOR: 'octocat',
    GITHUB_WORKFLOW: 'release',
    ...files,
    ...options.env,
  };
  const actionDir = path.join(root, 'actions', name);
  const main = await runNode(path.resolve(actionDir, meta.runs.main), { ...baseEnv, ...inputEnv }, options);
  const state = parseCommandFile(readFileSync(files.GITHUB_STATE, 'utf8'));
  const run: BundleRun = {
    ...main,
    outputs: parseCommandFile(readFileSync(files.GITHUB_OUTPUT, 'utf8')),
    env: parseCommandFile(readFileSync(files.GITHUB_ENV, 'utf8')),
    state,
    summary: readFileSync(files.GITHUB_STEP_SUMMARY, 'utf8'),
    runnerTemp,
  };
  if (meta.runs.post !== undefined && options.noPost !== true) {
    const stateEnv = Object.fromEntries(Object.entries(state).map(([k, v]) => [`STATE_${k}`, v]));
    const {
      killAfterMs: _cancelledMainOnly,
      killWhen: _alsoMainOnly,
      onStdout: _toldOfMainOnly,
      noPost: _notPassedOn,
      ...postOptions
    } = options;
    // The runner's default `post-if` is always(): post runs after a failed or cancelled main too.
    run.post = await runNode(
      path.resolve(actionDir, meta.runs.post),
      { ...baseEnv, ...inputEnv, ...stateEnv },
      postOptions,
    );
  }
  return run;
}
