import type { KubernetesBlueGreenSettings } from '../../core/strategy/kubernetes.ts';
import { deployK8sBlueGreen } from '../kubernetes/blue-green.ts';
import type { KubernetesStrategyRelease } from './kubernetes-strategy.ts';
import { type DeployOutcome, deployThenSmoke, releaseLock } from './outcome.ts';

/** What the blue-green deploy of a Kubernetes release reads. */
export type K8sBlueGreenRelease = KubernetesStrategyRelease<KubernetesBlueGreenSettings>;

/**
 * The deploy stage of a blue-green release on Kubernetes (in place of the rolling deploy,
 * src/pipeline/kubernetes/blue-green.ts), then the smoke stage's entry for the public check.
 */
export async function k8sBlueGreenPhase(r: K8sBlueGreenRelease): Promise<DeployOutcome> {
  const { target, flags } = r;
  const notRun = 'the new colour never took traffic, so the public URL was not checked';
  return deployThenSmoke(r.log, flags, target.smoke !== undefined, notRun, async () => {
    const result = await deployK8sBlueGreen(
      r.kubectl,
      {
        objects: r.objects,
        settings: r.settings,
        namespace: r.namespace,
        workDir: r.workDir,
        timeoutMs: target.timeoutMs,
        smoke: target.smoke,
        skipSmoke: flags.skipSmoke,
        dryRun: flags.dryRun,
        input: `targets.${target.name}.kubernetes.service`,
        lock: releaseLock(target, flags.lockHolder),
        signal: r.signal,
      },
      r.report,
    );
    return { status: result.status, message: result.message, smoke: result.smoke };
  });
}
