import { isJsonSubset } from './json-subset.ts';
import type { SmokeOptions } from './options.ts';
import { formatStatusSpec, statusMatches } from './status-spec.ts';

/** What one request gave: a response (body cut to a size limit) or a transport failure. */
export type ProbeResult =
  | { kind: 'response'; status: number; latencyMs: number; body: string; retryAfter?: string }
  | { kind: 'error'; latencyMs: number; message: string };

export type Verdict = { ok: true } | { ok: false; reason: string; retryAfterMs?: number };

/** No report or log line ever shows more than this much of a response body. */
export const BODY_EXCERPT_LIMIT = 1024;

export function excerpt(body: string, limit = BODY_EXCERPT_LIMIT): string {
  const flat = body.replace(/\s+/g, ' ').trim();
  return flat.length > limit ? `${flat.slice(0, limit)}… (${flat.length - limit} more characters)` : flat;
}

/** Parses Retry-After (delta-seconds or an HTTP date) into milliseconds from `nowMs`. */
export function parseRetryAfter(value: string | undefined, nowMs: number): number | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - nowMs);
}

type Expectations = Pick<SmokeOptions, 'expectStatus' | 'expectJson' | 'expectBody'>;

export function judge(result: ProbeResult, expect: Expectations, nowMs: number): Verdict {
  if (result.kind === 'error') return { ok: false, reason: result.message };
  const { status } = result;
  if (!statusMatches(expect.expectStatus, status)) {
    const reason = `status ${status}, expected ${formatStatusSpec(expect.expectStatus)}`;
    const retryAfterMs =
      status === 429 || status === 503 ? parseRetryAfter(result.retryAfter, nowMs) : undefined;
    return retryAfterMs === undefined ? { ok: false, reason } : { ok: false, reason, retryAfterMs };
  }
  if (expect.expectJson !== undefined) {
    let body: unknown;
    try {
      body = JSON.parse(result.body);
    } catch {
      return { ok: false, reason: `body is not JSON: ${excerpt(result.body, 200)}` };
    }
    if (!isJsonSubset(expect.expectJson, body)) {
      return {
        ok: false,
        reason: `body does not contain ${excerpt(JSON.stringify(expect.expectJson), 200)}: ${excerpt(result.body, 300)}`,
      };
    }
  }
  if (expect.expectBody !== undefined && !expect.expectBody.test(result.body)) {
    return {
      ok: false,
      reason: `body does not match /${expect.expectBody.source}/: ${excerpt(result.body, 300)}`,
    };
  }
  return { ok: true };
}
