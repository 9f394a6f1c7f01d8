import { existsSync } from 'node:fs';
import type { DockerClient } from '../../adapters/docker.ts';
import { ConfigurationError, StepFailure } from '../../core/errors.ts';
import type { ComposeAnalysis } from '../../core/swarm/compose.ts';
import type { SwarmSecret } from '../../core/swarm/engine-types.ts';
import {
  absentStackFile,
  formatObjects,
  formatPlan,
  missingSecrets,
  planServices,
  type ServicePlan,
} from '../../core/swarm/plan.ts';
import type { Reporter } from '../reporter.ts';
import { readStack, type StackSnapshot } from './watch.ts';

/** What the plan phase reads of a Swarm deploy's request. */
export interface PlanRequest {
  stack: string;
  analysis: ComposeAnalysis;
  imagePins: ReadonlyMap<string, string>;
  prune: boolean;
  /** Secret names another stage of this run creates first (for the existence check). */
  pendingSecrets: readonly string[];
}

export interface StackPlan {
  /** The stack as it was before this deploy. */
  before: StackSnapshot;
  plans: ServicePlan[];
}

/** External configs and networks the engine does not have (`kind key (name)`), as Docker would refuse them. */
export async function missingExternals(docker: DockerClient, analysis: ComposeAnalysis): Promise<string[]> {
  const missing: string[] = [];
  for (const [kind, endpoint, objects] of [
    ['config', '/configs', analysis.configs],
    ['network', '/networks', analysis.networks],
  ] as const) {
    const external = objects.filter((o) => o.external);
    if (external.length === 0) continue;
    const listed = await docker.api<Array<{ Name?: string; Spec?: { Name: string } }>>('GET', endpoint);
    const names = new Set(listed.map((o) => o.Spec?.Name ?? o.Name));
    for (const o of external) if (!names.has(o.name)) missing.push(`${kind} ${o.key} (${o.name})`);
  }
  return missing;
}

/**
 * The plan phase: reads the stack and the engine's objects, prints what the deploy will change,
 * and refuses (before anything is changed) a stack file whose files or external objects are missing.
 */
export async function planStack(
  docker: DockerClient,
  request: PlanRequest,
  report: Reporter,
): Promise<StackPlan> {
  const { stack, analysis } = request;
  // Files Docker reads when it loads or deploys the stack (env_file, secret and config files).
  const absent = absentStackFile(analysis, existsSync);
  if (absent !== undefined) throw new ConfigurationError(absent);
  const before = await readStack(docker, stack);
  const secrets = await docker.api<SwarmSecret[]>('GET', '/secrets');
  const plans = planServices(stack, analysis, request.imagePins, before.services, request.prune);
  const secretsMissing = missingSecrets(analysis, secrets, request.pendingSecrets);
  const othersMissing = await missingExternals(docker, analysis);
  await report.group(`Plan for stack ${stack}`, async () => {
    for (const line of formatPlan(plans)) report.info(line);
    for (const line of formatObjects(analysis)) report.info(line);
  });
  if (secretsMissing.length > 0) {
    throw new StepFailure(
      `stack file names external secrets that do not exist on the engine: ${secretsMissing.join(', ')}`,
    );
  }
  if (othersMissing.length > 0) {
    throw new StepFailure(
      `stack file names external objects that do not exist on the engine: ${othersMissing.join(', ')}`,
    );
  }
  return { before, plans };
}
