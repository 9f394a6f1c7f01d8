import * as core from '@actions/core';
import { liveSmokeEffects } from '../../adapters/http-probe.ts';
import { StepFailure } from '../../core/errors.ts';
import { runSmokeCheck } from '../../core/smoke/check.ts';
import { smokeSummaryMarkdown } from '../../core/smoke/summary.ts';
import { cancellationSignal } from '../../runtime/signals.ts';
import { writeSummary } from '../../runtime/summary.ts';
import { readSmokeInputs } from './inputs.ts';

export async function run(): Promise<void> {
  const options = readSmokeInputs();
  const signal = cancellationSignal();

  const report = await core.group(`Smoke check: ${options.targets.length} URL(s)`, () =>
    runSmokeCheck(
      options,
      liveSmokeEffects({ headers: options.headers, insecure: options.insecure, signal }, core.info),
    ),
  );

  core.setOutput('passed', report.passed);
  core.setOutput('report', JSON.stringify(report));
  await writeSummary(smokeSummaryMarkdown(report));

  if (!report.passed) {
    for (const url of report.urls.filter((u) => !u.passed)) {
      core.error(`${url.method} ${url.url}: ${url.reason}`, { title: 'Smoke check failed' });
    }
    throw new StepFailure(
      `Smoke check failed for ${report.urls.filter((u) => !u.passed).length} of ${report.urls.length} URL(s)`,
    );
  }
}
