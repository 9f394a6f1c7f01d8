import { describe, expect, it } from 'vitest';
import { parseReplicasMode } from '../../../src/core/deploy/replicas-mode.ts';

describe('parseReplicasMode (the deploy actions replicas input)', () => {
  it.each([
    ['', 'manifest'],
    [' manifest ', 'manifest'],
    ['live', 'live'],
  ])('%j -> %s', (raw, expected) => {
    expect(parseReplicasMode('replicas', raw)).toBe(expected);
  });
  it.each(['Live', 'keep', 'live;id'])('refuses %j, naming the input', (raw) => {
    expect(() => parseReplicasMode('replicas', raw)).toThrow(/^Input 'replicas': expected manifest or live/);
  });
});
