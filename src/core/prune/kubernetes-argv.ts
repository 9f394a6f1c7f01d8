import { LABEL } from '../secrets/naming.ts';

/**
 * kubectl argument lists of the Kubernetes prune: one listing of the stack's Secrets (by label),
 * one of everything that may reference a Secret in the namespace, one batched delete. Every kind
 * named here exists on API servers 1.20 through today (kubectl picks CronJob's served version).
 */

/** What `selectKubernetesPrune` reads references from (see its `workloads`). */
export const REFERENCING_KINDS = [
  'deployments',
  'replicasets',
  'statefulsets',
  'daemonsets',
  'controllerrevisions',
  'jobs',
  'cronjobs',
  'pods',
  'replicationcontrollers',
  'podtemplates',
  'serviceaccounts',
] as const;

export const listStackSecretsArgs = (stack: string, namespace: string): string[] => [
  'get',
  'secrets',
  '--namespace',
  namespace,
  '--selector',
  `${LABEL.stack}=${stack}`,
  '--output',
  'json',
];

export const listWorkloadsArgs = (namespace: string): string[] => [
  'get',
  REFERENCING_KINDS.join(','),
  '--namespace',
  namespace,
  '--output',
  'json',
];

/** One delete for every Secret that may go; `--ignore-not-found` so a concurrent removal is no error. */
export const deleteSecretsArgs = (names: readonly string[], namespace: string): string[] => [
  'delete',
  'secret',
  ...names,
  '--namespace',
  namespace,
  '--ignore-not-found',
  '--wait=false',
];
