import { describe, expect, it } from 'vitest';
import { retryDelay } from '../../../src/core/smoke/backoff.ts';
import { parseStatusSpec } from '../../../src/core/smoke/status-spec.ts';
import { excerpt, judge, type ProbeResult, parseRetryAfter } from '../../../src/core/smoke/verdict.ts';

const expect200 = { expectStatus: parseStatusSpec('s', '200'), expectJson: undefined, expectBody: undefined };
const response = (status: number, body = '', retryAfter?: string): ProbeResult => ({
  kind: 'response',
  status,
  latencyMs: 3,
  body,
  ...(retryAfter === undefined ? {} : { retryAfter }),
});

describe('judge', () => {
  it.each([
    [response(200), expect200, { ok: true }],
    [response(503), expect200, { ok: false, reason: 'status 503, expected 200' }],
    [
      response(429, '', '3'),
      expect200,
      { ok: false, reason: 'status 429, expected 200', retryAfterMs: 3000 },
    ],
    [response(500, '', '3'), expect200, { ok: false, reason: 'status 500, expected 200' }],
    [
      { kind: 'error', latencyMs: 1, message: 'connection refused by x' } as ProbeResult,
      expect200,
      { ok: false, reason: 'connection refused by x' },
    ],
    [
      response(200, '{"status":"healthy","version":"v2"}'),
      { ...expect200, expectJson: { status: 'healthy' } },
      { ok: true },
    ],
    [
      response(200, '{"status":"degraded"}'),
      { ...expect200, expectJson: { status: 'healthy' } },
      { ok: false, reason: 'body does not contain {"status":"healthy"}: {"status":"degraded"}' },
    ],
    [
      response(200, '<html>'),
      { ...expect200, expectJson: { status: 'healthy' } },
      { ok: false, reason: 'body is not JSON: <html>' },
    ],
    [response(200, 'version: v2'), { ...expect200, expectBody: /v2/ }, { ok: true }],
    [
      response(200, 'version: v1'),
      { ...expect200, expectBody: /v2$/ },
      { ok: false, reason: 'body does not match /v2$/: version: v1' },
    ],
  ])('%j with %j', (result, expectations, verdict) => {
    expect(judge(result, expectations, 0)).toEqual(verdict);
  });
});

describe('parseRetryAfter', () => {
  const now = Date.parse('2026-11-23T12:00:00Z');
  it.each([
    [undefined, undefined],
    ['', undefined],
    ['7', 7000],
    ['Mon, 23 Nov 2026 12:00:10 GMT', 10_000],
    ['Mon, 23 Nov 2026 11:00:00 GMT', 0],
    ['soon', undefined],
  ])('%j -> %j', (value, ms) => expect(parseRetryAfter(value, now)).toBe(ms));
});

describe('excerpt', () => {
  it('cuts at the limit and says how much was left out', () => {
    const text = excerpt('x'.repeat(5000));
    expect(text.startsWith('x'.repeat(1024))).toBe(true);
    expect(text).toContain('… (3976 more characters)');
    expect(text.length).toBeLessThan(1100);
  });
});

describe('retryDelay', () => {
  it.each([
    // failures, interval, max, random, retryAfter -> delay
    [1, 1000, 5000, 1, undefined, 1000],
    [1, 1000, 5000, 0, undefined, 500],
    [2, 1000, 5000, 1, undefined, 2000],
    [3, 1000, 5000, 1, undefined, 4000],
    [4, 1000, 5000, 1, undefined, 5000],
    [40, 1000, 5000, 0.5, undefined, 3750],
    [1, 1000, 5000, 1, 3000, 3000],
    [1, 1000, 5000, 1, 60_000, 10_000],
    [3, 1000, 5000, 1, 100, 4000],
  ])('failures=%d interval=%d max=%d random=%d retryAfter=%j -> %d', (f, i, m, r, ra, expected) => {
    expect(retryDelay(f, i, m, r, ra)).toBe(expected);
  });
});
