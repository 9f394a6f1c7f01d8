import { type DockerClient, EngineError } from '../../adapters/docker.ts';
import {
  type ForcedRelease,
  forcedRelease,
  type HeldLockInfo,
  type LockReading,
  parseDate,
} from '../../core/lock-status.ts';
import {
  forcedReleaseFilters,
  forcedReleaseLabels,
  forcedReleaseName,
  forcedReleaseOf,
  lockName,
  lockState,
} from '../../core/swarm/lock.ts';
import { type EngineConfig, findLock } from './lock.ts';

/** Where a stack's lock lives, for people. */
export const stackLockWhere = (stack: string): string => `stack ${stack}, Swarm config ${lockName(stack)}`;

const heldOf = (config: EngineConfig, now: Date): HeldLockInfo => {
  const state = lockState(config.Spec.Labels, now);
  return {
    holder: state.holder,
    since: parseDate(config.CreatedAt),
    expires: state.expires,
    stale: state.expired,
  };
};

/** The stack's forced-release records (normally one: each forced release replaces the last). */
async function forcedReleaseConfigs(docker: DockerClient, stack: string): Promise<EngineConfig[]> {
  const filters = encodeURIComponent(JSON.stringify({ label: forcedReleaseFilters(stack) }));
  return docker.api<EngineConfig[]>('GET', `/configs?filters=${filters}`);
}

/** The stack's lock as it is (without taking it) and its last forced release. */
export async function readStackLock(docker: DockerClient, stack: string, now: Date): Promise<LockReading> {
  const lock = await findLock(docker, lockName(stack));
  const records = (await forcedReleaseConfigs(docker, stack))
    .map((c) => forcedReleaseOf(c.Spec.Labels))
    .filter((r): r is ForcedRelease => r !== undefined)
    .sort((a, b) => b.at.getTime() - a.at.getTime());
  return {
    lock: stackLockWhere(stack),
    held: lock === undefined ? undefined : heldOf(lock, now),
    lastForcedRelease: records[0],
  };
}

/** Replaces the stack's forced-release record with this one. */
async function writeForcedRelease(docker: DockerClient, stack: string, record: ForcedRelease): Promise<void> {
  for (const old of await forcedReleaseConfigs(docker, stack)) {
    await docker.api('DELETE', `/configs/${old.ID}`).catch((error: unknown) => {
      if (!(error instanceof EngineError && error.status === 404)) throw error;
    });
  }
  await docker.api('POST', '/configs/create', {
    Name: forcedReleaseName(stack),
    Labels: forcedReleaseLabels(stack, record),
    Data: Buffer.from(JSON.stringify(record)).toString('base64'),
  });
}

/**
 * Removes the stack's lock whoever holds it (that very config, by ID) and records who forced it,
 * when and why. `removed` is undefined when the lock was free (then nothing is recorded).
 */
export async function forceReleaseStackLock(
  docker: DockerClient,
  stack: string,
  request: { by: string; reason: string; now: Date },
): Promise<{ removed: HeldLockInfo | undefined; record: ForcedRelease | undefined }> {
  const lock = await findLock(docker, lockName(stack));
  if (lock === undefined) return { removed: undefined, record: undefined };
  const removed = heldOf(lock, request.now);
  try {
    await docker.api('DELETE', `/configs/${lock.ID}`);
  } catch (error) {
    // Released by its holder between our look and our delete: nothing was forced.
    if (error instanceof EngineError && error.status === 404)
      return { removed: undefined, record: undefined };
    throw error;
  }
  const record = forcedRelease(removed, request.by, request.reason, request.now);
  await writeForcedRelease(docker, stack, record);
  return { removed, record };
}
