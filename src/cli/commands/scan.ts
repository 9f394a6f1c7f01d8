import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { defaultIgnoreFiles, readIgnoreFiles, readReportFile } from '../../adapters/trivy.ts';
import { ConfigurationError } from '../../core/errors.ts';
import { parseList } from '../../core/inputs/parse.ts';
import { checkImageReference } from '../../core/registry/reference.ts';
import { imageRepository, parseScanners, parseSeverities } from '../../core/scan/argv.ts';
import {
  buildSarif,
  evaluateGate,
  renderScanSummary,
  sarifCategory,
  type TrivyScan,
} from '../../core/scan/index.ts';
import { scanImageWithTrivy } from '../../pipeline/scan/scan-image.ts';
import type { CliContext } from '../context.ts';

export const SCAN_USAGE = `Usage: gantry scan (--report FILE | --image REF) [options]

Gates a Trivy JSON report, or scans an image with the trivy on PATH first, and prints the summary
(markdown). Exit code 0: passed, 1: findings fail the gate, 2: bad arguments.

Options (the same names as the scan action's inputs):
  --report FILE              an existing Trivy JSON report (trivy is not run)
  --image REF                an image to scan with trivy (needs trivy on PATH, or --trivy)
  --severity LIST            severities that fail the gate (default CRITICAL,HIGH)
  --ignore-unfixed           vulnerabilities without a fix are counted but do not fail
  --ignore-file FILE         .trivyignore or .trivyignore.yaml (repeatable; default: the ones in the
                             current folder, as trivy does)
  --baseline-report FILE     only findings absent from this earlier report can fail
  --scanners LIST            trivy scanners for --image (default vuln,secret,misconfig)
  --sarif FILE               also write the SARIF file
  --trivy PATH               the trivy binary to run (default: trivy on PATH)
`;

export async function scanCommand(argv: string[], ctx: CliContext): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    allowPositionals: false,
    strict: true,
    options: {
      report: { type: 'string' },
      image: { type: 'string' },
      severity: { type: 'string', default: 'CRITICAL,HIGH' },
      'ignore-unfixed': { type: 'boolean' },
      'ignore-file': { type: 'string', multiple: true },
      'baseline-report': { type: 'string' },
      scanners: { type: 'string', default: 'vuln,secret,misconfig' },
      sarif: { type: 'string' },
      trivy: { type: 'string', default: 'trivy' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    ctx.out(SCAN_USAGE);
    return 0;
  }
  if (values.report !== undefined && values.image !== undefined) {
    throw new ConfigurationError('give either --image or --report, not both', '--report');
  }
  if (values.report === undefined && values.image === undefined) {
    throw new ConfigurationError(
      'is required (or --report FILE to gate an existing Trivy JSON report)',
      '--image',
    );
  }
  const severities = parseSeverities('--severity', values.severity);
  const scanners = parseScanners('--scanners', parseList('--scanners', values.scanners));
  const ignoreFiles = values['ignore-file'] ?? defaultIgnoreFiles(process.cwd());
  const ignores = readIgnoreFiles('--ignore-file', ignoreFiles);
  const baseline =
    values['baseline-report'] === undefined
      ? undefined
      : readReportFile('--baseline-report', values['baseline-report']);

  let scan: TrivyScan;
  let image: string;
  let toolVersion: string | undefined;
  if (values.image !== undefined) {
    image = checkImageReference('--image', values.image);
    ({ scan, toolVersion } = await scanImageWithTrivy({
      image,
      trivy: values.trivy,
      scanners,
      trivyInput: '--trivy',
      signal: ctx.signal,
      log: (line) => ctx.err(line),
    }));
  } else {
    const file = values.report ?? '';
    scan = readReportFile('--report', file);
    image = scan.artifactName || path.basename(file);
  }

  const gate = evaluateGate({
    findings: scan.findings,
    severities,
    ignoreUnfixed: values['ignore-unfixed'] === true,
    ignores,
    ...(baseline === undefined ? {} : { baseline: baseline.findings }),
    today: new Date(),
  });
  for (const entry of gate.expiredIgnores) {
    ctx.err(`warning: ignore entry ${entry.id} (${entry.origin}) expired on ${entry.expiresAt}`);
  }
  if (values.sarif !== undefined) {
    const sarif = buildSarif({
      findings: gate.counted,
      image: imageRepository(image),
      imageName: image,
      ...(toolVersion === undefined ? {} : { toolVersion }),
    });
    writeFileSync(values.sarif, JSON.stringify(sarif.sarif));
    ctx.err(`SARIF written to ${values.sarif} (category ${sarifCategory(imageRepository(image))})`);
  }
  ctx.out(
    renderScanSummary({
      image,
      gate,
      severities,
      ignoreUnfixed: values['ignore-unfixed'] === true,
      baseline: baseline !== undefined,
      suppressed: scan.suppressed,
    }),
  );
  if (!gate.passed) {
    ctx.err(`gantry scan: ${gate.failing.length} finding(s) in ${image} fail the gate`);
    return 1;
  }
  return 0;
}
