import { liveSmokeEffects } from '../../adapters/http-probe.ts';
import type { Attempt } from '../../core/deploy/outcome.ts';
import { runSmokeCheck, type SmokeReport } from '../../core/smoke/check.ts';
import type { SmokeOptions } from '../../core/smoke/options.ts';
import type { Reporter } from '../reporter.ts';

/**
 * The smoke check a deploy runs once its rollout has converged (Swarm and Kubernetes alike): the
 * report, and the failure message that makes the deploy roll back, undefined when every URL passed.
 */
export async function smokeAfterDeploy(
  options: SmokeOptions,
  signal: AbortSignal | undefined,
  report: Reporter,
): Promise<{ smoke: SmokeReport; failure: string | undefined }> {
  const smoke = await report.group('Smoke check', () =>
    runSmokeCheck(
      options,
      liveSmokeEffects(
        { headers: options.headers, insecure: options.insecure, ...(signal ? { signal } : {}) },
        report.info,
      ),
    ),
  );
  const nodeOf = new Map(options.targets.map((t) => [t.url, t.node]));
  const on = (url: string) => (nodeOf.get(url) === undefined ? '' : ` (node ${nodeOf.get(url)})`);
  const failure = smoke.passed
    ? undefined
    : `smoke check failed: ${smoke.urls
        .filter((u) => !u.passed)
        .map((u) => `${u.url}${on(u.url)}: ${u.reason}`)
        .join('; ')}`;
  return { smoke, failure };
}

/**
 * The smoke phase of a deploy: the check runs only when the rollout held (`failure` undefined) and
 * a check is configured; otherwise the deploy's failure stands and no check runs.
 */
export async function smokeIfHealthy(
  failure: string | undefined,
  options: SmokeOptions | undefined,
  signal: AbortSignal | undefined,
  report: Reporter,
): Promise<Attempt> {
  if (failure !== undefined || options === undefined) return { failure, smoke: undefined };
  return smokeAfterDeploy(options, signal, report);
}
