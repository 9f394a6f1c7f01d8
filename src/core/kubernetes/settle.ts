/**
 * A Deployment's rollout that an earlier run left incomplete (the runner killed mid-rollout, a
 * cancel), read from its live object, and what a deploy does about it before it applies anything
 * (pure; src/pipeline/kubernetes/settle.ts acts on these decisions). The rule mirrors Swarm's
 * (src/core/swarm/update-state.ts), and is in docs/reliability.md:
 * - a rollout still in progress (the controller has not seen the spec yet, replicas not all
 *   updated and available, old replicas still running) is waited for: the Deployment controller
 *   finishes it, or marks it failed when its progress deadline passes;
 * - a rollout that failed (Progressing=False, ProgressDeadlineExceeded) is rolled back first with
 *   `kubectl rollout undo` when rollback is on, so that what a failed deploy returns to is again the
 *   last good revision; with rollback off it is deployed over, with a warning;
 * - a paused Deployment, or a failed first revision (nothing to go back to), is deployed over, with
 *   a warning.
 * Only Deployments: a StatefulSet's or DaemonSet's rollout has no deadline, so a broken one would be
 * waited on until the deploy's timeout, and only a new deploy can mend it.
 */
import type { K8sObject } from './manifests.ts';

export type RolloutSettleAction = 'wait' | 'roll-back' | 'deploy-over';

export interface UnsettledRollout {
  kind: string;
  name: string;
  namespace: string | undefined;
  state: 'updating' | 'failed' | 'paused';
  /** What was seen: `1 of 2 replicas updated, 1 available, 1 old still running`. */
  detail: string;
  action: RolloutSettleAction;
}

interface LiveDeployment {
  kind: string;
  metadata: { name: string; namespace?: string; generation?: number; annotations?: Record<string, string> };
  spec?: { replicas?: number; paused?: boolean };
  status?: {
    observedGeneration?: number;
    replicas?: number;
    updatedReplicas?: number;
    availableReplicas?: number;
    conditions?: { type?: string; status?: string; reason?: string; message?: string }[];
  };
}

const REVISION = 'deployment.kubernetes.io/revision';

/** What an incomplete rollout shows, in words; undefined when it is complete. */
function incompleteDetail(d: LiveDeployment): string | undefined {
  const s = d.status ?? {};
  const generation = d.metadata.generation ?? 0;
  const observed = s.observedGeneration ?? 0;
  if (observed < generation) return `the controller has not seen generation ${generation} yet`;
  const desired = d.spec?.replicas ?? 1;
  const updated = s.updatedReplicas ?? 0;
  const available = s.availableReplicas ?? 0;
  const old = Math.max(0, (s.replicas ?? 0) - updated);
  const progressing = s.conditions?.find((c) => c.type === 'Progressing');
  // A rollout that completed stays so (NewReplicaSetAvailable) when a pod fails later: not a rollout.
  const completed = progressing?.reason === 'NewReplicaSetAvailable' && progressing.status === 'True';
  if (updated >= desired && old === 0 && (available >= updated || completed)) return undefined;
  return `${updated} of ${desired} replicas updated, ${available} available${old > 0 ? `, ${old} old still running` : ''}`;
}

/** The Deployment's rollout if it is not complete, and what to do about it; undefined when settled. */
export function unsettledRollout(object: K8sObject, rollback: boolean): UnsettledRollout | undefined {
  const d = object as unknown as LiveDeployment;
  // Not a Deployment, or not seen by its controller yet (no status): nothing is known to settle.
  if (d.kind !== 'Deployment' || d.status?.observedGeneration === undefined) return undefined;
  const base = { kind: d.kind, name: d.metadata.name, namespace: d.metadata.namespace };
  if (d.spec?.paused === true)
    return { ...base, state: 'paused', detail: 'paused (kubectl rollout resume)', action: 'deploy-over' };
  const progressing = d.status.conditions?.find((c) => c.type === 'Progressing');
  if (progressing?.status === 'False') {
    const detail = progressing.message?.trim() || progressing.reason || 'its rollout failed';
    const first = d.metadata.annotations?.[REVISION] === '1';
    const action = rollback && !first ? 'roll-back' : 'deploy-over';
    return { ...base, state: 'failed', detail: first ? `${detail}; its first revision` : detail, action };
  }
  const detail = incompleteDetail(d);
  return detail === undefined ? undefined : { ...base, state: 'updating', detail, action: 'wait' };
}

/** Every Deployment among the live objects whose rollout is not complete, sorted by name. */
export function unsettledRollouts(live: readonly K8sObject[], rollback: boolean): UnsettledRollout[] {
  return live
    .map((o) => unsettledRollout(o, rollback))
    .filter((u): u is UnsettledRollout => u !== undefined)
    .sort((a, b) => `${a.namespace}/${a.name}`.localeCompare(`${b.namespace}/${b.name}`));
}

/** `deployment/web in shop (updating: 1 of 2 replicas updated, 1 available)`: for a progress line. */
export const unsettledRolloutLine = (u: UnsettledRollout): string =>
  `${u.kind.toLowerCase()}/${u.name}${u.namespace === undefined ? '' : ` in ${u.namespace}`} (${u.state}: ${u.detail})`;
