// Child process of the report figure: `node report-worker.ts FILE parse-only|full`, prints JSON.
import { readFileSync } from 'node:fs';
import { buildSarif, evaluateGate, parseTrivyReport } from '../../src/core/scan/index.ts';
import { renderScanSummary } from '../../src/core/scan/summary.ts';

const [file = '', mode = 'full'] = process.argv.slice(2);
const started = performance.now();
const text = readFileSync(file, 'utf8');
if (mode === 'parse-only') {
  JSON.parse(text);
  console.log(
    JSON.stringify({ ms: performance.now() - started, maxRssMiB: process.resourceUsage().maxRSS / 1024 }),
  );
} else {
  const scan = parseTrivyReport(text);
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
  JSON.stringify(sarif.sarif);
  console.log(
    JSON.stringify({
      ms: performance.now() - started,
      maxRssMiB: process.resourceUsage().maxRSS / 1024,
      sarifResults: sarif.total - sarif.dropped,
      failing: gate.failing.length,
      summaryChars: summary.length,
    }),
  );
}
