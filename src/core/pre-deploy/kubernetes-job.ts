import { ConfigurationError } from '../errors.ts';
import type { K8sObject } from '../kubernetes/manifests.ts';
import { type ResolvedJob, SECRETS_DIR } from './jobs.ts';

/**
 * A pre-deploy job on Kubernetes, pure: a batch/v1 Job (`backoffLimit` 0, never restarted, the
 * cluster's `activeDeadlineSeconds` as its timeout), the release's versioned Secrets projected into
 * /run/secrets (one file per Secret, named as the secret: each Secret holds one key, its NAME), the
 * pull secrets and service account of the manifests' pods; the kubectl argv; the Job's verdict.
 * The Job is kept for inspection and deleted by the next release before it runs the job again
 * (`ttlSecondsAfterFinished` is alpha, off by default, on Kubernetes 1.20).
 */

/** The Job's name: `pre-deploy-<job>`. */
export const jobObjectName = (job: string): string => `pre-deploy-${job}`;

const VOLUME = 'gantry-secrets';

/** What a job's pod takes from the manifests' pods: image pull secrets, service account, volumes. */
export interface PodDefaults {
  imagePullSecrets?: Array<{ name: string }>;
  serviceAccountName?: string;
  /** The first pod template's volumes, which a job's `volumes` name. */
  volumes?: Array<{ name: string } & Record<string, unknown>>;
}

/** The pod defaults of the first workload in `objects` (the first with a pod template). */
export function podDefaultsOf(objects: readonly K8sObject[]): PodDefaults {
  for (const object of objects) {
    const spec = (object.spec as { template?: { spec?: PodDefaults } } | undefined)?.template?.spec;
    if (spec === undefined) continue;
    const out: PodDefaults = {};
    if (Array.isArray(spec.imagePullSecrets) && spec.imagePullSecrets.length > 0)
      out.imagePullSecrets = spec.imagePullSecrets;
    if (typeof spec.serviceAccountName === 'string') out.serviceAccountName = spec.serviceAccountName;
    if (Array.isArray(spec.volumes)) out.volumes = spec.volumes;
    return out;
  }
  return {};
}

/** The pod volumes a job mounts, taken by name from the manifests' first pod template. */
function jobVolumes(job: ResolvedJob, defaults: PodDefaults) {
  return job.volumes.map((v) => {
    const found = defaults.volumes?.find((d) => d.name === v.name);
    if (found === undefined)
      throw new ConfigurationError(
        `job ${job.name} mounts volume ${v.name}, which the manifests' first pod template does not declare`,
        'pre-deploy',
      );
    return found;
  });
}

/** The Job of one pre-deploy job. */
export function jobManifest(job: ResolvedJob, namespace: string, defaults: PodDefaults): K8sObject {
  const labels = { 'gantry.pre-deploy': job.name };
  const { volumes: _all, ...pod } = defaults;
  const secretVolume =
    job.secrets.length === 0
      ? []
      : [
          {
            name: VOLUME,
            projected: { sources: job.secrets.map((s) => ({ secret: { name: s.fullName } })) },
          },
        ];
  const volumes = [...secretVolume, ...jobVolumes(job, defaults)];
  const mounts = [
    ...secretVolume.map(() => ({ name: VOLUME, mountPath: SECRETS_DIR, readOnly: true })),
    ...job.volumes.map((v) => ({ name: v.name, mountPath: v.path })),
  ];
  return {
    apiVersion: 'batch/v1',
    kind: 'Job',
    metadata: { name: jobObjectName(job.name), namespace, labels },
    spec: {
      backoffLimit: 0,
      activeDeadlineSeconds: Math.max(1, Math.ceil(job.timeoutMs / 1000)),
      template: {
        metadata: { labels },
        spec: {
          restartPolicy: 'Never',
          ...pod,
          containers: [
            {
              name: job.name,
              image: job.image,
              command: job.command,
              env: Object.entries(job.env).map(([name, value]) => ({ name, value })),
              ...(mounts.length > 0 ? { volumeMounts: mounts } : {}),
            },
          ],
          ...(volumes.length > 0 ? { volumes } : {}),
        },
      },
    },
  };
}

/** Deletes the previous run's Job of this name (and its pods), waiting until it is gone. */
export const deleteJobArgs = (name: string, namespace: string): string[] => [
  'delete',
  'job',
  name,
  '--namespace',
  namespace,
  '--ignore-not-found',
  '--cascade=foreground',
  '--wait=true',
  '--timeout=60s',
];

/** Creates the Job read from stdin; prints it (its uid selects its pods). */
export const createJobArgs = (namespace: string): string[] => [
  'create',
  '--namespace',
  namespace,
  '--filename',
  '-',
  '--output',
  'json',
];

export const getJobArgs = (name: string, namespace: string): string[] => [
  'get',
  'job',
  name,
  '--namespace',
  namespace,
  '--output',
  'json',
];

/** The output of this Job's pod (selected by the Job's uid: an older pod of the same name is not it). */
export const jobLogsArgs = (uid: string, namespace: string, tail = 200): string[] => [
  'logs',
  '--namespace',
  namespace,
  '--selector',
  `controller-uid=${uid}`,
  '--tail',
  String(tail),
];

interface JobStatus {
  status?: {
    active?: number;
    conditions?: Array<{ type?: string; status?: string; reason?: string; message?: string }>;
  };
}

/** Where a Job is: running, complete, failed (the deadline is the job's timeout). */
export function jobState(
  job: JobStatus,
): { done: false } | { done: true; ok: true } | { done: true; ok: false; reason: string } {
  const conditions = (job.status?.conditions ?? []).filter((c) => c.status === 'True');
  if (conditions.some((c) => c.type === 'Complete')) return { done: true, ok: true };
  const failed = conditions.find((c) => c.type === 'Failed');
  if (failed === undefined) return { done: false };
  if (failed.reason === 'DeadlineExceeded') return { done: true, ok: false, reason: 'timed out' };
  return { done: true, ok: false, reason: `failed: ${failed.message || failed.reason || 'Failed'}` };
}
