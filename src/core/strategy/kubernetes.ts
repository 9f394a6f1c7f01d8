import { ConfigurationError } from '../errors.ts';
import { parseDuration, parseInteger } from '../inputs/parse.ts';

/**
 * A Kubernetes target's strategy keys, the pure part: which strategies exist and the settings the
 * model carries for each (gantry.yml `strategy:` and its keys on a `kubernetes:` target).
 */

/** rolling (the Deployments' own rolling update, today's default), blue-green or canary. */
export type KubernetesStrategy = 'rolling' | 'blue-green' | 'canary';

export function parseKubernetesStrategy(input: string, raw: string): KubernetesStrategy {
  const value = raw.trim();
  if (value === 'rolling' || value === 'blue-green' || value === 'canary') return value;
  throw new ConfigurationError(`expected rolling, blue-green or canary, got ${JSON.stringify(value)}`, input);
}

/** A Service name as Kubernetes accepts it (DNS-1035 label: starts with a letter). */
export function checkServiceName(input: string, raw: string): string {
  const value = raw.trim();
  if (!/^[a-z]([-a-z0-9]{0,61}[a-z0-9])?$/.test(value))
    throw new ConfigurationError(
      `${JSON.stringify(value)} is not a valid Service name (lower-case letters, digits and -, starting with a letter, at most 63)`,
      input,
    );
  return value;
}

/** `strategy: blue-green` on Kubernetes. */
export interface KubernetesBlueGreenSettings {
  /** The Service whose selector Gantry moves to the new colour (one of the manifests' Services). */
  service: string;
  /** URLs that reach `<service>-preview` (the idle colour), checked before the switch. */
  previewUrls: string[];
  /** How long the previous colour keeps running after a switch; 0 removes it at once. */
  keepPreviousMs: number;
}

/** `strategy: canary` on Kubernetes. */
export interface CanarySettings {
  /** The Service the canary shares with the stable Deployment, when named. */
  service: string | undefined;
  /** The canary's share of the replicas, in percent (1 to 99). */
  weightPercent: number;
  /** How long the canary is checked before it is promoted; `manual`: until `gantry canary promote|abort`. */
  durationMs: number | 'manual';
}

export const DEFAULT_CANARY_WEIGHT = 20;
export const DEFAULT_CANARY_DURATION_MS = 60_000;

/** `canary-weight`: the canary's share of the replicas, a whole percent from 1 to 99. */
export const parseCanaryWeight = (input: string, raw: string): number =>
  parseInteger(input, raw, { min: 1, max: 99 });

/** `canary-duration`: a duration, or `manual` (the canary runs until promoted or aborted). */
export const parseCanaryDuration = (input: string, raw: string): number | 'manual' =>
  raw.trim() === 'manual' ? 'manual' : parseDuration(input, raw);
