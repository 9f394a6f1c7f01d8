import { ConfigurationError } from '../errors.ts';
import {
  checkKubernetesLabels,
  envName,
  kubernetesSecretNames,
  LABEL,
  secretLabels,
  swarmSecretName,
} from './naming.ts';
import { secretVersion, type VersionMode } from './version.ts';

export type SecretPlatform = 'swarm' | 'kubernetes';

/** One secret to have on the server. Holds no value: plans are printed in dry runs and summaries. */
export interface DesiredSecret {
  /** The NAME from the inputs, e.g. `POSTGRES_PASSWORD`. */
  name: string;
  version: string;
  /** The server-side name, e.g. `shop_POSTGRES_PASSWORD_abc123def456`. */
  fullName: string;
  /** The variable the stack file reads it from, e.g. `POSTGRES_PASSWORD_SECRET`. */
  envName: string;
  labels: Record<string, string>;
}

export interface DesiredSecretsInput {
  platform: SecretPlatform;
  stack: string;
  mode: VersionMode;
  /** NAME -> value (from `secrets`, and the files of `secret-files` as the shell read them). */
  values: ReadonlyMap<string, string | Uint8Array>;
  /** The commit SHA of the run (`gantry.commit`; its first 7 digits in `run` versions). */
  commit: string;
  now: Date;
  /** The input that names the secrets, for errors about their names. */
  input?: string;
}

/** Versions, names and labels of the secrets to have, sorted by NAME. */
export function desiredSecrets({
  platform,
  stack,
  mode,
  values,
  commit,
  now,
  input = 'secrets',
}: DesiredSecretsInput): DesiredSecret[] {
  const entries = [...values].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const versions = entries.map(
    ([name, value]) =>
      [name, secretVersion(mode, { stack, name, value }, { sha: commit, date: now })] as const,
  );
  const kubernetes = platform === 'kubernetes' ? kubernetesSecretNames(stack, versions, input) : undefined;
  return versions.map(([name, version]) => {
    const labels = secretLabels({ stack, name, version, created: now, commit });
    // Kubernetes refuses a label value that Swarm takes (say a commit that is not hex): check it now.
    if (kubernetes !== undefined) checkKubernetesLabels(labels, input);
    return {
      name,
      version,
      fullName: kubernetes?.get(name) ?? swarmSecretName(stack, name, version, input),
      envName: envName(name),
      labels,
    };
  });
}

/** A secret already on the server, as plain data (Swarm: ID, Spec.Name, Spec.Labels; Kubernetes: uid, metadata). */
export interface ExistingSecret {
  id?: string;
  name: string;
  labels?: Record<string, string> | undefined;
}

export interface ReusedSecret extends DesiredSecret {
  /** The existing secret's id, when the listing gave one. */
  id?: string;
}

export interface SecretPlan {
  create: DesiredSecret[];
  reuse: ReusedSecret[];
  /** `<NAME>_SECRET` -> full name, for every desired secret: what the stack file is interpolated with. */
  env: Record<string, string>;
}

export interface PlanSecretsInput {
  stack: string;
  mode: VersionMode;
  desired: readonly DesiredSecret[];
  existing: readonly ExistingSecret[];
  input?: string;
}

/**
 * Which secrets to create and which are already there.
 *
 * No digest of the value is stored on the server. Reuse is decided by name and labels alone:
 * - `content`: the name is derived from a hash of (stack, NAME, value), so an existing secret of the
 *   same name whose `gantry.stack`, `gantry.secret` and `gantry.version` labels match holds the same
 *   value (up to a 48-bit prefix collision) and is reused. Same name with other or missing labels:
 *   someone else made it and Gantry cannot vouch for its value, so it is a clash (an error).
 * - `run`: the name carries the commit and the second it was made; nothing proves an existing one
 *   holds this run's value, so any existing secret of that name is a clash rather than a silent reuse.
 */
export function planSecrets({
  stack,
  mode,
  desired,
  existing,
  input = 'secrets',
}: PlanSecretsInput): SecretPlan {
  const byName = new Map(existing.map((secret) => [secret.name, secret]));
  const plan: SecretPlan = { create: [], reuse: [], env: {} };
  for (const secret of desired) {
    plan.env[secret.envName] = secret.fullName;
    const found = byName.get(secret.fullName);
    if (found === undefined) {
      plan.create.push(secret);
      continue;
    }
    const labels = found.labels ?? {};
    const ours =
      labels[LABEL.stack] === stack &&
      labels[LABEL.secret] === secret.name &&
      labels[LABEL.version] === secret.version;
    if (!ours) {
      throw new ConfigurationError(
        `a secret named ${secret.fullName} already exists but was not created by Gantry for stack ${stack}, secret ${secret.name}, version ${secret.version} (its labels differ): remove or rename it`,
        input,
      );
    }
    if (mode === 'run') {
      throw new ConfigurationError(
        `a secret named ${secret.fullName} already exists; a run version is never reused because nothing proves it holds this run's value: re-run, or use version: content`,
        input,
      );
    }
    plan.reuse.push(found.id === undefined ? { ...secret } : { ...secret, id: found.id });
  }
  return plan;
}
