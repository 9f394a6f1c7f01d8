import { describe, expect, it } from 'vitest';
import type { K8sObject } from '../../../src/core/kubernetes/manifests.ts';
import { rolloutState, workloadStatus } from '../../../src/core/kubernetes/status.ts';
import {
  formatStatus,
  imageStatus,
  kubernetesSecretPrefixes,
  parseImageRef,
  secretInUse,
  statusJson,
  swarmSecretPrefixes,
  swarmUpdateState,
  type TargetStatus,
} from '../../../src/core/status.ts';
import type { SwarmService } from '../../../src/core/swarm/engine-types.ts';
import { serviceStatus } from '../../../src/core/swarm/status.ts';

const digest = `sha256:${'a'.repeat(64)}`;

describe('parseImageRef / imageStatus', () => {
  it.each([
    ['nginx', { repository: 'nginx', tag: null, digest: null }],
    ['nginx:1.27', { repository: 'nginx', tag: '1.27', digest: null }],
    ['127.0.0.1:5000/gantry/app', { repository: '127.0.0.1:5000/gantry/app', tag: null, digest: null }],
    ['127.0.0.1:5000/gantry/app:v1', { repository: '127.0.0.1:5000/gantry/app', tag: 'v1', digest: null }],
    [`127.0.0.1:5000/gantry/app@${digest}`, { repository: '127.0.0.1:5000/gantry/app', tag: null, digest }],
    [`reg.example/app:v2@${digest}`, { repository: 'reg.example/app', tag: 'v2', digest }],
  ])('%s', (ref, parsed) => {
    expect(parseImageRef(ref)).toEqual(parsed);
  });

  it.each([
    [`app:v2@${digest}`, 'v9', 'v2'],
    [`app@${digest}`, 'v9', 'v9'],
    [`app@${digest}`, undefined, 'unknown'],
    [`app@${digest}`, ' ', 'unknown'],
  ])('%s with label %s: release %s', (ref, label, release) => {
    expect(imageStatus(ref, label).release).toBe(release);
  });
});

describe('secretInUse', () => {
  const swarm = swarmSecretPrefixes('shop', ['DB', 'DB_PASSWORD', 'TOKEN']);
  it.each([
    ['shop_TOKEN_0123456789ab', { secret: 'TOKEN', version: '0123456789ab' }],
    ['shop_DB_PASSWORD_20260501T100000Z', { secret: 'DB_PASSWORD', version: '20260501T100000Z' }],
    ['shop_DB_abc', { secret: 'DB', version: 'abc' }],
    ['other_TOKEN_1', { secret: null, version: null }],
    ['shop_TOKEN_', { secret: null, version: null }],
  ])('swarm %s', (name, match) => {
    expect(secretInUse(name, swarm)).toEqual({ name, ...match });
  });

  it('kubernetes names are lower-cased with _ -> -', () => {
    const k8s = kubernetesSecretPrefixes('shop', ['DB_PASSWORD']);
    expect(secretInUse('shop-db-password-abc', k8s)).toEqual({
      name: 'shop-db-password-abc',
      secret: 'DB_PASSWORD',
      version: 'abc',
    });
  });
});

describe('swarmUpdateState', () => {
  it.each([
    [undefined, 'none'],
    ['completed', 'completed'],
    ['updating', 'updating'],
    ['paused', 'paused'],
    ['rollback_started', 'rolling back'],
    ['rollback_paused', 'rollback paused'],
    ['rollback_completed', 'rolled back'],
  ] as const)('%s -> %s', (state, words) => {
    expect(swarmUpdateState(state)).toBe(words);
  });
});

const service = (over: Partial<SwarmService> = {}): SwarmService => ({
  ID: 'svc1',
  Version: { Index: 9 },
  Spec: {
    Name: 'shop_web',
    Mode: { Replicated: { Replicas: 2 } },
    TaskTemplate: {
      ContainerSpec: {
        Image: `reg/app@${digest}`,
        Secrets: [{ SecretName: 'shop_TOKEN_0123456789ab' }, { SecretName: 'plain' }],
      },
    },
  },
  ...over,
});

describe('serviceStatus', () => {
  const prefixes = swarmSecretPrefixes('shop', ['TOKEN']);
  it('reads image, release, replicas, update state and secrets', () => {
    const s = serviceStatus(
      service({
        ServiceStatus: { RunningTasks: 1, DesiredTasks: 2 },
        UpdateStatus: { State: 'rollback_completed', Message: 'rollback completed' },
      }),
      1,
      'v1',
      prefixes,
    );
    expect(s).toEqual({
      name: 'shop_web',
      kind: 'service',
      images: [{ image: `reg/app@${digest}`, repository: 'reg/app', tag: null, digest, release: 'v1' }],
      ready: 1,
      desired: 2,
      update: { state: 'rolled back', message: 'rollback completed' },
      secrets: [
        { name: 'plain', secret: null, version: null },
        { name: 'shop_TOKEN_0123456789ab', secret: 'TOKEN', version: '0123456789ab' },
      ],
    });
  });

  it('desired from the spec without ServiceStatus; null for a global service', () => {
    expect(serviceStatus(service(), 2, undefined, prefixes).desired).toBe(2);
    const global = service();
    global.Spec.Mode = { Global: {} };
    expect(serviceStatus(global, 3, undefined, prefixes).desired).toBeNull();
  });
});

const deployment = (over: Record<string, unknown> = {}, status: Record<string, unknown> = {}): K8sObject =>
  ({
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: 'web', generation: 3 },
    spec: {
      replicas: 2,
      template: {
        metadata: { labels: { 'org.opencontainers.image.version': 'v7' } },
        spec: {
          containers: [
            {
              image: `reg/app@${digest}`,
              env: [{ name: 'T', valueFrom: { secretKeyRef: { name: 'shop-token-abc', key: 'value' } } }],
              envFrom: [{ secretRef: { name: 'extra' } }],
            },
            { image: 'sidecar:1.0' },
          ],
          volumes: [{ name: 'v', secret: { secretName: 'shop-token-abc' } }],
        },
      },
      ...over,
    },
    status: {
      observedGeneration: 3,
      replicas: 2,
      readyReplicas: 2,
      updatedReplicas: 2,
      availableReplicas: 2,
      ...status,
    },
  }) as unknown as K8sObject;

describe('workloadStatus (Kubernetes)', () => {
  it('reads images, release label, replicas, secrets', () => {
    const w = workloadStatus(deployment(), kubernetesSecretPrefixes('shop', ['TOKEN']));
    expect(w.name).toBe('web');
    expect(w.kind).toBe('Deployment');
    expect(w.images.map((i) => [i.repository, i.tag, i.digest, i.release])).toEqual([
      ['reg/app', null, digest, 'v7'],
      ['sidecar', '1.0', null, '1.0'],
    ]);
    expect([w.ready, w.desired]).toEqual([2, 2]);
    expect(w.update).toEqual({ state: 'completed', message: null });
    expect(w.secrets).toEqual([
      { name: 'extra', secret: null, version: null },
      { name: 'shop-token-abc', secret: 'TOKEN', version: 'abc' },
    ]);
  });

  it.each([
    ['paused', deployment({ paused: true }), 'paused'],
    ['not yet observed', deployment({}, { observedGeneration: 2 }), 'updating'],
    ['a replica not ready', deployment({}, { readyReplicas: 1 }), 'updating'],
    [
      'progress deadline exceeded',
      deployment(
        {},
        {
          conditions: [
            { type: 'Progressing', status: 'False', reason: 'ProgressDeadlineExceeded', message: 'too slow' },
          ],
        },
      ),
      'failed',
    ],
  ])('%s -> %s', (_what, object, state) => {
    expect(rolloutState(object as never).state).toBe(state);
  });

  it('a DaemonSet counts numberReady of desiredNumberScheduled', () => {
    const ds = {
      apiVersion: 'apps/v1',
      kind: 'DaemonSet',
      metadata: { name: 'agent', generation: 1 },
      spec: { template: { spec: { containers: [{ image: 'agent:2' }] } } },
      status: { observedGeneration: 1, numberReady: 1, desiredNumberScheduled: 1, updatedNumberScheduled: 1 },
    } as unknown as K8sObject;
    const w = workloadStatus(ds, new Map());
    expect([w.ready, w.desired, w.update.state]).toEqual([1, 1, 'completed']);
  });
});

const status: TargetStatus = {
  target: 'prod',
  kind: 'swarm',
  where: 'stack shop',
  workloads: [
    serviceStatus(
      service({ UpdateStatus: { State: 'completed' } }),
      2,
      'v1',
      swarmSecretPrefixes('shop', ['TOKEN']),
    ),
  ],
  lock: { lock: 'stack shop, Swarm config gantry-lock-shop', held: undefined, lastForcedRelease: undefined },
};
const now = new Date('2026-05-01T10:00:00.000Z');

describe('formatStatus / statusJson', () => {
  it('text: each service, its image, secrets, then the lock', () => {
    expect(formatStatus(status, now)).toBe(
      [
        'target prod (swarm, stack shop)',
        'shop_web: 2/2 ready, update completed',
        `  image:  reg/app (release v1, digest ${digest})`,
        '  secret: plain',
        '  secret: TOKEN version 0123456789ab (shop_TOKEN_0123456789ab)',
        'lock: free (stack shop, Swarm config gantry-lock-shop)',
        '',
      ].join('\n'),
    );
  });

  it('text: a held lock with its holder and age; no workloads', () => {
    const held: TargetStatus = {
      ...status,
      workloads: [],
      lock: {
        ...status.lock,
        held: { holder: 'ci', since: new Date('2026-05-01T09:57:00.000Z'), expires: undefined, stale: true },
      },
    };
    expect(formatStatus(held, now)).toContain('no services running\nlock: held by ci for 3m (stale)');
  });

  it('json: stable keys', () => {
    const json = statusJson(status);
    expect(Object.keys(json)).toEqual(['target', 'kind', 'where', 'workloads', 'lock']);
    expect(json.lock).toEqual({
      lock: 'stack shop, Swarm config gantry-lock-shop',
      held: false,
      holder: null,
      since: null,
      expires: null,
      stale: false,
      lastForcedRelease: null,
    });
    const [w] = json.workloads as Record<string, unknown>[];
    expect(Object.keys(w ?? {})).toEqual(['name', 'kind', 'ready', 'desired', 'update', 'images', 'secrets']);
    expect(w?.update).toEqual({ state: 'completed', message: null });
  });
});
