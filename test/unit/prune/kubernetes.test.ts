import { describe, expect, it } from 'vitest';
import {
  type KubeObject,
  type KubernetesPruneEntry,
  type PruneSelection,
  podSpecSecretNames,
  referencesOf,
  selectKubernetesPrune,
} from '../../../src/core/prune/index.ts';
import { type KubeFixture, kube } from './fixtures.ts';

const WORKLOADS: KubeFixture[] = [
  'deployments',
  'replicasets',
  'pods',
  'cronjobs',
  'statefulsets',
  'daemonsets',
  'jobs',
];
const n = (name: string, version: string) => `shop-${name}-${version.repeat(6)}`;
const RS_OLD = 'referenced by ReplicaSet shop/api-5d8f6b7c9d (retained for rollback)';
const CRON = 'referenced by CronJob shop/report';

const summary = (selection: PruneSelection<KubernetesPruneEntry>) => ({
  pruned: selection.pruned.map((e) => e.name),
  kept: selection.kept.map((e) => e.name),
  protected: Object.fromEntries(selection.protected.map((e) => [e.name, e.reason])),
});

const prune = (
  keep: number,
  workloads: readonly KubeFixture[] = WORKLOADS,
  secrets: KubeFixture = 'secrets',
) => selectKubernetesPrune({ stack: 'shop', keep, secrets: kube(secrets), workloads: workloads.map(kube) });

describe('selectKubernetesPrune on kubectl Lists', () => {
  it('keep=1: pod templates, retained ReplicaSets, CronJobs, imagePullSecrets and projected volumes protect', () => {
    expect(summary(prune(1))).toEqual({
      pruned: [
        n('cache-key', 'e2'),
        n('db-password', 'a2'),
        n('db-password', 'a1'),
        n('registry', 'b1'),
        n('report-token', 'd2'),
      ],
      kept: [
        n('cache-key', 'e3'),
        n('db-password', 'a4'),
        n('registry', 'b3'),
        n('report-token', 'd3'),
        n('tls-cert', 'c2'),
      ],
      protected: {
        // initContainer env valueFrom.secretKeyRef in spec.jobTemplate.spec.template
        [n('cache-key', 'e1')]: CRON,
        // the old ReplicaSet at 0 replicas is what `kubectl rollout undo` scales back up
        [n('db-password', 'a3')]: RS_OLD,
        // imagePullSecrets, from every object that carries the current template
        [n('registry', 'b2')]: [
          'referenced by Deployment shop/api',
          'referenced by Pod shop/api-7c9b8d4f5e-8xk2p (Running)',
          'referenced by Pod shop/api-7c9b8d4f5e-q7wzt (Running)',
          RS_OLD,
          'referenced by ReplicaSet shop/api-7c9b8d4f5e',
        ].join('; '),
        // envFrom.secretRef of the CronJob's container
        [n('report-token', 'd1')]: CRON,
        // projected volume source of the old ReplicaSet (the finished Pod and the other namespace do not count)
        [n('tls-cert', 'c1')]: RS_OLD,
      },
    });
  });

  it('keep=3 prunes only the fourth version of DB_PASSWORD; keep=4 nothing', () => {
    expect(summary(prune(3))).toEqual(
      expect.objectContaining({ pruned: [n('db-password', 'a1')], protected: {} }),
    );
    expect(prune(4).pruned).toEqual([]);
    expect(prune(4).kept).toHaveLength(15);
  });

  it('keep=2 keeps the two newest of each secret, protects nothing newer than those', () => {
    const selection = prune(2);
    expect(summary(selection).kept).toEqual([
      n('cache-key', 'e3'),
      n('cache-key', 'e2'),
      n('db-password', 'a4'),
      n('db-password', 'a3'),
      n('registry', 'b3'),
      n('registry', 'b2'),
      n('report-token', 'd3'),
      n('report-token', 'd2'),
      n('tls-cert', 'c2'),
      n('tls-cert', 'c1'),
    ]);
    expect(summary(selection).protected).toEqual({
      [n('cache-key', 'e1')]: CRON,
      [n('report-token', 'd1')]: CRON,
    });
    expect(summary(selection).pruned).toEqual([
      n('db-password', 'a2'),
      n('db-password', 'a1'),
      n('registry', 'b1'),
    ]);
  });

  it.each([
    ['no workloads at all', [], 10],
    ['Deployments only: the old ReplicaSet is not seen, so a3 and c1 go', ['deployments'], 9],
    ['ReplicaSets only', ['replicasets'], 7],
    ['CronJobs only', ['cronjobs'], 8],
  ] as const)('%s', (_, workloads, prunedCount) => {
    expect(prune(1, workloads).pruned).toHaveLength(prunedCount);
  });

  it('entries carry namespace, uid, secret, version and created', () => {
    const [first] = prune(1).pruned;
    expect(first).toEqual({
      id: 'c4860e4a-fa78-edbd-8df8-b9b7a040cbb7',
      name: n('cache-key', 'e2'),
      namespace: 'shop',
      secret: 'CACHE_KEY',
      version: 'e2e2e2e2e2e2',
      created: '2026-11-12T07:00:00.000Z',
      reason: 'older than the newest version and not referenced',
    });
  });

  it('never touches unlabelled Secrets or other stacks, even when listed without a selector', () => {
    const filtered = prune(1);
    const unfiltered = prune(1, WORKLOADS, 'secrets-unfiltered');
    expect(unfiltered).toEqual(filtered);
    const blog = selectKubernetesPrune({
      stack: 'blog',
      keep: 1,
      secrets: kube('secrets-unfiltered'),
      workloads: [],
    });
    expect(summary(blog)).toEqual({ pruned: [], kept: ['blog-db-password-f1f1f1f1f1f1'], protected: {} });
  });

  it('accepts items as well as Lists, in any order', () => {
    const items = WORKLOADS.flatMap((name) => kube(name).items).reverse();
    expect(
      selectKubernetesPrune({ stack: 'shop', keep: 1, secrets: kube('secrets').items, workloads: items }),
    ).toEqual(prune(1));
  });

  it('groups per namespace', () => {
    const secrets = kube('secrets').items.map((secret) => ({
      ...secret,
      metadata: { ...secret.metadata, namespace: secret.metadata.name.includes('a1a1') ? 'other' : 'shop' },
    }));
    const selection = selectKubernetesPrune({ stack: 'shop', keep: 1, secrets, workloads: [] });
    expect(selection.kept.filter((e) => e.namespace === 'other').map((e) => e.name)).toEqual([
      n('db-password', 'a1'),
    ]);
  });
});

const object = (kind: string, rest: Partial<KubeObject> = {}): KubeObject => ({
  kind,
  metadata: { name: 'x', namespace: 'ns' },
  ...rest,
});
const template = (spec: unknown) => ({ template: { spec } });

describe('referencesOf', () => {
  it.each([
    [
      'Deployment',
      object('Deployment', { spec: template({ imagePullSecrets: [{ name: 'p' }] }) }),
      ['p'],
      'referenced by Deployment ns/x',
    ],
    [
      'StatefulSet',
      object('StatefulSet', { spec: template({ volumes: [{ secret: { secretName: 'v' } }] }) }),
      ['v'],
      'referenced by StatefulSet ns/x',
    ],
    [
      'DaemonSet',
      object('DaemonSet', { spec: template({ volumes: [{ secret: { secretName: 'v' } }] }) }),
      ['v'],
      'referenced by DaemonSet ns/x',
    ],
    [
      'Job',
      object('Job', { spec: template({ containers: [{ envFrom: [{ secretRef: { name: 'e' } }] }] }) }),
      ['e'],
      'referenced by Job ns/x',
    ],
    [
      'CronJob',
      object('CronJob', {
        spec: {
          jobTemplate: { spec: template({ containers: [{ envFrom: [{ secretRef: { name: 'c' } }] }] }) },
        },
      }),
      ['c'],
      'referenced by CronJob ns/x',
    ],
    [
      'Running Pod',
      object('Pod', { spec: { imagePullSecrets: [{ name: 'p' }] }, status: { phase: 'Running' } }),
      ['p'],
      'referenced by Pod ns/x (Running)',
    ],
    [
      'Pending Pod',
      object('Pod', { spec: { imagePullSecrets: [{ name: 'p' }] }, status: { phase: 'Pending' } }),
      ['p'],
      'referenced by Pod ns/x (Pending)',
    ],
    [
      'ReplicaSet scaled to 0 by its Deployment',
      object('ReplicaSet', {
        metadata: {
          name: 'api-1',
          namespace: 'ns',
          ownerReferences: [{ kind: 'Deployment', name: 'api', controller: true }],
        },
        spec: { replicas: 0, ...template({ imagePullSecrets: [{ name: 'p' }] }) },
      }),
      ['p'],
      'referenced by ReplicaSet ns/api-1 (retained for rollback)',
    ],
    [
      'ReplicaSet with replicas',
      object('ReplicaSet', { spec: { replicas: 3, ...template({ imagePullSecrets: [{ name: 'p' }] }) } }),
      ['p'],
      'referenced by ReplicaSet ns/x',
    ],
    [
      'ControllerRevision of a StatefulSet',
      object('ControllerRevision', {
        metadata: {
          name: 'db-7f9',
          namespace: 'ns',
          ownerReferences: [{ kind: 'StatefulSet', name: 'db', controller: true }],
        },
        revision: 3,
        data: {
          spec: template({
            containers: [{ env: [{ valueFrom: { secretKeyRef: { name: 'old', key: 'k' } } }] }],
          }),
        },
      }),
      ['old'],
      'referenced by ControllerRevision ns/db-7f9 (revision 3 of StatefulSet db, rollback history)',
    ],
    [
      'ServiceAccount',
      object('ServiceAccount', { secrets: [{ name: 's' }], imagePullSecrets: [{ name: 'p' }] }),
      ['p', 's'],
      'referenced by ServiceAccount ns/x',
    ],
    [
      'PodTemplate',
      object('PodTemplate', { template: { spec: { imagePullSecrets: [{ name: 'p' }] } } }),
      ['p'],
      'referenced by PodTemplate ns/x',
    ],
    [
      'an unknown kind with a pod template',
      object('Rollout', { spec: template({ imagePullSecrets: [{ name: 'p' }] }) }),
      ['p'],
      'referenced by Rollout ns/x',
    ],
  ])('%s', (_, workload, names, reason) => {
    expect(referencesOf(workload)).toEqual({ names, reason });
  });

  it.each(['Succeeded', 'Failed'])('a %s Pod protects nothing', (phase) => {
    expect(
      referencesOf(object('Pod', { spec: { imagePullSecrets: [{ name: 'p' }] }, status: { phase } })),
    ).toBeUndefined();
  });
});

describe('podSpecSecretNames', () => {
  it('finds every kind of reference, sorted, once each', () => {
    const spec = {
      volumes: [
        { name: 'a', secret: { secretName: 'vol-secret' } },
        {
          name: 'b',
          projected: {
            sources: [{ secret: { name: 'projected' } }, { configMap: { name: 'not-a-secret' } }],
          },
        },
        { name: 'c', csi: { driver: 'x', nodePublishSecretRef: { name: 'csi' } } },
        { name: 'd', configMap: { name: 'cm' } },
        { name: 'e', emptyDir: {} },
      ],
      containers: [
        {
          env: [
            { name: 'A', value: 'plain' },
            { name: 'B', valueFrom: { secretKeyRef: { name: 'env-ref', key: 'k' } } },
            { name: 'C', valueFrom: { configMapKeyRef: { name: 'cm-ref', key: 'k' } } },
          ],
          envFrom: [{ secretRef: { name: 'env-from' } }, { configMapRef: { name: 'cm-from' } }],
        },
      ],
      initContainers: [{ env: [{ name: 'D', valueFrom: { secretKeyRef: { name: 'init', key: 'k' } } }] }],
      ephemeralContainers: [{ envFrom: [{ secretRef: { name: 'ephemeral' } }] }],
      imagePullSecrets: [{ name: 'pull' }, { name: 'env-ref' }],
    };
    expect(podSpecSecretNames(spec)).toEqual([
      'csi',
      'env-from',
      'env-ref',
      'ephemeral',
      'init',
      'projected',
      'pull',
      'vol-secret',
    ]);
  });

  it.each([undefined, null, 'x', [], { volumes: 'x', containers: [null, 1, { env: [null] }] }])(
    'tolerates %j',
    (spec) => expect(podSpecSecretNames(spec)).toEqual([]),
  );
});
