import { ConfigurationError } from '../errors.ts';
import { lazy } from '../lazy.ts';
import { configSchema } from './schema.ts';
import { blueGreenOf, strategyIssues } from './strategy.ts';
import { lines, strategyInputs } from './strategy-inputs.ts';

/**
 * The strategy inputs of the deploy-swarm action (`strategy`, `proxy-service`, `switch-variable`,
 * `preview-urls`, `keep-previous`, `switch`), checked by gantry.yml's own schema for a Swarm target's keys
 * of the same names, and by the same cross-checks: a value the file refuses is refused here, with the same
 * words, naming the input.
 */

/** A Swarm target's schema, as gantry.yml checks it (the one definition of its keys). */
const swarmTargetSchema = lazy(() => configSchema.shape.targets.valueType.shape.swarm.unwrap());

/** The keys the action shares with a gantry.yml Swarm target. */
const strategyInputSchema = lazy(() =>
  swarmTargetSchema.pick({
    strategy: true,
    'proxy-service': true,
    'switch-variable': true,
    'preview-urls': true,
    'keep-previous': true,
  }),
);

export const STRATEGY_INPUTS = [
  'strategy',
  'proxy-service',
  'switch-variable',
  'preview-urls',
  'keep-previous',
] as const;
export type StrategyInput = (typeof STRATEGY_INPUTS)[number];

/** What the deploy-swarm action does: deploy (default), or, on a blue-green stack, a switch back or an expiry. */
export type SwitchMode = 'deploy' | 'back' | 'expire';

/**
 * `swarmStrategyFromInputs`: the blue-green settings from the action's inputs (undefined for
 * `strategy: rolling`): each input as its gantry.yml key (an empty input is an absent key), then the
 * file's cross-checks with the action's `pre-deploy` and `replicas`; the first problem is thrown naming
 * its input. `parseSwitchMode`: the `switch` input.
 */
export const { fromInputs: swarmStrategyFromInputs, parseSwitch: parseSwitchMode } = strategyInputs({
  inputs: STRATEGY_INPUTS,
  // Each input as its gantry.yml key, checked by the file's schema for a Swarm target.
  keys: (given) => {
    const preview = given['preview-urls'];
    const parsed = strategyInputSchema.safeParse(
      preview === undefined ? given : { ...given, 'preview-urls': lines(preview) },
    );
    if (parsed.success) return parsed.data;
    const issue = parsed.error.issues[0];
    throw new ConfigurationError(issue?.message ?? 'is not valid', String(issue?.path[0] ?? 'strategy'));
  },
  issues: strategyIssues,
  settings: blueGreenOf,
  switch: {
    verbs: ['back', 'expire'],
    expected:
      'back (point the proxy at the previous colour) or expire (remove the previous colour once keep-previous is up)',
  },
});
