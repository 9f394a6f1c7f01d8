import type { DockerClient } from '../../adapters/docker.ts';
import type { Kubectl } from '../../adapters/kubectl.ts';
import type { Target } from '../../core/config/model.ts';
import { StepFailure } from '../../core/errors.ts';
import type { ForcedRelease, ForceReleaseResult, HeldLockInfo, LockStatus } from '../../core/lock-status.ts';
import { forceReleaseLease, leaseWhere, readNamespaceLock } from '../kubernetes/lease-admin.ts';
import { openKubernetes } from '../release/kubernetes-target.ts';
import { openSwarm } from '../release/swarm-engine.ts';
import type { Reporter } from '../reporter.ts';
import { forceReleaseStackLock, readStackLock, stackLockWhere } from '../swarm/lock-admin.ts';

/** What a lock command does once connected, on either kind of target. */
export interface OnLock<T> {
  swarm(docker: DockerClient, stack: string): Promise<T>;
  kubernetes(kubectl: Kubectl, namespace: string): Promise<T>;
}

/** Connects to a gantry.yml target as `gantry release` does, runs `run`'s part, and lets go. */
export async function withTargetLock<T>(
  target: Target,
  report: Reporter,
  signal: AbortSignal,
  run: OnLock<T>,
): Promise<T> {
  if (target.kind === 'swarm') {
    const engine = await openSwarm(target, report, signal);
    try {
      return await run.swarm(engine.docker, target.stack);
    } finally {
      await engine.close();
    }
  }
  const session = await openKubernetes(target, report, signal);
  try {
    return await run.kubernetes(session.connected.kubectl, session.connected.defaultNamespace);
  } finally {
    session.close();
  }
}

/** The target's deploy lock, read without taking it, and its last forced release. */
export async function readTargetLock(
  target: Target,
  report: Reporter,
  signal: AbortSignal,
  now: () => Date = () => new Date(),
): Promise<LockStatus> {
  const reading = await withTargetLock(target, report, signal, {
    swarm: (docker, stack) => readStackLock(docker, stack, now()),
    kubernetes: (kubectl, namespace) => readNamespaceLock(kubectl, namespace, now()),
  });
  return { target: target.name, kind: target.kind, ...reading };
}

type Forced = { removed: HeldLockInfo | undefined; record: ForcedRelease | undefined };

/**
 * Removes the target's deploy lock whoever holds it, and records who forced it (`by`), when and
 * why on the target: Swarm, a config object `gantry-forced-release-<stack>`; Kubernetes, an Event on
 * the Lease. A free lock is left as it is (nothing recorded).
 */
export async function forceReleaseTargetLock(
  target: Target,
  request: { by: string; reason: string },
  report: Reporter,
  signal: AbortSignal,
  now: () => Date = () => new Date(),
): Promise<ForceReleaseResult> {
  let lock = '';
  const forced = await withTargetLock<Forced>(target, report, signal, {
    swarm: (docker, stack) => {
      lock = stackLockWhere(stack);
      return recorded(forceReleaseStackLock(docker, stack, { ...request, now: now() }), lock);
    },
    kubernetes: (kubectl, namespace) => {
      lock = leaseWhere(namespace);
      return recorded(forceReleaseLease(kubectl, namespace, { ...request, now: now() }), lock);
    },
  });
  return { target: target.name, kind: target.kind, lock, ...forced };
}

/** A failure after the lock was removed says so: the lock is gone, only its record is missing. */
async function recorded(forcing: Promise<Forced>, lock: string): Promise<Forced> {
  return forcing.catch((error: unknown) => {
    if (error instanceof StepFailure) throw error;
    throw new StepFailure(
      `forced release of the deploy lock (${lock}) failed or was not recorded: ${(error as Error).message}; look with gantry lock status`,
    );
  });
}
