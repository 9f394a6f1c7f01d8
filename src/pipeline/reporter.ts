/**
 * How a pipeline stage talks to the person watching: @actions/core in an action (log groups,
 * annotations), the terminal in the CLI. Stages never import either directly.
 */
export interface Reporter {
  group<T>(title: string, body: () => Promise<T>): Promise<T>;
  info(line: string): void;
  warning(message: string): void;
  error(message: string): void;
}

/** A reporter that collects lines (tests, and the CLI's --json mode). */
export function collectingReporter(lines: string[] = []): Reporter & { lines: string[] } {
  return {
    lines,
    group: async (title, body) => {
      lines.push(`[${title}]`);
      return body();
    },
    info: (line) => lines.push(line),
    warning: (message) => lines.push(`warning: ${message}`),
    error: (message) => lines.push(`error: ${message}`),
  };
}
