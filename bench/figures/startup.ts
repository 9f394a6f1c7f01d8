import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import path from 'node:path';
import { type Figure, median, round, run } from '../lib.ts';

/** Where the comparison bundle is looked for, and cloned to when absent (never committed here). */
const BUILD_PUSH_REPO = 'https://github.com/docker/build-push-action.git';
const buildPushCache = path.join(homedir(), '.cache/gantry-bench/build-push-action');

/**
 * docker/build-push-action's bundle (dist/index.cjs), the comparison the goal names: from
 * GANTRY_BENCH_BUILD_PUSH_ACTION (a path to that file), else the cache, else a shallow clone into the
 * cache. Returns why not when none works: the column is then left out, saying so.
 */
function locateBuildPushAction(): { file: string } | { missing: string } {
  const given = process.env.GANTRY_BENCH_BUILD_PUSH_ACTION;
  if (given !== undefined && given !== '')
    return existsSync(given)
      ? { file: given }
      : { missing: `GANTRY_BENCH_BUILD_PUSH_ACTION=${given} does not exist` };
  const cached = path.join(buildPushCache, 'dist/index.cjs');
  if (existsSync(cached)) return { file: cached };
  try {
    mkdirSync(path.dirname(buildPushCache), { recursive: true });
    execFileSync('git', ['clone', '--quiet', '--depth', '1', BUILD_PUSH_REPO, buildPushCache], {
      stdio: ['ignore', 'ignore', 'pipe'],
      timeout: 60_000,
    });
    if (existsSync(cached)) return { file: cached };
    return { missing: `${BUILD_PUSH_REPO} has no dist/index.cjs` };
  } catch (error) {
    const reason = (error as { stderr?: Buffer }).stderr?.toString().trim() || (error as Error).message;
    return { missing: `could not clone ${BUILD_PUSH_REPO} (${reason.split('\n').pop()})` };
  }
}

/**
 * CPU time (user + system, ms) of this process's waited-for children so far, from /proc/self/stat
 * (cutime, cstime; USER_HZ 100); undefined where there is no /proc. Coarse (10 ms) per run, but summed
 * over the runs it tells a bundle's own work apart from the wait for a CPU on a loaded machine.
 */
function childrenCpuMs(): number | undefined {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[13]) + Number(fields[14])) * 10;
  } catch {
    return undefined;
  }
}

/**
 * Action start-up. Each bundle is started with no inputs; the first thing every main does is read
 * its inputs, and a required one is missing, so the time to its exit is the time to its first input
 * read plus the failure report. The CLI likewise: `gantry release` in an empty directory stops at
 * its missing gantry.yml. docker/build-push-action's bundle runs the same way (no inputs, to its
 * first error). All interleaved, side by side with `node -e ''` (the floor).
 */
export async function startupFigure(root: string, runs = 11): Promise<Figure> {
  const dist = path.join(root, 'dist');
  const emptyDir = mkdtempSync(path.join(tmpdir(), 'gantry-bench-startup-'));
  const env = { PATH: process.env.PATH, GITHUB_ACTIONS: 'true' };
  const subjects: Record<string, { args: string[]; cwd?: string }> = {};
  for (const name of readdirSync(dist).sort()) {
    if (name === 'cli')
      subjects['cli (gantry release)'] = {
        args: [path.join(dist, 'cli/index.js'), 'release'],
        cwd: emptyDir,
      };
    else subjects[name] = { args: [path.join(dist, name, 'index.js')] };
  }
  const buildPush = locateBuildPushAction();
  if ('file' in buildPush) subjects['docker/build-push-action'] = { args: [buildPush.file], cwd: emptyDir };
  const times = new Map<string, number[]>([
    ['floor', []],
    ...Object.keys(subjects).map((k) => [k, []] as [string, number[]]),
  ]);
  const cpu = new Map<string, number>();
  const timed = async (name: string, args: string[], cwd?: string) => {
    const before = childrenCpuMs();
    times.get(name)?.push((await run(process.execPath, args, env, 60_000, cwd)).ms);
    const after = childrenCpuMs();
    if (before !== undefined && after !== undefined) cpu.set(name, (cpu.get(name) ?? 0) + after - before);
  };
  try {
    for (let i = 0; i < runs; i++) {
      await timed('floor', ['-e', '']);
      for (const [name, subject] of Object.entries(subjects)) await timed(name, subject.args, subject.cwd);
    }
  } finally {
    rmSync(emptyDir, { recursive: true, force: true });
  }
  const floor = median(times.get('floor') ?? []);
  const floorCpu = (cpu.get('floor') ?? 0) / runs;
  const rows: Record<string, { ms: number; ratio: number; kib: number; cpuMs?: number; cpuRatio?: number }> =
    {};
  for (const [name, subject] of Object.entries(subjects)) {
    const ms = median(times.get(name) ?? []);
    const cpuMs = (cpu.get(name) ?? 0) / runs;
    rows[name] = {
      ms: round(ms, 1),
      ratio: round(ms / floor),
      kib: round(statSync(subject.args[0] ?? '').size / 1024, 0),
      ...(floorCpu > 0 ? { cpuMs: round(cpuMs, 1), cpuRatio: round(cpuMs / floorCpu) } : {}),
    };
  }
  const ours = Object.entries(rows).filter(([name]) => name !== 'docker/build-push-action');
  const [worstName, worst] = ours.reduce((a, b) => (b[1].ratio > a[1].ratio ? b : a));
  // In CPU time, the worst ratio: what the wall clock shows once the wait for a CPU is taken out.
  const cpuWorst =
    floorCpu > 0 ? ours.reduce((x, y) => ((y[1].cpuRatio ?? 0) > (x[1].cpuRatio ?? 0) ? y : x)) : undefined;
  const other = rows['docker/build-push-action'];
  const versus =
    other === undefined
      ? `docker/build-push-action not measured: ${'missing' in buildPush ? buildPush.missing : ''}`
      : `docker/build-push-action ${other.ratio}x, ${round(other.ratio / worst.ratio, 1)}x slower than our worst`;
  return {
    id: 'startup',
    title:
      'Action start-up: bundle to its first input error, vs `node -e ""` (worst of every action bundle and the CLI)',
    value: `${worst.ratio}x (${worstName}; ${versus})${cpuWorst === undefined ? '' : `; in CPU time ${cpuWorst[1].cpuRatio}x (${cpuWorst[0]})`}`,
    target: '≤ 2.5x node start-up, every bundle',
    met: ours.every(([, row]) => row.ratio <= 2.5),
    details: {
      nodeFloorMs: round(floor, 1),
      // Mean CPU time per run (the children's, 10 ms ticks summed over the runs) and its ratio to node -e ''.
      ...(floorCpu > 0 ? { nodeFloorCpuMs: round(floorCpu, 1) } : {}),
      runs,
      bundles: rows,
      ...('missing' in buildPush ? { buildPushActionNotMeasured: buildPush.missing } : {}),
    },
  };
}
