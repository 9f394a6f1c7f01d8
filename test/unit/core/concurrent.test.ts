import { describe, expect, it } from 'vitest';
import { mapConcurrent } from '../../../src/core/concurrent.ts';

const tick = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('mapConcurrent', () => {
  it('keeps the items order and never runs more than the limit at once', async () => {
    let running = 0;
    let most = 0;
    const results = await mapConcurrent([5, 1, 4, 2, 3, 1, 2], 3, async (ms, i) => {
      running += 1;
      most = Math.max(most, running);
      await tick(ms);
      running -= 1;
      return `${i}:${ms}`;
    });
    expect(results).toEqual(['0:5', '1:1', '2:4', '3:2', '4:3', '5:1', '6:2']);
    expect(most).toBe(3);
  });

  it('starts nothing new after a failure and throws the first one once the others ended', async () => {
    const started: number[] = [];
    let ended = 0;
    const run = mapConcurrent([0, 1, 2, 3, 4, 5], 2, async (n) => {
      started.push(n);
      await tick(n === 0 ? 1 : 10);
      ended += 1;
      if (n < 2) throw new Error(`failed ${n}`);
      return n;
    });
    await expect(run).rejects.toThrow('failed 0');
    expect(started).toEqual([0, 1]);
    expect(ended).toBe(2);
  });

  it('handles no items', async () => {
    expect(await mapConcurrent([], 4, async () => 1)).toEqual([]);
  });
});
