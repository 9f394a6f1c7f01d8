import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  type Baseline,
  baselineOf,
  judgeService,
  judgeStack,
  progressLine,
} from '../../../src/core/swarm/convergence.ts';
import type { SwarmService, SwarmTask } from '../../../src/core/swarm/engine-types.ts';

// Fixtures are real Engine API answers (Docker 20.10, API 1.41) captured from the sandbox Swarm:
// a 2-replica start-first service updated to a failing health check (paused), rolled back by
// `docker service rollback` (rollback-started, rollback-completed), then updated healthily
// (updating, completed); with-job adds a replicated job.
const fixture = <T>(name: string): T =>
  JSON.parse(
    readFileSync(path.resolve(import.meta.dirname, '../../fixtures/swarm', `${name}.json`), 'utf8'),
  ) as T;
const snapshot = (name: string) => ({
  services: fixture<SwarmService[]>(`services-${name}`),
  tasks: fixture<SwarmTask[]>(`tasks-${name}`),
});
const api = (name: string) => {
  const service = snapshot(name).services.find((s) => s.Spec.Name === 'gp-api');
  if (service === undefined) throw new Error('fixture without gp-api');
  return service;
};
/** A baseline from before the deploy: an older version, no update under way. */
const priorDeploy = (version = 1): Baseline => ({
  services: { 'gp-api': { version, updateStartedAt: undefined } },
});

describe('judgeService on real Engine API snapshots', () => {
  it.each([
    ['updating', 'progressing', undefined, 'updating'],
    ['completed', 'converged', undefined, 'completed'],
    [
      'paused',
      'failed',
      /^update paused: update paused due to failure or early termination of task \w+$/,
      'paused',
    ],
    [
      'rollback-started',
      'failed',
      /^Swarm is rolling the update back: manually requested rollback$/,
      'rollback_started',
    ],
    [
      'rollback-completed',
      'failed',
      /^Swarm rolled the update back: rollback completed$/,
      'rollback_completed',
    ],
  ] as const)('%s -> %s', (name, phase, reason, update) => {
    const { tasks } = snapshot(name);
    const verdict = judgeService(api(name), tasks, priorDeploy());
    expect(verdict.phase).toBe(phase);
    expect(verdict.update).toBe(update);
    if (reason === undefined) expect(verdict.reason).toBeUndefined();
    else expect(verdict.reason).toMatch(reason);
    expect(verdict.desired).toBe(2);
    expect(verdict.swarmRolledBack).toBe(name.startsWith('rollback'));
  });

  it('counts only running tasks of the current spec: the old ones running through a paused update do not count', () => {
    const { tasks } = snapshot('paused');
    const service = api('paused');
    const running = tasks.filter((t) => t.ServiceID === service.ID && t.Status.State === 'running');
    expect(running).toHaveLength(2);
    expect(judgeService(service, tasks, priorDeploy()).ready).toBe(0);
    expect(judgeService(api('completed'), snapshot('completed').tasks, priorDeploy()).ready).toBe(2);
  });

  it('ignores an UpdateStatus left from an earlier update', () => {
    const service = api('paused');
    const stale: Baseline = {
      services: {
        'gp-api': { version: service.Version.Index, updateStartedAt: service.UpdateStatus?.StartedAt },
      },
    };
    const verdict = judgeService(service, snapshot('paused').tasks, stale);
    expect(verdict.update).toBeUndefined();
    expect(verdict.phase).toBe('progressing');
    expect(verdict.reason).toBe('not converged before this deploy either');
  });

  it('in rollback mode, rollback_completed with running tasks is success and rollback_started is progress', () => {
    expect(
      judgeService(api('rollback-completed'), snapshot('rollback-completed').tasks, priorDeploy(), 'rollback')
        .phase,
    ).toBe('converged');
    expect(
      judgeService(api('rollback-started'), snapshot('rollback-started').tasks, priorDeploy(), 'rollback')
        .phase,
    ).toBe('progressing');
    expect(judgeService(api('paused'), snapshot('paused').tasks, priorDeploy(), 'rollback').phase).toBe(
      'failed',
    );
  });

  it('treats a replicated job as one-shot: done when its tasks complete', () => {
    const { services, tasks } = snapshot('with-job');
    const job = services.find((s) => s.Spec.Name === 'gp-job') as SwarmService;
    const verdict = judgeService(job, tasks, { services: {} });
    expect(verdict.oneShot).toBe(true);
    expect(verdict.desired).toBe(2);
    // In the capture the job's tasks were still running.
    expect(verdict.phase).toBe('progressing');
    const done = tasks.map((t) =>
      t.ServiceID === job.ID
        ? { ...t, DesiredState: 'shutdown' as const, Status: { ...t.Status, State: 'complete' as const } }
        : t,
    );
    expect(judgeService(job, done, { services: {} }).phase).toBe('converged');
    const failed = tasks.map((t) =>
      t.ServiceID === job.ID
        ? { ...t, Status: { ...t.Status, State: 'failed' as const, Err: 'task: non-zero exit (1)' } }
        : t,
    );
    expect(judgeService(job, failed, { services: {} })).toMatchObject({
      phase: 'failed',
      reason: 'task failed: task: non-zero exit (1)',
    });
  });

  it('fails a new service whose tasks keep failing', () => {
    const service = api('completed');
    const failing: SwarmTask[] = [1, 2, 3].map((n) => ({
      ID: `t${n}`,
      ServiceID: service.ID,
      DesiredState: 'shutdown',
      Status: { State: 'rejected', Err: 'No such image: 127.0.0.1:5000/gantry/nope:v9' },
      Spec: service.Spec.TaskTemplate ?? {},
    }));
    expect(judgeService(service, failing, { services: {} })).toMatchObject({
      phase: 'failed',
      reason: '3 tasks failed: No such image: 127.0.0.1:5000/gantry/nope:v9',
    });
  });
});

describe('judgeStack', () => {
  it('is failed when one service fails, converged when all converge', () => {
    const { services, tasks } = snapshot('with-job');
    const baseline = baselineOf([]);
    const stack = judgeStack(services, tasks, baseline);
    expect(stack.services.map((s) => s.name)).toEqual(['gp-api', 'gp-job']);
    expect(stack.phase).toBe('progressing');
    expect(judgeStack([api('completed')], snapshot('completed').tasks, priorDeploy()).phase).toBe(
      'converged',
    );
    expect(judgeStack([api('completed'), api('paused')], snapshot('paused').tasks, priorDeploy()).phase).toBe(
      'failed',
    );
  });

  it('prints one progress line per service', () => {
    const verdict = judgeService(api('updating'), snapshot('updating').tasks, priorDeploy());
    expect(progressLine(verdict)).toMatch(/^gp-api [0-2]\/2 running \(updating\)$/);
    expect(progressLine(judgeService(api('paused'), snapshot('paused').tasks, priorDeploy()))).toBe(
      'gp-api 0/2 running (paused) FAILED',
    );
  });
});
