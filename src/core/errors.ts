/**
 * A mistake the user can fix: a bad input, a missing file, a refused credential, a wrong host key.
 * The message says what to change. Everything else that is thrown is treated as a bug.
 */
export class ConfigurationError extends Error {
  override readonly name = 'ConfigurationError';
  /** The input (or config key) at fault, when there is one. */
  readonly input: string | undefined;

  constructor(message: string, input?: string) {
    // Action inputs are kebab-case names; CLI options start with -- and are called options.
    const text = shortenRuns(message);
    super(input === undefined ? text : `${input.startsWith('--') ? 'Option' : 'Input'} '${input}': ${text}`);
    this.input = input;
  }
}

/** Longest run of non-blank characters a message repeats from a value; longer runs are cut. */
const LONGEST_RUN = 200;

/**
 * A refusal quotes the value it refuses; a value of 100 KB on one line must not come back as a
 * 100 KB error. Each run of more than LONGEST_RUN non-blank characters keeps its start and says how
 * long it was.
 */
export const shortenRuns = (message: string): string =>
  message.replace(
    new RegExp(`\\S{${LONGEST_RUN + 1},}`, 'g'),
    (run) => `${run.slice(0, 80)}… (${run.length} characters)`,
  );

export const isConfigurationError = (error: unknown): error is ConfigurationError =>
  error instanceof ConfigurationError;

/**
 * An expected negative outcome: a gate that did not pass, a deploy that was rolled back. Outputs
 * and the summary were already written; the runner fails the step with this message, no stack.
 */
export class StepFailure extends Error {
  override readonly name = 'StepFailure';
}
