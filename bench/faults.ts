// `npm run faults`: the fault tests (test/e2e/fault-*.e2e.test.ts) run for real on the sandbox, each
// writing its figures to bench/results/faults/<id>.json (GANTRY_FAULT_RECORDS=1), then one table of
// every record there: the fault, how it was injected, the verdict, the time to it, the app's
// availability through it (requests answered / sent by a loop outside the deploy) and what was left
// behind. Writes bench/results/faults.json. Not part of CI's timed tests: the same files run in
// `npm run e2e` without writing anything.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const recordsDir = path.join(root, 'bench/results/faults');

interface Row {
  id: string;
  fault: string;
  injected: string;
  verdict: string;
  timeToVerdictMs?: number;
  availability?: { answered: number; sent: number };
  leftBehind?: string[];
  at?: string;
}

/** The seven faults of the reliability page, and which records (by id) belong to each. */
const FAULTS: ReadonlyArray<{ n: number; name: string; ids: RegExp }> = [
  { n: 1, name: 'SSH connection drops mid-watch', ids: /^fault2-ssh-/ },
  { n: 2, name: 'registry fails during a push', ids: /^fault2-registry-/ },
  { n: 3, name: 'Docker engine restarts mid-deploy', ids: /^fault2-engine-/ },
  { n: 4, name: 'Kubernetes API server restarts mid-rollout', ids: /^fault2-apiserver-/ },
  { n: 5, name: 'runner dies without its post step', ids: /^fault1-runner-killed/ },
  { n: 6, name: 'cancellation at every stage', ids: /^fault1-cancel-/ },
  {
    n: 7,
    name: 'two releases at once (and Swarm busy meanwhile)',
    ids: /^fault1-(two-releases|concurrent-|deploy-during-)/,
  },
];
const faultOf = (id: string): number => FAULTS.find((f) => f.ids.test(id))?.n ?? 99;

const files = readdirSync(path.join(root, 'test/e2e'))
  .filter((f) => /^fault-.*\.e2e\.test\.ts$/.test(f))
  .map((f) => path.join('test/e2e', f));
const only = process.argv.slice(2);
const chosen = only.length > 0 ? files.filter((f) => only.some((o) => f.includes(o))) : files;

// Fresh records for the files that run now; a record of a file not run this time is kept (and dated).
mkdirSync(recordsDir, { recursive: true });
const loadBefore = loadavg()[0] ?? 0;
const started = new Date();
const vitest = spawnSync('npx', ['vitest', 'run', '--config', 'vitest.e2e.config.ts', ...chosen], {
  cwd: root,
  stdio: 'inherit',
  // One file at a time (the e2e suite runs most files side by side): each time to verdict is the fault's own.
  env: { ...process.env, GANTRY_FAULT_RECORDS: '1', GANTRY_E2E_WORKERS: '1' },
});
const loadAfter = loadavg()[0] ?? 0;

const rows: Row[] = readdirSync(recordsDir)
  .filter((f) => f.endsWith('.json'))
  .map((f) => ({
    id: f.replace(/\.json$/, ''),
    ...(JSON.parse(readFileSync(path.join(recordsDir, f), 'utf8')) as Omit<Row, 'id'>),
  }))
  .sort((a, b) => faultOf(a.id) - faultOf(b.id) || a.id.localeCompare(b.id));
const missing = FAULTS.filter((f) => !rows.some((r) => faultOf(r.id) === f.n));

const seconds = (ms: number | undefined) => (ms === undefined ? '?' : `${(ms / 1000).toFixed(1)} s`);
const availability = (a: Row['availability']) =>
  a === undefined
    ? 'no app serving'
    : `${a.answered}/${a.sent} (${((100 * a.answered) / Math.max(1, a.sent)).toFixed(1)} %)`;
const left = (l: Row['leftBehind']) => (l === undefined ? '?' : l.length === 0 ? 'nothing' : l.join('; '));
const cell = (text: string) => text.replaceAll('|', '\\|').replaceAll('\n', ' ');

const machine = `${cpus().length} cores (${cpus()[0]?.model ?? 'unknown'}), ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
const lines = [
  `Gantry fault runs, ${started.toISOString()}, on ${machine}, load average ${loadBefore.toFixed(2)} before and ${loadAfter.toFixed(2)} after; vitest exit ${vitest.status}`,
  '',
  '| # | fault | injected how | verdict | time to verdict | app availability (answered/sent) | left behind | recorded |',
  '|---|---|---|---|---|---|---|---|',
  ...rows.map(
    (r) =>
      `| ${faultOf(r.id)} | ${cell(r.fault)} | ${cell(r.injected)} | ${cell(r.verdict)} | ${seconds(r.timeToVerdictMs)} | ${availability(r.availability)} | ${cell(left(r.leftBehind))} | ${r.at ?? '?'} |`,
  ),
  ...missing.map((f) => `| ${f.n} | ${f.name} | no record: its test has not run with records | | | | | |`),
];
console.log(lines.join('\n'));
writeFileSync(
  path.join(root, 'bench/results/faults.json'),
  `${JSON.stringify({ date: started.toISOString(), machine, load: { before: loadBefore, after: loadAfter }, vitestExit: vitest.status, files: chosen, faults: rows.map((r) => ({ n: faultOf(r.id), ...r })), notRecorded: missing.map((f) => f.n) }, null, 2)}\n`,
);
console.log('\nwrote bench/results/faults.json');
process.exitCode = vitest.status ?? 1;
