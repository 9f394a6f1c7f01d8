import { createHash } from 'node:crypto';
import { ConfigurationError } from '../core/errors.ts';
import {
  type ImageReference,
  isDigest,
  MANIFEST_ACCEPT,
  manifestUrl,
  parseImageReference,
} from '../core/registry/reference.ts';
import { RegistrySession } from './registry-session.ts';

/**
 * The registry HTTP API, through a RegistrySession (its auth challenge handling):
 * `resolveDigest` resolves an image tag to its manifest digest (what `docker pull` would run:
 * `HEAD /v2/<repo>/manifests/<tag>` accepting OCI and Docker indexes and manifests, the
 * `Docker-Content-Digest` header, or the sha256 of a GET's body when a registry omits it);
 * `getManifest`, `getBlob` and `putManifest` are what a merge of per-platform images into one index
 * reads and writes.
 */

export interface ResolveOptions {
  /** `host/repo:tag` (Docker Hub defaults apply). */
  image: string;
  username?: string | undefined;
  password?: string | undefined;
  signal?: AbortSignal | undefined;
  /** Per request (default 30s). */
  timeoutMs?: number;
  /** The inputs errors name: the tag, the password, and where credentials are configured. */
  inputs: { reference: string; password: string; credentials: string };
}

export interface ResolvedImage {
  reference: ImageReference;
  /** `sha256:<64 hex>` */
  digest: string;
  /** `<name>@sha256:…`, the name as given (no tag). */
  pinned: string;
}

const describe = (ref: ImageReference) => `${ref.registry}/${ref.repository}:${ref.reference}`;

export const sha256Of = (bytes: Uint8Array): string =>
  `sha256:${createHash('sha256').update(bytes).digest('hex')}`;

export async function resolveDigest(options: ResolveOptions): Promise<ResolvedImage> {
  const parsed = parseImageReference(options.image);
  if (typeof parsed === 'string') throw new ConfigurationError(parsed, options.inputs.reference);
  const ref = parsed;
  const url = manifestUrl(ref);
  const session = new RegistrySession(ref, options);
  const headers = { accept: MANIFEST_ACCEPT };
  const response = await session.request('HEAD', url, { headers });
  if (response.status === 404)
    throw new ConfigurationError(
      `${describe(ref)} does not exist (the registry answered 404 for ${url}): push it first, or give a tag that was pushed`,
      options.inputs.reference,
    );
  if (!response.ok) throw new Error(`HEAD ${url} answered ${response.status} ${response.statusText}`);
  let digest = response.headers.get('docker-content-digest') ?? '';
  if (!isDigest(digest)) {
    // No (or no sha256) digest header: the digest is the sha256 of the manifest as served.
    const got = await session.request('GET', url, { headers });
    if (!got.ok) throw new Error(`GET ${url} answered ${got.status} ${got.statusText}`);
    digest = sha256Of(Buffer.from(await got.arrayBuffer()));
  }
  const name = options.image
    .trim()
    .replace(/@.*$/, '')
    .replace(/:[^/:]*$/, '');
  return { reference: ref, digest, pinned: `${name}@${digest}` };
}

export interface FetchedManifest {
  /** The Content-Type the registry served it as (no parameters). */
  contentType: string;
  /** The bytes as served: their sha256 is the digest. */
  bytes: Buffer;
}

const contentType = (response: Response): string =>
  (response.headers.get('content-type') ?? '').split(';')[0]?.trim() ?? '';

/**
 * `GET /v2/<repo>/manifests/<digest>` accepting `accept`; undefined when the registry does not have
 * it (404). The bytes are checked against the digest: a registry that serves other bytes is an error.
 */
export async function getManifest(
  session: RegistrySession,
  digest: string,
  accept: string,
): Promise<FetchedManifest | undefined> {
  const url = session.url('manifests', digest);
  const response = await session.request('GET', url, { headers: { accept } });
  if (response.status === 404) {
    await response.body?.cancel();
    return undefined;
  }
  if (!response.ok) throw new Error(`GET ${url} answered ${response.status} ${response.statusText}`);
  const bytes = Buffer.from(await response.arrayBuffer());
  if (sha256Of(bytes) !== digest)
    throw new Error(`GET ${url} served bytes whose sha256 is ${sha256Of(bytes)}, not ${digest}`);
  return { contentType: contentType(response), bytes };
}

/** `GET /v2/<repo>/blobs/<digest>` (a redirect to storage is followed); undefined on 404; checked against the digest. */
export async function getBlob(session: RegistrySession, digest: string): Promise<Buffer | undefined> {
  const url = session.url('blobs', digest);
  const response = await session.request('GET', url);
  if (response.status === 404) {
    await response.body?.cancel();
    return undefined;
  }
  if (!response.ok) throw new Error(`GET ${url} answered ${response.status} ${response.statusText}`);
  const bytes = Buffer.from(await response.arrayBuffer());
  if (sha256Of(bytes) !== digest)
    throw new Error(`GET ${url} served bytes whose sha256 is ${sha256Of(bytes)}, not ${digest}`);
  return bytes;
}

/**
 * `PUT /v2/<repo>/manifests/<tag>` with exactly `bytes`; returns the digest the registry says it
 * stored (`Docker-Content-Digest`, or undefined when it sends none). A refusal is thrown with the
 * registry's own error text.
 */
export async function putManifest(
  session: RegistrySession,
  tag: string,
  mediaType: string,
  bytes: Uint8Array,
): Promise<string | undefined> {
  const url = session.url('manifests', tag);
  const response = await session.request('PUT', url, {
    headers: { 'content-type': mediaType },
    body: bytes,
  });
  if (!response.ok) {
    const text = (await response.text().catch(() => '')).trim().slice(0, 500);
    throw new Error(
      `PUT ${url} answered ${response.status} ${response.statusText}${text ? `: ${text}` : ''}`,
    );
  }
  await response.body?.cancel();
  return response.headers.get('docker-content-digest') ?? undefined;
}

/** HEAD of `tag`: the digest the registry serves for it (undefined when the tag does not exist). */
export async function headDigest(session: RegistrySession, tag: string): Promise<string | undefined> {
  const url = session.url('manifests', tag);
  const response = await session.request('HEAD', url, { headers: { accept: MANIFEST_ACCEPT } });
  if (response.status === 404) return undefined;
  if (!response.ok) throw new Error(`HEAD ${url} answered ${response.status} ${response.statusText}`);
  return response.headers.get('docker-content-digest') ?? undefined;
}
