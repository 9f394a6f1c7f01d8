import { ToolError } from '../../adapters/exec.ts';
import type { Kubectl } from '../../adapters/kubectl.ts';
import { isApiUnreachable } from '../../core/kubernetes/api-unreachable.ts';
import { getFileArgs, resource, rolloutStatusArgs } from '../../core/kubernetes/argv.ts';
import { type K8sObject, rolloutWorkloads, type WorkloadRef } from '../../core/kubernetes/manifests.ts';
import { appliedPart, type ObjectPlan, rolloutFailureReason } from '../../core/kubernetes/state.ts';
import { equalJitter, exponentialBackoff, retry } from '../../core/retry.ts';
import type { Reporter } from '../reporter.ts';

export interface Waited {
  workload: WorkloadRef;
  ok: boolean;
  reason: string | null;
}

/** One workload's identity across the plan, the rollout waits and the undo. */
export const key = (w: { kind: string; name: string; namespace: string | undefined | null }) =>
  `${w.kind}/${w.namespace ?? ''}/${w.name}`;

/** `kubectl rollout status` of every workload at once, each bounded by the deploy's timeout. */
export async function waitRollouts(
  kubectl: Kubectl,
  workloads: readonly WorkloadRef[],
  timeoutMs: number,
  report: Reporter,
): Promise<Waited[]> {
  const deadline = Date.now() + timeoutMs;
  return Promise.all(
    workloads.map(async (workload) => {
      const result = await rolloutStatus(kubectl, workload, deadline, report);
      const ok = result.exitCode === 0;
      const reason = ok ? null : rolloutFailureReason(result.stderr, result.stdout);
      report.info(`${resource(workload)}: ${ok ? 'rolled out' : `FAILED: ${reason}`}`);
      return { workload, ok, reason };
    }),
  );
}

interface StatusResult {
  exitCode: number;
  stdout: string;
  stderr: string;
}

/** A rollout status that failed because the API server was out of reach: worth asking again. */
class ApiUnreachable extends Error {
  readonly result: StatusResult;
  constructor(result: StatusResult) {
    super(rolloutFailureReason(result.stderr, result.stdout));
    this.result = result;
  }
}

/**
 * One workload's `kubectl rollout status --watch`, until the deadline. When the API server goes
 * away mid-watch (a restart, a dropped connection) kubectl exits: the watch is started again, with
 * exponential backoff, and resumes from the workload's state (a rollout's progress lives in the
 * cluster, not in the watch). Out of reach until the deadline: a failure that says so.
 */
async function rolloutStatus(
  kubectl: Kubectl,
  workload: WorkloadRef,
  deadline: number,
  report: Reporter,
): Promise<StatusResult> {
  const once = async (): Promise<StatusResult> => {
    const left = Math.max(1_000, deadline - Date.now());
    const result = await kubectl
      .run(rolloutStatusArgs(workload, left), { allowFailure: true, timeoutMs: left + 30_000 })
      .catch((error: Error) => ({
        exitCode: -1,
        stdout: '',
        stderr: error instanceof ToolError ? error.message : String(error),
      }));
    if (result.exitCode !== 0 && isApiUnreachable(`${result.stderr}\n${result.stdout}`))
      throw new ApiUnreachable(result);
    return result;
  };
  return retry(once, {
    delayMs: (attempt, error) => {
      const left = deadline - Date.now();
      if (!(error instanceof ApiUnreachable) || left <= 0) return undefined;
      return Math.min(
        Math.round(equalJitter(exponentialBackoff(attempt, 1_000, 5_000), Math.random())),
        left,
      );
    },
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    onRetry: (_attempt, waitMs, error) =>
      report.warning(
        `${resource(workload)}: lost the API server (${(error as Error).message}); watching again in ${(waitMs / 1000).toFixed(1)}s`,
      ),
  }).catch((error: unknown) => {
    if (!(error instanceof ApiUnreachable)) throw error;
    const { result } = error;
    return {
      ...result,
      stderr: `error: lost contact with the API server until the deadline: ${error.message}`,
    };
  });
}

/** What the watch phase of a deploy found. */
export interface RolloutWatch {
  /** The plan, read back from the cluster after an apply refused part-way (what it did apply). */
  plans: ObjectPlan[];
  /** The workloads waited on (none after a refused apply). */
  rollouts: WorkloadRef[];
  /** The rollouts that did not complete. */
  failed: Waited[];
  /** Why the deploy failed; undefined when every rollout completed. */
  failure: string | undefined;
}

export interface WatchRequest {
  objects: K8sObject[];
  namespace: string | undefined;
  defaultNamespace: string;
  timeoutMs: number;
}

/**
 * The watch phase: waits for every rollout the apply started. After a refused apply nothing is
 * waited on; what the apply did change is read back instead (for the verdict and the rollback).
 */
export async function watchRollouts(
  kubectl: Kubectl,
  request: WatchRequest,
  applied: { file: string; live: K8sObject[]; plans: ObjectPlan[]; refusedApply: string | undefined },
  report: Reporter,
): Promise<RolloutWatch> {
  const { objects, namespace, defaultNamespace } = request;
  if (applied.refusedApply !== undefined) {
    const now = await kubectl.json(getFileArgs(applied.file, namespace));
    return {
      plans: appliedPart(objects, applied.live, now, defaultNamespace),
      rollouts: [],
      failed: [],
      failure: `kubectl apply failed part-way: ${applied.refusedApply}`,
    };
  }
  const rollouts = rolloutWorkloads(objects, defaultNamespace);
  const waited = await report.group(`Waiting for ${rollouts.length} rollout(s)`, () =>
    waitRollouts(kubectl, rollouts, request.timeoutMs, report),
  );
  const failed = waited.filter((w) => !w.ok);
  const failure =
    failed.length > 0 ? failed.map((w) => `${resource(w.workload)}: ${w.reason}`).join('; ') : undefined;
  return { plans: applied.plans, rollouts, failed, failure };
}
