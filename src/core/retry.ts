/**
 * The one retry loop and the backoff arithmetic every retry in Gantry is built from: a registry push
 * (src/adapters/buildx.ts), a rate-limited Trivy run (src/adapters/trivy.ts), the smoke check's
 * waits (src/core/smoke/backoff.ts), a Swarm watch reconnecting to its engine
 * (src/pipeline/swarm/reconnect.ts) and a rollout watch started again after the API server went away
 * (src/pipeline/kubernetes/watch.ts). Each names its own policy (how many attempts, which failures,
 * what waits) with these pieces; none writes its own loop. Pure: the caller passes the attempt and
 * the sleep.
 */

/** Exponential with a cap: after 1 failure `firstMs`, after 2 `2·firstMs`, … never more than `maxMs`. */
export function exponentialBackoff(failures: number, firstMs: number, maxMs: number): number {
  const exponent = Math.max(0, failures - 1);
  return Math.min(firstMs * 2 ** Math.min(exponent, 30), maxMs);
}

/** "Equal jitter": between half and all of `ms`, from `random` in [0, 1], so parallel callers do not fall into step. */
export function equalJitter(ms: number, random: number): number {
  return ms / 2 + (ms / 2) * Math.min(Math.max(random, 0), 1);
}

/**
 * A fixed list of waits (the wait after failure n is `delays[n - 1]`), each lengthened by up to
 * `jitter` of itself (from `random`, in [0, 1)); undefined once the list is used up.
 */
export function steppedBackoff(
  failures: number,
  delays: readonly number[],
  jitter: number,
  random: number,
): number | undefined {
  const base = delays[failures - 1];
  if (base === undefined) return undefined;
  return Math.round(base * (1 + jitter * random));
}

export interface RetryPolicy {
  /** The wait before the next attempt after attempt `attempt` failed with `error`; undefined rethrows it. */
  delayMs(attempt: number, error: unknown): number | undefined;
  sleep(ms: number): Promise<void>;
  /** Called before each wait, for a progress line. */
  onRetry?(attempt: number, waitMs: number, error: unknown): void;
}

/** Runs `attempt(1)`, `attempt(2)`, … until one returns, or the policy says a failure is final. */
export async function retry<T>(attempt: (n: number) => Promise<T>, policy: RetryPolicy): Promise<T> {
  for (let n = 1; ; n++) {
    try {
      return await attempt(n);
    } catch (error) {
      const wait = policy.delayMs(n, error);
      if (wait === undefined) throw error;
      policy.onRetry?.(n, wait, error);
      await policy.sleep(wait);
    }
  }
}
