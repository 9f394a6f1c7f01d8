import type { SwarmDeployResult } from '../../pipeline/swarm/deploy.ts';

const cell = (text: string | null | undefined): string =>
  (text ?? '–').replace(/\|/g, '\\|').replace(/\n/g, ' ');
const ICON = { deployed: '✅', 'rolled-back': '↩️', failed: '❌' } as const;

export function deploySummaryMarkdown(stack: string, result: SwarmDeployResult, dryRun: boolean): string {
  const lines = [
    `### ${dryRun ? '📝 Plan for' : ICON[result.status]} stack \`${stack}\`${dryRun ? ' (dry run: nothing changed)' : `: ${result.status}`}`,
    '',
    result.message,
    '',
    '| service | change | image before | image after | replicas | state | reason |',
    '|---|---|---|---|---|---|---|',
    ...result.services.map(
      (s) =>
        `| ${cell(s.name)} | ${s.change} | ${cell(s.imageBefore)} | ${cell(s.imageAfter)} | ${s.replicas ?? '–'} | ${s.state} | ${cell(s.reason)} |`,
    ),
  ];
  if (result.rolledBack.length > 0) lines.push('', `Rolled back: ${result.rolledBack.join(', ')}.`);
  if (result.removed.length > 0)
    lines.push('', `Removed (created by this deploy): ${result.removed.join(', ')}.`);
  if (result.smoke !== undefined) {
    lines.push('', `Smoke check: ${result.smoke.passed ? 'passed' : 'failed'}`);
    for (const url of result.smoke.urls)
      lines.push(`- ${url.passed ? '✅' : '❌'} ${url.method} ${url.url} ${url.reason ?? ''}`);
  }
  return `${lines.join('\n')}\n`;
}
