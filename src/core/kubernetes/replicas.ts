import { FIELD_MANAGER } from './argv.ts';
import { ANNOTATION_PREFIX, type K8sObject } from './manifests.ts';

/**
 * Replica counts scaled outside Gantry (`kubectl scale`, an autoscaler) since its last release,
 * pure. Each workload Gantry applies carries the manifest's count in an annotation; a live count
 * that differs from the manifest's while the manifest's did not change since the last release was
 * set by someone else. `replicas: manifest` applies the manifest's (and says so), `replicas: live`
 * applies the live count. (The field is set, not dropped: under server-side apply, a field Gantry
 * owned and no longer sends is removed, which resets the count to 1. Kubernetes 1.20 records no
 * manager for a change through the scale subresource, so who scaled is named only when the
 * managed fields say.)
 */

export const REPLICAS_ANNOTATION = `${ANNOTATION_PREFIX}replicas`;

const SCALABLE = new Set(['Deployment', 'StatefulSet', 'ReplicaSet']);

export interface ReplicaDrift {
  kind: string;
  namespace: string;
  name: string;
  live: number;
  manifest: number;
  /** The field manager that last set spec.replicas, other than Gantry's, when the cluster recorded one. */
  setBy: string | undefined;
  at: string | undefined;
}

interface ManagedField {
  manager?: string;
  time?: string;
  subresource?: string;
  fieldsV1?: { 'f:spec'?: { 'f:replicas'?: unknown } };
}

const replicasOf = (o: K8sObject): number | undefined => {
  const value = (o.spec as { replicas?: unknown } | undefined)?.replicas;
  return typeof value === 'number' ? value : undefined;
};
const namespaceOf = (o: K8sObject, fallback: string) => o.metadata.namespace ?? fallback;

/** The newest manager other than Gantry's that owns spec.replicas. */
function lastSetBy(live: K8sObject): { setBy: string; at: string | undefined } | undefined {
  const fields = ((live.metadata as { managedFields?: ManagedField[] }).managedFields ?? [])
    .filter((f) => f.manager !== FIELD_MANAGER && f.fieldsV1?.['f:spec']?.['f:replicas'] !== undefined)
    .sort((a, b) => (a.time ?? '').localeCompare(b.time ?? ''));
  const last = fields.at(-1);
  if (last?.manager === undefined) return undefined;
  return { setBy: `${last.manager}${last.subresource ? ` (${last.subresource})` : ''}`, at: last.time };
}

/** The workloads whose live count was set outside Gantry and differs from the manifest's. */
export function replicaDrifts(
  objects: readonly K8sObject[],
  live: readonly K8sObject[],
  defaultNamespace: string,
): ReplicaDrift[] {
  const out: ReplicaDrift[] = [];
  for (const object of objects) {
    const manifest = replicasOf(object);
    if (!SCALABLE.has(object.kind) || manifest === undefined) continue;
    const namespace = namespaceOf(object, defaultNamespace);
    const current = live.find(
      (l) =>
        l.kind === object.kind &&
        l.metadata.name === object.metadata.name &&
        namespaceOf(l, defaultNamespace) === namespace,
    );
    const count = current === undefined ? undefined : replicasOf(current);
    if (current === undefined || count === undefined || count === manifest) continue;
    const recorded = current.metadata.annotations?.[REPLICAS_ANNOTATION];
    // The manifest's count changed since the last release: the release changes it, on purpose.
    if (recorded !== undefined && recorded !== String(manifest)) continue;
    const who = lastSetBy(current);
    out.push({
      kind: object.kind,
      namespace,
      name: object.metadata.name,
      live: count,
      manifest,
      setBy: who?.setBy,
      at: who?.at,
    });
  }
  return out;
}

/** The objects to apply: each workload annotated with its manifest's count; with `live`, a drifted one keeps its live count. */
export function withReplicas(
  objects: readonly K8sObject[],
  drifts: readonly ReplicaDrift[],
  mode: 'manifest' | 'live',
  defaultNamespace: string,
): K8sObject[] {
  return objects.map((object) => {
    const manifest = replicasOf(object);
    if (!SCALABLE.has(object.kind) || manifest === undefined) return object;
    const drift = drifts.find(
      (d) =>
        d.kind === object.kind &&
        d.name === object.metadata.name &&
        d.namespace === namespaceOf(object, defaultNamespace),
    );
    const annotations = { ...object.metadata.annotations, [REPLICAS_ANNOTATION]: String(manifest) };
    const spec =
      mode === 'live' && drift !== undefined
        ? { ...(object.spec as Record<string, unknown>), replicas: drift.live }
        : object.spec;
    return { ...object, metadata: { ...object.metadata, annotations }, spec };
  });
}

/** One line per drift: what the release does with it. */
export function formatDrift(d: ReplicaDrift, mode: 'manifest' | 'live'): string {
  const who =
    d.setBy === undefined
      ? 'set outside Gantry since its last release (the cluster does not record who)'
      : `set by ${d.setBy}${d.at ? ` at ${d.at}` : ''}`;
  const what =
    mode === 'live'
      ? `replicas ${d.live} kept (the manifest says ${d.manifest}; replicas: live)`
      : `replicas ${d.live} → ${d.manifest} (the manifest's; replicas: live would keep ${d.live})`;
  return `${d.kind.toLowerCase()}/${d.name} in ${d.namespace}: ${what}, ${who}`;
}

/** `kubectl get` of these workloads with their managed fields (absent ones skipped). */
export const getWorkloadsArgs = (refs: readonly string[], namespace: string): string[] => [
  'get',
  ...refs,
  '--namespace',
  namespace,
  '--ignore-not-found',
  '--show-managed-fields',
  '--output',
  'json',
];

/** The scalable workloads among `objects`, as `kind/name` by namespace. */
export function scalableRefs(objects: readonly K8sObject[], defaultNamespace: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const o of objects) {
    if (!SCALABLE.has(o.kind) || replicasOf(o) === undefined) continue;
    const ns = namespaceOf(o, defaultNamespace);
    out.set(ns, [...(out.get(ns) ?? []), `${o.kind.toLowerCase()}.apps/${o.metadata.name}`]);
  }
  return out;
}
