import type { K8sObject } from './manifests.ts';

/**
 * Right after `kubectl rollout undo` of a Deployment whose rollout exceeded its progress deadline,
 * the controller can observe the new generation before it has scaled the failed ReplicaSet down;
 * in that sync it keeps the old `Progressing=False ProgressDeadlineExceeded` condition as it was
 * (same reason, so neither timestamp moves), and `kubectl rollout status` fails at once with
 * "exceeded its progress deadline" although the rollback is about to complete. The condition's
 * reason and lastUpdateTime tell such a stale verdict from a new one: a rollback that really stalls
 * first makes progress (a new condition), then times out with a later lastUpdateTime.
 */
export function progressStamp(o: K8sObject | undefined): string {
  const conditions = (o?.status as { conditions?: unknown } | undefined)?.conditions;
  if (!Array.isArray(conditions)) return '';
  const progressing = conditions.find(
    (c): c is { type: string; reason?: string; lastUpdateTime?: string } =>
      typeof c === 'object' && c !== null && (c as { type?: unknown }).type === 'Progressing',
  );
  return progressing === undefined ? '' : `${progressing.reason ?? ''}@${progressing.lastUpdateTime ?? ''}`;
}

/**
 * Whether an undone Deployment's "exceeded its progress deadline" should be waited on again: yes
 * when the condition is still the one seen before the undo (stale), or when it has moved on since
 * (the rollback made progress or completed between kubectl's verdict and this look); no when it is a
 * new deadline verdict (a later lastUpdateTime) or nothing is known.
 */
export function deadlineVerdictIsStale(before: string, after: string): boolean {
  if (before === '' || after === '') return false;
  if (!after.startsWith('ProgressDeadlineExceeded@')) return true;
  return after === before;
}
