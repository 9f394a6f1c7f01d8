import { ConfigurationError } from '../errors.ts';
import { parseList } from '../inputs/parse.ts';
import { steppedBackoff } from '../retry.ts';
import { SEVERITIES, type Severity } from './types.ts';

/**
 * The Trivy command line Gantry runs, as argv (never a shell string), and how its failures are read.
 *
 * Trivy always writes the full JSON report and exits 0 on findings: no `--severity`, no
 * `--ignore-unfixed`, no `--exit-code 1`. Severity, fix state, ignore files and the baseline are
 * Gantry's verdict (src/core/scan/gate.ts), so the counts and the SARIF describe the whole image.
 * Trivy's own `.trivyignore` lookup in the working directory is switched off with an empty ignore
 * file, for the same reason (Gantry reads the ignore files itself and lists what they ignored).
 */

/** Mirror first (no GitHub rate limit), GitHub's registry second; Trivy tries them in order. */
export const DEFAULT_DB_REPOSITORIES = [
  'mirror.gcr.io/aquasec/trivy-db:2',
  'ghcr.io/aquasecurity/trivy-db:2',
];
export const DEFAULT_JAVA_DB_REPOSITORIES = [
  'mirror.gcr.io/aquasec/trivy-java-db:1',
  'ghcr.io/aquasecurity/trivy-java-db:1',
];

export const SCANNERS = ['vuln', 'secret', 'misconfig', 'license'] as const;
export type Scanner = (typeof SCANNERS)[number];
export const DEFAULT_SCANNERS: readonly Scanner[] = ['vuln', 'secret', 'misconfig'];

/** `CRITICAL,HIGH` (any case, comma or newline separated) to severities; an unknown word names the input. */
export const DEFAULT_SEVERITIES: readonly Severity[] = ['CRITICAL', 'HIGH'];

export function parseSeverities(name: string, raw: string): Severity[] {
  const out: Severity[] = [];
  for (const item of parseList(name, raw)) {
    const severity = item.trim().toUpperCase();
    if (!(SEVERITIES as readonly string[]).includes(severity)) {
      throw new ConfigurationError(
        `unknown severity ${JSON.stringify(item)} (expected some of ${SEVERITIES.join(', ')})`,
        name,
      );
    }
    if (!out.includes(severity as Severity)) out.push(severity as Severity);
  }
  // An empty list would gate on nothing: a scan that can never fail.
  if (out.length === 0) throw new ConfigurationError(`needs at least one of ${SEVERITIES.join(', ')}`, name);
  return out;
}

/** Checks a `scanners` list: known names, no repeats, at least one. */
export function parseScanners(name: string, items: readonly string[]): Scanner[] {
  const out: Scanner[] = [];
  for (const item of items) {
    const scanner = item.trim().toLowerCase();
    if (!(SCANNERS as readonly string[]).includes(scanner)) {
      throw new ConfigurationError(
        `unknown scanner ${JSON.stringify(item)} (expected some of ${SCANNERS.join(', ')})`,
        name,
      );
    }
    if (!out.includes(scanner as Scanner)) out.push(scanner as Scanner);
  }
  if (out.length === 0) throw new ConfigurationError(`needs at least one of ${SCANNERS.join(', ')}`, name);
  return out;
}

export interface TrivyImageScan {
  image: string;
  /** Where Trivy writes the JSON report. */
  output: string;
  scanners: readonly Scanner[];
  /** Trivy's cache folder (the vulnerability databases live under it); the one Gantry caches. */
  cacheDir: string;
  dbRepositories: readonly string[];
  javaDbRepositories: readonly string[];
  /** An empty file, so that Trivy does not apply a `.trivyignore` it finds in the working folder. */
  emptyIgnoreFile: string;
  /** Trivy's own `--timeout` (e.g. `10m`); Trivy's default (5m) when absent. */
  timeout?: string;
}

/** `trivy image …` for one image. */
export function trivyImageArgv(scan: TrivyImageScan): string[] {
  const argv = [
    'image',
    '--format',
    'json',
    '--output',
    scan.output,
    '--exit-code',
    '0',
    '--scanners',
    scan.scanners.join(','),
    '--cache-dir',
    scan.cacheDir,
    '--db-repository',
    scan.dbRepositories.join(','),
    '--java-db-repository',
    scan.javaDbRepositories.join(','),
    '--ignorefile',
    scan.emptyIgnoreFile,
    '--no-progress',
  ];
  if (scan.timeout !== undefined) argv.push('--timeout', scan.timeout);
  // `--` ends the options (Trivy's flag parser honours it): the image is never read as one.
  argv.push('--', scan.image);
  return argv;
}

/** `trivy --version`: prints `Version: 0.75.0` first. */
export const TRIVY_VERSION_ARGV: readonly string[] = ['--version'];

/**
 * Whether a failed Trivy run was refused by a registry's rate limit (`TOOMANYREQUESTS`, as the OCI
 * distribution spec names the error; ghcr.io answers it when many jobs pull the database at once).
 * Only these are retried: any other failure is the image's or the configuration's, and a retry would
 * only repeat it.
 */
export const isRateLimited = (stderr: string): boolean =>
  /TOOMANYREQUESTS|429 Too Many Requests/i.test(stderr);

/** Waits before the 2nd, 3rd and 4th attempt of a rate-limited run: bounded, about 2 minutes in all. */
export const RATE_LIMIT_DELAYS_MS: readonly number[] = [10_000, 30_000, 80_000];

/**
 * The wait before the next attempt after `failedAttempts` rate-limited ones, or undefined when the
 * retries are used up. Up to 20 % jitter (from `random`, in [0, 1)) spreads jobs that were refused together.
 */
export function rateLimitDelay(
  failedAttempts: number,
  delays: readonly number[] = RATE_LIMIT_DELAYS_MS,
  random = 0,
): number | undefined {
  return steppedBackoff(failedAttempts, delays, 0.2, random);
}

/**
 * The image's repository, without tag or digest: `registry:5000/shop/api:1.2.3@sha256:…` →
 * `registry:5000/shop/api`. It names what must stay the same from one build to the next: the SARIF
 * category (a new category per digest would leave every earlier build's alerts open for ever) and the
 * pull-request comment's marker (a new marker per push would add a comment per push). A path (a report's
 * ArtifactName such as `app.tar.gz`) has no tag and is kept as is.
 */
export function imageRepository(ref: string): string {
  const withoutDigest = ref.trim().replace(/@[A-Za-z0-9_+.-]+:[0-9A-Fa-f]+$/, '');
  const colon = withoutDigest.lastIndexOf(':');
  return colon > withoutDigest.lastIndexOf('/') && /^[\w][\w.-]{0,127}$/.test(withoutDigest.slice(colon + 1))
    ? withoutDigest.slice(0, colon)
    : withoutDigest;
}
