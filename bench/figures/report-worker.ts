// Child process of the report figure: `node report-worker.ts FILE parse-only|full`, prints JSON.
// full is what the scan action and `gantry scan --report` do with a report: read it (readReportFile,
// piece by piece), gate it, build the SARIF log and its JSON, and the summary.
import { readFileSync } from 'node:fs';
import { readReportFile } from '../../src/adapters/trivy.ts';
import { buildSarif, evaluateGate } from '../../src/core/scan/index.ts';
import { renderScanSummary } from '../../src/core/scan/summary.ts';

const [file = '', mode = 'full'] = process.argv.slice(2);
const started = performance.now();
const peak = () => process.resourceUsage().maxRSS / 1024;
/** CPU time of the process (all its threads), less moved by other work on the machine than the wall clock. */
const cpuMs = () => {
  const { user, system } = process.cpuUsage(cpuAtStart);
  return (user + system) / 1000;
};
const cpuAtStart = process.cpuUsage();
if (mode === 'parse-only') {
  JSON.parse(readFileSync(file, 'utf8'));
  console.log(JSON.stringify({ ms: performance.now() - started, cpuMs: cpuMs(), maxRssMiB: peak() }));
} else {
  const scan = readReportFile('report', file);
  const gate = evaluateGate({
    findings: scan.findings,
    severities: ['CRITICAL', 'HIGH'],
    ignoreUnfixed: false,
    ignores: [],
    today: new Date('2026-11-23'),
  });
  const sarif = buildSarif({ findings: gate.counted, image: scan.artifactName });
  const summary = renderScanSummary({
    image: scan.artifactName,
    gate,
    severities: ['CRITICAL', 'HIGH'],
    ignoreUnfixed: false,
  });
  const sarifJson = JSON.stringify(sarif.sarif);
  console.log(
    JSON.stringify({
      ms: performance.now() - started,
      cpuMs: cpuMs(),
      maxRssMiB: peak(),
      heapUsedMiB: process.memoryUsage().heapUsed / 1048576,
      findings: scan.findings.length,
      sarifResults: sarif.total - sarif.dropped,
      sarifMiB: sarifJson.length / 1048576,
      failing: gate.failing.length,
      summaryChars: summary.length,
    }),
  );
}
