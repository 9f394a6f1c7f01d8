import { createHash, randomBytes } from 'node:crypto';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type http from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseBuildOptions } from '../../../src/core/build/options.ts';
import { ConfigurationError } from '../../../src/core/errors.ts';
import { ACTION_MERGE_INPUTS, runMerge } from '../../../src/pipeline/build/merge.ts';
import { startServer, type TestServer } from '../../helpers/servers.ts';

// runMerge (pipeline + registry adapter) against a real loopback HTTP server that stores manifests
// and blobs by digest as a registry does, behind Basic auth or the Docker token flow, with faults on
// demand: what is read, what is PUT, and the errors' wording. The sandbox's real registry is in
// test/e2e/build-merge.e2e.test.ts.

const USER = 'ci';
const PASSWORD = `pw-${randomBytes(6).toString('hex')}`;
const OCI_MANIFEST = 'application/vnd.oci.image.manifest.v1+json';
const DOCKER_MANIFEST = 'application/vnd.docker.distribution.manifest.v2+json';
const OCI_INDEX = 'application/vnd.oci.image.index.v1+json';
const sha256 = (bytes: string | Buffer) => `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
const basic = `Basic ${Buffer.from(`${USER}:${PASSWORD}`).toString('base64')}`;

interface Stored {
  type: string;
  body: Buffer;
}

interface Faults {
  /** Answer 503 to this many requests first. */
  busy?: number;
  /** The Docker-Content-Digest a PUT answers with (`none`: no header). */
  putDigest?: string | 'none';
  /** Token flow instead of Basic: tokens per scope. */
  bearer?: boolean;
  /** The challenge names pull even for a PUT (as some registries' do). */
  pullOnlyChallenge?: boolean;
}

/** A registry of one repository, acme/shop. */
function standIn(faults: Faults = {}) {
  const manifests = new Map<string, Stored>();
  const blobs = new Map<string, Buffer>();
  const puts: string[] = [];
  const scopes: string[] = [];
  let busy = faults.busy ?? 0;
  const authorized = (req: http.IncomingMessage, push: boolean) =>
    faults.bearer
      ? req.headers.authorization === `Bearer tok-${push ? 'pull,push' : 'pull'}` ||
        (!push && req.headers.authorization === 'Bearer tok-pull,push')
      : req.headers.authorization === basic;
  const handler = (req: http.IncomingMessage, res: http.ServerResponse, url: URL) => {
    if (url.pathname === '/token') {
      scopes.push(url.searchParams.get('scope') ?? '');
      const ok = req.headers.authorization === basic;
      res.writeHead(ok ? 200 : 401, { 'content-type': 'application/json' });
      res.end(
        ok ? JSON.stringify({ token: `tok-${(url.searchParams.get('scope') ?? '').split(':')[2]}` }) : '{}',
      );
      return;
    }
    if (busy > 0) {
      busy -= 1;
      res.writeHead(503);
      res.end();
      return;
    }
    const push = req.method === 'PUT';
    if (!authorized(req, push)) {
      const scope = `repository:acme/shop:${push && !faults.pullOnlyChallenge ? 'pull,push' : 'pull'}`;
      res.writeHead(401, {
        'www-authenticate': faults.bearer
          ? `Bearer realm="http://${req.headers.host}/token",service="stand-in",scope="${scope}"`
          : 'Basic realm="stand-in"',
      });
      res.end();
      return;
    }
    const m = /^\/v2\/acme\/shop\/(manifests|blobs)\/(.+)$/.exec(url.pathname);
    if (m === null) {
      res.writeHead(404);
      res.end();
      return;
    }
    const [, kind, ref = ''] = m;
    if (push && kind === 'manifests') {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const body = Buffer.concat(chunks);
        manifests.set(ref, { type: req.headers['content-type'] ?? '', body });
        manifests.set(sha256(body), { type: req.headers['content-type'] ?? '', body });
        puts.push(ref);
        const digest = faults.putDigest ?? sha256(body);
        res.writeHead(201, digest === 'none' ? {} : { 'docker-content-digest': digest });
        res.end();
      });
      return;
    }
    const found =
      kind === 'manifests' ? manifests.get(ref) : { type: 'application/octet-stream', body: blobs.get(ref) };
    if (found?.body === undefined) {
      res.writeHead(404, { 'content-type': 'application/json' });
      res.end('{"errors":[{"code":"MANIFEST_UNKNOWN"}]}');
      return;
    }
    res.writeHead(200, { 'content-type': found.type, 'docker-content-digest': sha256(found.body) });
    res.end(req.method === 'HEAD' ? undefined : found.body);
  };
  return {
    manifests,
    blobs,
    puts,
    scopes,
    handler: (req: http.IncomingMessage, res: http.ServerResponse) =>
      handler(req, res, new URL(req.url ?? '/', `http://${req.headers.host}`)),
    /** Stores an image manifest of `mediaType` whose config says `platform`; returns its digest and size. */
    image(platform: Record<string, string>, mediaType = OCI_MANIFEST) {
      const config = Buffer.from(JSON.stringify({ ...platform, rootfs: { type: 'layers', diff_ids: [] } }));
      blobs.set(sha256(config), config);
      const body = Buffer.from(
        JSON.stringify({
          schemaVersion: 2,
          mediaType,
          config: { mediaType: 'x', digest: sha256(config), size: config.length },
          layers: [],
        }),
      );
      manifests.set(sha256(body), { type: mediaType, body });
      return { digest: sha256(body), size: body.length, config: sha256(config) };
    },
  };
}

const servers: TestServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

async function serve(registry: ReturnType<typeof standIn>) {
  const server = await startServer(registry.handler);
  servers.push(server);
  return `${new URL(server.url).host}/acme/shop`;
}

function merge(
  image: string,
  digests: string[],
  tags: string[],
  raw: Record<string, string> = {},
  env: Record<string, string> = { HOME: '/nonexistent' },
) {
  const lines: string[] = [];
  const options = parseBuildOptions({
    image,
    mode: 'merge',
    digests: digests.join('\n'),
    'registry-username': USER,
    'registry-password': PASSWORD,
    ...raw,
  });
  const promise = runMerge(options, tags, {
    signal: new AbortController().signal,
    log: (line) => lines.push(line),
    inputs: ACTION_MERGE_INPUTS,
    retryBaseMs: 1,
    env,
    secret: (value) => lines.push(`secret: ${value.length} characters`),
  });
  return { promise, lines };
}

async function configurationError(promise: Promise<unknown>): Promise<ConfigurationError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ConfigurationError);
  expect((error as Error).message).not.toContain(PASSWORD);
  return error as ConfigurationError;
}

describe('runMerge against a stand-in registry', () => {
  it('reads each manifest and config, PUTs one OCI index under every tag, and returns its digest', async () => {
    const registry = standIn();
    const amd = registry.image({ os: 'linux', architecture: 'amd64' }, DOCKER_MANIFEST);
    const arm = registry.image({ os: 'linux', architecture: 'arm64', variant: 'v8' });
    const image = await serve(registry);
    const { promise, lines } = merge(image, [arm.digest, amd.digest], ['1.2.3', 'sha-0123456']);
    const result = await promise;
    expect(registry.puts).toEqual(['1.2.3', 'sha-0123456']);
    const stored = registry.manifests.get('1.2.3');
    expect(stored?.type).toBe(OCI_INDEX);
    expect(sha256(stored?.body ?? '')).toBe(result.digest);
    expect(
      JSON.parse(stored?.body.toString() ?? '').manifests.map((m: { digest: string }) => m.digest),
    ).toEqual([amd.digest, arm.digest]);
    expect(result.platforms).toEqual(['linux/amd64', 'linux/arm64/v8']);
    expect(result.refs).toEqual([`${image}:1.2.3`, `${image}:sha-0123456`]);
    expect(lines).toContain(`${arm.digest}: linux/arm64/v8`);
    expect(lines).toContain(`index ${result.digest}: linux/amd64, linux/arm64/v8`);
  });

  it('with the token flow, asks for pull to read and pull,push to write, with the credentials', async () => {
    const registry = standIn({ bearer: true });
    const amd = registry.image({ os: 'linux', architecture: 'amd64' });
    const image = await serve(registry);
    await merge(image, [amd.digest], ['v1']).promise;
    expect(registry.scopes).toEqual(['repository:acme/shop:pull', 'repository:acme/shop:pull,push']);
    expect(registry.puts).toEqual(['v1']);
    // A registry whose challenge names pull only, even for a PUT: the write still asks for push.
    const pullOnly = standIn({ bearer: true, pullOnlyChallenge: true });
    const arm = pullOnly.image({ os: 'linux', architecture: 'arm64' });
    await merge(await serve(pullOnly), [arm.digest], ['v1']).promise;
    expect(pullOnly.scopes).toEqual(['repository:acme/shop:pull', 'repository:acme/shop:pull,push']);
    expect(pullOnly.puts).toEqual(['v1']);
  });

  it('takes the entries of a digest that is itself an index (attestations kept)', async () => {
    const registry = standIn();
    const amd = registry.image({ os: 'linux', architecture: 'amd64' });
    const att = registry.image({ os: 'unknown', architecture: 'unknown' });
    const index = Buffer.from(
      JSON.stringify({
        schemaVersion: 2,
        mediaType: OCI_INDEX,
        manifests: [
          {
            mediaType: OCI_MANIFEST,
            digest: amd.digest,
            size: amd.size,
            platform: { os: 'linux', architecture: 'amd64' },
          },
          {
            mediaType: OCI_MANIFEST,
            digest: att.digest,
            size: att.size,
            platform: { os: 'unknown', architecture: 'unknown' },
            annotations: {
              'vnd.docker.reference.type': 'attestation-manifest',
              'vnd.docker.reference.digest': amd.digest,
            },
          },
        ],
      }),
    );
    registry.manifests.set(sha256(index), { type: OCI_INDEX, body: index });
    const arm = registry.image({ os: 'linux', architecture: 'arm64' });
    const image = await serve(registry);
    const result = await merge(image, [sha256(index), arm.digest], ['v1']).promise;
    const stored = JSON.parse(registry.manifests.get('v1')?.body.toString() ?? '');
    expect(stored.manifests.map((m: { digest: string }) => m.digest)).toEqual([
      amd.digest,
      arm.digest,
      att.digest,
    ]);
    expect(result.platforms).toEqual(['linux/amd64', 'linux/arm64']);
  });

  it('a digest the registry does not have fails naming it, before anything is PUT', async () => {
    const registry = standIn();
    const amd = registry.image({ os: 'linux', architecture: 'amd64' });
    const missing = `sha256:${'e'.repeat(64)}`;
    const image = await serve(registry);
    const error = await configurationError(merge(image, [amd.digest, missing], ['v1']).promise);
    expect(error.input).toBe('digests');
    expect(error.message).toBe(
      `Input 'digests': ${image}@${missing} does not exist (the registry answered 404): give the digest outputs of push-by-digest jobs that pushed to ${image}`,
    );
    expect(registry.puts).toEqual([]);
  });

  it('two digests of one platform fail naming both, before anything is PUT', async () => {
    const registry = standIn();
    const one = registry.image({ os: 'linux', architecture: 'amd64' });
    const two = registry.image({ os: 'linux', architecture: 'amd64', author: 'other' });
    const image = await serve(registry);
    const error = await configurationError(merge(image, [one.digest, two.digest], ['v1']).promise);
    expect(error.message).toBe(
      `Input 'digests': ${two.digest} and ${one.digest} are both linux/amd64: give one digest per platform`,
    );
    expect(registry.puts).toEqual([]);
  });

  it('a config blob that is missing, or says no architecture, fails before anything is PUT', async () => {
    const registry = standIn();
    const gone = registry.image({ os: 'linux', architecture: 'amd64' });
    registry.blobs.delete(gone.config);
    const bare = registry.image({ os: 'linux' });
    const image = await serve(registry);
    await expect(merge(image, [gone.digest], ['v1']).promise).rejects.toThrow(
      `${image}@${gone.digest}: its config blob ${gone.config} is missing from the registry`,
    );
    const error = await configurationError(merge(image, [bare.digest], ['v1']).promise);
    expect(error.message).toBe(`Input 'digests': ${image}@${bare.digest}: its config has no architecture`);
    expect(registry.puts).toEqual([]);
  });

  it('a registry that stores the index under another digest is an error; without the header, a HEAD checks it', async () => {
    const registry = standIn({ putDigest: `sha256:${'f'.repeat(64)}` });
    const amd = registry.image({ os: 'linux', architecture: 'amd64' });
    const image = await serve(registry);
    await expect(merge(image, [amd.digest], ['v1']).promise).rejects.toThrow(
      /the registry stored acme\/shop:v1 as sha256:f{64}, not sha256:[0-9a-f]{64} \(the sha256 of the index sent\)/,
    );
    const quiet = standIn({ putDigest: 'none' });
    const arm = quiet.image({ os: 'linux', architecture: 'arm64' });
    const result = await merge(await serve(quiet), [arm.digest], ['v1']).promise;
    expect(sha256(quiet.manifests.get('v1')?.body ?? '')).toBe(result.digest);
  });

  it('a busy registry (503) is tried again; a wrong password is not, and names registry-password', async () => {
    const registry = standIn({ busy: 2 });
    const amd = registry.image({ os: 'linux', architecture: 'amd64' });
    const image = await serve(registry);
    const { promise, lines } = merge(image, [amd.digest], ['v1']);
    await promise;
    expect(
      lines.filter((l) => / answered 503 .*\(attempt \d of 4\); retrying in \d+ ms$/.test(l)),
    ).toHaveLength(2);
    const error = await configurationError(
      merge(image, [amd.digest], ['v2'], { 'registry-password': 'wrong' }).promise,
    );
    expect(error.input).toBe('registry-password');
    expect(error.message).toContain(`refused the credentials of ${USER} for acme/shop (GET answered 401)`);
    expect(registry.puts).toEqual(['v1']);
  });

  it('a registry input other than the image’s is refused before any request', async () => {
    const registry = standIn();
    const amd = registry.image({ os: 'linux', architecture: 'amd64' });
    const image = await serve(registry);
    const error = await configurationError(
      merge(image, [amd.digest], ['v1'], { registry: 'ghcr.io' }).promise,
    );
    expect(error.input).toBe('registry');
    expect(registry.puts).toEqual([]);
  });

  describe('without credential inputs: the docker login already there, else anonymous', () => {
    const noInputs = { 'registry-username': '', 'registry-password': '' };
    const dirs: string[] = [];
    afterEach(() => {
      for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
    });
    const dockerConfig = (config: unknown) => {
      const dir = mkdtempSync(path.join(tmpdir(), 'gantry-merge-docker-config-'));
      dirs.push(dir);
      writeFileSync(path.join(dir, 'config.json'), JSON.stringify(config));
      return dir;
    };

    it('uses the auths entry of DOCKER_CONFIG for the image’s registry, and tells the secret first', async () => {
      const registry = standIn();
      const amd = registry.image({ os: 'linux', architecture: 'amd64' });
      const image = await serve(registry);
      const host = image.replace(/\/.*$/, '');
      const dir = dockerConfig({
        auths: { [host]: { auth: Buffer.from(`${USER}:${PASSWORD}`).toString('base64') } },
      });
      const { promise, lines } = merge(image, [amd.digest], ['v1'], noInputs, { DOCKER_CONFIG: dir });
      await promise;
      expect(registry.puts).toEqual(['v1']);
      expect(lines.slice(0, 2)).toEqual([
        `secret: ${PASSWORD.length} characters`,
        `using the docker login of ${USER} for ${host} (${path.join(dir, 'config.json')})`,
      ]);
      expect(lines.join('\n')).not.toContain(PASSWORD);
    });

    it('runs the credential helper the config names, the server on stdin', async () => {
      const registry = standIn();
      const amd = registry.image({ os: 'linux', architecture: 'amd64' });
      const image = await serve(registry);
      const host = image.replace(/\/.*$/, '');
      const dir = dockerConfig({ credHelpers: { [host]: 'gantry-test' } });
      const helper = path.join(dir, 'docker-credential-gantry-test');
      writeFileSync(
        helper,
        `#!/bin/sh\nread server\n[ "$1" = get ] && [ "$server" = "${host}" ] || exit 1\nprintf '{"ServerURL":"%s","Username":"${USER}","Secret":"${PASSWORD}"}' "$server"\n`,
      );
      chmodSync(helper, 0o755);
      const saved = process.env.PATH;
      process.env.PATH = `${dir}:${saved}`;
      try {
        const { promise, lines } = merge(image, [amd.digest], ['v1'], noInputs, { DOCKER_CONFIG: dir });
        await promise;
        expect(lines).toContain(
          `using the docker login of ${USER} for ${host} (docker-credential-gantry-test)`,
        );
      } finally {
        process.env.PATH = saved;
      }
      expect(registry.puts).toEqual(['v1']);
    });

    it('no login at all: anonymous, and a registry that wants credentials names the credential inputs', async () => {
      const registry = standIn();
      const amd = registry.image({ os: 'linux', architecture: 'amd64' });
      const image = await serve(registry);
      const { promise, lines } = merge(image, [amd.digest], ['v1'], noInputs, {
        DOCKER_CONFIG: dockerConfig({}),
      });
      const error = await configurationError(promise);
      expect(error.input).toBe('registry-username');
      expect(error.message).toContain('requires credentials to read acme/shop');
      expect(lines[0]).toMatch(/^no credentials for 127\.0\.0\.1:\d+: speaking to it anonymously$/);
      // A docker login the registry refuses names the same inputs (it is where credentials are given).
      const host = image.replace(/\/.*$/, '');
      const wrong = dockerConfig({
        auths: { [host]: { auth: Buffer.from(`${USER}:wrong`).toString('base64') } },
      });
      const refused = await configurationError(
        merge(image, [amd.digest], ['v1'], noInputs, { DOCKER_CONFIG: wrong }).promise,
      );
      expect(refused.input).toBe('registry-username');
      // It says where the refused credentials came from: the inputs were not given.
      expect(refused.message).toBe(
        `Input 'registry-username': ${host} refused the credentials of ${USER} for acme/shop (GET answered 401); check the password or token and its pull permission (the credentials of the docker login read from ${path.join(wrong, 'config.json')}: log in again, or give registry-username and registry-password)`,
      );
      expect(registry.puts).toEqual([]);
    });
  });
});
