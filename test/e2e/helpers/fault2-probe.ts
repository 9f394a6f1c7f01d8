/**
 * The app's availability through a fault, measured from outside the deploy: one GET every
 * `everyMs` (each with its own timeout), counted as answered when the app answered 2xx.
 */
export interface Probe {
  stop(): Promise<{ answered: number; sent: number }>;
}

export function probeAvailability(url: string, everyMs = 200, timeoutMs = 1000): Probe {
  let sent = 0;
  let answered = 0;
  let running = true;
  const loop = (async () => {
    while (running) {
      sent += 1;
      const ok = await fetch(url, { signal: AbortSignal.timeout(timeoutMs) })
        .then(async (r) => {
          await r.arrayBuffer();
          return r.ok;
        })
        .catch(() => false);
      if (ok) answered += 1;
      await new Promise((resolve) => setTimeout(resolve, everyMs));
    }
  })();
  return {
    stop: async () => {
      running = false;
      await loop;
      return { answered, sent };
    },
  };
}
