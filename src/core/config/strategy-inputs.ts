import type { ReplicasMode } from '../deploy/replicas-mode.ts';
import { ConfigurationError } from '../errors.ts';
import type { ConfigIssue } from './yaml.ts';

/**
 * The strategy inputs of a deploy action, checked as gantry.yml checks a target's keys of the same
 * names: the action's inputs become the target's keys, the file's cross-checks run on that target, and
 * the first problem is thrown naming its input, in the file's own words. One kind a target type
 * (`swarm-strategy-inputs.ts`, `k8s-strategy-inputs.ts`).
 */
export interface StrategyTargetKind<Input extends string, Target, Settings, Verb extends string> {
  /** The action's strategy inputs, named as the target's keys (the only ones read). */
  inputs: readonly Input[];
  /** The target's strategy keys from the inputs given (an empty input is left out); throws naming the input. */
  keys: (given: Readonly<Partial<Record<Input, string>>>) => object;
  /** gantry.yml's cross-checks of the target (`name` is the target's name in the file's key paths). */
  issues: (target: Target, name: string) => readonly ConfigIssue[];
  /** The model's strategy settings of a checked target. */
  settings: (target: Target) => Settings;
  /** The `switch` input's verbs, and what they do, in the words of its error (before ", or empty to deploy"). */
  switch: { verbs: readonly Verb[]; expected: string };
}

/** What the other inputs the cross-checks read say: the number of `pre-deploy` jobs and `replicas`. */
export interface StrategyOthers {
  preDeployJobs: number;
  replicas: ReplicasMode;
}

/** The action's strategy settings from its raw inputs, and its `switch` input, for one target kind. */
export interface StrategyInputs<Input extends string, Settings, Verb extends string> {
  fromInputs: (raw: Readonly<Record<Input, string>>, others: StrategyOthers) => Settings;
  parseSwitch: (input: string, raw: string) => 'deploy' | Verb;
}

export function strategyInputs<const Input extends string, Target, Settings, const Verb extends string>(
  kind: StrategyTargetKind<Input, Target, Settings, Verb>,
): StrategyInputs<Input, Settings, Verb> {
  return {
    fromInputs: (raw, others) => {
      const given: Partial<Record<Input, string>> = {};
      for (const name of kind.inputs) if (raw[name].trim() !== '') given[name] = raw[name];
      // The file's cross-checks read a whole target; the strategy's own keys, pre-deploy and replicas are all they read.
      const target = {
        ...kind.keys(given),
        'pre-deploy': Array.from({ length: others.preDeployJobs }),
        replicas: others.replicas,
      } as unknown as Target;
      const problem = kind.issues(target, '')[0];
      if (problem !== undefined) throw new ConfigurationError(problem.message, String(problem.path.at(-1)));
      return kind.settings(target);
    },
    parseSwitch: (input, raw) => {
      const value = raw.trim();
      if (value === '') return 'deploy';
      const verb = kind.switch.verbs.find((v) => v === value);
      if (verb !== undefined) return verb;
      throw new ConfigurationError(
        `expected ${kind.switch.expected}, or empty to deploy; got ${JSON.stringify(value)}`,
        input,
      );
    },
  };
}

/** A list input: one item a line (or comma separated, as gantry.yml's lists). */
export const lines = (value: string): string[] =>
  value
    .split(/[\n,]/)
    .map((l) => l.trim())
    .filter((l) => l !== '');
