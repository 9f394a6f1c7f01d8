import { expect, it, test } from 'vitest';
import {
  isExactCacheHit,
  trivyDbCacheKey,
  trivyDbRestoreKeys,
  utcDay,
} from '../../../src/core/scan/cache-key.ts';

test.each([
  ['Linux', '2026-11-23T22:41:00Z', 'gantry-trivy-db-linux-2026-11-23'],
  ['linux', '2026-11-23T23:59:59.999Z', 'gantry-trivy-db-linux-2026-11-23'],
  ['macOS', '2026-11-24T00:00:00Z', 'gantry-trivy-db-macos-2026-11-24'],
  // The day is UTC's, whatever the runner's time zone: 01:00 in Paris on the 1st is still Dec 31 in UTC.
  ['Windows', '2026-01-01T00:30:00+01:00', 'gantry-trivy-db-windows-2025-12-31'],
  ['', '2026-02-28T12:00:00Z', 'gantry-trivy-db-unknown-2026-02-28'],
])('%s at %s → %s', (os, at, key) => {
  expect(trivyDbCacheKey(os, new Date(at))).toBe(key);
});

it('restores any earlier day of the same OS', () => {
  expect(trivyDbRestoreKeys('Linux')).toEqual(['gantry-trivy-db-linux-']);
  expect(
    trivyDbCacheKey('Linux', new Date('2026-11-23T00:00:00Z')).startsWith(
      trivyDbRestoreKeys('Linux')[0] ?? '?',
    ),
  ).toBe(true);
});

it('skips saving only on an exact hit', () => {
  const key = 'gantry-trivy-db-linux-2026-11-23';
  expect(isExactCacheHit(key, key)).toBe(true);
  expect(isExactCacheHit('gantry-trivy-db-linux-2026-11-22', key)).toBe(false);
  expect(isExactCacheHit(undefined, key)).toBe(false);
});

it('utcDay', () => {
  expect(utcDay(new Date('2026-03-05T10:00:00Z'))).toBe('2026-03-05');
});
