import type { Kubectl } from '../../adapters/kubectl.ts';
import { ConfigurationError } from '../../core/errors.ts';
import type { K8sObject } from '../../core/kubernetes/manifests.ts';
import type { SmokeReport } from '../../core/smoke/check.ts';
import type { SmokeOptions } from '../../core/smoke/options.ts';
import {
  CANARY_ANNOTATION,
  type CanaryPlan,
  canaryDeployment,
  canarySubject,
  describePlan,
  formatState,
  parseState,
  planCanary,
} from '../../core/strategy/canary.ts';
import type { CanarySettings } from '../../core/strategy/kubernetes.ts';
import type { Reporter } from '../reporter.ts';
import {
  applyObjects,
  checkCanary,
  readDeployment,
  recordCanaryState,
  removeCanary,
  waitCanaryReady,
} from './canary.ts';
import { deployKubernetes } from './deploy.ts';
import { type LeaseRequest, underLease } from './lease-lock.ts';

/**
 * The canary deploy shared by `gantry release` and the deploy-k8s action: the canary beside the
 * stable Deployment, checked through the Service, then promoted, left running (manual) or removed.
 */

/** What a rolling deploy of the target needs (a promotion, or a first release). */
export interface CanaryTargetRun {
  kubectl: Kubectl;
  /** Where objects without a namespace land (the target's, else the context's). */
  namespace: string;
  /** The namespace the target names (undefined: the context's). */
  targetNamespace: string | undefined;
  workDir: string;
  timeoutMs: number;
  rollback: boolean;
  smoke: SmokeOptions | undefined;
  signal: AbortSignal;
  report: Reporter;
}

export interface CanaryDeployRequest extends CanaryTargetRun {
  settings: CanarySettings;
  /** The objects: substituted, images pinned, replicas reconciled. */
  objects: K8sObject[];
  skipSmoke: boolean;
  dryRun: boolean;
  lock: LeaseRequest;
  /** The input or key named when no Deployment fits, and the words that promote or abort a left canary. */
  names: { service: string; act: string; actInput: string };
}

export interface CanaryOutcome {
  status: 'deployed' | 'rolled-back' | 'failed';
  message: string;
  smoke: SmokeReport | undefined;
  /** The canary Deployment left running (canary-duration: manual), for promote or abort. */
  running?: string;
}

/** The stable Deployment's replicas (what the Service's endpoints hold of it once Ready). */
export const replicasOf = (deployment: K8sObject): number =>
  Math.max(1, Number((deployment.spec as { replicas?: number } | undefined)?.replicas ?? 1));

/** The rolling deploy of `objects` (watched, smoke-checked, undone on failure); `lock` unless already held. */
export function rollingDeploy(
  r: CanaryTargetRun,
  objects: K8sObject[],
  dryRun: boolean,
  skipSmoke: boolean,
  lock?: LeaseRequest,
) {
  return deployKubernetes(
    r.kubectl,
    {
      objects,
      namespace: r.targetNamespace,
      defaultNamespace: r.namespace,
      timeoutMs: r.timeoutMs,
      rollback: r.rollback,
      dryRun,
      smoke: skipSmoke ? undefined : r.smoke,
      workDir: r.workDir,
      signal: r.signal,
      ...(lock === undefined ? {} : { lock }),
    },
    r.report,
  );
}

/** Removes the canary (the stable Deployment never changed) and says why: rolled back. */
async function abort(r: CanaryDeployRequest, plan: CanaryPlan, why: string): Promise<CanaryOutcome> {
  r.report.error(`Canary failed: ${why}`);
  await removeCanary(r.kubectl.unsignalled(), r.namespace, plan, r.report);
  return {
    status: 'rolled-back',
    message: `${why}; the canary was removed, ${plan.stable} untouched`,
    smoke: undefined,
  };
}

/** Promotion: the stable Deployment gets the new spec (its rollout watched, undone on failure), the canary goes. */
async function promote(r: CanaryDeployRequest, plan: CanaryPlan, checked: string): Promise<CanaryOutcome> {
  r.report.info(`canary passed (${checked}): promoting, ${plan.stable} gets the new spec`);
  const result = await rollingDeploy(r, r.objects, false, r.skipSmoke);
  await removeCanary(r.kubectl.unsignalled(), r.namespace, plan, r.report);
  const verdict = result.status === 'deployed' ? `promoted after ${checked}` : 'the promotion failed';
  return { status: result.status, message: `${verdict}: ${result.message}`, smoke: result.smoke };
}

/** Under the lock: the canary up, Ready, recorded, checked; then promoted, left running (manual) or removed. */
async function runCanary(
  r: CanaryDeployRequest,
  plan: CanaryPlan,
  subject: K8sObject,
): Promise<CanaryOutcome> {
  const canary = canaryDeployment(subject, plan);
  // The release's other objects (Services, ConfigMaps, versioned Secrets' users) serve both tracks.
  const shared = r.objects.filter((o) => o !== subject);
  await applyObjects(r.kubectl, [...shared, canary], r.namespace, r.workDir);
  r.report.info(
    `applied ${plan.canary} (${plan.canaryReplicas} replicas) and ${shared.length} shared object(s)`,
  );
  const notReady = await waitCanaryReady(r.kubectl, r.namespace, plan.canary, r.timeoutMs);
  if (notReady !== undefined) return abort(r, plan, notReady);
  await recordCanaryState(r.kubectl, r.namespace, plan.stable, formatState(plan, new Date()));
  const smoke = r.smoke;
  if (smoke === undefined) throw new Error('unreachable: checked before');
  const duration = plan.duration === 'manual' ? 0 : plan.duration;
  const checked = await checkCanary(smoke, duration, r.signal, r.report);
  const rounds = `${checked.rounds} check round(s) in ${Math.round(checked.elapsedMs / 1000)}s`;
  if (checked.failure !== undefined)
    return abort(r, plan, `canary check failed (${rounds}): ${checked.failure}`);
  if (plan.duration === 'manual')
    return {
      status: 'deployed',
      message: `canary ${plan.canary} left running after ${rounds} (canary-duration: manual): ${r.names.act}`,
      smoke: undefined,
      running: plan.canary,
    };
  return promote(r, plan, rounds);
}

/** runCanary; whatever stops it midway (a cancel, a lost API server) removes the canary before it is rethrown. */
async function canaryOrRemoved(
  r: CanaryDeployRequest,
  plan: CanaryPlan,
  subject: K8sObject,
): Promise<CanaryOutcome> {
  try {
    return await runCanary(r, plan, subject);
  } catch (error) {
    try {
      await removeCanary(r.kubectl.unsignalled(), r.namespace, plan, r.report);
    } catch (cleanup) {
      r.report.warning(`could not remove the canary ${plan.canary}: ${(cleanup as Error).message}`);
    }
    throw error;
  }
}

/** The plan (the stable Deployment read live), or undefined when no stable Deployment runs yet. */
async function planFor(r: CanaryDeployRequest, subject: K8sObject): Promise<CanaryPlan | undefined> {
  const stable = await readDeployment(r.kubectl, r.namespace, subject.metadata.name);
  if (stable === undefined) return undefined;
  const running = parseState(stable.metadata.annotations?.[CANARY_ANNOTATION]);
  if (running !== undefined)
    throw new ConfigurationError(
      `a canary (${running.canary}) already runs beside ${subject.metadata.name}: ${r.names.act} first`,
      r.names.actInput,
    );
  return planCanary({
    namespace: r.namespace,
    stable: subject.metadata.name,
    stableReplicas: replicasOf(stable),
    weightPercent: r.settings.weightPercent,
    duration: r.settings.durationMs,
    service: r.settings.service,
  });
}

/** The canary deploy, under the namespace's deploy lock; a dry run prints the plan only. */
export async function deployCanary(r: CanaryDeployRequest): Promise<CanaryOutcome> {
  const subject = canarySubject(r.objects, r.settings.service, r.names.service);
  const plan = await planFor(r, subject);
  if (plan === undefined) {
    r.report.info(`no Deployment ${subject.metadata.name} runs yet: this first release is a rolling deploy`);
    return rollingDeploy(r, r.objects, r.dryRun, r.skipSmoke, r.lock);
  }
  r.report.info(`canary plan: ${describePlan(plan)}`);
  if (r.dryRun) return { status: 'deployed', message: `dry run: ${describePlan(plan)}`, smoke: undefined };
  const duration = plan.duration === 'manual' ? 0 : plan.duration;
  const lock = { ...r.lock, namespace: r.namespace, ttlMs: r.timeoutMs * 3 + duration + 300_000 };
  return underLease(r.kubectl, lock, r.report, () => canaryOrRemoved(r, plan, subject));
}
