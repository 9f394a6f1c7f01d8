import type { WorkloadRef } from './manifests.ts';

/**
 * kubectl argument lists (after the connection flags the adapter adds). Every call is valid for
 * kubectl and API servers 1.20 through today.
 */

export const FIELD_MANAGER = 'gantry';

const ns = (namespace: string | undefined): string[] =>
  namespace === undefined ? [] : ['--namespace', namespace];
const seconds = (ms: number): string => `${Math.max(1, Math.ceil(ms / 1000))}s`;
export const resource = (w: Pick<WorkloadRef, 'kind' | 'name'>): string =>
  `${w.kind.toLowerCase()}/${w.name}`;

/**
 * Server-side apply as field manager `gantry`. `--force-conflicts`: the manifests are the source of
 * truth for the fields they set, so a field last written by `kubectl edit`, a client-side apply or
 * another tool is taken over instead of failing the deploy; fields the manifests leave out (say
 * `replicas` under an autoscaler) keep their other owners.
 */
export function applyArgs(options: {
  file: string;
  namespace: string | undefined;
  dryRun: boolean;
}): string[] {
  return [
    'apply',
    '--server-side',
    `--field-manager=${FIELD_MANAGER}`,
    '--force-conflicts',
    ...(options.dryRun ? ['--dry-run=server'] : []),
    ...ns(options.namespace),
    '--filename',
    options.file,
    '--output',
    'json',
  ];
}

/** The live state of every object in the file (absent ones skipped). */
export const getFileArgs = (file: string, namespace: string | undefined): string[] => [
  'get',
  ...ns(namespace),
  '--filename',
  file,
  '--ignore-not-found',
  '--output',
  'json',
];

export const getArgs = (w: WorkloadRef): string[] => [
  'get',
  resource(w),
  ...ns(w.namespace),
  '--output',
  'json',
];

export const rolloutStatusArgs = (w: WorkloadRef, timeoutMs: number): string[] => [
  'rollout',
  'status',
  resource(w),
  ...ns(w.namespace),
  '--watch=true',
  `--timeout=${seconds(timeoutMs)}`,
];

export const rolloutUndoArgs = (w: WorkloadRef): string[] => [
  'rollout',
  'undo',
  resource(w),
  ...ns(w.namespace),
];

export const describeArgs = (w: WorkloadRef): string[] => ['describe', resource(w), ...ns(w.namespace)];

/** Recent events of one object (sorted oldest first; the caller keeps the last few). */
export const eventsArgs = (w: WorkloadRef): string[] => [
  'get',
  'events',
  ...ns(w.namespace),
  '--field-selector',
  `involvedObject.kind=${w.kind},involvedObject.name=${w.name}`,
  '--sort-by=.lastTimestamp',
];

export const podsArgs = (namespace: string | undefined, selector: string): string[] => [
  'get',
  'pods',
  ...ns(namespace),
  '--selector',
  selector,
  '--output',
  'json',
];

/** The last lines of every container of a pod, bounded in lines and bytes. */
export const logsArgs = (namespace: string | undefined, pod: string, tail: number): string[] => [
  'logs',
  pod,
  ...ns(namespace),
  '--all-containers=true',
  `--tail=${tail}`,
  '--limit-bytes=65536',
];

export const kustomizeArgs = (dir: string): string[] => ['kustomize', dir];

/** The server's version (also proves the kubeconfig's credentials and the server's certificate). */
export const versionArgs = (): string[] => ['version', '--output=json'];
