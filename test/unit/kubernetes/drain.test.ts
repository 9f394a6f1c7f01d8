import { describe, expect, it } from 'vitest';
import { drainTargets, podsArgs, terminatingPods } from '../../../src/core/kubernetes/drain.ts';
import type { K8sObject } from '../../../src/core/kubernetes/manifests.ts';

const workload = (
  kind: string,
  name: string,
  spec: Record<string, unknown>,
  namespace?: string,
): K8sObject => ({
  apiVersion: 'apps/v1',
  kind,
  metadata: { name, ...(namespace ? { namespace } : {}) },
  spec,
});

describe('drainTargets', () => {
  it("each rolled-out workload's selector and grace period (30 s by default)", () => {
    const objects = [
      workload('Deployment', 'web', {
        selector: { matchLabels: { app: 'web', tier: 'front' } },
        template: { spec: { terminationGracePeriodSeconds: 20 } },
      }),
      workload(
        'StatefulSet',
        'db',
        { selector: { matchLabels: { app: 'db' } }, template: { spec: {} } },
        'data',
      ),
      workload('Deployment', 'exprs', { selector: { matchExpressions: [] } }),
    ];
    expect(
      drainTargets(
        objects,
        [
          { kind: 'Deployment', name: 'web', namespace: undefined },
          { kind: 'StatefulSet', name: 'db', namespace: 'data' },
          { kind: 'Deployment', name: 'exprs', namespace: undefined },
        ],
        'shop',
      ),
    ).toEqual([
      { namespace: 'shop', selector: 'app=web,tier=front', graceMs: 20_000 },
      { namespace: 'data', selector: 'app=db', graceMs: 30_000 },
    ]);
    expect(podsArgs({ namespace: 'shop', selector: 'app=web', graceMs: 1 })).toEqual([
      'get',
      'pods',
      '--namespace',
      'shop',
      '--selector',
      'app=web',
      '--output',
      'json',
    ]);
  });
});

describe('terminatingPods', () => {
  const pod = (name: string, deleting: boolean, states: Array<Record<string, unknown>>): K8sObject => ({
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name, ...(deleting ? { deletionTimestamp: '2026-01-01T00:00:00Z' } : {}) },
    status: { containerStatuses: states.map((state) => ({ state })) },
  });
  it('pods being deleted whose containers still run; not one whose containers stopped', () => {
    expect(
      terminatingPods([
        pod('new', false, [{ running: {} }]),
        pod('stopping', true, [{ terminated: {} }, { running: {} }]),
        pod('stopped', true, [{ terminated: { exitCode: 0 } }]),
        pod('never-started', true, [{ waiting: { reason: 'ContainerCreating' } }]),
      ]),
    ).toEqual(['stopping']);
  });
});
