import { describe, expect, it } from 'vitest';
import {
  createLeaseArgs,
  deleteLeaseArgs,
  deletePreconditions,
  getLeaseArgs,
  LEASE_NAME,
  leaseManifest,
  leasePath,
  leaseRefusal,
  leaseState,
  microTime,
} from '../../../src/core/kubernetes/lease-lock.ts';

const at = new Date('2026-12-01T08:50:00.123Z');

describe('the Kubernetes deploy lock (a Lease)', () => {
  it('writes a coordination.k8s.io/v1 Lease with MicroTime stamps and a whole-second duration', () => {
    expect(microTime(at)).toBe('2026-12-01T08:50:00.123000Z');
    expect(leaseManifest('shop', 'https://github.com/acme/shop/actions/runs/7', at, 1_500_500)).toEqual({
      apiVersion: 'coordination.k8s.io/v1',
      kind: 'Lease',
      metadata: { name: LEASE_NAME, namespace: 'shop', labels: { 'app.kubernetes.io/managed-by': 'gantry' } },
      spec: {
        holderIdentity: 'https://github.com/acme/shop/actions/runs/7',
        leaseDurationSeconds: 1501,
        acquireTime: '2026-12-01T08:50:00.123000Z',
        renewTime: '2026-12-01T08:50:00.123000Z',
      },
    });
  });

  it.each([
    [
      'held: renewed 10 s ago for 60 s',
      { renewTime: '2026-12-01T08:49:50.123000Z', leaseDurationSeconds: 60 },
      false,
    ],
    [
      'expired: renewed 61 s ago for 60 s',
      { renewTime: '2026-12-01T08:48:59.000000Z', leaseDurationSeconds: 60 },
      true,
    ],
    [
      'acquireTime when no renewTime',
      { acquireTime: '2026-12-01T08:49:50.000000Z', leaseDurationSeconds: 60 },
      false,
    ],
    ['no duration: expired (nothing could free it)', { renewTime: '2026-12-01T08:49:59.000000Z' }, true],
    ['no time: expired', { leaseDurationSeconds: 60 }, true],
  ])('%s', (_name, spec, expired) => {
    const state = leaseState(
      { metadata: { uid: 'u-1', resourceVersion: '42' }, spec: { holderIdentity: 'someone', ...spec } },
      at,
    );
    expect(state.expired).toBe(expired);
    expect(state).toMatchObject({ holder: 'someone', uid: 'u-1', resourceVersion: '42' });
  });

  it('names an unknown holder', () => {
    expect(leaseState({}, at).holder).toBe('unknown holder');
  });

  it('builds exact kubectl argv and a DeleteOptions body', () => {
    expect(createLeaseArgs('shop')).toEqual([
      'create',
      '--namespace',
      'shop',
      '--filename',
      '-',
      '--output',
      'json',
    ]);
    expect(getLeaseArgs('shop')).toEqual([
      'get',
      'lease',
      'gantry-deploy-lock',
      '--namespace',
      'shop',
      '--output',
      'json',
    ]);
    expect(deleteLeaseArgs('shop')).toEqual([
      'delete',
      '--raw',
      '/apis/coordination.k8s.io/v1/namespaces/shop/leases/gantry-deploy-lock',
      '--filename',
      '-',
    ]);
    expect(leasePath('a-b')).toBe('/apis/coordination.k8s.io/v1/namespaces/a-b/leases/gantry-deploy-lock');
    expect(JSON.parse(deletePreconditions({ uid: 'u-1' }))).toEqual({
      kind: 'DeleteOptions',
      apiVersion: 'v1',
      preconditions: { uid: 'u-1' },
    });
  });

  // kubectl 1.32's own words against a 1.20 API server (seen on the sandbox cluster).
  it.each([
    [
      'Error from server (AlreadyExists): error when creating "STDIN": leases.coordination.k8s.io "gantry-deploy-lock" already exists',
      'exists',
    ],
    ['Error from server (NotFound): error when creating "STDIN": namespaces "nope" not found', 'not-found'],
    ['Error from server (NotFound): leases.coordination.k8s.io "gantry-deploy-lock" not found', 'not-found'],
    [
      'Error from server (Conflict): Operation cannot be fulfilled on Lease.coordination.k8s.io "gantry-deploy-lock": the UID in the precondition (x) does not match the UID in record (y). The object might have been deleted and then recreated',
      'conflict',
    ],
    [
      'Error from server (Forbidden): error when creating "STDIN": leases.coordination.k8s.io is forbidden: User "ci" cannot create resource "leases" in API group "coordination.k8s.io" in the namespace "shop"',
      'forbidden',
    ],
    ['Unable to connect to the server: dial tcp 127.0.0.1:16443: connect: connection refused', 'other'],
  ])('reads %s', (stderr, refusal) => {
    expect(leaseRefusal(stderr)).toBe(refusal);
  });
});
