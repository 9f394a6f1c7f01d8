/**
 * One deploy at a time per stack: a Swarm config object `gantry-lock-<stack>` whose creation is
 * atomic on the engine (a second create is refused with 409). Its labels say who holds it and
 * until when; an expired lock may be taken over (with a warning).
 */
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

/** Kept here for existing importers; it is not Swarm's own (src/core/lock-holder.ts). */
export { lockHolder } from '../lock-holder.ts';
