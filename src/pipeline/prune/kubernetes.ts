import type { Kubectl } from '../../adapters/kubectl.ts';
import {
  deleteSecretsArgs,
  type KubeObject,
  type KubernetesPruneEntry,
  listStackSecretsArgs,
  listWorkloadsArgs,
  type PruneSelection,
  selectKubernetesPrune,
} from '../../core/prune/index.ts';
import { type LeaseRequest, underLease } from '../kubernetes/lease-lock.ts';
import type { Reporter } from '../reporter.ts';

export interface KubernetesPruneRequest {
  stack: string;
  keep: number;
  namespace: string;
  dryRun: boolean;
  /** The namespace's deploy lock, as a deploy takes it (none for a dry run). */
  lock?: LeaseRequest;
}

/**
 * Under the namespace's deploy lock (so no deploy changes what is referenced meanwhile): one listing of the stack's Secrets (label `gantry.stack`), one of every object in the namespace
 * that may reference a Secret (ReplicaSets at 0 replicas included: they are `kubectl rollout
 * undo`'s targets), the core's selection, then one `kubectl delete secret a b c`.
 */
export async function pruneKubernetesSecrets(
  kubectl: Kubectl,
  request: KubernetesPruneRequest,
  report: Reporter,
): Promise<PruneSelection<KubernetesPruneEntry>> {
  const lock =
    request.lock === undefined || request.dryRun
      ? undefined
      : { ...request.lock, namespace: request.namespace, ttlMs: 600_000 };
  return underLease(kubectl, lock, report, () => selectAndDelete(kubectl, request, report));
}

async function selectAndDelete(
  kubectl: Kubectl,
  request: KubernetesPruneRequest,
  report: Reporter,
): Promise<PruneSelection<KubernetesPruneEntry>> {
  const [secrets, workloads] = await Promise.all([
    kubectl.json(listStackSecretsArgs(request.stack, request.namespace)),
    kubectl.json(listWorkloadsArgs(request.namespace)),
  ]);
  const selection = selectKubernetesPrune({
    stack: request.stack,
    keep: request.keep,
    secrets: secrets as unknown as KubeObject[],
    workloads: workloads as unknown as KubeObject[],
  });
  for (const entry of selection.kept) report.info(`keep    ${entry.name}: ${entry.reason}`);
  for (const entry of selection.protected) report.info(`protect ${entry.name}: ${entry.reason}`);
  for (const entry of selection.pruned)
    report.info(`${request.dryRun ? 'would prune' : 'prune  '} ${entry.name}: ${entry.reason}`);
  if (!request.dryRun && selection.pruned.length > 0) {
    await kubectl.run(
      deleteSecretsArgs(
        selection.pruned.map((e) => e.name),
        request.namespace,
      ),
    );
  }
  return selection;
}
