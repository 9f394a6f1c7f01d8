import http from 'node:http';

/** What a request loop saw: answers by body (the app's /version), and every failure with its reason. */
export interface LoopCounts {
  ok: number;
  bodies: Map<string, number>;
  failures: string[];
}

/**
 * Requests `url` one after another (each on a new connection, `pauseMs` apart) from outside the
 * deploy until stopped: every answer other than 200, and every refused or cut connection, is a
 * failure. `mark()` starts a new count (the counts of one phase); `stop()` ends the loop.
 */
export function startRequestLoop(url: string, pauseMs = 20) {
  let counts: LoopCounts = { ok: 0, bodies: new Map(), failures: [] };
  let running = true;
  const once = () =>
    new Promise<void>((resolve) => {
      const request = http.get(url, { agent: false, timeout: 10_000 }, (response) => {
        let body = '';
        response.setEncoding('utf8');
        response.on('data', (c: string) => {
          body += c;
        });
        response.on('end', () => {
          if (response.statusCode === 200) {
            counts.ok += 1;
            counts.bodies.set(body, (counts.bodies.get(body) ?? 0) + 1);
          } else counts.failures.push(`${response.statusCode}: ${body.slice(0, 100)}`);
          resolve();
        });
        response.on('error', (e) => {
          counts.failures.push(`response: ${e.message}`);
          resolve();
        });
      });
      request.on('timeout', () => request.destroy(new Error('timed out')));
      request.on('error', (e) => {
        counts.failures.push(`request: ${e.message}`);
        resolve();
      });
    });
  const done = (async () => {
    while (running) {
      await once();
      await new Promise((r) => setTimeout(r, pauseMs));
    }
  })();
  return {
    /** The counts since the last mark, and a fresh count from now on. */
    mark(): LoopCounts {
      const seen = counts;
      counts = { ok: 0, bodies: new Map(), failures: [] };
      return seen;
    },
    async stop(): Promise<LoopCounts> {
      running = false;
      await done;
      return counts;
    },
  };
}
