import { checkEnvGroupMap, formatEnvGroup } from '../../core/config/env-groups.ts';
import type { GantryConfig, Target } from '../../core/config/model.ts';
import { releasedBy } from '../../core/release-history.ts';
import { buildStage, releaseTag } from './build-stage.ts';
import { releaseKubernetes } from './kubernetes.ts';
import { scanStage } from './scan-stage.ts';
import type { ReleaseOptions, StageLog, StageReporter } from './stage-log.ts';
import { releaseSwarm } from './swarm.ts';
import { openSwarmEarly } from './swarm-early.ts';

export interface ReleaseRequest {
  config: GantryConfig;
  target: Target;
  /** Every secret's value, read from its source (readSecretValues). */
  secretValues: ReadonlyMap<string, string | Uint8Array>;
  options: ReleaseOptions;
}

export interface ReleaseResult {
  /** Whether the release went out (no stage failed or rolled back). */
  released: boolean;
  /** Each image of the release, by key, as deployed (`name@sha256:…`; a dry run: `name:tag`). */
  images: ReadonlyMap<string, string>;
}

/**
 * One release, the same for every entry point: build → scan → secrets → deploy (its smoke check
 * and rollback inside) → prune, each stage's outcome in `log`. Returns whether the release went out
 * (not when a check failed: scan gate, a deploy rolled back or failed) and the images it deployed. A ConfigurationError (a bad
 * config, a refused connection, a held lock) is thrown before anything changes on the target; `log`
 * then holds the stages that ran.
 */
export async function runRelease(
  request: ReleaseRequest,
  log: StageLog,
  report: StageReporter,
  signal: AbortSignal,
): Promise<ReleaseResult> {
  const { config, target, secretValues } = request;
  report.info(
    `release to target ${target.name} (${target.kind})${request.options.dryRun ? ': dry run' : ''}`,
  );
  // Env groups are checked before anything runs: a partial group builds and changes nothing.
  const env = new Map([
    ...Object.entries(process.env).filter((e): e is [string, string] => e[1] !== undefined),
    ...Object.entries(target.env),
  ]);
  const groupsKey = `targets.${target.name}.${target.kind}.env-groups`;
  for (const group of checkEnvGroupMap(groupsKey, target.envGroups, env))
    report.info(`env group ${formatEnvGroup(group)}`);
  // The Swarm connection opens while the images build (swarm-early.ts); closed here if unused.
  const early = target.kind === 'swarm' ? openSwarmEarly(target, config, signal) : undefined;
  try {
    const images = await buildStage(config, request.options, log, report, signal);
    const options = await withRecord(config, request.options);
    if ((await scanStage(config, images, options, log, report, signal)) === 'failed')
      return { released: false, images };
    if (target.kind === 'swarm')
      await releaseSwarm(config, target, images, secretValues, options, log, report, signal, early);
    else await releaseKubernetes(config, target, images, secretValues, options, log, report, signal);
    const released = !log.results.some((r) => r.status === 'failed' || r.status === 'rolled-back');
    return { released, images };
  } finally {
    await early?.discard();
  }
}

/** The options with what the record of this release says (nothing recorded on a dry run). */
async function withRecord(config: GantryConfig, options: ReleaseOptions): Promise<ReleaseOptions> {
  if (options.dryRun) return options;
  const record = {
    tag: options.record?.tag ?? (await releaseTag(config, options)),
    by: options.record?.by ?? releasedBy(process.env, options.lockHolder),
    ...(options.record?.rollbackTo === undefined ? {} : { rollbackTo: options.record.rollbackTo }),
  };
  return { ...options, record };
}
