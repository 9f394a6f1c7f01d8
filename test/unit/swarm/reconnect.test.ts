import { describe, expect, it } from 'vitest';
import { type DockerClient, EngineError, isLostConnection } from '../../../src/adapters/docker.ts';
import { ToolError } from '../../../src/adapters/exec.ts';
import { collectingReporter } from '../../../src/pipeline/reporter.ts';
import { deploySwarmStack } from '../../../src/pipeline/swarm/deploy.ts';
import { LostContactError, withReconnect } from '../../../src/pipeline/swarm/reconnect.ts';
import { watchStack } from '../../../src/pipeline/swarm/watch.ts';
import { fakeEngine, request, service, task, updated } from './fake-engine.ts';

// Reading the engine again after the way to it broke (an SSH session dropped, the engine
// restarting): bounded by the deadline, with backoff, and a lost contact that says what was seen.
// The same, with the connection really dropped, runs in test/e2e/fault-ssh-drop.e2e.test.ts.

const dialFailed = () =>
  new ToolError(
    'Engine API GET /services failed: socket hang up',
    'docker system dial-stdio',
    undefined,
    'Connection closed by remote host',
  );

describe('isLostConnection', () => {
  it.each([
    ['a dial-stdio that hung up', dialFailed(), true],
    ['another tool failing', new ToolError('exit 1', 'docker stack deploy', 1, ''), false],
    [
      'a Swarm without a leader (engine restarting)',
      new EngineError('rpc error: code = Unknown desc = The swarm does not have a leader', 500),
      true,
    ],
    ['the engine refusing (not found)', new EngineError('no such service', 404), false],
    ['the engine refusing (a 500 for another reason)', new EngineError('invalid mount config', 500), false],
    ['a plain error', new Error('cancelled'), false],
  ])('%s: %s', (_name, error, expected) => {
    expect(isLostConnection(error)).toBe(expected);
  });
});

describe('withReconnect', () => {
  const clock = () => {
    let t = 0;
    const waits: number[] = [];
    return {
      waits,
      now: () => t,
      sleep: async (ms: number) => {
        waits.push(ms);
        t += ms;
      },
    };
  };

  it('retries a lost connection with growing waits and says when it is back', async () => {
    const c = clock();
    let calls = 0;
    const report = collectingReporter();
    const read = async () => {
      calls += 1;
      if (calls <= 3) throw dialFailed();
      return 'state';
    };
    const result = await withReconnect(read, report, { deadline: 60_000, random: () => 1, ...c });
    expect(result).toEqual({ value: 'state', lostMs: 3500 });
    expect(c.waits).toEqual([500, 1000, 2000]);
    expect(report.lines.filter((l) => l.startsWith('warning: lost contact'))).toHaveLength(3);
    expect(report.lines.at(-1)).toBe('Reconnected to the engine after 3.5s');
  });

  it('gives up at the deadline (the last wait cut to it) with a LostContactError', async () => {
    const c = clock();
    const read = async (): Promise<string> => {
      throw dialFailed();
    };
    const error = await withReconnect(read, collectingReporter(), {
      deadline: 2000,
      random: () => 1,
      ...c,
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LostContactError);
    expect((error as Error).message).toBe('no answer from the engine for 2s: socket hang up');
    expect(c.waits).toEqual([500, 1000, 500]);
  });

  it("throws the engine's own refusal at once", async () => {
    const c = clock();
    const refusal = new EngineError('no such service', 404);
    const error = await withReconnect(
      async () => {
        throw refusal;
      },
      collectingReporter(),
      { deadline: 60_000, ...c },
    ).catch((e: unknown) => e);
    expect(error).toBe(refusal);
    expect(c.waits).toEqual([]);
  });
});

describe('a watch that loses contact', () => {
  const web = service('web', 10, 'app:v1');

  /** The fake engine, whose reads fail on the way once `down()` is called. */
  const droppable = (state: Parameters<typeof fakeEngine>[0], script?: Parameters<typeof fakeEngine>[1]) => {
    const engine = fakeEngine(state, script);
    let down = false;
    const api = engine.docker.api.bind(engine.docker);
    const docker = {
      ...engine.docker,
      api: async (method: string, url: string, body?: unknown) => {
        if (down && method === 'GET') throw dialFailed();
        return api(method, url, body);
      },
    } as unknown as DockerClient;
    return { ...engine, docker, down: () => (down = true), up: () => (down = false) };
  };

  it('ends at the deadline saying what it last saw; a reconnect before it goes on watching', async () => {
    const next = updated(web, 'app:v2');
    const engine = droppable({ services: [next], tasks: [] });
    const baseline = { services: { shop_web: { version: 10, updateStartedAt: undefined } } };
    const options = {
      stack: 'shop',
      baseline,
      mode: 'deploy' as const,
      timeoutMs: 1500,
      noProgressMs: 60_000,
      pollMs: 50,
    };
    setTimeout(engine.down, 200);
    const lost = await watchStack(engine.docker, options, collectingReporter());
    expect(lost.lostContact).toMatch(
      /^lost contact; the update was in state shop_web 0\/1 running when last seen \(no answer from the engine for 1s: /,
    );

    engine.up();
    setTimeout(engine.down, 100);
    setTimeout(() => {
      engine.up();
      engine.state.tasks.push(task(next, 'running'));
    }, 700);
    const back = await watchStack(engine.docker, { ...options, timeoutMs: 10_000 }, collectingReporter());
    expect(back.lostContact).toBeUndefined();
    expect(back.verdict.phase).toBe('converged');
  });

  it('a deploy that lost contact fails saying so, runs no rollback, and tries to release its lock', async () => {
    // `docker stack deploy` updates web; its new task never starts while we can see.
    const engine = droppable({ services: [web], tasks: [task(web, 'running')] }, (args, state) => {
      if (args[1] === 'deploy') state.services = [updated(web, 'app:v2')];
      return {};
    });
    const report = collectingReporter();
    const deploy = deploySwarmStack(engine.docker, request({ timeoutMs: 800 }), report);
    setTimeout(engine.down, 50);
    const result = await deploy;
    expect(result.status).toBe('failed');
    expect(result.message).toMatch(
      /^lost contact; the update was in state .* when last seen .*; no rollback was run by Gantry/,
    );
    expect(result.rolledBack).toEqual([]);
    expect(engine.calls.filter((c) => c.includes('rollback'))).toEqual([]);
    // The lock's DELETE still reaches the fake engine (only reads are cut): released.
    expect(engine.state.configs).toEqual([]);
  });
});
