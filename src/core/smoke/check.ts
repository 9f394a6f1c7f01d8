import { retryDelay } from './backoff.ts';
import type { SmokeOptions, SmokeTarget } from './options.ts';
import { judge, type ProbeResult } from './verdict.ts';

/** The effects the check needs, injected so the loop is testable with a fake clock. */
export interface SmokeEffects {
  probe(target: SmokeTarget, timeoutMs: number): Promise<ProbeResult>;
  now(): number;
  sleep(ms: number): Promise<void>;
  random(): number;
  /** True once the run is cancelled: the check stops at once and fails. */
  aborted?(): boolean;
  log?(line: string): void;
}

export interface TargetReport {
  method: string;
  url: string;
  passed: boolean;
  attempts: number;
  lastStatus: number | null;
  lastLatencyMs: number | null;
  reason: string | null;
  elapsedMs: number;
}

export interface SmokeReport {
  passed: boolean;
  elapsedMs: number;
  urls: TargetReport[];
}

/**
 * An attempt is not started with less time than this left before the deadline (after the first):
 * it could only time out, and its "no answer" would hide the real reason of the previous attempt.
 */
export const MIN_ATTEMPT_MS = 100;

/** Progress lines are throttled to one per this many milliseconds (plus one per verdict). */
export const PROGRESS_EVERY_MS = 5000;

async function checkTarget(
  target: SmokeTarget,
  options: SmokeOptions,
  fx: SmokeEffects,
  start: number,
  onAttempt: (report: TargetReport) => void,
): Promise<TargetReport> {
  const deadline = start + options.timeoutMs;
  const report: TargetReport = {
    method: target.method,
    url: target.url,
    passed: false,
    attempts: 0,
    lastStatus: null,
    lastLatencyMs: null,
    reason: null,
    elapsedMs: 0,
  };
  let successes = 0;
  let failures = 0;
  for (;;) {
    const remaining = deadline - fx.now();
    if (remaining <= 0 || (report.attempts > 0 && remaining < MIN_ATTEMPT_MS)) break;
    if (fx.aborted?.() === true) {
      report.reason = 'cancelled';
      break;
    }
    report.attempts += 1;
    const result = await fx.probe(target, Math.min(options.requestTimeoutMs, remaining));
    report.lastLatencyMs = Math.round(result.latencyMs);
    report.lastStatus = result.kind === 'response' ? result.status : null;
    const verdict = judge(result, options, fx.now());
    let delay: number;
    if (verdict.ok) {
      successes += 1;
      failures = 0;
      report.reason = null;
      if (successes >= options.consecutiveSuccesses) {
        report.passed = true;
        break;
      }
      delay = options.intervalMs;
    } else {
      successes = 0;
      failures += 1;
      report.reason = verdict.reason;
      delay = retryDelay(
        failures,
        options.intervalMs,
        options.maxIntervalMs,
        fx.random(),
        verdict.retryAfterMs,
      );
    }
    onAttempt(report);
    const left = deadline - fx.now();
    if (left <= 0) break;
    await fx.sleep(Math.min(delay, left));
  }
  report.elapsedMs = Math.round(fx.now() - start);
  if (!report.passed) {
    const seconds = Math.round(options.timeoutMs / 100) / 10;
    report.reason = `${report.reason ?? 'no answer'} (gave up after ${report.attempts} attempt${report.attempts === 1 ? '' : 's'} in ${seconds}s)`;
  }
  return report;
}

/** Checks every target, `concurrency` at a time, until each passes or the overall deadline passes. */
export async function runSmokeCheck(options: SmokeOptions, fx: SmokeEffects): Promise<SmokeReport> {
  const start = fx.now();
  const results: TargetReport[] = new Array(options.targets.length);
  const live = new Map<number, TargetReport>();
  let lastProgress = start;
  const progress = () => {
    if (fx.log === undefined || fx.now() - lastProgress < PROGRESS_EVERY_MS) return;
    lastProgress = fx.now();
    const waiting = [...live.values()].filter((r) => !r.passed);
    const done = results.filter((r) => r?.passed).length;
    const first = waiting[0];
    const detail =
      first === undefined ? '' : `; waiting on ${first.url} (${first.reason ?? 'no answer yet'})`;
    fx.log(
      `${done}/${options.targets.length} healthy after ${Math.round((fx.now() - start) / 1000)}s${detail}`,
    );
  };
  let next = 0;
  const worker = async () => {
    for (let index = next++; index < options.targets.length; index = next++) {
      const target = options.targets[index] as SmokeTarget;
      const report = await checkTarget(target, options, fx, start, (r) => {
        live.set(index, r);
        progress();
      });
      live.delete(index);
      results[index] = report;
      fx.log?.(
        report.passed
          ? `ok   ${report.method} ${report.url}: ${report.lastStatus} in ${report.lastLatencyMs} ms (${report.attempts} attempt${report.attempts === 1 ? '' : 's'})`
          : `FAIL ${report.method} ${report.url}: ${report.reason}`,
      );
    }
  };
  await Promise.all(Array.from({ length: Math.min(options.concurrency, options.targets.length) }, worker));
  return { passed: results.every((r) => r.passed), elapsedMs: Math.round(fx.now() - start), urls: results };
}
