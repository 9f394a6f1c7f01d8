import { execFile } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** Shared helpers for the benchmarks: timing, medians, running commands. */

export interface Figure {
  id: string;
  title: string;
  /** The value the table shows, e.g. "1.04x" or "1". */
  value: string;
  target: string;
  met: boolean;
  details: Record<string, unknown>;
  /** When it was measured (a partial run keeps the other figures of the previous one). */
  measuredAt?: string;
}

export const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
};

export const round = (value: number, digits = 2): number => Math.round(value * 10 ** digits) / 10 ** digits;

export function run(
  file: string,
  args: readonly string[],
  env: Record<string, string | undefined> = process.env,
  timeoutMs = 600_000,
  cwd?: string,
): Promise<{ code: number; stdout: string; stderr: string; ms: number }> {
  const started = performance.now();
  return new Promise((resolve) => {
    execFile(
      file,
      [...args],
      { env, timeout: timeoutMs, maxBuffer: 256 * 1024 * 1024, ...(cwd === undefined ? {} : { cwd }) },
      (error, stdout, stderr) => {
        const code = error === null ? 0 : typeof error.code === 'number' ? error.code : 1;
        resolve({ code, stdout, stderr, ms: performance.now() - started });
      },
    );
  });
}

export async function runOk(file: string, args: readonly string[], env?: Record<string, string | undefined>) {
  const result = await run(file, args, env);
  if (result.code !== 0)
    throw new Error(`${file} ${args.join(' ')} failed (${result.code}): ${result.stderr.slice(-2000)}`);
  return result;
}

let cliCopy: string | undefined;

/**
 * The CLI bundle the figures run: a copy of dist/cli/index.js taken at the first call (build it
 * first: npm run build), so a rebuild of dist/ by other work during the run cannot break it; or
 * GANTRY_BENCH_CLI's.
 */
export function gantryBin(root: string): string {
  if (cliCopy !== undefined) return cliCopy;
  // GANTRY_BENCH_CLI: a CLI bundle copied aside beforehand (other work rebuilding dist/ meanwhile).
  if (process.env.GANTRY_BENCH_CLI) {
    cliCopy = process.env.GANTRY_BENCH_CLI;
    return cliCopy;
  }
  const dir = mkdtempSync(path.join(tmpdir(), 'gantry-bench-cli-'));
  process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
  cliCopy = path.join(dir, 'gantry.mjs');
  copyFileSync(path.join(root, 'dist/cli/index.js'), cliCopy);
  return cliCopy;
}

/** The `gantry-trace <epoch ms> +<ms> <event>` lines of a run with GANTRY_TRACE=1: event -> epoch ms. */
export function traceTimes(stderr: string): Map<string, number> {
  const times = new Map<string, number>();
  for (const match of stderr.matchAll(/^gantry-trace (\d+) \+\d+ms (.+)$/gm))
    if (!times.has(match[2] ?? '')) times.set(match[2] ?? '', Number(match[1]));
  return times;
}
