import type { KubernetesTarget } from '../../core/config/model.ts';
import { ConfigurationError } from '../../core/errors.ts';
import type { CanarySettings } from '../../core/strategy/kubernetes.ts';
import { type CanaryTargetRun, deployCanary } from '../kubernetes/canary-deploy.ts';
import type { KubernetesStrategyRelease } from './kubernetes-strategy.ts';
import { type DeployOutcome, deployThenSmoke, releaseLock } from './outcome.ts';

/** What the canary deploy of a release reads. */
export type CanaryRelease = KubernetesStrategyRelease<CanarySettings>;

/** A target's rolling deploy settings, for the canary's promotion (src/pipeline/kubernetes/canary-deploy.ts). */
export const targetRun = (
  target: KubernetesTarget,
  s: Pick<CanaryTargetRun, 'kubectl' | 'namespace' | 'workDir' | 'signal' | 'report'>,
): CanaryTargetRun => ({
  ...s,
  targetNamespace: target.namespace,
  timeoutMs: target.timeoutMs,
  rollback: target.rollback,
  smoke: target.smoke,
});

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

/** The canary deploy of the release's objects, under the namespace's deploy lock. */
const canaryDeploy = (r: CanaryRelease): Promise<DeployOutcome> =>
  deployCanary({
    ...targetRun(r.target, r),
    settings: r.settings,
    objects: r.objects,
    skipSmoke: r.flags.skipSmoke,
    dryRun: r.flags.dryRun,
    lock: releaseLock(r.target, r.flags.lockHolder),
    names: {
      service: `targets.${r.target.name}.kubernetes.service`,
      act: `gantry canary promote|abort --target ${r.target.name}`,
      actInput: '--target',
    },
  });

/**
 * The deploy stage of a canary release (in place of the rolling deploy): the canary beside the
 * stable Deployment, checked through the Service, then promoted; then the smoke stage's entry.
 */
export async function canaryPhase(r: CanaryRelease): Promise<DeployOutcome> {
  checkCanaryTarget(r);
  const notRun = 'the canary was not promoted';
  return deployThenSmoke(r.log, r.flags, r.target.smoke !== undefined, notRun, () => canaryDeploy(r));
}
