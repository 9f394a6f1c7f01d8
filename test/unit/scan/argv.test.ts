import { describe, expect, it, test } from 'vitest';
import {
  DEFAULT_DB_REPOSITORIES,
  DEFAULT_JAVA_DB_REPOSITORIES,
  DEFAULT_SCANNERS,
  imageRepository,
  isRateLimited,
  parseScanners,
  parseSeverities,
  RATE_LIMIT_DELAYS_MS,
  rateLimitDelay,
  type TrivyImageScan,
  trivyImageArgv,
} from '../../../src/core/scan/argv.ts';

const base: TrivyImageScan = {
  image: 'registry.example.com/shop/api@sha256:0123',
  output: '/tmp/out/trivy-report.json',
  scanners: DEFAULT_SCANNERS,
  cacheDir: '/home/runner/.cache/trivy',
  dbRepositories: DEFAULT_DB_REPOSITORIES,
  javaDbRepositories: DEFAULT_JAVA_DB_REPOSITORIES,
  emptyIgnoreFile: '/tmp/out/empty.trivyignore',
};

const common = (scanners: string, db: string, javaDb: string) => [
  'image',
  '--format',
  'json',
  '--output',
  '/tmp/out/trivy-report.json',
  '--exit-code',
  '0',
  '--scanners',
  scanners,
  '--cache-dir',
  '/home/runner/.cache/trivy',
  '--db-repository',
  db,
  '--java-db-repository',
  javaDb,
  '--ignorefile',
  '/tmp/out/empty.trivyignore',
  '--no-progress',
];
const MIRRORS = 'mirror.gcr.io/aquasec/trivy-db:2,ghcr.io/aquasecurity/trivy-db:2';
const JAVA_MIRRORS = 'mirror.gcr.io/aquasec/trivy-java-db:1,ghcr.io/aquasecurity/trivy-java-db:1';

describe('trivyImageArgv', () => {
  test.each<[string, Partial<TrivyImageScan>, string[]]>([
    ['defaults', {}, [...common('vuln,secret,misconfig', MIRRORS, JAVA_MIRRORS), '--', base.image]],
    [
      'a timeout',
      { timeout: '600s' },
      [...common('vuln,secret,misconfig', MIRRORS, JAVA_MIRRORS), '--timeout', '600s', '--', base.image],
    ],
    [
      'one scanner, one repository each',
      {
        scanners: ['vuln'],
        dbRepositories: ['registry.local/trivy-db:2'],
        javaDbRepositories: ['registry.local/java-db:1'],
      },
      [...common('vuln', 'registry.local/trivy-db:2', 'registry.local/java-db:1'), '--', base.image],
    ],
    [
      'an image name that looks like a flag comes after --, so Trivy never reads it as an option',
      { image: '--help' },
      [...common('vuln,secret,misconfig', MIRRORS, JAVA_MIRRORS), '--', '--help'],
    ],
  ])('%s', (_name, overrides, argv) => {
    expect(trivyImageArgv({ ...base, ...overrides })).toEqual(argv);
  });

  it('never filters by severity or fix state and never fails on findings: the verdict is ours', () => {
    const argv = trivyImageArgv(base);
    for (const flag of ['--severity', '--ignore-unfixed', '--ignore-policy', '--skip-db-update']) {
      expect(argv).not.toContain(flag);
    }
    expect(argv[argv.indexOf('--exit-code') + 1]).toBe('0');
    expect(argv[argv.indexOf('--format') + 1]).toBe('json');
  });
});

describe('parseScanners', () => {
  test.each<[string[], string[]]>([
    [
      ['vuln', 'secret', 'misconfig'],
      ['vuln', 'secret', 'misconfig'],
    ],
    [
      ['VULN', ' secret ', 'vuln'],
      ['vuln', 'secret'],
    ],
    [['license'], ['license']],
  ])('%j → %j', (items, scanners) => {
    expect(parseScanners('scanners', items)).toEqual(scanners);
  });
  test.each<[string[], string]>([
    [
      ['vuln', 'rootkit'],
      `Input 'scanners': unknown scanner "rootkit" (expected some of vuln, secret, misconfig, license)`,
    ],
    [[], `Input 'scanners': needs at least one of vuln, secret, misconfig, license`],
  ])('%j is refused', (items, message) => {
    expect(() => parseScanners('scanners', items)).toThrow(message);
  });
});

describe('rate limits', () => {
  test.each([
    // What ghcr.io answers when the database pull is rate limited, as Trivy prints it.
    [
      'FATAL\tFatal error\tinit error: DB error: failed to download vulnerability DB: OCI artifact error: failed to download vulnerability DB: GET https://ghcr.io/v2/aquasecurity/trivy-db/manifests/2: TOOMANYREQUESTS: retry-after: 717.088µs, allowed: 44000/minute',
      true,
    ],
    ['unexpected status code 429 Too Many Requests', true],
    ['FATAL\tFatal error\timage scan error: unable to find the specified image "nope:1"', false],
    ['', false],
  ])('%j → %s', (stderr, limited) => {
    expect(isRateLimited(stderr)).toBe(limited);
  });

  it('backs off a bounded number of times, with at most 20 % jitter', () => {
    expect([1, 2, 3, 4].map((n) => rateLimitDelay(n))).toEqual([...RATE_LIMIT_DELAYS_MS, undefined]);
    expect(rateLimitDelay(1, RATE_LIMIT_DELAYS_MS, 0.999)).toBe(11_998);
    expect(rateLimitDelay(2, [50, 60])).toBe(60);
    expect(rateLimitDelay(3, [50, 60])).toBeUndefined();
    expect(RATE_LIMIT_DELAYS_MS.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(150_000);
  });
});

describe('parseSeverities', () => {
  test.each<[string, string[]]>([
    ['CRITICAL,HIGH', ['CRITICAL', 'HIGH']],
    ['critical\nhigh, HIGH', ['CRITICAL', 'HIGH']],
    ['UNKNOWN', ['UNKNOWN']],
  ])('%j → %j', (raw, severities) => {
    expect(parseSeverities('severity', raw)).toEqual(severities);
  });
  it('refuses an empty list: a gate on no severity could never fail', () => {
    expect(() => parseSeverities('--severity', ' , ')).toThrow(
      "Option '--severity': needs at least one of CRITICAL, HIGH, MEDIUM, LOW, UNKNOWN",
    );
  });
  it('refuses an unknown word, naming the input', () => {
    expect(() => parseSeverities('severity', 'CRITICAL,SEVERE')).toThrow(
      `Input 'severity': unknown severity "SEVERE" (expected some of CRITICAL, HIGH, MEDIUM, LOW, UNKNOWN)`,
    );
  });
});

describe('imageRepository', () => {
  test.each([
    ['alpine:3.9', 'alpine'],
    ['alpine', 'alpine'],
    ['registry.example.com/shop/api:1.2.3', 'registry.example.com/shop/api'],
    ['registry:5000/shop/api', 'registry:5000/shop/api'],
    ['registry:5000/shop/api:v2', 'registry:5000/shop/api'],
    [`registry:5000/shop/api:v2@sha256:${'a'.repeat(64)}`, 'registry:5000/shop/api'],
    [`ghcr.io/acme/shop@sha256:${'0'.repeat(64)}`, 'ghcr.io/acme/shop'],
    ['testdata/fixtures/images/alpine-39.tar.gz', 'testdata/fixtures/images/alpine-39.tar.gz'],
    ['package-lock.json', 'package-lock.json'],
  ])('%s → %s', (ref, repository) => {
    expect(imageRepository(ref)).toBe(repository);
  });
});
