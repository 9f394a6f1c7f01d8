import http from 'node:http';

/** What a request loop saw: answers by body (the app's /version), and every failure with its reason. */
export interface LoopCounts {
  ok: number;
  bodies: Map<string, number>;
  failures: string[];
}

const emptyCounts = (): LoopCounts => ({ ok: 0, bodies: new Map(), failures: [] });

/** One answer: the body of a 200, or why it failed. */
export type Answer = { body: string } | { failure: string };

/**
 * One GET of `url` on a new connection (no keep-alive, so a Service or proxy balances each one): a
 * 200's body, or anything else (another status, a refused or cut connection, no answer in 10 s)
 * as a failure with its reason.
 */
export function requestOnce(url: string): Promise<Answer> {
  return new Promise<Answer>((resolve) => {
    const request = http.get(url, { agent: false, timeout: 10_000 }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (c: string) => {
        body += c;
      });
      response.on('end', () =>
        resolve(
          response.statusCode === 200
            ? { body }
            : { failure: `${response.statusCode}: ${body.slice(0, 100)}` },
        ),
      );
      response.on('error', (e) => resolve({ failure: `response: ${e.message}` }));
    });
    request.on('timeout', () => request.destroy(new Error('timed out')));
    request.on('error', (e) => resolve({ failure: `request: ${e.message}` }));
  });
}

function count(counts: LoopCounts, answer: Answer): void {
  if ('failure' in answer) counts.failures.push(answer.failure);
  else {
    counts.ok += 1;
    counts.bodies.set(answer.body, (counts.bodies.get(answer.body) ?? 0) + 1);
  }
}

/** Requests `url` every half second until it answers 200 (e.g. kube-proxy has written a Service's rules). */
export async function untilAnswered(url: string, ms = 30_000): Promise<string> {
  const end = Date.now() + ms;
  for (;;) {
    const answer = await requestOnce(url);
    if ('body' in answer) return answer.body;
    if (Date.now() > end) throw new Error(`${url} did not answer 200 in ${ms} ms: ${answer.failure}`);
    await new Promise((r) => setTimeout(r, 500));
  }
}

/** `times` requests of `url`, one after another (each on a new connection): what they answered. */
export async function requestTimes(url: string, times: number): Promise<LoopCounts> {
  const counts = emptyCounts();
  for (let i = 0; i < times; i += 1) count(counts, await requestOnce(url));
  return counts;
}

/** A count's answers as `body ×n` lines, for a failure message. */
export function describeCounts(counts: LoopCounts): string {
  const bodies = [...counts.bodies].map(([body, n]) => `${JSON.stringify(body)} x${n}`);
  return `${counts.ok} ok (${bodies.join(', ')}), ${counts.failures.length} failed${
    counts.failures.length > 0 ? `: ${counts.failures.slice(0, 5).join('; ')}` : ''
  }`;
}

/**
 * Requests `url` one after another (each on a new connection, `pauseMs` apart) from outside the
 * deploy until stopped: every answer other than 200, and every refused or cut connection, is a
 * failure. `mark()` starts a new count (the counts of one phase); `stop()` ends the loop. Used
 * through a Swarm proxy and through a Kubernetes Service alike.
 */
export function startRequestLoop(url: string, pauseMs = 20) {
  let counts = emptyCounts();
  let running = true;
  const done = (async () => {
    while (running) {
      count(counts, await requestOnce(url));
      await new Promise((r) => setTimeout(r, pauseMs));
    }
  })();
  return {
    /** The counts since the last mark, and a fresh count from now on. */
    mark(): LoopCounts {
      const seen = counts;
      counts = emptyCounts();
      return seen;
    },
    async stop(): Promise<LoopCounts> {
      running = false;
      await done;
      return counts;
    },
  };
}
