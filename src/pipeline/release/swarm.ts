import type { GantryConfig, SwarmTarget } from '../../core/config/model.ts';
import type { ResolvedJob } from '../../core/pre-deploy/jobs.ts';
import { checkStackFiles, interpolationEnv } from '../../core/swarm/request.ts';
import { pruneSwarmSecrets } from '../prune/swarm.ts';
import type { Reporter } from '../reporter.ts';
import { applySwarmSecrets } from '../secrets/swarm.ts';
import { deploySwarmStack } from '../swarm/deploy.ts';
import { runSwarmJobs } from '../swarm/pre-deploy.ts';
import { reconcileSwarmReplicas } from '../swarm/replicas.ts';
import { readNamedFile } from './config-file.ts';
import { writeSwarmHistory } from './history-swarm.ts';
import {
  deployStage,
  logSmoke,
  pruneDetail,
  pruneRuns,
  recordedSecrets,
  recordRelease,
  releaseLock,
  releaseSecrets,
} from './outcome.ts';
import { preDeployHook, releaseJobs, withHook } from './pre-deploy-stage.ts';
import type { ReleaseOptions, StageLog } from './stage-log.ts';
import { blueGreenPhase } from './swarm-blue-green.ts';
import type { EarlySwarm } from './swarm-early.ts';
import { openSwarm, type SwarmEngine } from './swarm-engine.ts';

/** What every phase of a release to one Swarm target reads. */
interface SwarmRelease {
  config: GantryConfig;
  target: SwarmTarget;
  secretValues: ReadonlyMap<string, string | Uint8Array>;
  flags: ReleaseOptions;
  log: StageLog;
  report: Reporter;
  signal: AbortSignal;
  engine: SwarmEngine;
}

/** The secrets this release wants, each with its versioned name (a rollback: the recorded ones). */
const desiredOf = (r: SwarmRelease) =>
  r.flags.useSecrets !== undefined
    ? recordedSecrets(r.flags.useSecrets)
    : releaseSecrets('swarm', r.target.stack, r.config, r.secretValues);

/** The stack files, checked with the secrets' names to be, before anything is created. */
function checkStack(
  r: SwarmRelease,
  vars: ReadonlyMap<string, string>,
  desired: ReturnType<typeof desiredOf>,
) {
  const { target } = r;
  const key = `targets.${target.name}.swarm`;
  const planned = new Map([...vars, ...desired.map((d) => [d.envName, d.fullName] as const)]);
  return checkStackFiles(
    target.stackFiles.map((p) => ({ path: p, text: readNamedFile(`${key}.stack-files`, p) })),
    interpolationEnv(process.env, planned),
    target.stack,
    { compose: `${key}.stack-files`, env: `${key}.env` },
  );
}

/** The secrets stage: creates what is missing; sets each `<NAME>_SECRET` in `vars`; returns the new ones. */
async function secretsPhase(
  r: SwarmRelease,
  desired: ReturnType<typeof desiredOf>,
  vars: Map<string, string>,
): Promise<string[]> {
  if (r.flags.useSecrets !== undefined) {
    for (const d of desired) vars.set(d.envName, d.fullName);
    r.log.skip(
      'secrets',
      `rollback: the recorded versions ${desired.map((d) => d.fullName).join(', ') || '(none)'}`,
    );
    return [];
  }
  if (r.config.secrets.values.length === 0) {
    r.log.skip('secrets', 'no secrets in the config');
    return [];
  }
  const { value } = await r.log.run('secrets', async () => {
    const plan = await applySwarmSecrets(
      r.engine.docker,
      {
        stack: r.target.stack,
        mode: r.config.secrets.version,
        desired,
        values: r.secretValues,
        dryRun: r.flags.dryRun,
      },
      r.report,
    );
    for (const [key, value] of Object.entries(plan.env)) vars.set(key, value);
    return {
      status: 'ok',
      detail: `${plan.create.length} ${r.flags.dryRun ? 'to create' : 'created'}, ${plan.reuse.length} reused: ${Object.values(plan.env).join(', ')}`,
      value: plan.create.map((secret) => secret.fullName),
    };
  });
  return value;
}

/** The deploy stage (its smoke check and rollback inside), then the smoke stage's entry. */
async function deployPhase(
  r: SwarmRelease,
  analysis: ReturnType<typeof checkStack>,
  vars: ReadonlyMap<string, string>,
  pendingSecrets: string[],
  jobs: readonly ResolvedJob[],
) {
  const { target, flags } = r;
  const runJobs = () =>
    runSwarmJobs(r.engine.docker, { stack: target.stack, jobs, signal: r.signal }, r.report);
  const smoke = flags.skipSmoke ? undefined : target.smoke;
  const replicas = await reconcileSwarmReplicas(
    r.engine.docker,
    { stack: target.stack, analysis, mode: target.replicas, workDir: r.engine.workDir },
    r.report,
  );
  const deployed = await r.log.run('deploy', async () => {
    const result = await deploySwarmStack(
      r.engine.docker,
      {
        stack: target.stack,
        composePaths: replicas === undefined ? target.stackFiles : [...target.stackFiles, replicas],
        analysis,
        env: Object.fromEntries(vars),
        imagePins: new Map(),
        prune: target.pruneServices,
        withRegistryAuth: r.engine.registryAuth,
        timeoutMs: target.timeoutMs,
        noProgressMs: target.noProgressMs,
        rollback: target.rollback,
        dryRun: flags.dryRun,
        smoke,
        pendingSecrets,
        lock: releaseLock(target, flags.lockHolder),
        workDir: r.engine.workDir,
        signal: r.signal,
        ...withHook(preDeployHook(r.log, flags, jobs, runJobs), jobs),
      },
      r.report,
    );
    return deployStage(result);
  });
  logSmoke(
    r.log,
    flags,
    smoke !== undefined,
    deployed.value,
    'the deploy did not converge, so nothing was checked',
  );
  return deployed.value;
}

/** The prune stage: old secret versions, under the stack's lock. */
async function prunePhase(r: SwarmRelease): Promise<void> {
  const { config, flags } = r;
  await r.log.run('prune', async () => {
    const selection = await pruneSwarmSecrets(
      r.engine.docker,
      {
        stack: r.target.stack,
        keep: config.prune.keep,
        dryRun: flags.dryRun,
        lock: releaseLock(r.target, flags.lockHolder, r.signal),
      },
      r.report,
    );
    return {
      status: 'ok',
      detail: pruneDetail(selection, flags.dryRun, config.prune.keep),
      value: undefined,
    };
  });
}

/** Secrets → deploy (with its smoke check and rollback) → prune, on one Swarm target. */
export async function releaseSwarm(
  config: GantryConfig,
  target: SwarmTarget,
  images: ReadonlyMap<string, string>,
  secretValues: ReadonlyMap<string, string | Uint8Array>,
  flags: ReleaseOptions,
  log: StageLog,
  report: Reporter,
  signal: AbortSignal,
  early?: EarlySwarm,
): Promise<void> {
  const vars = new Map<string, string>([
    ...target.images.map((pin) => [pin.variable, images.get(pin.key) ?? ''] as const),
    ...Object.entries(target.env),
  ]);
  const engine = await (early?.take(report) ?? openSwarm(target, report, signal, config));
  try {
    const r: SwarmRelease = { config, target, secretValues, flags, log, report, signal, engine };
    const desired = desiredOf(r);
    const analysis = checkStack(r, vars, desired);
    const jobs = releaseJobs(target, images, desired);
    const pending = await secretsPhase(r, desired, vars);
    const result =
      target.blueGreen === undefined
        ? await deployPhase(r, analysis, vars, pending, jobs)
        : await blueGreenPhase(r, target.blueGreen, vars, pending);
    await recordRelease(
      flags,
      images,
      desired,
      result,
      (e) => writeSwarmHistory(engine.docker, target.stack, e),
      report,
    );
    if (pruneRuns(log, config, result, flags)) await prunePhase(r);
  } finally {
    await engine.close();
  }
}
