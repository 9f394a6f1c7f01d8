import { describe, expect, it } from 'vitest';
import type { Baseline, ServiceVerdict } from '../../../src/core/swarm/convergence.ts';
import type { ServicePlan } from '../../../src/core/swarm/plan.ts';
import { collectingReporter } from '../../../src/pipeline/reporter.ts';
import { rollbackMessage, rollbackResult, runRollback } from '../../../src/pipeline/swarm/rollback.ts';
import {
  cancelledResult,
  changesOf,
  reasonsOf,
  rollbackOffResult,
  type SwarmAttempt,
  toDiagnose,
  unchangedResult,
} from '../../../src/pipeline/swarm/verdict.ts';
import { fakeEngine, request, rollBack, service, task, updated } from './fake-engine.ts';

// The verdict (pure) and the rollback (over the scripted engine) of a failed Swarm deploy.

const plan = (name: string, change: ServicePlan['change'] = 'update'): ServicePlan => ({
  name,
  change,
  imageBefore: 'app:v1',
  imageAfter: 'app:v2',
  replicas: 1,
});
const verdict = (name: string, extra: Partial<ServiceVerdict> = {}): ServiceVerdict => ({
  name,
  id: `id-${name}`,
  phase: 'failed',
  ready: 0,
  desired: 1,
  update: undefined,
  oneShot: false,
  reason: 'task failed',
  swarmRolledBack: false,
  ...extra,
});
const baseline = (...names: string[]): Baseline => ({
  services: Object.fromEntries(names.map((n) => [n, { version: 10, updateStartedAt: undefined }])),
});
const attempt = (extra: Partial<SwarmAttempt> = {}): SwarmAttempt => ({
  plans: [plan('shop_api'), plan('shop_web')],
  baseline: baseline('shop_api', 'shop_web'),
  refused: undefined,
  failure: 'shop_web: task failed',
  verdicts: [verdict('shop_web'), verdict('shop_api', { phase: 'converged', reason: undefined, ready: 1 })],
  failing: [verdict('shop_web')],
  after: [],
  smoke: undefined,
  ...extra,
});

describe('verdict', () => {
  it('changesOf: services whose version moved, and services that did not exist before', () => {
    const after = [service('api', 10, 'a'), service('web', 11, 'b'), service('worker', 1, 'c')];
    expect(changesOf(baseline('shop_api', 'shop_web'), after)).toEqual({
      changed: ['shop_web'],
      created: ['shop_worker'],
    });
  });

  it('reasonsOf: the watch reasons, and the service a refusal names', () => {
    const refused = 'failed to create service shop_api: port 80 is already in use';
    expect([...reasonsOf(attempt({ refused, verdicts: [] }))]).toEqual([['shop_api', refused]]);
    expect(reasonsOf(attempt()).get('shop_web')).toBe('task failed');
    expect(reasonsOf(attempt()).get('shop_api')).toBeNull();
  });

  it('toDiagnose: failed services and services short of their tasks, not converged ones', () => {
    const failing = [
      verdict('a'),
      verdict('b', { phase: 'progressing', ready: 0, desired: 1 }),
      verdict('c', { phase: 'progressing', ready: 1, desired: 1 }),
    ];
    expect(toDiagnose(attempt({ failing })).map((s) => s.name)).toEqual(['a', 'b']);
  });

  it('rollback off after a refusal: services the engine had not taken are unchanged', () => {
    const refused = 'failed to update service shop_web: bad spec';
    const result = rollbackOffResult(
      'docker stack deploy failed',
      attempt({ refused, verdicts: [] }),
      { changed: ['shop_api'], created: [] },
      reasonsOf(attempt({ refused, verdicts: [] })),
    );
    expect(result.services.map((s) => [s.name, s.state])).toEqual([
      ['shop_api', 'deployed'],
      ['shop_web', 'failed'],
    ]);
    expect(result.message).toBe('docker stack deploy failed; rollback is off, the stack is left as it is');
  });

  it('nothing changed and cancelled: failed, with the states they know', () => {
    const a = attempt();
    expect(unchangedResult('shop', 'boom', a, reasonsOf(a)).services.map((s) => s.state)).toEqual([
      'unchanged',
      'failed',
    ]);
    expect(cancelledResult('shop', a)).toMatchObject({ status: 'failed', rolledBack: [], removed: [] });
  });
});

describe('rollback', () => {
  it('rolls back changed services (not those Swarm already rolls back), removes created ones', async () => {
    const api = updated(service('api', 10, 'app:v1'), 'app:v2');
    const web = updated(service('web', 10, 'app:v1'), 'app:v2');
    const { docker, calls } = fakeEngine({ services: [api, web], tasks: [] }, (args, state) => {
      if (args[1] === 'rollback') rollBack(state, args.at(-1) ?? '');
      return {};
    });
    const report = collectingReporter();
    const run = await runRollback(
      docker,
      request({ timeoutMs: 0 }),
      attempt({ verdicts: [verdict('shop_api', { swarmRolledBack: true })], after: [api, web] }),
      { changed: ['shop_api', 'shop_web'], created: ['shop_worker'] },
      report,
    );
    // shop_api is left to Swarm, which this engine never finishes: the watch runs out.
    expect(run).toEqual({ ok: false, detail: 'not converged within 0s' });
    expect(calls.filter((c) => c.startsWith('docker'))).toEqual([
      'docker service rollback --detach --quiet shop_web',
      'docker service rm shop_worker',
    ]);
    expect(report.lines).toContain(
      'shop_api: Swarm is already rolling it back (update_config.failure_action: rollback)',
    );
  });

  it('waits for the rolled-back services to run again', async () => {
    const web = updated(service('web', 10, 'app:v1'), 'app:v2');
    const { docker, state } = fakeEngine({ services: [web], tasks: [task(web, 'failed')] }, (args, s) => {
      rollBack(s, args.at(-1) ?? '');
      return {};
    });
    const run = await runRollback(
      docker,
      request(),
      attempt({ after: [web] }),
      { changed: ['shop_web'], created: [] },
      collectingReporter(),
    );
    expect(run).toEqual({ ok: true, detail: '' });
    expect(state.services[0]?.Spec.TaskTemplate?.ContainerSpec?.Image).toBe('app:v1');
  });

  it.each([
    [
      { changed: ['a'], created: [] },
      true,
      baseline('a'),
      'f. Rolled back 1 service(s): the previous version is serving.',
    ],
    [
      { changed: ['a'], created: ['b'] },
      true,
      baseline('a'),
      'f. Rolled back 1 service(s) and removed 1 new one(s): the previous version is serving.',
    ],
    [
      { changed: [], created: ['b'] },
      true,
      baseline(),
      'f. Removed the 1 service(s) this deploy created; nothing of this stack ran before.',
    ],
    [
      { changed: [], created: ['b'] },
      true,
      baseline('a'),
      'f. Removed the 1 service(s) this deploy created; the others were not changed.',
    ],
    [
      { changed: ['a'], created: [] },
      false,
      baseline('a'),
      'f. The rollback did not complete (stuck): check the stack by hand.',
    ],
  ])('rollbackMessage %j ok=%s', (changes, ok, base, message) => {
    expect(
      rollbackMessage('f', attempt({ baseline: base }), changes, { ok, detail: ok ? '' : 'stuck' }),
    ).toBe(message);
  });

  it('rollbackResult: rolled-back, removed and unchanged services; failed when the rollback did not converge', () => {
    const a = attempt({ plans: [plan('shop_api'), plan('shop_web'), plan('shop_worker', 'create')] });
    const changes = { changed: ['shop_web'], created: ['shop_worker'] };
    const ok = rollbackResult('f', a, changes, reasonsOf(a), { ok: true, detail: '' });
    expect(ok).toMatchObject({ status: 'rolled-back', rolledBack: ['shop_web'], removed: ['shop_worker'] });
    expect(ok.services.map((s) => s.state)).toEqual(['unchanged', 'rolled-back', 'removed']);
    const stuck = rollbackResult('f', a, changes, reasonsOf(a), { ok: false, detail: 'x' });
    expect(stuck.status).toBe('failed');
    expect(stuck.services[1]).toMatchObject({ state: 'rollback-failed', reason: 'task failed' });
  });
});
