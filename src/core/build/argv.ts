import type { BuildOptions } from './options.ts';

/**
 * Pure argv builders for every way Gantry builds (tests hold the exact tables). Secret values never
 * reach argv: a BuildKit secret is `--secret id=<id>,env=<VAR>` and its value travels in that
 * environment variable of the docker process (`secretEnv`).
 */

export interface BuildPlanInput {
  options: BuildOptions;
  /** Tags without the image name. */
  tags: readonly string[];
  /** Computed OCI labels; the `labels` input overrides a computed one with the same key. */
  labels: Readonly<Record<string, string>>;
  /** Where buildx writes its metadata JSON. */
  metadataFile: string;
}

/** `name:tag` for every image and tag, image by image. */
export const imageRefs = (images: readonly string[], tags: readonly string[]): string[] =>
  images.flatMap((image) => tags.map((tag) => `${image}:${tag}`));

/** The environment variable that carries a BuildKit secret's value. */
export const secretEnvName = (index: number): string => `GANTRY_BUILD_SECRET_${index}`;

export function secretEnv(options: BuildOptions): Record<string, string> {
  return Object.fromEntries([...options.secrets.values()].map((value, i) => [secretEnvName(i), value]));
}

const scopePart = (text: string): string => text.replace(/[^A-Za-z0-9_.-]+/g, '-');

/** One cache scope per image and platform, so matrix jobs do not overwrite each other's cache. */
export function cacheScope(image: string, platforms: readonly string[]): string {
  return [image, ...platforms].map(scopePart).join('-');
}

export function cacheArgs(options: BuildOptions): string[] {
  const image = options.images[0] ?? '';
  if (options.cache === 'none') return [];
  if (options.cache === 'gha') {
    const scope = cacheScope(image, options.platforms);
    return ['--cache-from', `type=gha,scope=${scope}`, '--cache-to', `type=gha,mode=max,scope=${scope}`];
  }
  const suffix = options.platforms.length === 0 ? '' : `-${options.platforms.map(scopePart).join('-')}`;
  const ref = `${image}:buildcache${suffix}`;
  return ['--cache-from', `type=registry,ref=${ref}`, '--cache-to', `type=registry,ref=${ref},mode=max`];
}

function commonArgs(plan: BuildPlanInput): string[] {
  const { options } = plan;
  const args: string[] = [];
  if (options.file !== undefined) args.push('--file', options.file);
  if (options.target !== undefined) args.push('--target', options.target);
  for (const [key, value] of options.buildArgs) args.push('--build-arg', `${key}=${value}`);
  const labels = { ...plan.labels, ...Object.fromEntries(options.labels) };
  for (const key of Object.keys(labels).sort()) args.push('--label', `${key}=${labels[key]}`);
  return args;
}

/** `docker buildx build …` for mode `build` and `push-by-digest`. */
export function buildxBuildArgv(plan: BuildPlanInput): string[] {
  const { options } = plan;
  const args = ['buildx', 'build'];
  if (options.platforms.length > 0) args.push('--platform', options.platforms.join(','));
  args.push(...commonArgs(plan));
  [...options.secrets.keys()].forEach((id, i) => {
    args.push('--secret', `id=${id},env=${secretEnvName(i)}`);
  });
  args.push(...cacheArgs(options));
  args.push(`--provenance=${options.provenance}`, `--sbom=${options.sbom}`);
  if (options.mode === 'push-by-digest') {
    args.push(
      '--output',
      `type=image,name=${options.images[0] ?? ''},push-by-digest=true,name-canonical=true,push=true`,
    );
  } else {
    for (const ref of imageRefs(options.images, plan.tags)) args.push('--tag', ref);
    if (options.push) args.push('--push');
    else if (options.platforms.length <= 1) args.push('--load');
  }
  // `--` ends the options: a context such as `-x` is a folder, never a flag.
  args.push('--metadata-file', plan.metadataFile, '--', options.context);
  return args;
}

/** The classic builder (no buildx): `docker build` for one platform. */
export function classicBuildArgv(plan: BuildPlanInput): string[] {
  const { options } = plan;
  const args = ['build'];
  if (options.platforms.length === 1) args.push('--platform', options.platforms[0] ?? '');
  args.push(...commonArgs(plan));
  for (const ref of imageRefs(options.images, plan.tags)) args.push('--tag', ref);
  args.push('--', options.context);
  return args;
}

export const pushArgv = (ref: string): string[] => ['push', ref];

export const repoDigestArgv = (ref: string): string[] => [
  'inspect',
  '--format',
  '{{index .RepoDigests 0}}',
  ref,
];
