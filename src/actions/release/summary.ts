import type { StageResult } from '../../pipeline/release/stage-log.ts';

/**
 * The `status` output: the outcome of the deploy and its smoke check; '' when the release stopped
 * before the deploy, and on a dry run (its deploy stage says ok, but nothing was deployed). A prune
 * that fails after a verified deploy fails the step but leaves `deployed`: the release is out.
 */
export function releaseStatus(results: readonly StageResult[], dryRun: boolean): string {
  const deploy = results.find((r) => r.stage === 'deploy');
  if (dryRun || deploy === undefined || deploy.status === 'skipped') return '';
  const verdict = results.filter((r) => r.stage === 'deploy' || r.stage === 'smoke');
  if (verdict.some((r) => r.status === 'rolled-back')) return 'rolled-back';
  return verdict.some((r) => r.status === 'failed') ? 'failed' : 'deployed';
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
