// node:crypto is used for hashing only: a pure computation over the bytes passed in, no I/O.
import { createHash } from 'node:crypto';

/**
 * A multi-platform image as an OCI image index, built from the manifests of per-platform images:
 * what each manifest is (`parseManifest`), the platform its config says (`platformFromConfig`), and
 * the index itself (`buildImageIndex`) with its exact bytes and their digest. Pure.
 */

export const OCI_INDEX = 'application/vnd.oci.image.index.v1+json';
export const OCI_MANIFEST = 'application/vnd.oci.image.manifest.v1+json';
export const DOCKER_MANIFEST = 'application/vnd.docker.distribution.manifest.v2+json';
export const DOCKER_LIST = 'application/vnd.docker.distribution.manifest.list.v2+json';

/** What a merge accepts for a given digest: single-platform manifests first, then indexes. */
export const MERGE_ACCEPT = [OCI_MANIFEST, DOCKER_MANIFEST, OCI_INDEX, DOCKER_LIST].join(', ');

/** buildx's annotation on an attestation manifest (platform `unknown/unknown`) in an index. */
const REFERENCE_TYPE = 'vnd.docker.reference.type';
const REFERENCE_DIGEST = 'vnd.docker.reference.digest';

export interface Platform {
  os: string;
  architecture: string;
  variant?: string;
  'os.version'?: string;
  'os.features'?: string[];
}

export interface Descriptor {
  mediaType: string;
  digest: string;
  size: number;
  platform?: Platform;
  annotations?: Record<string, string>;
}

export type ParsedManifest =
  | { kind: 'manifest'; mediaType: string; configDigest: string }
  | { kind: 'index'; mediaType: string; manifests: Descriptor[] };

const DIGEST = /^sha256:[0-9a-f]{64}$/;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const parseJson = (text: string): unknown => {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
};

/** A descriptor of an index (digest, size and media type checked; platform and annotations kept). */
function parseDescriptor(value: unknown): Descriptor | string {
  if (!isRecord(value)) return 'an entry of its manifests is not an object';
  const { mediaType, digest, size, platform, annotations } = value;
  if (typeof digest !== 'string' || !DIGEST.test(digest)) return 'an entry has no sha256 digest';
  if (typeof mediaType !== 'string' || mediaType === '') return `the entry ${digest} has no mediaType`;
  if (typeof size !== 'number' || !Number.isSafeInteger(size) || size < 0)
    return `the entry ${digest} has no size`;
  const descriptor: Descriptor = { mediaType, digest, size };
  if (platform !== undefined) {
    const parsed = parsePlatform(platform);
    if (typeof parsed === 'string') return `the entry ${digest}: ${parsed}`;
    descriptor.platform = parsed;
  }
  if (isRecord(annotations)) {
    const strings = Object.entries(annotations).filter(
      (e): e is [string, string] => typeof e[1] === 'string',
    );
    if (strings.length > 0) descriptor.annotations = Object.fromEntries(strings);
  }
  return descriptor;
}

/**
 * What the registry served for a digest: a single-platform image manifest (its config digest) or an
 * index (its entries). `served` is the Content-Type, used when the body has no `mediaType` (OCI allows
 * that). Returns why not (a string) for anything else, e.g. a schema 1 manifest.
 */
export function parseManifest(text: string, served: string): ParsedManifest | string {
  const body = parseJson(text);
  if (!isRecord(body)) return 'is not a JSON manifest';
  if (body.schemaVersion !== 2) return `has schemaVersion ${JSON.stringify(body.schemaVersion)}, not 2`;
  const mediaType = typeof body.mediaType === 'string' && body.mediaType !== '' ? body.mediaType : served;
  if (mediaType === OCI_INDEX || mediaType === DOCKER_LIST) {
    if (!Array.isArray(body.manifests)) return `is a ${mediaType} without manifests`;
    const manifests: Descriptor[] = [];
    for (const entry of body.manifests) {
      const parsed = parseDescriptor(entry);
      if (typeof parsed === 'string') return `is an index where ${parsed}`;
      manifests.push(parsed);
    }
    return { kind: 'index', mediaType, manifests };
  }
  if (mediaType === OCI_MANIFEST || mediaType === DOCKER_MANIFEST) {
    const config = body.config;
    if (!isRecord(config) || typeof config.digest !== 'string' || !DIGEST.test(config.digest))
      return `is a ${mediaType} without a config digest`;
    return { kind: 'manifest', mediaType, configDigest: config.digest };
  }
  return `is of media type ${JSON.stringify(mediaType)}, not an OCI or Docker v2 image manifest or index`;
}

function parsePlatform(value: unknown): Platform | string {
  if (!isRecord(value)) return 'the platform is not an object';
  const { os, architecture, variant } = value;
  if (typeof os !== 'string' || os === '') return 'the platform has no os';
  if (typeof architecture !== 'string' || architecture === '') return 'the platform has no architecture';
  const platform: Platform = { os, architecture };
  if (typeof variant === 'string' && variant !== '') platform.variant = variant;
  const version = value['os.version'];
  if (typeof version === 'string' && version !== '') platform['os.version'] = version;
  const features = value['os.features'];
  if (Array.isArray(features) && features.length > 0 && features.every((f) => typeof f === 'string'))
    platform['os.features'] = features as string[];
  return platform;
}

/** The platform an image config blob says (`os`, `architecture`, `variant`, …); why not, as a string. */
export function platformFromConfig(text: string): Platform | string {
  const body = parseJson(text);
  if (!isRecord(body)) return 'its config is not JSON';
  const platform = parsePlatform(body);
  return typeof platform === 'string' ? `its config ${platform.replace(/^the platform /, '')}` : platform;
}

/** `linux/arm64/v8` (and the Windows version, when there is one). */
export function platformName(platform: Platform): string {
  const base = [platform.os, platform.architecture, platform.variant].filter(Boolean).join('/');
  return platform['os.version'] ? `${base} (${platform['os.version']})` : base;
}

export const isAttestation = (d: Descriptor): boolean =>
  d.annotations?.[REFERENCE_TYPE] === 'attestation-manifest';

/** One entry for the index, with the digest the user gave that it came from (errors name that one). */
export interface IndexEntry {
  given: string;
  descriptor: Descriptor;
}

export interface BuiltIndex {
  /** The entries in the index's order. */
  manifests: Descriptor[];
  /** The exact JSON to PUT. */
  bytes: string;
  /** sha256 of `bytes`. */
  digest: string;
  /** Each image's platform (attestations left out), in the index's order. */
  platforms: string[];
}

/** A fresh descriptor with its fields in one order, so the same entries give the same bytes. */
function canonical(d: Descriptor): Descriptor {
  const out: Descriptor = { mediaType: d.mediaType, digest: d.digest, size: d.size };
  if (d.platform !== undefined) {
    const p = d.platform;
    out.platform = { architecture: p.architecture, os: p.os };
    if (p['os.version'] !== undefined) out.platform['os.version'] = p['os.version'];
    if (p['os.features'] !== undefined) out.platform['os.features'] = [...p['os.features']];
    if (p.variant !== undefined) out.platform.variant = p.variant;
  }
  if (d.annotations !== undefined)
    out.annotations = Object.fromEntries(
      Object.keys(d.annotations)
        .sort()
        .map((k) => [k, d.annotations?.[k] ?? '']),
    );
  return out;
}

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Images by platform name (then digest); each attestation after them, by the image it is about. */
function order(entries: readonly Descriptor[]): Descriptor[] {
  const images = entries
    .filter((d) => !isAttestation(d))
    .sort(
      (a, b) =>
        byText(platformName(a.platform as Platform), platformName(b.platform as Platform)) ||
        byText(a.digest, b.digest),
    );
  const rank = new Map(images.map((d, i) => [d.digest, i]));
  const about = (d: Descriptor) => rank.get(d.annotations?.[REFERENCE_DIGEST] ?? '') ?? images.length;
  const attestations = entries
    .filter(isAttestation)
    .sort((a, b) => about(a) - about(b) || byText(a.digest, b.digest));
  return [...images, ...attestations];
}

/**
 * The OCI image index of the entries: schemaVersion 2, `application/vnd.oci.image.index.v1+json`,
 * each entry with its platform, in an order that does not depend on the order the digests were given
 * (so merging the same digests twice gives the same index digest). Throws (a plain message, the caller
 * names its input) for an entry without a platform, a digest given twice, or two images of one platform.
 */
export function buildImageIndex(entries: readonly IndexEntry[]): BuiltIndex {
  const seen = new Map<string, IndexEntry>();
  const platforms = new Map<string, IndexEntry>();
  for (const entry of entries) {
    const { descriptor: d, given } = entry;
    const from = given === d.digest ? given : `${d.digest} (in the index ${given})`;
    const twice = seen.get(d.digest);
    if (twice !== undefined) throw new Error(`${from} is given twice (also as ${twice.given})`);
    seen.set(d.digest, entry);
    if (d.platform === undefined) throw new Error(`${from} has no platform`);
    if (isAttestation(d)) continue;
    const name = platformName(d.platform);
    const other = platforms.get(name);
    if (other !== undefined)
      throw new Error(`${from} and ${other.given} are both ${name}: give one digest per platform`);
    platforms.set(name, entry);
  }
  if (platforms.size === 0) throw new Error('no image to merge (only attestations)');
  const manifests = order(entries.map((e) => canonical(e.descriptor)));
  const bytes = JSON.stringify({ schemaVersion: 2, mediaType: OCI_INDEX, manifests });
  return {
    manifests,
    bytes,
    digest: `sha256:${createHash('sha256').update(bytes, 'utf8').digest('hex')}`,
    platforms: manifests.filter((d) => !isAttestation(d)).map((d) => platformName(d.platform as Platform)),
  };
}
