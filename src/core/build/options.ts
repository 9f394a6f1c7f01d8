import { ConfigurationError } from '../errors.ts';
import { parseBoolean, parseList, parseMap } from '../inputs/parse.ts';
import { checkRegistryHost } from '../registry/reference.ts';
import { checkTag, normalizeImageName } from './metadata.ts';

/** The action's inputs as strings, keyed by their action.yml names (the CLI fills the same keys). */
export type RawBuildInputs = Partial<Record<(typeof BUILD_INPUTS)[number], string>>;

export const BUILD_INPUTS = [
  'image',
  'context',
  'file',
  'platforms',
  'push',
  'build-args',
  'secrets',
  'target',
  'cache',
  'provenance',
  'sbom',
  'tags',
  'tag-latest',
  'labels',
  'registry',
  'registry-username',
  'registry-password',
  'mode',
  'digests',
] as const;

export type BuildMode = 'build' | 'push-by-digest' | 'merge';
export type CacheKind = 'gha' | 'registry' | 'none';

export interface BuildOptions {
  images: string[];
  context: string;
  file: string | undefined;
  platforms: string[];
  push: boolean;
  buildArgs: Map<string, string>;
  /** BuildKit secrets: id → value. */
  secrets: Map<string, string>;
  target: string | undefined;
  cache: CacheKind;
  provenance: boolean;
  sbom: boolean;
  extraTags: string[];
  tagLatest: boolean;
  labels: Map<string, string>;
  registry: string | undefined;
  registryUsername: string | undefined;
  registryPassword: string | undefined;
  mode: BuildMode;
  /** For `merge`: sha256 digests, one per platform job. */
  digests: string[];
}

const PLATFORM = /^[a-z0-9]+\/[a-z0-9_]+(?:\/[a-z0-9]+)?$/;
const DIGEST = /^sha256:[0-9a-f]{64}$/;

/** What docker takes as a Dockerfile stage name (FROM … AS name), a build ARG and a BuildKit secret id. */
const STAGE_NAME = /^[A-Za-z][A-Za-z0-9_.-]{0,127}$/;
const ARG_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const SECRET_ID = /^[A-Za-z_][A-Za-z0-9_.-]*$/;
/** A label key: reverse-DNS and plain keys (org.opencontainers.image.source, maintainer). */
const LABEL_KEY = /^[A-Za-z][A-Za-z0-9_./-]*$/;

/** `KEY=value` lines whose keys must match `pattern` (the key, never the value, is quoted). */
function keysMatching(name: string, raw: string | undefined, pattern: RegExp, what: string) {
  const map = parseMap(name, raw ?? '');
  for (const key of map.keys())
    if (!pattern.test(key)) throw new ConfigurationError(`${JSON.stringify(key)} is not ${what}`, name);
  return map;
}

const bool = (raw: RawBuildInputs, name: keyof RawBuildInputs & string, fallback: boolean) => {
  const value = raw[name] ?? '';
  return value.trim() === '' ? fallback : parseBoolean(name, value);
};

/** Parses and cross-checks every input; pure, touches nothing. */
export function parseBuildOptions(raw: RawBuildInputs): BuildOptions {
  const modeRaw = (raw.mode ?? '').trim() || 'build';
  if (modeRaw !== 'build' && modeRaw !== 'push-by-digest' && modeRaw !== 'merge') {
    throw new ConfigurationError(
      `expected build, push-by-digest or merge, got ${JSON.stringify(modeRaw)}`,
      'mode',
    );
  }
  const mode: BuildMode = modeRaw;
  const images = parseList('image', raw.image ?? '').map((name) => normalizeImageName('image', name));
  if (images.length === 0) throw new ConfigurationError('is required: one or more image names', 'image');
  if (new Set(images).size !== images.length)
    throw new ConfigurationError('an image is given twice', 'image');

  const platforms = parseList('platforms', raw.platforms ?? '').map((p) => {
    const value = p.trim().toLowerCase();
    if (!PLATFORM.test(value))
      throw new ConfigurationError(
        `expected os/arch[/variant] such as linux/amd64, got ${JSON.stringify(p)}`,
        'platforms',
      );
    return value;
  });

  const cacheRaw = (raw.cache ?? '').trim() || 'gha';
  if (cacheRaw !== 'gha' && cacheRaw !== 'registry' && cacheRaw !== 'none') {
    throw new ConfigurationError(`expected gha, registry or none, got ${JSON.stringify(cacheRaw)}`, 'cache');
  }

  const secrets = parseMap('secrets', raw.secrets ?? '');
  for (const id of secrets.keys()) {
    if (!SECRET_ID.test(id))
      throw new ConfigurationError(
        `secret id ${JSON.stringify(id)} may only hold letters, digits, _ . - (starting with a letter or _)`,
        'secrets',
      );
  }
  const buildArgs = keysMatching('build-args', raw['build-args'], ARG_NAME, 'a build argument name');
  const labels = keysMatching('labels', raw.labels, LABEL_KEY, 'a label key');
  const extraTags = parseList('tags', raw.tags ?? '').map((t) => checkTag('tags', t.trim()));

  const push = bool(raw, 'push', false);
  const registry = (raw.registry ?? '').trim() || undefined;
  const registryUsername = (raw['registry-username'] ?? '').trim() || undefined;
  const registryPassword = (raw['registry-password'] ?? '') || undefined;
  if (registryPassword !== undefined && registryUsername === undefined)
    throw new ConfigurationError('is required with registry-password', 'registry-username');
  if (registryUsername !== undefined && registryPassword === undefined)
    throw new ConfigurationError('is required with registry-username', 'registry-password');
  if (registry !== undefined) checkRegistryHost('registry', registry);

  const digests = parseList('digests', raw.digests ?? '').map((d) => {
    const value = d.trim();
    if (!DIGEST.test(value))
      throw new ConfigurationError(`expected sha256:<64 hex> digests, got ${JSON.stringify(d)}`, 'digests');
    return value;
  });
  if (mode === 'merge' && digests.length === 0)
    throw new ConfigurationError(
      'is required with mode: merge (the digest output of each push-by-digest job)',
      'digests',
    );
  if (mode !== 'merge' && digests.length > 0)
    throw new ConfigurationError('is only used with mode: merge', 'digests');
  if (mode === 'push-by-digest') {
    if (platforms.length !== 1)
      throw new ConfigurationError(
        'mode: push-by-digest builds exactly one platform per job (e.g. linux/arm64)',
        'platforms',
      );
    if (images.length !== 1)
      throw new ConfigurationError(
        'mode: push-by-digest pushes one image name (merge adds the others)',
        'image',
      );
  }
  if (mode === 'merge' && images.length !== 1)
    throw new ConfigurationError('mode: merge joins the digests of one image name', 'image');

  const file = (raw.file ?? '').trim() || undefined;
  const target = (raw.target ?? '').trim() || undefined;
  if (target !== undefined && !STAGE_NAME.test(target))
    throw new ConfigurationError(
      `${JSON.stringify(target)} is not a stage name (a letter, then letters, digits, _ . -; at most 128)`,
      'target',
    );
  return {
    images,
    context: (raw.context ?? '').trim() || '.',
    file,
    platforms,
    push: mode === 'build' ? push : true,
    buildArgs,
    secrets,
    target,
    cache: cacheRaw,
    provenance: bool(raw, 'provenance', false),
    sbom: bool(raw, 'sbom', false),
    extraTags,
    tagLatest: bool(raw, 'tag-latest', false),
    labels,
    registry,
    registryUsername,
    registryPassword,
    mode,
    digests,
  };
}

/** The registry to log in to: the input, or the host of the first image (docker.io when none). */
export function registryOf(options: BuildOptions): string {
  if (options.registry !== undefined) return options.registry;
  const first = options.images[0] ?? '';
  const slash = first.indexOf('/');
  const host = slash < 0 ? '' : first.slice(0, slash);
  return /[.:]/.test(host) || host === 'localhost' ? host : 'docker.io';
}
