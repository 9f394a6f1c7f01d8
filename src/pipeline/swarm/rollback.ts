import type { DockerClient } from '../../adapters/docker.ts';
import { lastLine } from '../../adapters/exec.ts';
import { serviceRemoveArgs, serviceRollbackArgs } from '../../core/swarm/argv.ts';
import { baselineOf } from '../../core/swarm/convergence.ts';
import type { ServicePlan } from '../../core/swarm/plan.ts';
import {
  describeService,
  isOutOfSequence,
  isSwarmRollback,
  OutOfSequence,
  retryOutOfSequence,
} from '../../core/swarm/update-state.ts';
import type { Reporter } from '../reporter.ts';
import { type StackChanges, type SwarmAttempt, type SwarmDeployResult, serviceOutcomes } from './verdict.ts';
import { readStack, watchStack } from './watch.ts';

// How a failed Swarm deploy is rolled back. What this deploy changed (StackChanges, against the
// specs read before it) decides: every service whose spec it changed is rolled back with
// `docker service rollback` (unless Swarm already does it: update_config.failure_action:
// rollback), every service it created is removed, and the rollback is watched until it converges
// (for a rollback Swarm runs by itself: until Swarm says rollback_completed). Services it did not
// touch are left alone. A rollback Swarm refuses is not an error of Gantry's: the result says the
// service's state instead.

/** What the rollback phase reads of a Swarm deploy's request. */
export interface RollbackRequest {
  stack: string;
  timeoutMs: number;
  noProgressMs: number;
}

export interface RollbackRun {
  ok: boolean;
  /** Why the rollback did not converge. */
  detail: string;
}

/** How `docker service rollback` of one service went. */
export type ServiceRollback = { kind: 'ran' } | { kind: 'swarm' } | { kind: 'refused'; detail: string };

class RollbackRefused extends Error {}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * `docker service rollback` of one service, tried again while Swarm answers `update out of
 * sequence`. When Swarm refuses it otherwise, the service is read again: Swarm may have started
 * its own rollback meanwhile (`kind: 'swarm'`); else the refusal and the service's state.
 * `startedBefore` is the service's UpdateStatus.StartedAt before the deploy (a rollback state
 * from before it is not this deploy's).
 */
export async function rollBackService(
  docker: DockerClient,
  stack: string,
  name: string,
  startedBefore: string | undefined,
  report: Reporter,
): Promise<ServiceRollback> {
  try {
    await retryOutOfSequence(
      async () => {
        const run = await docker.run(serviceRollbackArgs(name), { timeoutMs: 60_000, allowFailure: true });
        if (run.exitCode === 0) return;
        const words = lastLine(run.stderr) ?? `exited with code ${run.exitCode}`;
        throw isOutOfSequence(words) ? new OutOfSequence(words) : new RollbackRefused(words);
      },
      sleep,
      (wait) =>
        report.info(`${name}: Swarm changed it meanwhile (update out of sequence); again in ${wait / 1000}s`),
    );
    return { kind: 'ran' };
  } catch (error) {
    if (!(error instanceof OutOfSequence || error instanceof RollbackRefused)) throw error;
    const { services, tasks } = await readStack(docker, stack, new Set([name]));
    const service = services[0];
    const status = service?.UpdateStatus;
    if (isSwarmRollback(status?.State) && status?.StartedAt !== startedBefore) {
      report.info(`${name}: Swarm is rolling it back by itself (${status?.State})`);
      return { kind: 'swarm' };
    }
    const state = service === undefined ? 'no longer on the engine' : describeService(service, tasks);
    report.warning(`${name}: docker service rollback failed (${error.message}); the service is in ${state}`);
    return { kind: 'refused', detail: `${name} was not rolled back (${error.message}); it is in ${state}` };
  }
}

/** Starts the rollback of each changed service; the ones to watch, and why others could not be. */
async function startRollbacks(
  docker: DockerClient,
  stack: string,
  attempt: SwarmAttempt,
  changed: readonly string[],
  report: Reporter,
): Promise<{ watch: string[]; refused: string[] }> {
  const swarmDidIt = new Set(attempt.verdicts.filter((s) => s.swarmRolledBack).map((s) => s.name));
  const watch: string[] = [];
  const refused: string[] = [];
  for (const name of changed) {
    if (swarmDidIt.has(name)) {
      report.info(`${name}: Swarm is already rolling it back (update_config.failure_action: rollback)`);
      watch.push(name);
      continue;
    }
    report.info(`${name}: docker service rollback`);
    const startedBefore = attempt.baseline.services[name]?.updateStartedAt;
    const outcome = await rollBackService(docker, stack, name, startedBefore, report);
    if (outcome.kind === 'refused') refused.push(outcome.detail);
    else watch.push(name);
  }
  return { watch, refused };
}

/** Rolls back the changed services, removes the created ones, and waits for the rolled-back ones. */
export async function runRollback(
  docker: DockerClient,
  request: RollbackRequest,
  attempt: SwarmAttempt,
  changes: StackChanges,
  report: Reporter,
): Promise<RollbackRun> {
  const { changed: rolledBack, created } = changes;
  const { watch, refused } = await startRollbacks(docker, request.stack, attempt, rolledBack, report);
  if (created.length > 0) {
    report.info(`Removing services this deploy created: ${created.join(', ')}`);
    await docker.run(serviceRemoveArgs(created), { timeoutMs: 60_000 });
  }
  if (watch.length === 0) return { ok: refused.length === 0, detail: refused.join('; ') };
  const back = await watchStack(
    docker,
    {
      stack: request.stack,
      baseline: baselineOf(attempt.after),
      mode: 'rollback',
      timeoutMs: request.timeoutMs,
      noProgressMs: request.noProgressMs,
      only: new Set(watch),
    },
    report,
  );
  const stuck =
    back.verdict.phase === 'converged'
      ? []
      : [back.timedOut ?? back.verdict.services.map((s) => s.reason).join('; ')];
  const detail = [...refused, ...stuck].join('; ');
  return { ok: detail === '', detail };
}

/** The message of a rollback that ran: what was rolled back or removed, and what serves now. */
export function rollbackMessage(
  failure: string,
  attempt: SwarmAttempt,
  changes: StackChanges,
  run: RollbackRun,
) {
  const { changed, created } = changes;
  if (!run.ok) return `${failure}. The rollback did not complete (${run.detail}): check the stack by hand.`;
  if (changed.length > 0)
    return `${failure}. Rolled back ${changed.length} service(s)${created.length ? ` and removed ${created.length} new one(s)` : ''}: the previous version is serving.`;
  return Object.keys(attempt.baseline.services).length === 0
    ? `${failure}. Removed the ${created.length} service(s) this deploy created; nothing of this stack ran before.`
    : `${failure}. Removed the ${created.length} service(s) this deploy created; the others were not changed.`;
}

export function rollbackResult(
  failure: string,
  attempt: SwarmAttempt,
  changes: StackChanges,
  reasons: ReadonlyMap<string, string | null>,
  run: RollbackRun,
): SwarmDeployResult {
  const { changed, created } = changes;
  const state = (p: ServicePlan) => {
    if (changed.includes(p.name)) return run.ok ? 'rolled-back' : 'rollback-failed';
    return created.includes(p.name) ? 'removed' : 'unchanged';
  };
  return {
    status: run.ok ? 'rolled-back' : 'failed',
    message: rollbackMessage(failure, attempt, changes, run),
    services: serviceOutcomes(attempt.plans, state, (p) => reasons.get(p.name) ?? null),
    smoke: attempt.smoke,
    rolledBack: changed,
    removed: created,
  };
}

/** The rollback phase: rolls back what the failed deploy changed and says how that went. */
export async function rollBackStack(
  docker: DockerClient,
  request: RollbackRequest,
  failure: string,
  attempt: SwarmAttempt,
  changes: StackChanges,
  reasons: ReadonlyMap<string, string | null>,
  report: Reporter,
): Promise<SwarmDeployResult> {
  const run = await report.group('Rolling back', () =>
    runRollback(docker, request, attempt, changes, report),
  );
  return rollbackResult(failure, attempt, changes, reasons, run);
}
