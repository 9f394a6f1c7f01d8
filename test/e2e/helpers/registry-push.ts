import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * Pushes an image to a registry by digest only (no tag), through the registry's HTTP API with Basic
 * credentials, as a `push-by-digest` build job leaves it: the blobs (monolithic upload), then the
 * manifest PUT under its own digest. The test's own client, independent of Gantry's.
 */

export interface RegistryLogin {
  registry: string;
  user: string;
  password: string;
}

export const sha256 = (bytes: Uint8Array | string): string =>
  `sha256:${createHash('sha256').update(bytes).digest('hex')}`;

const auth = (login: RegistryLogin) =>
  `Basic ${Buffer.from(`${login.user}:${login.password}`).toString('base64')}`;

/** `fetch` of the registry API with the credentials; throws, with the registry's words, unless `expected`. */
export async function registryFetch(
  login: RegistryLogin,
  pathOrUrl: string,
  init: { method?: string; headers?: Record<string, string>; body?: Uint8Array } = {},
  expected: number[] = [200],
): Promise<Response> {
  const url = new URL(pathOrUrl, `http://${login.registry}`);
  const response = await fetch(url, {
    method: init.method ?? 'GET',
    headers: { authorization: auth(login), ...init.headers },
    ...(init.body ? { body: init.body } : {}),
    signal: AbortSignal.timeout(20_000),
  });
  if (!expected.includes(response.status))
    throw new Error(`${init.method ?? 'GET'} ${url} answered ${response.status}: ${await response.text()}`);
  return response;
}

/** Uploads one blob (POST an upload, PUT its bytes with the digest); returns the digest. */
export async function pushBlob(login: RegistryLogin, repo: string, bytes: Uint8Array): Promise<string> {
  const digest = sha256(bytes);
  const started = await registryFetch(login, `/v2/${repo}/blobs/uploads/`, { method: 'POST' }, [202]);
  const location = new URL(started.headers.get('location') ?? '', `http://${login.registry}`);
  location.searchParams.set('digest', digest);
  await registryFetch(
    login,
    location.toString(),
    { method: 'PUT', headers: { 'content-type': 'application/octet-stream' }, body: bytes },
    [201],
  );
  return digest;
}

export interface PushedImage {
  /** The manifest's digest: what a push-by-digest job outputs. */
  digest: string;
  mediaType: string;
  size: number;
}

/** Pushes a config and its layers, then the manifest by digest (no tag). */
export async function pushImageByDigest(
  login: RegistryLogin,
  repo: string,
  image: { config: Buffer; layers: Buffer[]; mediaType: 'oci' | 'docker' },
): Promise<PushedImage> {
  const oci = image.mediaType === 'oci';
  const layerType = oci
    ? 'application/vnd.oci.image.layer.v1.tar+gzip'
    : 'application/vnd.docker.image.rootfs.diff.tar.gzip';
  const layers = [];
  for (const layer of image.layers) {
    const gz = gzipSync(layer);
    layers.push({ mediaType: layerType, digest: await pushBlob(login, repo, gz), size: gz.length });
  }
  const mediaType = oci
    ? 'application/vnd.oci.image.manifest.v1+json'
    : 'application/vnd.docker.distribution.manifest.v2+json';
  const manifest = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType,
      config: {
        mediaType: oci
          ? 'application/vnd.oci.image.config.v1+json'
          : 'application/vnd.docker.container.image.v1+json',
        digest: await pushBlob(login, repo, image.config),
        size: image.config.length,
      },
      layers,
    }),
  );
  const digest = sha256(manifest);
  const put = await registryFetch(
    login,
    `/v2/${repo}/manifests/${digest}`,
    { method: 'PUT', headers: { 'content-type': mediaType }, body: manifest },
    [201],
  );
  if (put.headers.get('docker-content-digest') !== digest)
    throw new Error(
      `the registry stored the manifest as ${put.headers.get('docker-content-digest')}, not ${digest}`,
    );
  return { digest, mediaType, size: manifest.length };
}

/**
 * `docker build` of a FROM scratch image holding one file of `content` on the local engine, then
 * `docker save` of it: its config (as the engine wrote it) and its layer tars. The image is removed.
 */
export function buildScratchImage(tag: string, content: string): { config: Buffer; layers: Buffer[] } {
  const dir = mkdtempSync(path.join(tmpdir(), 'gantry-merge-image-'));
  try {
    writeFileSync(path.join(dir, 'Dockerfile'), 'FROM scratch\nCOPY hello.txt /hello.txt\n');
    writeFileSync(path.join(dir, 'hello.txt'), content);
    execFileSync('docker', ['build', '--quiet', '--tag', tag, dir], { stdio: ['ignore', 'ignore', 'pipe'] });
    const out = path.join(dir, 'saved');
    mkdirSync(out);
    const tar = path.join(dir, 'image.tar');
    execFileSync('docker', ['save', '--output', tar, tag]);
    execFileSync('tar', ['-x', '-f', tar, '-C', out]);
    const [entry] = JSON.parse(readFileSync(path.join(out, 'manifest.json'), 'utf8')) as {
      Config: string;
      Layers: string[];
    }[];
    if (entry === undefined) throw new Error(`docker save ${tag} wrote no manifest.json entry`);
    return {
      config: readFileSync(path.join(out, entry.Config)),
      layers: entry.Layers.map((layer) => readFileSync(path.join(out, layer))),
    };
  } finally {
    execFileSync('docker', ['rmi', '--force', tag], { stdio: 'ignore' });
    rmSync(dir, { recursive: true, force: true });
  }
}
