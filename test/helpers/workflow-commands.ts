/** The workflow commands Gantry itself writes (core.setSecret, group, warning, error, debug). */
const OWN_COMMANDS = /^::(add-mask|group|endgroup|warning|error|debug)(?: [^:]*)?::/;

/**
 * Lines of a run's stdout that the runner would read as a workflow command but that Gantry did not
 * write: an input value that started a line of its own (`a⏎::notice::injected`) shows up here.
 * Gantry's own `::error::` and `::warning::` data escape newlines, so an input inside one cannot.
 */
export const foreignWorkflowCommands = (stdout: string): string[] =>
  stdout.split(/\r?\n/).filter((line) => line.startsWith('::') && !OWN_COMMANDS.test(line));
