import http from 'node:http';
import https from 'node:https';
import type { SmokeTarget } from '../core/smoke/options.ts';
import type { ProbeResult } from '../core/smoke/verdict.ts';

/** Bytes of a response body read for matching; the rest is discarded unread. */
export const BODY_READ_LIMIT = 1024 * 1024;

export interface ProbeOptions {
  headers: Record<string, string>;
  insecure: boolean;
  /** Process-wide cancellation (SIGTERM, the CLI's Ctrl-C). */
  signal?: AbortSignal;
}

const describeError = (error: NodeJS.ErrnoException, url: URL): string => {
  switch (error.code) {
    case 'ECONNREFUSED':
      return `connection refused by ${url.host}`;
    case 'ECONNRESET':
      return `connection reset by ${url.host}`;
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return `host ${url.hostname} not found`;
    case 'DEPTH_ZERO_SELF_SIGNED_CERT':
    case 'SELF_SIGNED_CERT_IN_CHAIN':
    case 'UNABLE_TO_VERIFY_LEAF_SIGNATURE':
    case 'ERR_TLS_CERT_ALTNAME_INVALID':
    case 'CERT_HAS_EXPIRED':
      return `TLS certificate not trusted (${error.code}: ${error.message}); set insecure: true only for a test host`;
    default:
      return error.code === undefined ? error.message : `${error.code}: ${error.message}`;
  }
};

/** One request; never throws: every failure becomes a ProbeResult the verdict can judge. */
export function probe(target: SmokeTarget, timeoutMs: number, options: ProbeOptions): Promise<ProbeResult> {
  const url = new URL(target.url);
  const started = performance.now();
  const latency = () => performance.now() - started;
  return new Promise((resolve) => {
    let settled = false;
    const finish = (result: ProbeResult) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      options.signal?.removeEventListener('abort', onAbort);
      resolve(result);
    };
    const transport = url.protocol === 'https:' ? https : http;
    const request = transport.request(url, {
      method: target.method,
      headers: { 'user-agent': 'gantry-smoke', ...options.headers },
      agent: false,
      ...(url.protocol === 'https:' ? { rejectUnauthorized: !options.insecure } : {}),
    });
    const timer = setTimeout(() => {
      finish({
        kind: 'error',
        latencyMs: latency(),
        message: `no answer within ${Math.round(timeoutMs)} ms`,
      });
      request.destroy();
    }, timeoutMs);
    const onAbort = () => {
      finish({ kind: 'error', latencyMs: latency(), message: 'cancelled' });
      request.destroy();
    };
    options.signal?.addEventListener('abort', onAbort, { once: true });
    request.on('error', (error: NodeJS.ErrnoException) =>
      finish({ kind: 'error', latencyMs: latency(), message: describeError(error, url) }),
    );
    request.on('response', (response) => {
      const chunks: Buffer[] = [];
      let size = 0;
      const done = () => {
        const retryAfter = response.headers['retry-after'];
        finish({
          kind: 'response',
          status: response.statusCode ?? 0,
          latencyMs: latency(),
          body: Buffer.concat(chunks).toString('utf8'),
          ...(typeof retryAfter === 'string' ? { retryAfter } : {}),
        });
        response.destroy();
      };
      response.on('data', (chunk: Buffer) => {
        if (size >= BODY_READ_LIMIT) return;
        chunks.push(chunk.subarray(0, BODY_READ_LIMIT - size));
        size += chunk.length;
        if (size >= BODY_READ_LIMIT) done();
      });
      response.on('end', done);
      response.on('error', (error: NodeJS.ErrnoException) =>
        finish({ kind: 'error', latencyMs: latency(), message: describeError(error, url) }),
      );
    });
    request.end();
  });
}

/** The real effects for the smoke loop (clock, sleep, prober) bound to one run's options. */
export function liveSmokeEffects(options: ProbeOptions, log?: (line: string) => void) {
  return {
    probe: (target: SmokeTarget, timeoutMs: number) => probe(target, timeoutMs, options),
    now: () => performance.now(),
    sleep: (ms: number) =>
      new Promise<void>((resolve) => {
        // Cancelled already (e.g. while the last request was in flight): no 'abort' event is to come.
        if (options.signal?.aborted === true) return resolve();
        const wake = () => {
          clearTimeout(timer);
          options.signal?.removeEventListener('abort', wake);
          resolve();
        };
        const timer = setTimeout(wake, ms);
        options.signal?.addEventListener('abort', wake, { once: true });
      }),
    aborted: () => options.signal?.aborted === true,
    random: Math.random,
    ...(log === undefined ? {} : { log }),
  };
}
