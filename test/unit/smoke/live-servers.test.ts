import type http from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { liveSmokeEffects } from '../../../src/adapters/http-probe.ts';
import { runSmokeCheck } from '../../../src/core/smoke/check.ts';
import { parseSmokeOptions, type RawSmokeInputs } from '../../../src/core/smoke/options.ts';
import { json, startServer, startTlsServer, type TestServer } from '../../helpers/servers.ts';

// The smoke check against real HTTP(S) servers on loopback: the prober, the loop and the clock
// are all real; only the servers' behaviour is scripted.

const servers: TestServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});
const serve = async (start: Promise<TestServer>) => {
  const server = await start;
  servers.push(server);
  return server;
};

const check = (raw: RawSmokeInputs, signal?: AbortSignal) => {
  const options = parseSmokeOptions(raw);
  const lines: string[] = [];
  return runSmokeCheck(
    options,
    liveSmokeEffects(
      { headers: options.headers, insecure: options.insecure, ...(signal ? { signal } : {}) },
      (l) => lines.push(l),
    ),
  ).then((report) => ({ report, lines }));
};

describe('smoke check against real servers', () => {
  it('waits for a server that becomes healthy after a few seconds, and notices within one interval', async () => {
    const healthyAt = Date.now() + 2500;
    let firstHealthy = 0;
    const server = await serve(
      startServer((_req, res) => {
        if (Date.now() < healthyAt) return json(res, 503, { status: 'starting' });
        firstHealthy ||= Date.now();
        json(res, 200, { status: 'healthy', version: 'v2' });
      }),
    );
    const started = Date.now();
    const { report } = await check({
      urls: `${server.url}/health`,
      'expect-json': '{"status":"healthy"}',
      interval: '250ms',
      'max-interval': '500ms',
      timeout: '20s',
    });
    expect(report.passed).toBe(true);
    expect(report.urls[0]?.attempts).toBeGreaterThan(3);
    expect(report.urls[0]?.lastStatus).toBe(200);
    // healthy at 2.5 s; the first healthy answer came at most one max-interval (500 ms) later.
    expect(firstHealthy - healthyAt).toBeGreaterThanOrEqual(0);
    expect(firstHealthy - healthyAt).toBeLessThan(500 + 150);
    expect(Date.now() - started).toBeLessThan(2500 + 500 + 400);
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

  it('honours the deadline to within a second when the server never answers', async () => {
    const hanging: http.ServerResponse[] = [];
    const server = await serve(startServer((_req, res) => void hanging.push(res)));
    const started = Date.now();
    const { report } = await check({ urls: server.url, timeout: '3s', 'request-timeout': '10s' });
    const elapsed = Date.now() - started;
    expect(report.passed).toBe(false);
    expect(report.urls[0]?.reason).toMatch(/^no answer within \d+ ms/);
    expect(elapsed).toBeGreaterThanOrEqual(2900);
    expect(elapsed).toBeLessThan(4000);
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
    const server = await serve(
      startServer((req, res, hit) => {
        if (hit === 1) return json(res, 429, {}, { 'retry-after': '1' });
        json(res, req.method === 'POST' && req.headers.authorization === 'Bearer t0ken' ? 200 : 401, {});
      }),
    );
    const started = Date.now();
    const { report } = await check({
      urls: `POST ${server.url}/hook`,
      headers: 'Authorization: Bearer t0ken',
      interval: '50ms',
    });
    expect(report.passed).toBe(true);
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
    expect(server.headersSeen()[1]?.authorization).toBe('Bearer t0ken');
  });

  it('stops promptly when cancelled', async () => {
    const server = await serve(startServer((_req, res) => json(res, 503, {})));
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 300);
    const started = Date.now();
    const { report } = await check({ urls: server.url, timeout: '60s', interval: '1s' }, controller.signal);
    expect(Date.now() - started).toBeLessThan(1500);
    expect(report.urls[0]?.reason).toMatch(/^cancelled/);
  });
});
