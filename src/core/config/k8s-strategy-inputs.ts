import type { ReplicasMode } from '../deploy/replicas-mode.ts';
import { ConfigurationError } from '../errors.ts';
import { parseDuration } from '../inputs/parse.ts';
import {
  checkServiceName,
  type KubernetesBlueGreenSettings,
  parseKubernetesStrategy,
} from '../strategy/kubernetes.ts';
import type { KubernetesTargetConfig } from './schema.ts';
import { kubernetesStrategyIssues, kubernetesStrategyOf } from './strategy.ts';

/**
 * The strategy inputs of the deploy-k8s action (`strategy`, `service`, `preview-urls`, `keep-previous`),
 * checked by the parsers and cross-checks of a gantry.yml Kubernetes target's keys of the same names:
 * a value the file refuses is refused here, with the same words, naming the input.
 */

export const K8S_STRATEGY_INPUTS = ['strategy', 'service', 'preview-urls', 'keep-previous'] as const;
export type K8sStrategyInput = (typeof K8S_STRATEGY_INPUTS)[number];

/** A list input: one item a line (or comma separated, as gantry.yml's lists). */
const lines = (value: string): string[] =>
  value
    .split(/[\n,]/)
    .map((l) => l.trim())
    .filter((l) => l !== '');

const optional = <T>(raw: string, parse: (value: string) => T): T | undefined =>
  raw.trim() === '' ? undefined : parse(raw);

/**
 * The blue-green settings from the action's inputs (undefined for `strategy: rolling`, the default);
 * the first problem is thrown naming its input. `canary` is not run by the action yet.
 */
export function k8sStrategyFromInputs(
  raw: Readonly<Record<K8sStrategyInput, string>>,
  others: { preDeployJobs: number; replicas: ReplicasMode },
): KubernetesBlueGreenSettings | undefined {
  const strategy = optional(raw.strategy, (v) => parseKubernetesStrategy('strategy', v)) ?? 'rolling';
  if (strategy === 'canary')
    throw new ConfigurationError(
      'canary is not run by the deploy-k8s action yet (gantry release runs it from a gantry.yml)',
      'strategy',
    );
  const previewUrls = lines(raw['preview-urls']);
  const target = {
    strategy,
    service: optional(raw.service, (v) => checkServiceName('service', v)),
    'preview-urls': previewUrls.length === 0 ? undefined : previewUrls,
    'keep-previous': optional(raw['keep-previous'], (v) => parseDuration('keep-previous', v)),
    'pre-deploy': Array.from({ length: others.preDeployJobs }),
    replicas: others.replicas,
  } as unknown as KubernetesTargetConfig;
  const problem = kubernetesStrategyIssues(target, '')[0];
  if (problem !== undefined) throw new ConfigurationError(problem.message, String(problem.path.at(-1)));
  return kubernetesStrategyOf(target).blueGreen;
}

/** What the deploy-k8s action does: deploy (default), or, on a blue-green target, a switch back or an expiry. */
export type K8sSwitchMode = 'deploy' | 'back' | 'expire';

export function parseK8sSwitchMode(input: string, raw: string): K8sSwitchMode {
  const value = raw.trim();
  if (value === '') return 'deploy';
  if (value === 'back' || value === 'expire') return value;
  throw new ConfigurationError(
    `expected back (move the Service to the previous colour) or expire (remove the previous colour once keep-previous is up), or empty to deploy; got ${JSON.stringify(value)}`,
    input,
  );
}
