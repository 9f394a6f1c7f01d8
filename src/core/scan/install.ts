import { ConfigurationError } from '../errors.ts';

/**
 * Installing Trivy, the pure parts: which release asset fits the runner, where it is downloaded
 * from, and whether its SHA-256 matches the release's checksum file. The download itself (tool-cache)
 * is in `src/adapters/trivy.ts`.
 */

/** The Trivy release Gantry pins by default (bumped deliberately, never `latest`). */
export const DEFAULT_TRIVY_VERSION = '0.75.0';

/** Where Trivy's release assets are: `<base>/v<version>/<asset>`. */
export const TRIVY_RELEASES_BASE = 'https://github.com/aquasecurity/trivy/releases/download';

/** `0.75.0` or `v0.75.0` (a pre-release such as `0.76.0-rc.1` too); returns it without the `v`. */
export function parseTrivyVersion(name: string, raw: string): string {
  const value = raw.trim();
  const match = /^v?(\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?)$/.exec(value);
  if (match?.[1] === undefined) {
    throw new ConfigurationError(
      `expected a Trivy release version such as 0.75.0, got ${JSON.stringify(raw)} (a range or \`latest\` would make the scan change under you)`,
      name,
    );
  }
  return match[1];
}

/** Node's `process.platform` / `process.arch` values Trivy publishes a release archive for. */
const OS_NAMES: Record<string, string> = { linux: 'Linux', darwin: 'macOS', freebsd: 'FreeBSD' };
const ARCH_NAMES: Record<string, string> = { x64: '64bit', arm64: 'ARM64', ia32: '32bit', arm: 'ARM' };

/** The release archive for a platform, e.g. `trivy_0.75.0_Linux-64bit.tar.gz`. */
export function trivyAssetName(version: string, platform: string, arch: string): string {
  const os = OS_NAMES[platform];
  const cpu = ARCH_NAMES[arch];
  if (platform === 'win32' && arch === 'x64') return `trivy_${version}_windows-64bit.zip`;
  if (os === undefined || cpu === undefined || (os === 'macOS' && !['64bit', 'ARM64'].includes(cpu))) {
    throw new ConfigurationError(
      `Trivy publishes no release archive for ${platform}/${arch}; put a trivy ${version} binary on PATH instead`,
      'trivy-version',
    );
  }
  return `trivy_${version}_${os}-${cpu}.tar.gz`;
}

/** The release's checksum file, e.g. `trivy_0.75.0_checksums.txt`. */
export const trivyChecksumsName = (version: string): string => `trivy_${version}_checksums.txt`;

/** `<base>/v<version>/<file>`; a trailing slash on the base is ignored. */
export const trivyReleaseUrl = (base: string, version: string, file: string): string =>
  `${base.replace(/\/+$/, '')}/v${version}/${file}`;

/**
 * Parses a `sha256sum` style checksum file (`<64 hex>  <file>`, `*<file>` for binary mode) into
 * file name → lower-case hex digest. Lines that are not checksums are skipped; a file named twice
 * with different digests is an error (the file cannot be trusted).
 */
export function parseChecksums(text: string): Map<string, string> {
  const sums = new Map<string, string>();
  for (const line of text.split(/\r?\n/)) {
    const match = /^([0-9a-fA-F]{64})\s+\*?(\S.*?)\s*$/.exec(line.trim());
    if (match?.[1] === undefined || match[2] === undefined) continue;
    const digest = match[1].toLowerCase();
    const previous = sums.get(match[2]);
    if (previous !== undefined && previous !== digest) {
      throw new Error(`the checksum file lists ${match[2]} twice with different digests`);
    }
    sums.set(match[2], digest);
  }
  return sums;
}

export type ChecksumVerdict =
  | { ok: true; expected: string }
  | { ok: false; reason: 'missing' | 'mismatch'; expected?: string; message: string };

/** Compares a downloaded file's SHA-256 with the one the checksum file lists for it. */
export function verifyChecksum(
  checksums: Map<string, string>,
  file: string,
  actual: string,
): ChecksumVerdict {
  const expected = checksums.get(file);
  if (expected === undefined) {
    return { ok: false, reason: 'missing', message: `the checksum file does not list ${file}` };
  }
  if (expected !== actual.toLowerCase()) {
    return {
      ok: false,
      reason: 'mismatch',
      expected,
      message: `SHA-256 of ${file} is ${actual.toLowerCase()}, but the release's checksum file says ${expected}`,
    };
  }
  return { ok: true, expected };
}

/** The version `trivy --version` prints on its first line (`Version: 0.75.0`). */
export function parseTrivyVersionOutput(stdout: string): string | undefined {
  return /^Version:\s*v?(\S+)/m.exec(stdout)?.[1];
}
