import { describe, expect, it } from 'vitest';
import { missingSecrets } from '../../../src/core/swarm/plan.ts';
import { analysis } from './fake-engine.ts';

describe('missingSecrets', () => {
  const secrets = analysis(['web'], {
    secrets: [
      { key: 'db', name: 'shop_db_v1', external: true },
      { key: 'api', name: 'shop_api_v2', external: true },
      { key: 'local', name: 'shop_local', external: false },
    ],
  }).secrets;
  const onEngine = (...names: string[]) => names.map((Name) => ({ ID: Name, Spec: { Name } }));
  it.each([
    [[], [], ['db (shop_db_v1)', 'api (shop_api_v2)']],
    [['shop_db_v1'], [], ['api (shop_api_v2)']],
    [['shop_db_v1'], ['shop_api_v2'], []],
    [['shop_local'], [], ['db (shop_db_v1)', 'api (shop_api_v2)']],
  ])('engine %j, pending %j -> %j', (existing, pending, missing) => {
    expect(missingSecrets(analysis([], { secrets }), onEngine(...existing), pending)).toEqual(missing);
  });
});
