import { ConfigurationError } from '../errors.ts';
import { analyseCompose, type ComposeAnalysis, type ComposeFile } from './compose.ts';

/** Checks shared by the deploy-swarm action and `gantry deploy swarm`, named by their inputs. */

const STACK_NAME = /^[a-zA-Z0-9][a-zA-Z0-9_.-]{0,62}$/;

export function checkStackName(input: string, raw: string): string {
  const stack = raw.trim();
  if (!STACK_NAME.test(stack)) {
    throw new ConfigurationError(
      `expected letters, digits, _ . - (at most 63), got ${JSON.stringify(stack)}`,
      input,
    );
  }
  return stack;
}

/** The variables a stack file is interpolated from: the environment, then the explicit ones. */
export function interpolationEnv(
  environment: Record<string, string | undefined>,
  explicit: ReadonlyMap<string, string>,
): Map<string, string> {
  const env = new Map<string, string>();
  for (const [key, value] of Object.entries(environment)) if (value !== undefined) env.set(key, value);
  for (const [key, value] of explicit) env.set(key, value);
  return env;
}

/** Reads the stack files and fails, naming `envInput`, when a variable they need is not set. */
export function checkStackFiles(
  files: readonly ComposeFile[],
  env: ReadonlyMap<string, string>,
  stack: string,
  names: { compose: string; env: string },
): ComposeAnalysis {
  const analysis = analyseCompose(files, env, stack, names.compose);
  if (analysis.missing.length > 0) {
    throw new ConfigurationError(
      `the stack file uses ${analysis.missing.map((n) => `\${${n}}`).join(', ')}, which ${analysis.missing.length === 1 ? 'is' : 'are'} not set (set them with env, or run the secrets action first)`,
      names.env,
    );
  }
  return analysis;
}
