import { closeSync, existsSync, fstatSync, openSync, readFileSync, readSync } from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { ConfigurationError, isConfigurationError } from '../core/errors.ts';
import { retry } from '../core/retry.ts';
import { isRateLimited, rateLimitDelay, TRIVY_VERSION_ARGV } from '../core/scan/argv.ts';
import { isExactCacheHit } from '../core/scan/cache-key.ts';
import {
  type IgnoreEntry,
  parseTrivyIgnore,
  parseTrivyIgnoreYaml,
  parseTrivyReportFrom,
  TrivyReportError,
  type TrivyScan,
} from '../core/scan/index.ts';
import {
  parseChecksums,
  parseTrivyVersionOutput,
  TRIVY_RELEASES_BASE,
  trivyAssetName,
  trivyChecksumsName,
  trivyReleaseUrl,
  verifyChecksum,
} from '../core/scan/install.ts';
import { ChecksumError, sha256File } from './checksum.ts';
import { type ExecResult, exec, ToolError } from './exec.ts';

/**
 * Trivy: install a pinned release (checksum-verified, tool-cached), run it with retries on registry
 * rate limits, and keep its vulnerability database in the Actions cache between runs.
 */

type Log = (line: string) => void;

export interface InstallOptions {
  version: string;
  /** Defaults to GitHub's releases; `GANTRY_TRIVY_DOWNLOAD_BASE` overrides it (a mirror, or a test server). */
  baseUrl?: string;
  platform?: string;
  arch?: string;
  log?: Log;
}

export interface InstalledTrivy {
  path: string;
  version: string;
  source: 'path' | 'tool-cache' | 'download';
}

/** The version of the `trivy` a command name or path runs, or undefined when it cannot be run. */
export async function trivyVersionOf(binary: string): Promise<string | undefined> {
  try {
    const result = await exec(binary, TRIVY_VERSION_ARGV, { timeoutMs: 30_000 });
    return parseTrivyVersionOutput(result.stdout);
  } catch {
    return undefined;
  }
}

/**
 * Finds or installs Trivy `version`: a `trivy` on PATH at exactly that version is used as is; then
 * the runner's tool cache; else the release archive is downloaded, its SHA-256 checked against the
 * release's checksum file (a mismatch throws ChecksumError and nothing is cached), extracted and
 * cached with @actions/tool-cache.
 */
export async function installTrivy(options: InstallOptions): Promise<InstalledTrivy> {
  const log = options.log ?? (() => {});
  const { version } = options;
  const platform = options.platform ?? process.platform;
  const arch = options.arch ?? process.arch;
  const exe = platform === 'win32' ? 'trivy.exe' : 'trivy';

  const onPath = await trivyVersionOf(exe);
  if (onPath === version) {
    log(`Using trivy ${version} from PATH`);
    return { path: exe, version, source: 'path' };
  }
  if (onPath !== undefined) log(`trivy on PATH is ${onPath}, not ${version}; installing ${version}`);

  // Loaded here, not at start-up: @actions/tool-cache and @actions/cache are large to evaluate.
  const tc = await import('@actions/tool-cache');
  const cached = tc.find('trivy', version, arch);
  if (cached !== '') {
    log(`Using trivy ${version} from the tool cache`);
    return { path: path.join(cached, exe), version, source: 'tool-cache' };
  }

  const base = options.baseUrl ?? (process.env.GANTRY_TRIVY_DOWNLOAD_BASE || TRIVY_RELEASES_BASE);
  const asset = trivyAssetName(version, platform, arch);
  const sumsUrl = trivyReleaseUrl(base, version, trivyChecksumsName(version));
  const assetUrl = trivyReleaseUrl(base, version, asset);
  log(`Downloading ${assetUrl}`);
  const sumsFile = await tc.downloadTool(sumsUrl);
  const archive = await tc.downloadTool(assetUrl);
  const verdict = verifyChecksum(
    parseChecksums(readFileSync(sumsFile, 'utf8')),
    asset,
    await sha256File(archive),
  );
  if (!verdict.ok) {
    throw new ChecksumError(
      `Refusing to install trivy ${version}: ${verdict.message} (${sumsUrl}). The download was corrupted or tampered with.`,
    );
  }
  log(`SHA-256 verified: ${verdict.expected}`);
  const extracted = asset.endsWith('.zip') ? await tc.extractZip(archive) : await tc.extractTar(archive);
  if (!existsSync(path.join(extracted, exe))) {
    throw new Error(`${asset} has no ${exe} at its top level`);
  }
  const dir = await tc.cacheDir(extracted, 'trivy', version, arch);
  return { path: path.join(dir, exe), version, source: 'download' };
}

export interface RunTrivyOptions {
  log?: Log;
  signal?: AbortSignal;
  timeoutMs?: number;
  /** Waits between rate-limited attempts (RATE_LIMIT_DELAYS_MS by default). */
  retryDelaysMs?: readonly number[];
  env?: Record<string, string | undefined>;
}

/**
 * Runs Trivy; a run refused with TOOMANYREQUESTS (a registry's rate limit, usually while pulling the
 * database) is retried after a bounded backoff. Any other failure throws a ToolError with Trivy's stderr.
 */
export async function runTrivy(
  binary: string,
  argv: readonly string[],
  options: RunTrivyOptions = {},
): Promise<ExecResult> {
  // The one failure worth another attempt: the last run, refused by a registry's rate limit.
  let rateLimited: ToolError | undefined;
  return retry(
    async (attempt) => {
      const result = await exec(binary, argv, {
        allowFailure: true,
        ...(options.log ? { log: options.log } : {}),
        ...(options.signal ? { signal: options.signal } : {}),
        ...(options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs }),
        ...(options.env ? { env: options.env } : {}),
      });
      if (result.exitCode === 0) return result;
      const limited = isRateLimited(result.stderr);
      const detail = result.stderr.trim().split('\n').slice(-20).join('\n');
      const error = new ToolError(
        `${result.command} exited with code ${result.exitCode}${limited ? ` (still rate limited after ${attempt} attempts)` : ''}:\n${detail}`,
        result.command,
        result.exitCode,
        result.stderr,
      );
      rateLimited = limited ? error : undefined;
      throw error;
    },
    {
      delayMs: (attempt, error) =>
        error !== undefined && error === rateLimited
          ? rateLimitDelay(attempt, options.retryDelaysMs, Math.random())
          : undefined,
      sleep: (ms) => sleep(ms, undefined, options.signal ? { signal: options.signal } : {}),
      onRetry: (attempt, wait) =>
        options.log?.(
          `Rate limited by a registry (TOOMANYREQUESTS); attempt ${attempt + 1} in ${Math.round(wait / 1000)}s`,
        ),
    },
  );
}

export interface DbCache {
  /** The database folders under Trivy's cache folder (`db`, `java-db`), not its image-layer cache. */
  dirs: string[];
  key: string;
  restoreKeys: string[];
}

/** Whether this run can use the Actions cache service (false outside a runner, or on GHES without it). */
export const dbCacheAvailable = async (): Promise<boolean> => {
  try {
    const cache = await import('@actions/cache');
    return cache.isFeatureAvailable();
  } catch {
    return false;
  }
};

/** Restores Trivy's database folder; returns the key restored (undefined on a miss or without a cache service). */
export async function restoreDbCache(db: DbCache, log: Log, warn: Log): Promise<string | undefined> {
  if (!(await dbCacheAvailable())) {
    log('The Actions cache service is not available here: Trivy downloads its database');
    return undefined;
  }
  try {
    const cache = await import('@actions/cache');
    const hit = await cache.restoreCache(db.dirs, db.key, db.restoreKeys);
    log(
      hit === undefined ? `No cached Trivy database (key ${db.key})` : `Restored the Trivy database (${hit})`,
    );
    return hit;
  } catch (error) {
    warn(`Could not restore the Trivy database cache: ${(error as Error).message}`);
    return undefined;
  }
}

/** Saves the database folder under today's key, unless it was restored from exactly that key. */
export async function saveDbCache(
  db: DbCache,
  restored: string | undefined,
  log: Log,
  warn: Log,
): Promise<void> {
  if (!(await dbCacheAvailable()) || isExactCacheHit(restored, db.key)) return;
  const dirs = db.dirs.filter((dir) => existsSync(dir));
  if (dirs.length === 0) return;
  try {
    const cache = await import('@actions/cache');
    await cache.saveCache(dirs, db.key);
    log(`Saved the Trivy database to the cache (${db.key})`);
  } catch (error) {
    // Another job of the same day may have saved it first ("reserve cache" failure): not a problem.
    warn(`Could not save the Trivy database cache: ${(error as Error).message}`);
  }
}

/** Reads a file the user named; a missing or unreadable file is their mistake, named by `input`. */
/** An open file, refused as readFileSync would refuse it (a directory: EISDIR). */
function openUserFile(input: string, file: string): { fd: number; size: number } {
  let fd: number | undefined;
  try {
    fd = openSync(file, 'r');
    const stat = fstatSync(fd);
    if (stat.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
    return { fd, size: stat.size };
  } catch (error) {
    if (fd !== undefined) closeSync(fd);
    throw unreadable(input, file, error);
  }
}

function unreadable(input: string, file: string, error: unknown): ConfigurationError {
  const code = (error as NodeJS.ErrnoException).code;
  return new ConfigurationError(
    `cannot read ${file}${code === 'ENOENT' ? ': no such file' : ` (${code ?? (error as Error).message})`}`,
    input,
  );
}

function readUserFile(input: string, file: string): string;
function readUserFile(input: string, file: string, bytes: 'bytes'): Uint8Array;
function readUserFile(input: string, file: string, bytes?: 'bytes'): string | Uint8Array {
  try {
    return bytes === undefined ? readFileSync(file, 'utf8') : readFileSync(file);
  } catch (error) {
    throw unreadable(input, file, error);
  }
}

/** Reads and parses a Trivy JSON report; a file that is not one fails naming `input`. */
export function readReportFile(input: string, file: string): TrivyScan {
  // Piece by piece: a monorepo's report can be longer than a string may be (see parseTrivyReportFrom).
  const { fd, size } = openUserFile(input, file);
  const read = (into: Uint8Array, offset: number): number => {
    try {
      return readSync(fd, into, offset, into.length - offset, null);
    } catch (error) {
      throw unreadable(input, file, error);
    }
  };
  try {
    return parseTrivyReportFrom({ read, size, whole: () => readUserFile(input, file, 'bytes') });
  } catch (error) {
    if (error instanceof TrivyReportError) throw new ConfigurationError(`${file}: ${error.message}`, input);
    throw error;
  } finally {
    closeSync(fd);
  }
}

/** Reads ignore files: `.yaml`/`.yml` ones as `.trivyignore.yaml`, anything else as `.trivyignore`. */
export function readIgnoreFiles(input: string, files: readonly string[]): IgnoreEntry[] {
  return files.flatMap((file) => {
    const text = readUserFile(input, file);
    const name = path.basename(file);
    try {
      return /\.ya?ml$/i.test(file) ? parseTrivyIgnoreYaml(text, name) : parseTrivyIgnore(text, name);
    } catch (error) {
      // The parsers name the file and line; the message names the input (or option) as well.
      if (isConfigurationError(error) && error.input === undefined)
        throw new ConfigurationError(error.message, input);
      throw error;
    }
  });
}

/** The ignore files Trivy itself would pick up in a folder when none is given. */
export const defaultIgnoreFiles = (dir: string): string[] =>
  ['.trivyignore', '.trivyignore.yaml']
    .map((name) => path.join(dir, name))
    .filter((file) => existsSync(file));
