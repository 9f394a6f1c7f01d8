import { LABEL, parseCreated } from '../secrets/naming.ts';
import { isKubeList, type KubeList, type KubeObject, type KubeSecret } from './kubernetes-types.ts';
import { get, podSpecSecretNames } from './pod-spec.ts';
import {
  type Candidate,
  checkKeep,
  createdMs,
  type PruneEntry,
  type PruneSelection,
  selectVersions,
} from './select.ts';

export interface KubernetesPruneEntry extends PruneEntry {
  namespace: string;
}

export interface KubernetesPruneInput {
  stack: string;
  /** Newest versions to keep per secret (and namespace), at least 1. */
  keep: number;
  /** `kubectl get secrets -l gantry.stack=<stack> -o json` (a List), or its items. */
  secrets: KubeList | readonly KubeObject[];
  /**
   * Everything that may reference a Secret, as `kubectl get … -o json` Lists or single objects:
   * Deployments, ReplicaSets (all of them: old ones are the rollback history), StatefulSets,
   * DaemonSets, ControllerRevisions, Jobs, CronJobs, Pods, ServiceAccounts, PodTemplates,
   * ReplicationControllers. Another kind is searched at spec.template.spec and
   * spec.jobTemplate.spec.template.spec.
   */
  workloads: readonly (KubeList | KubeObject)[];
  keepInput?: string;
}

/**
 * The Kubernetes twin of `selectSwarmPrune`: Secrets labelled `gantry.stack=<stack>` with a
 * `gantry.secret`, grouped by namespace and `gantry.secret`, newest `keep` kept, older ones pruned
 * unless a workload references them in the same namespace. A ReplicaSet scaled to 0 still counts:
 * it is what `kubectl rollout undo` scales back up. Pods that have finished (Succeeded, Failed) do not.
 */
export function selectKubernetesPrune(input: KubernetesPruneInput): PruneSelection<KubernetesPruneEntry> {
  const keep = checkKeep(input.keepInput ?? 'keep', input.keep);
  const references = new Map<string, { namespace: string | undefined; reason: string }[]>();
  const objects = input.workloads
    .flatMap((item) => (isKubeList(item) ? item.items : [item]))
    .sort((a, b) => compare(objectKey(a), objectKey(b)));
  for (const object of objects) {
    const found = referencesOf(object);
    if (found === undefined) continue;
    for (const name of found.names) {
      const list = references.get(name) ?? [];
      list.push({ namespace: object.metadata.namespace, reason: found.reason });
      references.set(name, list);
    }
  }

  const secrets: readonly KubeObject[] = isKubeList(input.secrets as KubeList)
    ? (input.secrets as KubeList).items
    : (input.secrets as readonly KubeObject[]);
  const candidates: Candidate<KubernetesPruneEntry>[] = [];
  for (const secret of secrets as readonly KubeSecret[]) {
    if (secret.kind !== undefined && secret.kind !== 'Secret') continue;
    const { metadata } = secret;
    const labels = metadata.labels ?? {};
    const name = labels[LABEL.secret];
    if (labels[LABEL.stack] !== input.stack || name === undefined || name === '') continue;
    const namespace = metadata.namespace ?? '';
    const created = createdMs(parseCreated(labels[LABEL.created]), metadata.creationTimestamp);
    const reasons = (references.get(metadata.name) ?? [])
      .filter(
        (ref) =>
          ref.namespace === undefined || metadata.namespace === undefined || ref.namespace === namespace,
      )
      .map((ref) => ref.reason);
    candidates.push({
      group: `${namespace}/${name}`,
      createdMs: created.ms,
      serverMs: createdMs(metadata.creationTimestamp).ms,
      entry: {
        id: metadata.uid ?? `${namespace}/${metadata.name}`,
        name: metadata.name,
        namespace,
        secret: name,
        version: labels[LABEL.version] ?? '',
        created: created.iso,
      },
      references: reasons,
    });
  }
  return selectVersions(candidates, keep);
}

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

const objectKey = (object: KubeObject): string =>
  `${object.kind}\0${object.metadata.namespace ?? ''}\0${object.metadata.name}`;

const FINISHED_POD_PHASES = new Set(['Succeeded', 'Failed']);

/** The Secret names one object references, and how to say so; undefined when it protects nothing. */
export function referencesOf(object: KubeObject): { names: string[]; reason: string } | undefined {
  const { kind, metadata } = object;
  const id = `${kind} ${metadata.namespace === undefined ? '' : `${metadata.namespace}/`}${metadata.name}`;
  const by = `referenced by ${id}`;
  switch (kind) {
    case 'Pod': {
      const phase = get(object, 'status', 'phase');
      if (typeof phase === 'string' && FINISHED_POD_PHASES.has(phase)) return undefined;
      return {
        names: podSpecSecretNames(object.spec),
        reason: typeof phase === 'string' ? `${by} (${phase})` : by,
      };
    }
    case 'ReplicaSet':
    case 'ReplicationController': {
      const replicas = get(object, 'spec', 'replicas');
      const owner = metadata.ownerReferences?.find((ref) => ref.controller ?? true)?.kind;
      const note =
        replicas === 0
          ? owner === 'Deployment' || owner === undefined
            ? ' (retained for rollback)'
            : ' (scaled to 0)'
          : '';
      return { names: podSpecSecretNames(get(object, 'spec', 'template', 'spec')), reason: `${by}${note}` };
    }
    case 'ControllerRevision': {
      const revision = get(object, 'revision');
      const owner = metadata.ownerReferences?.find((ref) => ref.controller ?? true);
      const of = owner === undefined ? '' : ` of ${owner.kind} ${owner.name}`;
      return {
        names: podSpecSecretNames(get(object, 'data', 'spec', 'template', 'spec')),
        reason: `${by} (revision${typeof revision === 'number' ? ` ${revision}` : ''}${of}, rollback history)`,
      };
    }
    case 'CronJob':
      return {
        names: podSpecSecretNames(get(object, 'spec', 'jobTemplate', 'spec', 'template', 'spec')),
        reason: by,
      };
    case 'ServiceAccount': {
      const names = new Set<string>();
      for (const field of ['secrets', 'imagePullSecrets']) {
        const list = get(object, field);
        if (!Array.isArray(list)) continue;
        for (const ref of list) {
          const name = get(ref, 'name');
          if (typeof name === 'string' && name !== '') names.add(name);
        }
      }
      return { names: [...names].sort(), reason: by };
    }
    case 'PodTemplate':
      return { names: podSpecSecretNames(get(object, 'template', 'spec')), reason: by };
    default: {
      // Deployment, StatefulSet, DaemonSet, Job, and unknown kinds that follow the same layout.
      const names = [
        ...podSpecSecretNames(get(object, 'spec', 'template', 'spec')),
        ...podSpecSecretNames(get(object, 'spec', 'jobTemplate', 'spec', 'template', 'spec')),
      ];
      return { names: [...new Set(names)].sort(), reason: by };
    }
  }
}
