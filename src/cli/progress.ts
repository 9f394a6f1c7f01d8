import type { Reporter } from '../pipeline/reporter.ts';

/**
 * The release's display. Live (a terminal, not CI): one status line redrawn in place (stage, the
 * latest convergence line the pipeline reported, elapsed time), with headings, warnings and errors
 * printed above it. Otherwise: plain lines with elapsed time, nothing redrawn.
 */
export interface Progress extends Reporter {
  stage(name: string): void;
  /** Clears the status line (before a summary is printed). */
  stop(): void;
}

/** The watch reports replicas converging as `12s: api 1/2 updating, …`. */
const CONVERGENCE = /^\d+s: /;

export function createProgress(write: (text: string) => void, live: boolean, now = Date.now): Progress {
  const started = now();
  const elapsed = () => `${((now() - started) / 1000).toFixed(1)}s`;
  let stage = '';
  let detail = '';
  let timer: ReturnType<typeof setInterval> | undefined;
  const draw = () => {
    const line = `▸ ${stage}${detail ? ` · ${detail}` : ''} · ${elapsed()}`;
    const width = process.stderr.columns ?? 100;
    write(`\r\x1b[2K${line.length > width - 1 ? `${line.slice(0, width - 2)}…` : line}`);
  };
  const print = (line: string) => {
    if (live) write(`\r\x1b[2K${line}\n`);
    else write(`${elapsed().padStart(7)} ${line}\n`);
    if (live) draw();
  };
  return {
    stage(name) {
      stage = name;
      detail = '';
      print(`▸ ${name}`);
      if (live && timer === undefined) {
        timer = setInterval(draw, 1000);
        timer.unref();
      }
    },
    async group(title, body) {
      print(`  ${title}`);
      return body();
    },
    info(line) {
      if (live && CONVERGENCE.test(line)) {
        detail = line.replace(CONVERGENCE, '');
        draw();
        return;
      }
      print(`    ${line}`);
    },
    warning: (message) => print(`  warning: ${message}`),
    error: (message) => print(`  error: ${message}`),
    stop() {
      if (timer !== undefined) clearInterval(timer);
      timer = undefined;
      if (live) write('\r\x1b[2K');
    },
  };
}

/** Live display only on a terminal outside CI. */
export const isLive = (env: Readonly<Record<string, string | undefined>>): boolean =>
  process.stdout.isTTY === true && process.stderr.isTTY === true && !env.CI;
