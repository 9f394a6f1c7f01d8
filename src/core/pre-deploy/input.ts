import { parse } from 'yaml';
import { preDeploySchema, reasonOf } from '../config/schema.ts';
import { formatKeyPath } from '../config/yaml.ts';
import { ConfigurationError } from '../errors.ts';
import { checkImageReference } from '../registry/reference.ts';
import { type PreDeployJob, type ResolvedJob, resolveJobs } from './jobs.ts';

/**
 * A deploy action's `pre-deploy` input: the same list of jobs as a gantry.yml target's
 * `pre-deploy:`, as YAML or JSON text, checked by the same schema; errors name the input and the
 * job's key (`Input 'pre-deploy': [0].command: is required`).
 */
export function parsePreDeployInput(input: string, raw: string): PreDeployJob[] {
  if (raw.trim() === '') return [];
  let value: unknown;
  try {
    value = parse(raw);
  } catch (error) {
    throw new ConfigurationError(`not valid YAML or JSON: ${(error as Error).message.split('\n')[0]}`, input);
  }
  const parsed = preDeploySchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const at = issue?.path.length ? `${formatKeyPath(issue.path as Array<string | number>)}: ` : '';
    const message =
      issue?.code === 'unrecognized_keys'
        ? `unknown key ${issue.keys.join(', ')}`
        : (issue?.message ?? 'invalid');
    throw new ConfigurationError(`${at}${message}`, input);
  }
  return parsed.data.map((job) => ({
    name: job.name,
    image: job.image?.trim(),
    command: job.command,
    env: job.env,
    secrets: job.secrets,
    volumes: job.volumes,
    timeoutMs: job.timeout,
  }));
}

/**
 * The jobs of a deploy action: `image` a key of its `images` input (a service or image name; the
 * only pinned image by default) or a reference; each secret NAME the versioned name in
 * `<NAME>_SECRET` (the secrets action's output, through `env` or the job's environment).
 */
export function actionJobs(
  input: string,
  jobs: readonly PreDeployJob[],
  pins: ReadonlyMap<string, string>,
  vars: ReadonlyMap<string, string>,
): ResolvedJob[] {
  const only = pins.size === 1 ? [...pins.values()][0] : undefined;
  try {
    return resolveJobs(input, jobs, {
      image: (key) => (key === undefined ? only : pins.get(key)),
      secret: (name) => vars.get(`${name}_SECRET`) || undefined,
      reference: checkImageReference,
    });
  } catch (error) {
    if (!(error instanceof ConfigurationError) || error.input === input) throw error;
    // `pre-deploy[0].image` → the input, with the job's key in the message.
    throw new ConfigurationError(`${(error.input ?? '').slice(input.length)}: ${reasonOf(error)}`, input);
  }
}
