/**
 * One deploy (or prune) at a time per namespace: a coordination.k8s.io/v1 Lease named
 * `gantry-deploy-lock`, whose creation is atomic on the API server (a second `create` is refused
 * with AlreadyExists). Its holderIdentity says who holds it, renewTime + leaseDurationSeconds until
 * when; an expired lease may be taken over (with a warning). It is released with a delete whose
 * precondition is its uid, so a lease someone else took over is left alone. Pure.
 */
import { type ForcedRelease, forcedReleaseFrom } from '../lock-status.ts';
import { ANNOTATION_PREFIX, type K8sObject } from './manifests.ts';

export const LEASE_NAME = 'gantry-deploy-lock';

export interface HeldLease {
  namespace: string;
  name: string;
  uid: string;
}

/** Kubernetes MicroTime: RFC 3339 with microseconds, `2026-12-01T08:50:00.000000Z`. */
export const microTime = (date: Date): string => date.toISOString().replace(/\.(\d{3})Z$/, '.$1000Z');

export function leaseManifest(namespace: string, holder: string, now: Date, ttlMs: number): K8sObject {
  return {
    apiVersion: 'coordination.k8s.io/v1',
    kind: 'Lease',
    metadata: {
      name: LEASE_NAME,
      namespace,
      labels: { 'app.kubernetes.io/managed-by': 'gantry' },
    },
    spec: {
      holderIdentity: holder,
      leaseDurationSeconds: Math.max(1, Math.ceil(ttlMs / 1000)),
      acquireTime: microTime(now),
      renewTime: microTime(now),
    },
  };
}

export interface LeaseState {
  holder: string;
  /** When it was taken (acquireTime, else renewTime). */
  since: Date | undefined;
  expires: Date | undefined;
  expired: boolean;
  uid: string;
  resourceVersion: string;
}

/** Who holds a live lease and until when; one without a readable expiry counts as expired. */
export function leaseState(lease: unknown, now: Date): LeaseState {
  const l = (lease ?? {}) as {
    metadata?: { uid?: string; resourceVersion?: string };
    spec?: {
      holderIdentity?: string;
      leaseDurationSeconds?: number;
      renewTime?: string;
      acquireTime?: string;
    };
  };
  const spec = l.spec ?? {};
  const since = Date.parse(spec.renewTime ?? spec.acquireTime ?? '');
  const seconds = spec.leaseDurationSeconds;
  const expires =
    Number.isNaN(since) || typeof seconds !== 'number' ? undefined : new Date(since + seconds * 1000);
  const taken = Date.parse(spec.acquireTime ?? spec.renewTime ?? '');
  return {
    holder: spec.holderIdentity || 'unknown holder',
    since: Number.isNaN(taken) ? undefined : new Date(taken),
    expires,
    expired: expires === undefined || expires.getTime() <= now.getTime(),
    uid: l.metadata?.uid ?? '',
    resourceVersion: l.metadata?.resourceVersion ?? '',
  };
}

/** The API path of the lease, for `kubectl delete --raw` (which takes DeleteOptions on stdin). */
export const leasePath = (namespace: string, name = LEASE_NAME): string =>
  `/apis/coordination.k8s.io/v1/namespaces/${encodeURIComponent(namespace)}/leases/${encodeURIComponent(name)}`;

/** DeleteOptions whose preconditions make the delete refuse (409) any other object of that name. */
export const deletePreconditions = (preconditions: { uid?: string; resourceVersion?: string }): string =>
  JSON.stringify({ kind: 'DeleteOptions', apiVersion: 'v1', preconditions });

/** With --namespace, which agrees with the manifest's (kubectl refuses a manifest that disagrees). */
export const createLeaseArgs = (namespace: string): string[] => [
  'create',
  '--namespace',
  namespace,
  '--filename',
  '-',
  '--output',
  'json',
];
export const getLeaseArgs = (namespace: string): string[] => [
  'get',
  'lease',
  LEASE_NAME,
  '--namespace',
  namespace,
  '--output',
  'json',
];
export const deleteLeaseArgs = (namespace: string): string[] => [
  'delete',
  '--raw',
  leasePath(namespace),
  '--filename',
  '-',
];

/** What kubectl's error says about a lease call. */
export type LeaseRefusal = 'exists' | 'not-found' | 'conflict' | 'forbidden' | 'other';
export function leaseRefusal(stderr: string): LeaseRefusal {
  if (/\(AlreadyExists\)|already exists/.test(stderr)) return 'exists';
  if (/\(Conflict\)|precondition/i.test(stderr)) return 'conflict';
  if (/\(NotFound\)|not found/i.test(stderr)) return 'not-found';
  if (/\(Forbidden\)|forbidden/i.test(stderr)) return 'forbidden';
  return 'other';
}

/**
 * The record of a forced release (`gantry lock release --force`): a Warning Event on the Lease it
 * removed (reason GantryLockForceReleased, `kubectl get events` shows it), its fields also as
 * annotations. Events live as long as the API server keeps them (--event-ttl, 1h by default).
 */
export const FORCED_RELEASE_REASON = 'GantryLockForceReleased';
const FORCED = {
  by: `${ANNOTATION_PREFIX}lock-forced-by`,
  at: `${ANNOTATION_PREFIX}lock-forced-at`,
  reason: `${ANNOTATION_PREFIX}lock-forced-reason`,
  holder: `${ANNOTATION_PREFIX}lock-forced-holder`,
  expires: `${ANNOTATION_PREFIX}lock-forced-expires`,
} as const;

/** metav1.Time: RFC 3339 in whole seconds. */
const seconds = (date: Date): string => date.toISOString().replace(/\.\d{3}Z$/, 'Z');

export function forcedReleaseEvent(namespace: string, leaseUid: string, record: ForcedRelease): K8sObject {
  return {
    apiVersion: 'v1',
    kind: 'Event',
    metadata: {
      name: `${LEASE_NAME}.${record.at.getTime().toString(16)}`,
      namespace,
      labels: { 'app.kubernetes.io/managed-by': 'gantry' },
      annotations: {
        [FORCED.by]: record.by,
        [FORCED.at]: record.at.toISOString(),
        [FORCED.reason]: record.reason,
        [FORCED.holder]: record.holder,
        ...(record.expires === undefined ? {} : { [FORCED.expires]: record.expires.toISOString() }),
      },
    },
    involvedObject: {
      apiVersion: 'coordination.k8s.io/v1',
      kind: 'Lease',
      namespace,
      name: LEASE_NAME,
      uid: leaseUid,
    },
    reason: FORCED_RELEASE_REASON,
    type: 'Warning',
    message: `deploy lock of ${record.holder} force-released by ${record.by}: ${record.reason}`,
    source: { component: 'gantry' },
    firstTimestamp: seconds(record.at),
    lastTimestamp: seconds(record.at),
    count: 1,
  };
}

export const forcedReleaseEventsArgs = (namespace: string): string[] => [
  'get',
  'events',
  '--namespace',
  namespace,
  '--field-selector',
  `involvedObject.name=${LEASE_NAME},reason=${FORCED_RELEASE_REASON}`,
  '--output',
  'json',
];

/** The newest forced release among the Events (those without the annotations are not ours). */
export function latestForcedRelease(events: readonly unknown[]): ForcedRelease | undefined {
  let latest: ForcedRelease | undefined;
  for (const event of events) {
    const a = (event as { metadata?: { annotations?: Record<string, string> } }).metadata?.annotations ?? {};
    const record = forcedReleaseFrom({
      by: a[FORCED.by],
      at: a[FORCED.at],
      reason: a[FORCED.reason],
      holder: a[FORCED.holder],
      expires: a[FORCED.expires],
    });
    if (record !== undefined && (latest === undefined || record.at > latest.at)) latest = record;
  }
  return latest;
}
