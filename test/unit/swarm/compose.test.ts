import { describe, expect, it } from 'vitest';
import {
  analyseCompose,
  checkEnvGroups,
  imageOverride,
  parseImagePins,
} from '../../../src/core/swarm/compose.ts';
import { interpolate, missingVariables, variablesIn } from '../../../src/core/swarm/interpolation.ts';
import { lockHolder, lockLabels, lockState } from '../../../src/core/swarm/lock.ts';

const env = (entries: Record<string, string>) => new Map(Object.entries(entries));

describe('interpolation', () => {
  it.each([
    ['image: $IMAGE', [{ name: 'IMAGE', hasDefault: false, emptyIsUnset: false }]],
    ['image: ${IMAGE}', [{ name: 'IMAGE', hasDefault: false, emptyIsUnset: false }]],
    [
      'a: ${A:-x} b: ${B-y}',
      [
        { name: 'A', hasDefault: true, emptyIsUnset: true },
        { name: 'B', hasDefault: true, emptyIsUnset: false },
      ],
    ],
    [
      'a: ${A:?need A} b: ${B?need B}',
      [
        { name: 'A', hasDefault: false, emptyIsUnset: true },
        { name: 'B', hasDefault: false, emptyIsUnset: false },
      ],
    ],
    ['cost: $$5 and $${NOT}', []],
  ])('%s', (text, uses) => expect(variablesIn(text)).toEqual(uses));

  it.each([
    ['${A} ${B:-d} ${C}', { A: '1' }, ['C']],
    ['${A:?x}', { A: '' }, ['A']],
    ['${A?x}', { A: '' }, []],
    ['$A $A', {}, ['A']],
  ])('missing in %s with %j', (text, values, missing) =>
    expect(missingVariables(text, env(values))).toEqual(missing),
  );

  it.each([
    ['${A}-${B:-dflt}-${C-dash}', { A: 'a', C: '' }, 'a-dflt-'],
    ['${E:-dflt}', { E: '' }, 'dflt'],
    ['${E-dflt}', { E: '' }, ''],
    ['$$HOME $X', { X: 'x' }, '$HOME x'],
  ])('interpolate %s with %j', (text, values, out) => expect(interpolate(text, env(values))).toBe(out));
});

const STACK = `
version: "3.8"
services:
  api:
    image: \${IMAGE}
    secrets: [db_password]
    deploy: { replicas: 3 }
  worker:
    image: \${IMAGE}
    deploy:
      mode: global
    ports:
      - target: 80
        published: 8080
        mode: host
secrets:
  db_password:
    external: true
    name: \${DB_PASSWORD_SECRET}
`;

describe('analyseCompose', () => {
  it('reads services, images, replicas, ports and secrets after interpolation', () => {
    const analysis = analyseCompose(
      [{ path: 'stack.yml', text: STACK }],
      env({ IMAGE: 'reg/app@sha256:ab', DB_PASSWORD_SECRET: 'shop_db_password_0123456789ab' }),
      'shop',
    );
    expect(analysis).toEqual({
      services: [
        {
          name: 'api',
          image: 'reg/app@sha256:ab',
          replicas: 3,
          mode: undefined,
          secrets: ['db_password'],
          publishedPorts: [],
        },
        {
          name: 'worker',
          image: 'reg/app@sha256:ab',
          replicas: undefined,
          mode: 'global',
          secrets: [],
          publishedPorts: ['8080:80/host'],
        },
      ],
      secrets: [{ key: 'db_password', name: 'shop_db_password_0123456789ab', external: true }],
      missing: [],
    });
  });

  it('lists the variables that are not set', () => {
    expect(analyseCompose([{ path: 'stack.yml', text: STACK }], env({}), 'shop').missing).toEqual([
      'DB_PASSWORD_SECRET',
      'IMAGE',
    ]);
  });

  it('merges files like -c a -c b: later files override services by key', () => {
    const override = 'services:\n  api:\n    image: other/app:2\n';
    const analysis = analyseCompose(
      [
        { path: 'a.yml', text: STACK },
        { path: 'b.yml', text: override },
      ],
      env({ IMAGE: 'x', DB_PASSWORD_SECRET: 'y' }),
      'shop',
    );
    expect(analysis.services[0]).toMatchObject({
      name: 'api',
      image: 'other/app:2',
      replicas: 3,
      secrets: ['db_password'],
    });
  });

  it('gives a stack-prefixed name to a secret without name:', () => {
    const text = 'services:\n  a:\n    image: x\n    secrets: [k]\nsecrets:\n  k:\n    file: ./k.txt\n';
    expect(analyseCompose([{ path: 's.yml', text }], env({}), 'shop').secrets).toEqual([
      { key: 'k', name: 'shop_k', external: false },
    ]);
  });

  it.each([
    ['services: [', /^Input 'compose-file': s\.yml is not valid YAML/],
    // docker parses before it interpolates: a ${…} with braces inside a flow mapping is invalid there too
    ['services:\n  a: { image: ${IMAGE:-x} }\n', /^Input 'compose-file': s\.yml is not valid YAML/],
    ['version: "3.8"\n', /declares no services/],
    [
      'services:\n  a:\n    image: x\n    secrets: [nope]\n',
      /service a uses secret nope, which the top-level secrets: do not declare/,
    ],
  ])('rejects %j', (text, message) => {
    expect(() => analyseCompose([{ path: 's.yml', text }], env({}), 'shop')).toThrow(message);
  });
});

describe('image pins', () => {
  const digest = `sha256:${'a'.repeat(64)}`;
  it('parses service=image@digest lines and writes an override', () => {
    const pins = parseImagePins('images', [`api=reg.example.com/shop/api@${digest}`]);
    expect([...pins]).toEqual([['api', `reg.example.com/shop/api@${digest}`]]);
    expect(
      imageOverride(pins, [
        { name: 'api', image: 'x', replicas: 1, mode: undefined, secrets: [], publishedPorts: [] },
      ]),
    ).toBe(`version: "3.8"\nservices:\n  api:\n    image: reg.example.com/shop/api@${digest}\n`);
  });
  it.each([
    ['api=reg/app:1.2.3', /expected service=image@sha256:<digest> lines/],
    ['api=reg/app@sha256:abc', /expected service=image@sha256/],
    [`api=reg/app@${digest}\napi=reg/app@${digest}`, /service api is pinned twice/],
  ])('rejects %j', (raw, message) =>
    expect(() => parseImagePins('images', raw.split('\n'))).toThrow(message),
  );
  it('rejects a pin for a service the stack does not have', () => {
    expect(() => imageOverride(new Map([['ghost', `r/a@${digest}`]]), [])).toThrow(
      "Input 'images': names services the stack file does not have: ghost",
    );
  });
});

describe('checkEnvGroups', () => {
  const group = ['S3_ENDPOINT,S3_BUCKET,S3_KEY,S3_SECRET'];
  it.each([
    [{}, undefined],
    [{ S3_ENDPOINT: 'e', S3_BUCKET: 'b', S3_KEY: 'k', S3_SECRET: 's' }, undefined],
    [{ S3_ENDPOINT: '', S3_BUCKET: '' }, undefined],
    [
      { S3_BUCKET: 'b' },
      "Input 'env-groups': S3_BUCKET is set but S3_ENDPOINT, S3_KEY, S3_SECRET are not: set all of S3_ENDPOINT, S3_BUCKET, S3_KEY, S3_SECRET or none",
    ],
  ])('%j', (values, error) => {
    const check = () => checkEnvGroups('env-groups', group, env(values));
    if (error === undefined) expect(check).not.toThrow();
    else expect(check).toThrow(error);
  });
});

describe('deploy lock', () => {
  const now = new Date('2026-11-23T12:00:00Z');
  it('labels the holder and the expiry', () => {
    expect(lockLabels('shop', 'https://github.com/acme/shop/actions/runs/1', now, 60_000)).toEqual({
      'gantry.stack': 'shop',
      'gantry.lock.holder': 'https://github.com/acme/shop/actions/runs/1',
      'gantry.lock.expires': '2026-11-23T12:01:00.000Z',
    });
  });
  it.each([
    [{ 'gantry.lock.holder': 'run 1', 'gantry.lock.expires': '2026-11-23T12:00:01Z' }, false],
    [{ 'gantry.lock.holder': 'run 1', 'gantry.lock.expires': '2026-11-23T11:59:59Z' }, true],
    [{ 'gantry.lock.holder': 'run 1', 'gantry.lock.expires': 'soon' }, true],
    [undefined, true],
  ])('%j expired: %s', (labels, expired) => expect(lockState(labels, now).expired).toBe(expired));
  it('names a workflow run by its URL, else the fallback', () => {
    expect(
      lockHolder(
        {
          GITHUB_SERVER_URL: 'https://github.com',
          GITHUB_REPOSITORY: 'a/b',
          GITHUB_RUN_ID: '7',
          GITHUB_RUN_ATTEMPT: '2',
        },
        'x',
      ),
    ).toBe('https://github.com/a/b/actions/runs/7/attempts/2');
    expect(lockHolder({}, 'me@laptop')).toBe('me@laptop');
  });
});
