import { execFileSync, spawnSync } from 'node:child_process';
import { isCI } from '../../helpers/ci.ts';
import { parseEnvLines, SANDBOX_SCRIPT } from './sandbox-env.ts';
import { removeStack } from './swarm-cleanup.ts';

// The sandbox's three-node Swarm (`sandbox.sh up --nodes 3`, sandbox/nodes/): brought up (or found
// up: idempotent, a few seconds) by the test file that needs it, never taken down by a test.

export interface Nodes {
  /** GANTRY_NODES_* and GANTRY_NODE_<i>_* lines, as `up --nodes` prints them. */
  env: Record<string, string>;
  /** Node i (1 = the manager): hostname, address, ssh:// URL, local engine socket, dockerd pidfile. */
  node(i: number): { name: string; addr: string; ssh: string; dockerHost: string; pidfile: string };
}

const CANNOT_HOST = 3;

/**
 * Brings the nodes up; returns them, or the reason they cannot run here (outside CI only: under CI
 * any failure throws).
 */
export function bringNodesUp(): Nodes | string {
  const up = spawnSync('bash', [SANDBOX_SCRIPT, 'up', '--nodes', '3'], {
    encoding: 'utf8',
    timeout: 300_000,
  });
  if (up.status !== 0) {
    const reason = `sandbox.sh up --nodes 3 exited ${up.status}: ${up.stderr.trim().split('\n').slice(-3).join(' ')}`;
    if (up.status === CANNOT_HOST && !isCI()) return reason;
    throw new Error(reason);
  }
  const env = parseEnvLines(up.stdout);
  if (env.GANTRY_NODES !== '3')
    throw new Error(`sandbox.sh up --nodes 3 printed no GANTRY_NODES=3:\n${up.stdout}`);
  const get = (key: string): string => {
    const value = env[key];
    if (value === undefined) throw new Error(`sandbox.sh up --nodes 3 printed no ${key}`);
    return value;
  };
  return {
    env,
    node: (i) => ({
      name: get(`GANTRY_NODE_${i}_NAME`),
      addr: get(`GANTRY_NODE_${i}_ADDR`),
      ssh: get(`GANTRY_NODE_${i}_SSH`),
      dockerHost: get(`GANTRY_NODE_${i}_DOCKER_HOST`),
      pidfile: get(`GANTRY_NODE_${i}_PIDFILE`),
    }),
  };
}

/** The docker CLI on node i's own engine (a local socket); its trimmed stdout. */
export const nodeDocker = (nodes: Nodes, i: number, ...args: string[]): string =>
  execFileSync('docker', args, {
    env: { ...process.env, DOCKER_HOST: nodes.node(i).dockerHost },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  }).trim();

/** Clean-up: the stack on the nodes' Swarm, then (once no node runs its containers) its secrets and configs. */
export function removeNodesStack(nodes: Nodes, stack: string): void {
  removeStack(nodes.node(1).dockerHost, stack);
  const on = (i: number) => {
    try {
      return nodeDocker(nodes, i, 'ps', '-q', '--filter', `label=com.docker.stack.namespace=${stack}`);
    } catch {
      return ''; // a node that is not up runs nothing
    }
  };
  const running = () => [1, 2, 3].some((i) => on(i) !== '');
  for (let i = 0; i < 60 && running(); i++) execFileSync('sleep', ['1']);
  for (const kind of ['secret', 'config']) {
    const ids = nodeDocker(nodes, 1, kind, 'ls', '-q', '--filter', `label=gantry.stack=${stack}`);
    if (ids) nodeDocker(nodes, 1, kind, 'rm', ...ids.split('\n'));
  }
}
