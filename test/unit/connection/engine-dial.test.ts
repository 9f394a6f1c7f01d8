import { describe, expect, test } from 'vitest';
import { engineDial } from '../../../src/core/connection/engine-dial.ts';

describe('engineDial: how a connection to the engine API is opened', () => {
  test.each([
    ['unix:///var/run/docker.sock', { kind: 'socket', path: '/var/run/docker.sock' }],
    ['unix:///run/user/1000/docker.sock', { kind: 'socket', path: '/run/user/1000/docker.sock' }],
    [
      'ssh://gantry-target',
      {
        kind: 'process',
        command: 'ssh',
        args: ['-o', 'ConnectTimeout=30', '-T', '--', 'gantry-target', 'docker', 'system', 'dial-stdio'],
      },
    ],
    // Forms an SshSession never writes: the docker CLI parses them (user, port), as before.
    ['ssh://deploy@example.com', { kind: 'process', command: 'docker', args: ['system', 'dial-stdio'] }],
    ['ssh://example.com:2222', { kind: 'process', command: 'docker', args: ['system', 'dial-stdio'] }],
    ['ssh://-oProxyCommand=x', { kind: 'process', command: 'docker', args: ['system', 'dial-stdio'] }],
    ['tcp://127.0.0.1:2376', { kind: 'process', command: 'docker', args: ['system', 'dial-stdio'] }],
    ['unix://', { kind: 'process', command: 'docker', args: ['system', 'dial-stdio'] }],
    [undefined, { kind: 'process', command: 'docker', args: ['system', 'dial-stdio'] }],
  ])('%s', (host, expected) => {
    expect(engineDial(host)).toEqual(expected);
  });
});
