import { describe, expect, it } from 'vitest';
import type { K8sObject } from '../../../src/core/kubernetes/manifests.ts';
import type { ResolvedJob } from '../../../src/core/pre-deploy/jobs.ts';
import {
  createJobArgs,
  deleteJobArgs,
  getJobArgs,
  jobLogsArgs,
  jobManifest,
  jobState,
  podDefaultsOf,
} from '../../../src/core/pre-deploy/kubernetes-job.ts';

const job: ResolvedJob = {
  name: 'migrate',
  image: 'reg/api@sha256:1',
  command: ['/bin/sh', '-c', 'migrate up'],
  env: { LEVEL: 'debug' },
  secrets: [
    { name: 'DB', fullName: 'shop-db-abc' },
    { name: 'API_KEY', fullName: 'shop-api-key-def' },
  ],
  volumes: [{ name: 'data', path: '/data' }],
  timeoutMs: 90_500,
};

const deployment = (spec: Record<string, unknown>): K8sObject => ({
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  metadata: { name: 'api' },
  spec: { template: { spec } },
});

describe('jobManifest', () => {
  it('a Job: backoffLimit 0, the deadline as its timeout, Secrets projected into /run/secrets, named volumes', () => {
    const defaults = podDefaultsOf([
      { apiVersion: 'v1', kind: 'Service', metadata: { name: 'api' }, spec: {} },
      deployment({
        imagePullSecrets: [{ name: 'regcred' }],
        serviceAccountName: 'api',
        volumes: [
          { name: 'data', hostPath: { path: '/srv/data' } },
          { name: 'other', emptyDir: {} },
        ],
        containers: [],
      }),
    ]);
    expect(jobManifest(job, 'shop', defaults)).toEqual({
      apiVersion: 'batch/v1',
      kind: 'Job',
      metadata: { name: 'pre-deploy-migrate', namespace: 'shop', labels: { 'gantry.pre-deploy': 'migrate' } },
      spec: {
        backoffLimit: 0,
        activeDeadlineSeconds: 91,
        template: {
          metadata: { labels: { 'gantry.pre-deploy': 'migrate' } },
          spec: {
            restartPolicy: 'Never',
            imagePullSecrets: [{ name: 'regcred' }],
            serviceAccountName: 'api',
            containers: [
              {
                name: 'migrate',
                image: 'reg/api@sha256:1',
                command: ['/bin/sh', '-c', 'migrate up'],
                env: [{ name: 'LEVEL', value: 'debug' }],
                volumeMounts: [
                  { name: 'gantry-secrets', mountPath: '/run/secrets', readOnly: true },
                  { name: 'data', mountPath: '/data' },
                ],
              },
            ],
            volumes: [
              {
                name: 'gantry-secrets',
                projected: {
                  sources: [{ secret: { name: 'shop-db-abc' } }, { secret: { name: 'shop-api-key-def' } }],
                },
              },
              { name: 'data', hostPath: { path: '/srv/data' } },
            ],
          },
        },
      },
    });
  });

  it('no secrets, no volumes: neither mounts nor volumes; a volume the pods lack is refused', () => {
    const bare = jobManifest({ ...job, secrets: [], volumes: [] }, 'ns', {});
    const spec = (bare.spec as { template: { spec: Record<string, unknown> } }).template.spec;
    expect(spec.volumes).toBeUndefined();
    expect((spec.containers as Array<Record<string, unknown>>)[0]?.volumeMounts).toBeUndefined();
    expect(() => jobManifest(job, 'ns', {})).toThrow(
      /mounts volume data, which the manifests' first pod template/,
    );
  });

  it('podDefaultsOf: the first pod template, or nothing', () => {
    expect(podDefaultsOf([])).toEqual({});
    expect(podDefaultsOf([deployment({ containers: [] }), deployment({ serviceAccountName: 'x' })])).toEqual(
      {},
    );
  });
});

describe('kubectl argv', () => {
  it('delete, create, get, logs', () => {
    expect(deleteJobArgs('pre-deploy-migrate', 'shop')).toEqual([
      'delete',
      'job',
      'pre-deploy-migrate',
      '--namespace',
      'shop',
      '--ignore-not-found',
      '--cascade=foreground',
      '--wait=true',
      '--timeout=60s',
    ]);
    expect(createJobArgs('shop')).toEqual([
      'create',
      '--namespace',
      'shop',
      '--filename',
      '-',
      '--output',
      'json',
    ]);
    expect(getJobArgs('pre-deploy-migrate', 'shop')).toEqual([
      'get',
      'job',
      'pre-deploy-migrate',
      '--namespace',
      'shop',
      '--output',
      'json',
    ]);
    expect(jobLogsArgs('uid-1', 'shop')).toEqual([
      'logs',
      '--namespace',
      'shop',
      '--selector',
      'controller-uid=uid-1',
      '--tail',
      '200',
    ]);
  });
});

describe('jobState', () => {
  const cond = (type: string, reason?: string, message?: string) => ({
    status: {
      conditions: [{ type, status: 'True', ...(reason ? { reason } : {}), ...(message ? { message } : {}) }],
    },
  });
  it.each([
    [{}, { done: false }],
    [{ status: { active: 1 } }, { done: false }],
    [cond('Complete'), { done: true, ok: true }],
    [
      cond('Failed', 'BackoffLimitExceeded', 'Job has reached the specified backoff limit'),
      { done: true, ok: false, reason: 'failed: Job has reached the specified backoff limit' },
    ],
    [
      cond('Failed', 'DeadlineExceeded', 'Job was active longer than specified deadline'),
      { done: true, ok: false, reason: 'timed out' },
    ],
    [{ status: { conditions: [{ type: 'Failed', status: 'False' }] } }, { done: false }],
  ])('%#', (object, expected) => {
    expect(jobState(object)).toEqual(expected);
  });
});
