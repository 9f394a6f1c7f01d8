import type { Kubectl } from '../../adapters/kubectl.ts';
import { afterFailure } from '../../core/deploy/outcome.ts';
import type { K8sObject } from '../../core/kubernetes/manifests.ts';
import type { SmokeOptions } from '../../core/smoke/options.ts';
import type { Reporter } from '../reporter.ts';
import { smokeIfHealthy } from '../smoke/after-deploy.ts';
import { applyManifests } from './apply.ts';
import { diagnose } from './diagnose.ts';
import { drainWorkloads } from './drain.ts';
import { type LeaseRequest, underLease } from './lease-lock.ts';
import { type ManifestPlan, planManifests } from './plan.ts';
import { stoppedByJobResult } from './pre-deploy.ts';
import { rollBackWorkloads } from './rollback.ts';
import { settleRollouts } from './settle.ts';
import {
  cancelledResult,
  deployedResult,
  dryRunResult,
  type KubernetesAttempt,
  type KubernetesDeployResult,
  rollbackOffResult,
} from './verdict.ts';
import { watchRollouts } from './watch.ts';

// A Kubernetes deploy, phase by phase: lock (lease-lock.ts), plan with its server-side dry run
// (plan.ts), settle what an earlier run left (settle.ts), apply (apply.ts), watch (watch.ts), smoke (../smoke/after-deploy.ts), verdict
// (verdict.ts), rollback (rollback.ts).

export type { DeployStatus } from '../../core/deploy/outcome.ts';
export type { KubernetesDeployResult, WorkloadOutcome } from './verdict.ts';

export interface KubernetesDeployRequest {
  /** Final objects: substituted, images pinned, annotated. */
  objects: K8sObject[];
  /** The `namespace` input (passed as --namespace); undefined: not given. */
  namespace: string | undefined;
  /** Where objects without a namespace land (the input, else the context's, else `default`). */
  defaultNamespace: string;
  timeoutMs: number;
  rollback: boolean;
  dryRun: boolean;
  smoke: SmokeOptions | undefined;
  /** A private folder (0700) for the rendered manifest file, which may hold Secrets. */
  workDir: string;
  signal?: AbortSignal;
  /**
   * The namespace's deploy lock (a Lease), taken before the live state is read and released at the
   * end; a dry run takes none. `onLock` hears of it as soon as it is held (so `post` can release it
   * after a cancel). Undefined: no lock.
   */
  lock?: LeaseRequest;
  /**
   * Runs under the lock once the plan is read, before anything is applied (pre-deploy jobs); a
   * returned failure stops the deploy with no workload changed. Not run on a dry run.
   */
  beforeApply?: () => Promise<string | undefined>;
  /** How long `beforeApply` may take at most: the deploy lock's expiry allows for it. */
  beforeApplyMs?: number;
}

export function deployKubernetes(
  kubectl: Kubectl,
  request: KubernetesDeployRequest,
  report: Reporter,
): Promise<KubernetesDeployResult> {
  const lock =
    request.lock === undefined || request.dryRun
      ? undefined
      : {
          ...request.lock,
          namespace: request.defaultNamespace,
          ttlMs: request.timeoutMs * 2 + 300_000 + (request.beforeApplyMs ?? 0),
        };
  return underLease(kubectl, lock, report, () => deployUnderLock(kubectl, request, report));
}

async function deployUnderLock(
  kubectl: Kubectl,
  request: KubernetesDeployRequest,
  report: Reporter,
): Promise<KubernetesDeployResult> {
  let plan = await planManifests(kubectl, request, report);
  if (request.dryRun) return dryRunResult(plan.plans);
  // Settled first (a rollout an earlier run left), then planned again from what it left.
  if (await settleRollouts(kubectl, request, plan.live, report))
    plan = await planManifests(kubectl, request, report);
  const stopped = await request.beforeApply?.();
  if (stopped !== undefined) return stoppedByJobResult(stopped, plan.plans);
  const attempt = await attemptDeploy(kubectl, request, plan, report);
  return conclude(kubectl, request, attempt, report);
}

/** Apply, watch and smoke: what the deploy did and whether it held. */
async function attemptDeploy(
  kubectl: Kubectl,
  request: KubernetesDeployRequest,
  plan: ManifestPlan,
  report: Reporter,
): Promise<KubernetesAttempt> {
  const refusedApply = await applyManifests(kubectl, { ...request, file: plan.file }, report);
  const watched = await watchRollouts(kubectl, request, { ...plan, refusedApply }, report);
  const checked = await smokeIfHealthy(watched.failure, request.smoke, request.signal, report);
  return { ...watched, ...checked, refusedApply };
}

/** The verdict, and for a failed deploy the branch it takes (rollback.ts when it rolls back). */
async function conclude(
  kubectl: Kubectl,
  request: KubernetesDeployRequest,
  attempt: KubernetesAttempt,
  report: Reporter,
): Promise<KubernetesDeployResult> {
  const { failure } = attempt;
  if (failure === undefined) {
    await drainWorkloads(kubectl, request, attempt.rollouts, report);
    return deployedResult(attempt);
  }
  report.error(`Deploy failed: ${failure}`);
  // What changed is known per workload only once the rollback looks (a run that changed none says so there).
  const step = afterFailure({
    aborted: request.signal?.aborted === true,
    changed: true,
    rollback: request.rollback,
  });
  if (step === 'cancelled') return cancelledResult(failure, attempt);
  for (const w of attempt.failed) await diagnose(kubectl, w.workload, report);
  if (step === 'rollback-off') return rollbackOffResult(failure, attempt);
  return rollBackWorkloads(kubectl, request.timeoutMs, failure, attempt, report);
}
