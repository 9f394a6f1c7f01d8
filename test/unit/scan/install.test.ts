import { readFileSync } from 'node:fs';
import { describe, expect, it, test } from 'vitest';
import {
  DEFAULT_TRIVY_VERSION,
  parseChecksums,
  parseTrivyVersion,
  parseTrivyVersionOutput,
  TRIVY_RELEASES_BASE,
  trivyAssetName,
  trivyChecksumsName,
  trivyReleaseUrl,
  verifyChecksum,
} from '../../../src/core/scan/install.ts';

const checksumsText = readFileSync(
  new URL('../../fixtures/scan-install/checksums.txt', import.meta.url),
  'utf8',
);

describe('trivyAssetName', () => {
  test.each([
    ['linux', 'x64', 'trivy_0.75.0_Linux-64bit.tar.gz'],
    ['linux', 'arm64', 'trivy_0.75.0_Linux-ARM64.tar.gz'],
    ['linux', 'arm', 'trivy_0.75.0_Linux-ARM.tar.gz'],
    ['linux', 'ia32', 'trivy_0.75.0_Linux-32bit.tar.gz'],
    ['darwin', 'x64', 'trivy_0.75.0_macOS-64bit.tar.gz'],
    ['darwin', 'arm64', 'trivy_0.75.0_macOS-ARM64.tar.gz'],
    ['freebsd', 'x64', 'trivy_0.75.0_FreeBSD-64bit.tar.gz'],
    ['win32', 'x64', 'trivy_0.75.0_windows-64bit.zip'],
  ])('%s/%s → %s', (platform, arch, name) => {
    expect(trivyAssetName('0.75.0', platform, arch)).toBe(name);
  });

  test.each([
    ['win32', 'arm64'],
    ['darwin', 'ia32'],
    ['aix', 'ppc64'],
    ['linux', 'riscv64'],
  ])('%s/%s has no release archive', (platform, arch) => {
    expect(() => trivyAssetName('0.75.0', platform, arch)).toThrow(
      `Input 'trivy-version': Trivy publishes no release archive for ${platform}/${arch}`,
    );
  });

  it('every asset name a Trivy checksum file lists for Linux and macOS is one we can produce', () => {
    const listed = [...parseChecksums(checksumsText).keys()];
    for (const [platform, arch] of [
      ['linux', 'x64'],
      ['linux', 'arm64'],
      ['darwin', 'x64'],
      ['darwin', 'arm64'],
      ['win32', 'x64'],
    ] as const) {
      expect(listed).toContain(trivyAssetName('0.75.0', platform, arch));
    }
  });
});

describe('release URLs', () => {
  it('names the checksum file and builds release URLs', () => {
    expect(trivyChecksumsName('0.75.0')).toBe('trivy_0.75.0_checksums.txt');
    expect(trivyReleaseUrl(TRIVY_RELEASES_BASE, '0.75.0', 'trivy_0.75.0_Linux-64bit.tar.gz')).toBe(
      'https://github.com/aquasecurity/trivy/releases/download/v0.75.0/trivy_0.75.0_Linux-64bit.tar.gz',
    );
    expect(trivyReleaseUrl('http://127.0.0.1:8080/mirror/', '0.75.0', 'x')).toBe(
      'http://127.0.0.1:8080/mirror/v0.75.0/x',
    );
  });
});

describe('parseTrivyVersion', () => {
  test.each([
    ['0.75.0', '0.75.0'],
    ['v0.75.0', '0.75.0'],
    [' 0.76.0-rc.1 ', '0.76.0-rc.1'],
  ])('%j → %s', (raw, version) => {
    expect(parseTrivyVersion('trivy-version', raw)).toBe(version);
  });
  test.each(['latest', '', '0.75', '^0.75.0', '0.75.x', 'v0.75.0; rm -rf /'])('%j is refused', (raw) => {
    expect(() => parseTrivyVersion('trivy-version', raw)).toThrow(
      /^Input 'trivy-version': expected a Trivy release version/,
    );
  });
  it('defaults to a pinned release, not latest', () => {
    expect(DEFAULT_TRIVY_VERSION).toMatch(/^\d+\.\d+\.\d+$/);
  });
});

describe('parseChecksums and verifyChecksum', () => {
  const sums = parseChecksums(checksumsText);
  const linux = 'trivy_0.75.0_Linux-64bit.tar.gz';
  const digest = sums.get(linux) ?? '';

  it('reads a checksum file in the layout Trivy releases publish', () => {
    expect(digest).toMatch(/^[0-9a-f]{64}$/);
    expect(sums.size).toBeGreaterThan(10);
  });

  it('accepts the listed digest in either case', () => {
    expect(verifyChecksum(sums, linux, digest)).toEqual({ ok: true, expected: digest });
    expect(verifyChecksum(sums, linux, digest.toUpperCase())).toEqual({ ok: true, expected: digest });
  });

  it('refuses another digest, saying both', () => {
    const wrong = 'f'.repeat(64);
    expect(verifyChecksum(sums, linux, wrong)).toEqual({
      ok: false,
      reason: 'mismatch',
      expected: digest,
      message: `SHA-256 of ${linux} is ${wrong}, but the release's checksum file says ${digest}`,
    });
  });

  it('refuses a file the checksum file does not list', () => {
    expect(verifyChecksum(sums, 'trivy_0.75.0_Plan9-64bit.tar.gz', digest)).toMatchObject({
      ok: false,
      reason: 'missing',
    });
  });

  it('reads binary-mode lines, skips noise, and refuses a file listed twice with different digests', () => {
    const a = 'a'.repeat(64);
    const b = 'b'.repeat(64);
    expect([...parseChecksums(`${a} *x.tar.gz\r\n# comment\n\nnot a line\n${a}  x.tar.gz\n`)]).toEqual([
      ['x.tar.gz', a],
    ]);
    expect(() => parseChecksums(`${a}  x.tar.gz\n${b}  x.tar.gz\n`)).toThrow('lists x.tar.gz twice');
  });
});

describe('parseTrivyVersionOutput', () => {
  test.each([
    ['Version: 0.75.0\nVulnerability DB:\n  Version: 2\n', '0.75.0'],
    ['Version: v0.74.1\n', '0.74.1'],
    ['trivy version dev\n', undefined],
    ['', undefined],
  ])('%j → %s', (stdout, version) => {
    expect(parseTrivyVersionOutput(stdout)).toBe(version);
  });
});
