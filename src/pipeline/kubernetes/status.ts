import type { Kubectl } from '../../adapters/kubectl.ts';
import type { K8sObject } from '../../core/kubernetes/manifests.ts';
import { WORKLOAD_KINDS, workloadStatus } from '../../core/kubernetes/status.ts';
import type { WorkloadStatus } from '../../core/status.ts';

/** The namespace's Deployments, StatefulSets and DaemonSets, sorted by kind then name. */
export async function readWorkloads(kubectl: Kubectl, namespace: string): Promise<K8sObject[]> {
  const objects = await kubectl.json(
    ['get', 'deployments,statefulsets,daemonsets', '--namespace', namespace, '--output', 'json'],
    { quiet: true },
  );
  const rank = (o: K8sObject) => WORKLOAD_KINDS.indexOf(o.kind as (typeof WORKLOAD_KINDS)[number]);
  return objects
    .filter((o) => rank(o) >= 0)
    .sort((a, b) => rank(a) - rank(b) || a.metadata.name.localeCompare(b.metadata.name));
}

/** Each workload of the namespace as `gantry status` shows it; `prefixes` name gantry.yml's Secrets. */
export async function readKubernetesWorkloads(
  kubectl: Kubectl,
  namespace: string,
  prefixes: ReadonlyMap<string, string>,
): Promise<WorkloadStatus[]> {
  return (await readWorkloads(kubectl, namespace)).map((o) => workloadStatus(o, prefixes));
}
