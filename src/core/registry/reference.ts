/**
 * Image references as the registry API sees them (distribution/reference rules, Docker Hub
 * defaults): `host/repo:tag` → the API host, the repository path and the tag or digest. Pure.
 */

export interface ImageReference {
  /** The registry as written (`docker.io` when none): what messages name. */
  registry: string;
  /** The host:port the /v2/ API is on (`registry-1.docker.io` for Docker Hub). */
  apiHost: string;
  /** The repository path (`library/nginx` for a Docker Hub official image). */
  repository: string;
  /** A tag, or a `sha256:…` digest. */
  reference: string;
}

const DOCKER_HUB = new Set(['docker.io', 'index.docker.io', 'registry-1.docker.io']);
const TAG = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;
const DIGEST = /^sha256:[a-f0-9]{64}$/;

/** Whether the first path component is a registry host (has a `.` or `:`, or is localhost). */
const isHost = (first: string): boolean => /[.:]/.test(first) || first === 'localhost';

/**
 * `host/repo:tag`, `repo@sha256:…`, `nginx` (Docker Hub `library/nginx:latest`). Returns an
 * error message (not a throw) for a reference that is not one, so callers name their own input.
 */
export function parseImageReference(raw: string): ImageReference | string {
  const value = raw.trim();
  let name = value;
  let reference = 'latest';
  const at = value.indexOf('@');
  if (at >= 0) {
    name = value.slice(0, at);
    reference = value.slice(at + 1);
    if (!DIGEST.test(reference)) return `${JSON.stringify(raw)}: expected a sha256:<64 hex> digest after @`;
    // name:tag@digest: the digest wins, as docker pulls it.
    const colon = name.lastIndexOf(':');
    if (colon > name.lastIndexOf('/')) name = name.slice(0, colon);
  } else {
    const colon = value.lastIndexOf(':');
    if (colon > value.lastIndexOf('/')) {
      name = value.slice(0, colon);
      reference = value.slice(colon + 1);
      if (!TAG.test(reference))
        return `${JSON.stringify(raw)}: ${JSON.stringify(reference)} is not a valid tag`;
    }
  }
  const slash = name.indexOf('/');
  const first = slash < 0 ? '' : name.slice(0, slash);
  const registry = isHost(first) ? first : 'docker.io';
  let repository = isHost(first) ? name.slice(slash + 1) : name;
  if (
    repository === '' ||
    !/^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*$/.test(repository)
  )
    return `${JSON.stringify(raw)}: ${JSON.stringify(repository)} is not a valid repository name`;
  const hub = DOCKER_HUB.has(registry);
  if (hub && !repository.includes('/')) repository = `library/${repository}`;
  return {
    registry: hub ? 'docker.io' : registry,
    apiHost: hub ? 'registry-1.docker.io' : registry,
    repository,
    reference,
  };
}

/**
 * Loopback registries (127.0.0.0/8, ::1, localhost) are spoken to over plain http, as the Docker
 * engine treats them as insecure registries by default; every other host over https.
 */
export function isLoopbackHost(hostPort: string): boolean {
  const host = hostPort.startsWith('[')
    ? hostPort.slice(1, hostPort.indexOf(']'))
    : hostPort.replace(/:\d+$/, '');
  const lower = host.toLowerCase();
  return lower === 'localhost' || lower === '::1' || /^127(?:\.\d{1,3}){3}$/.test(lower);
}

/** `https://<host>/v2/<repo>/manifests/<reference>` (http for a loopback host). */
export const manifestUrl = (ref: ImageReference): string =>
  `${isLoopbackHost(ref.apiHost) ? 'http' : 'https'}://${ref.apiHost}/v2/${ref.repository}/manifests/${ref.reference}`;

/** The media types a digest may be of: multi-platform indexes first, then single manifests. */
export const MANIFEST_ACCEPT = [
  'application/vnd.oci.image.index.v1+json',
  'application/vnd.oci.image.manifest.v1+json',
  'application/vnd.docker.distribution.manifest.list.v2+json',
  'application/vnd.docker.distribution.manifest.v2+json',
].join(', ');

export const isDigest = (value: string): boolean => DIGEST.test(value);
