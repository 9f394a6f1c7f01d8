import { describe, expect, it } from 'vitest';
import type { K8sObject } from '../../../src/core/kubernetes/manifests.ts';
import { deadlineVerdictIsStale, progressStamp } from '../../../src/core/kubernetes/progress.ts';

const withConditions = (conditions: unknown): K8sObject => ({
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  metadata: { name: 'web' },
  status: { conditions },
});

describe('progressStamp', () => {
  it.each([
    [
      'the Progressing condition',
      withConditions([
        { type: 'Available', status: 'True', reason: 'MinimumReplicasAvailable', lastUpdateTime: 'a' },
        { type: 'Progressing', status: 'False', reason: 'ProgressDeadlineExceeded', lastUpdateTime: 't1' },
      ]),
      'ProgressDeadlineExceeded@t1',
    ],
    ['no conditions', withConditions(undefined), ''],
    ['no Progressing condition', withConditions([{ type: 'Available', status: 'True' }]), ''],
    ['no object', undefined, ''],
  ])('%s', (_, o, expected) => {
    expect(progressStamp(o)).toBe(expected);
  });
});

describe('deadlineVerdictIsStale', () => {
  it.each([
    ['the same timed-out condition', 'ProgressDeadlineExceeded@t1', 'ProgressDeadlineExceeded@t1', true],
    ['completed since', 'ProgressDeadlineExceeded@t1', 'NewReplicaSetAvailable@t2', true],
    ['progress since', 'ProgressDeadlineExceeded@t1', 'ReplicaSetUpdated@t2', true],
    ['a later timed-out condition', 'ProgressDeadlineExceeded@t1', 'ProgressDeadlineExceeded@t2', false],
    ['nothing known before', '', 'ProgressDeadlineExceeded@t1', false],
    ['nothing readable after', 'ProgressDeadlineExceeded@t1', '', false],
  ])('%s', (_, before, after, expected) => {
    expect(deadlineVerdictIsStale(before, after)).toBe(expected);
  });
});
