import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { DockerClient } from '../../adapters/docker.ts';
import type { ComposeAnalysis } from '../../core/swarm/compose.ts';
import { STACK_LABEL, type SwarmService } from '../../core/swarm/engine-types.ts';
import { formatSwarmDrift, replicasOverride, swarmReplicaDrifts } from '../../core/swarm/replicas.ts';
import type { Reporter } from '../reporter.ts';

/**
 * The replicas step before a Swarm deploy: reads the stack's live services, says which counts were
 * scaled outside Gantry since its last release and what this deploy does with them, and writes the
 * override (in `workDir`) that labels each replicated service with its file's count and, with
 * `replicas: live`, keeps the live counts. Returns the override's path (passed after the stack
 * files), or undefined when the stack has no replicated service.
 */
export async function reconcileSwarmReplicas(
  docker: DockerClient,
  request: { stack: string; analysis: ComposeAnalysis; mode: 'manifest' | 'live'; workDir: string },
  report: Reporter,
): Promise<string | undefined> {
  const { stack, analysis, mode } = request;
  const filters = encodeURIComponent(JSON.stringify({ label: [`${STACK_LABEL}=${stack}`] }));
  const live = await docker.api<SwarmService[]>('GET', `/services?filters=${filters}`);
  const drifts = swarmReplicaDrifts(stack, analysis.services, live);
  for (const drift of drifts)
    if (mode === 'live') report.info(formatSwarmDrift(stack, drift, mode));
    else report.warning(formatSwarmDrift(stack, drift, mode));
  const text = replicasOverride(analysis.services, drifts, mode, analysis.version);
  if (text === undefined) return undefined;
  const file = path.join(request.workDir, 'gantry-replicas.yml');
  writeFileSync(file, text, { mode: 0o600 });
  return file;
}
