import { describe, expect, it } from 'vitest';
import {
  checkSince,
  kubernetesLogsArgs,
  LineMasker,
  mask,
  maskedStrings,
  pickServices,
  swarmLogsArgs,
} from '../../../src/core/logs.ts';

describe('checkSince', () => {
  it.each(['10m', '30s', '2h', '1h30m', '1h30m15s'])('%s is accepted', (v) => {
    expect(checkSince(v)).toBe(v);
  });
  it('absent is absent', () => expect(checkSince(undefined)).toBeUndefined());
  it.each(['', '10', 'm', '0m', '10 m', '-5m', '10m;rm -rf /', '2026-05-01', '1d'])(
    '%j is refused naming --since',
    (v) => {
      expect(() => checkSince(v)).toThrow("Option '--since': ");
    },
  );
});

describe('pickServices', () => {
  const names = ['shop_db', 'shop_web'];
  it.each([
    [undefined, names],
    ['web', ['shop_web']],
    ['shop_web', ['shop_web']],
  ])('%s -> %j', (requested, picked) => {
    expect(pickServices(names, requested, 'shop_', 'stack shop')).toEqual(picked);
  });
  it('an unknown service is refused naming SERVICE and what there is', () => {
    expect(() => pickServices(names, 'api', 'shop_', 'stack shop')).toThrow(
      'SERVICE "api": no such service in stack shop (it has db, web)',
    );
    expect(() => pickServices([], 'api', '', 'namespace shop')).toThrow('it runs none');
  });
});

describe('argv', () => {
  it('docker service logs', () => {
    expect(swarmLogsArgs('shop_web', '5m', true)).toEqual([
      'service',
      'logs',
      '--no-trunc',
      '--since',
      '5m',
      '--follow',
      '--',
      'shop_web',
    ]);
    expect(swarmLogsArgs('shop_web', undefined, false)).toEqual([
      'service',
      'logs',
      '--no-trunc',
      '--',
      'shop_web',
    ]);
  });
  it('kubectl logs', () => {
    expect(kubernetesLogsArgs('shop', 'deployment/web', '10m', true)).toEqual([
      'logs',
      '--namespace',
      'shop',
      'deployment/web',
      '--all-containers',
      '--prefix',
      '--since=10m',
      '--follow',
    ]);
  });
});

describe('masking', () => {
  it('masks values, a multi-line value line by line, longest first', () => {
    const secrets = maskedStrings(['hunter2-token', 'line-one\nline-two\n', 'ab', '', 'hunter2']);
    expect(mask('token=hunter2-token pw=hunter2', secrets)).toBe('token=*** pw=***');
    expect(mask('key: line-one\nnext: line-two', secrets)).toBe('key: ***\nnext: ***');
    expect(mask('ab', secrets)).toBe('***');
  });

  it('LineMasker never cuts a secret at a chunk boundary', () => {
    const m = new LineMasker(maskedStrings(['s3cret-value']));
    expect(m.push('web | token s3cr')).toBe('');
    expect(m.push('et-value ok\nweb | next s3c')).toBe('web | token *** ok\n');
    expect(m.push('ret-value')).toBe('');
    expect(m.end()).toBe('web | next ***\n');
    expect(m.end()).toBe('');
  });
});
