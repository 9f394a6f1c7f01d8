import * as core from '@actions/core';
import type { Reporter } from '../pipeline/reporter.ts';

/** The pipeline's Reporter on @actions/core: log groups, and annotations for errors and warnings. */
export const actionsReporter: Reporter = {
  group: (title, body) => core.group(title, body),
  info: (line) => core.info(line),
  warning: (message) => core.warning(message),
  error: (message) => core.error(message),
};
