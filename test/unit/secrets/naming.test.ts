import { describe, expect, it } from 'vitest';
import {
  checkSecretStack,
  envName,
  formatCreated,
  isDns1123Subdomain,
  isSwarmSecretName,
  kubernetesSecretName,
  kubernetesSecretNames,
  parseCreated,
  secretLabels,
  swarmSecretName,
} from '../../../src/core/secrets/index.ts';

describe('isSwarmSecretName (Docker: 1-64 of [a-zA-Z0-9-_.], alphanumeric at both ends)', () => {
  it.each([
    ['a', true],
    ['shop_POSTGRES_PASSWORD_abc123def456', true],
    ['a.b-c_d', true],
    ['x'.repeat(64), true],
    ['x'.repeat(65), false],
    ['', false],
    ['_a', false],
    ['a_', false],
    ['-a', false],
    ['a.', false],
    ['a b', false],
    ['a/b', false],
  ])('%j -> %s', (name, valid) => expect(isSwarmSecretName(name)).toBe(valid));
});

describe('isDns1123Subdomain', () => {
  it.each([
    ['shop-db-password-abc123def456', true],
    ['a', true],
    ['a.b', true],
    ['0abc', true],
    ['a'.repeat(253), true],
    ['a'.repeat(254), false],
    ['Shop', false],
    ['shop_db', false],
    ['-a', false],
    ['a-', false],
    ['a..b', false],
    ['a.-b', false],
    ['', false],
  ])('%j -> %s', (name, valid) => expect(isDns1123Subdomain(name)).toBe(valid));
});

describe('swarmSecretName', () => {
  it.each([
    ['shop', 'POSTGRES_PASSWORD', 'abc123def456', 'shop_POSTGRES_PASSWORD_abc123def456'],
    ['shop', '_A_', 'abc123def456', 'shop__A__abc123def456'],
    ['my.stack-1', 'a', 'abcdef1-20261123224105', 'my.stack-1_a_abcdef1-20261123224105'],
    // 64 exactly: 'x' * 37 + '_' + 'N' + '_' + 22-character run version = 37 + 1 + 3 + 1 + 22 = 64.
    ['x'.repeat(37), 'N_N', 'abcdef1-20261123224105', `${'x'.repeat(37)}_N_N_abcdef1-20261123224105`],
  ])('%s %s %s -> %s', (stack, name, version, full) => {
    expect(swarmSecretName(stack, name, version)).toBe(full);
    expect(full.length).toBeLessThanOrEqual(64);
  });

  it('refuses 65 characters, naming the secret and what to shorten', () => {
    const run = () => swarmSecretName('x'.repeat(38), 'N_N', 'abcdef1-20261123224105');
    expect(run).toThrow(
      `Input 'secrets': secret N_N would be named ${'x'.repeat(38)}_N_N_abcdef1-20261123224105, 65 characters; Docker allows 64: shorten the stack or the secret name`,
    );
  });

  it('names the input it is given', () => {
    expect(() => swarmSecretName('x'.repeat(60), 'NAME', 'abc123def456', 'stack')).toThrow(
      /^Input 'stack': /,
    );
  });
});

describe('kubernetesSecretName', () => {
  it.each([
    ['shop', 'POSTGRES_PASSWORD', 'abc123def456', 'shop-postgres-password-abc123def456'],
    ['Shop', 'Db', 'abcdef1-20261123224105', 'shop-db-abcdef1-20261123224105'],
    ['my.stack', 'A__B', 'abc123def456', 'my.stack-a--b-abc123def456'],
    ['shop_x', 'A', 'abc123def456', 'shop-x-a-abc123def456'],
  ])('%s %s %s -> %s', (stack, name, version, full) => {
    expect(kubernetesSecretName(stack, name, version)).toBe(full);
    expect(isDns1123Subdomain(full)).toBe(true);
  });

  it.each([
    ['my_.stack', 'A', 'abc123def456', /not a DNS-1123 subdomain/],
    ['shop', '_A', 'abc123def456', /the secret name _A cannot be a Kubernetes label value/],
    ['s'.repeat(64), 'A', 'abc123def456', /the stack s+ cannot be a Kubernetes label value/],
    ['s'.repeat(60), 'A'.repeat(200), 'abc123def456', /274 characters; Kubernetes allows 253/],
  ])('%s %s %s is refused', (stack, name, version, message) => {
    expect(() => kubernetesSecretName(stack, name, version)).toThrow(message);
    expect(() => kubernetesSecretName(stack, name, version)).toThrow(/^Input 'secrets': /);
  });

  it('refuses two NAMEs that map to the same Secret', () => {
    expect(() =>
      kubernetesSecretNames('shop', [
        ['DB_PASS', 'abc123def456'],
        ['db_pass', 'abc123def456'],
      ]),
    ).toThrow(
      "Input 'secrets': secrets DB_PASS and db_pass would both be named shop-db-pass-abc123def456: rename one",
    );
  });

  it('maps several NAMEs', () => {
    expect(
      Object.fromEntries(
        kubernetesSecretNames('shop', [
          ['A', '111111111111'],
          ['B', '222222222222'],
        ]),
      ),
    ).toEqual({ A: 'shop-a-111111111111', B: 'shop-b-222222222222' });
  });
});

describe('checkSecretStack', () => {
  it.each(['shop', 'my.stack-1', 'a_b'])('accepts %j', (stack) =>
    expect(checkSecretStack('stack', stack)).toBe(stack),
  );
  it.each(['', '-shop', 'sh op', 'x'.repeat(64)])('rejects %j', (stack) => {
    expect(() => checkSecretStack('stack', stack)).toThrow(/^Input 'stack': /);
  });
});

describe('envName', () => {
  it.each([
    ['POSTGRES_PASSWORD', 'POSTGRES_PASSWORD_SECRET'],
    ['api_key', 'api_key_SECRET'],
  ])('%s -> %s', (name, env) => expect(envName(name)).toBe(env));
});

describe('created label', () => {
  it.each([
    ['2026-11-23T22:41:05.999Z', '20261123T224105Z'],
    ['2026-01-02T03:04:05+01:00', '20260102T020405Z'],
  ])('%s -> %s', (iso, label) => expect(formatCreated(new Date(iso))).toBe(label));

  it.each([
    ['20261123T224105Z', '2026-11-23T22:41:05.000Z'],
    ['2026-11-23T22:41:05Z', '2026-11-23T22:41:05.000Z'],
    ['2026-11-23T22:41:05.128060215Z', '2026-11-23T22:41:05.128Z'],
    ['yesterday', undefined],
    [undefined, undefined],
  ])('parseCreated(%j) -> %s', (label, iso) => expect(parseCreated(label)?.toISOString()).toBe(iso));
});

describe('secretLabels', () => {
  it('builds the gantry labels', () => {
    expect(
      secretLabels({
        stack: 'shop',
        name: 'POSTGRES_PASSWORD',
        version: 'abc123def456',
        created: new Date('2026-11-23T22:41:05Z'),
        commit: '0123456789abcdef0123456789abcdef01234567',
      }),
    ).toEqual({
      'gantry.stack': 'shop',
      'gantry.secret': 'POSTGRES_PASSWORD',
      'gantry.version': 'abc123def456',
      'gantry.created': '20261123T224105Z',
      'gantry.commit': '0123456789abcdef0123456789abcdef01234567',
    });
  });
});
