import * as core from '@actions/core';
import { isConfigurationError, StepFailure } from '../core/errors.ts';

/**
 * The one place that fails a step. Runs `main` (or `post` when the runner calls the same bundle a
 * second time, which it signals with the `isPost` state that this function saves), catches any
 * thrown value, and reports it: a ConfigurationError as the user's mistake, anything else as a bug
 * with its stack in the debug log.
 */
export async function runAction(main: () => Promise<void>, post?: () => Promise<void>): Promise<void> {
  const isPost = core.getState('isPost') === 'true';
  if (!isPost && post !== undefined) core.saveState('isPost', 'true');
  const phase = isPost ? post : main;
  if (phase === undefined) return;
  try {
    await phase();
  } catch (error) {
    fail(error);
  }
}

export function fail(error: unknown): void {
  if (isConfigurationError(error) || error instanceof StepFailure) {
    core.setFailed(error.message);
    return;
  }
  if (error instanceof Error) {
    if (error.stack !== undefined) core.debug(error.stack);
    core.setFailed(error.message);
    return;
  }
  core.setFailed(`Unexpected failure: ${String(error)}`);
}
