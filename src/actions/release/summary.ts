import type { StageResult } from '../../pipeline/release/stage-log.ts';

/** The `status` output: the deploy stage's outcome; '' when the release stopped before it. */
export function releaseStatus(results: readonly StageResult[]): string {
  const deploy = results.find((r) => r.stage === 'deploy');
  if (deploy === undefined || deploy.status === 'skipped') return '';
  if (results.some((r) => r.status === 'rolled-back')) return 'rolled-back';
  return deploy.status === 'ok' && !results.some((r) => r.status === 'failed') ? 'deployed' : 'failed';
}

const MARK = { ok: '✅', skipped: '➖', failed: '❌', 'rolled-back': '↩️' } as const;

/** The job summary: one row per stage, with its outcome and time. */
export function releaseSummary(target: string, results: readonly StageResult[], seconds: number): string {
  const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
  return [
    `### Gantry release to \`${target}\` (${seconds.toFixed(1)} s)`,
    '',
    '| stage | | time | detail |',
    '|---|---|---|---|',
    ...results.map(
      (r) => `| ${r.stage} | ${MARK[r.status]} | ${r.seconds.toFixed(1)} s | ${cell(r.detail)} |`,
    ),
    '',
  ].join('\n');
}
