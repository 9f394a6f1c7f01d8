import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  buildxBuildArgv,
  classicBuildArgv,
  imageRefs,
  repoDigestArgv,
  secretEnv,
} from '../core/build/argv.ts';
import type { ComputedMetadata } from '../core/build/metadata.ts';
import type { BuildOptions } from '../core/build/options.ts';
import {
  backoffMs,
  digestFromBuildxMetadata,
  digestFromPushOutput,
  digestFromRepoDigest,
  isRetryablePushError,
  PUSH_ATTEMPTS,
} from '../core/build/results.ts';
import { ConfigurationError } from '../core/errors.ts';
import { retry as retryLoop } from '../core/retry.ts';
import type { DockerClient } from './docker.ts';
import { type ExecOptions, type ExecResult, ToolError } from './exec.ts';

/** buildx (and the classic push) through one DockerClient. */

/** Whether `docker buildx` is there (`docker buildx version` exits 0). */
export async function hasBuildx(client: DockerClient): Promise<boolean> {
  const result = await client
    .run(['buildx', 'version'], { allowFailure: true, timeoutMs: 30_000 })
    .catch(() => undefined);
  return result !== undefined && result.exitCode === 0;
}

export interface RetryOptions {
  attempts?: number;
  sleep?: (ms: number) => Promise<void>;
  log?: (line: string) => void;
  baseMs?: number;
}

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Runs a docker command that talks to a registry, retrying a 429, a 5xx or a broken connection
 * with bounded exponential backoff; any other failure is thrown at once with docker's words.
 */
export async function runWithRegistryRetry(
  client: DockerClient,
  args: readonly string[],
  extra: Omit<ExecOptions, 'env'> & { vars?: Record<string, string> } = {},
  retry: RetryOptions = {},
): Promise<ExecResult> {
  const attempts = retry.attempts ?? PUSH_ATTEMPTS;
  return retryLoop(() => client.run(args, extra), {
    delayMs: (attempt, error) =>
      error instanceof ToolError &&
      error.exitCode !== undefined &&
      attempt < attempts &&
      isRetryablePushError(`${error.stderr}\n${error.message}`)
        ? backoffMs(attempt, retry.baseMs)
        : undefined,
    sleep: retry.sleep ?? realSleep,
    onRetry: (attempt, wait) =>
      retry.log?.(`registry busy or unreachable (attempt ${attempt} of ${attempts}); retrying in ${wait} ms`),
  });
}

/** `docker push <ref>` with retries; returns the manifest digest docker printed, if any. */
export async function pushImage(
  client: DockerClient,
  ref: string,
  retry: RetryOptions = {},
): Promise<string | undefined> {
  const result = await runWithRegistryRetry(client, ['push', ref], { timeoutMs: 600_000 }, retry);
  return digestFromPushOutput(result.stdout);
}

export interface BuildResult {
  builder: 'buildx' | 'docker build';
  /** The pushed manifest (or index) digest; undefined when nothing was pushed. */
  digest: string | undefined;
  /** `name:tag` refs that now exist (pushed, or loaded locally). */
  refs: string[];
  /** buildx's metadata JSON (or Gantry's own for the classic builder). */
  metadata: Record<string, unknown>;
}

export interface BuildEffects {
  info(line: string): void;
  warning(message: string): void;
  retry?: RetryOptions;
}

/**
 * Checks what the classic builder cannot do, before anything is run that touches the world. Called
 * when `docker buildx` is absent.
 */
export function checkClassicBuilder(options: BuildOptions): void {
  if (options.platforms.length > 1)
    throw new ConfigurationError(
      `building ${options.platforms.length} platforms needs docker buildx, which is not installed here (set up buildx, e.g. docker/setup-buildx-action, or build one platform per job)`,
      'platforms',
    );
  if (options.mode === 'push-by-digest')
    throw new ConfigurationError(
      'mode: push-by-digest needs docker buildx, which is not installed here',
      'mode',
    );
  if (options.secrets.size > 0)
    throw new ConfigurationError(
      'BuildKit build secrets need docker buildx, which is not installed here',
      'secrets',
    );
  if (options.provenance)
    throw new ConfigurationError(
      'attestations need docker buildx, which is not installed here',
      'provenance',
    );
  if (options.sbom)
    throw new ConfigurationError('attestations need docker buildx, which is not installed here', 'sbom');
}

/** Runs the build the options ask for (not a merge: that is runMerge), with the tags and labels computed for it. */
export async function executeBuild(
  client: DockerClient,
  options: BuildOptions,
  meta: ComputedMetadata,
  buildx: boolean,
  effects: BuildEffects,
): Promise<BuildResult> {
  const retry: RetryOptions = { log: effects.info, ...effects.retry };
  if (options.mode === 'merge')
    throw new Error('mode: merge is not a build: it runs through runMerge (src/pipeline/build/merge.ts)');
  if (buildx) {
    const dir = mkdtempSync(path.join(tmpdir(), 'gantry-buildx-'));
    const metadataFile = path.join(dir, 'metadata.json');
    try {
      const argv = buildxBuildArgv({ options, tags: meta.tags, labels: meta.labels, metadataFile });
      await runWithRegistryRetry(
        client,
        argv,
        { vars: secretEnv(options), secrets: [...options.secrets.values()], timeoutMs: 3_600_000 },
        retry,
      );
      let metadata: Record<string, unknown> = {};
      try {
        metadata = JSON.parse(readFileSync(metadataFile, 'utf8')) as Record<string, unknown>;
      } catch {
        // No metadata file (an old buildx): the digest stays unknown.
      }
      const pushed = options.mode === 'push-by-digest' || options.push;
      const digest = pushed ? digestFromBuildxMetadata(JSON.stringify(metadata)) : undefined;
      const refs = options.mode === 'push-by-digest' ? [] : imageRefs(options.images, meta.tags);
      return { builder: 'buildx', digest, refs, metadata };
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  checkClassicBuilder(options);
  const refs = imageRefs(options.images, meta.tags);
  await client.run(classicBuildArgv({ options, tags: meta.tags, labels: meta.labels, metadataFile: '' }), {
    timeoutMs: 3_600_000,
  });
  if (!options.push) return { builder: 'docker build', digest: undefined, refs, metadata: {} };
  const digests = new Map<string, string | undefined>();
  for (const ref of refs) digests.set(ref, await pushImage(client, ref, retry));
  const first = refs[0] ?? '';
  let digest = digests.get(first);
  if (digest === undefined) {
    const inspected = await client.run(repoDigestArgv(first), { timeoutMs: 60_000 });
    digest = digestFromRepoDigest(inspected.stdout);
  }
  return {
    builder: 'docker build',
    digest,
    refs,
    metadata: {
      'containerimage.digest': digest,
      'image.name': refs.join(','),
      pushed: Object.fromEntries(digests),
    },
  };
}
