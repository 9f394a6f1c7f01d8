import { describe, expect, it } from 'vitest';
import { type DockerClient, EngineError } from '../../../src/adapters/docker.ts';
import type { SwarmSecret } from '../../../src/core/swarm/engine-types.ts';
import { pruneSwarmSecrets } from '../../../src/pipeline/prune/swarm.ts';
import { collectingReporter } from '../../../src/pipeline/reporter.ts';

const STACK = 'perf-shop';
const secret = (name: string, version: number): SwarmSecret =>
  ({
    ID: `id-${name}-v${version}`,
    Spec: {
      Name: `${STACK}_${name}_v${version}`,
      Labels: {
        'gantry.stack': STACK,
        'gantry.secret': name,
        'gantry.version': `v${version}`,
        'gantry.created': new Date(Date.UTC(2026, 0, 1, 0, 0, version)).toISOString(),
      },
    },
  }) as SwarmSecret;

/** An engine whose secret removals take a while and may be refused; counts removals in flight. */
function engine(secrets: SwarmSecret[], refuse: ReadonlyMap<string, number> = new Map()) {
  const removed: string[] = [];
  let inFlight = 0;
  let mostInFlight = 0;
  const docker = {
    run: async (args: readonly string[]) => {
      throw new Error(`no CLI command expected: docker ${args.join(' ')}`);
    },
    api: async (method: string, url: string) => {
      const route = url.split('?')[0] ?? url;
      if (method === 'GET' && route === '/secrets') return structuredClone(secrets);
      if (method === 'GET' && (route === '/services' || route === '/tasks')) return [];
      if (method === 'POST' && route === '/configs/create') return { ID: 'lock' };
      if (method === 'DELETE' && route === '/configs/lock') return undefined;
      if (method === 'DELETE' && route.startsWith('/secrets/')) {
        const id = decodeURIComponent(route.slice('/secrets/'.length));
        inFlight += 1;
        mostInFlight = Math.max(mostInFlight, inFlight);
        await new Promise((resolve) => setTimeout(resolve, 5));
        inFlight -= 1;
        const status = refuse.get(id);
        if (status !== undefined) throw new EngineError(`secret ${id} refused`, status);
        removed.push(id);
        return undefined;
      }
      throw new Error(`unexpected ${method} ${url}`);
    },
  } as unknown as DockerClient;
  return { docker, removed, mostInFlight: () => mostInFlight };
}

const request = { stack: STACK, keep: 3, dryRun: false, lock: { holder: 'test', waitMs: 1000 } };

describe('pruneSwarmSecrets removes through the Engine API, a few requests at a time', () => {
  it('removes every pruned version, at most 4 at once, with no docker CLI command', async () => {
    const secrets = Array.from({ length: 10 }, (_, n) =>
      Array.from({ length: 6 }, (_, v) => secret(`N${n}`, v)),
    ).flat();
    const fake = engine(secrets);
    const report = collectingReporter();
    const selection = await pruneSwarmSecrets(fake.docker, request, report);
    expect(selection.pruned).toHaveLength(30);
    expect(fake.removed.sort()).toEqual(selection.pruned.map((e) => e.id).sort());
    expect(fake.mostInFlight()).toBe(4);
    expect(report.lines.join('\n')).toMatch(/removed 30 of 30 secret\(s\) in \d+\.\ds/);
  });

  it('counts a secret already gone as removed; fails naming the refused ones after trying all', async () => {
    const secrets = [0, 1, 2, 3, 4, 5].map((v) => secret('DB', v));
    const fake = engine(
      secrets,
      new Map([
        ['id-DB-v0', 404],
        ['id-DB-v1', 400],
      ]),
    );
    const report = collectingReporter();
    await expect(pruneSwarmSecrets(fake.docker, request, report)).rejects.toThrow(
      `could not remove 1 secret(s): ${STACK}_DB_v1: secret id-DB-v1 refused`,
    );
    expect(fake.removed).toEqual(['id-DB-v2']);
    expect(report.lines.join('\n')).toContain('removed 2 of 3 secret(s)');
  });
});
