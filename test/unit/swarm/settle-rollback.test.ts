import { describe, expect, it } from 'vitest';
import { StepFailure } from '../../../src/core/errors.ts';
import { baselineOf, judgeService } from '../../../src/core/swarm/convergence.ts';
import type { SwarmService, UpdateState } from '../../../src/core/swarm/engine-types.ts';
import { collectingReporter } from '../../../src/pipeline/reporter.ts';
import { deploySwarmStack } from '../../../src/pipeline/swarm/deploy.ts';
import { runRollback } from '../../../src/pipeline/swarm/rollback.ts';
import { settleStack } from '../../../src/pipeline/swarm/settle.ts';
import type { SwarmAttempt } from '../../../src/pipeline/swarm/verdict.ts';
import {
  deploysWeb,
  type EngineState,
  fakeEngine,
  request,
  rollBack,
  service,
  task,
  updated,
} from './fake-engine.ts';

// A deploy that meets an update Swarm has not finished (the settle phase), a rollback Swarm refuses
// or races with, and `update out of sequence`: over the scripted engine.

const STARTED = '2026-12-06T20:00:00Z';
const inState = (s: SwarmService, state: UpdateState, startedAt = STARTED): SwarmService => ({
  ...s,
  UpdateStatus: { State: state, StartedAt: startedAt, Message: `${state.replace('_', ' ')}` },
});

/** Changes the engine's state at the n-th read of its services (as Swarm moves on by itself). */
function onNthRead(engine: ReturnType<typeof fakeEngine>, n: number, change: (state: EngineState) => void) {
  const api = engine.docker.api.bind(engine.docker);
  let reads = 0;
  Object.assign(engine.docker, {
    api: (method: string, url: string, body?: unknown) => {
      if (method === 'GET' && url.startsWith('/services') && ++reads === n) change(engine.state);
      return api(method, url, body);
    },
  });
}

const settleRequest = (extra: Partial<Parameters<typeof settleStack>[1]> = {}) => ({
  ...request(),
  pollMs: 1,
  ...extra,
});

describe('settle phase', () => {
  it('waits while Swarm is rolling a service back, saying so once, then plans against the stack as it is', async () => {
    const web = updated(service('web', 10, 'app:v1'), 'app:v0');
    const engine = fakeEngine({
      services: [inState(web, 'rollback_started')],
      tasks: [task(web, 'running')],
    });
    onNthRead(engine, 4, (state) => {
      state.services = [inState({ ...web, Version: { Index: 12 } }, 'rollback_completed')];
    });
    const report = collectingReporter();
    const settled = await settleStack(engine.docker, settleRequest(), report);
    expect(report.lines.filter((l) => l.startsWith('Waiting for Swarm'))).toEqual([
      'Waiting for Swarm to finish before deploying: shop_web (rollback started: rollback started)',
    ]);
    expect(settled.before.services.map((s) => [s.Version.Index, s.UpdateStatus?.State])).toEqual([
      [12, 'rollback_completed'],
    ]);
    expect(settled.plans.map((p) => [p.name, p.change, p.imageBefore])).toEqual([
      ['shop_web', 'update', 'app:v0'],
    ]);
    expect(engine.calls.filter((c) => c.startsWith('docker'))).toEqual([]);
  });

  it('gives up at its deadline with nothing deployed', async () => {
    const web = inState(service('web', 10, 'app:v1'), 'updating');
    const engine = fakeEngine({ services: [web], tasks: [] });
    await expect(
      settleStack(engine.docker, settleRequest({ timeoutMs: 0 }), collectingReporter()),
    ).rejects.toThrow(
      new StepFailure('Swarm was still at it after 0s: shop_web (updating: updating); nothing was deployed'),
    );
  });

  it('rolls back an update left paused (rollback on), waits for it, then deploys on the previous spec', async () => {
    const web = inState(updated(service('web', 10, 'app:v1'), 'app:v2'), 'paused');
    const engine = fakeEngine({ services: [web], tasks: [task(web, 'failed')] }, (args, state) => {
      rollBack(state, args.at(-1) ?? '');
      state.services = state.services.map((s) => inState(s, 'rollback_completed', '2026-12-06T20:01:00Z'));
      return {};
    });
    const report = collectingReporter();
    const settled = await settleStack(engine.docker, settleRequest(), report);
    expect(engine.calls.filter((c) => c.startsWith('docker'))).toEqual([
      'docker service rollback --detach --quiet shop_web',
    ]);
    expect(report.lines).toContain(
      'shop_web (paused: paused): an earlier update was left paused; rolling it back before deploying',
    );
    expect(settled.plans[0]?.imageBefore).toBe('app:v1');
  });

  it('with rollback off, deploys over a paused update with a warning', async () => {
    const web = inState(service('web', 10, 'app:v1'), 'paused');
    const engine = fakeEngine({ services: [web], tasks: [] });
    const report = collectingReporter();
    await settleStack(engine.docker, settleRequest({ rollback: false }), report);
    expect(engine.calls.filter((c) => c.startsWith('docker'))).toEqual([]);
    expect(report.lines).toContain(
      'warning: shop_web (paused: paused): its last update did not finish; deploying over it',
    );
  });
});

const attemptOf = (after: SwarmService[], before: SwarmService[]): SwarmAttempt => ({
  plans: [],
  baseline: baselineOf(before),
  refused: undefined,
  failure: 'shop_web: task failed',
  verdicts: [],
  failing: [],
  after,
  smoke: undefined,
});

describe('rollback Swarm refuses or races', () => {
  it('a rollback Swarm refuses says the service state instead of failing on the command', async () => {
    const before = inState(service('web', 10, 'app:v1'), 'rollback_completed');
    const after = { ...before, Version: { Index: 11 } };
    const engine = fakeEngine({ services: [after], tasks: [task(after, 'running')] }, () => ({
      exitCode: 1,
      stderr:
        'Error response from daemon: rpc error: code = FailedPrecondition desc = service id-shop_web does not have a previous spec',
    }));
    const report = collectingReporter();
    const run = await runRollback(
      engine.docker,
      request(),
      attemptOf([after], [before]),
      { changed: ['shop_web'], created: [] },
      report,
    );
    expect(run).toEqual({
      ok: false,
      detail:
        'shop_web was not rolled back (Error response from daemon: rpc error: code = FailedPrecondition desc = service id-shop_web does not have a previous spec); it is in update state rollback_completed (rollback completed), 1/1 tasks running, image app:v1',
    });
  });

  it('a rollback refused because Swarm started its own meanwhile is watched until Swarm completes it', async () => {
    const before = service('web', 10, 'app:v1');
    const after = updated(before, 'app:v2');
    const engine = fakeEngine({ services: [after], tasks: [task(after, 'failed')] }, (_args, state) => {
      // Swarm's own rollback (failure_action: rollback) began just before ours: no previous spec left.
      rollBack(state, 'shop_web');
      state.services = state.services.map(({ PreviousSpec: _gone, ...s }) => inState(s, 'rollback_started'));
      return {
        exitCode: 1,
        stderr: 'Error response from daemon: service shop_web does not have a previous spec',
      };
    });
    onNthRead(engine, 4, (state) => {
      state.services = state.services.map((s) => inState(s, 'rollback_completed'));
    });
    const report = collectingReporter();
    const run = await runRollback(
      engine.docker,
      request(),
      attemptOf([after], [before]),
      { changed: ['shop_web'], created: [] },
      report,
    );
    expect(run).toEqual({ ok: true, detail: '' });
    expect(report.lines).toContain('shop_web: Swarm is rolling it back by itself (rollback_started)');
    // Its tasks of the old spec ran all along: only rollback_completed ended the watch.
    expect(engine.state.services[0]?.UpdateStatus?.State).toBe('rollback_completed');
  });

  it('a rollback refused with update out of sequence is run again', async () => {
    const before = service('web', 10, 'app:v1');
    const after = updated(before, 'app:v2');
    let tries = 0;
    const engine = fakeEngine({ services: [after], tasks: [] }, (args, state) => {
      if (++tries === 1) return { exitCode: 1, stderr: 'Error response from daemon: update out of sequence' };
      rollBack(state, args.at(-1) ?? '');
      return {};
    });
    const report = collectingReporter();
    const run = await runRollback(
      engine.docker,
      request(),
      attemptOf([after], [before]),
      { changed: ['shop_web'], created: [] },
      report,
    );
    expect(run).toEqual({ ok: true, detail: '' });
    expect(tries).toBe(2);
    expect(report.lines).toContain(
      'shop_web: Swarm changed it meanwhile (update out of sequence); again in 1s',
    );
  });

  it('while watching a rollback, a service Swarm still rolls back is not done though its old tasks run', () => {
    const s = inState(service('web', 10, 'app:v1'), 'rollback_started');
    const baseline = baselineOf([s]);
    expect(judgeService(s, [task(s, 'running')], baseline, 'rollback').phase).toBe('progressing');
    const done = inState(s, 'rollback_completed');
    expect(judgeService(done, [task(done, 'running')], baseline, 'rollback').phase).toBe('converged');
  });
});

describe('apply: update out of sequence', () => {
  it('runs the same stack deploy again and deploys', async () => {
    const web = service('web', 10, 'app:v1');
    let deploys = 0;
    const refuseOnce = deploysWeb('running');
    const engine = fakeEngine({ services: [web], tasks: [task(web, 'running')] }, (args, state) => {
      if (args[0] === 'stack' && ++deploys === 1)
        return {
          exitCode: 1,
          stderr:
            'failed to update service shop_web: Error response from daemon: rpc error: code = Unknown desc = update out of sequence',
        };
      return refuseOnce(args, state);
    });
    const report = collectingReporter();
    const result = await deploySwarmStack(engine.docker, request(), report);
    expect(result.status).toBe('deployed');
    expect(deploys).toBe(2);
    expect(report.lines).toContain(
      'Swarm changed a service meanwhile (update out of sequence): deploying again in 1s',
    );
  });
});
