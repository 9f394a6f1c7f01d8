import type { ReplicasMode } from '../deploy/replicas-mode.ts';
import { ConfigurationError } from '../errors.ts';
import { lazy } from '../lazy.ts';
import type { BlueGreenSettings } from '../strategy/blue-green.ts';
import { configSchema, type SwarmTargetConfig } from './schema.ts';
import { blueGreenOf, strategyIssues } from './strategy.ts';

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

export function parseSwitchMode(input: string, raw: string): SwitchMode {
  const value = raw.trim();
  if (value === '') return 'deploy';
  if (value === 'back' || value === 'expire') return value;
  throw new ConfigurationError(
    `expected back (point the proxy at the previous colour) or expire (remove the previous colour once keep-previous is up), or empty to deploy; got ${JSON.stringify(value)}`,
    input,
  );
}

/**
 * The blue-green settings from the action's inputs (undefined for `strategy: rolling`): each input as
 * its gantry.yml key (an empty input is an absent key), then the file's cross-checks with the action's
 * `pre-deploy` and `replicas`; the first problem is thrown naming its input.
 */
export function swarmStrategyFromInputs(
  raw: Readonly<Record<StrategyInput, string>>,
  others: { preDeployJobs: number; replicas: ReplicasMode },
): BlueGreenSettings | undefined {
  const given = Object.fromEntries(
    Object.entries(raw)
      .filter(([, value]) => value.trim() !== '')
      .map(([key, value]) => [key, key === 'preview-urls' ? lines(value) : value]),
  );
  const parsed = strategyInputSchema.safeParse(given);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ConfigurationError(issue?.message ?? 'is not valid', String(issue?.path[0] ?? 'strategy'));
  }
  // The file's cross-checks read a whole target; the strategy's own keys, pre-deploy and replicas are all they read.
  const target = {
    ...parsed.data,
    'pre-deploy': Array.from({ length: others.preDeployJobs }),
    replicas: others.replicas,
  } as unknown as SwarmTargetConfig;
  const problem = strategyIssues(target, '')[0];
  if (problem !== undefined) throw new ConfigurationError(problem.message, String(problem.path.at(-1)));
  return blueGreenOf(target);
}

/** A list input: one item a line (or comma separated, as gantry.yml's lists). */
const lines = (value: string): string[] =>
  value
    .split(/[\n,]/)
    .map((l) => l.trim())
    .filter((l) => l !== '');
