import { readFileSync } from 'node:fs';
import path from 'node:path';
import { type Figure, median, round, run, runOk } from '../lib.ts';

interface Sandbox {
  GANTRY_SSH_HOST: string;
  GANTRY_SSH_KEY: string;
  GANTRY_KNOWN_HOSTS: string;
  GANTRY_SSHD_LOG: string;
  GANTRY_APP_IMAGE: string;
  GANTRY_DOCKER_HOST: string;
}

const handshakes = (log: string): number => readFileSync(log, 'utf8').split('Accepted publickey').length - 1;

/** Swarm's own timeline of the last update: when it started, and when it converged. */
export async function swarmTimes(
  sandbox: Sandbox,
  stack: string,
): Promise<{ started: number; converged: number }> {
  const env = { ...process.env, DOCKER_HOST: sandbox.GANTRY_DOCKER_HOST };
  const ids = (
    await runOk(
      'docker',
      ['service', 'ls', '-q', '--filter', `label=com.docker.stack.namespace=${stack}`],
      env,
    )
  ).stdout
    .split('\n')
    .filter(Boolean);
  const services = JSON.parse((await runOk('docker', ['service', 'inspect', ...ids], env)).stdout) as Array<{
    ID: string;
    UpdateStatus?: { CompletedAt?: string };
  }>;
  const tasks = JSON.parse(
    (
      await runOk(
        'docker',
        [
          'inspect',
          ...(
            await runOk('docker', ['service', 'ps', '-q', '--filter', 'desired-state=running', ...ids], env)
          ).stdout
            .split('\n')
            .filter(Boolean),
        ],
        env,
      )
    ).stdout,
  ) as Array<{ Status: { Timestamp: string } }>;
  const times = [
    ...services.map((s) => Date.parse(s.UpdateStatus?.CompletedAt ?? '') || 0),
    ...tasks.map((t) => Date.parse(t.Status.Timestamp)),
  ];
  const starts = services.map(
    (s) =>
      Date.parse((s as { UpdateStatus?: { StartedAt?: string } }).UpdateStatus?.StartedAt ?? '') ||
      Number.POSITIVE_INFINITY,
  );
  return { started: Math.min(...starts), converged: Math.max(...times) };
}

/**
 * A 5-service stack updated with `gantry deploy swarm` over SSH, against the baseline script that
 * waits as a careful operator would (bench/baseline-deploy-wait.sh: UpdateStatus completed or absent
 * and every running task on the new spec, polled once a second over one multiplexed SSH connection),
 * alternating, `runs` each; the ratio of medians; how long after Swarm's convergence each one
 * reported it; and SSH handshakes per deploy, counted in sshd's log.
 */
export async function deployFigures(root: string, sandbox: Sandbox, runs = 5): Promise<Figure[]> {
  const file = path.join(root, 'bench/stacks/five-services.yml');
  const image = `APP_IMAGE=${sandbox.GANTRY_APP_IMAGE}:v1`;
  const gantry = {
    times: [] as number[],
    lag: [] as number[],
    handshakes: [] as number[],
    swarm: [] as number[],
  };
  const script = {
    times: [] as number[],
    lag: [] as number[],
    handshakes: [] as number[],
    swarm: [] as number[],
  };
  const common = [
    '--host',
    sandbox.GANTRY_SSH_HOST,
    '--ssh-key',
    sandbox.GANTRY_SSH_KEY,
    '--known-hosts',
    sandbox.GANTRY_KNOWN_HOSTS,
  ];
  // Warm-up: create both stacks once, so every measured run is an update.
  await runOk(process.execPath, [
    path.join(root, 'bin/gantry.js'),
    'deploy',
    'swarm',
    ...common,
    '--stack',
    'perf-g',
    '-c',
    file,
    '--env',
    image,
    '--env',
    'RELEASE=w',
  ]);
  await runOk(
    path.join(root, 'bench/baseline-deploy-wait.sh'),
    [sandbox.GANTRY_SSH_HOST, sandbox.GANTRY_SSH_KEY, sandbox.GANTRY_KNOWN_HOSTS, 'perf-s', file],
    { ...process.env, APP_IMAGE: `${sandbox.GANTRY_APP_IMAGE}:v1`, RELEASE: 'w' },
  );
  for (let i = 0; i < runs; i++) {
    let before = handshakes(sandbox.GANTRY_SSHD_LOG);
    const g = await run(process.execPath, [
      path.join(root, 'bin/gantry.js'),
      'deploy',
      'swarm',
      ...common,
      '--stack',
      'perf-g',
      '-c',
      file,
      '--env',
      image,
      '--env',
      `RELEASE=g${i}`,
    ]);
    const gEnd = Date.now();
    if (g.code !== 0) throw new Error(`gantry deploy failed: ${g.stderr.slice(-1500)}`);
    gantry.times.push(g.ms);
    gantry.handshakes.push(handshakes(sandbox.GANTRY_SSHD_LOG) - before);
    const gTimes = await swarmTimes(sandbox, 'perf-g');
    gantry.lag.push(gEnd - gTimes.converged);
    gantry.swarm.push(gTimes.converged - gTimes.started);

    before = handshakes(sandbox.GANTRY_SSHD_LOG);
    const s = await run(
      path.join(root, 'bench/baseline-deploy-wait.sh'),
      [sandbox.GANTRY_SSH_HOST, sandbox.GANTRY_SSH_KEY, sandbox.GANTRY_KNOWN_HOSTS, 'perf-s', file],
      { ...process.env, APP_IMAGE: `${sandbox.GANTRY_APP_IMAGE}:v1`, RELEASE: `s${i}` },
    );
    const sEnd = Date.now();
    if (s.code !== 0) throw new Error(`baseline deploy failed: ${s.stderr.slice(-1500)}`);
    script.times.push(s.ms);
    script.handshakes.push(handshakes(sandbox.GANTRY_SSHD_LOG) - before);
    // The script waits for convergence itself; a moment for Swarm's timestamps, then its timeline.
    await new Promise((r) => setTimeout(r, 1000));
    const sTimes = await swarmTimes(sandbox, 'perf-s');
    script.lag.push(sEnd - sTimes.converged);
    script.swarm.push(sTimes.converged - sTimes.started);
  }
  const env = { ...process.env, DOCKER_HOST: sandbox.GANTRY_DOCKER_HOST };
  await run('docker', ['stack', 'rm', 'perf-g', 'perf-s'], env);
  const ratio = median(gantry.times) / median(script.times);
  const premature = script.lag.filter((lag) => lag < 0).length;
  const overhead = median(gantry.times.map((t, i) => t - (gantry.swarm[i] ?? 0)));
  return [
    {
      id: 'deploy-overhead-beyond-swarm',
      title:
        "Gantry's time beyond Swarm's own update (start to convergence), median: connect, plan, lock, deploy call, detection, exit",
      value: `${round(overhead / 1000, 1)} s (Swarm's update: ${round(median(gantry.swarm) / 1000, 1)} s)`,
      target: '≤ 3 s',
      met: overhead <= 3000,
      details: { gantryMs: gantry.times.map((t) => round(t, 0)), swarmUpdateMs: gantry.swarm },
    },
    {
      id: 'deploy-overhead',
      title: `5-service deploy: gantry deploy swarm vs a script that waits for convergence (docker stack deploy, then UpdateStatus and every running task's spec polled once a second over one multiplexed SSH connection; median ratio); the script reported before Swarm converged in ${premature}/${runs} runs`,
      value: `${round(ratio)}x (${round(median(gantry.times) / 1000, 1)} s vs ${round(median(script.times) / 1000, 1)} s)`,
      target: '≤ 1.05x',
      met: ratio <= 1.05,
      details: {
        runs,
        gantryMs: gantry.times.map((t) => round(t, 0)),
        scriptMs: script.times.map((t) => round(t, 0)),
      },
    },
    {
      id: 'convergence-lag',
      title: 'From Swarm reaching convergence to the deploy reporting it (median; includes process exit)',
      value: `${round(median(gantry.lag), 0)} ms (script: ${round(median(script.lag), 0)} ms)`,
      target: '≤ 1000 ms',
      met: median(gantry.lag) <= 1000,
      details: { gantryMs: gantry.lag, scriptMs: script.lag },
    },
    {
      id: 'ssh-handshakes',
      title: 'SSH handshakes per deploy, counted on the sshd side',
      value: `${median(gantry.handshakes)} (script, multiplexed: ${median(script.handshakes)})`,
      target: '1',
      met: gantry.handshakes.every((h) => h === 1),
      details: { gantry: gantry.handshakes, script: script.handshakes },
    },
  ];
}
