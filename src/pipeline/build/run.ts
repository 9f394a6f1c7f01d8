import { tmpdir } from 'node:os';
import { type BuildResult, checkClassicBuilder, executeBuild, hasBuildx } from '../../adapters/buildx.ts';
import { DockerClient } from '../../adapters/docker.ts';
import { createDockerConfig, login, removeDockerConfig } from '../../adapters/docker-config.ts';
import { exec } from '../../adapters/exec.ts';
import {
  type ComputedMetadata,
  computeMetadata,
  gitContextFromEnv,
  imageTitle,
} from '../../core/build/metadata.ts';
import { type BuildOptions, registryOf } from '../../core/build/options.ts';

/** The build as `gantry build` and `gantry release` run it: tags from the git ref, then build and push. */

async function git(args: string[]): Promise<string | undefined> {
  const result = await exec('git', args, { allowFailure: true, timeoutMs: 10_000 }).catch(() => undefined);
  return result?.exitCode === 0 ? result.stdout.trim() : undefined;
}

/**
 * Tags, version and labels from the git ref: the override, else GITHUB_REF/GITHUB_SHA, else the
 * local checkout (an exact tag on HEAD, else the branch). Runs git (read-only) only.
 */
export async function buildMetadata(
  options: BuildOptions,
  refOverride?: string,
  shaOverride?: string,
): Promise<ComputedMetadata> {
  let ref = refOverride ?? (process.env.GITHUB_REF || undefined);
  if (ref === undefined) {
    const tag = await git(['describe', '--exact-match', '--tags', 'HEAD']);
    const branch = tag === undefined ? await git(['symbolic-ref', '--short', 'HEAD']) : undefined;
    ref = tag !== undefined ? `refs/tags/${tag}` : branch !== undefined ? `refs/heads/${branch}` : '';
  }
  const sha = shaOverride ?? (process.env.GITHUB_SHA || (await git(['rev-parse', 'HEAD'])) || '');
  const gitContext = gitContextFromEnv({ ...process.env, GITHUB_REF: ref, GITHUB_SHA: sha }, {}, new Date());
  return computeMetadata(
    gitContext,
    { extra: options.extraTags, tagLatest: options.tagLatest },
    imageTitle(options.images[0] ?? ''),
  );
}

/** Builds (and pushes) with buildx, or the classic builder when buildx is absent; logs in first. */
export async function runBuild(
  options: BuildOptions,
  meta: ComputedMetadata,
  password: string,
  { signal, log }: { signal: AbortSignal; log: (line: string) => void },
): Promise<BuildResult> {
  const secrets = [...options.secrets.values(), ...(password ? [password] : [])];
  const env: Record<string, string> = {};
  const buildx = await hasBuildx(new DockerClient({ env, log, signal }));
  if (!buildx) {
    checkClassicBuilder(options);
    log('warning: docker buildx is not installed: using the classic docker build and docker push');
  }
  let configDir: string | undefined;
  const registry = registryOf(options);
  try {
    if (options.registryUsername !== undefined && options.registryPassword !== undefined) {
      configDir = createDockerConfig(tmpdir());
      env.DOCKER_CONFIG = configDir;
      await login(new DockerClient({ env, secrets, log, signal }), {
        registry,
        username: options.registryUsername,
        password: options.registryPassword,
        passwordInput: '--registry-password-file',
      });
    }
    return await executeBuild(new DockerClient({ env, secrets, log, signal }), options, meta, buildx, {
      info: log,
      warning: (message) => log(`warning: ${message}`),
    });
  } finally {
    if (configDir !== undefined) await removeDockerConfig(configDir, [registry]);
  }
}
