import type { Target } from '../../core/config/model.ts';
import {
  type JobResult,
  jobFailure,
  jobLines,
  jobsBudgetMs,
  jobsDetail,
  type ResolvedJob,
  resolveJobs,
} from '../../core/pre-deploy/jobs.ts';
import { checkImageReference } from '../../core/registry/reference.ts';
import type { DesiredSecret } from '../../core/secrets/index.ts';
import type { ReleaseOptions, StageLog } from './stage-log.ts';

/**
 * The target's pre-deploy jobs with this release's images (by digest) and versioned secret names;
 * a job that names what the release lacks is refused (naming its key) before anything changes.
 */
export function releaseJobs(
  target: Target,
  images: ReadonlyMap<string, string>,
  secrets: readonly DesiredSecret[],
): ResolvedJob[] {
  const only = images.size === 1 ? [...images.values()][0] : undefined;
  return resolveJobs(`targets.${target.name}.${target.kind}.pre-deploy`, target.preDeploy, {
    image: (key) => (key === undefined ? only : images.get(key)),
    secret: (name) => secrets.find((s) => s.name === name)?.fullName,
    reference: checkImageReference,
  });
}

/**
 * What the deploy runs under its lock before it applies anything: the pre-deploy stage, whose
 * failure (with the job's last log lines) stops the deploy. A dry run logs the jobs it would run;
 * no jobs: no stage.
 */
export function preDeployHook(
  log: StageLog,
  flags: ReleaseOptions,
  jobs: readonly ResolvedJob[],
  run: () => Promise<JobResult[]>,
): (() => Promise<string | undefined>) | undefined {
  if (jobs.length === 0) return undefined;
  if (flags.dryRun) {
    log.skip('pre-deploy', `dry run: would run ${jobLines(jobs).join('; ')}`);
    return undefined;
  }
  return async () => {
    const { value } = await log.run('pre-deploy', async () => {
      const results = await run();
      const failed = results.find((r): r is JobResult & { ok: false } => !r.ok);
      if (failed !== undefined)
        return { status: 'failed', detail: jobFailure(failed), value: jobFailure(failed) };
      return { status: 'ok', detail: jobsDetail(results), value: undefined };
    });
    return value;
  };
}

/** The deploy request's `beforeApply` and its time budget, when there is one. */
export const withHook = (
  hook: (() => Promise<string | undefined>) | undefined,
  jobs: readonly ResolvedJob[],
): { beforeApply?: () => Promise<string | undefined>; beforeApplyMs?: number } =>
  hook === undefined ? {} : { beforeApply: hook, beforeApplyMs: jobsBudgetMs(jobs) };
