import { describe, expect, it } from 'vitest';
import { heldLockDetail, lockLabels, lockState } from '../../../src/core/swarm/lock.ts';

// What a deploy that meets a held lock says of it: its age, TTL and expiry (a stale lock of a killed
// run is recognisable from the message alone).

const taken = new Date('2026-12-06T21:00:00.000Z');
const state = (now: Date) => lockState(lockLabels('shop', 'run 7', taken, 900_000), now);

describe('heldLockDetail', () => {
  it.each([
    ['2026-12-06T21:00:42.000Z', 'taken 42s ago, TTL 900s, expires 2026-12-06T21:15:00.000Z (in 858s)'],
    ['2026-12-06T21:20:00.000Z', 'taken 1200s ago, TTL 900s, expired 2026-12-06T21:15:00.000Z (300s ago)'],
  ])('at %s: %s', (at, detail) => {
    const now = new Date(at);
    expect(heldLockDetail(state(now), taken.toISOString(), now)).toBe(detail);
  });

  it('without a creation time or an expiry, says what it has', () => {
    const now = new Date('2026-12-06T21:00:42.000Z');
    expect(heldLockDetail(state(now), undefined, now)).toBe('expires 2026-12-06T21:15:00.000Z (in 858s)');
    expect(heldLockDetail(lockState({}, now), taken.toISOString(), now)).toBe(
      'taken 42s ago, no readable expiry',
    );
  });
});
