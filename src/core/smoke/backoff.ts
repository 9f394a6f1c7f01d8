import { equalJitter, exponentialBackoff } from '../retry.ts';

/**
 * Delay before the next attempt after `failures` consecutive failures (1, 2, …): exponential from
 * `intervalMs`, capped at `maxIntervalMs`, with "equal jitter" (between half and all of it), so
 * parallel checkers do not fall into step. A server's Retry-After wins when it asks for longer,
 * within the same cap doubled (a server cannot stall the check for its whole deadline).
 */
export function retryDelay(
  failures: number,
  intervalMs: number,
  maxIntervalMs: number,
  random: number,
  retryAfterMs?: number,
): number {
  const jittered = equalJitter(exponentialBackoff(failures, intervalMs, maxIntervalMs), random);
  if (retryAfterMs !== undefined && retryAfterMs > jittered) return Math.min(retryAfterMs, maxIntervalMs * 2);
  return Math.round(jittered);
}
