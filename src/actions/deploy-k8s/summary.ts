import type { KubernetesDeployResult } from '../../pipeline/kubernetes/deploy.ts';

const cell = (text: string | null | undefined): string =>
  (text === null || text === undefined || text === '' ? '–' : text).replace(/\|/g, '\\|').replace(/\n/g, ' ');
const ICON = { deployed: '✅', 'rolled-back': '↩️', failed: '❌' } as const;

export function k8sSummaryMarkdown(context: string, result: KubernetesDeployResult, dryRun: boolean): string {
  const lines = [
    `### ${dryRun ? '📝 Plan for' : ICON[result.status]} Kubernetes context \`${context}\`${dryRun ? ' (dry run: nothing changed)' : `: ${result.status}`}`,
    '',
    result.message,
    '',
    '| object | namespace | change | images before | images after | state | reason |',
    '|---|---|---|---|---|---|---|',
  ];
  const states = new Map(result.workloads.map((w) => [`${w.kind}/${w.namespace}/${w.name}`, w]));
  for (const o of result.objects) {
    const w = states.get(`${o.kind}/${o.namespace ?? null}/${o.name}`);
    lines.push(
      `| ${cell(`${o.kind}/${o.name}`)} | ${cell(o.namespace)} | ${o.change} | ${cell(o.imagesBefore.join(', '))} | ${cell(o.imagesAfter.join(', '))} | ${w?.state ?? (dryRun ? 'planned' : 'applied')} | ${cell(w?.reason)} |`,
    );
  }
  if (result.rolledBack.length > 0) lines.push('', `Rolled back: ${result.rolledBack.join(', ')}.`);
  if (result.smoke !== undefined) {
    lines.push('', `Smoke check: ${result.smoke.passed ? 'passed' : 'failed'}`);
    for (const url of result.smoke.urls)
      lines.push(`- ${url.passed ? '✅' : '❌'} ${url.method} ${url.url} ${url.reason ?? ''}`);
  }
  return `${lines.join('\n')}\n`;
}
