import { describe, expect, it } from 'vitest';
import { type DockerClient, EngineError } from '../../../src/adapters/docker.ts';
import { parseSwitchVariable } from '../../../src/core/strategy/blue-green.ts';
import type { SwarmService, UpdateState } from '../../../src/core/swarm/engine-types.ts';
import {
  readColorState,
  removeColor,
  rollBackProxy,
  runningColors,
  switchProxy,
} from '../../../src/pipeline/swarm/switch.ts';

// The switch phases against a scripted engine: the proxy service as the Engine API shapes it, the
// CLI commands recorded, and the update state each command leaves (as Swarm would).
const proxy = {
  service: 'edge_switch',
  variable: parseSwitchVariable('switch-variable', 'UPSTREAM=shop-{color}_web'),
  input: 'targets.prod.swarm.proxy-service',
};
const quiet = {
  group: async <T>(_t: string, body: () => Promise<T>) => body(),
  info() {},
  warning() {},
  error() {},
};

function engine(
  present: { labels?: Record<string, string>; env?: string[] } | undefined,
  after: UpdateState | undefined = 'completed',
  stacks: Record<string, string[]> = {},
) {
  const calls: string[] = [];
  let state: UpdateState | undefined;
  const spec = (): SwarmService => ({
    ID: 'proxy-id',
    Version: { Index: 1 },
    Spec: {
      Name: proxy.service,
      Labels: present?.labels ?? {},
      TaskTemplate: { ContainerSpec: { Image: 'proxy', Env: present?.env ?? [] } },
    },
    ...(state === undefined ? {} : { UpdateStatus: { State: state, Message: `update ${state}` } }),
  });
  const api = async (method: string, url: string) => {
    calls.push(`${method} ${url.split('?')[0]}`);
    if (url === `/services/${proxy.service}`) {
      if (present === undefined) throw new EngineError('service edge_switch not found', 404);
      return spec();
    }
    if (url.startsWith('/services?')) {
      const label = decodeURIComponent(url).match(/com\.docker\.stack\.namespace=([^"]+)/)?.[1] ?? '';
      return (stacks[label] ?? []).map((name) => ({ ID: name, Version: { Index: 1 }, Spec: { Name: name } }));
    }
    throw new Error(`unexpected ${method} ${url}`);
  };
  const run = async (args: readonly string[]) => {
    calls.push(`docker ${args.join(' ')}`);
    state = after;
    return { command: '', exitCode: 0, stdout: '', stderr: '' };
  };
  return { docker: { api, run } as unknown as DockerClient, calls };
}

describe('readColorState', () => {
  it('reads the labels, else the variable', async () => {
    const labelled = engine({
      labels: { 'gantry.bluegreen.live': 'green', 'gantry.bluegreen.previous': 'blue' },
    });
    expect(await readColorState(labelled.docker, proxy)).toEqual({
      live: 'green',
      previous: 'blue',
      previousUntil: undefined,
    });
    const byEnv = engine({ env: ['UPSTREAM=shop-blue_web'] });
    expect((await readColorState(byEnv.docker, proxy)).live).toBe('blue');
  });

  it('refuses a missing proxy service, naming the key (a ConfigurationError: nothing changes)', async () => {
    const missing = engine(undefined);
    await expect(readColorState(missing.docker, proxy)).rejects.toThrow(
      "Input 'targets.prod.swarm.proxy-service': no Swarm service edge_switch on the target",
    );
    expect(missing.calls.filter((c) => c.startsWith('docker'))).toEqual([]);
  });
});

describe('switchProxy and rollBackProxy', () => {
  it('one start-first update, then the update state read back', async () => {
    const e = engine({});
    await switchProxy(e.docker, proxy, 'green', { 'gantry.bluegreen.live': 'green' }, 60_000, quiet);
    expect(e.calls).toEqual([
      'docker service update --detach=false --quiet --update-order start-first --update-failure-action rollback --rollback-order start-first --env-add UPSTREAM=shop-green_web --label-add gantry.bluegreen.live=green edge_switch',
      `GET /services/${proxy.service}`,
    ]);
  });

  it('an update Swarm rolled back (the new proxy task never turned healthy) is an error', async () => {
    const e = engine({}, 'rollback_completed');
    await expect(switchProxy(e.docker, proxy, 'green', {}, 60_000, quiet)).rejects.toThrow(
      'the proxy update of edge_switch ended rollback_completed: update rollback_completed',
    );
  });

  it('switching back is docker service rollback, which must complete', async () => {
    const done = engine({}, 'rollback_completed');
    await rollBackProxy(done.docker, proxy, 60_000, quiet);
    expect(done.calls[0]).toBe('docker service rollback --detach=false --quiet edge_switch');
    const paused = engine({}, 'rollback_paused');
    await expect(rollBackProxy(paused.docker, proxy, 60_000, quiet)).rejects.toThrow('ended rollback_paused');
  });
});

describe('runningColors and removeColor', () => {
  it('the colours whose stack has services', async () => {
    const e = engine({}, 'completed', { 'shop-green': ['shop-green_web'] });
    expect([...(await runningColors(e.docker, 'shop'))]).toEqual(['green']);
    await removeColor(e.docker, 'shop', 'blue', quiet);
    expect(e.calls.at(-1)).toBe('docker stack rm shop-blue');
  });
});
