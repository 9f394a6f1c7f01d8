import { describe, expect, it, test } from 'vitest';
import {
  buildxBuildArgv,
  cacheArgs,
  classicBuildArgv,
  repoDigestArgv,
  secretEnv,
} from '../../../src/core/build/argv.ts';
import {
  type BuildOptions,
  parseBuildOptions,
  type RawBuildInputs,
  registryOf,
} from '../../../src/core/build/options.ts';

const D1 = `sha256:${'a'.repeat(64)}`;
const opts = (raw: RawBuildInputs): BuildOptions => parseBuildOptions({ image: 'ghcr.io/acme/shop', ...raw });
const labels = { 'org.opencontainers.image.revision': 'abc', 'org.opencontainers.image.version': '1.2.3' };
const plan = (raw: RawBuildInputs, tags = ['1.2.3', 'sha-0123456']) => ({
  options: opts(raw),
  tags,
  labels,
  metadataFile: '/tmp/m/metadata.json',
});
const LABELS = [
  '--label',
  'org.opencontainers.image.revision=abc',
  '--label',
  'org.opencontainers.image.version=1.2.3',
];

describe('docker buildx build argv', () => {
  test.each<[string, RawBuildInputs, string[]]>([
    [
      'build, not pushed, gha cache, loaded',
      {},
      [
        'buildx',
        'build',
        ...LABELS,
        '--cache-from',
        'type=gha,scope=ghcr.io-acme-shop',
        '--cache-to',
        'type=gha,mode=max,scope=ghcr.io-acme-shop',
        '--provenance=false',
        '--sbom=false',
        '--tag',
        'ghcr.io/acme/shop:1.2.3',
        '--tag',
        'ghcr.io/acme/shop:sha-0123456',
        '--load',
        '--metadata-file',
        '/tmp/m/metadata.json',
        '--',
        '.',
      ],
    ],
    [
      'build, pushed, two platforms, everything set',
      {
        platforms: 'linux/amd64,linux/arm64',
        push: 'true',
        file: 'docker/Dockerfile',
        target: 'runtime',
        'build-args': 'NODE_VERSION=24\nMODE=prod',
        secrets: 'npm_token=s3cret\ngh=t0ken',
        cache: 'registry',
        provenance: 'true',
        labels: 'org.opencontainers.image.version=override\nteam=payments',
        context: 'app',
      },
      [
        'buildx',
        'build',
        '--platform',
        'linux/amd64,linux/arm64',
        '--file',
        'docker/Dockerfile',
        '--target',
        'runtime',
        '--build-arg',
        'NODE_VERSION=24',
        '--build-arg',
        'MODE=prod',
        '--label',
        'org.opencontainers.image.revision=abc',
        '--label',
        'org.opencontainers.image.version=override',
        '--label',
        'team=payments',
        '--secret',
        'id=npm_token,env=GANTRY_BUILD_SECRET_0',
        '--secret',
        'id=gh,env=GANTRY_BUILD_SECRET_1',
        '--cache-from',
        'type=registry,ref=ghcr.io/acme/shop:buildcache-linux-amd64-linux-arm64',
        '--cache-to',
        'type=registry,ref=ghcr.io/acme/shop:buildcache-linux-amd64-linux-arm64,mode=max',
        '--provenance=true',
        '--sbom=false',
        '--tag',
        'ghcr.io/acme/shop:1.2.3',
        '--tag',
        'ghcr.io/acme/shop:sha-0123456',
        '--push',
        '--metadata-file',
        '/tmp/m/metadata.json',
        '--',
        'app',
      ],
    ],
    [
      'build, two images, multi-platform not pushed (stays in the build cache), no cache',
      {
        image: 'ghcr.io/acme/shop\ndocker.io/acme/shop',
        platforms: 'linux/amd64,linux/arm64',
        cache: 'none',
      },
      [
        'buildx',
        'build',
        '--platform',
        'linux/amd64,linux/arm64',
        ...LABELS,
        '--provenance=false',
        '--sbom=false',
        '--tag',
        'ghcr.io/acme/shop:1.2.3',
        '--tag',
        'ghcr.io/acme/shop:sha-0123456',
        '--tag',
        'docker.io/acme/shop:1.2.3',
        '--tag',
        'docker.io/acme/shop:sha-0123456',
        '--metadata-file',
        '/tmp/m/metadata.json',
        '--',
        '.',
      ],
    ],
    [
      'push-by-digest, one platform per job, cache scope per platform',
      { mode: 'push-by-digest', platforms: 'linux/arm64', sbom: 'true' },
      [
        'buildx',
        'build',
        '--platform',
        'linux/arm64',
        ...LABELS,
        '--cache-from',
        'type=gha,scope=ghcr.io-acme-shop-linux-arm64',
        '--cache-to',
        'type=gha,mode=max,scope=ghcr.io-acme-shop-linux-arm64',
        '--provenance=false',
        '--sbom=true',
        '--output',
        'type=image,name=ghcr.io/acme/shop,push-by-digest=true,name-canonical=true,push=true',
        '--metadata-file',
        '/tmp/m/metadata.json',
        '--',
        '.',
      ],
    ],
  ])('%s', (_name, raw, expected) => {
    expect(buildxBuildArgv(plan(raw))).toEqual(expected);
  });

  it('keeps secret values out of argv and passes them by environment', () => {
    const p = plan({ secrets: 'npm_token=s3cret\ngh=t0ken' });
    expect(buildxBuildArgv(p).join(' ')).not.toMatch(/s3cret|t0ken/);
    expect(secretEnv(p.options)).toEqual({ GANTRY_BUILD_SECRET_0: 's3cret', GANTRY_BUILD_SECRET_1: 't0ken' });
  });
});

describe('classic docker build argv (no buildx)', () => {
  test.each<[string, RawBuildInputs, string[]]>([
    [
      'defaults',
      {},
      [
        'build',
        ...LABELS,
        '--tag',
        'ghcr.io/acme/shop:1.2.3',
        '--tag',
        'ghcr.io/acme/shop:sha-0123456',
        '--',
        '.',
      ],
    ],
    [
      'one platform, file, target, build args',
      {
        platforms: 'linux/amd64',
        file: 'Dockerfile.prod',
        target: 'run',
        'build-args': 'A=1',
        context: 'src',
      },
      [
        'build',
        '--platform',
        'linux/amd64',
        '--file',
        'Dockerfile.prod',
        '--target',
        'run',
        '--build-arg',
        'A=1',
        ...LABELS,
        '--tag',
        'ghcr.io/acme/shop:1.2.3',
        '--tag',
        'ghcr.io/acme/shop:sha-0123456',
        '--',
        'src',
      ],
    ],
  ])('%s', (_name, raw, expected) => {
    expect(classicBuildArgv(plan(raw))).toEqual(expected);
  });
  it('reads the repo digest with docker inspect', () => {
    expect(repoDigestArgv('r/x:1')).toEqual(['inspect', '--format', '{{index .RepoDigests 0}}', 'r/x:1']);
  });
});

describe('cache scopes', () => {
  test.each<[RawBuildInputs, string[]]>([
    [{ cache: 'none' }, []],
    [
      { platforms: 'linux/arm/v7' },
      [
        '--cache-from',
        'type=gha,scope=ghcr.io-acme-shop-linux-arm-v7',
        '--cache-to',
        'type=gha,mode=max,scope=ghcr.io-acme-shop-linux-arm-v7',
      ],
    ],
  ])('%j', (raw, expected) => {
    expect(cacheArgs(opts(raw))).toEqual(expected);
  });
});

describe('parseBuildOptions', () => {
  test.each<[string, RawBuildInputs, RegExp]>([
    ['no image', { image: '' }, /^Input 'image': is required/],
    ['bad push', { push: 'yes' }, /^Input 'push': expected true or false, got "yes"/],
    ['bad mode', { mode: 'fast' }, /^Input 'mode': expected build, push-by-digest or merge/],
    ['merge without digests', { mode: 'merge' }, /^Input 'digests': is required with mode: merge/],
    ['bad digest', { mode: 'merge', digests: 'sha256:xyz' }, /^Input 'digests': expected sha256/],
    ['digests without merge', { digests: D1 }, /^Input 'digests': is only used with mode: merge/],
    [
      'push-by-digest with two platforms',
      { mode: 'push-by-digest', platforms: 'linux/amd64,linux/arm64' },
      /^Input 'platforms': mode: push-by-digest builds exactly one/,
    ],
    ['push-by-digest without platform', { mode: 'push-by-digest' }, /^Input 'platforms'/],
    ['bad platform', { platforms: 'amd64' }, /^Input 'platforms': expected os\/arch/],
    ['bad cache', { cache: 's3' }, /^Input 'cache': expected gha, registry or none/],
    ['bad extra tag', { tags: 'has+plus' }, /^Input 'tags': "has\+plus" is not a valid docker tag/],
    ['bad build arg', { 'build-args': 'NOEQUALS' }, /^Input 'build-args': expected KEY=value/],
    ['bad secret id', { secrets: 'a b=c' }, /^Input 'secrets': secret id/],
    [
      'password without user',
      { 'registry-password': 'p' },
      /^Input 'registry-username': is required with registry-password/,
    ],
    ['user without password', { 'registry-username': 'u' }, /^Input 'registry-password': is required/],
    ['bad registry', { registry: 'https://ghcr.io' }, /^Input 'registry': expected a registry host/],
    ['image with tag', { image: 'acme/shop:latest' }, /^Input 'image': .*without a tag/],
    ['bad provenance', { provenance: 'maybe' }, /^Input 'provenance'/],
  ])('%s', (_name, raw, message) => {
    expect(() => opts(raw)).toThrow(message);
  });

  it('merge and push-by-digest always push', () => {
    expect(opts({ mode: 'merge', digests: D1 }).push).toBe(true);
    expect(opts({ mode: 'push-by-digest', platforms: 'linux/amd64' }).push).toBe(true);
    expect(opts({}).push).toBe(false);
  });

  test.each<[RawBuildInputs, string]>([
    [{}, 'ghcr.io'],
    [{ image: 'acme/shop' }, 'docker.io'],
    [{ image: '127.0.0.1:5000/gantry/app' }, '127.0.0.1:5000'],
    [{ registry: 'registry.example.com' }, 'registry.example.com'],
  ])('registryOf(%j) = %s', (raw, expected) => {
    expect(registryOf(opts(raw))).toBe(expected);
  });
});
