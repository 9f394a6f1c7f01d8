import type { DockerClient } from '../../adapters/docker.ts';
import type { SwarmTarget } from '../../core/config/model.ts';
import type { SmokeOptions } from '../../core/smoke/options.ts';
import { type BlueGreenSettings, type Color, colorStack } from '../../core/strategy/blue-green.ts';
import { checkStackFiles, interpolationEnv } from '../../core/swarm/request.ts';
import type { Reporter } from '../reporter.ts';
import { deployBlueGreen } from '../swarm/blue-green.ts';
import { deploySwarmStack } from '../swarm/deploy.ts';
import { readNamedFile } from './config-file.ts';
import { type DeployOutcome, deployThenSmoke, releaseLock } from './outcome.ts';
import type { ReleaseOptions, StageLog } from './stage-log.ts';

/** What the blue-green deploy of a release reads (the Swarm release's context has all of it). */
export interface BlueGreenRelease {
  target: SwarmTarget;
  flags: ReleaseOptions;
  log: StageLog;
  report: Reporter;
  signal: AbortSignal;
  engine: { docker: DockerClient; workDir: string; registryAuth: boolean };
}

/** The gantry.yml key that names a target's proxy service, for errors. */
export const proxyInputOf = (target: SwarmTarget): string => `targets.${target.name}.swarm.proxy-service`;

/** Deploys a colour's stack from the target's stack files (no rollback: a failed colour is removed). */
function deployColor(
  r: BlueGreenRelease,
  color: Color,
  preview: SmokeOptions | undefined,
  vars: ReadonlyMap<string, string>,
  pending: string[],
) {
  const { target, flags } = r;
  const stack = colorStack(target.stack, color);
  const key = `targets.${target.name}.swarm`;
  const env = new Map([...vars, ['GANTRY_COLOR', color] as const]);
  const analysis = checkStackFiles(
    target.stackFiles.map((p) => ({ path: p, text: readNamedFile(`${key}.stack-files`, p) })),
    interpolationEnv(process.env, env),
    stack,
    { compose: `${key}.stack-files`, env: `${key}.env` },
  );
  return deploySwarmStack(
    r.engine.docker,
    {
      stack,
      composePaths: target.stackFiles,
      analysis,
      env: Object.fromEntries(env),
      imagePins: new Map(),
      prune: target.pruneServices,
      withRegistryAuth: r.engine.registryAuth,
      timeoutMs: target.timeoutMs,
      noProgressMs: target.noProgressMs,
      rollback: false,
      dryRun: flags.dryRun,
      smoke: preview,
      pendingSecrets: pending,
      lock: releaseLock(target, flags.lockHolder),
      workDir: r.engine.workDir,
      signal: r.signal,
    },
    r.report,
  );
}

/**
 * The deploy stage of a blue-green release (in place of the rolling deploy, src/pipeline/swarm/blue-green.ts),
 * then the smoke stage's entry for the public check.
 */
export async function blueGreenPhase(
  r: BlueGreenRelease,
  settings: BlueGreenSettings,
  vars: ReadonlyMap<string, string>,
  pending: string[],
): Promise<DeployOutcome> {
  const { target, flags } = r;
  const notRun = 'the new colour never took traffic, so the public URL was not checked';
  return deployThenSmoke(r.log, flags, target.smoke !== undefined, notRun, async () => {
    const result = await deployBlueGreen(
      r.engine.docker,
      {
        stack: target.stack,
        settings,
        proxyInput: proxyInputOf(target),
        smoke: target.smoke,
        skipSmoke: flags.skipSmoke,
        timeoutMs: target.timeoutMs,
        dryRun: flags.dryRun,
        lock: releaseLock(target, flags.lockHolder),
        signal: r.signal,
        deployColor: (color, preview) => deployColor(r, color, preview, vars, pending),
      },
      r.report,
    );
    return { status: result.status, message: result.message, smoke: result.smoke };
  });
}
