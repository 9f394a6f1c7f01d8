/** A Deployment, StatefulSet or DaemonSet as `gantry status` shows it; pure. */
import {
  imageStatus,
  type SecretInUse,
  secretInUse,
  type UpdateState,
  VERSION_LABEL,
  type WorkloadStatus,
} from '../status.ts';
import type { K8sObject } from './manifests.ts';

interface Container {
  image?: string;
  env?: { valueFrom?: { secretKeyRef?: { name?: string } } }[];
  envFrom?: { secretRef?: { name?: string } }[];
}

interface PodSpec {
  containers?: Container[];
  initContainers?: Container[];
  volumes?: {
    secret?: { secretName?: string };
    projected?: { sources?: { secret?: { name?: string } }[] };
  }[];
}

interface Condition {
  type?: string;
  status?: string;
  reason?: string;
  message?: string;
}

interface Workload {
  kind: string;
  metadata: { name: string; generation?: number; labels?: Record<string, string> };
  spec?: {
    replicas?: number;
    paused?: boolean;
    template?: { metadata?: { labels?: Record<string, string> }; spec?: PodSpec };
  };
  status?: {
    observedGeneration?: number;
    replicas?: number;
    readyReplicas?: number;
    updatedReplicas?: number;
    availableReplicas?: number;
    currentRevision?: string;
    updateRevision?: string;
    numberReady?: number;
    desiredNumberScheduled?: number;
    updatedNumberScheduled?: number;
    conditions?: Condition[];
  };
}

export const WORKLOAD_KINDS = ['Deployment', 'StatefulSet', 'DaemonSet'] as const;

/** The names of the Secrets a pod template reads (env, envFrom, volumes), sorted, once each. */
export function referencedSecrets(spec: PodSpec | undefined): string[] {
  const names: (string | undefined)[] = [];
  for (const c of [...(spec?.initContainers ?? []), ...(spec?.containers ?? [])]) {
    for (const e of c.env ?? []) names.push(e.valueFrom?.secretKeyRef?.name);
    for (const e of c.envFrom ?? []) names.push(e.secretRef?.name);
  }
  for (const v of spec?.volumes ?? []) {
    names.push(v.secret?.secretName);
    for (const s of v.projected?.sources ?? []) names.push(s.secret?.name);
  }
  return [...new Set(names.filter((n): n is string => n !== undefined && n !== ''))].sort();
}

const ready = (w: Workload): { ready: number; desired: number | null } =>
  w.kind === 'DaemonSet'
    ? { ready: w.status?.numberReady ?? 0, desired: w.status?.desiredNumberScheduled ?? null }
    : { ready: w.status?.readyReplicas ?? 0, desired: w.spec?.replicas ?? 1 };

/** Whether the controller has seen the latest spec and every replica is updated and ready. */
function settled(w: Workload): boolean {
  const s = w.status ?? {};
  if ((s.observedGeneration ?? 0) < (w.metadata.generation ?? 0)) return false;
  const { ready: r, desired } = ready(w);
  if (desired !== null && r < desired) return false;
  if (w.kind === 'DaemonSet') return (s.updatedNumberScheduled ?? 0) >= (desired ?? 0);
  if (w.kind === 'StatefulSet')
    return s.updateRevision === undefined || s.updateRevision === s.currentRevision;
  return (s.updatedReplicas ?? 0) >= (desired ?? 0);
}

/** The rollout state: paused, failed (progress deadline exceeded), updating or completed. */
export function rolloutState(w: Workload): { state: UpdateState; message: string | null } {
  if (w.spec?.paused === true) return { state: 'paused', message: null };
  const progressing = (w.status?.conditions ?? []).find((c) => c.type === 'Progressing');
  if (progressing?.status === 'False')
    return { state: 'failed', message: progressing.message?.trim() || progressing.reason || null };
  return { state: settled(w) ? 'completed' : 'updating', message: null };
}

/** One workload: its images, ready/desired, rollout state and the Secrets it references. */
export function workloadStatus(object: K8sObject, prefixes: ReadonlyMap<string, string>): WorkloadStatus {
  const w = object as unknown as Workload;
  const spec = w.spec?.template?.spec;
  const version = w.spec?.template?.metadata?.labels?.[VERSION_LABEL] ?? w.metadata.labels?.[VERSION_LABEL];
  const images = (spec?.containers ?? [])
    .map((c) => c.image)
    .filter((i): i is string => i !== undefined)
    .map((i) => imageStatus(i, version));
  const secrets: SecretInUse[] = referencedSecrets(spec).map((n) => secretInUse(n, prefixes));
  return { name: w.metadata.name, kind: w.kind, images, ...ready(w), update: rolloutState(w), secrets };
}
