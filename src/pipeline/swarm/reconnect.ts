import { isLostConnection } from '../../adapters/docker.ts';
import { equalJitter, exponentialBackoff, retry } from '../../core/retry.ts';
import type { Reporter } from '../reporter.ts';

/**
 * Reading the engine again after the connection to it broke (an SSH session dropped, the engine
 * restarting): each read that fails on the way (not the engine's own refusal) is tried again with
 * exponential backoff, until `deadline`. The next request opens a new `docker system dial-stdio`,
 * whose ssh opens a new master connection when the old one is gone, so a retry is a reconnect.
 */

export interface ReconnectPolicy {
  /** Epoch ms after which a failed read is given up on. */
  deadline: number;
  firstMs?: number;
  maxMs?: number;
  signal?: AbortSignal | undefined;
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
  random?: () => number;
}

/** Contact lost until the deadline: the last error, and how long it tried. */
export class LostContactError extends Error {
  override readonly name = 'LostContactError';
  constructor(message: string, cause: unknown) {
    super(message, { cause });
  }
}

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * `read()`, again while it fails on a lost connection and the deadline allows; a lost contact that
 * outlasts the deadline is a LostContactError. Any other failure is thrown as it is.
 */
export async function withReconnect<T>(
  read: () => Promise<T>,
  report: Reporter,
  policy: ReconnectPolicy,
): Promise<{ value: T; lostMs: number }> {
  const now = policy.now ?? Date.now;
  const random = policy.random ?? Math.random;
  let lostAt: number | undefined;
  const value = await retry(() => read(), {
    delayMs: (attempt, error) => {
      if (!isLostConnection(error) || policy.signal?.aborted === true) return undefined;
      lostAt ??= now();
      const left = policy.deadline - now();
      if (left <= 0) return undefined;
      const wait = equalJitter(
        exponentialBackoff(attempt, policy.firstMs ?? 500, policy.maxMs ?? 5000),
        random(),
      );
      return Math.max(0, Math.min(Math.round(wait), left));
    },
    sleep: policy.sleep ?? realSleep,
    onRetry: (attempt, waitMs, error) =>
      report.warning(
        `lost contact with the engine (${firstLine(error)}); reconnecting in ${(waitMs / 1000).toFixed(1)}s (attempt ${attempt + 1})`,
      ),
  }).catch((error: unknown) => {
    if (!isLostConnection(error) || policy.signal?.aborted === true) throw error;
    throw new LostContactError(
      `no answer from the engine for ${Math.round((now() - (lostAt ?? now())) / 1000)}s: ${firstLine(error)}`,
      error,
    );
  });
  const lostMs = lostAt === undefined ? 0 : now() - lostAt;
  if (lostAt !== undefined) report.info(`Reconnected to the engine after ${(lostMs / 1000).toFixed(1)}s`);
  return { value, lostMs };
}

/** The error's first line, without the request's long path (`Engine API GET /services?… failed: `). */
const firstLine = (error: unknown): string =>
  (error instanceof Error ? error.message : String(error))
    .replace(/^Engine API \S+ \S+ (failed: )?/, '')
    .split('\n')[0]
    ?.slice(0, 300) ?? '';
