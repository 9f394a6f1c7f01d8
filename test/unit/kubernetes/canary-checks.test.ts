import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { parseSmokeOptions } from '../../../src/core/smoke/options.ts';
import { checkCanary } from '../../../src/pipeline/kubernetes/canary.ts';
import { collectingReporter } from '../../../src/pipeline/reporter.ts';

// The canary's checks against a real local HTTP server: every round asks each URL once; the first
// answer that fails the expectations ends the checks (no retry, unlike a deploy's smoke check).

let server: http.Server | undefined;
afterEach(() => server?.close());

/** A server answering each request with the next status of `statuses` (the last one repeats). */
async function serve(statuses: number[]): Promise<{ url: string; asked: () => number }> {
  let asked = 0;
  server = http.createServer((_req, res) => {
    const status = statuses[Math.min(asked, statuses.length - 1)] ?? 200;
    asked += 1;
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ status: status === 200 ? 'healthy' : 'unhealthy' }));
  });
  await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/health`, asked: () => asked };
}

const smoke = (url: string) =>
  parseSmokeOptions({
    urls: url,
    interval: '20ms',
    'request-timeout': '2s',
    'expect-json': '{"status":"healthy"}',
  });

describe('the canary checks', () => {
  it('repeat rounds for the duration while every answer passes', async () => {
    const { url, asked } = await serve([200]);
    const result = await checkCanary(smoke(url), 300, undefined, collectingReporter());
    expect(result.failure).toBeUndefined();
    expect(result.rounds).toBeGreaterThanOrEqual(2);
    expect(asked()).toBe(result.rounds);
    expect(result.elapsedMs).toBeGreaterThanOrEqual(300);
  });

  it('stop at the first failed answer, without retrying it', async () => {
    const { url, asked } = await serve([200, 200, 503, 200]);
    const result = await checkCanary(smoke(url), 10_000, undefined, collectingReporter());
    expect(result.rounds).toBe(3);
    expect(asked()).toBe(3);
    expect(result.failure).toContain(`${url}: status 503, expected 200`);
    expect(result.elapsedMs).toBeLessThan(5_000);
  });

  it('run one round when the duration is 0 (canary-duration: manual)', async () => {
    const { url, asked } = await serve([200]);
    const result = await checkCanary(smoke(url), 0, undefined, collectingReporter());
    expect(result).toMatchObject({ rounds: 1, failure: undefined });
    expect(asked()).toBe(1);
  });

  it('end as cancelled when the signal is aborted', async () => {
    const { url } = await serve([200]);
    const controller = new AbortController();
    controller.abort();
    const result = await checkCanary(smoke(url), 10_000, controller.signal, collectingReporter());
    expect(result).toMatchObject({ rounds: 0, failure: 'cancelled' });
  });
});
