import type { Kubectl } from '../../adapters/kubectl.ts';
import {
  checkReusedContent,
  createSecretsArgs,
  type DesiredSecret,
  existingSecret,
  getSecretsByNameArgs,
  type KubernetesSecretObject,
  planSecrets,
  type SecretPlan,
  secretsListManifest,
  type VersionMode,
} from '../../core/secrets/index.ts';
import type { Reporter } from '../reporter.ts';

export interface KubernetesSecretsRequest {
  stack: string;
  mode: VersionMode;
  desired: readonly DesiredSecret[];
  /** NAME -> value; only ever written to kubectl's stdin. */
  values: ReadonlyMap<string, string | Uint8Array>;
  /** Where the Secrets live: the namespace input, else the context's, else `default`. */
  namespace: string;
  dryRun: boolean;
  /** The input (or CLI flag) named by a clash error; `secrets` by default. */
  input?: string;
}

/** The forms of the values that kubectl's errors could echo, for redaction. */
export function redactionsOf(values: ReadonlyMap<string, string | Uint8Array>): string[] {
  const out: string[] = [];
  for (const value of values.values()) {
    const text = typeof value === 'string' ? value : Buffer.from(value).toString('utf8');
    out.push(text, Buffer.from(value).toString('base64'));
    for (const line of text.split(/\r?\n/)) if (line.trim().length >= 4) out.push(line);
  }
  return out;
}

/**
 * One `kubectl get secrets <names>` (a clash with a Secret someone else made is seen by name), the
 * plan, then one `kubectl create -f -` of the missing Secrets as a List on stdin: the values never
 * reach argv, a file or the log. An existing Secret is reused only if it holds exactly this value
 * and is immutable. A dry run lists and asks the server to check the List (`--dry-run=server`).
 */
export async function applyKubernetesSecrets(
  kubectl: Kubectl,
  request: KubernetesSecretsRequest,
  report: Reporter,
): Promise<SecretPlan> {
  const names = request.desired.map((d) => d.fullName);
  const secrets = redactionsOf(request.values);
  // The listing holds the Secrets' data (to compare): it is parsed, never logged, and redacted from errors.
  const listed = (await kubectl.json(getSecretsByNameArgs(names, request.namespace), {
    secrets,
  })) as unknown as KubernetesSecretObject[];
  const plan = planSecrets({
    stack: request.stack,
    mode: request.mode,
    desired: request.desired,
    existing: listed.map(existingSecret),
    ...(request.input === undefined ? {} : { input: request.input }),
  });
  checkReusedContent(plan, listed, request.values, request.input);
  for (const secret of plan.reuse) report.info(`reuse  ${request.namespace}/${secret.fullName} (unchanged)`);
  for (const secret of plan.create)
    report.info(`${request.dryRun ? 'would create' : 'create'} ${request.namespace}/${secret.fullName}`);
  if (plan.create.length > 0) {
    await kubectl.run(createSecretsArgs(request.namespace, request.dryRun), {
      input: secretsListManifest(plan.create, request.values, request.namespace),
      secrets,
    });
  }
  return plan;
}
