import {
  imagesOf,
  isRolloutKind,
  isWorkload,
  type K8sObject,
  podSpecOf,
  type WorkloadRef,
} from './manifests.ts';

/**
 * Parsing of what kubectl prints (`-o json`, `rollout status`) and the decisions made on it: what a
 * deploy changes, which workloads this run changed (so which ones to undo), which pods are failing.
 */

/**
 * Objects from kubectl's JSON output: one object, a `List`, or (older kubectl with several objects)
 * JSON values one after another. Lists are flattened.
 */
export function parseKubectlJson(text: string): K8sObject[] {
  const values: unknown[] = [];
  let depth = 0;
  let start = -1;
  let inString = false;
  let escaped = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (escaped) escaped = false;
      else if (c === '\\') escaped = true;
      else if (c === '"') inString = false;
      continue;
    }
    if (c === '"') inString = true;
    else if (c === '{' || c === '[') {
      if (depth === 0) start = i;
      depth++;
    } else if (c === '}' || c === ']') {
      depth--;
      if (depth === 0 && start >= 0) {
        values.push(JSON.parse(text.slice(start, i + 1)));
        start = -1;
      }
    }
  }
  if (depth !== 0) throw new Error(`kubectl printed incomplete JSON (${text.length} characters)`);
  const out: K8sObject[] = [];
  const add = (value: unknown) => {
    if (typeof value !== 'object' || value === null) return;
    const v = value as { kind?: unknown; items?: unknown };
    if (Array.isArray(value)) value.forEach(add);
    else if (typeof v.kind === 'string' && v.kind.endsWith('List') && Array.isArray(v.items))
      v.items.forEach(add);
    else out.push(value as K8sObject);
  };
  values.forEach(add);
  return out;
}

/** Identity of an object across calls; the namespace is the object's, else the default given. */
export const identity = (o: Pick<K8sObject, 'kind' | 'metadata'>, namespace: string | undefined): string =>
  `${o.kind}/${o.metadata.namespace ?? namespace ?? ''}/${o.metadata.name}`;

/** The pod template (what a rollout is made of); for Pods and CronJobs their whole pod-making spec. */
export function templateOf(o: K8sObject): string {
  const spec = o.spec as Record<string, unknown> | undefined;
  if (spec === undefined) return '';
  if (o.kind === 'CronJob')
    return JSON.stringify((spec.jobTemplate as Record<string, unknown> | undefined) ?? {});
  if (o.kind === 'Pod') return JSON.stringify(podSpecOf(o) ?? {});
  return JSON.stringify(spec.template ?? {});
}

const VOLATILE_METADATA = [
  'managedFields',
  'resourceVersion',
  'generation',
  'creationTimestamp',
  'uid',
  'selfLink',
] as const;

/** An object without status and the fields the server changes on every write, for comparison. */
export function comparable(o: K8sObject): string {
  const { status: _status, metadata, ...rest } = o;
  const meta: Record<string, unknown> = { ...metadata };
  for (const key of VOLATILE_METADATA) delete meta[key];
  if (meta.annotations !== undefined) {
    const annotations = { ...(meta.annotations as Record<string, string>) };
    delete annotations['deployment.kubernetes.io/revision'];
    delete annotations['kubectl.kubernetes.io/last-applied-configuration'];
    meta.annotations = annotations;
  }
  return JSON.stringify(sortKeys({ ...rest, metadata: meta }));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .map((k) => [k, sortKeys((value as Record<string, unknown>)[k])]),
  );
}

export type Change = 'create' | 'rollout' | 'update' | 'unchanged';

export interface ObjectPlan {
  kind: string;
  namespace: string | undefined;
  name: string;
  change: Change;
  /** `container=image` before and after (workloads only). */
  imagesBefore: string[];
  imagesAfter: string[];
  /** Deployment revision (or StatefulSet/DaemonSet generation) before the deploy. */
  revisionBefore: string | null;
  workload: boolean;
}

export function revisionOf(o: K8sObject | undefined): string | null {
  if (o === undefined) return null;
  const annotation = o.metadata.annotations?.['deployment.kubernetes.io/revision'];
  if (annotation !== undefined) return annotation;
  const status = o.status as { currentRevision?: unknown } | undefined;
  if (typeof status?.currentRevision === 'string') return status.currentRevision;
  const generation = (o.metadata as { generation?: unknown }).generation;
  return typeof generation === 'number' ? String(generation) : null;
}

/**
 * What applying `desired` does to `live`: `after` is the server's answer to the dry run (or the
 * state read after the apply). A changed pod template means a rollout; any other difference an update.
 */
export function planObjects(
  desired: readonly K8sObject[],
  live: readonly K8sObject[],
  after: readonly K8sObject[],
  namespace: string | undefined,
): ObjectPlan[] {
  // The server's objects carry their namespace, cluster-scoped ones none: look up both ways.
  const index = (list: readonly K8sObject[]) => new Map(list.map((o) => [identity(o, undefined), o]));
  const liveBy = index(live);
  const afterBy = index(after);
  const find = (map: Map<string, K8sObject>, o: K8sObject) =>
    map.get(identity(o, namespace)) ?? map.get(identity(o, undefined));
  return desired.map((o) => {
    const before = find(liveBy, o);
    const answered = find(afterBy, o);
    const next = answered ?? o;
    const change: Change =
      before === undefined
        ? 'create'
        : isWorkload(o) && templateOf(before) !== templateOf(next)
          ? 'rollout'
          : comparable(before) !== comparable(next)
            ? 'update'
            : 'unchanged';
    return {
      kind: o.kind,
      // The server's answer tells cluster-scoped objects (no namespace) from namespaced ones.
      namespace: answered === undefined ? (o.metadata.namespace ?? namespace) : answered.metadata.namespace,
      name: o.metadata.name,
      change,
      imagesBefore: before === undefined ? [] : imagesOf(before),
      imagesAfter: imagesOf(next),
      revisionBefore: revisionOf(before),
      workload: isWorkload(o),
    };
  });
}

/**
 * What an apply refused part-way did change: the plan of `live` (before) to `now` (read after the
 * refusal). An object that is still missing was never created, whatever the dry run said.
 */
export function appliedPart(
  desired: readonly K8sObject[],
  live: readonly K8sObject[],
  now: readonly K8sObject[],
  namespace: string | undefined,
): ObjectPlan[] {
  const id = (kind: string, ns: string | undefined, name: string) => `${kind}/${ns ?? ''}/${name}`;
  const present = new Set(now.map((o) => id(o.kind, o.metadata.namespace, o.metadata.name)));
  return planObjects(desired, live, now, namespace).map((p) =>
    p.change === 'create' && !present.has(id(p.kind, p.namespace, p.name))
      ? { ...p, change: 'unchanged' as const }
      : p,
  );
}

export function formatPlan(plans: readonly ObjectPlan[]): string[] {
  const width = Math.max(0, ...plans.map((p) => `${p.kind}/${p.name}`.length));
  const lines = plans.map((p) => {
    const label = `${p.kind}/${p.name}`.padEnd(width);
    const images =
      p.imagesAfter.length === 0
        ? ''
        : p.change === 'rollout' && p.imagesBefore.join(' ') !== p.imagesAfter.join(' ')
          ? `  ${p.imagesBefore.join(' ') || '–'} -> ${p.imagesAfter.join(' ')}`
          : `  ${p.imagesAfter.join(' ')}`;
    return `${p.change.padEnd(9)} ${label}${p.namespace ? ` (namespace ${p.namespace})` : ''}${images}`;
  });
  const count = (c: Change) => plans.filter((p) => p.change === c).length;
  lines.push(
    `${plans.length} object(s): ${count('create')} to create, ${count('rollout')} to roll out, ${count('update')} to update, ${count('unchanged')} unchanged`,
  );
  return lines;
}

/** Rollout workloads whose pod template this run changed: the ones `rollout undo` returns to their previous revision. */
export function changedRollouts(plans: readonly ObjectPlan[]): WorkloadRef[] {
  return plans
    .filter((p) => p.change === 'rollout' && isRolloutKind(p.kind))
    .map((p) => ({ kind: p.kind, name: p.name, namespace: p.namespace }));
}

/** `matchLabels` of a workload's selector as a `-l` value (matchExpressions are not needed to find its pods). */
export function selectorOf(o: K8sObject): string | undefined {
  const selector = (o.spec as { selector?: { matchLabels?: Record<string, string> } } | undefined)?.selector;
  const labels = selector?.matchLabels;
  if (labels === undefined || Object.keys(labels).length === 0) return undefined;
  return Object.entries(labels)
    .map(([k, v]) => `${k}=${v}`)
    .join(',');
}

interface PodStatus {
  phase?: string;
  conditions?: Array<{ type?: string; status?: string }>;
  containerStatuses?: Array<{
    name?: string;
    ready?: boolean;
    restartCount?: number;
    state?: {
      waiting?: { reason?: string; message?: string };
      terminated?: { reason?: string; exitCode?: number };
    };
    lastState?: { terminated?: { reason?: string; exitCode?: number } };
  }>;
  initContainerStatuses?: PodStatus['containerStatuses'];
}

export interface PodProblem {
  name: string;
  reason: string;
}

/** Pods that are not Ready, each with a short reason (waiting reason, crash, probe), most broken first. */
export function failingPods(pods: readonly K8sObject[], limit = 3): PodProblem[] {
  const problems: Array<PodProblem & { score: number }> = [];
  for (const pod of pods) {
    const status = (pod.status ?? {}) as PodStatus;
    if (status.phase === 'Succeeded') continue;
    const ready = status.conditions?.find((c) => c.type === 'Ready')?.status === 'True';
    if (ready && status.phase === 'Running') continue;
    const reasons: string[] = [];
    let score = 1;
    for (const c of [...(status.initContainerStatuses ?? []), ...(status.containerStatuses ?? [])]) {
      const waiting = c.state?.waiting;
      const terminated = c.state?.terminated ?? c.lastState?.terminated;
      if (waiting?.reason) {
        reasons.push(
          `${c.name}: ${waiting.reason}${waiting.message ? ` (${waiting.message.slice(0, 200)})` : ''}`,
        );
        score = 3;
      } else if (terminated && terminated.exitCode !== 0) {
        reasons.push(`${c.name}: exited ${terminated.exitCode} (${terminated.reason ?? 'Error'})`);
        score = Math.max(score, 2);
      } else if (c.ready === false) {
        reasons.push(`${c.name}: not ready${c.restartCount ? `, ${c.restartCount} restart(s)` : ''}`);
      }
    }
    if (reasons.length === 0) reasons.push(`phase ${status.phase ?? 'unknown'}, not ready`);
    problems.push({ name: pod.metadata.name, reason: reasons.join('; '), score });
  }
  return problems
    .sort((a, b) => b.score - a.score)
    .slice(0, limit)
    .map(({ name, reason }) => ({ name, reason }));
}

/** The one line that says why `kubectl rollout status` failed (its `error:` line, else its last line). */
export function rolloutFailureReason(stderr: string, stdout: string): string {
  const lines = `${stderr}\n${stdout}`
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');
  const error = lines.find((l) => l.startsWith('error:'));
  return (error ?? lines.at(-1) ?? 'rollout did not complete').replace(/^error:\s*/, '');
}
