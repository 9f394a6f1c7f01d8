import type { Kubectl } from '../../adapters/kubectl.ts';
import { StepFailure } from '../../core/errors.ts';
import { getArgs } from '../../core/kubernetes/argv.ts';
import type { K8sObject, WorkloadRef } from '../../core/kubernetes/manifests.ts';
import {
  type UnsettledRollout,
  unsettledRolloutLine,
  unsettledRollouts,
} from '../../core/kubernetes/settle.ts';
import type { Reporter } from '../reporter.ts';
import { undoRollouts } from './rollback.ts';

// The settle phase, under the deploy lock and before anything is applied: the Deployments of the
// manifests as the deploy starts from them. A rollout an earlier run left in progress (a runner
// killed mid-rollout) is waited for, saying so; one that failed is rolled back when rollback is on
// (the rule is in src/core/kubernetes/settle.ts and docs/reliability.md). The caller then plans
// again, so what the deploy changes and undoes is measured from the settled state.

export interface SettleRequest {
  timeoutMs: number;
  rollback: boolean;
  signal?: AbortSignal;
  /** How often a rollout in progress is read again (default 1 s). */
  pollMs?: number;
}

const refOf = (u: UnsettledRollout): WorkloadRef => ({ kind: u.kind, name: u.name, namespace: u.namespace });

/** The live objects again, one `kubectl get` each (those that cannot be read are left out). */
async function reread(kubectl: Kubectl, live: readonly UnsettledRollout[]): Promise<K8sObject[]> {
  const read = await Promise.all(
    live.map((u) => kubectl.json(getArgs(refOf(u)), { quiet: true }).catch(() => [] as K8sObject[])),
  );
  return read.flat();
}

/** Waits until no Deployment's rollout is in progress; what is left unsettled then (failed, paused). */
async function waitForRollouts(
  kubectl: Kubectl,
  request: SettleRequest,
  found: UnsettledRollout[],
  report: Reporter,
): Promise<UnsettledRollout[]> {
  const deadline = Date.now() + request.timeoutMs;
  let unsettled = found;
  let announced = '';
  for (;;) {
    const busy = unsettled.filter((u) => u.action === 'wait');
    if (busy.length === 0) return unsettled;
    const line = busy.map(unsettledRolloutLine).join(', ');
    if (line !== announced) {
      report.info(`Waiting for a rollout an earlier run left to finish before deploying: ${line}`);
      announced = line;
    }
    if (request.signal?.aborted) throw new StepFailure(`cancelled while waiting for the rollout: ${line}`);
    if (Date.now() >= deadline)
      throw new StepFailure(
        `the rollout was still in progress after ${Math.round(request.timeoutMs / 1000)}s: ${line}; nothing was deployed`,
      );
    await new Promise((resolve) => setTimeout(resolve, request.pollMs ?? 1000));
    const again = unsettledRollouts(await reread(kubectl, busy), request.rollback);
    unsettled = [...unsettled.filter((u) => u.action !== 'wait'), ...again];
  }
}

/**
 * The settle phase over the live objects the plan read: true when it waited or rolled something
 * back (the caller reads the state again), false when every Deployment's rollout was complete.
 */
export async function settleRollouts(
  kubectl: Kubectl,
  request: SettleRequest,
  live: readonly K8sObject[],
  report: Reporter,
): Promise<boolean> {
  const found = unsettledRollouts(live, request.rollback);
  if (found.length === 0) return false;
  const unsettled = await waitForRollouts(kubectl, request, found, report);
  for (const u of unsettled.filter((x) => x.action === 'deploy-over'))
    report.warning(`${unsettledRolloutLine(u)}: its last rollout did not complete; deploying over it`);
  const failed = unsettled.filter((u) => u.action === 'roll-back');
  if (failed.length === 0) return true;
  const back = await report.group('Rolling back rollouts left failed', async () => {
    for (const u of failed)
      report.info(`${unsettledRolloutLine(u)}: an earlier rollout failed; rolling it back before deploying`);
    return undoRollouts(kubectl, failed.map(refOf), { refusedApply: undefined }, request.timeoutMs, report);
  });
  const notBack = back.filter((b) => !b.ok).map((b) => `${b.workload.kind}/${b.workload.name}: ${b.reason}`);
  if (notBack.length > 0)
    throw new StepFailure(
      `could not roll back the rollout left failed (${notBack.join('; ')}); nothing was deployed`,
    );
  return true;
}
