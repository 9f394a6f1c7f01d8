import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type Figure, median, round, run, runOk } from '../lib.ts';

// The same release (`gantry release`, three services of three replicas) on the sandbox's
// single-node Swarm and on its three-node Swarm (`sandbox.sh up --nodes 3`), alternating: Gantry's
// time beyond Swarm's own update (start to convergence, read from Swarm afterwards) must not grow
// with the number of nodes. Skipped, saying so, when the nodes are not up.

type Env = Record<string, string>;

interface Side {
  name: string;
  host: string;
  key: string;
  knownHosts: string;
  /** The engine to read Swarm's timeline from (local socket). */
  docker: string;
}

/** Swarm's timeline of the stack's last update: earliest start, latest task/service completion. */
async function swarmSpan(dockerHost: string, stack: string): Promise<number> {
  const env = { ...process.env, DOCKER_HOST: dockerHost };
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
    UpdateStatus?: { StartedAt?: string; CompletedAt?: string };
  }>;
  const taskIds = (
    await runOk('docker', ['service', 'ps', '-q', '--filter', 'desired-state=running', ...ids], env)
  ).stdout
    .split('\n')
    .filter(Boolean);
  const tasks = JSON.parse((await runOk('docker', ['inspect', ...taskIds], env)).stdout) as Array<{
    Status: { Timestamp: string };
  }>;
  const started = Math.min(
    ...services.map((s) => Date.parse(s.UpdateStatus?.StartedAt ?? '') || Number.POSITIVE_INFINITY),
  );
  const converged = Math.max(
    ...services.map((s) => Date.parse(s.UpdateStatus?.CompletedAt ?? '') || 0),
    ...tasks.map((t) => Date.parse(t.Status.Timestamp)),
  );
  return converged - started;
}

function writeConfig(
  dir: string,
  root: string,
  env: Env,
  side: Side,
  stack: string,
  release: string,
): string {
  const file = path.join(dir, `${side.name}.gantry.yml`);
  writeFileSync(
    file,
    [
      `image: ${env.GANTRY_APP_IMAGE}`,
      'registry:',
      `  username: ${env.GANTRY_REGISTRY_USER}`,
      `  password: { file: "${env.GANTRY_REGISTRY_PASSWORD_FILE}" }`,
      'targets:',
      '  bench:',
      '    swarm:',
      `      host: ${side.host}`,
      `      ssh-key-file: ${side.key}`,
      `      known-hosts-file: ${side.knownHosts}`,
      `      stack: ${stack}`,
      `      stack-files: [${path.join(root, 'bench/stacks/spread.yml')}]`,
      `      env: { RELEASE: "${release}" }`,
      '',
    ].join('\n'),
  );
  return file;
}

/** One release on one side: Gantry's wall time and Swarm's own update span. */
async function measure(root: string, dir: string, env: Env, side: Side, stack: string, release: string) {
  const config = writeConfig(dir, root, env, side, stack, release);
  const args = [
    path.join(root, 'src/cli/gantry.ts'),
    'release',
    '-c',
    config,
    '--target',
    'bench',
    '--skip-build',
    '--tag',
    'v1',
  ];
  const r = await run(process.execPath, args, {
    ...process.env,
    ...env,
    CI: 'true',
    GITHUB_REF: '',
    GITHUB_SHA: '',
  });
  if (r.code !== 0) throw new Error(`gantry release on ${side.name} failed: ${r.stderr.slice(-1500)}`);
  const swarm = await swarmSpan(side.docker, stack);
  return { ms: r.ms, swarm, beyond: r.ms - swarm };
}

export async function nodesFigure(
  root: string,
  sandbox: Env,
  nodes: Env | undefined,
  runs = 3,
): Promise<Figure | string> {
  if (nodes?.GANTRY_NODES !== '3')
    return 'the 1-node against 3-node deploy (the three-node Swarm is not up: npm run sandbox -- up --nodes 3)';
  const one: Side = {
    name: '1-node',
    host: sandbox.GANTRY_SSH_HOST ?? '',
    key: sandbox.GANTRY_SSH_KEY ?? '',
    knownHosts: sandbox.GANTRY_KNOWN_HOSTS ?? '',
    docker: sandbox.GANTRY_DOCKER_HOST ?? '',
  };
  const three: Side = {
    name: '3-node',
    host: nodes.GANTRY_NODES_MANAGER_SSH ?? '',
    key: nodes.GANTRY_NODES_SSH_KEY ?? '',
    knownHosts: nodes.GANTRY_NODES_KNOWN_HOSTS ?? '',
    docker: nodes.GANTRY_NODE_1_DOCKER_HOST ?? '',
  };
  const dir = mkdtempSync(path.join(tmpdir(), 'gantry-bench-nodes-'));
  const stack = 'bench-nodes';
  const results = {
    one: [] as Array<{ ms: number; swarm: number; beyond: number }>,
    three: [] as typeof results.one,
  };
  try {
    // Warm-up: create the stack on both sides (and pull the image on every node), so each run is an update.
    await measure(root, dir, sandbox, one, stack, 'w');
    await measure(root, dir, sandbox, three, stack, 'w');
    for (let i = 0; i < runs; i++) {
      results.one.push(await measure(root, dir, sandbox, one, stack, `a${i}`));
      results.three.push(await measure(root, dir, sandbox, three, stack, `b${i}`));
    }
  } finally {
    for (const side of [one, three])
      await run('docker', ['stack', 'rm', stack], { ...process.env, DOCKER_HOST: side.docker });
    rmSync(dir, { recursive: true, force: true });
  }
  const beyond1 = median(results.one.map((r) => r.beyond));
  const beyond3 = median(results.three.map((r) => r.beyond));
  return {
    id: 'deploy-beyond-swarm-nodes',
    title:
      "gantry release of 3 services x 3 replicas on the 1-node and the 3-node Swarm: Gantry's time beyond Swarm's own update (median)",
    value: `${round(beyond3 / 1000, 1)} s on 3 nodes vs ${round(beyond1 / 1000, 1)} s on 1 (Swarm's update: ${round(median(results.three.map((r) => r.swarm)) / 1000, 1)} s vs ${round(median(results.one.map((r) => r.swarm)) / 1000, 1)} s)`,
    target: '3-node ≤ 1-node + 0.5 s',
    met: beyond3 <= beyond1 + 500,
    details: { runs, oneNode: results.one, threeNodes: results.three },
  };
}
