import * as core from '@actions/core';

/**
 * A deploy that stops with an error before its verdict (a bad input, a refused connection, a held
 * lock, a refused apply) still reports `status=failed`, the error as `message` and `lists` as empty
 * JSON arrays, so `if: steps.deploy.outputs.status == 'failed'` matches it. The body calls
 * `reported()` once it has set the outputs itself (a verdict of rolled-back or failed then fails the
 * step with them left as they are).
 */
export async function reportingFailure(
  lists: readonly string[],
  body: (reported: () => void) => Promise<void>,
): Promise<void> {
  let done = false;
  try {
    await body(() => {
      done = true;
    });
  } catch (error) {
    if (!done) {
      core.setOutput('status', 'failed');
      core.setOutput('message', error instanceof Error ? error.message : String(error));
      for (const name of lists) core.setOutput(name, '[]');
    }
    throw error;
  }
}
