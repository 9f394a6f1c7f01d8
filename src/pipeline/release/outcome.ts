import type { GantryConfig } from '../../core/config/model.ts';
import { desiredSecrets } from '../../core/secrets/index.ts';
import type { SmokeReport } from '../../core/smoke/check.ts';
import type { ReleaseOptions, StageLog, StageStatus } from './stage-log.ts';

/** The versioned secrets a release wants on a target: each value's name and version, stamped with the commit. */
export const releaseSecrets = (
  platform: 'swarm' | 'kubernetes',
  stack: string,
  config: GantryConfig,
  values: ReadonlyMap<string, string | Uint8Array>,
) =>
  desiredSecrets({
    platform,
    stack,
    mode: config.secrets.version,
    values,
    commit: process.env.GITHUB_SHA || '0000000000000000000000000000000000000000',
    now: new Date(),
  });

/** What the Swarm and the Kubernetes deploys both return. */
export interface DeployOutcome {
  status: 'deployed' | 'rolled-back' | 'failed';
  message: string;
  smoke: SmokeReport | undefined;
}

/** The deploy stage's entry for a deploy's result. */
export function deployStage<T extends DeployOutcome>(
  result: T,
): { status: StageStatus; detail: string; value: T } {
  const status =
    result.status === 'deployed' ? 'ok' : result.status === 'rolled-back' ? 'rolled-back' : 'failed';
  return { status, detail: `${result.status}: ${result.message}`, value: result };
}

/** Records the smoke check that ran inside the deploy, or why it did not; `notRun` when it did not finish. */
export function logSmoke(
  log: StageLog,
  flags: ReleaseOptions,
  configured: boolean,
  result: DeployOutcome,
  notRun: string,
): void {
  if (flags.skipSmoke) log.skip('smoke', '--skip-smoke');
  else if (!configured) log.skip('smoke', 'no smoke check in the config');
  else if (result.smoke === undefined) log.skip('smoke', flags.dryRun ? 'dry run' : notRun);
  else
    log.add({
      stage: 'smoke',
      status: result.smoke.passed ? 'ok' : 'failed',
      detail: result.smoke.urls
        .map((u) => `${u.url}: ${u.passed ? 'passed' : `failed (${u.reason})`}`)
        .join('; '),
      seconds: result.smoke.elapsedMs / 1000,
    });
}

/** Whether the prune stage runs after this deploy; when not, it is logged as skipped. */
export function pruneRuns(log: StageLog, config: GantryConfig, result: DeployOutcome): boolean {
  if (result.status !== 'deployed') {
    log.skip('prune', `the deploy was ${result.status}`);
    return false;
  }
  if (!config.prune.enabled) {
    log.skip('prune', 'prune.enabled is false');
    return false;
  }
  return true;
}

/** The prune stage's detail line. */
export function pruneDetail(
  selection: { pruned: readonly unknown[]; kept: readonly unknown[]; protected: readonly unknown[] },
  dryRun: boolean,
  keep: number,
): string {
  return `${selection.pruned.length} ${dryRun ? 'to prune' : 'pruned'}, ${selection.kept.length} kept, ${selection.protected.length} protected (keep ${keep})`;
}

/** The deploy lock a release takes (for its deploy, then for its prune) on either target. */
export const releaseLock = (
  target: { name: string; kind: string; lockWaitMs: number },
  holder: string,
): { holder: string; waitMs: number; waitInput: string } => ({
  holder,
  waitMs: target.lockWaitMs,
  waitInput: `targets.${target.name}.${target.kind}.lock-timeout`,
});
