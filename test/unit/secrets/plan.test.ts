import { describe, expect, it } from 'vitest';
import {
  contentDigest,
  contentVersion,
  type DesiredSecret,
  desiredSecrets,
  type ExistingSecret,
  planSecrets,
} from '../../../src/core/secrets/index.ts';

const now = new Date('2026-11-23T22:41:05Z');
const commit = '0123456789abcdef0123456789abcdef01234567';
const values = new Map([
  ['POSTGRES_PASSWORD', 'hunter2'],
  ['API_KEY', 'k-123'],
]);
const pgVersion = contentVersion(contentDigest('hunter2'));
const apiVersion = contentVersion(contentDigest('k-123'));

describe('desiredSecrets', () => {
  it('swarm, content versions: names, env names and labels, sorted by NAME, no values', () => {
    const desired = desiredSecrets({
      platform: 'swarm',
      stack: 'shop',
      mode: 'content',
      values,
      commit,
      now,
    });
    expect(desired).toEqual([
      {
        name: 'API_KEY',
        version: apiVersion,
        fullName: `shop_API_KEY_${apiVersion}`,
        envName: 'API_KEY_SECRET',
        labels: {
          'gantry.stack': 'shop',
          'gantry.secret': 'API_KEY',
          'gantry.version': apiVersion,
          'gantry.created': '20261123T224105Z',
          'gantry.commit': commit,
        },
      },
      expect.objectContaining({ name: 'POSTGRES_PASSWORD', fullName: `shop_POSTGRES_PASSWORD_${pgVersion}` }),
    ]);
    expect(JSON.stringify(desired)).not.toMatch(/hunter2|k-123/);
  });

  it.each([
    ['swarm', 'run', 'shop_API_KEY_0123456-20261123224105'],
    ['kubernetes', 'run', 'shop-api-key-0123456-20261123224105'],
    ['kubernetes', 'content', `shop-api-key-${apiVersion}`],
  ] as const)('%s, %s versions', (platform, mode, fullName) => {
    expect(desiredSecrets({ platform, stack: 'shop', mode, values, commit, now })[0]?.fullName).toBe(
      fullName,
    );
  });

  it('the same value gives the same name on the next run; a new value a new name', () => {
    const later = new Date('2026-12-01T00:00:00Z');
    const first = desiredSecrets({ platform: 'swarm', stack: 'shop', mode: 'content', values, commit, now });
    const again = desiredSecrets({
      platform: 'swarm',
      stack: 'shop',
      mode: 'content',
      values,
      commit: 'f'.repeat(40),
      now: later,
    });
    const rotated = desiredSecrets({
      platform: 'swarm',
      stack: 'shop',
      mode: 'content',
      values: new Map([['API_KEY', 'k-456']]),
      commit,
      now: later,
    });
    expect(again.map((s) => s.fullName)).toEqual(first.map((s) => s.fullName));
    expect(rotated[0]?.fullName).not.toBe(first[0]?.fullName);
  });

  it('refuses a name too long for Docker, naming the input', () => {
    expect(() =>
      desiredSecrets({
        platform: 'swarm',
        stack: 's'.repeat(40),
        mode: 'content',
        values: new Map([['A_RATHER_LONG_SECRET_NAME', 'x']]),
        commit,
        now,
      }),
    ).toThrow(
      /^Input 'secrets': secret A_RATHER_LONG_SECRET_NAME would be named .*, 79 characters; Docker allows 64/,
    );
  });
});

const desired = desiredSecrets({ platform: 'swarm', stack: 'shop', mode: 'content', values, commit, now });
const [api, pg] = desired as [DesiredSecret, DesiredSecret];
const existing = (
  secret: DesiredSecret,
  labels: Record<string, string> | undefined,
  id = 'x1',
): ExistingSecret => ({
  id,
  name: secret.fullName,
  labels,
});
const env = { API_KEY_SECRET: api.fullName, POSTGRES_PASSWORD_SECRET: pg.fullName };

describe('planSecrets', () => {
  it.each([
    ['nothing there: create all', [], ['API_KEY', 'POSTGRES_PASSWORD'], []],
    [
      'older versions there: create all (they are for prune to handle)',
      [
        {
          id: 'old',
          name: 'shop_API_KEY_000000000000',
          labels: { ...api.labels, 'gantry.version': '000000000000' },
        },
      ],
      ['API_KEY', 'POSTGRES_PASSWORD'],
      [],
    ],
    [
      'one already there with our labels: reuse it',
      [existing(api, api.labels)],
      ['POSTGRES_PASSWORD'],
      ['API_KEY'],
    ],
    [
      'reuse whatever its created/commit labels say',
      [existing(pg, { ...pg.labels, 'gantry.created': '20200101T000000Z', 'gantry.commit': 'abc' })],
      ['API_KEY'],
      ['POSTGRES_PASSWORD'],
    ],
    [
      'both there',
      [existing(api, api.labels), existing(pg, pg.labels, 'x2')],
      [],
      ['API_KEY', 'POSTGRES_PASSWORD'],
    ],
  ] as const)('%s', (_, found, create, reuse) => {
    const plan = planSecrets({ stack: 'shop', mode: 'content', desired, existing: found });
    expect(plan.create.map((s) => s.name)).toEqual(create);
    expect(plan.reuse.map((s) => s.name)).toEqual(reuse);
    expect(plan.env).toEqual(env);
  });

  it('keeps the id of a reused secret', () => {
    const plan = planSecrets({
      stack: 'shop',
      mode: 'content',
      desired,
      existing: [existing(api, api.labels, 'abc')],
    });
    expect(plan.reuse).toEqual([{ ...api, id: 'abc' }]);
    const noId = planSecrets({
      stack: 'shop',
      mode: 'content',
      desired,
      existing: [{ name: api.fullName, labels: api.labels }],
    });
    expect(noId.reuse).toEqual([api]);
  });

  it.each([
    ['no labels (made by hand)', undefined],
    ['another stack', { ...api.labels, 'gantry.stack': 'blog' }],
    ['another secret', { ...api.labels, 'gantry.secret': 'OTHER' }],
    ['another version label', { ...api.labels, 'gantry.version': 'ffffffffffff' }],
  ])('a same-name secret with %s is a clash', (_, labels) => {
    expect(() =>
      planSecrets({ stack: 'shop', mode: 'content', desired, existing: [existing(api, labels)] }),
    ).toThrow(
      `Input 'secrets': a secret named ${api.fullName} already exists but was not created by Gantry for stack shop, secret API_KEY, version ${api.version} (its labels differ): remove or rename it`,
    );
  });

  it('run versions are never reused', () => {
    const run = desiredSecrets({ platform: 'swarm', stack: 'shop', mode: 'run', values, commit, now });
    const [first] = run as [DesiredSecret];
    expect(planSecrets({ stack: 'shop', mode: 'run', desired: run, existing: [] }).create).toHaveLength(2);
    expect(() =>
      planSecrets({ stack: 'shop', mode: 'run', desired: run, existing: [existing(first, first.labels)] }),
    ).toThrow(/a run version is never reused/);
  });
});
