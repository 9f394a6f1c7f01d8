import * as core from '@actions/core';
import { StepFailure } from '../core/errors.ts';
import { writeSummary } from './summary.ts';

/** How a deploy step ends: its outputs, its job summary, and whether it fails with its message. */
export interface StepVerdict {
  /** The step's outputs, set in this order. */
  outputs: Readonly<Record<string, string>>;
  /** Markdown appended to the job summary. */
  summary: string;
  message: string;
  /** False fails the step with `message`; true logs it. */
  ok: boolean;
}

/**
 * Sets the outputs, tells `reportingFailure` they are set (`reported`, so a failing verdict keeps
 * them), appends the summary, then fails the step or logs the message.
 */
export async function reportVerdict(verdict: StepVerdict, reported: () => void): Promise<void> {
  for (const [name, value] of Object.entries(verdict.outputs)) core.setOutput(name, value);
  reported();
  await writeSummary(verdict.summary);
  if (!verdict.ok) throw new StepFailure(verdict.message);
  core.info(verdict.message);
}
