import { describe, expect, it } from 'vitest';
import { type DockerClient, EngineError } from '../../../src/adapters/docker.ts';
import { parseSwitchVariable } from '../../../src/core/strategy/blue-green.ts';
import {
  type ColorsRequest,
  expirePreviousColor,
  switchBackColors,
} from '../../../src/pipeline/swarm/switch-back.ts';

// A switch back and keep-previous's expiry against a scripted engine: the proxy service (its labels as
// the last switch left them), the colour stacks' services, the deploy lock (a config) and every CLI
// command recorded. The clock is the request's `now`.
const until = '2026-12-06T22:10:00.000Z';
const before = new Date('2026-12-06T22:09:00Z');
const after = new Date('2026-12-06T22:10:01Z');
const quiet = {
  group: async <T>(_t: string, body: () => Promise<T>) => body(),
  info() {},
  warning() {},
  error() {},
};

function engine() {
  const calls: string[] = [];
  const stacks: Record<string, string[]> = {
    'shop-blue': ['shop-blue_web'],
    'shop-green': ['shop-green_web'],
  };
  let configs: Array<{ ID: string; Spec: { Name: string } }> = [];
  const labels = {
    'gantry.bluegreen.live': 'green',
    'gantry.bluegreen.previous': 'blue',
    'gantry.bluegreen.previous-until': until,
  };
  const api = async (method: string, url: string, body?: { Name: string }) => {
    const route = url.split('?')[0];
    if (route === '/services/edge_switch')
      return {
        ID: 'p',
        Version: { Index: 3 },
        Spec: {
          Name: 'edge_switch',
          Labels: labels,
          TaskTemplate: { ContainerSpec: { Image: 'proxy', Env: [] } },
        },
      };
    if (route === '/services') {
      const stack = decodeURIComponent(url).match(/com\.docker\.stack\.namespace=([^"]+)/)?.[1] ?? '';
      return (stacks[stack] ?? []).map((name) => ({ ID: name, Version: { Index: 1 }, Spec: { Name: name } }));
    }
    if (method === 'GET' && route === '/configs') return configs;
    if (method === 'POST' && route === '/configs/create') {
      configs.push({ ID: 'lock-1', Spec: { Name: body?.Name ?? '' } });
      calls.push(`lock ${body?.Name}`);
      return { ID: 'lock-1' };
    }
    if (method === 'DELETE' && route === '/configs/lock-1') {
      configs = [];
      calls.push('unlock');
      return {};
    }
    throw new EngineError(`unexpected ${method} ${url}`, 500);
  };
  const run = async (args: readonly string[]) => {
    calls.push(`docker ${args.join(' ')}`);
    if (args[0] === 'stack' && args[1] === 'rm') delete stacks[args[2] ?? ''];
    return { command: '', exitCode: 0, stdout: '', stderr: '' };
  };
  return { docker: { api, run } as unknown as DockerClient, calls };
}

const request = (now: Date): ColorsRequest => ({
  stack: 'shop',
  settings: {
    proxyService: 'edge_switch',
    switchVariable: parseSwitchVariable('switch-variable', 'UPSTREAM=shop-{color}_web'),
    previewUrls: [],
    keepPreviousMs: 5000,
  },
  proxyInput: 'proxy-service',
  input: 'switch',
  timeoutMs: 60_000,
  lock: { holder: 'test', waitMs: 1000 },
  now: () => now,
});

describe('switchBackColors', () => {
  it('before keep-previous is up: switches to the previous colour under the lock, keeping its time', async () => {
    const e = engine();
    expect(await switchBackColors(e.docker, request(before), quiet)).toEqual({ from: 'green', to: 'blue' });
    expect(e.calls).toEqual([
      'lock gantry-lock-shop',
      `docker service update --detach=false --quiet --update-order start-first --update-failure-action rollback --rollback-order start-first --env-add UPSTREAM=shop-blue_web --label-add gantry.bluegreen.live=blue --label-add gantry.bluegreen.previous=green --label-add gantry.bluegreen.previous-until=${until} edge_switch`,
      'unlock',
    ]);
  });

  it('once it is up: removes the previous colour and refuses, naming the input; the proxy is not touched', async () => {
    const e = engine();
    await expect(switchBackColors(e.docker, request(after), quiet)).rejects.toThrow(
      `Input 'switch': cannot switch back: the previous colour (blue) was kept until ${until} (keep-previous); its time was up, so it has just been removed`,
    );
    expect(e.calls).toEqual(['lock gantry-lock-shop', 'docker stack rm shop-blue', 'unlock']);
  });
});

describe('expirePreviousColor', () => {
  it('removes nothing before the time is up, the previous colour after', async () => {
    const early = engine();
    expect((await expirePreviousColor(early.docker, request(before), quiet)).removed).toBeUndefined();
    expect(early.calls).toEqual(['lock gantry-lock-shop', 'unlock']);
    const late = engine();
    const done = await expirePreviousColor(late.docker, request(after), quiet);
    expect(done.removed).toBe('blue');
    expect([...done.running]).toEqual(['green']);
    expect(late.calls).toEqual(['lock gantry-lock-shop', 'docker stack rm shop-blue', 'unlock']);
  });
});
