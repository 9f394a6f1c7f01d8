import type { ReplicasMode } from '../deploy/replicas-mode.ts';
import { ConfigurationError } from '../errors.ts';
import { parseDuration } from '../inputs/parse.ts';
import {
  type CanarySettings,
  checkServiceName,
  type KubernetesBlueGreenSettings,
  parseCanaryDuration,
  parseCanaryWeight,
  parseKubernetesStrategy,
} from '../strategy/kubernetes.ts';
import type { KubernetesTargetConfig } from './schema.ts';
import { kubernetesStrategyIssues, kubernetesStrategyOf } from './strategy.ts';

/**
 * The strategy inputs of the deploy-k8s action (`strategy`, `service`, `preview-urls`, `keep-previous`,
 * `canary-weight`, `canary-duration`),
 * checked by the parsers and cross-checks of a gantry.yml Kubernetes target's keys of the same names:
 * a value the file refuses is refused here, with the same words, naming the input.
 */

export const K8S_STRATEGY_INPUTS = [
  'strategy',
  'service',
  'preview-urls',
  'keep-previous',
  'canary-weight',
  'canary-duration',
] as const;
export type K8sStrategyInput = (typeof K8S_STRATEGY_INPUTS)[number];

/** A list input: one item a line (or comma separated, as gantry.yml's lists). */
const lines = (value: string): string[] =>
  value
    .split(/[\n,]/)
    .map((l) => l.trim())
    .filter((l) => l !== '');

const optional = <T>(raw: string, parse: (value: string) => T): T | undefined =>
  raw.trim() === '' ? undefined : parse(raw);

/** The strategy settings from the action's inputs: `blueGreen` or `canary`, neither for rolling. */
export interface K8sStrategySettings {
  blueGreen?: KubernetesBlueGreenSettings;
  canary?: CanarySettings;
}

/**
 * The strategy settings from the action's inputs (neither for `strategy: rolling`, the default);
 * the first problem is thrown naming its input.
 */
export function k8sStrategyFromInputs(
  raw: Readonly<Record<K8sStrategyInput, string>>,
  others: { preDeployJobs: number; replicas: ReplicasMode },
): K8sStrategySettings {
  const previewUrls = lines(raw['preview-urls']);
  const target = {
    strategy: optional(raw.strategy, (v) => parseKubernetesStrategy('strategy', v)) ?? 'rolling',
    service: optional(raw.service, (v) => checkServiceName('service', v)),
    'preview-urls': previewUrls.length === 0 ? undefined : previewUrls,
    'keep-previous': optional(raw['keep-previous'], (v) => parseDuration('keep-previous', v)),
    'canary-weight': optional(raw['canary-weight'], (v) => parseCanaryWeight('canary-weight', v)),
    'canary-duration': optional(raw['canary-duration'], (v) => parseCanaryDuration('canary-duration', v)),
    'pre-deploy': Array.from({ length: others.preDeployJobs }),
    replicas: others.replicas,
  } as unknown as KubernetesTargetConfig;
  const problem = kubernetesStrategyIssues(target, '')[0];
  if (problem !== undefined) throw new ConfigurationError(problem.message, String(problem.path.at(-1)));
  return kubernetesStrategyOf(target);
}

/**
 * What the deploy-k8s action does: deploy (default); on a blue-green target a switch back or an
 * expiry; on a canary target the promotion or abort of the canary left running.
 */
export type K8sSwitchMode = 'deploy' | 'back' | 'expire' | 'promote' | 'abort';

/** The strategy each switch is for. */
export const SWITCH_STRATEGY = {
  back: 'blue-green',
  expire: 'blue-green',
  promote: 'canary',
  abort: 'canary',
} as const;

export function parseK8sSwitchMode(input: string, raw: string): K8sSwitchMode {
  const value = raw.trim();
  if (value === '') return 'deploy';
  if (Object.hasOwn(SWITCH_STRATEGY, value)) return value as keyof typeof SWITCH_STRATEGY;
  throw new ConfigurationError(
    `expected back (move the Service to the previous colour) or expire (remove the previous colour once keep-previous is up) for blue-green, promote or abort (the canary left running) for canary, or empty to deploy; got ${JSON.stringify(value)}`,
    input,
  );
}
