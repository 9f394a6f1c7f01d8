import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseSmokeOptions } from '../../../src/core/smoke/options.ts';
import type { Color, ColorState } from '../../../src/core/strategy/blue-green.ts';
import {
  afterSwitch,
  failedBeforeSwitch,
  type SwitchedTarget,
} from '../../../src/pipeline/blue-green/after-switch.ts';
import { startServer, type TestServer } from '../../helpers/servers.ts';

// The step after a blue-green switch, shared by Swarm and Kubernetes, over a scripted target that
// records each operation in one list with the public check's requests: a real HTTP server on
// loopback answers /ok with 200 and /down with 503, so the check itself is the real one.

let server: TestServer;
let ops: string[] = [];
beforeAll(async () => {
  server = await startServer((req, res) => {
    const status = req.url === '/ok' ? 200 : 503;
    if (ops.at(-1) !== `check ${status}`) ops.push(`check ${status}`);
    res.writeHead(status).end();
  });
});
afterAll(() => server.close());

const errors: string[] = [];
const report = {
  group: async <T>(_t: string, body: () => Promise<T>) => body(),
  info() {},
  warning() {},
  error: (line: string) => errors.push(line),
};

/** A target that only records what it is asked to do; `drains` as Kubernetes does, else as Swarm. */
function scripted(drains: boolean): SwitchedTarget {
  return {
    switched: 'Service web',
    routed: 'green',
    ...(drains ? { drain: async (old: Color) => void ops.push(`drain ${old}`) } : {}),
    retire: async (previous) => void ops.push(`retire ${previous}`),
    switchBack: async (old, idle) => void ops.push(`switch back to ${old}, remove ${idle}`),
  };
}

const smokeOf = (check: 'ok' | 'down' | 'none') =>
  check === 'none'
    ? undefined
    : parseSmokeOptions({
        urls: `${server.url}/${check}`,
        timeout: '600ms',
        interval: '100ms',
        'max-interval': '100ms',
      });

const blueLive: ColorState = { live: 'blue', previous: 'green', previousUntil: '2026-12-07T03:00:00Z' };
const noneLive: ColorState = { live: undefined, previous: undefined, previousUntil: undefined };

const cases: Array<{
  name: string;
  state: ColorState;
  drains: boolean;
  check: 'ok' | 'down' | 'none';
  keepMs: number;
  ops: string[];
  status: string;
  message: RegExp;
  live: Color;
  previous: Color | undefined;
}> = [
  {
    name: 'check passes, keep-previous 0: drain the old colour, check, retire it',
    state: blueLive,
    drains: true,
    check: 'ok',
    keepMs: 0,
    ops: ['drain blue', 'check 200', 'retire blue'],
    status: 'deployed',
    message: /^Service web routes to green; blue removed \(keep-previous 0\)$/,
    live: 'green',
    previous: 'blue',
  },
  {
    name: 'check passes, keep-previous 10m: the old colour keeps running',
    state: blueLive,
    drains: true,
    check: 'ok',
    keepMs: 600_000,
    ops: ['drain blue', 'check 200'],
    status: 'deployed',
    message: /^Service web routes to green; blue kept running until \S+Z \(for a switch back\)$/,
    live: 'green',
    previous: 'blue',
  },
  {
    name: 'no drain (Swarm) and no check: the old colour is retired at once',
    state: blueLive,
    drains: false,
    check: 'none',
    keepMs: 0,
    ops: ['retire blue'],
    status: 'deployed',
    message: /^Service web routes to green; blue removed \(keep-previous 0\)$/,
    live: 'green',
    previous: 'blue',
  },
  {
    name: 'nothing was live: nothing to drain or retire',
    state: noneLive,
    drains: true,
    check: 'ok',
    keepMs: 0,
    ops: ['check 200'],
    status: 'deployed',
    message: /^Service web routes to green$/,
    live: 'green',
    previous: undefined,
  },
  {
    name: 'check fails: drain, check, switch back to the old colour and remove the new one',
    state: blueLive,
    drains: true,
    check: 'down',
    keepMs: 0,
    ops: ['drain blue', 'check 503', 'switch back to blue, remove green'],
    status: 'rolled-back',
    message: /^smoke check failed: \S+\/down: .+; switched Service web back to blue and removed green$/,
    live: 'blue',
    previous: 'green',
  },
  {
    name: 'check fails with nothing live before: failed, the new colour is left serving',
    state: noneLive,
    drains: false,
    check: 'down',
    keepMs: 0,
    ops: ['check 503'],
    status: 'failed',
    message: /^smoke check failed: \S+\/down: .+; no colour was live before, green is left serving$/,
    live: 'green',
    previous: undefined,
  },
];

describe('afterSwitch', () => {
  it.each(cases)('$name', async (c) => {
    ops = [];
    errors.length = 0;
    const request = {
      state: c.state,
      idle: 'green' as const,
      smoke: smokeOf(c.check),
      keepPreviousMs: c.keepMs,
    };
    const outcome = await afterSwitch(scripted(c.drains), request, report);
    expect(ops).toEqual(c.ops);
    expect(outcome.status).toBe(c.status);
    expect(outcome.message).toMatch(c.message);
    expect([outcome.live, outcome.previous]).toEqual([c.live, c.previous]);
    expect(outcome.smoke?.passed).toBe(c.check === 'none' ? undefined : c.check === 'ok');
    expect(errors).toEqual(
      c.check === 'down' ? [expect.stringMatching(/^the public check failed after the switch: smoke/)] : [],
    );
  });
});

describe('failedBeforeSwitch', () => {
  it('a colour was live: rolled-back, it still serves', () => {
    expect(failedBeforeSwitch(blueLive, 'green', 'not Ready')).toEqual({
      status: 'rolled-back',
      message: 'green failed before the switch (not Ready); removed it, blue still serves',
      smoke: undefined,
      live: 'blue',
      previous: 'green',
    });
  });

  it('nothing was live: failed', () => {
    expect(failedBeforeSwitch(noneLive, 'blue', 'not Ready')).toEqual({
      status: 'failed',
      message: 'blue failed before the switch (not Ready); removed it, nothing was live',
      smoke: undefined,
      live: undefined,
      previous: undefined,
    });
  });
});
