import { parseArgs } from 'node:util';
import { ConfigurationError, isConfigurationError } from '../../core/errors.ts';
import {
  checkConfigFiles,
  readConfigFile,
  readSecretValues,
  selectTarget,
} from '../../pipeline/release/config-file.ts';
import { runRelease } from '../../pipeline/release/run.ts';
import { formatSummary, type ReleaseOptions, StageLog } from '../../pipeline/release/stage-log.ts';
import type { CliContext } from '../context.ts';
import { cliLockHolder } from '../lock-holder.ts';
import { createProgress, isLive, type Progress } from '../progress.ts';

export const RELEASE_USAGE = `Usage: gantry release --target NAME [-c gantry.yml] [options]

Runs the release the config describes for one target, with the same stages, rollback and exit
codes as the release workflow: build and push → scan (skipped when trivy is not installed) →
versioned secrets → deploy → smoke check (a failure rolls the deploy back) → prune old secrets.
Exit code 0: released, 1: a check failed (scan gate, deploy rolled back or failed), 2: bad
arguments or config.

  -c, --config FILE   the config (default gantry.yml)
  --target NAME       the target to release to (optional when the config has one)
  --tag TAG           the tag to push (and deploy); with --skip-build, the pushed tag to deploy
  --skip-build        deploy an image already pushed (needs --tag): the tag is resolved to its
                      digest in the registry first, and image@sha256:<digest> is deployed
  --skip-smoke        do not run the smoke check
  --dry-run           build nothing, change nothing: plan the secrets, the deploy and the prune
                      against the target's current state
`;

export const releaseOptions = {
  config: { type: 'string', short: 'c', default: 'gantry.yml' },
  target: { type: 'string' },
  tag: { type: 'string' },
  'skip-build': { type: 'boolean' },
  'skip-smoke': { type: 'boolean' },
  'dry-run': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

export async function releaseCommand(argv: string[], ctx: CliContext): Promise<number> {
  const { values } = parseArgs({ args: argv, strict: true, options: releaseOptions });
  if (values.help) {
    ctx.out(RELEASE_USAGE);
    return 0;
  }
  const flags: ReleaseOptions = {
    dryRun: values['dry-run'] === true,
    skipBuild: values['skip-build'] === true,
    skipSmoke: values['skip-smoke'] === true,
    tag: values.tag,
    lockHolder: cliLockHolder('gantry release'),
  };
  const started = Date.now();
  let log: StageLog | undefined;
  let progress: Progress | undefined;
  try {
    if (flags.skipBuild && flags.tag === undefined)
      throw new ConfigurationError('is required with --skip-build (the pushed tag to deploy)', '--tag');
    const config = readConfigFile(values.config);
    const target = selectTarget(config, values.target);
    checkConfigFiles(config, target, !flags.skipBuild);
    const secretValues = readSecretValues(config, true);
    progress = createProgress((text) => process.stderr.write(text), isLive(process.env));
    log = new StageLog(progress);
    const { released } = await runRelease(
      { config, target, secretValues, options: flags },
      log,
      progress,
      ctx.signal,
    );
    return finish(released ? 0 : 1);
  } catch (error) {
    if (isConfigurationError(error)) {
      progress?.stop();
      if (log !== undefined && log.results.length > 0)
        ctx.out(formatSummary(log.results, (Date.now() - started) / 1000));
      ctx.err(`gantry release: ${error.message}`);
      return 2;
    }
    if (error instanceof Error) {
      progress?.error((error as Error).message);
      return finish(1);
    }
    throw error;
  }
  function finish(code: number): number {
    progress?.stop();
    if (log !== undefined) ctx.out(formatSummary(log.results, (Date.now() - started) / 1000));
    ctx.err(code === 0 ? (flags.dryRun ? 'dry run: nothing was changed' : 'released') : 'release FAILED');
    return code;
  }
}
