import type { Kubectl } from '../../adapters/kubectl.ts';
import { getArgs, resource, rolloutUndoArgs } from '../../core/kubernetes/argv.ts';
import type { K8sObject, WorkloadRef } from '../../core/kubernetes/manifests.ts';
import { deadlineVerdictIsStale, progressStamp } from '../../core/kubernetes/progress.ts';
import { changedRollouts, type ObjectPlan } from '../../core/kubernetes/state.ts';
import type { Reporter } from '../reporter.ts';
import { DIAGNOSE_TIMEOUT_MS } from './diagnose.ts';
import {
  type KubernetesAttempt,
  type KubernetesDeployResult,
  reasonsOf,
  rolloutState,
  workloadOutcomes,
} from './verdict.ts';
import { key, type Waited, waitRollouts } from './watch.ts';

// How a failed Kubernetes deploy is rolled back. Only what this run changed is undone: a workload
// whose pod template the apply changed now has one new revision (changedRollouts), and
// `kubectl rollout undo` returns it to the one before. Workloads this run created are left in
// place, and said so. The undo is then waited on like a rollout.

/** A Deployment's Progressing condition (see progressStamp); '' for other kinds or when unreadable. */
async function progressOf(kubectl: Kubectl, w: WorkloadRef): Promise<string> {
  if (w.kind !== 'Deployment') return '';
  const [live] = await kubectl
    .json(getArgs(w), { timeoutMs: DIAGNOSE_TIMEOUT_MS, quiet: true })
    .catch(() => [] as K8sObject[]);
  return progressStamp(live);
}

/** Waits (up to 30 s each) until each workload's controller has seen its current spec. */
async function waitObserved(
  kubectl: Kubectl,
  workloads: readonly WorkloadRef[],
  report: Reporter,
): Promise<void> {
  for (const w of workloads) {
    const deadline = Date.now() + 30_000;
    for (;;) {
      const [live] = await kubectl
        .json(getArgs(w), { timeoutMs: DIAGNOSE_TIMEOUT_MS, quiet: true })
        .catch(() => [] as K8sObject[]);
      const generation = (live?.metadata as { generation?: number } | undefined)?.generation;
      const observed = (live?.status as { observedGeneration?: number } | undefined)?.observedGeneration;
      if (generation !== undefined && observed !== undefined && observed >= generation) break;
      if (Date.now() >= deadline) {
        report.warning(`${resource(w)}: its controller has not seen the new spec after 30s; undoing anyway`);
        break;
      }
      await new Promise((r) => setTimeout(r, 500));
    }
  }
}

/**
 * Waits for the undone workloads. A Deployment whose "exceeded its progress deadline" is still the
 * condition from before the undo, or whose condition has moved on since (deadlineVerdictIsStale), is
 * waited on again, every 2 s, within the deploy's timeout: that verdict predates the rollback's progress.
 */
async function waitUndone(
  kubectl: Kubectl,
  undo: readonly WorkloadRef[],
  stamps: ReadonlyMap<string, string>,
  timeoutMs: number,
  report: Reporter,
): Promise<Waited[]> {
  const deadline = Date.now() + timeoutMs;
  let results = await waitRollouts(kubectl, undo, timeoutMs, report);
  for (;;) {
    const retry: WorkloadRef[] = [];
    for (const r of results) {
      if (r.ok || Date.now() >= deadline - 2_000) continue;
      const now = await progressOf(kubectl, r.workload);
      if (deadlineVerdictIsStale(stamps.get(key(r.workload)) ?? '', now)) retry.push(r.workload);
    }
    if (retry.length === 0) return results;
    report.info(
      `${retry.map(resource).join(', ')}: the progress deadline reported is older than the rollback; waiting again`,
    );
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    const again = await waitRollouts(kubectl, retry, Math.max(1_000, deadline - Date.now()), report);
    const byKey = new Map(again.map((a) => [key(a.workload), a]));
    results = results.map((r) => byKey.get(key(r.workload)) ?? r);
  }
}

/** `kubectl rollout undo` of each workload, then the wait for it; none when `undo` is empty. */
export async function undoRollouts(
  kubectl: Kubectl,
  undo: readonly WorkloadRef[],
  attempt: Pick<KubernetesAttempt, 'refusedApply'>,
  timeoutMs: number,
  report: Reporter,
): Promise<Waited[]> {
  if (undo.length === 0) {
    report.info('No workload had a new revision from this run: nothing to undo.');
    return [];
  }
  // After a refused apply nothing has waited for the controllers: `rollout undo` goes back to the
  // newest revision but one, so the new one must exist first (the controller has seen the spec).
  if (attempt.refusedApply !== undefined) await waitObserved(kubectl, undo, report);
  const stamps = new Map(
    await Promise.all(undo.map(async (w) => [key(w), await progressOf(kubectl, w)] as const)),
  );
  for (const w of undo) await kubectl.run(rolloutUndoArgs(w), { timeoutMs: 60_000 });
  return waitUndone(kubectl, undo, stamps, timeoutMs, report);
}

/** The message of a rollback phase: what was undone, or why nothing was, or what did not complete. */
export function rollbackMessage(
  failure: string,
  attempt: KubernetesAttempt,
  undo: readonly WorkloadRef[],
  back: readonly Waited[],
): string {
  const created = attempt.plans
    .filter((p) => p.workload && p.change === 'create')
    .map((p) => `${p.kind}/${p.name}`);
  const createdNote =
    created.length > 0 ? ` ${created.join(', ')} did not exist before this run and are left in place.` : '';
  if (undo.length === 0)
    return `${failure}. No workload had a new revision from this run, so there was nothing to roll back.${createdNote}`;
  if (back.every((b) => b.ok))
    return `${failure}. Rolled back ${undo.map(resource).join(', ')}: the previous revision is serving.${createdNote}`;
  const notDone = back.filter((b) => !b.ok).map((b) => `${resource(b.workload)}: ${b.reason}`);
  return `${failure}. The rollback did not complete either (${notDone.join('; ')}): check the cluster by hand.`;
}

export function rollbackResult(
  failure: string,
  attempt: KubernetesAttempt,
  undo: readonly WorkloadRef[],
  back: readonly Waited[],
): KubernetesDeployResult {
  const undone = new Map(back.map((b) => [key(b.workload), b]));
  const reasons = reasonsOf(attempt);
  const state = (p: ObjectPlan) => {
    const b = undone.get(key(p));
    if (b !== undefined) return b.ok ? 'rolled-back' : 'rollback-failed';
    if (p.change === 'create') return reasons.has(key(p)) ? 'failed' : 'left';
    return rolloutState(attempt)(p);
  };
  return {
    status: back.every((b) => b.ok) && undo.length > 0 ? 'rolled-back' : 'failed',
    message: rollbackMessage(failure, attempt, undo, back),
    objects: attempt.plans,
    workloads: workloadOutcomes(attempt.plans, state, (p) => reasons.get(key(p)) ?? null),
    smoke: attempt.smoke,
    rolledBack: undo.map(resource),
  };
}

/** The rollback phase: undoes what the failed deploy changed and says how that went. */
export async function rollBackWorkloads(
  kubectl: Kubectl,
  timeoutMs: number,
  failure: string,
  attempt: KubernetesAttempt,
  report: Reporter,
): Promise<KubernetesDeployResult> {
  const undo = changedRollouts(attempt.plans);
  const back = await report.group('Rolling back', () =>
    undoRollouts(kubectl, undo, attempt, timeoutMs, report),
  );
  return rollbackResult(failure, attempt, undo, back);
}
