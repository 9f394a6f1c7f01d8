import { describe, expect, it } from 'vitest';
import type { K8sObject } from '../../../src/core/kubernetes/manifests.ts';
import { unsettledRollout, unsettledRolloutLine } from '../../../src/core/kubernetes/settle.ts';
import { deployKubernetes } from '../../../src/pipeline/kubernetes/deploy.ts';
import { collectingReporter } from '../../../src/pipeline/reporter.ts';
import { deployment, fakeKubectl, list, request } from './fake-kubectl.ts';

// What a deploy does with a Deployment whose rollout an earlier run left incomplete (a runner killed
// mid-rollout): the rule as a table over live objects, then the pipeline over a scripted kubectl.

const live = (
  status: Record<string, unknown> | undefined,
  extra: { generation?: number; paused?: boolean; replicas?: number; revision?: string } = {},
): K8sObject => {
  const d = deployment('app:v2');
  return {
    ...d,
    metadata: {
      ...d.metadata,
      generation: extra.generation ?? 2,
      annotations: { 'deployment.kubernetes.io/revision': extra.revision ?? '2' },
    },
    spec: { ...(d.spec as object), replicas: extra.replicas ?? 2, paused: extra.paused },
    ...(status === undefined ? {} : { status }),
  };
};
const complete = {
  observedGeneration: 2,
  replicas: 2,
  updatedReplicas: 2,
  availableReplicas: 2,
  conditions: [{ type: 'Progressing', status: 'True', reason: 'NewReplicaSetAvailable' }],
};
const deadline = {
  type: 'Progressing',
  status: 'False',
  reason: 'ProgressDeadlineExceeded',
  message: 'ReplicaSet "web-7f" has timed out progressing.',
};

describe('unsettledRollout: the rule', () => {
  it.each([
    ['no status (the controller has not seen it)', live(undefined), true, undefined],
    ['complete', live(complete), true, undefined],
    [
      'complete, a pod failed since (still NewReplicaSetAvailable)',
      live({ ...complete, availableReplicas: 1 }),
      true,
      undefined,
    ],
    [
      'a new generation not observed yet',
      live({ ...complete, observedGeneration: 1 }, { generation: 2 }),
      true,
      { state: 'updating', action: 'wait', detail: 'the controller has not seen generation 2 yet' },
    ],
    [
      'half-way: one updated, an old replica still running',
      live({
        observedGeneration: 2,
        replicas: 3,
        updatedReplicas: 1,
        availableReplicas: 2,
        conditions: [{ type: 'Progressing', status: 'True', reason: 'ReplicaSetUpdated' }],
      }),
      true,
      {
        state: 'updating',
        action: 'wait',
        detail: '1 of 2 replicas updated, 2 available, 2 old still running',
      },
    ],
    [
      'failed (progress deadline), rollback on',
      live({ ...complete, updatedReplicas: 1, replicas: 3, conditions: [deadline] }),
      true,
      { state: 'failed', action: 'roll-back', detail: 'ReplicaSet "web-7f" has timed out progressing.' },
    ],
    [
      'failed, rollback off',
      live({ ...complete, conditions: [deadline] }),
      false,
      { state: 'failed', action: 'deploy-over' },
    ],
    [
      'failed first revision: nothing to go back to',
      live({ ...complete, conditions: [deadline] }, { revision: '1' }),
      true,
      { state: 'failed', action: 'deploy-over', detail: expect.stringContaining('its first revision') },
    ],
    [
      'paused',
      live({ ...complete, updatedReplicas: 0 }, { paused: true }),
      true,
      { state: 'paused', action: 'deploy-over' },
    ],
  ] as const)('%s', (_name, object, rollback, expected) => {
    const got = unsettledRollout(object, rollback);
    if (expected === undefined) expect(got).toBeUndefined();
    else expect(got).toMatchObject({ kind: 'Deployment', name: 'web', namespace: 'shop', ...expected });
  });

  it('a StatefulSet is left to the deploy (its rollout has no deadline)', () => {
    const set = { ...live({ observedGeneration: 2, replicas: 2, updatedReplicas: 0 }), kind: 'StatefulSet' };
    expect(unsettledRollout(set, true)).toBeUndefined();
  });

  it('says what it saw in one line', () => {
    const u = unsettledRollout(live({ ...complete, updatedReplicas: 1, replicas: 3 }), true);
    expect(u && unsettledRolloutLine(u)).toBe(
      'deployment/web in shop (updating: 1 of 2 replicas updated, 2 available, 2 old still running)',
    );
  });
});

describe('deployKubernetes settles what an earlier run left before it applies', () => {
  it('a failed rollout is undone first, then planned again and deployed', async () => {
    let undone = false;
    const { kubectl, calls } = fakeKubectl((args) => {
      if (args[0] === 'get' && args.includes('--filename'))
        return {
          stdout: list(
            undone ? live(complete) : live({ ...complete, updatedReplicas: 1, conditions: [deadline] }),
          ),
        };
      if (args[0] === 'get') return { stdout: JSON.stringify(live(complete)) };
      if (args[0] === 'rollout' && args[1] === 'undo') {
        undone = true;
        return { stdout: 'rolled back' };
      }
      if (args[0] === 'apply') return { stdout: list(deployment('app:v3')) };
      return { stdout: 'deployment "web" successfully rolled out' };
    });
    const report = collectingReporter();
    const result = await deployKubernetes(kubectl, request([deployment('app:v3')]), report);
    expect(result.status, report.lines.join('\n')).toBe('deployed');
    const order = calls.map((c) => c.split(' --')[0]);
    expect(order.indexOf('rollout undo deployment/web')).toBeGreaterThan(-1);
    // Undone (and waited for) before the deploy's own apply.
    const undo = order.indexOf('rollout undo deployment/web');
    const firstApply = order.findIndex((c, i) => c === 'apply' && !calls[i]?.includes('--dry-run'));
    expect(undo).toBeLessThan(firstApply);
    expect(report.lines.join('\n')).toContain(
      'deployment/web in shop (failed: ReplicaSet "web-7f" has timed out progressing.): an earlier rollout failed; rolling it back before deploying',
    );
  });

  it('a rollout in progress is waited for; cancelled meanwhile, nothing is applied', async () => {
    const controller = new AbortController();
    const { kubectl, calls } = fakeKubectl((args) => {
      const halfway = live({ ...complete, updatedReplicas: 1, replicas: 3 });
      if (args[0] === 'get' && args.includes('--filename')) return { stdout: list(halfway) };
      if (args[0] === 'get') {
        controller.abort();
        return { stdout: JSON.stringify(halfway) };
      }
      return { stdout: list(deployment('app:v3')) };
    });
    const report = collectingReporter();
    await expect(
      deployKubernetes(
        kubectl,
        request([deployment('app:v3')], { signal: controller.signal, pollMs: 10 }),
        report,
      ),
    ).rejects.toThrow(/cancelled while waiting for the rollout: deployment\/web in shop \(updating/);
    expect(report.lines.join('\n')).toContain(
      'Waiting for a rollout an earlier run left to finish before deploying: deployment/web in shop (updating: 1 of 2 replicas updated',
    );
    expect(calls.filter((c) => c.startsWith('apply') && !c.includes('--dry-run'))).toEqual([]);
  });
});
