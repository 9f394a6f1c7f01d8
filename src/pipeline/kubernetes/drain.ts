import type { Kubectl } from '../../adapters/kubectl.ts';
import { type DrainTarget, drainTargets, podsArgs, terminatingPods } from '../../core/kubernetes/drain.ts';
import type { K8sObject, WorkloadRef } from '../../core/kubernetes/manifests.ts';
import type { Reporter } from '../reporter.ts';

/** Beyond the longest grace period: the kubelet's time to report the pod gone. */
const MARGIN_MS = 10_000;

async function stillTerminating(kubectl: Kubectl, targets: readonly DrainTarget[]): Promise<string[]> {
  const names: string[] = [];
  for (const target of targets)
    names.push(...terminatingPods(await kubectl.json(podsArgs(target), { quiet: true })));
  return names;
}

/**
 * The drain phase of a completed rollout: waits until the rolled-out workloads' terminating pods
 * have stopped (at most the longest terminationGracePeriodSeconds and a margin), so the deploy is not
 * declared done while old pods still drain. Still terminating at the deadline is a warning.
 */
export async function drainWorkloads(
  kubectl: Kubectl,
  request: { objects: readonly K8sObject[]; defaultNamespace: string; signal?: AbortSignal; pollMs?: number },
  rollouts: readonly WorkloadRef[],
  report: Reporter,
): Promise<void> {
  const targets = drainTargets(request.objects, rollouts, request.defaultNamespace);
  let pods = await stillTerminating(kubectl, targets);
  if (pods.length === 0) return;
  const started = Date.now();
  const deadline = started + Math.max(...targets.map((t) => t.graceMs)) + MARGIN_MS;
  report.info(
    `waiting for ${pods.length} terminating pod(s) to finish their grace period: ${pods.join(', ')}`,
  );
  while (pods.length > 0 && Date.now() < deadline && request.signal?.aborted !== true) {
    await new Promise((resolve) => setTimeout(resolve, request.pollMs ?? 1000));
    pods = await stillTerminating(kubectl, targets);
  }
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (pods.length === 0) report.info(`terminating pods stopped after ${seconds}s`);
  else report.warning(`${pods.length} pod(s) still terminating after ${seconds}s: ${pods.join(', ')}`);
}
