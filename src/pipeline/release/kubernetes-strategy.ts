import type { Kubectl } from '../../adapters/kubectl.ts';
import type { KubernetesTarget } from '../../core/config/model.ts';
import type { K8sObject } from '../../core/kubernetes/manifests.ts';
import type { Reporter } from '../reporter.ts';
import type { ReleaseOptions, StageLog } from './stage-log.ts';

/**
 * What the deploy of a Kubernetes release reads when the target's strategy replaces the rolling
 * deploy (blue-green, canary; the release's context has all of it), `S` the strategy's settings.
 */
export interface KubernetesStrategyRelease<S> {
  target: KubernetesTarget;
  settings: S;
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
