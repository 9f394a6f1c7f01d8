import { ConfigurationError } from '../errors.ts';
import { normalizePinnedImage } from '../registry/reference.ts';
import type { GantryConfig } from './model.ts';

/**
 * The `images` input of the release action: a JSON object of image key to `name@sha256:…`, the
 * images a workflow's build jobs pushed. Every image of the file must be there, by digest, under its
 * own name (a digest of another repository is refused: the deploy would pin the wrong image).
 */
export function parsePinnedImages(input: string, raw: string, config: GantryConfig): Map<string, string> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    throw new ConfigurationError('is not JSON: expected an object of image key to name@sha256:…', input);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
    throw new ConfigurationError('expected a JSON object of image key to name@sha256:…', input);
  const given = new Map(Object.entries(parsed as Record<string, unknown>));
  const keys = config.images.map((i) => i.key);
  const unknown = [...given.keys()].filter((k) => !keys.includes(k));
  if (unknown.length > 0)
    throw new ConfigurationError(
      `names ${unknown.join(', ')}, not an image of the config (it has ${keys.join(', ')})`,
      input,
    );
  const pinned = new Map<string, string>();
  for (const image of config.images) {
    const value = given.get(image.key);
    if (typeof value !== 'string')
      throw new ConfigurationError(`has no name@sha256:… for image ${image.key}`, input);
    const ref = normalizePinnedImage(input, value);
    if (ref.slice(0, ref.indexOf('@')) !== image.name)
      throw new ConfigurationError(`${image.key}: ${ref} is not an image of ${image.name}`, input);
    pinned.set(image.key, ref);
  }
  return pinned;
}

/**
 * The values of the file's secrets from the `app-secrets` input (`NAME=value` lines): a secret whose
 * source is `env: NAME` is looked up by NAME. A file source is left to be read as the CLI reads it.
 * A missing one fails before anything runs, naming it.
 */
export function secretsFromInput(
  input: string,
  config: GantryConfig,
  given: ReadonlyMap<string, string | Uint8Array>,
): Map<string, string> {
  const env = new Map<string, string>();
  for (const { name, source } of config.secrets.values) {
    if (source.env === undefined) continue;
    const value = given.get(source.env);
    if (value === undefined || value.length === 0)
      throw new ConfigurationError(
        `has no line ${source.env}=… (secrets.values.${name} reads env ${source.env})`,
        input,
      );
    env.set(source.env, typeof value === 'string' ? value : Buffer.from(value).toString('utf8'));
  }
  return env;
}

/** An input that describes the same thing as a gantry.yml key: both given and different is refused. */
export function checkNoConflict(
  input: string,
  value: string,
  key: string,
  fileValue: string | undefined,
): void {
  if (value === '' || fileValue === undefined || value === fileValue) return;
  throw new ConfigurationError(
    `conflicts with ${key} in the config (${JSON.stringify(value)} ≠ ${JSON.stringify(fileValue)}): give it in one place`,
    input,
  );
}
