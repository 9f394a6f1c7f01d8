import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseKubectlJson } from '../../../src/core/kubernetes/state.ts';
import { deleteSecretsArgs, listStackSecretsArgs, listWorkloadsArgs } from '../../../src/core/prune/index.ts';
import {
  checkReusedContent,
  createSecretsArgs,
  type DesiredSecret,
  desiredSecrets,
  existingSecret,
  getSecretsByNameArgs,
  type KubernetesSecretObject,
  planSecrets,
  secretManifest,
  secretsListManifest,
} from '../../../src/core/secrets/index.ts';

// `kubectl get secrets <a> <b> <missing> --ignore-not-found -o json` as kubectl 1.32 printed it
// against the sandbox's v1.20.2 API server: a Gantry Secret made by `gantry secrets` (value
// "placeholder-one") and an unlabelled one made by `kubectl create secret generic`.
const REAL = readFileSync(
  new URL('../../fixtures/kubernetes/real/secrets-by-name.json', import.meta.url),
  'utf8',
);
const listed = parseKubectlJson(REAL) as unknown as KubernetesSecretObject[];
const now = new Date('2026-12-01T06:16:43Z');
const commit = '0123456789abcdef0123456789abcdef01234567';
const db = (value: string): DesiredSecret[] =>
  desiredSecrets({
    platform: 'kubernetes',
    stack: 'shop',
    mode: 'content',
    values: new Map([['DB_PASSWORD', value]]),
    commit,
    now,
  });

describe('kubectl argument lists', () => {
  it.each([
    [
      getSecretsByNameArgs(['shop-a-1', 'shop-b-2'], 'prod'),
      [
        'get',
        'secrets',
        'shop-a-1',
        'shop-b-2',
        '--namespace',
        'prod',
        '--ignore-not-found',
        '--output',
        'json',
      ],
    ],
    [
      createSecretsArgs('prod', false),
      ['create', '--namespace', 'prod', '--filename', '-', '--output', 'name'],
    ],
    [
      createSecretsArgs('prod', true),
      ['create', '--dry-run=server', '--namespace', 'prod', '--filename', '-', '--output', 'name'],
    ],
    [
      listStackSecretsArgs('shop', 'prod'),
      ['get', 'secrets', '--namespace', 'prod', '--selector', 'gantry.stack=shop', '--output', 'json'],
    ],
    [
      listWorkloadsArgs('prod'),
      [
        'get',
        'deployments,replicasets,statefulsets,daemonsets,controllerrevisions,jobs,cronjobs,pods,replicationcontrollers,podtemplates,serviceaccounts',
        '--namespace',
        'prod',
        '--output',
        'json',
      ],
    ],
    [
      deleteSecretsArgs(['shop-a-1', 'shop-a-2'], 'prod'),
      [
        'delete',
        'secret',
        'shop-a-1',
        'shop-a-2',
        '--namespace',
        'prod',
        '--ignore-not-found',
        '--wait=false',
      ],
    ],
  ])('%j', (actual, expected) => {
    expect(actual).toEqual(expected);
  });

  it('no value ever appears in an argument list', () => {
    const [secret] = db('hunter2-in-argv?');
    const args = [
      ...getSecretsByNameArgs([secret?.fullName ?? ''], 'prod'),
      ...createSecretsArgs('prod', false),
    ];
    expect(args.join(' ')).not.toContain('hunter2');
    expect(args.join(' ')).not.toContain(Buffer.from('hunter2-in-argv?').toString('base64'));
  });
});

describe('secret manifests (stdin of kubectl create -f -)', () => {
  it('an immutable Opaque Secret, the value under the key NAME, the five labels', () => {
    const [secret] = db('placeholder-one');
    if (secret === undefined) throw new Error('no secret');
    expect(secretManifest(secret, 'placeholder-one', 'prod')).toEqual({
      apiVersion: 'v1',
      kind: 'Secret',
      metadata: {
        name: 'shop-db-password-aa2d640edf8d',
        namespace: 'prod',
        labels: {
          'gantry.stack': 'shop',
          'gantry.secret': 'DB_PASSWORD',
          'gantry.version': 'aa2d640edf8d',
          'gantry.created': '20261201T061643Z',
          'gantry.commit': commit,
        },
      },
      type: 'Opaque',
      immutable: true,
      data: { DB_PASSWORD: 'cGxhY2Vob2xkZXItb25l' },
    });
  });

  it('several Secrets as one v1 List; bytes from a file are base64-encoded as they are', () => {
    const values = new Map<string, string | Uint8Array>([
      ['A', 'x'],
      ['B_FILE', Uint8Array.from([0, 255, 10])],
    ]);
    const desired = desiredSecrets({
      platform: 'kubernetes',
      stack: 'shop',
      mode: 'run',
      values,
      commit,
      now,
    });
    const list = JSON.parse(secretsListManifest(desired, values, 'prod')) as {
      kind: string;
      items: { metadata: { name: string }; data: Record<string, string> }[];
    };
    expect(list.kind).toBe('List');
    expect(list.items.map((i) => [i.metadata.name, i.data])).toEqual([
      ['shop-a-0123456-20261201061643', { A: 'eA==' }],
      ['shop-b-file-0123456-20261201061643', { B_FILE: 'AP8K' }],
    ]);
  });

  it('a commit that is not a valid label value is refused when the names are made, before anything is sent', () => {
    expect(() =>
      desiredSecrets({
        platform: 'kubernetes',
        stack: 'shop',
        mode: 'content',
        values: new Map([['A', 'x']]),
        commit: 'not a sha!',
        now,
      }),
    ).toThrow(`Input 'GITHUB_SHA': label gantry.commit="not a sha!" is not a valid Kubernetes label value`);
  });
});

describe('plan on a real kubectl listing', () => {
  it('parses the List and reuses the identical immutable Secret', () => {
    expect(listed.map((o) => o.metadata.name)).toEqual([
      'shop-db-password-aa2d640edf8d',
      'shop-api-token-000000000000',
    ]);
    const desired = db('placeholder-one');
    const plan = planSecrets({
      stack: 'shop',
      mode: 'content',
      desired,
      existing: listed.map(existingSecret),
    });
    expect(plan.reuse.map((s) => [s.fullName, s.id])).toEqual([
      ['shop-db-password-aa2d640edf8d', 'f2b41f56-c302-4084-9679-7d31b64d3b14'],
    ]);
    expect(plan.create).toEqual([]);
    expect(plan.env).toEqual({ DB_PASSWORD_SECRET: 'shop-db-password-aa2d640edf8d' });
    expect(() =>
      checkReusedContent(plan, listed, new Map([['DB_PASSWORD', 'placeholder-one']])),
    ).not.toThrow();
  });

  it('same name and labels but other data: a clash, and the message holds no value', () => {
    const plan = planSecrets({
      stack: 'shop',
      mode: 'content',
      desired: db('placeholder-one'),
      existing: listed.map(existingSecret),
    });
    const error = (() => {
      try {
        checkReusedContent(plan, listed, new Map([['DB_PASSWORD', 'something-else']]), '--secret');
      } catch (e) {
        return e as Error;
      }
      throw new Error('no error');
    })();
    expect(error.message).toBe(
      "Option '--secret': a Secret named shop-db-password-aa2d640edf8d already exists with Gantry's labels but different content: remove it, or change the value",
    );
    expect(error.message).not.toMatch(/placeholder|something-else|cGxh/);
  });

  it('a mutable Secret of that name (labels copied by hand) is not vouched for', () => {
    const mutable = listed.map((o) => ({ ...o, immutable: false }));
    const plan = planSecrets({
      stack: 'shop',
      mode: 'content',
      desired: db('placeholder-one'),
      existing: mutable.map(existingSecret),
    });
    expect(() => checkReusedContent(plan, mutable, new Map([['DB_PASSWORD', 'placeholder-one']]))).toThrow(
      /is not immutable/,
    );
  });

  it('an unlabelled Secret of the wanted name (kubectl create secret generic) is a clash', () => {
    const [base] = db('x');
    if (base === undefined) throw new Error('no secret');
    const desired: DesiredSecret[] = [
      {
        ...base,
        name: 'API_TOKEN',
        version: '000000000000',
        fullName: 'shop-api-token-000000000000',
        envName: 'API_TOKEN_SECRET',
      },
    ];
    expect(() =>
      planSecrets({ stack: 'shop', mode: 'content', desired, existing: listed.map(existingSecret) }),
    ).toThrow(/shop-api-token-000000000000 already exists but was not created by Gantry/);
  });

  it('nothing found: kubectl prints nothing with --ignore-not-found, and all are created', () => {
    const plan = planSecrets({
      stack: 'shop',
      mode: 'content',
      desired: db('new'),
      existing: (parseKubectlJson('') as unknown as KubernetesSecretObject[]).map(existingSecret),
    });
    expect(plan.create.map((s) => s.name)).toEqual(['DB_PASSWORD']);
  });
});
