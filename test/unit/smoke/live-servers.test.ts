import type http from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { liveSmokeEffects } from '../../../src/adapters/http-probe.ts';
import { runSmokeCheck, type SmokeEffects } from '../../../src/core/smoke/check.ts';
import { parseSmokeOptions, type RawSmokeInputs } from '../../../src/core/smoke/options.ts';
import { json, startServer, startTlsServer, type TestServer } from '../../helpers/servers.ts';

// The smoke check against real HTTP(S) servers on loopback: the prober and the loop are real; only
// the servers' behaviour is scripted. No assertion here depends on how fast the machine is: where
// time matters the check runs on a virtual clock (it moves only when the check sleeps, and a sleep
// takes no real time), and where a real wait is the point (a request timeout, a cancelled sleep) the
// wrong behaviour would wait minutes, so it fails the test by its timeout instead of a tight bound.

const servers: TestServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});
const serve = async (start: Promise<TestServer>) => {
  const server = await start;
  servers.push(server);
  return server;
};

/** A clock that moves only when the check sleeps, by what it asked for; `slept` lists those sleeps. */
function virtualClock() {
  let now = 0;
  const slept: number[] = [];
  return {
    now: () => now,
    slept,
    drive: (fx: SmokeEffects): SmokeEffects => ({
      ...fx,
      now: () => now,
      sleep: async (ms: number) => {
        slept.push(ms);
        now += ms;
      },
    }),
  };
}

const check = (
  raw: RawSmokeInputs,
  {
    signal,
    effects = (fx) => fx,
  }: { signal?: AbortSignal; effects?: (fx: SmokeEffects) => SmokeEffects } = {},
) => {
  const options = parseSmokeOptions(raw);
  const lines: string[] = [];
  return runSmokeCheck(
    options,
    effects(
      liveSmokeEffects(
        { headers: options.headers, insecure: options.insecure, ...(signal ? { signal } : {}) },
        (l) => lines.push(l),
      ),
    ),
  ).then((report) => ({ report, lines }));
};

describe('smoke check against real servers', () => {
  it('waits for a server that becomes healthy after a few seconds, and notices within one interval', async () => {
    const clock = virtualClock();
    const healthyAt = 2500;
    let firstHealthy: number | undefined;
    const server = await serve(
      startServer((_req, res) => {
        if (clock.now() < healthyAt) return json(res, 503, { status: 'starting' });
        firstHealthy ??= clock.now();
        json(res, 200, { status: 'healthy', version: 'v2' });
      }),
    );
    const { report } = await check(
      {
        urls: `${server.url}/health`,
        'expect-json': '{"status":"healthy"}',
        interval: '250ms',
        'max-interval': '500ms',
        timeout: '20s',
      },
      { effects: clock.drive },
    );
    expect(report.passed).toBe(true);
    expect(report.urls[0]?.attempts).toBeGreaterThan(3);
    expect(report.urls[0]?.lastStatus).toBe(200);
    // Healthy at 2.5 s (virtual); the first healthy answer came at most one max-interval (500 ms) later,
    // and the check ended there.
    expect(firstHealthy).toBeDefined();
    expect((firstHealthy ?? 0) - healthyAt).toBeGreaterThanOrEqual(0);
    expect((firstHealthy ?? 0) - healthyAt).toBeLessThanOrEqual(500);
    expect(report.elapsedMs).toBe(firstHealthy);
    expect(Math.max(...clock.slept)).toBeLessThanOrEqual(500);
  });

  it('retries a 503 then passes on the 200', async () => {
    const server = await serve(
      startServer((_req, res, hit) => (hit < 3 ? json(res, 503, {}) : json(res, 200, {}))),
    );
    const { report } = await check({ urls: server.url, interval: '50ms' });
    expect(report.urls[0]).toMatchObject({ passed: true, attempts: 3, lastStatus: 200 });
    expect(server.hits()).toBe(3);
  });

  it('fails a server that answers with the wrong JSON, saying what it got', async () => {
    const server = await serve(startServer((_req, res) => json(res, 200, { status: 'degraded' })));
    const { report } = await check({
      urls: server.url,
      'expect-json': '{"status":"healthy"}',
      timeout: '1s',
      interval: '100ms',
    });
    expect(report.passed).toBe(false);
    expect(report.urls[0]?.reason).toMatch(
      /^body does not contain \{"status":"healthy"\}: \{"status":"degraded"\} \(gave up after \d+ attempts in 1s\)$/,
    );
  });

  it('gives a request no more than the time left before the deadline', { timeout: 30_000 }, async () => {
    // request-timeout 10m, timeout 3s: the one request waits 3 s, not 10 minutes (that would fail
    // the test by its timeout), and says so.
    const hanging: http.ServerResponse[] = [];
    const server = await serve(startServer((_req, res) => void hanging.push(res)));
    const { report } = await check({ urls: server.url, timeout: '3s', 'request-timeout': '10m' });
    expect(report.passed).toBe(false);
    expect(report.urls[0]?.attempts).toBe(1);
    const waited = Number(/^no answer within (\d+) ms/.exec(report.urls[0]?.reason ?? '')?.[1]);
    expect(waited).toBeGreaterThan(2000);
    expect(waited).toBeLessThanOrEqual(3000);
  });

  it('reports a refused connection', async () => {
    const server = await serve(startServer(() => {}));
    const url = server.url;
    await server.close();
    servers.length = 0;
    const { report } = await check({ urls: url, timeout: '1s', interval: '200ms' });
    expect(report.urls[0]?.reason).toMatch(/^connection refused by 127\.0\.0\.1:\d+ \(gave up after/);
    expect(report.urls[0]?.lastStatus).toBeNull();
  });

  it('refuses a self-signed certificate unless insecure is true', async () => {
    const server = await serve(startTlsServer((_req, res) => json(res, 200, { status: 'healthy' })));
    const strict = await check({ urls: server.url, timeout: '1s', interval: '200ms' });
    expect(strict.report.passed).toBe(false);
    expect(strict.report.urls[0]?.reason).toMatch(
      /TLS certificate not trusted \(DEPTH_ZERO_SELF_SIGNED_CERT/,
    );
    const insecure = await check({
      urls: server.url,
      insecure: 'true',
      'expect-json': '{"status":"healthy"}',
    });
    expect(insecure.report.passed).toBe(true);
  });

  it('sends headers and the method, and honours Retry-After on 429', async () => {
    const clock = virtualClock();
    const server = await serve(
      startServer((req, res, hit) => {
        if (hit === 1) return json(res, 429, {}, { 'retry-after': '1' });
        json(res, req.method === 'POST' && req.headers.authorization === 'Bearer t0ken' ? 200 : 401, {});
      }),
    );
    const { report } = await check(
      { urls: `POST ${server.url}/hook`, headers: 'Authorization: Bearer t0ken', interval: '50ms' },
      { effects: clock.drive },
    );
    expect(report.passed).toBe(true);
    // After the 429 it waited what Retry-After asked (1 s), not its own 50 ms interval.
    expect(clock.slept).toEqual([1000]);
    expect(server.headersSeen()[1]?.authorization).toBe('Bearer t0ken');
  });

  // A cancel wakes the check from a 5-minute sleep: were it to sleep on, the test would fail by its timeout.
  const patient = { urls: '', timeout: '10m', interval: '5m', 'max-interval': '5m' };

  it('stops at once when cancelled while it sleeps', { timeout: 20_000 }, async () => {
    const server = await serve(startServer((_req, res) => json(res, 503, {})));
    const controller = new AbortController();
    const { report } = await check(
      { ...patient, urls: server.url },
      {
        signal: controller.signal,
        effects: (fx) => ({
          ...fx,
          sleep: (ms) => {
            const sleeping = fx.sleep(ms);
            controller.abort();
            return sleeping;
          },
        }),
      },
    );
    expect(report.passed).toBe(false);
    expect(report.urls[0]?.attempts).toBe(1);
    expect(report.urls[0]?.reason).toMatch(/^cancelled/);
  });

  it('stops at once when cancelled while a request is in flight', { timeout: 20_000 }, async () => {
    const controller = new AbortController();
    const hanging: http.ServerResponse[] = [];
    const server = await serve(
      startServer((_req, res) => {
        hanging.push(res);
        controller.abort();
      }),
    );
    const { report } = await check({ ...patient, urls: server.url }, { signal: controller.signal });
    expect(report.passed).toBe(false);
    expect(report.urls[0]?.attempts).toBe(1);
    expect(report.urls[0]?.reason).toMatch(/^cancelled/);
  });
});
