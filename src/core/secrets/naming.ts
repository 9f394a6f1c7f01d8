import { ConfigurationError } from '../errors.ts';
import { checkStackName } from '../swarm/request.ts';
import { compactUtc } from './version.ts';

/** Names and labels of the versioned secrets Gantry creates. Select them by label, never by name. */

export const LABEL = {
  stack: 'gantry.stack',
  secret: 'gantry.secret',
  version: 'gantry.version',
  created: 'gantry.created',
  commit: 'gantry.commit',
} as const;

/** Docker's rule for secret (and config) names: 1 to 64 characters, alphanumeric at both ends. */
const SWARM_NAME = /^[a-zA-Z0-9](?:[a-zA-Z0-9_.-]*[a-zA-Z0-9])?$/;
export const SWARM_NAME_MAX = 64;

export const isSwarmSecretName = (name: string): boolean =>
  name.length <= SWARM_NAME_MAX && SWARM_NAME.test(name);

/** DNS-1123 subdomain: what Kubernetes requires of a Secret's metadata.name. */
const DNS1123_SUBDOMAIN = /^[a-z0-9](?:[-a-z0-9]*[a-z0-9])?(?:\.[a-z0-9](?:[-a-z0-9]*[a-z0-9])?)*$/;
export const DNS1123_SUBDOMAIN_MAX = 253;

export const isDns1123Subdomain = (name: string): boolean =>
  name.length <= DNS1123_SUBDOMAIN_MAX && DNS1123_SUBDOMAIN.test(name);

/** A Kubernetes label value: at most 63 characters, empty or alphanumeric at both ends. */
const LABEL_VALUE = /^(?:[A-Za-z0-9](?:[-A-Za-z0-9_.]*[A-Za-z0-9])?)?$/;
export const isKubernetesLabelValue = (value: string): boolean =>
  value.length <= 63 && LABEL_VALUE.test(value);

/** The labels as Kubernetes accepts them; a commit that is not a valid label value is refused. */
export function checkKubernetesLabels(labels: Record<string, string>, input = 'secrets'): void {
  for (const [key, value] of Object.entries(labels)) {
    if (!isKubernetesLabelValue(value)) {
      throw new ConfigurationError(
        `label ${key}=${JSON.stringify(value)} is not a valid Kubernetes label value (at most 63 characters, letters, digits, -, _ and ., alphanumeric at both ends)`,
        key === LABEL.commit ? 'GITHUB_SHA' : input,
      );
    }
  }
}

/** The stack name (same rule as the deploy actions' `stack`). */
export const checkSecretStack = (input: string, raw: string): string => checkStackName(input, raw);

/** The variable the stack file interpolates: `POSTGRES_PASSWORD` -> `POSTGRES_PASSWORD_SECRET`. */
export const envName = (name: string): string => `${name}_SECRET`;

/**
 * `<stack>_<name>_<version>`, checked against Docker's rules. A name that is too long is the
 * user's to shorten (stack or NAME), so the error names `input` (the secrets input by default).
 */
export function swarmSecretName(stack: string, name: string, version: string, input = 'secrets'): string {
  const full = `${stack}_${name}_${version}`;
  if (full.length > SWARM_NAME_MAX) {
    throw new ConfigurationError(
      `secret ${name} would be named ${full}, ${full.length} characters; Docker allows ${SWARM_NAME_MAX}: shorten the stack or the secret name`,
      input,
    );
  }
  if (!SWARM_NAME.test(full)) {
    throw new ConfigurationError(
      `secret ${name} would be named ${full}, which Docker refuses: a name must start and end with a letter or digit`,
      input,
    );
  }
  return full;
}

/**
 * `<stack>-<name>-<version>`, lower-cased with `_` -> `-`, checked as a DNS-1123 subdomain. Two
 * NAMEs that differ only in case or `_`/`-` would collide: `kubernetesSecretNames` checks that.
 */
export function kubernetesSecretName(
  stack: string,
  name: string,
  version: string,
  input = 'secrets',
): string {
  const full = `${stack}-${name}-${version}`.toLowerCase().replaceAll('_', '-');
  if (full.length > DNS1123_SUBDOMAIN_MAX) {
    throw new ConfigurationError(
      `secret ${name} would be named ${full}, ${full.length} characters; Kubernetes allows ${DNS1123_SUBDOMAIN_MAX}`,
      input,
    );
  }
  if (!DNS1123_SUBDOMAIN.test(full)) {
    throw new ConfigurationError(
      `secret ${name} would be named ${full}, which is not a DNS-1123 subdomain (lower-case letters, digits, - and ., alphanumeric at both ends)`,
      input,
    );
  }
  // The labels carry stack and NAME verbatim, so they must be valid label values too.
  for (const [what, value] of [
    ['stack', stack],
    ['secret name', name],
  ] as const) {
    if (!isKubernetesLabelValue(value)) {
      throw new ConfigurationError(
        `the ${what} ${value} cannot be a Kubernetes label value (at most 63 characters, a letter or digit at both ends)`,
        input,
      );
    }
  }
  return full;
}

/** Kubernetes names of several NAMEs, refusing two NAMEs that map to the same Secret name. */
export function kubernetesSecretNames(
  stack: string,
  names: Iterable<readonly [name: string, version: string]>,
  input = 'secrets',
): Map<string, string> {
  const byFull = new Map<string, string>();
  const result = new Map<string, string>();
  for (const [name, version] of names) {
    const full = kubernetesSecretName(stack, name, version, input);
    const other = byFull.get(full);
    if (other !== undefined && other !== name) {
      throw new ConfigurationError(
        `secrets ${other} and ${name} would both be named ${full}: rename one`,
        input,
      );
    }
    byFull.set(full, name);
    result.set(name, full);
  }
  return result;
}

/**
 * `gantry.created` is UTC `yyyymmddThhmmssZ` (ISO 8601 basic): sortable, and a valid Kubernetes
 * label value (the extended form's `:` is not).
 */
export const formatCreated = (date: Date): string => {
  const compact = compactUtc(date);
  return `${compact.slice(0, 8)}T${compact.slice(8)}Z`;
};

/** Reads `gantry.created` in the basic form above or any ISO 8601 form `Date.parse` accepts. */
export function parseCreated(value: string | undefined): Date | undefined {
  if (value === undefined) return undefined;
  const basic = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(value);
  const ms = basic
    ? Date.UTC(
        Number(basic[1]),
        Number(basic[2]) - 1,
        Number(basic[3]),
        Number(basic[4]),
        Number(basic[5]),
        Number(basic[6]),
      )
    : Date.parse(value);
  return Number.isNaN(ms) ? undefined : new Date(ms);
}

export interface SecretLabelsInput {
  stack: string;
  name: string;
  version: string;
  created: Date;
  /** The commit SHA that created it. */
  commit: string;
}

export function secretLabels({
  stack,
  name,
  version,
  created,
  commit,
}: SecretLabelsInput): Record<string, string> {
  return {
    [LABEL.stack]: stack,
    [LABEL.secret]: name,
    [LABEL.version]: version,
    [LABEL.created]: formatCreated(created),
    [LABEL.commit]: commit,
  };
}
