import type { DockerClient } from '../../adapters/docker.ts';
import type { Attempt } from '../../core/deploy/outcome.ts';
import type { SmokeOptions } from '../../core/smoke/options.ts';
import {
  type EngineSwarmInfo,
  expandPerNode,
  notManagerReason,
  type SwarmNode,
  unavailableNodes,
} from '../../core/swarm/nodes.ts';
import type { Reporter } from '../reporter.ts';
import { smokeAfterDeploy, smokeIfHealthy } from '../smoke/after-deploy.ts';

// What a deploy reads of the Swarm's nodes, through the manager it talks to: that it is a manager
// at all (before anything changes), which nodes cannot take tasks, and where a per-node smoke goes.

/** The message of a refusal to deploy through a worker (or an engine outside any Swarm), or undefined. */
export async function managerProblem(docker: DockerClient): Promise<string | undefined> {
  return notManagerReason(await docker.api<EngineSwarmInfo>('GET', '/info'));
}

/**
 * The Swarm's nodes, read up to `attempts` times a second apart (a manager just reconnected to may
 * not answer at once); the last error when every read failed.
 */
async function readNodes(
  docker: DockerClient,
  attempts: number,
): Promise<{ nodes: SwarmNode[]; error?: undefined } | { nodes: []; error: string }> {
  let error = '';
  for (let attempt = 1; attempt <= attempts; attempt++) {
    try {
      return { nodes: await docker.api<SwarmNode[]>('GET', '/nodes') };
    } catch (caught) {
      error = (caught as Error).message;
      if (attempt < attempts) await new Promise((resolve) => setTimeout(resolve, 1000));
    }
  }
  return { nodes: [], error };
}

/**
 * After the watch: a warning per node Swarm cannot place tasks on (down, drained, paused), naming
 * it; then the smoke check when the rollout held, a `per-node` one on every ready, active node.
 */
export async function smokeOnNodes(
  docker: DockerClient,
  failure: string | undefined,
  smoke: SmokeOptions | undefined,
  signal: AbortSignal | undefined,
  report: Reporter,
): Promise<Attempt> {
  const perNode = failure === undefined && smoke?.perNode === true;
  const { nodes, error } = await readNodes(docker, perNode ? 3 : 1);
  if (error !== undefined) report.warning(`could not list the Swarm's nodes: ${error}`);
  for (const line of unavailableNodes(nodes)) report.warning(`node ${line}: Swarm places no task there`);
  if (!perNode || smoke === undefined) return smokeIfHealthy(failure, smoke, signal, report);
  // Not verified is not passed, but the reason must be the true one, not "no node is ready".
  if (error !== undefined)
    return {
      failure: `smoke check could not run: per-node needs the Swarm's nodes, and listing them failed (${error})`,
      smoke: undefined,
    };
  const targets = expandPerNode(smoke.targets, nodes);
  if (targets.length === 0)
    return { failure: 'smoke check failed: per-node: no Swarm node is ready and active', smoke: undefined };
  report.info(`per-node smoke check on ${[...new Set(targets.map((t) => t.node))].join(', ')}`);
  return smokeAfterDeploy({ ...smoke, targets }, signal, report);
}
