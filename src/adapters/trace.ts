/**
 * Timestamps of a run's phases, for finding where its time goes: with GANTRY_TRACE set, each
 * `trace(event)` writes `gantry-trace <epoch ms> +<ms since the process started> <event>` to
 * stderr (the bench reads them against Swarm's own timestamps). Without it, nothing.
 */
export function trace(event: string): void {
  if (!process.env.GANTRY_TRACE) return;
  process.stderr.write(`gantry-trace ${Date.now()} +${Math.round(performance.now())}ms ${event}\n`);
}
