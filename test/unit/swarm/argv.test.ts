import { describe, expect, it } from 'vitest';
import {
  serviceLogsArgs,
  servicePsArgs,
  serviceRemoveArgs,
  serviceRollbackArgs,
  stackDeployArgs,
} from '../../../src/core/swarm/argv.ts';

describe('swarm argv', () => {
  it.each([
    [
      { stack: 'shop', composeFiles: ['stack.yml'], prune: false, withRegistryAuth: false },
      [
        'stack',
        'deploy',
        '--compose-file',
        'stack.yml',
        '--resolve-image',
        'always',
        '--detach=true',
        'shop',
      ],
    ],
    [
      {
        stack: 'shop',
        composeFiles: ['a.yml', 'b.yml', '/tmp/pins.yml'],
        prune: true,
        withRegistryAuth: true,
      },
      [
        'stack',
        'deploy',
        '--compose-file',
        'a.yml',
        '--compose-file',
        'b.yml',
        '--compose-file',
        '/tmp/pins.yml',
        '--with-registry-auth',
        '--prune',
        '--resolve-image',
        'always',
        '--detach=true',
        'shop',
      ],
    ],
  ])('stack deploy %j', (input, argv) => expect(stackDeployArgs(input)).toEqual(argv));

  it.each([
    [serviceRollbackArgs('shop_api'), ['service', 'rollback', '--detach', '--quiet', 'shop_api']],
    [serviceRemoveArgs(['shop_new', 'shop_worker']), ['service', 'rm', 'shop_new', 'shop_worker']],
    [
      servicePsArgs('shop_api'),
      [
        'service',
        'ps',
        '--no-trunc',
        '--format',
        '{{.Name}}\t{{.Node}}\t{{.Image}}\t{{.CurrentState}}\t{{.Error}}',
        'shop_api',
      ],
    ],
    [
      serviceLogsArgs('shop_api', 30),
      ['service', 'logs', '--no-trunc', '--timestamps', '--tail', '30', 'shop_api'],
    ],
  ])('%j', (argv, expected) => expect(argv).toEqual(expected));
});
