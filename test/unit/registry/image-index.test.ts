import { createHash } from 'node:crypto';
import { describe, expect, it, test } from 'vitest';
import {
  buildImageIndex,
  type Descriptor,
  DOCKER_LIST,
  DOCKER_MANIFEST,
  type IndexEntry,
  OCI_INDEX,
  OCI_MANIFEST,
  parseManifest,
  platformFromConfig,
} from '../../../src/core/registry/image-index.ts';

const d = (c: string) => `sha256:${c.repeat(64)}`;
const sha256 = (text: string) => `sha256:${createHash('sha256').update(text).digest('hex')}`;

const image = (digest: string, os: string, architecture: string, variant?: string): IndexEntry => ({
  given: digest,
  descriptor: {
    mediaType: OCI_MANIFEST,
    digest,
    size: 500,
    platform: { os, architecture, ...(variant ? { variant } : {}) },
  },
});

const attestation = (digest: string, about: string, given: string): IndexEntry => ({
  given,
  descriptor: {
    mediaType: OCI_MANIFEST,
    digest,
    size: 800,
    platform: { os: 'unknown', architecture: 'unknown' },
    annotations: {
      'vnd.docker.reference.type': 'attestation-manifest',
      'vnd.docker.reference.digest': about,
    },
  },
});

describe('parseManifest', () => {
  it('reads a single-platform OCI or Docker v2 manifest: its media type and config digest', () => {
    for (const mediaType of [OCI_MANIFEST, DOCKER_MANIFEST]) {
      const text = JSON.stringify({
        schemaVersion: 2,
        mediaType,
        config: { mediaType: 'x', digest: d('1'), size: 3 },
        layers: [],
      });
      expect(parseManifest(text, 'text/plain')).toEqual({
        kind: 'manifest',
        mediaType,
        configDigest: d('1'),
      });
    }
  });

  it('takes the media type from Content-Type when the body has none (OCI allows that)', () => {
    const text = JSON.stringify({ schemaVersion: 2, config: { digest: d('1'), size: 3 }, layers: [] });
    expect(parseManifest(text, OCI_MANIFEST)).toMatchObject({ kind: 'manifest', mediaType: OCI_MANIFEST });
  });

  it('reads an index (OCI or Docker list): its entries with platform and annotations', () => {
    const entry = {
      mediaType: OCI_MANIFEST,
      digest: d('2'),
      size: 10,
      platform: { architecture: 'arm', os: 'linux', variant: 'v7' },
      annotations: { a: 'b', n: 1 },
    };
    for (const mediaType of [OCI_INDEX, DOCKER_LIST]) {
      expect(parseManifest(JSON.stringify({ schemaVersion: 2, mediaType, manifests: [entry] }), '')).toEqual({
        kind: 'index',
        mediaType,
        manifests: [
          {
            mediaType: OCI_MANIFEST,
            digest: d('2'),
            size: 10,
            platform: { os: 'linux', architecture: 'arm', variant: 'v7' },
            annotations: { a: 'b' },
          },
        ],
      });
    }
  });

  test.each<[string, string, RegExp]>([
    ['not JSON', 'nope', /^is not a JSON manifest$/],
    ['schema 1', JSON.stringify({ schemaVersion: 1, name: 'x' }), /^has schemaVersion 1, not 2$/],
    [
      'an unknown media type',
      JSON.stringify({ schemaVersion: 2, mediaType: 'application/vnd.oci.artifact.manifest.v1+json' }),
      /^is of media type "application\/vnd\.oci\.artifact\.manifest\.v1\+json", not an OCI or Docker v2/,
    ],
    [
      'a manifest without a config',
      JSON.stringify({ schemaVersion: 2, mediaType: OCI_MANIFEST, layers: [] }),
      /without a config digest/,
    ],
    [
      'an index entry without a size',
      JSON.stringify({
        schemaVersion: 2,
        mediaType: OCI_INDEX,
        manifests: [{ mediaType: OCI_MANIFEST, digest: d('3') }],
      }),
      new RegExp(`^is an index where the entry ${d('3')} has no size$`),
    ],
  ])('refuses %s, saying why', (_name, text, why) => {
    const parsed = parseManifest(text, '');
    expect(typeof parsed).toBe('string');
    expect(parsed).toMatch(why);
  });
});

describe('platformFromConfig', () => {
  it('reads os, architecture and variant of an image config', () => {
    expect(platformFromConfig(JSON.stringify({ os: 'linux', architecture: 'amd64', rootfs: {} }))).toEqual({
      os: 'linux',
      architecture: 'amd64',
    });
    expect(platformFromConfig(JSON.stringify({ os: 'linux', architecture: 'arm64', variant: 'v8' }))).toEqual(
      {
        os: 'linux',
        architecture: 'arm64',
        variant: 'v8',
      },
    );
  });

  it('refuses a config without an architecture or not JSON', () => {
    expect(platformFromConfig(JSON.stringify({ os: 'linux' }))).toBe('its config has no architecture');
    expect(platformFromConfig('{')).toBe('its config is not JSON');
  });
});

describe('buildImageIndex', () => {
  it('an OCI image index, schemaVersion 2, each entry with its platform; the digest is the sha256 of the bytes', () => {
    const built = buildImageIndex([image(d('a'), 'linux', 'amd64'), image(d('b'), 'linux', 'arm64', 'v8')]);
    const parsed = JSON.parse(built.bytes) as {
      schemaVersion: number;
      mediaType: string;
      manifests: Descriptor[];
    };
    expect(parsed.schemaVersion).toBe(2);
    expect(parsed.mediaType).toBe(OCI_INDEX);
    expect(parsed.manifests).toEqual([
      {
        mediaType: OCI_MANIFEST,
        digest: d('a'),
        size: 500,
        platform: { architecture: 'amd64', os: 'linux' },
      },
      {
        mediaType: OCI_MANIFEST,
        digest: d('b'),
        size: 500,
        platform: { architecture: 'arm64', os: 'linux', variant: 'v8' },
      },
    ]);
    expect(built.digest).toBe(sha256(built.bytes));
    expect(built.platforms).toEqual(['linux/amd64', 'linux/arm64/v8']);
    expect(built.manifests).toEqual(parsed.manifests);
  });

  it('keeps each entry’s media type (a Docker v2 manifest stays one)', () => {
    const docker = { ...image(d('c'), 'linux', 's390x') };
    docker.descriptor = { ...docker.descriptor, mediaType: DOCKER_MANIFEST };
    const built = buildImageIndex([docker, image(d('a'), 'linux', 'amd64')]);
    expect(built.manifests.map((m) => m.mediaType)).toEqual([OCI_MANIFEST, DOCKER_MANIFEST]);
  });

  it('orders by platform, whatever order the digests were given in: the same digests give the same bytes', () => {
    const entries = [
      image(d('c'), 'linux', 'arm', 'v7'),
      image(d('a'), 'linux', 'amd64'),
      image(d('b'), 'linux', 'arm64'),
    ];
    const one = buildImageIndex(entries);
    const other = buildImageIndex([...entries].reverse());
    expect(one.platforms).toEqual(['linux/amd64', 'linux/arm/v7', 'linux/arm64']);
    expect(other.bytes).toBe(one.bytes);
    expect(other.digest).toBe(one.digest);
  });

  it('keeps attestation manifests (unknown/unknown, several of them) after the images they are about', () => {
    const index = d('9');
    const built = buildImageIndex([
      attestation(d('e'), d('b'), index),
      image(d('b'), 'linux', 'arm64'),
      attestation(d('f'), d('a'), index),
      image(d('a'), 'linux', 'amd64'),
    ]);
    expect(built.manifests.map((m) => m.digest)).toEqual([d('a'), d('b'), d('f'), d('e')]);
    expect(built.platforms).toEqual(['linux/amd64', 'linux/arm64']);
    expect(built.manifests[2]?.annotations).toEqual({
      'vnd.docker.reference.digest': d('a'),
      'vnd.docker.reference.type': 'attestation-manifest',
    });
  });

  it('refuses two images of one platform, naming both digests', () => {
    expect(() => buildImageIndex([image(d('a'), 'linux', 'amd64'), image(d('b'), 'linux', 'amd64')])).toThrow(
      `${d('b')} and ${d('a')} are both linux/amd64: give one digest per platform`,
    );
    // Another variant is another platform.
    expect(
      buildImageIndex([image(d('a'), 'linux', 'arm', 'v6'), image(d('b'), 'linux', 'arm', 'v7')]).platforms,
    ).toEqual(['linux/arm/v6', 'linux/arm/v7']);
  });

  it('refuses a digest given twice, and an entry of an index without a platform, naming them', () => {
    expect(() => buildImageIndex([image(d('a'), 'linux', 'amd64'), image(d('a'), 'linux', 'amd64')])).toThrow(
      `${d('a')} is given twice (also as ${d('a')})`,
    );
    const bare: IndexEntry = {
      given: d('9'),
      descriptor: { mediaType: OCI_MANIFEST, digest: d('c'), size: 1 },
    };
    expect(() => buildImageIndex([bare])).toThrow(`${d('c')} (in the index ${d('9')}) has no platform`);
  });

  it('refuses an index of attestations only', () => {
    expect(() => buildImageIndex([attestation(d('e'), d('a'), d('9'))])).toThrow(/no image to merge/);
  });
});
