import { describe, expect, it } from 'vitest';
import {
  jobLogsArgs,
  jobServiceName,
  jobServiceSpec,
  jobTaskState,
} from '../../../src/core/pre-deploy/swarm-job.ts';
import type { SwarmTask } from '../../../src/core/swarm/engine-types.ts';

describe('jobServiceSpec', () => {
  it('a replicated-job service, never restarted, on the networks, with secrets, env and volumes', () => {
    expect(
      jobServiceSpec(
        'shop',
        {
          name: 'migrate',
          image: 'reg/api@sha256:1',
          command: ['/bin/sh', '-c', 'migrate up'],
          env: { LEVEL: 'debug' },
          secrets: [{ name: 'DB', fullName: 'shop_DB_abc' }],
          volumes: [{ name: 'data', path: '/data' }],
          timeoutMs: 60_000,
        },
        { networks: ['net1', 'net2'], secretIds: new Map([['shop_DB_abc', 'sec1']]) },
      ),
    ).toEqual({
      Name: 'shop-pre-deploy-migrate',
      Labels: { 'gantry.stack': 'shop', 'gantry.pre-deploy': 'migrate' },
      TaskTemplate: {
        ContainerSpec: {
          Image: 'reg/api@sha256:1',
          Command: ['/bin/sh', '-c', 'migrate up'],
          Env: ['LEVEL=debug'],
          Secrets: [
            {
              File: { Name: 'DB', UID: '0', GID: '0', Mode: 0o444 },
              SecretID: 'sec1',
              SecretName: 'shop_DB_abc',
            },
          ],
          Labels: { 'gantry.stack': 'shop', 'gantry.pre-deploy': 'migrate' },
          Mounts: [{ Type: 'volume', Source: 'shop_data', Target: '/data' }],
        },
        RestartPolicy: { Condition: 'none' },
        Networks: [{ Target: 'net1' }, { Target: 'net2' }],
      },
      Mode: { ReplicatedJob: { MaxConcurrent: 1, TotalCompletions: 1 } },
    });
  });

  it('refuses a service name over 63 characters, naming the input', () => {
    expect(() => jobServiceName('s'.repeat(40), 'x'.repeat(20), 'pre-deploy')).toThrow(/63 characters/);
    expect(jobServiceName('shop', 'migrate', 'p')).toBe('shop-pre-deploy-migrate');
  });
});

const task = (
  State: SwarmTask['Status']['State'],
  extra: Partial<SwarmTask['Status']> = {},
  CreatedAt = '2026-01-01T00:00:00Z',
): SwarmTask => ({
  ID: `t-${State}`,
  ServiceID: 's',
  DesiredState: 'complete',
  CreatedAt,
  Status: { State, ...extra },
  Spec: {},
});

describe('jobTaskState', () => {
  it.each([
    [[], { done: false, state: 'no task yet' }],
    [[task('preparing')], { done: false, state: 'preparing' }],
    [[task('running')], { done: false, state: 'running' }],
    [[task('complete')], { done: true, ok: true }],
    [
      [task('failed', { Err: 'task: non-zero exit (3)', ContainerStatus: { ExitCode: 3 } })],
      { done: true, ok: false, reason: 'failed (exit code 3): task: non-zero exit (3)' },
    ],
    [
      [task('rejected', { Err: 'No such image: reg/api@sha256:1' })],
      { done: true, ok: false, reason: 'failed: No such image: reg/api@sha256:1' },
    ],
    // The newest task is the one that counts.
    [
      [task('complete', {}, '2026-01-02T00:00:00Z'), task('failed', { Err: 'old' })],
      { done: true, ok: true },
    ],
  ])('%#', (tasks, expected) => {
    expect(jobTaskState(tasks as SwarmTask[])).toEqual(expected);
  });
});

describe('jobLogsArgs', () => {
  it('raw output, the last lines', () => {
    expect(jobLogsArgs('shop-pre-deploy-migrate')).toEqual([
      'service',
      'logs',
      '--raw',
      '--no-trunc',
      '--tail',
      '200',
      'shop-pre-deploy-migrate',
    ]);
  });
});
