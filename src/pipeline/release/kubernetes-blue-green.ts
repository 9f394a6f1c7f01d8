import type { Kubectl } from '../../adapters/kubectl.ts';
import type { KubernetesTarget } from '../../core/config/model.ts';
import type { K8sObject } from '../../core/kubernetes/manifests.ts';
import type { KubernetesBlueGreenSettings } from '../../core/strategy/kubernetes.ts';
import { deployK8sBlueGreen } from '../kubernetes/blue-green.ts';
import type { Reporter } from '../reporter.ts';
import { type DeployOutcome, deployStage, logSmoke, releaseLock } from './outcome.ts';
import type { ReleaseOptions, StageLog } from './stage-log.ts';

/** What the blue-green deploy of a Kubernetes release reads (the release's context has all of it). */
export interface K8sBlueGreenRelease {
  target: KubernetesTarget;
  settings: KubernetesBlueGreenSettings;
  flags: ReleaseOptions;
  log: StageLog;
  report: Reporter;
  signal: AbortSignal;
  kubectl: Kubectl;
  /** The namespace objects without one land in (the target's, else the context's). */
  namespace: string;
  /** The release's objects: substituted, images pinned. */
  objects: K8sObject[];
  workDir: string;
}

/**
 * The deploy stage of a blue-green release on Kubernetes (in place of the rolling deploy,
 * src/pipeline/kubernetes/blue-green.ts), then the smoke stage's entry for the public check.
 */
export async function k8sBlueGreenPhase(r: K8sBlueGreenRelease): Promise<DeployOutcome> {
  const { target, flags } = r;
  const deployed = await r.log.run('deploy', async () => {
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
    return deployStage({ status: result.status, message: result.message, smoke: result.smoke });
  });
  logSmoke(
    r.log,
    flags,
    target.smoke !== undefined,
    deployed.value,
    'the new colour never took traffic, so the public URL was not checked',
  );
  return deployed.value;
}
