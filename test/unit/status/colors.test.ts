import { describe, expect, it } from 'vitest';
import { formatStatus, statusJson, type TargetStatus } from '../../../src/core/status.ts';

const base: TargetStatus = {
  target: 'prod',
  kind: 'swarm',
  where: 'stacks shop-blue and shop-green',
  workloads: [],
  lock: { lock: 'stack shop, Swarm config gantry-lock-shop', held: undefined, lastForcedRelease: undefined },
};
const now = new Date('2026-05-01T10:00:00.000Z');

describe('gantry status of a blue-green target', () => {
  it.each([
    [
      {
        live: 'green',
        previous: 'blue',
        previousUntil: '2026-05-01T10:10:00.000Z',
        running: ['blue', 'green'],
      },
      'blue-green: live green, previous blue (running, kept until 2026-05-01T10:10:00.000Z); proxy edge_switch; running: blue, green',
    ],
    [
      { live: 'green', previous: 'blue', previousUntil: null, running: ['green'] },
      'blue-green: live green, previous blue (removed); proxy edge_switch; running: green',
    ],
    [
      { live: null, previous: null, previousUntil: null, running: [] },
      'blue-green: live none; proxy edge_switch; running: none',
    ],
  ])('%j', (colors, line) => {
    const text = formatStatus({ ...base, blueGreen: { proxy: 'edge_switch', ...colors } }, now);
    expect(text.split('\n')[1]).toBe(line);
  });

  it('json: blueGreen before the lock; absent on a rolling target', () => {
    const colors = {
      proxy: 'edge_switch',
      live: 'blue',
      previous: null,
      previousUntil: null,
      running: ['blue'],
    };
    const json = statusJson({ ...base, blueGreen: colors });
    expect(Object.keys(json)).toEqual(['target', 'kind', 'where', 'workloads', 'blueGreen', 'lock']);
    expect(json.blueGreen).toEqual(colors);
    expect(Object.keys(statusJson(base))).not.toContain('blueGreen');
  });
});
