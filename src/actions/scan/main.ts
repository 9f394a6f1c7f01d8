import { mkdtempSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import path from 'node:path';
import * as core from '@actions/core';
import { createGitHubApi, MAX_COMMENT_CHARS, pullRequestNumber, repoFromEnv } from '../../adapters/github.ts';
import { installTrivy, readReportFile, restoreDbCache, runTrivy, saveDbCache } from '../../adapters/trivy.ts';
import { StepFailure } from '../../core/errors.ts';
import { imageRepository, trivyImageArgv } from '../../core/scan/argv.ts';
import { trivyDbCacheKey, trivyDbRestoreKeys } from '../../core/scan/cache-key.ts';
import {
  buildSarif,
  evaluateGate,
  renderScanSummary,
  type SummaryInput,
  sarifCategory,
  scanCommentMarker,
  type TrivyScan,
} from '../../core/scan/index.ts';
import { cancellationSignal } from '../../runtime/signals.ts';
import { writeSummary } from '../../runtime/summary.ts';
import { readScanInputs, type ScanInputs } from './inputs.ts';

interface Scanned {
  scan: TrivyScan;
  /** The scanned image's name (the `image` input, or the report's ArtifactName). */
  image: string;
  reportPath: string;
  toolVersion?: string;
}

export async function run(): Promise<void> {
  const inputs = readScanInputs();
  const signal = cancellationSignal();
  const outDir = mkdtempSync(path.join(process.env.RUNNER_TEMP || tmpdir(), 'gantry-scan-'));

  let scanned: Scanned;
  try {
    scanned = inputs.target.kind === 'image' ? await scanImage(inputs, outDir, signal) : fromReport(inputs);
  } catch (error) {
    // No verdict: say so in the summary too, with the tool's words (never a silent empty summary).
    const what = inputs.target.kind === 'image' ? inputs.target.image : inputs.target.file;
    await writeSummary(
      `### ❌ Scan could not run: \`${what}\`\n\nNo verdict was reached; nothing was uploaded or commented.\n\n\`\`\`\n${(error as Error).message.slice(0, 4000)}\n\`\`\`\n`,
    );
    throw error;
  }
  const { scan, image } = scanned;

  const gate = evaluateGate({
    findings: scan.findings,
    severities: inputs.severities,
    ignoreUnfixed: inputs.ignoreUnfixed,
    ignores: inputs.ignores,
    ...(inputs.baseline === undefined ? {} : { baseline: inputs.baseline.findings }),
    today: new Date(),
  });
  for (const entry of gate.expiredIgnores) {
    core.warning(
      `Ignore entry ${entry.id} (${entry.origin}) expired on ${entry.expiresAt}: it no longer suppresses anything`,
      {
        title: 'Expired ignore entry',
      },
    );
  }

  const category = sarifCategory(imageRepository(image));
  // The repository name (no tag, no digest) names the category and the location of OS-package
  // findings, so each build's upload replaces the previous one's instead of opening new alerts.
  const sarif = buildSarif({
    findings: gate.counted,
    image: imageRepository(image),
    imageName: image,
    ...(scanned.toolVersion === undefined ? {} : { toolVersion: scanned.toolVersion }),
  });
  if (sarif.dropped > 0) {
    core.warning(
      `The SARIF file keeps ${sarif.total - sarif.dropped} of ${sarif.total} findings (GitHub's limits); the least severe were left out`,
    );
  }
  const sarifPath = path.join(outDir, 'gantry-scan.sarif');
  writeFileSync(sarifPath, JSON.stringify(sarif.sarif));

  core.setOutput('passed', gate.passed);
  core.setOutput('counts', JSON.stringify(gate.counts));
  core.setOutput('new-count', gate.newCount);
  core.setOutput('report', scanned.reportPath);
  core.setOutput('sarif', sarifPath);
  core.setOutput('sarif-category', category);

  const summary: SummaryInput = {
    image,
    gate,
    severities: inputs.severities,
    ignoreUnfixed: inputs.ignoreUnfixed,
    baseline: inputs.baseline !== undefined,
    suppressed: scan.suppressed,
  };
  await writeSummary(renderScanSummary(summary));
  if (inputs.comment) await comment(inputs, summary);

  if (!gate.passed) {
    const bySeverity = inputs.severities
      .map((s) => [s, gate.failing.filter((f) => f.severity === s).length] as const)
      .filter(([, n]) => n > 0)
      .map(([s, n]) => `${n} ${s}`)
      .join(', ');
    throw new StepFailure(
      `Scan failed: ${gate.failing.length} finding${gate.failing.length === 1 ? '' : 's'} in ${image} fail the gate (${bySeverity}); see the job summary`,
    );
  }
  core.info(`Scan passed: ${image} (${gate.counts.total} findings counted, none fail the gate)`);
}

function fromReport(inputs: ScanInputs): Scanned {
  if (inputs.target.kind !== 'report') throw new Error('unreachable');
  const { scan, file } = inputs.target;
  return { scan, image: scan.artifactName || path.basename(file), reportPath: file };
}

/** Installs Trivy, restores its database, scans, and saves the database before any verdict. */
async function scanImage(inputs: ScanInputs, outDir: string, signal: AbortSignal): Promise<Scanned> {
  if (inputs.target.kind !== 'image') throw new Error('unreachable');
  const { image, trivyVersion, scanners, timeoutMs } = inputs.target;
  const info = (line: string) => core.info(line);
  const warn = (line: string) => core.warning(line);
  const trivy = await core.group(`Install trivy ${trivyVersion}`, () =>
    installTrivy({ version: trivyVersion, log: info }),
  );

  const cacheDir = process.env.TRIVY_CACHE_DIR || path.join(homedir(), '.cache', 'trivy');
  const os = process.env.RUNNER_OS || process.platform;
  const db = {
    dirs: [path.join(cacheDir, 'db'), path.join(cacheDir, 'java-db')],
    key: trivyDbCacheKey(os, new Date()),
    restoreKeys: trivyDbRestoreKeys(os),
  };
  const restored = await core.group('Restore the Trivy database', () => restoreDbCache(db, info, warn));

  const reportPath = path.join(outDir, 'trivy-report.json');
  const emptyIgnoreFile = path.join(outDir, 'empty.trivyignore');
  writeFileSync(emptyIgnoreFile, '');
  const argv = trivyImageArgv({
    image,
    output: reportPath,
    scanners,
    cacheDir,
    dbRepositories: inputs.dbRepositories,
    javaDbRepositories: inputs.javaDbRepositories,
    emptyIgnoreFile,
    timeout: `${Math.ceil(timeoutMs / 1000)}s`,
  });
  try {
    await core.group(`Scan ${image}`, () =>
      runTrivy(trivy.path, argv, {
        log: info,
        signal,
        timeoutMs: timeoutMs + 60_000,
        ...retryDelaysFromEnv(),
      }),
    );
  } finally {
    // Saved whatever the scan and the gate decide, so the next run starts from this database.
    await core.group('Save the Trivy database', () => saveDbCache(db, restored, info, warn));
  }
  const scan = readReportFile('image', reportPath);
  return { scan, image, reportPath, toolVersion: trivy.version };
}

/** `GANTRY_TRIVY_RETRY_DELAYS_MS=100,200`: shorter rate-limit waits (tests, impatient mirrors). */
function retryDelaysFromEnv(): { retryDelaysMs?: number[] } {
  const raw = process.env.GANTRY_TRIVY_RETRY_DELAYS_MS;
  if (!raw) return {};
  const delays = raw.split(',').map(Number);
  return delays.every((d) => Number.isFinite(d) && d >= 0) ? { retryDelaysMs: delays } : {};
}

/** Creates or updates this image's comment on the pull request; a refusal is a warning, not a failure. */
async function comment(inputs: ScanInputs, summary: SummaryInput): Promise<void> {
  const number = pullRequestNumber();
  const repo = repoFromEnv();
  if (number === undefined || repo === undefined) {
    core.info('comment: true, but this run is not for a pull request: no comment');
    return;
  }
  if (inputs.githubToken.trim() === '') {
    core.warning('comment: true needs github-token (with pull-requests: write); no comment was made');
    return;
  }
  const marker = scanCommentMarker(imageRepository(summary.image));
  let body = `${marker}\n${renderScanSummary(summary)}`;
  if (body.length > MAX_COMMENT_CHARS) {
    body = `${body.slice(0, MAX_COMMENT_CHARS - 200)}\n\n_… cut to fit GitHub's comment limit; the job summary has the rest._\n`;
  }
  try {
    const api = await createGitHubApi(inputs.githubToken, repo);
    const result = await api.upsertComment(number, marker, body);
    core.info(
      `${result.action === 'created' ? 'Commented' : 'Updated the comment'} on #${number}: ${result.url}`,
    );
  } catch (error) {
    core.warning(
      `Could not comment on pull request #${number}: ${(error as Error).message}. A token from a fork's pull request is read-only; the job needs \`permissions: pull-requests: write\`.`,
      { title: 'Scan comment not posted' },
    );
  }
}
