import { describe, expect, it } from 'vitest';
import type { DockerClient } from '../../../src/adapters/docker.ts';
import {
  type BlueGreenSettings,
  parseSwitchVariable,
  switchLabels,
} from '../../../src/core/strategy/blue-green.ts';
import { afterFailedSwitch } from '../../../src/pipeline/swarm/blue-green.ts';

// A blue-green switch that did not complete: what is removed depends on what the proxy names when it
// is read again (a scripted engine answers the proxy's inspect and records every command).
const settings: BlueGreenSettings = {
  proxyService: 'edge_switch',
  switchVariable: parseSwitchVariable('switch-variable', 'UPSTREAM=shop-{color}_web'),
  previewUrls: [],
  keepPreviousMs: 600_000,
};
const quiet = {
  group: async <T>(_t: string, body: () => Promise<T>) => body(),
  info() {},
  warning() {},
  error() {},
};

function release(proxyLabels: Record<string, string> | 'unreadable') {
  const commands: string[] = [];
  const api = async (_method: string, url: string) => {
    if (proxyLabels === 'unreadable') throw new Error('connection reset');
    if (url === '/services/edge_switch')
      return {
        ID: 'p',
        Version: { Index: 2 },
        Spec: {
          Name: 'edge_switch',
          Labels: proxyLabels,
          TaskTemplate: { ContainerSpec: { Image: 'proxy', Env: [] } },
        },
      };
    throw new Error(`unexpected ${url}`);
  };
  const run = async (args: readonly string[]) => {
    commands.push(args.join(' '));
    return { command: '', exitCode: 0, stdout: '', stderr: '' };
  };
  const docker = { api, run } as unknown as DockerClient;
  const request = { stack: 'shop', settings, proxyInput: 'targets.prod.swarm.proxy-service' };
  return {
    fail: (error: Error) => afterFailedSwitch(docker, request, before, 'green', error, quiet),
    commands,
  };
}

const before = { live: 'blue', previous: undefined, previousUntil: undefined } as const;

describe('afterFailedSwitch', () => {
  it('the proxy is back on the old colour (Swarm rolled it back): the new colour is removed, rolled-back', async () => {
    const { fail, commands } = release(switchLabels('blue', undefined, ''));
    const outcome = await fail(new Error('update rolled back'));
    expect(outcome.status).toBe('rolled-back');
    expect(outcome.message).toContain('the proxy is back on blue, removed green');
    expect(commands).toEqual(['stack rm shop-green']);
  });

  it('the proxy names the new colour (the update may still run): nothing is removed, failed, said so', async () => {
    const { fail, commands } = release(switchLabels('green', 'blue', '2026-12-06T22:00:00Z'));
    const outcome = await fail(new Error('timed out'));
    expect(outcome.status).toBe('failed');
    expect(outcome.message).toContain('the proxy names green, so both colours were left running');
    expect(commands).toEqual([]);
  });

  it('the proxy cannot be read: nothing is removed', async () => {
    const { fail, commands } = release('unreadable');
    const outcome = await fail(new Error('timed out'));
    expect(outcome.status).toBe('failed');
    expect(outcome.message).toContain('could not be read');
    expect(commands).toEqual([]);
  });
});
