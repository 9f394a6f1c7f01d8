/** What a CLI command may use of the terminal: two streams and the run's cancellation signal. */
export interface CliContext {
  out(text: string): void;
  err(text: string): void;
  signal: AbortSignal;
}
