import type { Kubectl } from '../../adapters/kubectl.ts';
import type { KubernetesTarget } from '../../core/config/model.ts';
import { ConfigurationError } from '../../core/errors.ts';
import type { K8sObject } from '../../core/kubernetes/manifests.ts';
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
import {
  applyObjects,
  checkCanary,
  readDeployment,
  recordCanaryState,
  removeCanary,
  waitCanaryReady,
} from '../kubernetes/canary.ts';
import { deployKubernetes } from '../kubernetes/deploy.ts';
import { type LeaseRequest, underLease } from '../kubernetes/lease-lock.ts';
import type { Reporter } from '../reporter.ts';
import { type DeployOutcome, deployStage, logSmoke, releaseLock } from './outcome.ts';
import type { ReleaseOptions, StageLog } from './stage-log.ts';

/** What the canary deploy of a release reads (the Kubernetes release's context has all of it). */
export interface CanaryRelease {
  target: KubernetesTarget;
  settings: CanarySettings;
  flags: ReleaseOptions;
  log: StageLog;
  report: Reporter;
  signal: AbortSignal;
  kubectl: Kubectl;
  /** The namespace objects without one land in (the target's, else the context's). */
  namespace: string;
  /** The release's objects: substituted, images pinned, replicas reconciled. */
  objects: K8sObject[];
  workDir: string;
}

/** The stable Deployment's replicas (what the Service's endpoints hold of it once Ready). */
export const replicasOf = (deployment: K8sObject): number =>
  Math.max(1, Number((deployment.spec as { replicas?: number } | undefined)?.replicas ?? 1));

/**
 * The rolling deploy of `objects` (watched, smoke-checked, undone on failure): a promotion (the
 * lock already held), or a first release with nothing to compare a canary with (`lock` given).
 */
export function rollingDeploy(
  r: Pick<CanaryRelease, 'target' | 'kubectl' | 'namespace' | 'workDir' | 'signal' | 'report'>,
  objects: K8sObject[],
  dryRun: boolean,
  skipSmoke: boolean,
  lock?: LeaseRequest,
) {
  return deployKubernetes(
    r.kubectl,
    {
      objects,
      namespace: r.target.namespace,
      defaultNamespace: r.namespace,
      timeoutMs: r.target.timeoutMs,
      rollback: r.target.rollback,
      dryRun,
      smoke: skipSmoke ? undefined : r.target.smoke,
      workDir: r.workDir,
      signal: r.signal,
      ...(lock === undefined ? {} : { lock }),
    },
    r.report,
  );
}

/** Refuses, before anything changes, what a canary cannot do. */
function checkCanaryTarget(r: CanaryRelease): void {
  const key = `targets.${r.target.name}.kubernetes`;
  if (r.target.smoke === undefined)
    throw new ConfigurationError(
      'is required with strategy: canary (its URLs are checked through the Service while the canary runs)',
      `${key}.smoke`,
    );
  if (r.target.preDeploy.length > 0)
    throw new ConfigurationError(
      'is not run with strategy: canary yet (use a rolling target for migrations)',
      `${key}.pre-deploy`,
    );
}

/** Removes the canary (the stable Deployment never changed) and says why: the release is rolled back. */
async function abort(r: CanaryRelease, plan: CanaryPlan, why: string): Promise<DeployOutcome> {
  r.report.error(`Canary failed: ${why}`);
  await removeCanary(r.kubectl.unsignalled(), r.namespace, plan, r.report);
  return {
    status: 'rolled-back',
    message: `${why}; the canary was removed, ${plan.stable} untouched`,
    smoke: undefined,
  };
}

/** Promotion: the stable Deployment gets the new spec (its rollout watched, undone on failure), the canary goes. */
async function promote(r: CanaryRelease, plan: CanaryPlan, checked: string): Promise<DeployOutcome> {
  r.report.info(`canary passed (${checked}): promoting, ${plan.stable} gets the new spec`);
  const result = await rollingDeploy(r, r.objects, false, r.flags.skipSmoke);
  await removeCanary(r.kubectl.unsignalled(), r.namespace, plan, r.report);
  const verdict = result.status === 'deployed' ? `promoted after ${checked}` : 'the promotion failed';
  return { status: result.status, message: `${verdict}: ${result.message}`, smoke: result.smoke };
}

/** Under the lock: the canary up, Ready, recorded, checked; then promoted, left running (manual) or removed. */
async function runCanary(r: CanaryRelease, plan: CanaryPlan, subject: K8sObject): Promise<DeployOutcome> {
  const canary = canaryDeployment(subject, plan);
  // The release's other objects (Services, ConfigMaps, versioned Secrets' users) serve both tracks.
  const shared = r.objects.filter((o) => o !== subject);
  await applyObjects(r.kubectl, [...shared, canary], r.namespace, r.workDir);
  r.report.info(
    `applied ${plan.canary} (${plan.canaryReplicas} replicas) and ${shared.length} shared object(s)`,
  );
  const notReady = await waitCanaryReady(r.kubectl, r.namespace, plan.canary, r.target.timeoutMs);
  if (notReady !== undefined) return abort(r, plan, notReady);
  await recordCanaryState(r.kubectl, r.namespace, plan.stable, formatState(plan, new Date()));
  const smoke = r.target.smoke;
  if (smoke === undefined) throw new Error('unreachable: checked before');
  const duration = plan.duration === 'manual' ? 0 : plan.duration;
  const checked = await checkCanary(smoke, duration, r.signal, r.report);
  const rounds = `${checked.rounds} check round(s) in ${Math.round(checked.elapsedMs / 1000)}s`;
  if (checked.failure !== undefined)
    return abort(r, plan, `canary check failed (${rounds}): ${checked.failure}`);
  if (plan.duration === 'manual')
    return {
      status: 'deployed',
      message: `canary ${plan.canary} left running after ${rounds} (canary-duration: manual): gantry canary promote|abort --target ${r.target.name}`,
      smoke: undefined,
    };
  return promote(r, plan, rounds);
}

/** runCanary; whatever stops it midway (a cancel, a lost API server) removes the canary before it is rethrown. */
async function canaryOrRemoved(
  r: CanaryRelease,
  plan: CanaryPlan,
  subject: K8sObject,
): Promise<DeployOutcome> {
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
async function planFor(r: CanaryRelease, subject: K8sObject): Promise<CanaryPlan | undefined> {
  const stable = await readDeployment(r.kubectl, r.namespace, subject.metadata.name);
  if (stable === undefined) return undefined;
  const running = parseState(stable.metadata.annotations?.[CANARY_ANNOTATION]);
  if (running !== undefined)
    throw new ConfigurationError(
      `a canary (${running.canary}) already runs beside ${subject.metadata.name}: gantry canary promote or abort it first`,
      '--target',
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
async function canaryDeploy(r: CanaryRelease): Promise<DeployOutcome> {
  const subject = canarySubject(r.objects, r.settings.service, `targets.${r.target.name}.kubernetes.service`);
  const plan = await planFor(r, subject);
  if (plan === undefined) {
    r.report.info(`no Deployment ${subject.metadata.name} runs yet: this first release is a rolling deploy`);
    const lock = releaseLock(r.target, r.flags.lockHolder);
    return rollingDeploy(r, r.objects, r.flags.dryRun, r.flags.skipSmoke, lock);
  }
  r.report.info(`canary plan: ${describePlan(plan)}`);
  if (r.flags.dryRun)
    return { status: 'deployed', message: `dry run: ${describePlan(plan)}`, smoke: undefined };
  const duration = plan.duration === 'manual' ? 0 : plan.duration;
  const lock = {
    ...releaseLock(r.target, r.flags.lockHolder),
    namespace: r.namespace,
    ttlMs: r.target.timeoutMs * 3 + duration + 300_000,
  };
  return underLease(r.kubectl, lock, r.report, () => canaryOrRemoved(r, plan, subject));
}

/**
 * The deploy stage of a canary release (in place of the rolling deploy): the canary beside the
 * stable Deployment, checked through the Service, then promoted; then the smoke stage's entry.
 */
export async function canaryPhase(r: CanaryRelease): Promise<DeployOutcome> {
  checkCanaryTarget(r);
  const deployed = await r.log.run('deploy', async () => deployStage(await canaryDeploy(r)));
  logSmoke(r.log, r.flags, r.target.smoke !== undefined, deployed.value, 'the canary was not promoted');
  return deployed.value;
}
