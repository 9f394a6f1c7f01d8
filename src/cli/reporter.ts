import type { Reporter } from '../pipeline/reporter.ts';
import type { CliContext } from './context.ts';

/**
 * The pipeline's Reporter on a terminal: stage headings with elapsed time, plain lines (no escape
 * codes) so the output reads the same in a pipe or CI log.
 */
export function terminalReporter(ctx: CliContext): Reporter {
  const started = Date.now();
  const stamp = () => `${((Date.now() - started) / 1000).toFixed(1).padStart(6)}s`;
  return {
    group: async (title, body) => {
      ctx.err(`${stamp()} ▸ ${title}`);
      return body();
    },
    info: (line) => ctx.err(`${' '.repeat(9)}${line}`),
    warning: (message) => ctx.err(`${stamp()} warning: ${message}`),
    error: (message) => ctx.err(`${stamp()} error: ${message}`),
  };
}
