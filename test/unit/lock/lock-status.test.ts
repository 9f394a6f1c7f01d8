import { describe, expect, it } from 'vitest';
import {
  FORCED_RELEASE_REASON,
  forcedReleaseEvent,
  latestForcedRelease,
  leaseState,
} from '../../../src/core/kubernetes/lease-lock.ts';
import {
  checkForceRelease,
  type ForcedRelease,
  forceReleaseJson,
  formatAge,
  formatForceRelease,
  formatLockStatus,
  type LockStatus,
  lockStatusJson,
} from '../../../src/core/lock-status.ts';
import {
  forcedReleaseLabels,
  forcedReleaseName,
  forcedReleaseOf,
  lockName,
} from '../../../src/core/swarm/lock.ts';

const now = new Date('2026-05-01T10:00:00.000Z');
const at = (iso: string) => new Date(iso);
const record: ForcedRelease = {
  by: 'ops@laptop (gantry lock release)',
  at: at('2026-05-01T09:30:00.000Z'),
  reason: 'runner crashed mid-deploy',
  holder: 'ci@runner (gantry release)',
  expires: at('2026-05-01T09:40:00.000Z'),
};
const base: LockStatus = {
  target: 'prod',
  kind: 'swarm',
  lock: 'stack shop, Swarm config gantry-lock-shop',
  held: undefined,
  lastForcedRelease: undefined,
};

describe('formatAge', () => {
  it.each([
    [0, '0s'],
    [45_000, '45s'],
    [60_000, '1m'],
    [192_000, '3m 12s'],
    [3_600_000, '1h'],
    [7_500_000, '2h 5m'],
    [86_400_000 * 3 + 3_600_000 * 4, '3d 4h'],
    [-5000, '0s'],
  ])('%i ms is %s', (ms, text) => expect(formatAge(ms)).toBe(text));
});

describe('checkForceRelease: --force and a reason, or exit 2 naming the option', () => {
  it.each([
    [undefined, 'why', "Option '--force': is required"],
    [false, 'why', "Option '--force': is required"],
    [undefined, undefined, "Option '--force'"],
    [true, undefined, "Option '--reason': is required"],
    [true, '   ', "Option '--reason': is required"],
    [true, 'crashed\n::notice::forged', "Option '--reason': holds a newline at position 8 (value not shown)"],
    [true, 'crashed\u0007', "Option '--reason': holds control character U+0007"],
  ])('force %s reason %j', (force, reason, message) => {
    expect(() => checkForceRelease(force, reason)).toThrow(message);
  });
  it('returns the trimmed reason', () => expect(checkForceRelease(true, '  crashed \n')).toBe('crashed'));
});

describe('formatLockStatus', () => {
  it.each<[string, LockStatus, string[]]>([
    [
      'free, none recorded',
      base,
      [
        'target prod (swarm, stack shop, Swarm config gantry-lock-shop): free',
        'last forced release: none recorded',
      ],
    ],
    [
      'held, live',
      {
        ...base,
        held: {
          holder: 'ci@runner',
          since: at('2026-05-01T09:57:00.000Z'),
          expires: at('2026-05-01T10:02:00.000Z'),
          stale: false,
        },
      },
      [
        'target prod (swarm, stack shop, Swarm config gantry-lock-shop): held by ci@runner',
        '  since:   2026-05-01T09:57:00.000Z (3m ago)',
        '  until:   2026-05-01T10:02:00.000Z (in 2m)',
        'last forced release: none recorded',
      ],
    ],
    [
      'held, stale, with a record',
      {
        ...base,
        kind: 'kubernetes',
        lock: 'namespace shop, Lease gantry-deploy-lock',
        held: { holder: 'ci@runner', since: undefined, expires: at('2026-05-01T09:59:30.000Z'), stale: true },
        lastForcedRelease: record,
      },
      [
        'target prod (kubernetes, namespace shop, Lease gantry-deploy-lock): held (stale) by ci@runner',
        '  since:   unknown',
        '  until:   2026-05-01T09:59:30.000Z (30s ago): expired, stale (the next deploy takes it over)',
        'last forced release: 2026-05-01T09:30:00.000Z (30m ago) by ops@laptop (gantry lock release), lock of ci@runner (gantry release) removed; reason: runner crashed mid-deploy',
      ],
    ],
    [
      'held without a readable expiry',
      { ...base, held: { holder: 'x', since: undefined, expires: undefined, stale: true } },
      [
        'target prod (swarm, stack shop, Swarm config gantry-lock-shop): held (stale) by x',
        '  since:   unknown',
        '  until:   no readable expiry: stale, the next deploy takes it over',
        'last forced release: none recorded',
      ],
    ],
  ])('%s', (_name, status, lines) => {
    expect(formatLockStatus(status, now)).toBe(`${lines.join('\n')}\n`);
  });
});

describe('--json: stable keys', () => {
  it('a free lock', () => {
    expect(lockStatusJson(base)).toEqual({
      target: 'prod',
      kind: 'swarm',
      lock: 'stack shop, Swarm config gantry-lock-shop',
      held: false,
      holder: null,
      since: null,
      expires: null,
      stale: false,
      lastForcedRelease: null,
    });
  });
  it('a stale lock and a record', () => {
    const json = lockStatusJson({
      ...base,
      held: {
        holder: 'h',
        since: at('2026-05-01T09:00:00.000Z'),
        expires: at('2026-05-01T09:10:00.000Z'),
        stale: true,
      },
      lastForcedRelease: record,
    });
    expect(json).toMatchObject({
      held: true,
      holder: 'h',
      since: '2026-05-01T09:00:00.000Z',
      expires: '2026-05-01T09:10:00.000Z',
      stale: true,
    });
    expect(json.lastForcedRelease).toEqual({
      by: record.by,
      at: '2026-05-01T09:30:00.000Z',
      reason: record.reason,
      holder: record.holder,
      expires: '2026-05-01T09:40:00.000Z',
    });
  });
  it('a release: removed and recorded, or nothing to release', () => {
    const held = { holder: 'h', since: undefined, expires: undefined, stale: true };
    expect(forceReleaseJson({ target: 't', kind: 'swarm', lock: 'l', removed: held, record })).toEqual({
      target: 't',
      kind: 'swarm',
      lock: 'l',
      released: true,
      removed: { holder: 'h', since: null, expires: null, stale: true },
      record: expect.objectContaining({ reason: record.reason, by: record.by }),
    });
    expect(
      forceReleaseJson({ target: 't', kind: 'swarm', lock: 'l', removed: undefined, record: undefined }),
    ).toMatchObject({
      released: false,
      removed: null,
      record: null,
    });
    expect(
      formatForceRelease(
        { target: 't', kind: 'kubernetes', lock: 'l', removed: undefined, record: undefined },
        now,
      ),
    ).toBe('target t (kubernetes, l): nothing to release: the lock is free\n');
    expect(
      formatForceRelease({ target: 't', kind: 'swarm', lock: 'l', removed: held, record }, now),
    ).toContain(
      'recorded: forced by ops@laptop (gantry lock release) at 2026-05-01T09:30:00.000Z; reason: runner crashed mid-deploy',
    );
  });
});

describe('the record on each target', () => {
  it('Swarm: labels round-trip; the record never shares a lock name', () => {
    expect(forcedReleaseOf(forcedReleaseLabels('shop', record))).toEqual(record);
    expect(forcedReleaseLabels('shop', record)['gantry.stack']).toBe('shop');
    expect(forcedReleaseOf({ 'gantry.stack': 'shop' })).toBeUndefined();
    expect(forcedReleaseName('shop').startsWith(lockName(''))).toBe(false);
  });
  it('Kubernetes: an Event on the Lease; the newest annotated one is the last', () => {
    const event = forcedReleaseEvent('shop', 'uid-1', record);
    expect(event).toMatchObject({
      kind: 'Event',
      metadata: { namespace: 'shop' },
      involvedObject: { kind: 'Lease', name: 'gantry-deploy-lock', uid: 'uid-1' },
      reason: FORCED_RELEASE_REASON,
      type: 'Warning',
      firstTimestamp: '2026-05-01T09:30:00Z',
    });
    expect(event.metadata.name).toMatch(/^gantry-deploy-lock\.[0-9a-f]+$/);
    const later = forcedReleaseEvent('shop', 'uid-2', {
      ...record,
      at: at('2026-05-01T09:50:00.000Z'),
      reason: 'again',
    });
    expect(latestForcedRelease([event, later, { metadata: {} }])?.reason).toBe('again');
    expect(latestForcedRelease([event])).toEqual(record);
    expect(latestForcedRelease([])).toBeUndefined();
  });
  it('a lease says since when it is held (acquireTime)', () => {
    const state = leaseState(
      {
        spec: {
          holderIdentity: 'h',
          acquireTime: '2026-05-01T09:00:00.000000Z',
          renewTime: '2026-05-01T09:05:00.000000Z',
          leaseDurationSeconds: 60,
        },
      },
      now,
    );
    expect(state.since?.toISOString()).toBe('2026-05-01T09:00:00.000Z');
    expect(state.expires?.toISOString()).toBe('2026-05-01T09:06:00.000Z');
  });
});
