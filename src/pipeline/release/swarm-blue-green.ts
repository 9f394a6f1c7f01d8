import type { DockerClient } from '../../adapters/docker.ts';
import type { SwarmTarget } from '../../core/config/model.ts';
import type { SmokeReport } from '../../core/smoke/check.ts';
import { parseSmokeOptions, type SmokeOptions } from '../../core/smoke/options.ts';
import {
  type BlueGreenSettings,
  type Color,
  type ColorState,
  colorStack,
  forColor,
  idleColor,
  previousUntil,
  switchLabels,
} from '../../core/strategy/blue-green.ts';
import { checkStackFiles, interpolationEnv } from '../../core/swarm/request.ts';
import type { Reporter } from '../reporter.ts';
import { smokeAfterDeploy } from '../smoke/after-deploy.ts';
import { deploySwarmStack } from '../swarm/deploy.ts';
import { underStackLock } from '../swarm/lock.ts';
import { type ProxyRef, readColorState, removeColor, rollBackProxy, switchProxy } from '../swarm/switch.ts';
import { readNamedFile } from './config-file.ts';
import { type DeployOutcome, deployStage, logSmoke, releaseLock } from './outcome.ts';
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

/** The proxy of a blue-green target, named for errors by its gantry.yml key. */
export const proxyOf = (target: SwarmTarget, settings: BlueGreenSettings): ProxyRef => ({
  service: settings.proxyService,
  variable: settings.switchVariable,
  input: `targets.${target.name}.swarm.proxy-service`,
});

/** The smoke check of the idle colour before the switch: its preview URLs, the target's expectations. */
function previewSmoke(
  r: BlueGreenRelease,
  settings: BlueGreenSettings,
  idle: Color,
): SmokeOptions | undefined {
  if (r.flags.skipSmoke || settings.previewUrls.length === 0) return undefined;
  const base = r.target.smoke ?? parseSmokeOptions({ urls: settings.previewUrls.join('\n') });
  return {
    ...base,
    perNode: false,
    targets: settings.previewUrls.map((url) => ({ method: 'GET', url: forColor(url, idle) })),
  };
}

/** Deploys the idle colour's stack (no rollback: a failed colour is removed), checked on its preview URLs. */
async function deployIdle(
  r: BlueGreenRelease,
  settings: BlueGreenSettings,
  idle: Color,
  vars: ReadonlyMap<string, string>,
  pending: string[],
) {
  const { target, flags } = r;
  const stack = colorStack(target.stack, idle);
  const key = `targets.${target.name}.swarm`;
  const env = new Map([...vars, ['GANTRY_COLOR', idle] as const]);
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
      smoke: previewSmoke(r, settings, idle),
      pendingSecrets: pending,
      lock: releaseLock(target, flags.lockHolder),
      workDir: r.engine.workDir,
      signal: r.signal,
    },
    r.report,
  );
}

interface Outcome extends DeployOutcome {
  /** The public URL's check after the switch (the smoke stage), when it ran. */
  smoke: SmokeReport | undefined;
}

/** After the switch: the public check; a failure switches back (when a colour was live) and removes the new one. */
async function checkAfterSwitch(
  r: BlueGreenRelease,
  settings: BlueGreenSettings,
  state: ColorState,
  idle: Color,
): Promise<Outcome> {
  const { target } = r;
  const docker = r.engine.docker;
  const proxy = proxyOf(target, settings);
  const smoke = r.flags.skipSmoke || target.smoke === undefined ? undefined : target.smoke;
  const checked = smoke === undefined ? undefined : await smokeAfterDeploy(smoke, r.signal, r.report);
  if (checked?.failure === undefined) {
    const kept = await retirePrevious(r, settings, state.live);
    return {
      status: 'deployed',
      message: `${proxy.service} routes to ${colorStack(target.stack, idle)}${kept}`,
      smoke: checked?.smoke,
    };
  }
  r.report.error(`the public check failed after the switch: ${checked.failure}`);
  if (state.live === undefined)
    return {
      status: 'failed',
      message: `${checked.failure}; no colour was live before, ${idle} is left serving`,
      smoke: checked.smoke,
    };
  await rollBackProxy(docker, proxy, target.timeoutMs, r.report);
  await removeColor(docker, target.stack, idle, r.report);
  return {
    status: 'rolled-back',
    message: `${checked.failure}; switched ${proxy.service} back to ${state.live} and removed ${idle}`,
    smoke: checked.smoke,
  };
}

/** keep-previous: 0 removes the colour that was live; else it keeps running (for gantry switch back). */
async function retirePrevious(
  r: BlueGreenRelease,
  settings: BlueGreenSettings,
  previous: Color | undefined,
): Promise<string> {
  if (previous === undefined) return '';
  if (settings.keepPreviousMs > 0)
    return `; ${previous} kept running until ${previousUntil(new Date(), settings.keepPreviousMs)} (gantry switch back)`;
  await removeColor(r.engine.docker, r.target.stack, previous, r.report);
  return `; ${previous} removed (keep-previous 0)`;
}

/** The whole blue-green deploy, under the stack's lock: the idle colour, its check, the switch, the public check. */
async function blueGreen(
  r: BlueGreenRelease,
  settings: BlueGreenSettings,
  state: ColorState,
  vars: ReadonlyMap<string, string>,
  pending: string[],
): Promise<Outcome> {
  const { target } = r;
  const docker = r.engine.docker;
  const idle = idleColor(state);
  const live = state.live ?? 'none';
  r.report.info(`blue-green: ${live} is live, deploying ${colorStack(target.stack, idle)}`);
  const deployed = await deployIdle(r, settings, idle, vars, pending);
  if (r.flags.dryRun)
    return {
      status: 'deployed',
      message: `dry run: would deploy ${idle} and switch ${settings.proxyService} to it (live: ${live})`,
      smoke: undefined,
    };
  if (deployed.status !== 'deployed') {
    await removeColor(docker, target.stack, idle, r.report);
    return {
      status: state.live === undefined ? 'failed' : 'rolled-back',
      message: `${idle} failed before the switch (${deployed.message}); removed it, ${state.live === undefined ? 'nothing was live' : `${state.live} still serves`}`,
      smoke: undefined,
    };
  }
  const proxy = proxyOf(target, settings);
  const until = previousUntil(new Date(), settings.keepPreviousMs);
  try {
    await switchProxy(docker, proxy, idle, switchLabels(idle, state.live, until), target.timeoutMs, r.report);
  } catch (error) {
    return afterFailedSwitch(r, settings, state, idle, error as Error);
  }
  return checkAfterSwitch(r, settings, state, idle);
}

/**
 * A switch that did not complete: the proxy is read again. Swarm rolled it back (its spec names the old
 * colour again): the new colour is removed and the old one serves. Otherwise (the update timed out and may
 * still be running, or the proxy cannot be read) nothing is removed, since the proxy may point at the new
 * colour: the verdict says so, and `gantry switch back` or the next release finishes the job.
 */
export async function afterFailedSwitch(
  r: BlueGreenRelease,
  settings: BlueGreenSettings,
  state: ColorState,
  idle: Color,
  error: Error,
): Promise<Outcome> {
  const now = await readColorState(r.engine.docker, proxyOf(r.target, settings)).catch(() => undefined);
  if (now !== undefined && now.live !== idle) {
    await removeColor(r.engine.docker, r.target.stack, idle, r.report);
    return {
      status: state.live === undefined ? 'failed' : 'rolled-back',
      message: `the switch to ${idle} failed (${error.message}); the proxy is back on ${now.live ?? 'no colour'}, removed ${idle}`,
      smoke: undefined,
    };
  }
  return {
    status: 'failed',
    message: `the switch to ${idle} did not complete (${error.message}); the proxy ${now === undefined ? 'could not be read' : `names ${idle}`}, so both colours were left running: check it with gantry status`,
    smoke: undefined,
  };
}

/**
 * The deploy stage of a blue-green release (in place of the rolling deploy), then the smoke stage's
 * entry for the public check. The colour state is read first: a missing proxy is refused before
 * anything changes.
 */
export async function blueGreenPhase(
  r: BlueGreenRelease,
  settings: BlueGreenSettings,
  vars: ReadonlyMap<string, string>,
  pending: string[],
): Promise<DeployOutcome> {
  const { target, flags } = r;
  // Read first so that a missing proxy is refused before anything changes; read again under the lock.
  const state = await readColorState(r.engine.docker, proxyOf(target, settings));
  const lock = {
    ...releaseLock(target, flags.lockHolder),
    stack: target.stack,
    ttlMs: target.timeoutMs * 3 + 300_000,
  };
  const deployed = await r.log.run('deploy', async () =>
    deployStage(
      flags.dryRun
        ? await blueGreen(r, settings, state, vars, pending)
        : await underStackLock(r.engine.docker, lock, r.report, undefined, async () =>
            blueGreen(
              r,
              settings,
              await readColorState(r.engine.docker, proxyOf(target, settings)),
              vars,
              pending,
            ),
          ),
    ),
  );
  logSmoke(
    r.log,
    flags,
    target.smoke !== undefined,
    deployed.value,
    'the new colour never took traffic, so the public URL was not checked',
  );
  return deployed.value;
}
