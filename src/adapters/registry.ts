import { createHash } from 'node:crypto';
import { ConfigurationError } from '../core/errors.ts';
import { type Challenge, parseWwwAuthenticate, tokenUrl } from '../core/registry/challenge.ts';
import {
  type ImageReference,
  isDigest,
  isLoopbackHost,
  MANIFEST_ACCEPT,
  manifestUrl,
  parseImageReference,
} from '../core/registry/reference.ts';

/**
 * Resolves an image tag to its manifest digest with the registry HTTP API (what `docker pull`
 * would run): `HEAD /v2/<repo>/manifests/<tag>` accepting OCI and Docker indexes and manifests,
 * the `Docker-Content-Digest` header (or the sha256 of a GET's body when a registry omits it).
 * Basic credentials when given; a `401` with a Bearer challenge runs the Docker token flow
 * (`GET realm?service=&scope=` with the credentials, then the request again with the token).
 * Loopback registries are spoken to over http, every other one over https.
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

async function send(
  url: string,
  method: 'HEAD' | 'GET',
  headers: Record<string, string>,
  options: ResolveOptions,
): Promise<Response> {
  const timeoutMs = options.timeoutMs ?? 30_000;
  const signals = [AbortSignal.timeout(timeoutMs), ...(options.signal ? [options.signal] : [])];
  try {
    return await fetch(url, { method, headers, redirect: 'follow', signal: AbortSignal.any(signals) });
  } catch (error) {
    if (options.signal?.aborted) throw error;
    const e = error as Error & { cause?: Error };
    if (e.name === 'TimeoutError')
      throw new Error(`${method} ${url} did not answer within ${timeoutMs / 1000}s`);
    throw new Error(`cannot reach ${url}: ${e.cause?.message ?? e.message}`);
  }
}

const basic = (username: string, password: string) =>
  `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}`;

async function bearerToken(
  challenge: Challenge,
  ref: ImageReference,
  credentials: string | undefined,
  options: ResolveOptions,
): Promise<string> {
  const url = tokenUrl(challenge, ref.repository);
  if (url === undefined)
    throw new Error(
      `${ref.registry} sent a Bearer challenge without a usable realm: ${JSON.stringify(challenge.params)}`,
    );
  const host = new URL(url).host;
  // Credentials go to an https token service, or a loopback one (as the registry itself).
  if (credentials !== undefined && url.startsWith('http:') && !isLoopbackHost(host))
    throw new Error(`${ref.registry} asks for credentials at ${url}, over plain http: refused`);
  const response = await send(
    url,
    'GET',
    credentials === undefined ? {} : { authorization: credentials },
    options,
  );
  if (response.status === 401 || response.status === 403) {
    await response.body?.cancel();
    throw refused(ref, credentials, options, `the token service ${host} answered ${response.status}`);
  }
  if (!response.ok) throw new Error(`the token service ${url} answered ${response.status}`);
  let body: { token?: unknown; access_token?: unknown };
  try {
    body = (await response.json()) as typeof body;
  } catch {
    throw new Error(`the token service ${host} answered no JSON`);
  }
  const token = typeof body.token === 'string' && body.token ? body.token : body.access_token;
  if (typeof token !== 'string' || token === '')
    throw new Error(`the token service ${host} answered no token`);
  return token;
}

function refused(
  ref: ImageReference,
  credentials: string | undefined,
  options: ResolveOptions,
  why: string,
): ConfigurationError {
  return credentials === undefined
    ? new ConfigurationError(
        `${ref.registry} requires credentials to read ${ref.repository} (${why}): set the registry username and password`,
        options.inputs.credentials,
      )
    : new ConfigurationError(
        `${ref.registry} refused the credentials of ${options.username} for ${ref.repository} (${why}); check the password or token and its pull permission`,
        options.inputs.password,
      );
}

export async function resolveDigest(options: ResolveOptions): Promise<ResolvedImage> {
  const parsed = parseImageReference(options.image);
  if (typeof parsed === 'string') throw new ConfigurationError(parsed, options.inputs.reference);
  const ref = parsed;
  const url = manifestUrl(ref);
  const credentials =
    options.username && options.password ? basic(options.username, options.password) : undefined;
  const headers = (authorization: string | undefined): Record<string, string> => ({
    accept: MANIFEST_ACCEPT,
    ...(authorization === undefined ? {} : { authorization }),
  });
  let authorization = credentials;
  let response = await send(url, 'HEAD', headers(authorization), options);
  if (response.status === 401) {
    const challenges = parseWwwAuthenticate(response.headers.get('www-authenticate') ?? '');
    const bearer = challenges.find((c) => c.scheme === 'bearer');
    if (bearer === undefined) throw refused(ref, credentials, options, 'HEAD answered 401');
    authorization = `Bearer ${await bearerToken(bearer, ref, credentials, options)}`;
    response = await send(url, 'HEAD', headers(authorization), options);
  }
  if (response.status === 401 || response.status === 403)
    throw refused(ref, credentials, options, `HEAD answered ${response.status}`);
  if (response.status === 404)
    throw new ConfigurationError(
      `${describe(ref)} does not exist (the registry answered 404 for ${url}): push it first, or give a tag that was pushed`,
      options.inputs.reference,
    );
  if (!response.ok) throw new Error(`HEAD ${url} answered ${response.status} ${response.statusText}`);
  let digest = response.headers.get('docker-content-digest') ?? '';
  if (!isDigest(digest)) {
    // No (or no sha256) digest header: the digest is the sha256 of the manifest as served.
    const got = await send(url, 'GET', headers(authorization), options);
    if (!got.ok) throw new Error(`GET ${url} answered ${got.status} ${got.statusText}`);
    digest = `sha256:${createHash('sha256')
      .update(Buffer.from(await got.arrayBuffer()))
      .digest('hex')}`;
  }
  const name = options.image
    .trim()
    .replace(/@.*$/, '')
    .replace(/:[^/:]*$/, '');
  return { reference: ref, digest, pinned: `${name}@${digest}` };
}
