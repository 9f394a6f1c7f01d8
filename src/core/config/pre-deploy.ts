import type * as z from 'zod';
import { ConfigurationError } from '../errors.ts';
import type { PreDeployJob } from '../pre-deploy/jobs.ts';
import { checkImageReference } from '../registry/reference.ts';
import type { preDeploySchema, RawConfig } from './schema.ts';
import type { ConfigIssue } from './yaml.ts';

/** A target's `pre-deploy:` after the schema, as the model's jobs. */
export const preDeployJobs = (raw: z.output<typeof preDeploySchema>): PreDeployJob[] =>
  raw.map((job) => ({
    name: job.name,
    image: job.image?.trim(),
    command: job.command,
    env: job.env,
    secrets: job.secrets,
    volumes: job.volumes,
    timeoutMs: job.timeout,
  }));

/** The release's image keys (for `image:`, the repository's last part). */
const imageKeys = (config: RawConfig): string[] =>
  config.images !== undefined
    ? Object.keys(config.images)
    : config.image === undefined
      ? []
      : [config.image.split('/').at(-1) ?? config.image];

/**
 * A target's jobs against the rest of the file: each image a key of the release or an image
 * reference (required when the release has several images), each secret one of `secrets.values`.
 */
export function preDeployIssues(config: RawConfig, target: string): ConfigIssue[] {
  const t = config.targets[target];
  const kind = t?.swarm !== undefined ? 'swarm' : 'kubernetes';
  const jobs = t?.swarm?.['pre-deploy'] ?? t?.kubernetes?.['pre-deploy'] ?? [];
  const keys = imageKeys(config);
  const secrets = Object.keys(config.secrets?.values ?? {});
  const out: ConfigIssue[] = [];
  jobs.forEach((job, i) => {
    const at = ['targets', target, kind, 'pre-deploy', i];
    const image = job.image?.trim();
    if (image === undefined && keys.length > 1)
      out.push({ path: [...at, 'name'], message: `needs image: one of ${keys.join(', ')}, or a reference` });
    if (image !== undefined && !keys.includes(image))
      try {
        checkImageReference('image', image);
      } catch (error) {
        if (!(error instanceof ConfigurationError)) throw error;
        out.push({
          path: [...at, 'image'],
          message: `is neither an image key (${keys.join(', ')}) nor an image reference`,
        });
      }
    for (const name of job.secrets)
      if (!secrets.includes(name))
        out.push({
          path: [...at, 'secrets'],
          message: `${name} is not one of secrets.values (${secrets.join(', ') || 'none'})`,
        });
  });
  return out;
}
