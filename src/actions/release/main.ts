import * as core from '@actions/core';
import { installTrivy } from '../../adapters/trivy.ts';
import { workflowPlan } from '../../core/config/workflow-plan.ts';
import { lockHolder } from '../../core/lock-holder.ts';
import { readSecretValues } from '../../pipeline/release/config-file.ts';
import { runRelease } from '../../pipeline/release/run.ts';
import { type ReleaseOptions, StageLog, type StageReporter } from '../../pipeline/release/stage-log.ts';
import { mask } from '../../runtime/inputs.ts';
import { actionsReporter } from '../../runtime/reporter.ts';
import { cancellationSignal } from '../../runtime/signals.ts';
import { writeCredentials } from './credentials.ts';
import { type ReleaseInputs, readReleaseInputs } from './inputs.ts';
import { releaseStatus, releaseSummary } from './summary.ts';

const reporter: StageReporter = { ...actionsReporter, stage: (name) => core.info(`── ${name}`) };

export async function run(): Promise<void> {
  const inputs = readReleaseInputs();
  if (inputs.mode === 'plan') return plan(inputs);
  const signal = cancellationSignal();
  const secretValues = readSecretValues(inputs.config, true);
  for (const value of secretValues.values())
    mask(typeof value === 'string' ? value : Buffer.from(value).toString('utf8'));
  const files = writeCredentials(inputs.target, inputs.credentials);
  const log = new StageLog(reporter);
  const started = Date.now();
  try {
    const options = await releaseOptions(inputs);
    const { released, images } = await runRelease(
      { config: inputs.config, target: files.target, secretValues, options },
      log,
      reporter,
      signal,
    );
    setImageOutputs(images);
    if (!released) core.setFailed(`The release to ${inputs.target.name} did not go out: see the summary`);
  } finally {
    // Also when a stage threw (a deploy that stopped with an error is `failed`, as the deploy actions say).
    core.setOutput('status', releaseStatus(log.results, inputs.dryRun));
    files.remove();
    await core.summary
      .addRaw(releaseSummary(inputs.target.name, log.results, (Date.now() - started) / 1000))
      .write();
  }
}

async function releaseOptions(inputs: ReleaseInputs): Promise<ReleaseOptions> {
  const scanning = inputs.config.scan.enabled && !inputs.skipScan && !inputs.dryRun;
  const trivy = scanning
    ? (
        await core.group('Install Trivy', () =>
          installTrivy({ version: inputs.trivyVersion, log: core.info }),
        )
      ).path
    : undefined;
  return {
    dryRun: inputs.dryRun,
    skipBuild: false,
    skipSmoke: inputs.skipSmoke,
    tag: inputs.tag,
    lockHolder: lockHolder(process.env, 'gantry release action'),
    ...(inputs.pinned === undefined ? {} : { pinned: inputs.pinned }),
    skipScan: inputs.skipScan,
    ...(trivy === undefined ? {} : { trivy }),
  };
}

/** `images` always; `image-ref` and `digest` when the release has exactly one image. */
function setImageOutputs(images: ReadonlyMap<string, string>): void {
  core.setOutput('images', JSON.stringify(Object.fromEntries(images)));
  if (images.size !== 1) return;
  const ref = [...images.values()][0] ?? '';
  core.setOutput('image-ref', ref);
  core.setOutput('digest', ref.includes('@') ? ref.slice(ref.indexOf('@') + 1) : '');
}

/** mode: plan: what the reusable workflow runs for this file, as JSON outputs. */
async function plan(inputs: ReleaseInputs): Promise<void> {
  const planned = workflowPlan(inputs.config, inputs.runners, 'runners', inputs.workspace);
  core.setOutput('build-matrix', JSON.stringify(planned.buildMatrix));
  core.setOutput('images-matrix', JSON.stringify(planned.imagesMatrix));
  core.setOutput('scan', JSON.stringify(planned.scan));
  core.setOutput('target', inputs.target.name);
  core.setOutput('target-kind', inputs.target.kind);
  core.setOutput('tag-latest', String(planned.tagLatest));
  core.setOutput('stack', inputs.target.stack ?? '');
  core.setOutput('registry-username', inputs.config.registry?.username ?? '');
  const legs = planned.buildMatrix.map((l) => `| ${l.key} | \`${l.image}\` | ${l.platform} | ${l.runner} |`);
  await core.summary
    .addRaw(
      [
        `### Release plan for target \`${inputs.target.name}\` (${inputs.target.kind})`,
        '',
        '| image | name | platform | runner |',
        '|---|---|---|---|',
        ...legs,
        '',
      ].join('\n'),
    )
    .write();
}
