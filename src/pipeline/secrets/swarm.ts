import { API_CONNECTIONS, type DockerClient } from '../../adapters/docker.ts';
import { mapConcurrent } from '../../core/concurrent.ts';
import {
  type DesiredSecret,
  planSecrets,
  type SecretPlan,
  type VersionMode,
} from '../../core/secrets/index.ts';
import type { SwarmSecret } from '../../core/swarm/engine-types.ts';
import type { Reporter } from '../reporter.ts';

export interface SwarmSecretsRequest {
  stack: string;
  mode: VersionMode;
  desired: readonly DesiredSecret[];
  /** NAME -> value; only ever sent in an Engine API request body (stdin of docker's dial-stdio). */
  values: ReadonlyMap<string, string | Uint8Array>;
  dryRun: boolean;
  /** The input (or CLI flag) named by a clash error; `secrets` by default. */
  input?: string;
}

/**
 * Creates the versions that are missing and reuses the ones already there: one listing request,
 * then one create request per new secret, a few at a time (each over its own Engine API
 * connection). Values never appear in argv or in a file on the host.
 */
export async function applySwarmSecrets(
  docker: DockerClient,
  request: SwarmSecretsRequest,
  report: Reporter,
): Promise<SecretPlan> {
  const filters = encodeURIComponent(JSON.stringify({ name: request.desired.map((d) => d.fullName) }));
  const listed = await docker.api<SwarmSecret[]>('GET', `/secrets?filters=${filters}`);
  const plan = planSecrets({
    stack: request.stack,
    mode: request.mode,
    desired: request.desired,
    existing: listed.map((s) => ({ id: s.ID, name: s.Spec.Name, labels: s.Spec.Labels })),
    ...(request.input === undefined ? {} : { input: request.input }),
  });
  for (const secret of plan.reuse) report.info(`reuse  ${secret.fullName} (unchanged)`);
  for (const secret of plan.create)
    report.info(`${request.dryRun ? 'would create' : 'create'} ${secret.fullName}`);
  if (request.dryRun) return plan;
  const bodies = plan.create.map((secret) => {
    const value = request.values.get(secret.name);
    if (value === undefined) throw new Error(`no value for ${secret.name}`);
    return { Name: secret.fullName, Labels: secret.labels, Data: Buffer.from(value).toString('base64') };
  });
  await mapConcurrent(bodies, API_CONNECTIONS, (body) => docker.api('POST', '/secrets/create', body));
  return plan;
}
