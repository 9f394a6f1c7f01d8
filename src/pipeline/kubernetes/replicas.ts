import type { Kubectl } from '../../adapters/kubectl.ts';
import type { K8sObject } from '../../core/kubernetes/manifests.ts';
import {
  formatDrift,
  getWorkloadsArgs,
  replicaDrifts,
  scalableRefs,
  withReplicas,
} from '../../core/kubernetes/replicas.ts';
import type { Reporter } from '../reporter.ts';

/**
 * The replicas step before a deploy: reads the live workloads the manifests scale (with their
 * managed fields), says which counts were scaled outside Gantry since its last release and what
 * this deploy does with them, and returns the objects to apply (`replicas: live` keeps those counts).
 */
export async function reconcileReplicas(
  kubectl: Kubectl,
  objects: K8sObject[],
  mode: 'manifest' | 'live',
  defaultNamespace: string,
  report: Reporter,
): Promise<K8sObject[]> {
  const live: K8sObject[] = [];
  for (const [namespace, refs] of scalableRefs(objects, defaultNamespace))
    live.push(...(await kubectl.json(getWorkloadsArgs(refs, namespace), { quiet: true })));
  const drifts = replicaDrifts(objects, live, defaultNamespace);
  for (const drift of drifts)
    if (mode === 'live') report.info(formatDrift(drift, mode));
    else report.warning(formatDrift(drift, mode));
  return withReplicas(objects, drifts, mode, defaultNamespace);
}
