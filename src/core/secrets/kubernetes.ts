import { ConfigurationError } from '../errors.ts';
import { checkKubernetesLabels } from './naming.ts';
import type { DesiredSecret, ExistingSecret, SecretPlan } from './plan.ts';

/**
 * Versioned Kubernetes Secrets, pure: the manifests to create (sent to `kubectl create -f -` on
 * stdin, never in argv or a file), the kubectl argument lists, and the check that a Secret reused
 * by name really holds the value. Each Secret holds one key, the NAME, so a pod can mount it as a
 * file named NAME or read it with `envFrom: [{secretRef: {name: …}}]` as the variable NAME.
 */

/** What `kubectl get secret … -o json` gives of a Secret (the parts read here). */
export interface KubernetesSecretObject {
  kind?: string;
  metadata: { name: string; namespace?: string; uid?: string; labels?: Record<string, string> };
  data?: Record<string, string>;
  immutable?: boolean;
  type?: string;
}

/** One immutable Secret holding `value` under the key NAME. */
export function secretManifest(
  secret: DesiredSecret,
  value: string | Uint8Array,
  namespace: string,
): Record<string, unknown> {
  checkKubernetesLabels(secret.labels);
  return {
    apiVersion: 'v1',
    kind: 'Secret',
    metadata: { name: secret.fullName, namespace, labels: { ...secret.labels } },
    type: 'Opaque',
    immutable: true,
    data: { [secret.name]: Buffer.from(value).toString('base64') },
  };
}

/** The stdin of `kubectl create -f -`: a v1 List of the Secrets to create, as JSON. */
export function secretsListManifest(
  secrets: readonly DesiredSecret[],
  values: ReadonlyMap<string, string | Uint8Array>,
  namespace: string,
): string {
  const items = secrets.map((secret) => {
    const value = values.get(secret.name);
    if (value === undefined) throw new Error(`no value for ${secret.name}`);
    return secretManifest(secret, value, namespace);
  });
  return JSON.stringify({ apiVersion: 'v1', kind: 'List', items });
}

/**
 * The Secrets of these names, in one request (absent ones skipped). By name, not by label: a
 * Secret of the same name that someone else made must be seen, to refuse the clash.
 */
export const getSecretsByNameArgs = (names: readonly string[], namespace: string): string[] => [
  'get',
  'secrets',
  ...names,
  '--namespace',
  namespace,
  '--ignore-not-found',
  '--output',
  'json',
];

/** Creates the Secrets of the List read from stdin; `dryRun` asks the server to check only. */
export const createSecretsArgs = (namespace: string, dryRun: boolean): string[] => [
  'create',
  ...(dryRun ? ['--dry-run=server'] : []),
  '--namespace',
  namespace,
  '--filename',
  '-',
  '--output',
  'name',
];

/** A listed Secret as the naming core's plain data. */
export const existingSecret = (object: KubernetesSecretObject): ExistingSecret => ({
  ...(object.metadata.uid === undefined ? {} : { id: object.metadata.uid }),
  name: object.metadata.name,
  labels: object.metadata.labels,
});

/**
 * A Secret reused by name must hold exactly this value under NAME and nothing else; otherwise it
 * is a clash. The message names the Secret, never its data.
 */
export function checkReusedContent(
  plan: SecretPlan,
  listed: readonly KubernetesSecretObject[],
  values: ReadonlyMap<string, string | Uint8Array>,
  input = 'secrets',
): void {
  const byName = new Map(listed.map((o) => [o.metadata.name, o]));
  for (const secret of plan.reuse) {
    const found = byName.get(secret.fullName);
    const value = values.get(secret.name);
    if (found === undefined || value === undefined) throw new Error(`reused ${secret.fullName} not listed`);
    const data = found.data ?? {};
    const same =
      Object.keys(data).length === 1 && data[secret.name] === Buffer.from(value).toString('base64');
    if (!same) {
      throw new ConfigurationError(
        `a Secret named ${secret.fullName} already exists with Gantry's labels but different content: remove it, or change the value`,
        input,
      );
    }
    if (found.immutable !== true) {
      throw new ConfigurationError(
        `a Secret named ${secret.fullName} already exists but is not immutable, so its content cannot be vouched for: remove it`,
        input,
      );
    }
  }
}
