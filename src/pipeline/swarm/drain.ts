import type { DockerClient } from '../../adapters/docker.ts';
import { drainingTasks, longestGraceMs } from '../../core/swarm/drain.ts';
import type { Reporter } from '../reporter.ts';
import { stackWakeup } from './wake.ts';
import { readStack } from './watch.ts';

/** Beyond the longest grace period: the engine's own time to remove a container. */
const MARGIN_MS = 10_000;

/**
 * The drain phase of a converged Swarm deploy: waits until the tasks it replaced have stopped (at
 * most the longest `stop_grace_period` of the stack's services and a margin), so the deploy is not
 * declared done while old instances still serve their last requests. Returns a warning when some
 * were still stopping at the deadline (the deploy stands: Swarm kills them at their grace period's end).
 */
export async function drainStack(
  docker: DockerClient,
  request: { stack: string; signal?: AbortSignal; pollMs?: number },
  report: Reporter,
): Promise<void> {
  const first = await readStack(docker, request.stack);
  let draining = drainingTasks(first.tasks);
  if (draining.length === 0) return;
  const started = Date.now();
  const deadline = started + longestGraceMs(first.services) + MARGIN_MS;
  report.info(`waiting for ${draining.length} replaced task(s) to stop (their grace period)`);
  // Read again every pollMs, and at once when a container of the stack stops (wake.ts).
  const wakeup = stackWakeup(docker, request.stack);
  try {
    while (draining.length > 0 && Date.now() < deadline && request.signal?.aborted !== true) {
      await wakeup.wait(request.pollMs ?? 500);
      draining = drainingTasks((await readStack(docker, request.stack)).tasks);
    }
  } finally {
    wakeup.close();
  }
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (draining.length === 0) report.info(`replaced tasks stopped after ${seconds}s`);
  else
    report.warning(
      `${draining.length} replaced task(s) still stopping after ${seconds}s; Swarm stops them at the end of their grace period`,
    );
}
