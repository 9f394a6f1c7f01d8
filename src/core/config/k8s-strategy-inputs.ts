import { parseDuration } from '../inputs/parse.ts';
import {
  type CanarySettings,
  checkServiceName,
  type KubernetesBlueGreenSettings,
  parseCanaryDuration,
  parseCanaryWeight,
  parseKubernetesStrategy,
} from '../strategy/kubernetes.ts';
import { kubernetesStrategyIssues, kubernetesStrategyOf } from './strategy.ts';
import { lines, strategyInputs } from './strategy-inputs.ts';

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

/** The strategy settings from the action's inputs: `blueGreen` or `canary`, neither for rolling. */
export interface K8sStrategySettings {
  blueGreen?: KubernetesBlueGreenSettings;
  canary?: CanarySettings;
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

const optional = <T>(raw: string | undefined, parse: (value: string) => T): T | undefined =>
  raw === undefined ? undefined : parse(raw);

/**
 * `k8sStrategyFromInputs`: the strategy settings from the action's inputs (neither for
 * `strategy: rolling`, the default); the first problem is thrown naming its input.
 * `parseK8sSwitchMode`: the `switch` input.
 */
export const { fromInputs: k8sStrategyFromInputs, parseSwitch: parseK8sSwitchMode } = strategyInputs({
  inputs: K8S_STRATEGY_INPUTS,
  // Each input parsed as its gantry.yml key, in this order (the first refused is the one named).
  keys: (given) => {
    const previewUrls = lines(given['preview-urls'] ?? '');
    return {
      strategy: optional(given.strategy, (v) => parseKubernetesStrategy('strategy', v)) ?? 'rolling',
      service: optional(given.service, (v) => checkServiceName('service', v)),
      'preview-urls': previewUrls.length === 0 ? undefined : previewUrls,
      'keep-previous': optional(given['keep-previous'], (v) => parseDuration('keep-previous', v)),
      'canary-weight': optional(given['canary-weight'], (v) => parseCanaryWeight('canary-weight', v)),
      'canary-duration': optional(given['canary-duration'], (v) => parseCanaryDuration('canary-duration', v)),
    };
  },
  issues: kubernetesStrategyIssues,
  settings: kubernetesStrategyOf,
  switch: {
    verbs: Object.keys(SWITCH_STRATEGY) as Array<keyof typeof SWITCH_STRATEGY>,
    expected:
      'back (move the Service to the previous colour) or expire (remove the previous colour once keep-previous is up) for blue-green, promote or abort (the canary left running) for canary',
  },
});
