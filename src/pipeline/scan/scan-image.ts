import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import path from 'node:path';
import { readReportFile, runTrivy, trivyVersionOf } from '../../adapters/trivy.ts';
import { ConfigurationError } from '../../core/errors.ts';
import {
  DEFAULT_DB_REPOSITORIES,
  DEFAULT_JAVA_DB_REPOSITORIES,
  type Scanner,
  trivyImageArgv,
} from '../../core/scan/argv.ts';
import type { TrivyScan } from '../../core/scan/index.ts';

export interface ImageScanRequest {
  /** A checked image reference (checkImageReference). */
  image: string;
  /** The trivy binary: a path, or a name on PATH. */
  trivy: string;
  scanners: readonly Scanner[];
  /** What a missing trivy is blamed on (`--trivy`). */
  trivyInput: string;
  signal: AbortSignal;
  log: (line: string) => void;
}

/**
 * Scans one image with the trivy at hand (`gantry scan --image`, the release's scan stage) and reads
 * the report it wrote; the verdict is the caller's (evaluateGate). Trivy's own files live in a
 * private temporary folder, removed afterwards.
 */
export async function scanImageWithTrivy(
  request: ImageScanRequest,
): Promise<{ scan: TrivyScan; toolVersion: string }> {
  const toolVersion = await trivyVersionOf(request.trivy);
  if (toolVersion === undefined) {
    throw new ConfigurationError(
      `cannot run ${request.trivy} --version: install Trivy or give its path`,
      request.trivyInput,
    );
  }
  const dir = mkdtempSync(path.join(tmpdir(), 'gantry-scan-'));
  try {
    const output = path.join(dir, 'trivy-report.json');
    const emptyIgnoreFile = path.join(dir, 'empty.trivyignore');
    writeFileSync(emptyIgnoreFile, '');
    request.log(`Scanning ${request.image} with trivy ${toolVersion}`);
    const argv = trivyImageArgv({
      image: request.image,
      output,
      scanners: request.scanners,
      cacheDir: process.env.TRIVY_CACHE_DIR || path.join(homedir(), '.cache', 'trivy'),
      dbRepositories: DEFAULT_DB_REPOSITORIES,
      javaDbRepositories: DEFAULT_JAVA_DB_REPOSITORIES,
      emptyIgnoreFile,
    });
    await runTrivy(request.trivy, argv, { log: request.log, signal: request.signal });
    return { scan: readReportFile('--image', output), toolVersion };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
