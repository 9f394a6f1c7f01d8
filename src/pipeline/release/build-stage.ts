import { resolveDigest } from '../../adapters/registry.ts';
import { trace } from '../../adapters/trace.ts';
import { parseBuildOptions } from '../../core/build/options.ts';
import { rawBuildInputs } from '../../core/config/load.ts';
import type { GantryConfig, ReleaseImage } from '../../core/config/model.ts';
import { ConfigurationError } from '../../core/errors.ts';
import { buildMetadata, runBuild } from '../build/run.ts';
import { readSource } from './config-file.ts';
import type { ReleaseOptions, StageLog, StageReporter } from './stage-log.ts';

/** Each image of the release, by key, as the deploy pins it (`name@sha256:…`; a dry run: `name:tag`). */
export type ReleasedImages = Map<string, string>;

/** The registry password from its source; a registry without one is refused, naming the key. */
export function registryPassword(config: GantryConfig): string {
  if (config.registry === undefined) return '';
  const password = readSource(config.registry.password, config.baseDir)?.toString() ?? '';
  if (password === '')
    throw new ConfigurationError(
      config.registry.password.env !== undefined
        ? `environment variable ${config.registry.password.env} is not set`
        : `cannot read ${config.registry.password.file}`,
      'registry.password',
    );
  return password;
}

/** `api: ` before a line about one image when the release has several. */
const label = (config: GantryConfig, image: ReleaseImage): string =>
  config.multiImage ? `${image.key}: ` : '';

/** Runs `body` over `items`, at most `limit` at a time; the first failure is thrown once all have settled. */
async function eachLimited<T, R>(
  items: readonly T[],
  limit: number,
  body: (item: T) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < items.length; i = next++) results[i] = await body(items[i] as T);
  };
  const settled = await Promise.allSettled(Array.from({ length: Math.min(limit, items.length) }, worker));
  const failed = settled.find((s): s is PromiseRejectedResult => s.status === 'rejected');
  if (failed !== undefined) throw failed.reason;
  return results;
}

/**
 * The build stage: builds and pushes every image, and returns each one as the deploy pins it. With
 * --skip-build each image's tag is resolved to its digest before anything is deployed (a tag missing
 * for one image is an error naming it), so what runs is exactly that image and a rollback goes back to
 * the same bytes. A failed build of any image stops the release before anything changes on a target.
 */
export async function buildStage(
  config: GantryConfig,
  options: ReleaseOptions,
  log: StageLog,
  report: StageReporter,
  signal: AbortSignal,
): Promise<ReleasedImages> {
  if (options.pinned !== undefined) {
    const what = [...options.pinned.values()].join(', ');
    log.skip('build', `built by the workflow: deploying ${what}`);
    return new Map(options.pinned);
  }
  const password = registryPassword(config);
  const tags = options.tag ? [options.tag] : [];
  const builds = config.images.map((image) => ({
    image,
    build: parseBuildOptions(rawBuildInputs(config, image, tags, password)),
  }));
  if (options.skipBuild && options.tag !== undefined) {
    const tag = options.tag;
    const pinned = new Map<string, string>();
    for (const { image } of builds) {
      const resolved = await resolveDigest({
        image: `${image.name}:${tag}`,
        username: config.registry?.username,
        password,
        signal,
        inputs: { reference: '--tag', password: 'registry.password', credentials: 'registry' },
      });
      pinned.set(image.key, resolved.pinned);
    }
    const what = builds.map(({ image }) => `${image.name}:${tag} as ${pinned.get(image.key)}`).join(', ');
    log.skip('build', `--skip-build: deploying ${what}`);
    return pinned;
  }
  if (options.dryRun) {
    const tag = options.tag ?? (await buildMetadata(builds[0]?.build ?? parseBuildOptions({}))).version;
    log.skip('build', `dry run: would push ${builds.map(({ image }) => `${image.name}:${tag}`).join(', ')}`);
    return new Map(builds.map(({ image }) => [image.key, `${image.name}:${tag}`]));
  }
  const { value } = await log.run('build', async () => {
    const refs = await eachLimited(builds, config.build.parallel, async ({ image, build }) => {
      trace(`build ${image.key}: start`);
      const meta = await buildMetadata(build);
      const at = label(config, image);
      const result = await runBuild(build, meta, password, {
        signal,
        log: (line) => report.info(`${at}${line}`),
      });
      if (result.digest === undefined) throw new Error(`${at}the push reported no digest`);
      trace(`build ${image.key}: pushed`);
      return { key: image.key, ref: `${image.name}@${result.digest}`, tags: meta.tags };
    });
    const detail = refs.map((r) => `pushed ${r.tags.map((t) => `:${t}`).join(' ')} as ${r.ref}`).join('; ');
    return { status: 'ok', detail, value: new Map(refs.map((r) => [r.key, r.ref])) };
  });
  return value;
}

/** The tag a release records: --tag, else the version the build computes from the git ref. */
export async function releaseTag(config: GantryConfig, options: ReleaseOptions): Promise<string> {
  if (options.tag) return options.tag;
  const image = config.images[0];
  try {
    const build = parseBuildOptions(image === undefined ? {} : rawBuildInputs(config, image, [], ''));
    return (await buildMetadata(build)).version;
  } catch {
    return 'unknown';
  }
}
