import { readFileSync } from 'node:fs';
import path from 'node:path';
import { type Figure, gantryBin, median, round, run, runOk, traceTimes } from '../lib.ts';

interface Sandbox {
  GANTRY_SSH_HOST: string;
  GANTRY_SSH_KEY: string;
  GANTRY_KNOWN_HOSTS: string;
  GANTRY_SSHD_LOG: string;
  GANTRY_APP_IMAGE: string;
  GANTRY_DOCKER_HOST: string;
}

const handshakes = (log: string): number => readFileSync(log, 'utf8').split('Accepted publickey').length - 1;

interface SwarmTask {
  DesiredState: string;
  Status: { State: string; Timestamp: string };
}

/**
 * Swarm's own timeline of the last update: when it started; when every service's UpdateStatus said
 * completed and every running task was up (`updateCompleted`); and when it converged, every task in
 * its desired state: that, and the last task it replaced stopped (`converged`). Docker stops a replaced
 * task about 2 s after its successor started (its executor's fixed wait for the network's gossip), so
 * UpdateStatus says completed while the old version still runs.
 */
export async function swarmTimes(
  sandbox: Sandbox,
  stack: string,
): Promise<{ started: number; updateCompleted: number; converged: number }> {
  const env = { ...process.env, DOCKER_HOST: sandbox.GANTRY_DOCKER_HOST };
  const lines = async (args: string[]) =>
    (await runOk('docker', args, env)).stdout.split('\n').filter(Boolean);
  const ids = await lines(['service', 'ls', '-q', '--filter', `label=com.docker.stack.namespace=${stack}`]);
  const services = JSON.parse((await runOk('docker', ['service', 'inspect', ...ids], env)).stdout) as Array<{
    UpdateStatus?: { StartedAt?: string; CompletedAt?: string };
  }>;
  const taskIds = await lines(['service', 'ps', '-q', '--no-trunc', ...ids]);
  // A task of the history may be gone between the listing and its inspection: the others still count.
  const inspected = await run('docker', ['inspect', ...taskIds], env);
  const tasks = JSON.parse(inspected.stdout.trim() || '[]') as SwarmTask[];
  const started = Math.min(
    ...services.map((s) => Date.parse(s.UpdateStatus?.StartedAt ?? '') || Number.POSITIVE_INFINITY),
  );
  const running = tasks.filter((t) => t.DesiredState === 'running');
  const updateCompleted = Math.max(
    ...services.map((s) => Date.parse(s.UpdateStatus?.CompletedAt ?? '') || 0),
    ...running.map((t) => Date.parse(t.Status.Timestamp)),
  );
  // The tasks this update replaced: told to stop after it started.
  const replaced = tasks
    .filter((t) => t.DesiredState !== 'running')
    .map((t) => Date.parse(t.Status.Timestamp))
    .filter((at) => at >= started);
  return { started, updateCompleted, converged: Math.max(updateCompleted, ...replaced) };
}

/** Where a Gantry deploy's time went, from its trace and Swarm's timeline (ms). */
function phases(stderr: string, end: number, swarm: { updateCompleted: number; converged: number }) {
  const t = traceTimes(stderr);
  const at = (event: string) => t.get(event) ?? Number.NaN;
  return {
    connect: at('connect: manager checked') - at('connect: start'),
    plan: at('plan: done') - at('plan: start'),
    lockAndSettle: at('settle: done') - at('plan: done'),
    apply: at('apply: done') - at('apply: docker stack deploy'),
    watchSeenAfterUpdateCompleted: at('watch: converged') - swarm.updateCompleted,
    drain: at('drain: done') - at('nodes and smoke: done'),
    drainSeenAfterConvergence: at('drain: done') - swarm.converged,
    releaseAndClose: at('connection closed') - at('drain: done'),
    exit: end - at('connection closed'),
  };
}

/**
 * One side's runs: total times; lag after UpdateStatus completed (`lag`) and after every task reached
 * its desired state (`drainLag`); Swarm's update, start to every task in its desired state (`swarm`),
 * and of it the time after UpdateStatus completed (`stopping`).
 */
type Side = {
  times: number[];
  lag: number[];
  drainLag: number[];
  handshakes: number[];
  swarm: number[];
  stopping: number[];
};
const side = (): Side => ({ times: [], lag: [], drainLag: [], handshakes: [], swarm: [], stopping: [] });

/**
 * A 5-service stack updated with `gantry deploy swarm` over SSH, against the baseline script that
 * waits as a careful operator would (bench/baseline-deploy-wait.sh: UpdateStatus completed or absent
 * and every running task, those told to stop included, on the new spec, polled once a second over one
 * multiplexed SSH connection) and against the same script counting only the tasks meant to run
 * (TASKS=desired), which reports while the replaced tasks still run; alternating, `runs` each; the
 * ratios of medians; how long after Swarm's convergence (and after UpdateStatus completed) each one
 * reported; Gantry's phases (from GANTRY_TRACE); and SSH handshakes per deploy, counted in sshd's log.
 */
export async function deployFigures(root: string, sandbox: Sandbox, runs = 5): Promise<Figure[]> {
  const file = path.join(root, 'bench/stacks/five-services.yml');
  const gantry = side();
  const careful = side();
  const narrow = side();
  const traced: Array<ReturnType<typeof phases>> = [];
  const common = ['--host', sandbox.GANTRY_SSH_HOST, '--ssh-key', sandbox.GANTRY_SSH_KEY];
  const deploy = (release: string) =>
    run(
      process.execPath,
      [
        gantryBin(root),
        'deploy',
        'swarm',
        ...common,
        '--known-hosts',
        sandbox.GANTRY_KNOWN_HOSTS,
        '--stack',
        'perf-g',
        '-c',
        file,
        '--env',
        `APP_IMAGE=${sandbox.GANTRY_APP_IMAGE}:v1`,
        '--env',
        `RELEASE=${release}`,
      ],
      { ...process.env, GANTRY_TRACE: '1' },
    );
  /** The baseline script; `narrow`: counting only the tasks meant to run (TASKS=desired). */
  const baseline = (stack: string, release: string, narrow: boolean) =>
    run(
      path.join(root, 'bench/baseline-deploy-wait.sh'),
      [sandbox.GANTRY_SSH_HOST, sandbox.GANTRY_SSH_KEY, sandbox.GANTRY_KNOWN_HOSTS, stack, file],
      {
        ...process.env,
        APP_IMAGE: `${sandbox.GANTRY_APP_IMAGE}:v1`,
        RELEASE: release,
        TASKS: narrow ? 'desired' : 'running',
      },
    );
  const measure = async (
    into: Side,
    stack: string,
    what: () => Promise<{ code: number; stderr: string; ms: number }>,
  ) => {
    const before = handshakes(sandbox.GANTRY_SSHD_LOG);
    const result = await what();
    const end = Date.now();
    if (result.code !== 0) throw new Error(`${stack} deploy failed: ${result.stderr.slice(-1500)}`);
    into.times.push(result.ms);
    into.handshakes.push(handshakes(sandbox.GANTRY_SSHD_LOG) - before);
    // A moment for Swarm's last timestamps (a replaced task's stop), then its timeline.
    await new Promise((r) => setTimeout(r, 4000));
    const swarm = await swarmTimes(sandbox, stack);
    into.lag.push(end - swarm.updateCompleted);
    into.drainLag.push(end - swarm.converged);
    into.swarm.push(swarm.converged - swarm.started);
    into.stopping.push(swarm.converged - swarm.updateCompleted);
    return { result, end, swarm };
  };
  // Warm-up: create the stacks once, so every measured run is an update.
  if ((await deploy('w')).code !== 0) throw new Error('gantry warm-up deploy failed');
  if ((await baseline('perf-s', 'w', true)).code !== 0) throw new Error('baseline warm-up deploy failed');
  if ((await baseline('perf-d', 'w', false)).code !== 0) throw new Error('baseline warm-up deploy failed');
  for (let i = 0; i < runs; i++) {
    const g = await measure(gantry, 'perf-g', () => deploy(`g${i}`));
    traced.push(phases(g.result.stderr, g.end, g.swarm));
    await measure(narrow, 'perf-s', () => baseline('perf-s', `s${i}`, true));
    await measure(careful, 'perf-d', () => baseline('perf-d', `d${i}`, false));
  }
  const env = { ...process.env, DOCKER_HOST: sandbox.GANTRY_DOCKER_HOST };
  await run('docker', ['stack', 'rm', 'perf-g', 'perf-s', 'perf-d'], env);
  return deployRows(runs, gantry, careful, narrow, traced);
}

function deployRows(
  runs: number,
  gantry: Side,
  careful: Side,
  narrow: Side,
  traced: Array<ReturnType<typeof phases>>,
): Figure[] {
  const ratio = median(gantry.times) / median(careful.times);
  const narrowRatio = median(gantry.times) / median(narrow.times);
  const premature = careful.drainLag.filter((lag) => lag < 0).length;
  const overhead = median(gantry.times.map((t, i) => t - (gantry.swarm[i] ?? 0)));
  const breakdown = Object.fromEntries(
    Object.keys(traced[0] ?? {}).map((k) => [k, round(median(traced.map((p) => p[k as keyof typeof p])), 0)]),
  );
  const s = (ms: number) => `${round(ms / 1000, 1)} s`;
  return [
    {
      id: 'deploy-overhead-beyond-swarm',
      title:
        "Gantry's time beyond Swarm's own update (its start to every task in its desired state: the new ones running, the replaced ones stopped), median: start-up, connect, plan, lock, deploy call, detection, exit",
      value: `${s(overhead)} (Swarm's update: ${s(median(gantry.swarm))}, of it after UpdateStatus said completed, while the replaced tasks stopped: ${s(median(gantry.stopping))})`,
      target: '≤ 3 s',
      met: overhead <= 3000,
      details: {
        gantryMs: gantry.times.map((t) => round(t, 0)),
        swarmUpdateMs: gantry.swarm,
        replacedStoppingMs: gantry.stopping,
        phasesMs: breakdown,
      },
    },
    {
      id: 'deploy-overhead',
      title: `5-service deploy: gantry deploy swarm vs a script that waits until Swarm has converged (docker stack deploy, then once a second over one multiplexed SSH connection: every service's UpdateStatus completed and every running task on the new spec, the tasks told to stop but still running included; median ratio); the script reported before Swarm converged in ${premature}/${runs} runs`,
      value: `${round(ratio)}x (${s(median(gantry.times))} vs ${s(median(careful.times))}); against the same script counting only the tasks meant to run, so reporting while the replaced ones still run: ${round(narrowRatio)}x (${s(median(narrow.times))})`,
      target: '≤ 1.05x',
      met: ratio <= 1.05,
      details: {
        runs,
        gantryMs: gantry.times.map((t) => round(t, 0)),
        scriptMs: careful.times.map((t) => round(t, 0)),
        narrowScriptMs: narrow.times.map((t) => round(t, 0)),
        narrowRatio: round(narrowRatio),
      },
    },
    {
      id: 'convergence-lag',
      title:
        "From Swarm converging (every task in its desired state: the new ones running, the replaced ones stopped) to the deploy's verdict (its exit), median; and from UpdateStatus saying completed, which comes while the replaced tasks still run (Docker stops each about 2 s after its successor started)",
      value: `${round(median(gantry.drainLag), 0)} ms (the script: ${round(median(careful.drainLag), 0)} ms); after UpdateStatus completed: Gantry ${round(median(gantry.lag), 0)} ms, the script counting only the tasks meant to run ${round(median(narrow.lag), 0)} ms`,
      target: '≤ 1000 ms',
      met: median(gantry.drainLag) <= 1000,
      details: {
        gantryAfterConvergenceMs: gantry.drainLag,
        scriptAfterConvergenceMs: careful.drainLag,
        gantryAfterUpdateCompletedMs: gantry.lag,
        narrowScriptAfterUpdateCompletedMs: narrow.lag,
      },
    },
    {
      id: 'ssh-handshakes',
      title: 'SSH handshakes per deploy, counted on the sshd side',
      value: `${median(gantry.handshakes)} (script, multiplexed: ${median(careful.handshakes)})`,
      target: '1',
      met: gantry.handshakes.every((h) => h === 1),
      details: { gantry: gantry.handshakes, script: careful.handshakes },
    },
  ];
}
