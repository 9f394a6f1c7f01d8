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

/** The Swarm's nodes, or none (with a warning) when the manager cannot list them. */
async function readNodes(docker: DockerClient, report: Reporter): Promise<SwarmNode[]> {
  try {
    return await docker.api<SwarmNode[]>('GET', '/nodes');
  } catch (error) {
    report.warning(`could not list the Swarm's nodes: ${(error as Error).message}`);
    return [];
  }
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
  const nodes = await readNodes(docker, report);
  for (const line of unavailableNodes(nodes)) report.warning(`node ${line}: Swarm places no task there`);
  if (failure !== undefined || smoke?.perNode !== true) return smokeIfHealthy(failure, smoke, signal, report);
  const targets = expandPerNode(smoke.targets, nodes);
  if (targets.length === 0)
    return { failure: 'smoke check failed: per-node: no Swarm node is ready and active', smoke: undefined };
  report.info(`per-node smoke check on ${[...new Set(targets.map((t) => t.node))].join(', ')}`);
  return smokeAfterDeploy({ ...smoke, targets }, signal, report);
}
