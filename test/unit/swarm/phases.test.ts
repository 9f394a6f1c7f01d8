import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ToolError } from '../../../src/adapters/exec.ts';
import { ConfigurationError, StepFailure } from '../../../src/core/errors.ts';
import { collectingReporter } from '../../../src/pipeline/reporter.ts';
import { applyStack } from '../../../src/pipeline/swarm/apply.ts';
import { underStackLock } from '../../../src/pipeline/swarm/lock.ts';
import { planStack } from '../../../src/pipeline/swarm/plan.ts';
import { type WatchResult, watchDeploy, watchFailure } from '../../../src/pipeline/swarm/watch.ts';
import { analysis, fakeEngine, request, STACK, service, task, updated } from './fake-engine.ts';

// Each phase of a Swarm deploy on its own, over the scripted engine of fake-engine.ts.

const web = service('web', 10, 'app:v1');

describe('plan phase', () => {
  it('prints the plan and the objects, and returns the stack as it was', async () => {
    const report = collectingReporter();
    const { docker } = fakeEngine({ services: [web] });
    const plan = await planStack(
      docker,
      request({
        analysis: analysis(['web', 'worker'], {
          configs: [{ key: 'nginx', name: 'shop_nginx', external: false }],
        }),
      }),
      report,
    );
    expect(plan.before.services.map((s) => s.Spec.Name)).toEqual(['shop_web']);
    expect(plan.plans.map((p) => `${p.change} ${p.name}`)).toEqual(['update shop_web', 'create shop_worker']);
    expect(report.lines).toEqual([
      '[Plan for stack shop]',
      'update shop_web: app:v1 -> app:v2 x1',
      'create shop_worker: (none) -> app:v2 x1',
      'config nginx -> shop_nginx',
    ]);
  });

  it('a secret another stage creates first is not missing', async () => {
    const { docker } = fakeEngine({});
    const withSecret = analysis(['web'], { secrets: [{ key: 'db', name: 'shop_db_v2', external: true }] });
    const plan = await planStack(
      docker,
      request({ analysis: withSecret, pendingSecrets: ['shop_db_v2'] }),
      collectingReporter(),
    );
    expect(plan.plans).toHaveLength(1);
  });

  it('names the external configs and networks the engine does not have', async () => {
    const { docker } = fakeEngine({ networks: [{ Name: 'edge' }] });
    const externals = analysis(['web'], {
      configs: [{ key: 'nginx', name: 'nginx_v1', external: true }],
      networks: [
        { key: 'edge', name: 'edge', external: true },
        { key: 'db', name: 'db_net', external: true },
      ],
    });
    await expect(planStack(docker, request({ analysis: externals }), collectingReporter())).rejects.toThrow(
      new StepFailure(
        'stack file names external objects that do not exist on the engine: config nginx (nginx_v1), network db (db_net)',
      ),
    );
  });

  it('a file the stack needs that is absent is a configuration error, before any engine call', async () => {
    const { docker, calls } = fakeEngine({});
    const missing = analysis(['web'], { files: ['/nonexistent/gantry/app.env'] });
    await expect(planStack(docker, request({ analysis: missing }), collectingReporter())).rejects.toThrow(
      new ConfigurationError('open /nonexistent/gantry/app.env: no such file or directory'),
    );
    expect(calls).toEqual([]);
  });
});

describe('apply phase', () => {
  it('deploys the stack files, then the image-pin override', async () => {
    const { docker, calls } = fakeEngine({}, () => ({ stdout: 'Creating service shop_web' }));
    const req = request({ imagePins: new Map([['web', `registry.test/app@sha256:${'a'.repeat(64)}`]]) });
    const report = collectingReporter();
    expect(await applyStack(docker, req, report)).toBeUndefined();
    const override = `${req.workDir}/gantry-image-pins.yml`;
    expect(calls).toEqual([
      `docker stack deploy --compose-file stack.yml --compose-file ${override} --resolve-image always --detach=true shop`,
    ]);
    expect(readFileSync(override, 'utf8')).toContain(`registry.test/app@sha256:${'a'.repeat(64)}`);
    expect(report.lines).toEqual(['[docker stack deploy shop]', 'Creating service shop_web']);
  });

  it("returns the engine's refusal: its last line", async () => {
    const { docker } = fakeEngine({}, () => ({
      exitCode: 1,
      stderr: 'Updating service shop_web\nfailed to update service shop_web: port 80 is already in use',
    }));
    expect(await applyStack(docker, request(), collectingReporter())).toBe(
      'failed to update service shop_web: port 80 is already in use',
    );
  });

  it('a CLI that timed out is a refusal too (it may have updated services); a cancel is not', async () => {
    const timedOut = new ToolError(
      'docker stack deploy timed out after 300s',
      'docker stack deploy',
      -1,
      'Updating service shop_web',
    );
    const { docker } = fakeEngine({}, () => timedOut);
    expect(await applyStack(docker, request(), collectingReporter())).toBe(
      'docker stack deploy timed out after 300s',
    );
    const controller = new AbortController();
    controller.abort();
    await expect(
      applyStack(docker, request({ signal: controller.signal }), collectingReporter()),
    ).rejects.toBe(timedOut);
  });
});

describe('lock phase', () => {
  const options = { stack: STACK, holder: 'run 1', waitMs: 0, ttlMs: 60_000 };

  it('holds the lock while the body runs, tells onLock, and releases it after', async () => {
    const { docker, state } = fakeEngine({});
    const held: string[] = [];
    const inside = await underStackLock(
      docker,
      options,
      collectingReporter(),
      (l) => held.push(l.name),
      async () => state.configs.map((c) => c.Spec.Name),
    );
    expect(inside).toEqual(['gantry-lock-shop']);
    expect(held).toEqual(['gantry-lock-shop']);
    expect(state.configs).toEqual([]);
  });

  it('refuses a lock held by another run, naming it; the body never runs', async () => {
    const { docker } = fakeEngine({
      configs: [
        {
          ID: 'other',
          Spec: {
            Name: 'gantry-lock-shop',
            Labels: { 'gantry.lock.holder': 'run 2', 'gantry.lock.expires': '2999-01-01T00:00:00.000Z' },
          },
        },
      ],
    });
    let ran = false;
    await expect(
      underStackLock(docker, options, collectingReporter(), undefined, async () => {
        ran = true;
      }),
    ).rejects.toThrow(/stack shop is being deployed by run 2/);
    expect(ran).toBe(false);
  });

  it('a lock gone before the release (taken over meanwhile) is left alone, not an error', async () => {
    const { docker, state } = fakeEngine({});
    const report = collectingReporter();
    const result = await underStackLock(docker, options, report, undefined, async () => {
      state.configs = [];
      return 'done';
    });
    expect(result).toBe('done');
    expect(report.lines.filter((l) => l.startsWith('warning'))).toEqual([]);
  });
});

describe('watch phase', () => {
  it('a converged stack: no failure, the services after it', async () => {
    const next = updated(web, 'app:v2');
    const { docker } = fakeEngine({ services: [next], tasks: [task(next, 'running')] });
    const watched = await watchDeploy(
      docker,
      request(),
      { services: { shop_web: { version: 10, updateStartedAt: undefined } } },
      collectingReporter(),
    );
    expect(watched).toMatchObject({ failure: undefined, failing: [] });
    expect(watched.after.map((s) => s.Version.Index)).toEqual([11]);
  });

  it('a stack still progressing at the deadline: timed out, the service short of its tasks named', async () => {
    const next = updated(web, 'app:v2');
    const { docker } = fakeEngine({ services: [next], tasks: [] });
    const watched = await watchDeploy(
      docker,
      request({ timeoutMs: 0 }),
      { services: { shop_web: { version: 10, updateStartedAt: undefined } } },
      collectingReporter(),
    );
    expect(watched.failure).toBe('not converged within 0s: shop_web 0/1');
    expect(watched.failing.map((s) => s.name)).toEqual(['shop_web']);
  });

  const verdict = (phase: 'converged' | 'failed' | 'progressing', reason?: string) => ({
    name: 'shop_web',
    id: 'id',
    phase,
    ready: 0,
    desired: 2,
    update: undefined,
    oneShot: false,
    reason,
    swarmRolledBack: false,
  });
  it.each([
    ['converged', undefined, undefined, undefined],
    ['failed', 'task failed: exit 1', undefined, 'shop_web: task failed: exit 1'],
    ['progressing', undefined, 'no progress for 30s', 'no progress for 30s: shop_web 0/2'],
  ] as const)('watchFailure: %s (stopped: %s)', (phase, reason, timedOut, expected) => {
    const watched: WatchResult = {
      verdict: { phase, services: [verdict(phase, reason)] },
      snapshot: { services: [], tasks: [] },
      ...(timedOut ? { timedOut } : {}),
    };
    expect(watchFailure(watched)).toBe(expected);
  });
});
