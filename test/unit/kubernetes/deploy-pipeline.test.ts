import { describe, expect, it } from 'vitest';
import type { K8sObject } from '../../../src/core/kubernetes/manifests.ts';
import { parseSmokeOptions } from '../../../src/core/smoke/options.ts';
import { deployKubernetes } from '../../../src/pipeline/kubernetes/deploy.ts';
import { collectingReporter } from '../../../src/pipeline/reporter.ts';
import { closedPortUrl } from '../../helpers/servers.ts';
import { deployment, fakeKubectl, list, request, service } from './fake-kubectl.ts';

// The pipeline's decisions over a scripted kubectl: which calls it makes in which order, and what
// it concludes from kubectl's exit codes and JSON. The same flows run against the real cluster in
// test/e2e/deploy-k8s.e2e.test.ts; this covers them where no cluster runs.

describe('deployKubernetes', () => {
  it('deploys: get, dry run, apply, rollout status', async () => {
    const { kubectl, calls } = fakeKubectl((args) => {
      if (args[0] === 'get') return { stdout: list(deployment('app:v1'), service) };
      if (args[0] === 'apply') return { stdout: list(deployment('app:v2'), service) };
      return { stdout: 'deployment "web" successfully rolled out' };
    });
    const result = await deployKubernetes(
      kubectl,
      request([deployment('app:v2'), service]),
      collectingReporter(),
    );
    expect(result.status).toBe('deployed');
    expect(calls.map((c) => c.split(' --')[0])).toEqual([
      'get',
      'apply',
      'apply',
      'rollout status deployment/web',
      // The drain: the rolled-out workload's terminating pods (none here).
      'get pods',
    ]);
    expect(calls[1]).toContain('--dry-run=server');
    expect(calls[2]).not.toContain('--dry-run');
    expect(result.workloads).toEqual([
      expect.objectContaining({
        kind: 'Deployment',
        name: 'web',
        change: 'rollout',
        state: 'ready',
        imagesBefore: ['web=app:v1'],
        imagesAfter: ['web=app:v2'],
      }),
    ]);
  });

  it('a dry run stops after the server-side dry run', async () => {
    const { kubectl, calls } = fakeKubectl((args) =>
      args[0] === 'get'
        ? { stdout: list(deployment('app:v1'), service) }
        : { stdout: list(deployment('app:v2'), service) },
    );
    const result = await deployKubernetes(
      kubectl,
      request([deployment('app:v2'), service], { dryRun: true }),
      collectingReporter(),
    );
    expect(result).toMatchObject({ status: 'deployed', message: expect.stringContaining('dry run') });
    expect(calls).toHaveLength(2);
    expect(result.workloads[0]?.state).toBe('planned');
  });

  it('a refused dry run applies nothing and keeps the API server words', async () => {
    const { kubectl, calls } = fakeKubectl((args) =>
      args[0] === 'get'
        ? { stdout: list() }
        : {
            exitCode: 1,
            stderr:
              'Error from server (Invalid): Deployment.apps "web" is invalid: spec.template.metadata.labels: Invalid value',
          },
    );
    await expect(
      deployKubernetes(kubectl, request([deployment('app:v2')]), collectingReporter()),
    ).rejects.toThrow(
      /refused the manifests in a server-side dry run, so nothing was applied:\nError from server \(Invalid\)/,
    );
    expect(calls.filter((c) => c.startsWith('apply') && !c.includes('--dry-run'))).toEqual([]);
  });

  it('a namespace the manifests create is applied first, then the dry run is retried', async () => {
    const ns: K8sObject = { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'fresh' } };
    let created = false;
    const { kubectl, calls } = fakeKubectl((args) => {
      if (args[0] === 'get') return { stdout: list() };
      if (args.includes('--dry-run=server') && !created)
        return { exitCode: 1, stderr: 'Error from server (NotFound): namespaces "fresh" not found' };
      if (args[0] === 'apply' && args.some((a) => a.endsWith('namespaces.yaml'))) {
        created = true;
        return { stdout: list(ns) };
      }
      if (args[0] === 'apply') return { stdout: list(ns, deployment('app:v1', 'fresh')) };
      return { stdout: 'ok' };
    });
    const result = await deployKubernetes(
      kubectl,
      request([ns, deployment('app:v1', 'fresh')], { namespace: undefined, defaultNamespace: 'default' }),
      collectingReporter(),
    );
    expect(result.status).toBe('deployed');
    expect(
      calls
        .filter((c) => c.startsWith('apply'))
        .map((c) => (c.includes('namespaces.yaml') ? 'ns' : c.includes('dry-run') ? 'dry' : 'apply')),
    ).toEqual(['dry', 'ns', 'dry', 'apply']);
    expect(calls).toContain('rollout status deployment/web --namespace fresh --watch=true --timeout=60s');
  });

  it('a failed rollout is diagnosed, then undone; status rolled-back', async () => {
    const report = collectingReporter();
    let undone = false;
    const { kubectl, calls } = fakeKubectl((args) => {
      if (args[0] === 'get' && args[1] === '--namespace')
        return { stdout: list(deployment('app:v1'), service) };
      if (args[0] === 'get' && args[1] === 'deployment/web')
        return { stdout: JSON.stringify(deployment('app:v2')) };
      if (args[0] === 'get' && args[1] === 'pods')
        return {
          stdout: list({
            apiVersion: 'v1',
            kind: 'Pod',
            metadata: { name: 'web-2-abc' },
            status: {
              phase: 'Running',
              conditions: [{ type: 'Ready', status: 'False' }],
              containerStatuses: [{ name: 'web', ready: false, state: { running: {} } }],
            },
          }),
        };
      if (args[0] === 'get' && args[1] === 'events')
        return {
          stdout:
            'Warning  Unhealthy  pod/web-2-abc  Readiness probe failed: HTTP probe failed with statuscode: 503',
        };
      if (args[0] === 'apply') return { stdout: list(deployment('app:v2'), service) };
      if (args[0] === 'rollout' && args[1] === 'undo') {
        undone = true;
        return { stdout: 'deployment.apps/web rolled back' };
      }
      if (args[0] === 'rollout' && args[1] === 'status')
        return undone
          ? { stdout: 'successfully rolled out' }
          : { exitCode: 1, stderr: 'error: deployment "web" exceeded its progress deadline' };
      if (args[0] === 'describe')
        return { stdout: 'Name: web\nConditions: Progressing False ProgressDeadlineExceeded' };
      if (args[0] === 'logs') return { stdout: 'gantry-sandbox-app broken: listening on :8080' };
      return { exitCode: 1, stderr: `unexpected ${args.join(' ')}` };
    });
    const result = await deployKubernetes(kubectl, request([deployment('app:v2'), service]), report);
    expect(result.status).toBe('rolled-back');
    expect(result.message).toBe(
      'deployment/web: deployment "web" exceeded its progress deadline. Rolled back deployment/web: the previous revision is serving.',
    );
    expect(result.workloads[0]).toMatchObject({
      state: 'rolled-back',
      reason: 'deployment "web" exceeded its progress deadline',
    });
    const order = calls.map((c) => c.split(' ').slice(0, 2).join(' '));
    expect(order.indexOf('describe deployment/web')).toBeLessThan(order.indexOf('rollout undo'));
    expect(calls).toContain(
      'logs web-2-abc --namespace shop --all-containers=true --tail=30 --limit-bytes=65536',
    );
    expect(report.lines).toContain('Pod web-2-abc: web: not ready');
    expect(report.lines.join('\n')).toContain('Readiness probe failed');
  });

  describe('after the undo, a progress deadline left from before it', () => {
    const timedOut = (stamp: string) => ({
      ...deployment('app:v1'),
      status: {
        conditions: [
          { type: 'Available', status: 'True', reason: 'MinimumReplicasAvailable' },
          { type: 'Progressing', status: 'False', reason: 'ProgressDeadlineExceeded', lastUpdateTime: stamp },
        ],
      },
    });
    const script = (afterUndo: () => K8sObject) => {
      let undone = false;
      let statusAfterUndo = 0;
      const fake = fakeKubectl((args) => {
        if (args[0] === 'get' && args[1] === '--namespace')
          return { stdout: list(deployment('app:v1'), service) };
        if (args[0] === 'get' && args[1] === 'deployment/web')
          return { stdout: JSON.stringify(undone ? afterUndo() : timedOut('2026-12-01T06:00:00Z')) };
        if (args[0] === 'get') return { stdout: list() };
        if (args[0] === 'apply') return { stdout: list(deployment('app:v2'), service) };
        if (args[0] === 'rollout' && args[1] === 'undo') {
          undone = true;
          return { stdout: 'deployment.apps/web rolled back' };
        }
        if (args[0] === 'rollout' && args[1] === 'status') {
          if (undone && ++statusAfterUndo > 1) return { stdout: 'successfully rolled out' };
          return { exitCode: 1, stderr: 'error: deployment "web" exceeded its progress deadline' };
        }
        if (args[0] === 'describe' || args[0] === 'logs') return { stdout: '' };
        return { exitCode: 1, stderr: `unexpected ${args.join(' ')}` };
      });
      return { ...fake, statusCalls: () => statusAfterUndo };
    };

    it('is waited on again: the rollback completes, status rolled-back', async () => {
      const report = collectingReporter();
      const { kubectl, statusCalls } = script(() => timedOut('2026-12-01T06:00:00Z'));
      const result = await deployKubernetes(kubectl, request([deployment('app:v2'), service]), report);
      expect(result.status).toBe('rolled-back');
      expect(statusCalls()).toBe(2);
      expect(report.lines.join('\n')).toContain('the progress deadline reported is older than the rollback');
    });

    it('a rollback that completed between the verdict and the look is waited on again, not failed', async () => {
      const report = collectingReporter();
      const complete = {
        ...deployment('app:v1'),
        status: {
          conditions: [
            {
              type: 'Progressing',
              status: 'True',
              reason: 'NewReplicaSetAvailable',
              lastUpdateTime: '2026-12-01T06:00:03Z',
            },
          ],
        },
      };
      const { kubectl, statusCalls } = script(() => complete);
      const result = await deployKubernetes(kubectl, request([deployment('app:v2'), service]), report);
      expect(result.status).toBe('rolled-back');
      expect(statusCalls()).toBe(2);
    });

    it('a new deadline verdict (a later condition) is a failed rollback, not waited on', async () => {
      const { kubectl, statusCalls } = script(() => timedOut('2026-12-01T06:05:00Z'));
      const result = await deployKubernetes(
        kubectl,
        request([deployment('app:v2'), service]),
        collectingReporter(),
      );
      expect(result.status).toBe('failed');
      expect(statusCalls()).toBe(1);
      expect(result.message).toContain('The rollback did not complete either');
    });
  });

  it('rollback off: failed, left as it is; a workload created by this run is never undone', async () => {
    const { kubectl, calls } = fakeKubectl((args) => {
      if (args[0] === 'get' && args[1] === '--namespace') return { stdout: list() };
      if (args[0] === 'apply') return { stdout: list(deployment('app:v2')) };
      if (args[0] === 'rollout') return { exitCode: 1, stderr: 'error: timed out waiting for the condition' };
      return { stdout: '' };
    });
    const off = await deployKubernetes(
      kubectl,
      request([deployment('app:v2')], { rollback: false }),
      collectingReporter(),
    );
    expect(off).toMatchObject({ status: 'failed', message: expect.stringContaining('rollback is off') });
    const on = await deployKubernetes(kubectl, request([deployment('app:v2')]), collectingReporter());
    expect(on.status).toBe('failed');
    expect(on.message).toContain(
      'nothing to roll back. Deployment/web did not exist before this run and are left in place.',
    );
    expect(calls.some((c) => c.startsWith('rollout undo'))).toBe(false);
  });
  it('a failed smoke check after the rollouts undoes them', async () => {
    const smoke = parseSmokeOptions(
      {
        urls: `${await closedPortUrl()}/health`,
        timeout: '1s',
        'request-timeout': '200ms',
        interval: '100ms',
      },
      'smoke-',
    );
    const { kubectl, calls } = fakeKubectl((args) => {
      if (args[0] === 'get') return { stdout: list(deployment('app:v1')) };
      if (args[0] === 'apply') return { stdout: list(deployment('app:v2')) };
      return { stdout: 'ok' };
    });
    const result = await deployKubernetes(
      kubectl,
      request([deployment('app:v2')], { smoke }),
      collectingReporter(),
    );
    expect(result.status).toBe('rolled-back');
    expect(result.message).toMatch(
      /^smoke check failed: .*Rolled back deployment\/web: the previous revision is serving\.$/,
    );
    expect(result.smoke?.passed).toBe(false);
    expect(calls).toContain('rollout undo deployment/web --namespace shop');
  });
});
