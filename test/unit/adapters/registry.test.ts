import { createHash, randomBytes } from 'node:crypto';
import type http from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { type ResolveOptions, resolveDigest } from '../../../src/adapters/registry.ts';
import { ConfigurationError } from '../../../src/core/errors.ts';
import { startServer, type TestServer } from '../../helpers/servers.ts';

// The registry adapter against real loopback HTTP servers: a Basic-auth registry (as the
// sandbox's htpasswd one), and a registry with a separate token service that behaves as the
// Docker registry token spec documents (ghcr.io and Docker Hub, which cannot be reached here).

const USER = 'ci';
const PASSWORD = `pw-${randomBytes(6).toString('hex')}`;
const MANIFEST = JSON.stringify({
  schemaVersion: 2,
  mediaType: 'application/vnd.oci.image.index.v1+json',
  manifests: [],
});
const DIGEST = `sha256:${createHash('sha256').update(MANIFEST).digest('hex')}`;
const INPUTS = { reference: '--tag', password: 'registry.password', credentials: 'registry' };

const servers: TestServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});
const serve = async (handler: Parameters<typeof startServer>[0]) => {
  const server = await startServer(handler);
  servers.push(server);
  return server;
};
const hostOf = (server: TestServer) => new URL(server.url).host;
const basicOk = (req: http.IncomingMessage) =>
  req.headers.authorization === `Basic ${Buffer.from(`${USER}:${PASSWORD}`).toString('base64')}`;

/** A registry holding acme/api:v1, behind `auth` (answers 401 with `challenge` otherwise). */
function registry(
  auth: (req: http.IncomingMessage) => boolean,
  challenge: () => string,
  { digestHeader = true } = {},
): Parameters<typeof startServer>[0] {
  return (req, res) => {
    if (!auth(req)) {
      res.writeHead(401, { 'www-authenticate': challenge(), 'content-type': 'application/json' });
      res.end(req.method === 'HEAD' ? undefined : '{"errors":[{"code":"UNAUTHORIZED"}]}');
      return;
    }
    if (req.url !== '/v2/acme/api/manifests/v1') {
      res.writeHead(404, { 'content-type': 'application/json' });
      res.end(req.method === 'HEAD' ? undefined : '{"errors":[{"code":"MANIFEST_UNKNOWN"}]}');
      return;
    }
    res.writeHead(200, {
      'content-type': 'application/vnd.oci.image.index.v1+json',
      'content-length': Buffer.byteLength(MANIFEST),
      ...(digestHeader ? { 'docker-content-digest': DIGEST } : {}),
    });
    res.end(req.method === 'HEAD' ? undefined : MANIFEST);
  };
}

const resolve = (server: TestServer, extra: Partial<ResolveOptions> = {}, tag = 'v1') =>
  resolveDigest({
    image: `${hostOf(server)}/acme/api:${tag}`,
    username: USER,
    password: PASSWORD,
    inputs: INPUTS,
    ...extra,
  });

async function configurationError(promise: Promise<unknown>): Promise<ConfigurationError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ConfigurationError);
  expect((error as Error).message).not.toContain(PASSWORD);
  return error as ConfigurationError;
}

describe('resolveDigest against a Basic-auth registry', () => {
  const basicRegistry = (options?: { digestHeader?: boolean }) =>
    serve(registry(basicOk, () => 'Basic realm="stand-in"', options));

  it('HEADs the manifest with the credentials and the four manifest types, and reads Docker-Content-Digest', async () => {
    const server = await basicRegistry();
    const resolved = await resolve(server);
    expect(resolved.digest).toBe(DIGEST);
    expect(resolved.pinned).toBe(`${hostOf(server)}/acme/api@${DIGEST}`);
    expect(server.hits()).toBe(1);
    const [headers] = server.headersSeen();
    expect(headers?.accept?.split(/,\s*/)).toEqual([
      'application/vnd.oci.image.index.v1+json',
      'application/vnd.oci.image.manifest.v1+json',
      'application/vnd.docker.distribution.manifest.list.v2+json',
      'application/vnd.docker.distribution.manifest.v2+json',
    ]);
  });

  it('without a Docker-Content-Digest header, GETs the manifest and hashes its bytes', async () => {
    const server = await basicRegistry({ digestHeader: false });
    expect((await resolve(server)).digest).toBe(DIGEST);
    expect(server.hits()).toBe(2);
  });

  it('a tag that does not exist is an error naming --tag', async () => {
    const server = await basicRegistry();
    const error = await configurationError(resolve(server, {}, 'nope'));
    expect(error.input).toBe('--tag');
    expect(error.message).toContain(`${hostOf(server)}/acme/api:nope does not exist`);
  });

  it('a wrong password is an error naming registry.password', async () => {
    const server = await basicRegistry();
    const error = await configurationError(resolve(server, { password: 'wrong' }));
    expect(error.input).toBe('registry.password');
    expect(error.message).toContain(`refused the credentials of ${USER}`);
  });

  it('no credentials for a registry that wants them is an error naming registry', async () => {
    const server = await basicRegistry();
    const error = await configurationError(resolve(server, { username: undefined, password: undefined }));
    expect(error.input).toBe('registry');
    expect(error.message).toContain('requires credentials');
    expect(server.headersSeen()[0]?.authorization).toBeUndefined();
  });

  it('a server error or a registry that does not answer is not a configuration error', async () => {
    const failing = await serve((_req, res) => {
      res.writeHead(503);
      res.end();
    });
    await expect(resolve(failing)).rejects.toThrow(/answered 503/);
    const silent = await serve(() => {});
    await expect(resolve(silent, { timeoutMs: 300 })).rejects.toThrow(/did not answer within 0.3s/);
  });
});

describe('resolveDigest with the Docker token flow (Bearer)', () => {
  /** A token service: `token` for the right Basic credentials, an anonymous one when `anonymous`. */
  async function tokenService(field: 'token' | 'access_token', anonymous = false) {
    const issued = `tok-${randomBytes(8).toString('hex')}`;
    const server = await serve((req, res) => {
      const authorized = basicOk(req) || (anonymous && req.headers.authorization === undefined);
      if (!authorized) {
        res.writeHead(401, { 'content-type': 'application/json' });
        res.end('{"errors":[{"code":"UNAUTHORIZED","message":"authentication required"}]}');
        return;
      }
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ [field]: issued, expires_in: 300 }));
    });
    return { server, issued };
  }
  async function bearerRegistry(tokens: { server: TestServer; issued: string }, scope = true) {
    return serve(
      registry(
        (req) => req.headers.authorization === `Bearer ${tokens.issued}`,
        () =>
          `Bearer realm="${tokens.server.url}/token",service="stand-in.test"${scope ? ',scope="repository:acme/api:pull"' : ''}`,
      ),
    );
  }

  it('gets a token with the credentials for the challenge service and scope, then HEADs with it', async () => {
    const tokens = await tokenService('token');
    const server = await bearerRegistry(tokens);
    const resolved = await resolve(server);
    expect(resolved.digest).toBe(DIGEST);
    expect(server.hits()).toBe(2);
    expect(server.headersSeen()[1]?.authorization).toBe(`Bearer ${tokens.issued}`);
    expect(tokens.server.hits()).toBe(1);
  });

  it('sends the service and scope of the challenge to the realm (pull on the repository by default)', async () => {
    const seen: string[] = [];
    const issued = 'tok-scope';
    const tokenServer = await serve((req, res) => {
      seen.push(req.url ?? '');
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ token: issued }));
    });
    const server = await bearerRegistry({ server: tokenServer, issued }, false);
    await resolve(server);
    const url = new URL(seen[0] ?? '', tokenServer.url);
    expect(url.pathname).toBe('/token');
    expect(url.searchParams.get('service')).toBe('stand-in.test');
    expect(url.searchParams.get('scope')).toBe('repository:acme/api:pull');
    expect(tokenServer.headersSeen()[0]?.authorization).toBe(
      `Basic ${Buffer.from(`${USER}:${PASSWORD}`).toString('base64')}`,
    );
  });

  it('a public image: an anonymous token (access_token) without credentials', async () => {
    const tokens = await tokenService('access_token', true);
    const server = await bearerRegistry(tokens);
    expect((await resolve(server, { username: undefined, password: undefined })).digest).toBe(DIGEST);
    expect(tokens.server.headersSeen()[0]?.authorization).toBeUndefined();
  });

  it('a token service that refuses the password is an error naming registry.password', async () => {
    const tokens = await tokenService('token');
    const server = await bearerRegistry(tokens);
    const error = await configurationError(resolve(server, { password: 'wrong' }));
    expect(error.input).toBe('registry.password');
    expect(error.message).toContain('token service');
  });

  it('a missing tag behind a token is an error naming --tag', async () => {
    const tokens = await tokenService('token');
    const server = await bearerRegistry(tokens);
    const error = await configurationError(resolve(server, {}, 'v9'));
    expect(error.input).toBe('--tag');
  });
});
