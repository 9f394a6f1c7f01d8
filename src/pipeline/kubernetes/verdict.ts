import type { Attempt, DeployOutcome } from '../../core/deploy/outcome.ts';
import type { WorkloadRef } from '../../core/kubernetes/manifests.ts';
import type { ObjectPlan } from '../../core/kubernetes/state.ts';
import { key, type Waited } from './watch.ts';

// The verdict of a Kubernetes deploy: what the apply, watch and smoke phases found, and the
// results of every branch but the rollback (src/pipeline/kubernetes/rollback.ts). Pure.

export interface WorkloadOutcome {
  kind: string;
  namespace: string | null;
  name: string;
  change: ObjectPlan['change'];
  imagesBefore: string[];
  imagesAfter: string[];
  revisionBefore: string | null;
  /** planned, ready, applied (not waited on), failed, rolled-back, rollback-failed, left (created by this run). */
  state: string;
  reason: string | null;
}

export interface KubernetesDeployResult extends DeployOutcome {
  objects: ObjectPlan[];
  workloads: WorkloadOutcome[];
}

/** What the apply, watch and smoke phases of a Kubernetes deploy found. */
export interface KubernetesAttempt extends Attempt {
  /** The plan; after an apply refused part-way, what it did apply. */
  plans: ObjectPlan[];
  /** The API server's refusals of the apply; undefined when it applied every object. */
  refusedApply: string | undefined;
  rollouts: WorkloadRef[];
  failed: Waited[];
}

export const reasonsOf = (attempt: KubernetesAttempt): Map<string, string | null> =>
  new Map(attempt.failed.map((w) => [key(w.workload), w.reason]));

export const workloadOutcomes = (
  plans: readonly ObjectPlan[],
  state: (p: ObjectPlan) => string,
  reason: (p: ObjectPlan) => string | null = () => null,
): WorkloadOutcome[] =>
  plans
    .filter((p) => p.workload)
    .map((p) => ({
      kind: p.kind,
      namespace: p.namespace ?? null,
      name: p.name,
      change: p.change,
      imagesBefore: p.imagesBefore,
      imagesAfter: p.imagesAfter,
      revisionBefore: p.revisionBefore,
      state: state(p),
      reason: reason(p),
    }));

/** A workload's state when nothing was rolled back: failed, ready (waited on), unchanged or applied. */
export const rolloutState =
  (attempt: KubernetesAttempt) =>
  (p: ObjectPlan): string => {
    if (attempt.failed.some((w) => key(w.workload) === key(p))) return 'failed';
    if (attempt.rollouts.some((r) => key(r) === key(p))) return 'ready';
    return attempt.refusedApply !== undefined && p.change === 'unchanged' ? 'unchanged' : 'applied';
  };

const result = (
  status: KubernetesDeployResult['status'],
  message: string,
  attempt: Pick<KubernetesAttempt, 'plans' | 'smoke'>,
  workloads: WorkloadOutcome[],
): KubernetesDeployResult => ({
  status,
  message,
  objects: attempt.plans,
  workloads,
  smoke: attempt.smoke,
  rolledBack: [],
});

export const dryRunResult = (plans: ObjectPlan[]): KubernetesDeployResult =>
  result(
    'deployed',
    'dry run: the API server accepted every object; nothing was changed',
    { plans, smoke: undefined },
    workloadOutcomes(plans, () => 'planned'),
  );

export const deployedResult = (attempt: KubernetesAttempt): KubernetesDeployResult =>
  result(
    'deployed',
    `${attempt.plans.length} object(s) applied, ${attempt.rollouts.length} rollout(s) complete${attempt.smoke ? ', smoke check passed' : ''}`,
    attempt,
    workloadOutcomes(attempt.plans, rolloutState(attempt)),
  );

/** A cancelled run stops at once: the runner kills it within seconds, a rollback would be cut off. */
export const cancelledResult = (failure: string, attempt: KubernetesAttempt): KubernetesDeployResult =>
  result(
    'failed',
    `cancelled while waiting (${failure}); the cluster goes on with the rollout by itself: check it or deploy again`,
    attempt,
    workloadOutcomes(attempt.plans, () => 'unknown'),
  );

export const rollbackOffResult = (failure: string, attempt: KubernetesAttempt): KubernetesDeployResult => {
  const reasons = reasonsOf(attempt);
  return result(
    'failed',
    `${failure}; rollback is off, the cluster is left as it is.`,
    attempt,
    workloadOutcomes(attempt.plans, rolloutState(attempt), (p) => reasons.get(key(p)) ?? null),
  );
};
