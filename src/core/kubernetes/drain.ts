import type { K8sObject, WorkloadRef } from './manifests.ts';

/**
 * The drain after a Kubernetes rollout, pure: which pods to wait for (those of the rolled-out
 * workloads, by their selector's matchLabels, that are terminating) and for how long at most (the
 * longest `terminationGracePeriodSeconds`, 30 s by default). A rollout is complete once the new
 * pods are ready, while the old ones may still be in their grace period.
 */

export interface DrainTarget {
  namespace: string;
  /** `kubectl get pods --selector` value. */
  selector: string;
  graceMs: number;
}

const DEFAULT_GRACE_MS = 30_000;

interface WorkloadSpec {
  selector?: { matchLabels?: Record<string, string> };
  template?: { spec?: { terminationGracePeriodSeconds?: number } };
}

/** The rolled-out workloads' pod selectors (those with matchLabels) and grace periods. */
export function drainTargets(
  objects: readonly K8sObject[],
  rollouts: readonly WorkloadRef[],
  defaultNamespace: string,
): DrainTarget[] {
  const out: DrainTarget[] = [];
  for (const ref of rollouts) {
    const namespace = ref.namespace ?? defaultNamespace;
    const object = objects.find(
      (o) =>
        o.kind === ref.kind &&
        o.metadata.name === ref.name &&
        (o.metadata.namespace ?? defaultNamespace) === namespace,
    );
    const spec = object?.spec as WorkloadSpec | undefined;
    const labels = Object.entries(spec?.selector?.matchLabels ?? {});
    if (labels.length === 0) continue;
    const grace = spec?.template?.spec?.terminationGracePeriodSeconds;
    out.push({
      namespace,
      selector: labels.map(([k, v]) => `${k}=${v}`).join(','),
      graceMs: typeof grace === 'number' ? grace * 1000 : DEFAULT_GRACE_MS,
    });
  }
  return out;
}

interface PodStatus {
  containerStatuses?: Array<{ state?: { running?: unknown } }>;
}

/**
 * The pods being deleted (a deletionTimestamp set) whose containers still run: what drains. A pod
 * whose containers have all stopped is done, even while the kubelet has not removed its object yet
 * (on 1.20 that takes up to its 10 s sync).
 */
export const terminatingPods = (pods: readonly K8sObject[]): string[] =>
  pods
    .filter(
      (p) =>
        p.metadata.deletionTimestamp !== undefined &&
        ((p.status as PodStatus | undefined)?.containerStatuses ?? []).some(
          (c) => c.state?.running !== undefined,
        ),
    )
    .map((p) => p.metadata.name);

export const podsArgs = (target: DrainTarget): string[] => [
  'get',
  'pods',
  '--namespace',
  target.namespace,
  '--selector',
  target.selector,
  '--output',
  'json',
];
