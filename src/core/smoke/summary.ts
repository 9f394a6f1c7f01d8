import type { SmokeReport } from './check.ts';

const cell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** Markdown for the job summary: one row per URL. */
export function smokeSummaryMarkdown(report: SmokeReport): string {
  const head = report.passed
    ? `### ✅ Smoke check passed (${report.urls.length} URL${report.urls.length === 1 ? '' : 's'}, ${(report.elapsedMs / 1000).toFixed(1)}s)`
    : `### ❌ Smoke check failed (${report.urls.filter((u) => !u.passed).length} of ${report.urls.length} URLs)`;
  const rows = report.urls.map(
    (u) =>
      `| ${u.passed ? '✅' : '❌'} | ${cell(u.method)} ${cell(u.url)} | ${u.attempts} | ${u.lastStatus ?? '–'} | ${u.lastLatencyMs ?? '–'} | ${cell(u.reason ?? '')} |`,
  );
  return [
    head,
    '',
    '| | URL | attempts | last status | latency (ms) | reason |',
    '|---|---|---|---|---|---|',
    ...rows,
    '',
  ].join('\n');
}
