import type { DockerClient } from '../../adapters/docker.ts';
import { serviceRemoveArgs, serviceRollbackArgs } from '../../core/swarm/argv.ts';
import { baselineOf } from '../../core/swarm/convergence.ts';
import type { ServicePlan } from '../../core/swarm/plan.ts';
import type { Reporter } from '../reporter.ts';
import { type StackChanges, type SwarmAttempt, type SwarmDeployResult, serviceOutcomes } from './verdict.ts';
import { watchStack } from './watch.ts';

// How a failed Swarm deploy is rolled back. What this deploy changed (StackChanges, against the
// specs read before it) decides: every service whose spec it changed is rolled back with
// `docker service rollback` (unless Swarm already does it: update_config.failure_action:
// rollback), every service it created is removed, and the rollback is watched until it converges.
// Services it did not touch are left alone.

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

/** Rolls back the changed services, removes the created ones, and waits for the rolled-back ones. */
export async function runRollback(
  docker: DockerClient,
  request: RollbackRequest,
  attempt: SwarmAttempt,
  changes: StackChanges,
  report: Reporter,
): Promise<RollbackRun> {
  const { changed: rolledBack, created } = changes;
  const swarmDidIt = new Set(attempt.verdicts.filter((s) => s.swarmRolledBack).map((s) => s.name));
  for (const name of rolledBack) {
    if (swarmDidIt.has(name)) {
      report.info(`${name}: Swarm is already rolling it back (update_config.failure_action: rollback)`);
      continue;
    }
    report.info(`${name}: docker service rollback`);
    await docker.run(serviceRollbackArgs(name), { timeoutMs: 60_000 });
  }
  if (created.length > 0) {
    report.info(`Removing services this deploy created: ${created.join(', ')}`);
    await docker.run(serviceRemoveArgs(created), { timeoutMs: 60_000 });
  }
  if (rolledBack.length === 0) return { ok: true, detail: '' };
  const back = await watchStack(
    docker,
    {
      stack: request.stack,
      baseline: baselineOf(attempt.after),
      mode: 'rollback',
      timeoutMs: request.timeoutMs,
      noProgressMs: request.noProgressMs,
      only: new Set(rolledBack),
    },
    report,
  );
  return back.verdict.phase === 'converged'
    ? { ok: true, detail: '' }
    : { ok: false, detail: back.timedOut ?? back.verdict.services.map((s) => s.reason).join('; ') };
}

/** The message of a rollback that ran: what was rolled back or removed, and what serves now. */
export function rollbackMessage(
  failure: string,
  attempt: SwarmAttempt,
  changes: StackChanges,
  run: RollbackRun,
) {
  const { changed, created } = changes;
  if (!run.ok)
    return `${failure}. The rollback did not converge either (${run.detail}): check the stack by hand.`;
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
