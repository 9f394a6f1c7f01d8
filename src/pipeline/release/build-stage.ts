import { resolveDigest } from '../../adapters/registry.ts';
import { parseBuildOptions } from '../../core/build/options.ts';
import { rawBuildInputs } from '../../core/config/load.ts';
import type { GantryConfig } from '../../core/config/model.ts';
import { ConfigurationError } from '../../core/errors.ts';
import { buildMetadata, runBuild } from '../build/run.ts';
import { readSource } from './config-file.ts';
import type { ReleaseOptions, StageLog, StageReporter } from './stage-log.ts';

/** The registry password from its source; a registry without one is refused, naming the key. */
function registryPassword(config: GantryConfig): string {
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

/**
 * The build stage: builds and pushes, and returns the image the deploy pins (`image@sha256:…`). With
 * --skip-build the tag is resolved to its digest before anything is deployed, so what runs is exactly
 * that image (a re-push of the tag changes nothing, and a rollback goes back to the same bytes).
 */
export async function buildStage(
  config: GantryConfig,
  options: ReleaseOptions,
  log: StageLog,
  report: StageReporter,
  signal: AbortSignal,
): Promise<string> {
  const password = registryPassword(config);
  const build = parseBuildOptions(rawBuildInputs(config, options.tag ? [options.tag] : [], password));
  if (options.skipBuild && options.tag !== undefined) {
    const resolved = await resolveDigest({
      image: `${config.image}:${options.tag}`,
      username: config.registry?.username,
      password,
      signal,
      inputs: { reference: '--tag', password: 'registry.password', credentials: 'registry' },
    });
    log.skip('build', `--skip-build: deploying ${config.image}:${options.tag} as ${resolved.pinned}`);
    return resolved.pinned;
  }
  if (options.dryRun) {
    const tag = options.tag ?? (await buildMetadata(build)).version;
    log.skip('build', `dry run: would push ${config.image}:${tag}`);
    return `${config.image}:${tag}`;
  }
  const { value } = await log.run('build', async () => {
    const meta = await buildMetadata(build);
    const result = await runBuild(build, meta, password, { signal, log: report.info });
    if (result.digest === undefined) throw new Error('the push reported no digest');
    const ref = `${config.image}@${result.digest}`;
    return {
      status: 'ok',
      detail: `pushed ${meta.tags.map((t) => `:${t}`).join(' ')} as ${ref}`,
      value: ref,
    };
  });
  return value;
}
