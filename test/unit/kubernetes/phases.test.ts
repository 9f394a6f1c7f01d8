import { describe, expect, it } from 'vitest';
import { ToolError } from '../../../src/adapters/exec.ts';
import type { K8sObject, WorkloadRef } from '../../../src/core/kubernetes/manifests.ts';
import type { ObjectPlan } from '../../../src/core/kubernetes/state.ts';
import { applyManifests } from '../../../src/pipeline/kubernetes/apply.ts';
import { missingNamespaces, planManifests, refused } from '../../../src/pipeline/kubernetes/plan.ts';
import { rollbackMessage, rollbackResult, undoRollouts } from '../../../src/pipeline/kubernetes/rollback.ts';
import {
  cancelledResult,
  deployedResult,
  type KubernetesAttempt,
  rollbackOffResult,
  rolloutState,
} from '../../../src/pipeline/kubernetes/verdict.ts';
import { watchRollouts } from '../../../src/pipeline/kubernetes/watch.ts';
import { collectingReporter } from '../../../src/pipeline/reporter.ts';
import { deployment, fakeKubectl, list, request, service } from './fake-kubectl.ts';

// Each phase of a Kubernetes deploy on its own, over the scripted kubectl of fake-kubectl.ts.

const web: WorkloadRef = { kind: 'Deployment', name: 'web', namespace: 'shop' };
const plan = (name: string, change: ObjectPlan['change'], kind = 'Deployment'): ObjectPlan => ({
  kind,
  namespace: 'shop',
  name,
  change,
  imagesBefore: [],
  imagesAfter: [],
  revisionBefore: null,
  workload: kind === 'Deployment',
});
const attempt = (extra: Partial<KubernetesAttempt> = {}): KubernetesAttempt => ({
  plans: [plan('web', 'rollout'), plan('api', 'rollout'), plan('web', 'update', 'Service')],
  refusedApply: undefined,
  rollouts: [web, { ...web, name: 'api' }],
  failed: [{ workload: web, ok: false, reason: 'exceeded its progress deadline' }],
  failure: 'deployment/web: exceeded its progress deadline',
  smoke: undefined,
  ...extra,
});

describe('plan phase', () => {
  it('reads the live objects, dry-runs on the server, prints the plan', async () => {
    const report = collectingReporter();
    const { kubectl, calls } = fakeKubectl((args) =>
      args[0] === 'get' ? { stdout: list(deployment('app:v1')) } : { stdout: list(deployment('app:v2')) },
    );
    const planned = await planManifests(kubectl, request([deployment('app:v2')]), report);
    expect(planned.plans.map((p) => `${p.change} ${p.kind}/${p.name}`)).toEqual(['rollout Deployment/web']);
    expect(planned.live).toHaveLength(1);
    expect(calls.map((c) => c.split(' ')[0])).toEqual(['get', 'apply']);
    expect(calls[1]).toContain('--dry-run=server');
    expect(report.lines[0]).toBe('[Plan (server-side dry run)]');
  });

  it('missingNamespaces: only namespaces the manifests create, that do not exist, that the error names', () => {
    const fresh: K8sObject = { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'fresh' } };
    const old: K8sObject = { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'old' } };
    const error = new ToolError(
      'apply failed',
      'kubectl apply',
      1,
      'namespaces "fresh" not found\nnamespaces "old" not found',
    );
    expect(missingNamespaces(error, [fresh, old], [old])).toEqual(['fresh']);
    expect(missingNamespaces(new Error('timeout'), [fresh], [])).toEqual([]);
  });

  it("refused: the API server's words; a hint when namespaces are missing; other errors as they are", () => {
    const error = new ToolError('x', 'kubectl apply', 1, 'Error from server (Forbidden): quota\n');
    expect(refused(error, []).message).toBe(
      'the API server refused the manifests in a server-side dry run, so nothing was applied:\nError from server (Forbidden): quota',
    );
    expect(refused(error, ['fresh']).message).toMatch(
      /namespace\(s\) the manifests create: fresh; create them first\)$/,
    );
    const bug = new TypeError('bug');
    expect(refused(bug, [])).toBe(bug);
  });
});

describe('apply phase', () => {
  it('every object applied: no refusal', async () => {
    const { kubectl } = fakeKubectl(() => ({ stdout: list(deployment('app:v2'), service) }));
    const report = collectingReporter();
    expect(await applyManifests(kubectl, { file: 'm.yaml', namespace: 'shop' }, report)).toBeUndefined();
    expect(report.lines).toEqual([
      '[kubectl apply --server-side]',
      '2 object(s) applied as field manager gantry',
    ]);
  });

  it('refused part-way: the "Error from server" lines, joined', async () => {
    const { kubectl } = fakeKubectl(() => ({
      exitCode: 1,
      stderr:
        'deployment.apps/web serverside-applied\nError from server (Forbidden): quota a\nError from server (Invalid): b',
    }));
    expect(await applyManifests(kubectl, { file: 'm.yaml', namespace: 'shop' }, collectingReporter())).toBe(
      'Error from server (Forbidden): quota a; Error from server (Invalid): b',
    );
  });

  it('a cancelled run rethrows the failure', async () => {
    const { kubectl } = fakeKubectl(() => ({ exitCode: 1, stderr: 'error: killed' }));
    const controller = new AbortController();
    controller.abort();
    await expect(
      applyManifests(
        kubectl,
        { file: 'm.yaml', namespace: 'shop', signal: controller.signal },
        collectingReporter(),
      ),
    ).rejects.toThrow(ToolError);
  });
});

describe('watch phase', () => {
  const objects = [deployment('app:v2'), service];
  const applied = { file: 'm.yaml', live: [deployment('app:v1')], plans: [plan('web', 'rollout')] };

  it('waits for every rollout; the failed ones make the failure', async () => {
    const { kubectl } = fakeKubectl(() => ({
      exitCode: 1,
      stderr: 'error: deployment "web" exceeded its progress deadline',
    }));
    const watched = await watchRollouts(
      kubectl,
      request(objects),
      { ...applied, refusedApply: undefined },
      collectingReporter(),
    );
    expect(watched.rollouts).toEqual([web]);
    expect(watched.failure).toBe('deployment/web: deployment "web" exceeded its progress deadline');
    expect(watched.plans).toBe(applied.plans);
  });

  it('after a refused apply: no wait, the plan read back from what was applied', async () => {
    const { kubectl, calls } = fakeKubectl(() => ({ stdout: list(deployment('app:v2')) }));
    const watched = await watchRollouts(
      kubectl,
      request(objects),
      { ...applied, refusedApply: 'Error from server: x' },
      collectingReporter(),
    );
    expect(calls.map((c) => c.split(' ')[0])).toEqual(['get']);
    expect(watched).toMatchObject({
      rollouts: [],
      failed: [],
      failure: 'kubectl apply failed part-way: Error from server: x',
    });
    expect(watched.plans.map((p) => `${p.change} ${p.kind}/${p.name}`)).toEqual([
      'rollout Deployment/web',
      'unchanged Service/web',
    ]);
  });
});

describe('verdict', () => {
  it('rolloutState: failed, ready (waited on), unchanged after a refusal, else applied', () => {
    const state = rolloutState(attempt());
    expect(attempt().plans.map(state)).toEqual(['failed', 'ready', 'applied']);
    const refusedState = rolloutState(attempt({ refusedApply: 'x', rollouts: [], failed: [] }));
    expect([plan('web', 'unchanged'), plan('web', 'rollout')].map(refusedState)).toEqual([
      'unchanged',
      'applied',
    ]);
  });

  it('the results of the branches without a rollback', () => {
    expect(deployedResult(attempt({ failed: [], failure: undefined })).message).toBe(
      '3 object(s) applied, 2 rollout(s) complete',
    );
    expect(cancelledResult('f', attempt()).workloads.map((w) => w.state)).toEqual(['unknown', 'unknown']);
    const off = rollbackOffResult('f', attempt());
    expect(off).toMatchObject({
      status: 'failed',
      message: 'f; rollback is off, the cluster is left as it is.',
    });
    expect(off.workloads.map((w) => [w.name, w.state, w.reason])).toEqual([
      ['web', 'failed', 'exceeded its progress deadline'],
      ['api', 'ready', null],
    ]);
  });
});

describe('rollback phase', () => {
  it('nothing with a new revision: nothing undone, no kubectl call', async () => {
    const { kubectl, calls } = fakeKubectl(() => ({}));
    const report = collectingReporter();
    expect(await undoRollouts(kubectl, [], attempt(), 60_000, report)).toEqual([]);
    expect(calls).toEqual([]);
    expect(report.lines).toEqual(['No workload had a new revision from this run: nothing to undo.']);
  });

  it('undoes each workload, then waits for it', async () => {
    const { kubectl, calls } = fakeKubectl((args) =>
      args[0] === 'get' ? { stdout: JSON.stringify(deployment('app:v1')) } : { stdout: 'ok' },
    );
    const back = await undoRollouts(kubectl, [web], attempt(), 60_000, collectingReporter());
    expect(back).toEqual([{ workload: web, ok: true, reason: null }]);
    expect(calls.map((c) => c.split(' ').slice(0, 2).join(' '))).toEqual([
      'get deployment/web',
      'rollout undo',
      'rollout status',
    ]);
  });

  const created = attempt({ plans: [plan('web', 'rollout'), plan('worker', 'create')] });
  it.each([
    [
      [],
      [],
      'f. No workload had a new revision from this run, so there was nothing to roll back. Deployment/worker did not exist before this run and are left in place.',
    ],
    [
      [web],
      [{ workload: web, ok: true, reason: null }],
      'f. Rolled back deployment/web: the previous revision is serving. Deployment/worker did not exist before this run and are left in place.',
    ],
    [
      [web],
      [{ workload: web, ok: false, reason: 'stuck' }],
      'f. The rollback did not complete either (deployment/web: stuck): check the cluster by hand.',
    ],
  ])('rollbackMessage %#', (undo, back, message) => {
    expect(rollbackMessage('f', created, undo, back)).toBe(message);
  });

  it('rollbackResult: rolled-back, left (created by this run), and failed when nothing was undone', () => {
    const done = rollbackResult('f', created, [web], [{ workload: web, ok: true, reason: null }]);
    expect(done).toMatchObject({ status: 'rolled-back', rolledBack: ['deployment/web'] });
    expect(done.workloads.map((w) => w.state)).toEqual(['rolled-back', 'left']);
    expect(rollbackResult('f', created, [], []).status).toBe('failed');
    const stuck = rollbackResult('f', created, [web], [{ workload: web, ok: false, reason: 'x' }]);
    expect(stuck.workloads[0]).toMatchObject({
      state: 'rollback-failed',
      reason: 'exceeded its progress deadline',
    });
  });
});
