import { API_CONNECTIONS, type DockerClient, EngineError } from '../../adapters/docker.ts';
import { mapConcurrent } from '../../core/concurrent.ts';
import { StepFailure } from '../../core/errors.ts';
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
 * removes what may go, one request per secret, a few at a time (removeSecrets).
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
  if (!request.dryRun && selection.pruned.length > 0) await removeSecrets(docker, selection.pruned, report);
  return selection;
}

/**
 * Removes secrets through the Engine API, a few requests at a time (one `DELETE /secrets/{id}`
 * each: the API has no batch removal). Every removal is tried; one already gone counts as
 * removed; the ones the engine refused fail the step, named with the engine's reason.
 */
async function removeSecrets(
  docker: DockerClient,
  secrets: ReadonlyArray<{ id: string; name: string }>,
  report: Reporter,
): Promise<void> {
  const started = Date.now();
  const refused = await mapConcurrent(secrets, API_CONNECTIONS, async (secret) => {
    try {
      await docker.api('DELETE', `/secrets/${encodeURIComponent(secret.id)}`);
      return undefined;
    } catch (error) {
      if (error instanceof EngineError && error.status === 404) return undefined;
      return `${secret.name}: ${(error as Error).message}`;
    }
  });
  const failed = refused.filter((r): r is string => r !== undefined);
  report.info(
    `removed ${secrets.length - failed.length} of ${secrets.length} secret(s) in ${((Date.now() - started) / 1000).toFixed(1)}s`,
  );
  if (failed.length > 0)
    throw new StepFailure(
      `could not remove ${failed.length} secret(s): ${failed.slice(0, 5).join('; ')}${failed.length > 5 ? `; and ${failed.length - 5} more` : ''}`,
    );
}
