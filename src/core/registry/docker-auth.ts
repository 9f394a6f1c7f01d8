/**
 * Which credentials a docker login left for a registry, read from the text of a docker
 * `config.json` as the docker CLI reads it: `credHelpers[host]`, else `credsStore`, run as
 * `docker-credential-<name> get` with the server URL on stdin; else `auths[key]` (`auth` is base64
 * `user:password`, or `username`/`password`). Docker Hub's key is `https://index.docker.io/v1/`. Pure.
 */

export type DockerAuth =
  | { kind: 'basic'; username: string; password: string }
  | { kind: 'helper'; helper: string; serverUrl: string }
  | { kind: 'unsupported'; why: string };

export const DOCKER_HUB_SERVER = 'https://index.docker.io/v1/';
const HUB = new Set(['docker.io', 'index.docker.io', 'registry-1.docker.io']);

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The host of a config key: `https://ghcr.io`, `ghcr.io/v2/`, `https://index.docker.io/v1/` → ghcr.io, index.docker.io. */
function keyHost(key: string): string {
  return key
    .replace(/^[a-z]+:\/\//i, '')
    .replace(/\/.*$/, '')
    .toLowerCase();
}

const sameRegistry = (key: string, registry: string): boolean => {
  const host = keyHost(key);
  const wanted = registry.toLowerCase();
  return host === wanted || (HUB.has(wanted) && HUB.has(host));
};

function fromAuths(auths: unknown, registry: string): DockerAuth | undefined {
  if (!isRecord(auths)) return undefined;
  const key = Object.keys(auths).find((k) => sameRegistry(k, registry));
  const entry = key === undefined ? undefined : auths[key];
  if (!isRecord(entry)) return undefined;
  if (typeof entry.identitytoken === 'string' && entry.identitytoken !== '')
    return { kind: 'unsupported', why: `the docker login for ${registry} is an identity token` };
  if (typeof entry.auth === 'string' && entry.auth !== '') {
    const decoded = Buffer.from(entry.auth, 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    if (colon <= 0)
      return { kind: 'unsupported', why: `the docker login for ${registry} is not user:password` };
    return { kind: 'basic', username: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
  }
  if (typeof entry.username === 'string' && typeof entry.password === 'string' && entry.username !== '')
    return { kind: 'basic', username: entry.username, password: entry.password };
  return undefined;
}

/** The credentials a docker config holds for `registry` (host[:port], `docker.io` for Docker Hub); undefined when none. */
export function dockerAuthFor(configText: string, registry: string): DockerAuth | undefined {
  let config: unknown;
  try {
    config = JSON.parse(configText);
  } catch {
    return { kind: 'unsupported', why: 'the docker config is not JSON' };
  }
  if (!isRecord(config)) return undefined;
  const serverUrl = HUB.has(registry.toLowerCase()) ? DOCKER_HUB_SERVER : registry;
  const helpers = isRecord(config.credHelpers) ? config.credHelpers : {};
  const helperKey = Object.keys(helpers).find((k) => sameRegistry(k, registry));
  const helper = helperKey === undefined ? undefined : helpers[helperKey];
  if (typeof helper === 'string' && helper !== '') return { kind: 'helper', helper, serverUrl };
  if (typeof config.credsStore === 'string' && config.credsStore !== '')
    return { kind: 'helper', helper: config.credsStore, serverUrl };
  return fromAuths(config.auths, registry);
}

/** A credential helper's `get` answer (`{"ServerURL","Username","Secret"}`); why not, as a string. */
export function parseHelperAnswer(text: string): { username: string; password: string } | string {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return 'answered no JSON';
  }
  if (!isRecord(body) || typeof body.Username !== 'string' || typeof body.Secret !== 'string')
    return 'answered without Username and Secret';
  if (body.Username === '<token>') return 'holds an identity token';
  return { username: body.Username, password: body.Secret };
}
