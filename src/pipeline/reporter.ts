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

/**
 * A reporter that holds what it is told until `release(to)`, then tells `to` (in order) and
 * forwards from then on: for work started ahead of its stage (the release's Swarm connection, opened
 * while the images build), so its lines show where that stage's do. Groups run their body untitled
 * while held.
 */
export function heldReporter(): Reporter & { release(to: Reporter): void } {
  const held: Array<(to: Reporter) => void> = [];
  let target: Reporter | undefined;
  const tell = (line: (to: Reporter) => void) => {
    if (target === undefined) held.push(line);
    else line(target);
  };
  return {
    group: (title, body) => (target === undefined ? body() : target.group(title, body)),
    info: (line) => tell((to) => to.info(line)),
    warning: (message) => tell((to) => to.warning(message)),
    error: (message) => tell((to) => to.error(message)),
    release(to) {
      target = to;
      for (const line of held.splice(0)) line(to);
    },
  };
}
