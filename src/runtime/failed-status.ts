import * as core from '@actions/core';
import { StepFailure } from '../core/errors.ts';

/**
 * A deploy that stops with an error (a bad input, a refused connection, a held lock, a refused
 * apply) still reports `status=failed`, the error as `message` and `lists` as empty JSON arrays, so
 * `if: steps.deploy.outputs.status == 'failed'` matches it. A StepFailure set its outputs itself.
 */
export async function reportingFailure(lists: readonly string[], body: () => Promise<void>): Promise<void> {
  try {
    await body();
  } catch (error) {
    if (!(error instanceof StepFailure)) {
      core.setOutput('status', 'failed');
      core.setOutput('message', error instanceof Error ? error.message : String(error));
      for (const name of lists) core.setOutput(name, '[]');
    }
    throw error;
  }
}
