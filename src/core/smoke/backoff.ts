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
  const exponent = Math.max(0, failures - 1);
  const base = Math.min(intervalMs * 2 ** Math.min(exponent, 30), maxIntervalMs);
  const jittered = base / 2 + (base / 2) * Math.min(Math.max(random, 0), 1);
  if (retryAfterMs !== undefined && retryAfterMs > jittered) return Math.min(retryAfterMs, maxIntervalMs * 2);
  return Math.round(jittered);
}
