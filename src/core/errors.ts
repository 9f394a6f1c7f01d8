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
    super(
      input === undefined ? message : `${input.startsWith('--') ? 'Option' : 'Input'} '${input}': ${message}`,
    );
    this.input = input;
  }
}

export const isConfigurationError = (error: unknown): error is ConfigurationError =>
  error instanceof ConfigurationError;

/**
 * An expected negative outcome: a gate that did not pass, a deploy that was rolled back. Outputs
 * and the summary were already written; the runner fails the step with this message, no stack.
 */
export class StepFailure extends Error {
  override readonly name = 'StepFailure';
}
