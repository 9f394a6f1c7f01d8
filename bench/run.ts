// `npm run bench`: measures Gantry against the raw tools it drives, side by side in one run, on
// the sandbox. Prints a table and writes bench/results.json. These machines are shared and noisy:
// read the ratios, not the absolute times.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import path from 'node:path';
import { deployFigures } from './figures/deploy.ts';
import { imagesFigure } from './figures/images.ts';
import { nodesFigure } from './figures/nodes.ts';
import { reportFigure } from './figures/report.ts';
import { scaleFigure } from './figures/scale.ts';
import { secretsFigures } from './figures/secrets.ts';
import { startupFigure } from './figures/startup.ts';
import type { Figure } from './lib.ts';

const root = path.resolve(import.meta.dirname, '..');
// `npm run bench -- --only deploy,secrets` runs those groups only; the other figures of
// bench/results.json are kept as they were measured (each says when, in measuredAt).
const GROUPS = ['deploy', 'scale', 'nodes', 'secrets', 'images', 'report', 'startup'] as const;
const onlyAt = process.argv.indexOf('--only');
const only = onlyAt === -1 ? undefined : new Set((process.argv[onlyAt + 1] ?? '').split(','));
for (const group of only ?? []) {
  if (!(GROUPS as readonly string[]).includes(group))
    throw new Error(`--only: unknown group ${group} (one of ${GROUPS.join(', ')})`);
}
const wanted = (group: (typeof GROUPS)[number]) => only === undefined || only.has(group);
// `--runs N`: the deploy figure's runs per side (default 5); fewer on a machine too loaded to wait.
const runsAt = process.argv.indexOf('--runs');
const deployRuns = runsAt === -1 ? 5 : Number(process.argv[runsAt + 1]);
if (!Number.isInteger(deployRuns) || deployRuns < 1) throw new Error('--runs: expected a whole number ≥ 1');
const workDir = mkdtempSync(path.join(tmpdir(), 'gantry-bench-'));
const figures: Figure[] = [];
const notMeasured: string[] = [];
// Other work on this machine moves absolute times: its load (1, 5, 15 min) is kept with the results.
const loadAtStart = loadavg().map((l) => Math.round(l * 100) / 100);
try {
  execFileSync('bash', [path.join(root, 'sandbox/sandbox.sh'), 'up'], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const sandbox = Object.fromEntries(
    execFileSync('bash', [path.join(root, 'sandbox/sandbox.sh'), 'env'], { encoding: 'utf8' })
      .split('\n')
      .filter((l) => l.includes('='))
      .map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]),
  );
  if (wanted('deploy')) figures.push(...(await deployFigures(root, sandbox as never, deployRuns)));
  if (wanted('scale')) figures.push(await scaleFigure(root, sandbox as never, workDir));
  // `env` has the GANTRY_NODES_* lines only when the three-node Swarm is up (up --nodes 3).
  const nodes = wanted('nodes') ? await nodesFigure(root, sandbox, sandbox) : undefined;
  if (typeof nodes === 'string') notMeasured.push(nodes);
  else if (nodes !== undefined) figures.push(nodes);
  if (wanted('secrets')) figures.push(...(await secretsFigures(sandbox as never, workDir)));
  if (wanted('images')) figures.push(await imagesFigure(root, sandbox as never, workDir));
  if (wanted('report')) figures.push(await reportFigure(root, workDir));
  if (wanted('startup')) figures.push(await startupFigure(root));
} finally {
  rmSync(workDir, { recursive: true, force: true });
}

const machine = `${cpus().length} cores (${cpus()[0]?.model ?? 'unknown'}), ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
const date = new Date().toISOString();
const load = { atStart: loadAtStart, atEnd: loadavg().map((l) => Math.round(l * 100) / 100) };
for (const f of figures) f.measuredAt = date;
const resultsFile = path.join(root, 'bench/results.json');
if (only !== undefined && existsSync(resultsFile)) {
  // A partial run: the figures it did not measure stay as they were, saying when that was.
  const previous = JSON.parse(readFileSync(resultsFile, 'utf8')) as {
    date: string;
    figures: Figure[];
    notMeasured?: string[];
  };
  const fresh = new Set(figures.map((f) => f.id));
  const kept = previous.figures
    .filter((f) => !fresh.has(f.id))
    .map((f) => ({ ...f, measuredAt: f.measuredAt ?? previous.date }));
  figures.splice(0, 0, ...kept);
  if (!wanted('nodes')) notMeasured.push(...(previous.notMeasured ?? []));
}
const lines = [
  `Gantry benchmarks, ${date}, on ${machine}; load average ${load.atStart.join(' ')} at start, ${load.atEnd.join(' ')} at end`,
  '',
  '| figure | measured | target | met |',
  '|---|---|---|---|',
];
for (const f of figures) lines.push(`| ${f.title} | ${f.value} | ${f.target} | ${f.met ? 'yes' : 'NO'} |`);
for (const n of notMeasured) lines.push('', `Not measured: ${n}.`);
console.log(lines.join('\n'));
writeFileSync(
  resultsFile,
  `${JSON.stringify({ date, machine, load, ...(only ? { only: [...only] } : {}), figures, notMeasured }, null, 2)}\n`,
);
console.log('\nwrote bench/results.json');
