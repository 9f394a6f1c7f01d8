/**
 * One deploy at a time per stack: a Swarm config object `gantry-lock-<stack>` whose creation is
 * atomic on the engine (a second create is refused with 409). Its labels say who holds it and
 * until when; an expired lock may be taken over (with a warning).
 */
import { lockDetail } from '../lock-detail.ts';
import { type ForcedRelease, forcedReleaseFrom } from '../lock-status.ts';

export const LOCK_HOLDER = 'gantry.lock.holder';
export const LOCK_EXPIRES = 'gantry.lock.expires';

export const lockName = (stack: string): string => `gantry-lock-${stack}`;

export function lockLabels(stack: string, holder: string, now: Date, ttlMs: number): Record<string, string> {
  return {
    'gantry.stack': stack,
    [LOCK_HOLDER]: holder,
    [LOCK_EXPIRES]: new Date(now.getTime() + ttlMs).toISOString(),
  };
}

export interface LockState {
  holder: string;
  expires: Date | undefined;
  expired: boolean;
}

export function lockState(labels: Record<string, string> | undefined, now: Date): LockState {
  const holder = labels?.[LOCK_HOLDER] ?? 'unknown holder';
  const raw = labels?.[LOCK_EXPIRES];
  const expires = raw === undefined || Number.isNaN(Date.parse(raw)) ? undefined : new Date(raw);
  // A lock without a readable expiry is treated as expired: nothing else could ever free it.
  return { holder, expires, expired: expires === undefined || expires.getTime() <= now.getTime() };
}

/**
 * What a waiting or taking-over deploy says of a stack's lock besides its holder (its age, TTL and
 * expiry): src/core/lock-detail.ts, shared with the Kubernetes Lease.
 */
export const heldLockDetail = (state: LockState, createdAt: string | undefined, now: Date): string =>
  lockDetail(createdAt === undefined ? undefined : new Date(createdAt), state.expires, now);

/**
 * The record of the last forced release of a stack's lock (`gantry lock release --force`): a config
 * object of its own (a lock's name always starts `gantry-lock-`, so the two never clash), replaced by
 * the next forced release. Selected by its labels; its data is the same record as JSON.
 */
export const FORCED_BY = 'gantry.lock.forced-by';
export const FORCED_AT = 'gantry.lock.forced-at';
export const FORCED_REASON = 'gantry.lock.forced-reason';
export const FORCED_HOLDER = 'gantry.lock.forced-holder';
export const FORCED_EXPIRES = 'gantry.lock.forced-expires';

export const forcedReleaseName = (stack: string): string => `gantry-forced-release-${stack}`;

/** The label filters that select a stack's forced-release record. */
export const forcedReleaseFilters = (stack: string): string[] => [`gantry.stack=${stack}`, FORCED_AT];

export function forcedReleaseLabels(stack: string, record: ForcedRelease): Record<string, string> {
  return {
    'gantry.stack': stack,
    [FORCED_BY]: record.by,
    [FORCED_AT]: record.at.toISOString(),
    [FORCED_REASON]: record.reason,
    [FORCED_HOLDER]: record.holder,
    ...(record.expires === undefined ? {} : { [FORCED_EXPIRES]: record.expires.toISOString() }),
  };
}

export function forcedReleaseOf(labels: Record<string, string> | undefined): ForcedRelease | undefined {
  return forcedReleaseFrom({
    by: labels?.[FORCED_BY],
    at: labels?.[FORCED_AT],
    reason: labels?.[FORCED_REASON],
    holder: labels?.[FORCED_HOLDER],
    expires: labels?.[FORCED_EXPIRES],
  });
}

/** Kept here for existing importers; it is not Swarm's own (src/core/lock-holder.ts). */
export { lockHolder } from '../lock-holder.ts';
