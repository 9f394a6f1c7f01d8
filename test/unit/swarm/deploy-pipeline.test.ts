import { describe, expect, it } from 'vitest';
import { StepFailure } from '../../../src/core/errors.ts';
import { collectingReporter } from '../../../src/pipeline/reporter.ts';
import { deploySwarmStack } from '../../../src/pipeline/swarm/deploy.ts';
import { analysis, deploysWeb, fakeEngine, request, service, task } from './fake-engine.ts';

// The whole Swarm deploy over a scripted engine: which calls it makes in which order (plan, lock,
// apply, watch, verdict, rollback, unlock), and the outcome it concludes.

const web = service('web', 10, 'app:v1');
const liveStack = () => ({ services: [web], tasks: [task(web, 'running')] });
const phases = (calls: string[]) =>
  calls.filter((c) =>
    /^(POST \/configs\/create|DELETE \/configs|docker stack deploy|docker service (rollback|rm|ps))/.test(c),
  );

describe('deploySwarmStack', () => {
  it('deploys: plan, lock, stack deploy, watch, unlock', async () => {
    const { docker, calls, state } = fakeEngine(liveStack(), deploysWeb('running'));
    const result = await deploySwarmStack(docker, request(), collectingReporter());
    expect(result).toMatchObject({ status: 'deployed', message: 'stack shop converged', rolledBack: [] });
    expect(result.services).toEqual([
      expect.objectContaining({
        name: 'shop_web',
        change: 'update',
        imageBefore: 'app:v1',
        state: 'converged',
      }),
    ]);
    expect(phases(calls).map((c) => c.split(' --')[0])).toEqual([
      'POST /configs/create',
      'docker stack deploy',
      'DELETE /configs/config-1',
    ]);
    expect(state.configs).toEqual([]);
  });

  it('a dry run plans and stops: no lock, no stack deploy', async () => {
    const { docker, calls } = fakeEngine(liveStack(), deploysWeb('running'));
    const result = await deploySwarmStack(docker, request({ dryRun: true }), collectingReporter());
    expect(result).toMatchObject({ status: 'deployed', message: 'dry run: nothing was changed' });
    expect(result.services.map((s) => s.state)).toEqual(['planned']);
    expect(phases(calls)).toEqual([]);
  });

  it('a missing external secret fails the plan before the lock', async () => {
    const { docker, calls } = fakeEngine(liveStack(), deploysWeb('running'));
    const withSecret = analysis(['web'], { secrets: [{ key: 'db', name: 'shop_db_v1', external: true }] });
    await expect(
      deploySwarmStack(docker, request({ analysis: withSecret }), collectingReporter()),
    ).rejects.toThrow(
      new StepFailure('stack file names external secrets that do not exist on the engine: db (shop_db_v1)'),
    );
    expect(phases(calls)).toEqual([]);
  });

  it('a failed service is diagnosed, then rolled back; status rolled-back', async () => {
    const report = collectingReporter();
    const { docker, calls } = fakeEngine(liveStack(), deploysWeb('failed'));
    const result = await deploySwarmStack(docker, request(), report);
    expect(result.status).toBe('rolled-back');
    expect(result.message).toBe(
      'shop_web: 3 tasks failed: task: non-zero exit (1). Rolled back 1 service(s): the previous version is serving.',
    );
    expect(result.services[0]).toMatchObject({
      state: 'rolled-back',
      reason: '3 tasks failed: task: non-zero exit (1)',
    });
    expect(result.rolledBack).toEqual(['shop_web']);
    expect(phases(calls).map((c) => c.split(' --')[0])).toEqual([
      'POST /configs/create',
      'docker stack deploy',
      'docker service ps',
      'docker service rollback',
      'DELETE /configs/config-1',
    ]);
    expect(report.lines).toContain(
      'error: Deploy of stack shop failed: shop_web: 3 tasks failed: task: non-zero exit (1)',
    );
  });

  it('rollback off: failed, the stack is left as it is', async () => {
    const { docker, calls } = fakeEngine(liveStack(), deploysWeb('failed'));
    const result = await deploySwarmStack(docker, request({ rollback: false }), collectingReporter());
    expect(result).toMatchObject({ status: 'failed', message: expect.stringContaining('rollback is off') });
    expect(result.services[0]?.state).toBe('failed');
    expect(calls.some((c) => c.startsWith('docker service rollback'))).toBe(false);
  });

  it('a refused stack deploy that changed nothing: failed, the refused service named', async () => {
    const { docker } = fakeEngine(liveStack(), (args) =>
      args[1] === 'deploy'
        ? { exitCode: 1, stderr: 'failed to update service shop_web: port 80 is already in use' }
        : {},
    );
    const result = await deploySwarmStack(docker, request(), collectingReporter());
    expect(result.status).toBe('failed');
    expect(result.message).toBe(
      'docker stack deploy failed: failed to update service shop_web: port 80 is already in use; no service of stack shop was changed',
    );
    expect(result.services[0]).toMatchObject({
      state: 'failed',
      reason: 'failed to update service shop_web: port 80 is already in use',
    });
  });

  it('a cancelled run stops at once: no rollback, states unknown, the lock released', async () => {
    const controller = new AbortController();
    const { docker, calls, state } = fakeEngine(
      liveStack(),
      deploysWeb('failed', () => ({})),
    );
    controller.abort();
    const result = await deploySwarmStack(
      docker,
      request({ signal: controller.signal }),
      collectingReporter(),
    );
    expect(result.status).toBe('failed');
    expect(result.message).toMatch(/^cancelled while waiting/);
    expect(result.services.map((s) => s.state)).toEqual(['unknown']);
    expect(calls.some((c) => c.startsWith('docker service rollback'))).toBe(false);
    expect(state.configs).toEqual([]);
  });

  it('the lock is released when a phase throws', async () => {
    const { docker, state } = fakeEngine(liveStack(), () => new Error('engine went away'));
    await expect(deploySwarmStack(docker, request(), collectingReporter())).rejects.toThrow(
      'engine went away',
    );
    expect(state.configs).toEqual([]);
  });
});
