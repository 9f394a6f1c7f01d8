import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { SwarmService } from '../../../src/core/swarm/engine-types.ts';
import {
  formatSwarmDrift,
  REPLICAS_LABEL,
  replicasOverride,
  swarmReplicaDrifts,
} from '../../../src/core/swarm/replicas.ts';
import type { StackService } from '../../../src/core/swarm/stack-file.ts';

const service = (name: string, replicas: number | undefined, mode?: string): StackService => ({
  name,
  image: 'app',
  replicas,
  mode,
  secrets: [],
  configs: [],
  networks: [],
  publishedPorts: [],
});
const live = (name: string, replicas: number, labels: Record<string, string> = {}): SwarmService => ({
  ID: name,
  Version: { Index: 1 },
  Spec: { Name: `shop_${name}`, Labels: labels, Mode: { Replicated: { Replicas: replicas } } },
});

const services = [
  service('web', 2),
  service('worker', undefined),
  service('changed', 3),
  service('same', 2),
  service('agent', undefined, 'global'),
  service('new', 1),
];
const engine = [
  live('web', 5, { [REPLICAS_LABEL]: '2' }),
  live('worker', 3),
  live('changed', 1, { [REPLICAS_LABEL]: '1' }),
  live('same', 2, { [REPLICAS_LABEL]: '2' }),
];

describe('swarmReplicaDrifts', () => {
  it('a live count the stack file did not set (the default 1 included); not one the release changes', () => {
    expect(swarmReplicaDrifts('shop', services, engine)).toEqual([
      { service: 'web', live: 5, file: 2 },
      { service: 'worker', live: 3, file: 1 },
    ]);
  });
});

describe('replicasOverride', () => {
  const drifts = swarmReplicaDrifts('shop', services, engine);
  it('labels every replicated service with its file count; live keeps the drifted counts', () => {
    expect(parse(replicasOverride(services, drifts, 'live', '3.8') ?? '')).toEqual({
      version: '3.8',
      services: {
        web: { deploy: { labels: { 'gantry.replicas': '2' }, replicas: 5 } },
        worker: { deploy: { labels: { 'gantry.replicas': '1' }, replicas: 3 } },
        changed: { deploy: { labels: { 'gantry.replicas': '3' } } },
        same: { deploy: { labels: { 'gantry.replicas': '2' } } },
        new: { deploy: { labels: { 'gantry.replicas': '1' } } },
      },
    });
    expect(parse(replicasOverride(services, drifts, 'manifest', undefined) ?? '').services.web).toEqual({
      deploy: { labels: { 'gantry.replicas': '2' } },
    });
    expect(replicasOverride([service('agent', undefined, 'global')], [], 'live', '3.8')).toBeUndefined();
  });
  it('formatSwarmDrift', () => {
    expect(formatSwarmDrift('shop', { service: 'web', live: 5, file: 2 }, 'manifest')).toBe(
      'service shop_web: replicas 5 → 2: the stack file resets it (replicas: live would keep 5); scaled outside Gantry since its last release',
    );
    expect(formatSwarmDrift('shop', { service: 'web', live: 5, file: 2 }, 'live')).toBe(
      'service shop_web: replicas 5 kept (the stack file says 2; replicas: live); scaled outside Gantry since its last release',
    );
  });
});
