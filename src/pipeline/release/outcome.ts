import type { GantryConfig } from '../../core/config/model.ts';
import type { ReleaseEntry } from '../../core/release-history.ts';
import { type DesiredSecret, desiredSecrets, envName } from '../../core/secrets/index.ts';
import type { SmokeReport } from '../../core/smoke/check.ts';
import type { Reporter } from '../reporter.ts';
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

/** A rollback's secrets: the versions its entry recorded, as the deploy reads a release's. */
export const recordedSecrets = (useSecrets: Readonly<Record<string, string>>): DesiredSecret[] =>
  Object.entries(useSecrets)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([name, fullName]) => ({ name, version: '', fullName, envName: envName(name), labels: {} }));

/**
 * Records the release on the target once its deploy ended (when `flags.record` asks for it): a
 * failure to write the record is a warning, never a failed release.
 */
export async function recordRelease(
  flags: ReleaseOptions,
  images: ReadonlyMap<string, string>,
  secrets: readonly DesiredSecret[],
  result: DeployOutcome,
  write: (entry: ReleaseEntry) => Promise<void>,
  report: Reporter,
): Promise<void> {
  if (flags.record === undefined || flags.dryRun) return;
  const entry: ReleaseEntry = {
    tag: flags.record.tag,
    images: Object.fromEntries(images),
    secrets: Object.fromEntries(secrets.map((s) => [s.name, s.fullName])),
    at: new Date().toISOString(),
    by: flags.record.by,
    verdict: result.status,
  };
  if (flags.record.rollbackTo !== undefined) entry.rollbackTo = flags.record.rollbackTo;
  try {
    await write(entry);
    report.info(`recorded release ${entry.tag} (${entry.verdict}) on the target`);
  } catch (error) {
    report.warning(`the release was not recorded on the target: ${(error as Error).message}`);
  }
}

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

/**
 * The deploy stage of a strategy's deploy (blue-green, canary), then the smoke stage's entry for the
 * check that ran inside it; `notRun` says why it did not when the deploy stopped short of it.
 */
export async function deployThenSmoke(
  log: StageLog,
  flags: ReleaseOptions,
  configured: boolean,
  notRun: string,
  deploy: () => Promise<DeployOutcome>,
): Promise<DeployOutcome> {
  const deployed = await log.run('deploy', async () => deployStage(await deploy()));
  logSmoke(log, flags, configured, deployed.value, notRun);
  return deployed.value;
}

/** Whether the prune stage runs after this deploy; when not, it is logged as skipped. */
export function pruneRuns(
  log: StageLog,
  config: GantryConfig,
  result: DeployOutcome,
  flags?: ReleaseOptions,
): boolean {
  if (flags?.useSecrets !== undefined) {
    log.skip('prune', 'a rollback prunes nothing');
    return false;
  }
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

/**
 * The deploy lock a release takes (for its deploy, then for its prune) on either target; with the
 * run's `signal`, a wait for it stops at a cancel.
 */
export const releaseLock = (
  target: { name: string; kind: string; lockWaitMs: number },
  holder: string,
  signal?: AbortSignal,
): { holder: string; waitMs: number; waitInput: string; signal?: AbortSignal } => ({
  holder,
  waitMs: target.lockWaitMs,
  waitInput: `targets.${target.name}.${target.kind}.lock-timeout`,
  ...(signal === undefined ? {} : { signal }),
});
