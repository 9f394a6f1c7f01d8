import { describe, expect, it } from 'vitest';
import type { K8sObject } from '../../../src/core/kubernetes/manifests.ts';
import {
  formatDrift,
  getWorkloadsArgs,
  REPLICAS_ANNOTATION,
  replicaDrifts,
  scalableRefs,
  withReplicas,
} from '../../../src/core/kubernetes/replicas.ts';

const deployment = (
  name: string,
  replicas: number | undefined,
  extra: Record<string, unknown> = {},
): K8sObject => ({
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  metadata: { name, ...extra },
  spec: replicas === undefined ? {} : { replicas },
});
const scaledBy = (manager: string, time: string, subresource?: string) => ({
  manager,
  operation: 'Update',
  time,
  ...(subresource ? { subresource } : {}),
  fieldsV1: { 'f:spec': { 'f:replicas': {} } },
});

describe('replicaDrifts', () => {
  const manifests = [
    deployment('api', 2),
    deployment('worker', 2),
    deployment('changed', 3),
    deployment('hpa', undefined),
    deployment('same', 2),
    deployment('new', 2),
    { apiVersion: 'v1', kind: 'Service', metadata: { name: 'api' }, spec: {} },
  ];
  const live = [
    // Scaled by hand on 1.20: no manager recorded, the annotation says the manifest had 2.
    deployment('api', 4, { namespace: 'shop', annotations: { [REPLICAS_ANNOTATION]: '2' } }),
    // A newer cluster names who scaled (the newest manager other than gantry).
    deployment('worker', 5, {
      namespace: 'shop',
      managedFields: [
        {
          manager: 'gantry',
          operation: 'Apply',
          time: '2026-01-03T00:00:00Z',
          fieldsV1: { 'f:spec': { 'f:replicas': {} } },
        },
        scaledBy('kubectl', '2026-01-02T00:00:00Z', 'scale'),
        scaledBy('hpa-controller', '2026-01-01T00:00:00Z'),
      ],
    }),
    // The manifest's count changed since the last release (2 → 3): the release changes it, no drift.
    deployment('changed', 2, { namespace: 'shop', annotations: { [REPLICAS_ANNOTATION]: '2' } }),
    deployment('hpa', 7, { namespace: 'shop' }),
    deployment('same', 2, { namespace: 'shop' }),
  ];
  it('reports counts set outside Gantry, naming the manager when the cluster recorded one', () => {
    expect(replicaDrifts(manifests, live, 'shop')).toEqual([
      {
        kind: 'Deployment',
        namespace: 'shop',
        name: 'api',
        live: 4,
        manifest: 2,
        setBy: undefined,
        at: undefined,
      },
      {
        kind: 'Deployment',
        namespace: 'shop',
        name: 'worker',
        live: 5,
        manifest: 2,
        setBy: 'kubectl (scale)',
        at: '2026-01-02T00:00:00Z',
      },
    ]);
  });

  it('withReplicas: annotates every scaled workload; live keeps a drifted count, manifest applies the file', () => {
    const drifts = replicaDrifts(manifests, live, 'shop');
    const specOf = (objects: K8sObject[], name: string) => objects.find((o) => o.metadata.name === name);
    const kept = withReplicas(manifests, drifts, 'live', 'shop');
    expect(specOf(kept, 'api')?.spec).toEqual({ replicas: 4 });
    expect(specOf(kept, 'api')?.metadata.annotations).toEqual({ [REPLICAS_ANNOTATION]: '2' });
    expect(specOf(kept, 'changed')?.spec).toEqual({ replicas: 3 });
    expect(specOf(kept, 'hpa')).toEqual(deployment('hpa', undefined));
    const reset = withReplicas(manifests, drifts, 'manifest', 'shop');
    expect(specOf(reset, 'api')?.spec).toEqual({ replicas: 2 });
    expect(specOf(reset, 'worker')?.metadata.annotations).toEqual({ [REPLICAS_ANNOTATION]: '2' });
  });

  it('formatDrift', () => {
    const [api, worker] = replicaDrifts(manifests, live, 'shop');
    if (api === undefined || worker === undefined) throw new Error('expected two drifts');
    expect(formatDrift(api, 'manifest')).toBe(
      "deployment/api in shop: replicas 4 → 2 (the manifest's; replicas: live would keep 4), set outside Gantry since its last release (the cluster does not record who)",
    );
    expect(formatDrift(worker, 'live')).toBe(
      'deployment/worker in shop: replicas 5 kept (the manifest says 2; replicas: live), set by kubectl (scale) at 2026-01-02T00:00:00Z',
    );
  });

  it('reads the scalable workloads by namespace, with their managed fields', () => {
    const refs = scalableRefs([...manifests, deployment('other', 1, { namespace: 'ops' })], 'shop');
    expect([...refs]).toEqual([
      [
        'shop',
        [
          'deployment.apps/api',
          'deployment.apps/worker',
          'deployment.apps/changed',
          'deployment.apps/same',
          'deployment.apps/new',
        ],
      ],
      ['ops', ['deployment.apps/other']],
    ]);
    expect(getWorkloadsArgs(['deployment.apps/api'], 'shop')).toEqual([
      'get',
      'deployment.apps/api',
      '--namespace',
      'shop',
      '--ignore-not-found',
      '--show-managed-fields',
      '--output',
      'json',
    ]);
  });
});
