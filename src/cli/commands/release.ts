import { parseArgs } from 'node:util';
import { resolveDigest } from '../../adapters/registry.ts';
import { parseBuildOptions } from '../../core/build/options.ts';
import { rawBuildInputs } from '../../core/config/load.ts';
import type { GantryConfig } from '../../core/config/model.ts';
import { ConfigurationError, isConfigurationError } from '../../core/errors.ts';
import { parseScanners } from '../../core/scan/argv.ts';
import type { CliContext } from '../context.ts';
import { createProgress, isLive, type Progress } from '../progress.ts';
import {
  onPath,
  readConfigFile,
  readSecretValues,
  readSource,
  selectTarget,
} from '../release/config-file.ts';
import { releaseKubernetes } from '../release/kubernetes.ts';
import { formatSummary, type ReleaseFlags, StageLog } from '../release/stage.ts';
import { releaseSwarm } from '../release/swarm.ts';
import { buildMetadata, runBuild } from './build.ts';
import { scanCommand } from './scan.ts';

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

async function buildStage(
  config: GantryConfig,
  flags: ReleaseFlags,
  log: StageLog,
  progress: Progress,
  ctx: CliContext,
) {
  const password =
    config.registry === undefined ? '' : (readSource(config.registry.password, config.baseDir) ?? '');
  if (config.registry !== undefined && password === '')
    throw new ConfigurationError(
      config.registry.password.env !== undefined
        ? `environment variable ${config.registry.password.env} is not set`
        : `cannot read ${config.registry.password.file}`,
      'registry.password',
    );
  const options = parseBuildOptions(
    rawBuildInputs(config, flags.tag ? [flags.tag] : [], password.toString()),
  );
  if (flags.skipBuild && flags.tag !== undefined) {
    // The tag is resolved to its digest before anything is deployed, so what runs is exactly that
    // image (a re-push of the tag changes nothing, and a rollback goes back to the same bytes).
    const resolved = await resolveDigest({
      image: `${config.image}:${flags.tag}`,
      username: config.registry?.username,
      password: password.toString(),
      signal: ctx.signal,
      inputs: { reference: '--tag', password: 'registry.password', credentials: 'registry' },
    });
    log.skip('build', `--skip-build: deploying ${config.image}:${flags.tag} as ${resolved.pinned}`);
    return resolved.pinned;
  }
  if (flags.dryRun) {
    const tag = flags.tag ?? (await buildMetadata(options)).version;
    log.skip('build', `dry run: would push ${config.image}:${tag}`);
    return `${config.image}:${tag}`;
  }
  const { value } = await log.run('build', async () => {
    const meta = await buildMetadata(options);
    const result = await runBuild(options, meta, password.toString(), ctx, progress.info);
    if (result.digest === undefined) throw new Error('the push reported no digest');
    const ref = `${config.image}@${result.digest}`;
    return {
      status: 'ok',
      detail: `pushed ${meta.tags.map((t) => `:${t}`).join(' ')} as ${ref}`,
      value: ref,
    };
  });
  return value;
}

async function scanStage(
  config: GantryConfig,
  image: string,
  flags: ReleaseFlags,
  log: StageLog,
  progress: Progress,
  ctx: CliContext,
) {
  if (!config.scan.enabled) return log.skip('scan', 'scan.enabled is false');
  if (!onPath('trivy')) return log.skip('scan', 'trivy is not installed');
  if (flags.dryRun) return log.skip('scan', 'dry run');
  const argv = [
    '--image',
    image,
    '--severity',
    config.scan.severities.join(','),
    '--scanners',
    parseScanners('scan.scanners', config.scan.scanners).join(','),
    ...(config.scan.ignoreUnfixed ? ['--ignore-unfixed'] : []),
    ...config.scan.ignoreFiles.flatMap((f) => ['--ignore-file', f]),
  ];
  const lines = (text: string) => {
    for (const line of text.split('\n')) if (line.trim()) progress.info(line);
  };
  const { status } = await log.run('scan', async () => {
    const code = await scanCommand(argv, { out: lines, err: lines, signal: ctx.signal });
    return code === 0
      ? {
          status: 'ok',
          detail: `no ${config.scan.severities.join('/')} finding fails the gate`,
          value: undefined,
        }
      : { status: 'failed', detail: 'findings fail the gate: nothing was deployed', value: undefined };
  });
  return status;
}

export async function releaseCommand(argv: string[], ctx: CliContext): Promise<number> {
  const { values } = parseArgs({ args: argv, strict: true, options: releaseOptions });
  if (values.help) {
    ctx.out(RELEASE_USAGE);
    return 0;
  }
  const flags: ReleaseFlags = {
    dryRun: values['dry-run'] === true,
    skipBuild: values['skip-build'] === true,
    skipSmoke: values['skip-smoke'] === true,
    tag: values.tag,
  };
  const started = Date.now();
  let log: StageLog | undefined;
  let progress: Progress | undefined;
  try {
    if (flags.skipBuild && flags.tag === undefined)
      throw new ConfigurationError('is required with --skip-build (the pushed tag to deploy)', '--tag');
    const config = readConfigFile(values.config);
    const target = selectTarget(config, values.target);
    const secretValues = readSecretValues(config, true);
    progress = createProgress((text) => process.stderr.write(text), isLive(process.env));
    log = new StageLog(progress);
    progress.info(`release to target ${target.name} (${target.kind})${flags.dryRun ? ': dry run' : ''}`);
    const image = await buildStage(config, flags, log, progress, ctx);
    if ((await scanStage(config, image, flags, log, progress, ctx)) === 'failed') return finish(1);
    if (target.kind === 'swarm')
      await releaseSwarm(config, target, image, secretValues, flags, log, progress, ctx.signal);
    else await releaseKubernetes(config, target, image, secretValues, flags, log, progress, ctx.signal);
    const bad = log.results.some((r) => r.status === 'failed' || r.status === 'rolled-back');
    return finish(bad ? 1 : 0);
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
