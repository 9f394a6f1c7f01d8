import type { DockerClient } from '../../adapters/docker.ts';
import { type PruneSelection, selectSwarmPrune } from '../../core/prune/index.ts';
import type { SwarmSecret, SwarmService, SwarmTask } from '../../core/swarm/engine-types.ts';
import type { Reporter } from '../reporter.ts';
import { acquireLock, type LockRequest, releaseLock } from '../swarm/lock.ts';

export interface SwarmPruneRequest {
  stack: string;
  keep: number;
  dryRun: boolean;
  lock: LockRequest;
}

/**
 * Under the stack's deploy lock (so no deploy changes what is referenced meanwhile), lists the
 * stack's secrets, every service (current and previous spec) and every task, one request each;
 * removes what may go in one `docker secret rm`.
 */
export async function pruneSwarmSecrets(
  docker: DockerClient,
  request: SwarmPruneRequest,
  report: Reporter,
): Promise<PruneSelection> {
  const lock = request.dryRun
    ? undefined
    : await acquireLock(docker, { ...request.lock, stack: request.stack, ttlMs: 600_000 }, report);
  try {
    return await selectAndRemove(docker, request, report);
  } finally {
    if (lock !== undefined)
      await releaseLock(docker, lock).catch((e: Error) =>
        report.warning(`could not release the lock: ${e.message}`),
      );
  }
}

async function selectAndRemove(
  docker: DockerClient,
  request: SwarmPruneRequest,
  report: Reporter,
): Promise<PruneSelection> {
  const filters = encodeURIComponent(JSON.stringify({ label: [`gantry.stack=${request.stack}`] }));
  const [secrets, services, tasks] = await Promise.all([
    docker.api<SwarmSecret[]>('GET', `/secrets?filters=${filters}`),
    docker.api<SwarmService[]>('GET', '/services'),
    docker.api<SwarmTask[]>('GET', '/tasks'),
  ]);
  const selection = selectSwarmPrune({ stack: request.stack, keep: request.keep, secrets, services, tasks });
  for (const entry of selection.kept) report.info(`keep    ${entry.name}: ${entry.reason}`);
  for (const entry of selection.protected) report.info(`protect ${entry.name}: ${entry.reason}`);
  for (const entry of selection.pruned)
    report.info(`${request.dryRun ? 'would prune' : 'prune  '} ${entry.name}: ${entry.reason}`);
  if (!request.dryRun && selection.pruned.length > 0) {
    await docker.run(['secret', 'rm', ...selection.pruned.map((e) => e.id)], { timeoutMs: 120_000 });
  }
  return selection;
}
