import { ConfigurationError } from '../errors.ts';

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

/** A registry host as distribution/reference reads it: DNS labels or an [IPv6] literal, then a port of 1 to 65535. */
function isValidHost(host: string): boolean {
  const match =
    /^(?:((?:[A-Za-z0-9]|[A-Za-z0-9][A-Za-z0-9-]*[A-Za-z0-9])(?:\.(?:[A-Za-z0-9]|[A-Za-z0-9][A-Za-z0-9-]*[A-Za-z0-9]))*)|\[[0-9A-Fa-f:.]+\])(?::(\d{1,5}))?$/.exec(
      host,
    );
  if (match === null) return false;
  const port = match[2];
  return port === undefined || (Number(port) >= 1 && Number(port) <= 65535);
}

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
  if (isHost(first) && !isValidHost(first))
    return `${JSON.stringify(raw)}: ${JSON.stringify(first)} is not a valid registry host`;
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
 * An image reference given by the user (`input` names the input or option): refused, naming it,
 * unless it parses; an upper-case repository, a bad digest or a leading `-` never reach a tool.
 * Returns the value trimmed.
 */
export function checkImageReference(input: string, raw: string): string {
  const parsed = parseImageReference(raw);
  if (typeof parsed === 'string') {
    throw new ConfigurationError(
      `expected an image reference such as registry.example/app:1.2.3 or app@sha256:<64 hex>, got ${parsed}`,
      input,
    );
  }
  return raw.trim();
}

/** A registry host given on its own (`ghcr.io`, `127.0.0.1:5000`, `[::1]:5000`); returned trimmed. */
export function checkRegistryHost(input: string, raw: string): string {
  const value = raw.trim();
  if (!isValidHost(value)) {
    throw new ConfigurationError(
      `expected a registry host such as ghcr.io or 127.0.0.1:5000, got ${JSON.stringify(value)}`,
      input,
    );
  }
  return value;
}

/**
 * An image pinned by digest (`host/repo@sha256:…`, from a deploy's `images` input): the repository
 * path is lower-cased, as the build action lower-cases `image` (registries hold lower-case names only,
 * and `ghcr.io/${{ github.repository }}` keeps the owner's case), then checked; anything else that
 * does not parse is refused naming `input`.
 */
export function normalizePinnedImage(input: string, raw: string): string {
  const value = raw.trim();
  const slash = value.indexOf('/');
  const first = slash < 0 ? '' : value.slice(0, slash);
  const normalized = isHost(first)
    ? `${first}/${value.slice(slash + 1).replace(/^[^@]*/, (path) => path.toLowerCase())}`
    : value.replace(/^[^@]*/, (path) => path.toLowerCase());
  const parsed = parseImageReference(normalized);
  if (typeof parsed === 'string' || !isDigest(parsed.reference)) {
    throw new ConfigurationError(
      `expected image@sha256:<64 hex> for ${JSON.stringify(value)}${typeof parsed === 'string' ? ` (${parsed})` : ''}`,
      input,
    );
  }
  return normalized;
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
