import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { type Figure, median, round, run } from '../lib.ts';

/**
 * Figure 6: action start-up. Each bundle is started with no inputs; the first thing every main
 * does is read its inputs, and a required one is missing, so the time to its exit is the time to
 * its first input read plus the failure report. Side by side with `node -e ''` (the floor).
 */
export async function startupFigure(root: string, runs = 7): Promise<Figure> {
  const dist = path.join(root, 'dist');
  const bundles = readdirSync(dist)
    .filter((name) => name !== 'cli')
    .sort();
  const floorTimes: number[] = [];
  const rows: Record<string, { ms: number; ratio: number; kib: number }> = {};
  const times = new Map<string, number[]>(bundles.map((b) => [b, []]));
  for (let i = 0; i < runs; i++) {
    floorTimes.push((await run(process.execPath, ['-e', ''])).ms);
    for (const bundle of bundles) {
      const env = { PATH: process.env.PATH, GITHUB_ACTIONS: 'true' };
      times.get(bundle)?.push((await run(process.execPath, [path.join(dist, bundle, 'index.js')], env)).ms);
    }
  }
  const floor = median(floorTimes);
  let worst = 0;
  for (const bundle of bundles) {
    const ms = median(times.get(bundle) ?? []);
    worst = Math.max(worst, ms / floor);
    rows[bundle] = {
      ms: round(ms, 1),
      ratio: round(ms / floor),
      kib: round(statSync(path.join(dist, bundle, 'index.js')).size / 1024, 0),
    };
  }
  return {
    id: 'startup',
    title: 'Action start-up: bundle to first input read, vs `node -e ""` (worst bundle)',
    value: `${round(worst)}x`,
    target: '≤ 4x node start-up',
    met: worst <= 4,
    details: { nodeFloorMs: round(floor, 1), bundles: rows },
  };
}
