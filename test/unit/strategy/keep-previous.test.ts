import { describe, expect, it } from 'vitest';
import type { Color, ColorState } from '../../../src/core/strategy/blue-green.ts';
import { expiredPrevious } from '../../../src/core/strategy/keep-previous.ts';

const until = '2026-12-06T22:10:00.000Z';
const state = (previous: Color | undefined, previousUntil: string | undefined = until): ColorState => ({
  live: 'green',
  previous,
  previousUntil,
});
const at = (iso: string) => new Date(iso);

describe('expiredPrevious', () => {
  it.each([
    ['before the time: kept', state('blue'), ['blue', 'green'], '2026-12-06T22:09:59.999Z', undefined],
    ['at the time: removed', state('blue'), ['blue', 'green'], until, 'blue'],
    ['after the time: removed', state('blue'), ['blue', 'green'], '2026-12-07T08:00:00Z', 'blue'],
    ['already gone: nothing to remove', state('blue'), ['green'], '2026-12-07T08:00:00Z', undefined],
    [
      'no previous colour (first release)',
      state(undefined, undefined),
      ['green'],
      '2026-12-07T08:00:00Z',
      undefined,
    ],
    [
      'previous is the live colour (labels edited)',
      state('green'),
      ['blue', 'green'],
      '2026-12-07T08:00:00Z',
      undefined,
    ],
    [
      'no readable time: kept, never removed on a guess',
      state('blue', 'soon'),
      ['blue', 'green'],
      '2026-12-07T08:00:00Z',
      undefined,
    ],
  ] as const)('%s', (_what, s, running, now, removed) => {
    expect(expiredPrevious(s, new Set<Color>(running), at(now))).toBe(removed);
  });
});
