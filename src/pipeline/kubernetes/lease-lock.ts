import { ToolError } from '../../adapters/exec.ts';
import type { Kubectl } from '../../adapters/kubectl.ts';
import { ConfigurationError } from '../../core/errors.ts';
import {
  createLeaseArgs,
  deleteLeaseArgs,
  deletePreconditions,
  getLeaseArgs,
  type HeldLease,
  LEASE_NAME,
  leaseManifest,
  leaseRefusal,
  leaseState,
} from '../../core/kubernetes/lease-lock.ts';
import { lockDetail } from '../../core/lock-detail.ts';
import type { Reporter } from '../reporter.ts';

/** What a deploy or prune asks of the lock (the namespace and the duration are its own). */
export interface LeaseRequest {
  holder: string;
  waitMs: number;
  /** The input (or flag) named when waiting runs out. */
  waitInput?: string;
  /** Told as soon as the lease is held (so `post` can release it after a cancel). */
  onLock?: (lease: HeldLease) => void;
  /** Told once the lease is released. */
  onRelease?: () => void;
}

export interface LeaseLockOptions extends Pick<LeaseRequest, 'holder' | 'waitMs' | 'waitInput'> {
  namespace: string;
  ttlMs: number;
  pollMs?: number;
  now?: () => Date;
  sleep?: (ms: number) => Promise<void>;
}

export const refusalOf = (error: unknown) =>
  error instanceof ToolError ? leaseRefusal(error.stderr) : 'other';

/**
 * One try at creating the lease: held, `none` when no lock can be taken here (said why), or
 * `exists` when someone holds it.
 */
async function createLease(
  kubectl: Kubectl,
  options: LeaseLockOptions,
  now: () => Date,
  report: Reporter,
): Promise<HeldLease | 'none' | 'exists'> {
  const { namespace } = options;
  try {
    const created = await kubectl.json(createLeaseArgs(namespace), {
      input: JSON.stringify(leaseManifest(namespace, options.holder, now(), options.ttlMs)),
      timeoutMs: 60_000,
      quiet: true,
    });
    const uid = leaseState(created[0], now()).uid;
    report.info(`Took the deploy lock (Lease ${namespace}/${LEASE_NAME}) as ${options.holder}`);
    return { namespace, name: LEASE_NAME, uid };
  } catch (error) {
    const refusal = refusalOf(error);
    if (refusal === 'not-found') {
      report.info(
        `Namespace ${namespace} does not exist yet: no deploy lock for this run (nobody else can be deploying there)`,
      );
      return 'none';
    }
    if (refusal === 'forbidden') {
      report.warning(
        `No deploy lock: these credentials may not create Leases in namespace ${namespace} (grant create, get and delete on leases.coordination.k8s.io to serialise deploys)`,
      );
      return 'none';
    }
    if (refusal !== 'exists') throw error;
    return 'exists';
  }
}

/** The lease as it is now; undefined when it was released between our create and our look. */
export async function readLease(
  kubectl: Kubectl,
  namespace: string,
): Promise<{ found: unknown } | undefined> {
  try {
    return { found: (await kubectl.json(getLeaseArgs(namespace), { timeoutMs: 60_000, quiet: true }))[0] };
  } catch (error) {
    if (refusalOf(error) === 'not-found') return undefined;
    throw error;
  }
}

/**
 * Takes the namespace's deploy lock, waiting up to `waitMs` for its holder; fails naming the holder.
 * Returns undefined (and says why) when no lock can be taken here: the namespace does not exist
 * yet (this run creates it), or the credentials may not create Leases (RBAC): the deploy then
 * goes on without one, as it would have without Gantry's lock.
 */
export async function acquireLease(
  kubectl: Kubectl,
  options: LeaseLockOptions,
  report: Reporter,
): Promise<HeldLease | undefined> {
  const now = options.now ?? (() => new Date());
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const { namespace } = options;
  const deadline = now().getTime() + options.waitMs;
  let announced = '';
  for (;;) {
    const created = await createLease(kubectl, options, now, report);
    if (created === 'none') return undefined;
    if (created !== 'exists') return created;
    const existing = await readLease(kubectl, namespace);
    if (existing === undefined) continue; // released between our create and our look
    const state = leaseState(existing.found, now());
    if (state.expired) {
      report.warning(
        `Taking over the expired deploy lock of namespace ${namespace}, held by ${state.holder} until ${state.expires?.toISOString() ?? 'an unreadable time'} (${lockDetail(state.since, state.expires, now())}; its holder never released it: a run that was killed?)`,
      );
      // Only that expired lease: if someone renewed or replaced it meanwhile, the delete is refused.
      await kubectl
        .run(deleteLeaseArgs(namespace), {
          input: deletePreconditions({ uid: state.uid, resourceVersion: state.resourceVersion }),
          timeoutMs: 60_000,
          quiet: true,
        })
        .catch(() => undefined);
      continue;
    }
    if (now().getTime() >= deadline) {
      throw new ConfigurationError(
        `namespace ${namespace} is being deployed by ${state.holder} (Lease ${LEASE_NAME} held until ${state.expires?.toISOString()}); waited ${Math.round(options.waitMs / 1000)}s`,
        options.waitInput ?? 'lock-timeout',
      );
    }
    if (announced !== state.holder) {
      report.info(
        `Waiting for the deploy lock of namespace ${namespace}, held by ${state.holder} (${lockDetail(state.since, state.expires, now())})`,
      );
      announced = state.holder;
    }
    await sleep(Math.min(options.pollMs ?? 2000, Math.max(0, deadline - now().getTime())));
  }
}

/**
 * Releases a lease this run holds; false when it was gone or taken over (then it is left alone).
 * Runs even after a cancel (without the run's abort signal).
 */
export async function releaseLease(kubectl: Kubectl, lease: HeldLease): Promise<boolean> {
  try {
    await kubectl.unsignalled().run(deleteLeaseArgs(lease.namespace), {
      input: deletePreconditions({ uid: lease.uid }),
      timeoutMs: 60_000,
      quiet: true,
    });
    return true;
  } catch (error) {
    const refusal = refusalOf(error);
    if (refusal === 'not-found' || refusal === 'conflict') return false;
    throw error;
  }
}

/** Runs `body` under the namespace's lease (none for a dry run); releases it however body ends. */
export async function underLease<T>(
  kubectl: Kubectl,
  options: (LeaseLockOptions & Pick<LeaseRequest, 'onLock' | 'onRelease'>) | undefined,
  report: Reporter,
  body: () => Promise<T>,
): Promise<T> {
  const lease = options === undefined ? undefined : await acquireLease(kubectl, options, report);
  if (lease !== undefined) options?.onLock?.(lease);
  try {
    return await body();
  } finally {
    if (lease !== undefined) {
      try {
        if (!(await releaseLease(kubectl, lease)))
          report.warning(
            `The deploy lock of namespace ${lease.namespace} was gone or taken over before this run released it`,
          );
        options?.onRelease?.();
      } catch (error) {
        report.warning(
          `could not release the deploy lock: ${(error as Error).message}; it expires by itself`,
        );
      }
    }
  }
}
