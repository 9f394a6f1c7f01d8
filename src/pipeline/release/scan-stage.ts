import { defaultIgnoreFiles, readIgnoreFiles } from '../../adapters/trivy.ts';
import type { GantryConfig } from '../../core/config/model.ts';
import { checkImageReference } from '../../core/registry/reference.ts';
import { parseScanners, type Scanner } from '../../core/scan/argv.ts';
import { evaluateGate, type IgnoreEntry, renderScanSummary } from '../../core/scan/index.ts';
import { scanImageWithTrivy } from '../scan/scan-image.ts';
import { onPath } from './config-file.ts';
import type { ReleaseOptions, StageLog, StageReporter, StageStatus } from './stage-log.ts';

/**
 * The scan stage: the built image through Trivy and the config's gate. Skipped (and said so) when
 * scanning is off, Trivy is not installed, or on a dry run; 'failed' stops the release before any deploy.
 */
export async function scanStage(
  config: GantryConfig,
  images: ReadonlyMap<string, string>,
  options: ReleaseOptions,
  log: StageLog,
  report: StageReporter,
  signal: AbortSignal,
): Promise<StageStatus> {
  if (!config.scan.enabled) return skipped(log, 'scan.enabled is false');
  if (options.skipScan) return skipped(log, 'scanned by the workflow before this job');
  const trivy = options.trivy ?? 'trivy';
  if (options.trivy === undefined && !onPath('trivy')) return skipped(log, 'trivy is not installed');
  if (options.dryRun) return skipped(log, 'dry run');
  const scanners = parseScanners('scan.scanners', config.scan.scanners);
  // None named: the ones Trivy itself would pick up in the current folder, as `gantry scan` does.
  const files =
    config.scan.ignoreFiles.length > 0 ? config.scan.ignoreFiles : defaultIgnoreFiles(process.cwd());
  const ignores = readIgnoreFiles('scan.ignore-files', files);
  const { status } = await log.run('scan', async () => {
    const failing: string[] = [];
    for (const [key, image] of images) {
      const passed = await gateImage(config, { image, trivy }, ignores, scanners, report, signal);
      if (!passed) failing.push(config.multiImage ? key : image);
    }
    const severities = config.scan.severities.join('/');
    if (failing.length === 0)
      return { status: 'ok', detail: `no ${severities} finding fails the gate`, value: undefined };
    const which = config.multiImage ? ` in ${failing.join(', ')}` : '';
    return {
      status: 'failed',
      detail: `findings${which} fail the gate: nothing was deployed`,
      value: undefined,
    };
  });
  return status;
}

/** One image through Trivy and the gate; prints its summary; whether it passed. */
async function gateImage(
  config: GantryConfig,
  { image, trivy }: { image: string; trivy: string },
  ignores: IgnoreEntry[],
  scanners: Scanner[],
  report: StageReporter,
  signal: AbortSignal,
): Promise<boolean> {
  const { scan } = await scanImageWithTrivy({
    image: checkImageReference('image', image),
    trivy,
    scanners,
    trivyInput: 'scan',
    signal,
    log: report.info,
  });
  const gate = evaluateGate({
    findings: scan.findings,
    severities: config.scan.severities,
    ignoreUnfixed: config.scan.ignoreUnfixed,
    ignores,
    today: new Date(),
  });
  for (const entry of gate.expiredIgnores)
    report.warning(`ignore entry ${entry.id} (${entry.origin}) expired on ${entry.expiresAt}`);
  const summary = renderScanSummary({
    image,
    gate,
    severities: config.scan.severities,
    ignoreUnfixed: config.scan.ignoreUnfixed,
    baseline: false,
    suppressed: scan.suppressed,
  });
  for (const line of summary.split('\n')) if (line.trim()) report.info(line);
  return gate.passed;
}

function skipped(log: StageLog, why: string): StageStatus {
  log.skip('scan', why);
  return 'skipped';
}
