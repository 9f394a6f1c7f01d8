import type { DockerClient } from '../../adapters/docker.ts';
import { StepFailure } from '../../core/errors.ts';
import type { ComposeAnalysis } from '../../core/swarm/compose.ts';
import { baselineOf } from '../../core/swarm/convergence.ts';
import { planServices } from '../../core/swarm/plan.ts';
import { type UnsettledService, unsettledLine, unsettledServices } from '../../core/swarm/update-state.ts';
import type { Reporter } from '../reporter.ts';
import type { StackPlan } from './plan.ts';
import { rollBackService } from './rollback.ts';
import { readStack, type StackSnapshot, watchStack } from './watch.ts';

// The settle phase, under the deploy lock and before anything is applied: the stack as the deploy
// starts from it. An update or rollback Swarm is still running is waited for (saying so), an update
// left paused is rolled back when rollback is on (the rule is in src/core/swarm/update-state.ts and
// docs/reliability.md), and the stack is read again, so the deploy's baseline and plan are what it
// deploys on top of (another deploy may have run while this one waited for the lock).

export interface SettleRequest {
  stack: string;
  analysis: ComposeAnalysis;
  imagePins: ReadonlyMap<string, string>;
  prune: boolean;
  rollback: boolean;
  timeoutMs: number;
  noProgressMs: number;
  signal?: AbortSignal;
  /** How often the stack is read while waiting (default 1 s). */
  pollMs?: number;
}

/** Waits until no service of the stack is updating or rolling back; the stack then. */
async function waitForSwarm(docker: DockerClient, request: SettleRequest, report: Reporter) {
  const deadline = Date.now() + request.timeoutMs;
  let announced = '';
  for (;;) {
    const snapshot = await readStack(docker, request.stack);
    const unsettled = unsettledServices(snapshot.services, request.rollback);
    const busy = unsettled.filter((u) => u.action === 'wait').map(unsettledLine);
    if (busy.length === 0) return { snapshot, unsettled };
    const line = busy.join(', ');
    if (line !== announced) {
      report.info(`Waiting for Swarm to finish before deploying: ${line}`);
      announced = line;
    }
    if (request.signal?.aborted) throw new StepFailure(`cancelled while waiting for Swarm: ${line}`);
    if (Date.now() >= deadline)
      throw new StepFailure(
        `Swarm was still at it after ${Math.round(request.timeoutMs / 1000)}s: ${line}; nothing was deployed`,
      );
    await new Promise((resolve) => setTimeout(resolve, request.pollMs ?? 1000));
  }
}

/** Rolls back the paused updates this deploy found, and waits for them; why not, when it fails. */
async function rollBackPaused(
  docker: DockerClient,
  request: SettleRequest,
  snapshot: StackSnapshot,
  paused: readonly UnsettledService[],
  report: Reporter,
): Promise<string | undefined> {
  const watch: string[] = [];
  for (const u of paused) {
    report.info(`${unsettledLine(u)}: an earlier update was left paused; rolling it back before deploying`);
    const outcome = await rollBackService(docker, request.stack, u.name, undefined, report);
    if (outcome.kind === 'refused') return outcome.detail;
    watch.push(u.name);
  }
  const back = await watchStack(
    docker,
    {
      stack: request.stack,
      baseline: baselineOf(snapshot.services),
      mode: 'rollback',
      timeoutMs: request.timeoutMs,
      noProgressMs: request.noProgressMs,
      only: new Set(watch),
      ...(request.signal === undefined ? {} : { signal: request.signal }),
    },
    report,
  );
  if (back.verdict.phase === 'converged') return undefined;
  return back.timedOut ?? back.verdict.services.map((s) => `${s.name}: ${s.reason}`).join('; ');
}

/** The settle phase: the stack (and the plan against it) once Swarm has nothing left under way. */
export async function settleStack(
  docker: DockerClient,
  request: SettleRequest,
  report: Reporter,
): Promise<StackPlan> {
  let { snapshot, unsettled } = await waitForSwarm(docker, request, report);
  for (const u of unsettled.filter((x) => x.action === 'deploy-over'))
    report.warning(`${unsettledLine(u)}: its last update did not finish; deploying over it`);
  const paused = unsettled.filter((u) => u.action === 'roll-back');
  if (paused.length > 0) {
    const failed = await report.group('Rolling back updates left paused', () =>
      rollBackPaused(docker, request, snapshot, paused, report),
    );
    if (failed !== undefined)
      throw new StepFailure(`could not roll back the update left paused (${failed}); nothing was deployed`);
    snapshot = await readStack(docker, request.stack);
  }
  const { stack, analysis, imagePins, prune } = request;
  return { before: snapshot, plans: planServices(stack, analysis, imagePins, snapshot.services, prune) };
}
