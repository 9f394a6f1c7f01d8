import { defaultIgnoreFiles, readIgnoreFiles, readReportFile } from '../../adapters/trivy.ts';
import { ConfigurationError } from '../../core/errors.ts';
import { checkImageReference } from '../../core/registry/reference.ts';
import {
  DEFAULT_DB_REPOSITORIES,
  DEFAULT_JAVA_DB_REPOSITORIES,
  DEFAULT_SCANNERS,
  DEFAULT_SEVERITIES,
  parseScanners,
  parseSeverities,
  type Scanner,
} from '../../core/scan/argv.ts';
import type { IgnoreEntry, Severity, TrivyScan } from '../../core/scan/index.ts';
import { DEFAULT_TRIVY_VERSION, parseTrivyVersion } from '../../core/scan/install.ts';
import {
  readBoolean,
  readDuration,
  readList,
  readListOr,
  readOr,
  readSecret,
  readString,
} from '../../runtime/inputs.ts';
import { workspacePath } from '../../runtime/workspace.ts';

/** What to gate: an image Trivy scans now, or a report Trivy wrote earlier. */
export type ScanTarget =
  | { kind: 'image'; image: string; trivyVersion: string; scanners: Scanner[]; timeoutMs: number }
  | { kind: 'report'; file: string; scan: TrivyScan };

export interface ScanInputs {
  target: ScanTarget;
  severities: Severity[];
  ignoreUnfixed: boolean;
  ignores: IgnoreEntry[];
  ignoreFiles: string[];
  baseline: TrivyScan | undefined;
  dbRepositories: string[];
  javaDbRepositories: string[];
  comment: boolean;
  githubToken: string;
  uploadSarif: boolean;
}

/** Reads and checks every input, and reads every file they name, before anything runs. */
export function readScanInputs(): ScanInputs {
  const workspace = process.env.GITHUB_WORKSPACE || process.cwd();
  // Every file an input names is read from the workspace only (links followed), named by its input.
  const resolve = (input: string, file: string) => workspacePath(input, file);
  const image = readString('image').trim();
  const report = readString('report').trim();
  if (image !== '' && report !== '') {
    throw new ConfigurationError(
      'give either image (scan it with Trivy) or report (gate an existing Trivy JSON report), not both',
      'report',
    );
  }
  if (image === '' && report === '') {
    throw new ConfigurationError(
      'is required: the image to scan (or set report to gate an existing Trivy JSON report)',
      'image',
    );
  }
  const severities = parseSeverities('severity', readOr('severity', DEFAULT_SEVERITIES.join(',')));
  const ignoreUnfixed = readBoolean('ignore-unfixed', false);
  const comment = readBoolean('comment', false);
  const uploadSarif = readBoolean('upload-sarif', true);
  const githubToken = readSecret('github-token');
  const trivyVersion = parseTrivyVersion('trivy-version', readOr('trivy-version', DEFAULT_TRIVY_VERSION));
  const scanners = parseScanners('scanners', readListOr('scanners', DEFAULT_SCANNERS));
  const timeoutMs = readDuration('timeout', '10m');

  const given = readList('ignore-file').map((file) => resolve('ignore-file', file));
  const ignoreFiles = given.length > 0 ? given : defaultIgnoreFiles(workspace);
  const ignores = readIgnoreFiles('ignore-file', ignoreFiles);
  const baselineFile = readString('baseline-report').trim();
  const baseline =
    baselineFile === ''
      ? undefined
      : readReportFile('baseline-report', resolve('baseline-report', baselineFile));

  if (image !== '') checkImageReference('image', image);
  const target: ScanTarget =
    image !== ''
      ? { kind: 'image', image, trivyVersion, scanners, timeoutMs }
      : {
          kind: 'report',
          file: resolve('report', report),
          scan: readReportFile('report', resolve('report', report)),
        };
  return {
    target,
    severities,
    ignoreUnfixed,
    ignores,
    ignoreFiles,
    baseline,
    dbRepositories: readRepositories('db-repository', DEFAULT_DB_REPOSITORIES),
    javaDbRepositories: readRepositories('java-db-repository', DEFAULT_JAVA_DB_REPOSITORIES),
    comment,
    githubToken,
    uploadSarif,
  };
}

/** Trivy's database repositories: each an image reference (`mirror.gcr.io/aquasec/trivy-db:2`). */
const readRepositories = (name: string, fallback: readonly string[]): string[] =>
  readListOr(name, fallback).map((item) => checkImageReference(name, item));
