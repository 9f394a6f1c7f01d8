import { describe, expect, it } from 'vitest';
import { type DockerClient, EngineError } from '../../../src/adapters/docker.ts';
import { StepFailure } from '../../../src/core/errors.ts';
import { collectingReporter } from '../../../src/pipeline/reporter.ts';
import { acquireLock } from '../../../src/pipeline/swarm/lock.ts';

// The stack lock and a cancel: a wait for a lock someone else holds stops at the cancel, and a
// create cut off on the way (the engine made the lock, the answer never came) leaves no lock behind.

interface Config {
  ID: string;
  Spec: { Name: string; Labels?: Record<string, string> };
}

function fakeDocker(onCreate: (config: Config) => unknown = () => ({ ID: 'mine' })) {
  const configs: Config[] = [];
  const calls: string[] = [];
  const api = async (
    method: string,
    url: string,
    body?: { Name: string; Labels: Record<string, string> },
  ) => {
    calls.push(`${method} ${url.split('?')[0]}`);
    if (method === 'POST' && url === '/configs/create' && body !== undefined) {
      if (configs.some((c) => c.Spec.Name === body.Name)) throw new EngineError('exists', 409);
      const config = { ID: `id-${configs.length}`, Spec: { Name: body.Name, Labels: body.Labels } };
      configs.push(config);
      const answer = onCreate(config);
      if (answer instanceof Error) throw answer;
      return { ID: config.ID };
    }
    if (method === 'GET' && url.startsWith('/configs')) return configs;
    if (method === 'DELETE') {
      const id = url.split('/').pop();
      configs.splice(
        configs.findIndex((c) => c.ID === id),
        1,
      );
      return undefined;
    }
    throw new Error(`unexpected ${method} ${url}`);
  };
  return { docker: { api } as unknown as DockerClient, configs, calls };
}

const options = {
  stack: 'shop',
  holder: 'me@host (gantry release)',
  ttlMs: 60_000,
  waitMs: 60_000,
  pollMs: 5,
};

describe('acquireLock and a cancel', () => {
  it('stops waiting for a lock held by someone else once the run is cancelled', async () => {
    const { docker, configs } = fakeDocker();
    configs.push({
      ID: 'theirs',
      Spec: {
        Name: 'gantry-lock-shop',
        Labels: {
          'gantry.lock.holder': 'them',
          'gantry.lock.expires': new Date(Date.now() + 600_000).toISOString(),
        },
      },
    });
    const controller = new AbortController();
    const report = collectingReporter();
    const waiting = acquireLock(docker, { ...options, signal: controller.signal }, report);
    setTimeout(() => controller.abort(), 30);
    await expect(waiting).rejects.toThrow(StepFailure);
    await expect(waiting).rejects.toThrow(
      'cancelled while waiting for the deploy lock of stack shop, held by them',
    );
    // Theirs is left alone.
    expect(configs.map((c) => c.ID)).toEqual(['theirs']);
  });

  it('removes the lock its cut-off create made, and rethrows', async () => {
    const { docker, configs, calls } = fakeDocker(() => new Error('cancelled'));
    await expect(acquireLock(docker, options, collectingReporter())).rejects.toThrow('cancelled');
    expect(configs).toEqual([]);
    expect(calls).toEqual(['POST /configs/create', 'GET /configs', 'DELETE /configs/id-0']);
  });

  it("a cut-off create leaves someone else's lock alone (other labels)", async () => {
    const { docker, configs } = fakeDocker((config) => {
      config.Spec.Labels = { ...config.Spec.Labels, 'gantry.lock.holder': 'a run that took it meanwhile' };
      return new Error('connection reset');
    });
    await expect(acquireLock(docker, options, collectingReporter())).rejects.toThrow('connection reset');
    expect(configs).toHaveLength(1);
  });
});
