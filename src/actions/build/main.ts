import { readFileSync } from 'node:fs';
import * as core from '@actions/core';
import { checkClassicBuilder, executeBuild, hasBuildx } from '../../adapters/buildx.ts';
import { DockerClient } from '../../adapters/docker.ts';
import { createDockerConfig, login, removeDockerConfig } from '../../adapters/docker-config.ts';
import {
  type ComputedMetadata,
  computeMetadata,
  gitContextFromEnv,
  imageTitle,
} from '../../core/build/metadata.ts';
import { type BuildOptions, registryOf } from '../../core/build/options.ts';
import { buildResultJson } from '../../core/build/result-json.ts';
import { buildSummaryMarkdown } from '../../core/build/summary.ts';
import { ACTION_MERGE_INPUTS, runMerge } from '../../pipeline/build/merge.ts';
import { runnerTemp } from '../../runtime/connection.ts';
import { cancellationSignal } from '../../runtime/signals.ts';
import { writeSummary } from '../../runtime/summary.ts';
import { readBuildInputs } from './inputs.ts';

const STATE_DIR = 'docker-config';
const STATE_REGISTRY = 'docker-config-registry';

function readEvent(): unknown {
  const file = process.env.GITHUB_EVENT_PATH;
  if (!file) return {};
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return {};
  }
}

export async function run(): Promise<void> {
  const options = readBuildInputs();
  const git = gitContextFromEnv(process.env, readEvent(), new Date());
  const meta = computeMetadata(
    git,
    { extra: options.extraTags, tagLatest: options.tagLatest },
    imageTitle(options.images[0] ?? ''),
  );
  const signal = cancellationSignal();
  const log = (line: string) => core.info(line);
  if (options.mode === 'merge') return merge(options, meta, signal);

  const env: Record<string, string> = {};
  const probe = new DockerClient({ env, log, signal });
  const buildx = await hasBuildx(probe);
  if (!buildx) {
    checkClassicBuilder(options);
    core.warning(
      'docker buildx is not installed: building one platform with the classic `docker build` and `docker push` (no BuildKit cache, secrets or attestations).',
      { title: 'No buildx: classic builder' },
    );
  }

  const secrets = [
    ...options.secrets.values(),
    ...(options.registryPassword ? [options.registryPassword] : []),
  ];
  if (options.registryUsername !== undefined && options.registryPassword !== undefined) {
    const dir = createDockerConfig(runnerTemp());
    const registry = registryOf(options);
    core.saveState(STATE_DIR, dir);
    core.saveState(STATE_REGISTRY, registry);
    env.DOCKER_CONFIG = dir;
    const client = new DockerClient({ env, secrets, log, signal });
    await core.group(`Log in to ${registry}`, () =>
      login(client, {
        registry,
        username: options.registryUsername ?? '',
        password: options.registryPassword ?? '',
      }),
    );
  }
  const docker = new DockerClient({ env, secrets, log, signal });
  const title = `Build ${options.images.join(', ')}${options.platforms.length ? ` for ${options.platforms.join(', ')}` : ''}`;
  const result = await core.group(title, () =>
    executeBuild(docker, options, meta, buildx, {
      info: (line) => core.info(line),
      warning: (message) => core.warning(message),
    }),
  );

  const image = options.images[0] ?? '';
  const imageRef = result.digest ? `${image}@${result.digest}` : '';
  core.setOutput('digest', result.digest ?? '');
  core.setOutput('image-ref', imageRef);
  core.setOutput('tags', result.refs.join('\n'));
  core.setOutput('metadata', JSON.stringify(buildResultJson(options, meta, result)));
  await writeSummary(
    buildSummaryMarkdown({
      mode: options.mode,
      builder: result.builder,
      images: options.images,
      tags: options.mode === 'push-by-digest' ? [] : meta.tags,
      pushed: options.push,
      digest: result.digest,
      imageRef: imageRef || undefined,
      platforms: options.platforms,
    }),
  );
}

/**
 * `mode: merge`: Gantry's own registry client joins the digests into one OCI image index under every
 * tag (no docker, no buildx, no docker login: the credential inputs, or an existing docker login's, go to
 * the registry's API, masked).
 */
async function merge(options: BuildOptions, meta: ComputedMetadata, signal: AbortSignal): Promise<void> {
  const image = options.images[0] ?? '';
  const result = await core.group(`Merge ${options.digests.length} digest(s) into ${image}`, () =>
    runMerge(options, meta.tags, {
      signal,
      log: (line) => core.info(line),
      inputs: ACTION_MERGE_INPUTS,
      secret: (value) => core.setSecret(value),
    }),
  );
  const imageRef = `${image}@${result.digest}`;
  core.setOutput('digest', result.digest);
  core.setOutput('image-ref', imageRef);
  core.setOutput('tags', result.refs.join('\n'));
  core.setOutput(
    'metadata',
    JSON.stringify(buildResultJson({ ...options, platforms: result.platforms }, meta, result)),
  );
  await writeSummary(
    buildSummaryMarkdown({
      mode: options.mode,
      builder: result.builder,
      images: options.images,
      tags: meta.tags,
      pushed: true,
      digest: result.digest,
      imageRef,
      platforms: result.platforms,
    }),
  );
}

/** `post`: log out and delete the run's DOCKER_CONFIG, also after a failed or cancelled main. */
export async function post(): Promise<void> {
  const dir = core.getState(STATE_DIR);
  if (dir === '') return;
  const registry = core.getState(STATE_REGISTRY);
  await removeDockerConfig(dir, registry ? [registry] : []);
  core.info(`Removed the temporary docker config ${dir}`);
}
