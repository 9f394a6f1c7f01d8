import { dockerLoginFor } from '../../adapters/docker-credentials.ts';
import { getBlob, getManifest, headDigest, putManifest } from '../../adapters/registry.ts';
import { RegistrySession } from '../../adapters/registry-session.ts';
import { imageRefs } from '../../core/build/argv.ts';
import type { BuildOptions } from '../../core/build/options.ts';
import { reasonOf } from '../../core/config/schema.ts';
import { ConfigurationError } from '../../core/errors.ts';
import {
  type BuiltIndex,
  buildImageIndex,
  type IndexEntry,
  MERGE_ACCEPT,
  OCI_INDEX,
  parseManifest,
  platformFromConfig,
  platformName,
} from '../../core/registry/image-index.ts';
import { type ImageReference, parseImageReference } from '../../core/registry/reference.ts';

/**
 * `mode: merge`: Gantry's own merge of per-platform images into one multi-platform image through the
 * registry's HTTP API (no buildx). Every given digest is read first (its manifest, and for a
 * single-platform image its config blob's os/architecture/variant); only then is the OCI image index
 * built and PUT under each tag, and the registry's Docker-Content-Digest checked against the sha256 of
 * the bytes sent. A digest that is missing fails naming it before anything is written.
 */

/** The inputs (or CLI options) errors name. */
export interface MergeInputNames {
  digests: string;
  password: string;
  credentials: string;
  registry: string;
}

export const ACTION_MERGE_INPUTS: MergeInputNames = {
  digests: 'digests',
  password: 'registry-password',
  credentials: 'registry-username',
  registry: 'registry',
};

export interface MergeResult {
  builder: 'registry';
  digest: string;
  /** `name:tag` for every tag written. */
  refs: string[];
  /** Each image's platform in the index (attestations left out). */
  platforms: string[];
  metadata: Record<string, unknown>;
}

export interface MergeContext {
  signal: AbortSignal;
  log: (line: string) => void;
  inputs: MergeInputNames;
  /** Waits of the retry after a busy registry (default 1s, doubling). */
  retryBaseMs?: number;
  /** Where DOCKER_CONFIG and HOME are read, for an existing docker login (default process.env). */
  env?: Record<string, string | undefined>;
  /** Told a credential read from a docker login, before it is used (the action masks it). */
  secret?: (value: string) => void;
}

/** The image's registry and repository; a `registry` input that names another registry is refused. */
function mergeTarget(options: BuildOptions, inputs: MergeInputNames): ImageReference {
  const image = options.images[0] ?? '';
  const ref = parseImageReference(image);
  if (typeof ref === 'string') throw new ConfigurationError(ref, 'image');
  if (options.registry !== undefined) {
    const given = parseImageReference(`${options.registry}/x`);
    const registry = typeof given === 'string' ? options.registry : given.registry;
    if (registry !== ref.registry)
      throw new ConfigurationError(
        `is ${options.registry}, but the merge writes to ${image} on ${ref.registry}: leave it empty or give ${ref.registry}`,
        inputs.registry,
      );
  }
  return ref;
}

/** One given digest as index entries: its own descriptor (platform from its config), or an index's entries. */
async function readGiven(
  session: RegistrySession,
  given: string,
  inputs: MergeInputNames,
): Promise<IndexEntry[]> {
  const where = `${session.reference.registry}/${session.reference.repository}`;
  const manifest = await getManifest(session, given, MERGE_ACCEPT);
  if (manifest === undefined)
    throw new ConfigurationError(
      `${where}@${given} does not exist (the registry answered 404): give the digest outputs of push-by-digest jobs that pushed to ${where}`,
      inputs.digests,
    );
  const parsed = parseManifest(manifest.bytes.toString('utf8'), manifest.contentType);
  if (typeof parsed === 'string') throw new ConfigurationError(`${where}@${given} ${parsed}`, inputs.digests);
  if (parsed.kind === 'index') return parsed.manifests.map((descriptor) => ({ given, descriptor }));
  const config = await getBlob(session, parsed.configDigest);
  if (config === undefined)
    throw new Error(`${where}@${given}: its config blob ${parsed.configDigest} is missing from the registry`);
  const platform = platformFromConfig(config.toString('utf8'));
  if (typeof platform === 'string')
    throw new ConfigurationError(`${where}@${given}: ${platform}`, inputs.digests);
  return [
    {
      given,
      descriptor: { mediaType: parsed.mediaType, digest: given, size: manifest.bytes.length, platform },
    },
  ];
}

/** The index of every given digest (read one after another, so the log follows the input). */
async function buildIndex(
  session: RegistrySession,
  options: BuildOptions,
  ctx: MergeContext,
): Promise<BuiltIndex> {
  const entries: IndexEntry[] = [];
  for (const given of options.digests) {
    const read = await readGiven(session, given, ctx.inputs);
    const names = read.map((e) => (e.descriptor.platform ? platformName(e.descriptor.platform) : '?'));
    ctx.log(`${given}: ${read.length === 1 ? names[0] : `an index of ${names.join(', ')}`}`);
    entries.push(...read);
  }
  try {
    return buildImageIndex(entries);
  } catch (error) {
    throw new ConfigurationError((error as Error).message, ctx.inputs.digests);
  }
}

/** PUTs the index under every tag and checks the digest the registry stored is the one computed. */
async function putEverywhere(
  session: RegistrySession,
  index: BuiltIndex,
  tags: readonly string[],
  ctx: MergeContext,
) {
  const bytes = Buffer.from(index.bytes, 'utf8');
  for (const tag of tags) {
    const stored = (await putManifest(session, tag, OCI_INDEX, bytes)) ?? (await headDigest(session, tag));
    if (stored !== index.digest)
      throw new Error(
        `the registry stored ${session.reference.repository}:${tag} as ${stored ?? 'no digest'}, not ${index.digest} (the sha256 of the index sent)`,
      );
    ctx.log(`${session.reference.registry}/${session.reference.repository}:${tag} -> ${index.digest}`);
  }
}

/**
 * The session with the registry: the credential inputs, else the docker login already there for it
 * (docker/login-action's, `login` says where it was read), else anonymous.
 */
async function openSession(
  ref: ImageReference,
  options: BuildOptions,
  ctx: MergeContext,
): Promise<{ session: RegistrySession; login?: string }> {
  const common = {
    signal: ctx.signal,
    retry: { attempts: 4, baseMs: ctx.retryBaseMs ?? 1000, log: ctx.log },
  };
  if (options.registryUsername !== undefined)
    return {
      session: new RegistrySession(ref, {
        ...common,
        username: options.registryUsername,
        password: options.registryPassword,
        inputs: { password: ctx.inputs.password, credentials: ctx.inputs.credentials },
      }),
    };
  const login = await dockerLoginFor(ref.registry, ctx.env ?? process.env, ctx.log);
  if (login === undefined) {
    ctx.log(`no credentials for ${ref.registry}: speaking to it anonymously`);
    return {
      session: new RegistrySession(ref, {
        ...common,
        inputs: { password: ctx.inputs.password, credentials: ctx.inputs.credentials },
      }),
    };
  }
  ctx.secret?.(login.password);
  ctx.log(`using the docker login of ${login.username} for ${ref.registry} (${login.source})`);
  const session = new RegistrySession(ref, {
    ...common,
    username: login.username,
    password: login.password,
    inputs: { password: ctx.inputs.credentials, credentials: ctx.inputs.credentials },
  });
  return { session, login: login.source };
}

/**
 * A refusal of credentials that came from a docker login (not from the inputs the error names) says
 * so: where they were read, and that the credential inputs take their place.
 */
function fromLogin(error: unknown, login: string | undefined, inputs: MergeInputNames): unknown {
  if (login === undefined || !(error instanceof ConfigurationError) || error.input !== inputs.credentials)
    return error;
  return new ConfigurationError(
    `${reasonOf(error)} (the credentials of the docker login read from ${login}: log in again, or give ${inputs.credentials} and ${inputs.password})`,
    inputs.credentials,
  );
}

/** Merges `options.digests` into one OCI image index tagged with every tag of `tags`. */
export async function runMerge(
  options: BuildOptions,
  tags: readonly string[],
  ctx: MergeContext,
): Promise<MergeResult> {
  const ref = mergeTarget(options, ctx.inputs);
  if (tags.length === 0) throw new ConfigurationError('the merge needs at least one tag', 'tags');
  const { session, login } = await openSession(ref, options, ctx);
  let index: BuiltIndex;
  try {
    index = await buildIndex(session, options, ctx);
    ctx.log(`index ${index.digest}: ${index.platforms.join(', ')}`);
    await putEverywhere(session, index, tags, ctx);
  } catch (error) {
    throw fromLogin(error, login, ctx.inputs);
  }
  const image = options.images[0] ?? '';
  const refs = imageRefs([image], tags);
  return {
    builder: 'registry',
    digest: index.digest,
    refs,
    platforms: index.platforms,
    metadata: {
      'containerimage.digest': index.digest,
      'image.name': refs.join(','),
      manifests: index.manifests,
    },
  };
}
