import { describe, expect, it } from 'vitest';
import { runSmokeCheck, type SmokeEffects } from '../../../src/core/smoke/check.ts';
import { parseSmokeOptions, type RawSmokeInputs, type SmokeTarget } from '../../../src/core/smoke/options.ts';
import type { ProbeResult } from '../../../src/core/smoke/verdict.ts';

/** A virtual clock: sleep advances time, each probe takes `latency` ms of it. */
function fakeEffects(script: (target: SmokeTarget, at: number) => ProbeResult, latency = 10) {
  let now = 0;
  const log: string[] = [];
  const probes: Array<{ url: string; at: number; timeoutMs: number }> = [];
  const fx: SmokeEffects = {
    now: () => now,
    sleep: async (ms) => {
      now += ms;
    },
    random: () => 1,
    probe: async (target, timeoutMs) => {
      probes.push({ url: target.url, at: now, timeoutMs });
      const result = script(target, now);
      now += Math.min(latency, timeoutMs);
      return result;
    },
    log: (line) => log.push(line),
  };
  return { fx, log, probes, clock: () => now };
}

const ok: ProbeResult = { kind: 'response', status: 200, latencyMs: 10, body: '{"status":"healthy"}' };
const refused: ProbeResult = { kind: 'error', latencyMs: 1, message: 'connection refused by a.test' };
const options = (extra: RawSmokeInputs = {}) => parseSmokeOptions({ urls: 'http://a.test/', ...extra });

describe('runSmokeCheck', () => {
  it('passes on the first good answer', async () => {
    const { fx, probes } = fakeEffects(() => ok);
    const report = await runSmokeCheck(options(), fx);
    expect(report.passed).toBe(true);
    expect(probes).toHaveLength(1);
    expect(report.urls[0]).toMatchObject({ passed: true, attempts: 1, lastStatus: 200, reason: null });
  });

  it('notices a URL that turns healthy within one retry delay', async () => {
    const healthyAt = 7300;
    const { fx, clock } = fakeEffects((_t, at) => (at >= healthyAt ? ok : refused));
    const report = await runSmokeCheck(options({ interval: '1s', 'max-interval': '2s' }), fx);
    expect(report.passed).toBe(true);
    expect(clock() - healthyAt).toBeLessThanOrEqual(2000 + 10);
  });

  it('fails at the deadline with the last reason and the attempt count', async () => {
    const { fx, clock, probes } = fakeEffects(() => refused);
    const report = await runSmokeCheck(options({ timeout: '10s' }), fx);
    expect(report.passed).toBe(false);
    expect(clock()).toBe(10_000);
    expect(report.urls[0]?.reason).toBe(
      `connection refused by a.test (gave up after ${probes.length} attempts in 10s)`,
    );
    // Backoff 1s, 2s, 4s, then capped at 5s: attempts at 0, ~1, ~3, ~7 s.
    expect(probes.map((p) => Math.round(p.at / 1000))).toEqual([0, 1, 3, 7]);
  });

  it('never lets one request run past the overall deadline', async () => {
    const { fx, probes } = fakeEffects(() => refused, 10_000);
    await runSmokeCheck(options({ timeout: '8s', 'request-timeout': '5s' }), fx);
    expect(probes.map((p) => p.timeoutMs)).toEqual([5000, 2000]);
  });

  it('needs consecutive successes, restarting the count after a failure', async () => {
    const answers = [ok, refused, ok, ok, ok];
    const { fx, probes } = fakeEffects(() => answers.shift() ?? refused);
    const report = await runSmokeCheck(options({ 'consecutive-successes': '3' }), fx);
    expect(report.passed).toBe(true);
    expect(probes).toHaveLength(5);
  });

  it('honours Retry-After on 429', async () => {
    const answers: ProbeResult[] = [
      { kind: 'response', status: 429, latencyMs: 1, body: '', retryAfter: '4' },
      ok,
    ];
    const { fx, probes } = fakeEffects(() => answers.shift() ?? ok);
    await runSmokeCheck(options(), fx);
    expect((probes[1]?.at ?? 0) - (probes[0]?.at ?? 0)).toBe(4010);
  });

  it('checks URLs in parallel and reports each', async () => {
    const { fx } = fakeEffects((t) => (t.url.includes('bad') ? refused : ok));
    const report = await runSmokeCheck(
      parseSmokeOptions({
        urls: 'http://good.test/\nhttp://bad.test/\nPOST http://good.test/x',
        timeout: '3s',
      }),
      fx,
    );
    expect(report.passed).toBe(false);
    expect(report.urls.map((u) => [u.method, u.url, u.passed])).toEqual([
      ['GET', 'http://good.test/', true],
      ['GET', 'http://bad.test/', false],
      ['POST', 'http://good.test/x', true],
    ]);
  });

  it('throttles progress lines to one per few seconds, not one per poll', async () => {
    const { fx, log, probes } = fakeEffects(() => refused);
    await runSmokeCheck(options({ timeout: '60s', interval: '100ms', 'max-interval': '200ms' }), fx);
    expect(probes.length).toBeGreaterThan(200);
    const progress = log.filter((l) => l.includes('healthy after'));
    expect(progress.length).toBeGreaterThanOrEqual(10);
    expect(progress.length).toBeLessThanOrEqual(13);
  });

  it('stops at once when cancelled', async () => {
    const { fx, probes } = fakeEffects(() => refused);
    let calls = 0;
    fx.aborted = () => ++calls > 2;
    const report = await runSmokeCheck(options({ timeout: '60s' }), fx);
    expect(probes).toHaveLength(2);
    expect(report.urls[0]?.reason).toMatch(/^cancelled/);
  });
});
