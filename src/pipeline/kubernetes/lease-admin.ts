import type { Kubectl } from '../../adapters/kubectl.ts';
import { StepFailure } from '../../core/errors.ts';
import {
  deleteLeaseArgs,
  deletePreconditions,
  forcedReleaseEvent,
  forcedReleaseEventsArgs,
  LEASE_NAME,
  latestForcedRelease,
  leaseState,
} from '../../core/kubernetes/lease-lock.ts';
import {
  type ForcedRelease,
  forcedRelease,
  type HeldLockInfo,
  type LockReading,
} from '../../core/lock-status.ts';
import { readLease, refusalOf } from './lease-lock.ts';

/** Where a namespace's lock lives, for people. */
export const leaseWhere = (namespace: string): string => `namespace ${namespace}, Lease ${LEASE_NAME}`;

const heldOf = (state: ReturnType<typeof leaseState>): HeldLockInfo => ({
  holder: state.holder,
  since: state.since,
  expires: state.expires,
  stale: state.expired,
});

/** The newest forced release recorded in the namespace (none when Events may not be read). */
async function lastForcedRelease(kubectl: Kubectl, namespace: string): Promise<ForcedRelease | undefined> {
  try {
    return latestForcedRelease(
      await kubectl.json(forcedReleaseEventsArgs(namespace), { timeoutMs: 60_000, quiet: true }),
    );
  } catch (error) {
    const refusal = refusalOf(error);
    if (refusal === 'not-found' || refusal === 'forbidden') return undefined;
    throw error;
  }
}

/** The namespace's lease as it is (without taking it) and its last forced release. */
export async function readNamespaceLock(
  kubectl: Kubectl,
  namespace: string,
  now: Date,
): Promise<LockReading> {
  const lease = await readLease(kubectl, namespace);
  return {
    lock: leaseWhere(namespace),
    held: lease === undefined ? undefined : heldOf(leaseState(lease.found, now)),
    lastForcedRelease: await lastForcedRelease(kubectl, namespace),
  };
}

/**
 * Deletes the namespace's lease whoever holds it (that very lease: uid and resourceVersion as
 * read, so one renewed or replaced meanwhile is left alone and this fails) and records who forced
 * it, when and why as an Event on it. `removed` is undefined when the lock was free.
 */
export async function forceReleaseLease(
  kubectl: Kubectl,
  namespace: string,
  request: { by: string; reason: string; now: Date },
): Promise<{ removed: HeldLockInfo | undefined; record: ForcedRelease | undefined }> {
  const lease = await readLease(kubectl, namespace);
  if (lease === undefined) return { removed: undefined, record: undefined };
  const state = leaseState(lease.found, request.now);
  try {
    await kubectl.run(deleteLeaseArgs(namespace), {
      input: deletePreconditions({ uid: state.uid, resourceVersion: state.resourceVersion }),
      timeoutMs: 60_000,
      quiet: true,
    });
  } catch (error) {
    const refusal = refusalOf(error);
    if (refusal === 'not-found') return { removed: undefined, record: undefined };
    if (refusal === 'conflict')
      throw new StepFailure(
        `the lock of namespace ${namespace} changed while it was being released (renewed or taken again): nothing removed; look again with gantry lock status`,
      );
    throw error;
  }
  const removed = heldOf(state);
  const record = forcedRelease(removed, request.by, request.reason, request.now);
  await kubectl.run(['create', '--namespace', namespace, '--filename', '-'], {
    input: JSON.stringify(forcedReleaseEvent(namespace, state.uid, record)),
    timeoutMs: 60_000,
    quiet: true,
  });
  return { removed, record };
}
