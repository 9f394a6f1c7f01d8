import type { DockerClient } from '../../adapters/docker.ts';
import { trace } from '../../adapters/trace.ts';
import { afterFailure } from '../../core/deploy/outcome.ts';
import type { SmokeOptions } from '../../core/smoke/options.ts';
import type { ComposeAnalysis } from '../../core/swarm/compose.ts';
import { baselineOf } from '../../core/swarm/convergence.ts';
import type { Reporter } from '../reporter.ts';
import { applyStack } from './apply.ts';
import { diagnose } from './diagnose.ts';
import { drainStack } from './drain.ts';
import { type HeldLock, type LockRequest, underStackLock } from './lock.ts';
import { smokeOnNodes } from './nodes.ts';
import { planStack, type StackPlan } from './plan.ts';
import { stoppedByJobResult } from './pre-deploy.ts';
import { rollBackStack } from './rollback.ts';
import { settleStack } from './settle.ts';
import {
  cancelledResult,
  changesOf,
  deployedResult,
  dryRunResult,
  lostContactResult,
  reasonsOf,
  rollbackOffResult,
  type SwarmAttempt,
  type SwarmDeployResult,
  toDiagnose,
  unchangedResult,
} from './verdict.ts';
import { readStack, watchDeploy } from './watch.ts';

// A Swarm deploy, phase by phase: plan (plan.ts), dry run, lock (lock.ts), settle (settle.ts),
// apply (apply.ts), watch (watch.ts), smoke (../smoke/after-deploy.ts), verdict (verdict.ts),
// rollback (rollback.ts).

export type { DeployStatus } from '../../core/deploy/outcome.ts';
export type { ServiceOutcome, SwarmDeployResult } from './verdict.ts';

export interface SwarmDeployRequest {
  stack: string;
  composePaths: string[];
  analysis: ComposeAnalysis;
  /** Variables for stack-file interpolation (the `env` input), on top of the process environment. */
  env: Record<string, string>;
  imagePins: ReadonlyMap<string, string>;
  prune: boolean;
  withRegistryAuth: boolean;
  timeoutMs: number;
  noProgressMs: number;
  rollback: boolean;
  dryRun: boolean;
  smoke: SmokeOptions | undefined;
  /** Secret names another stage of this run creates first (for the dry run's existence check). */
  pendingSecrets: readonly string[];
  lock: LockRequest;
  /** A private folder for the image override file. */
  workDir: string;
  signal?: AbortSignal;
  /** Told about the lock as soon as it is held, so `post` can release it after a cancel. */
  onLock?: (lock: HeldLock) => void;
  /**
   * Runs under the lock once the plan is read, before anything is applied (pre-deploy jobs); a
   * returned failure stops the deploy with no service changed. Not run on a dry run.
   */
  beforeApply?: () => Promise<string | undefined>;
  /** How long `beforeApply` may take at most: the deploy lock's expiry allows for it. */
  beforeApplyMs?: number;
}

export async function deploySwarmStack(
  docker: DockerClient,
  request: SwarmDeployRequest,
  report: Reporter,
): Promise<SwarmDeployResult> {
  trace('plan: start');
  const plan = await planStack(docker, request, report);
  trace('plan: done');
  if (request.dryRun) return dryRunResult(plan.plans);
  const lock = {
    ...request.lock,
    stack: request.stack,
    ttlMs: request.timeoutMs * 2 + 300_000 + (request.beforeApplyMs ?? 0),
    ...(request.signal === undefined ? {} : { signal: request.signal }),
  };
  return underStackLock(docker, lock, report, request.onLock, async () => {
    trace('lock: held');
    // Settled first: a stack that cannot be settled (an update left paused that cannot be rolled back)
    // stops the deploy before a migration has changed anything the old version relies on.
    const settled = await settleStack(docker, request, report);
    trace('settle: done');
    const stopped = await request.beforeApply?.();
    if (stopped !== undefined) return stoppedByJobResult(stopped, plan.plans);
    const attempt = await attemptDeploy(docker, request, settled, report);
    return conclude(docker, request, attempt, report);
  });
}

/** Apply, watch and smoke: what the deploy did and whether it held. */
async function attemptDeploy(
  docker: DockerClient,
  request: SwarmDeployRequest,
  { before, plans }: StackPlan,
  report: Reporter,
): Promise<SwarmAttempt> {
  const baseline = baselineOf(before.services);
  trace('apply: docker stack deploy');
  const refused = await applyStack(docker, request, report);
  trace('apply: done');
  if (refused !== undefined) {
    const { services: after } = await readStack(docker, request.stack);
    const failure = `docker stack deploy failed: ${refused}`;
    return { plans, baseline, refused, failure, verdicts: [], failing: [], after, smoke: undefined };
  }
  const watched = await watchDeploy(docker, request, baseline, report);
  trace(`watch: ${watched.failure === undefined ? 'converged' : 'failed'}`);
  const checked = await smokeOnNodes(docker, watched.failure, request.smoke, request.signal, report);
  trace('nodes and smoke: done');
  // A failed smoke check: every service converged, none is failing.
  const failing = checked.failure === watched.failure ? watched.failing : [];
  return { plans, baseline, refused, ...watched, ...checked, failing };
}

/** The verdict, and for a failed deploy the branch it takes (rollback.ts when it rolls back). */
async function conclude(
  docker: DockerClient,
  request: SwarmDeployRequest,
  attempt: SwarmAttempt,
  report: Reporter,
): Promise<SwarmDeployResult> {
  const { stack } = request;
  const { failure } = attempt;
  if (failure === undefined) {
    await drainStack(docker, request, report);
    trace('drain: done');
    return deployedResult(stack, attempt);
  }
  report.error(`Deploy of stack ${stack} failed: ${failure}`);
  const changes = changesOf(attempt.baseline, attempt.after);
  const step = afterFailure({
    aborted: request.signal?.aborted === true,
    changed: changes.changed.length > 0 || changes.created.length > 0,
    rollback: request.rollback,
  });
  if (step === 'cancelled') return cancelledResult(stack, attempt);
  // Nothing more can be read or done on the engine: say what was last seen, claim nothing else.
  if (attempt.lostContact === true) return lostContactResult(failure, attempt);
  await diagnose(docker, toDiagnose(attempt), report);
  const reasons = reasonsOf(attempt);
  if (step === 'nothing-changed') return unchangedResult(stack, failure, attempt, reasons);
  if (step === 'rollback-off') return rollbackOffResult(failure, attempt, changes, reasons);
  return rollBackStack(docker, request, failure, attempt, changes, reasons, report);
}
