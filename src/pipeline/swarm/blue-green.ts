import type { DockerClient } from '../../adapters/docker.ts';
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
import { afterSwitch, failedBeforeSwitch, type SwitchedTarget } from '../blue-green/after-switch.ts';
import type { Reporter } from '../reporter.ts';
import { type HeldLock, type LockRequest, underStackLock } from './lock.ts';
import { type ProxyRef, readColorState, removeColor, rollBackProxy, switchProxy } from './switch.ts';
import type { SwarmDeployResult } from './verdict.ts';

// A blue-green deploy on Swarm, shared by `gantry release` (and the release action) and the deploy-swarm
// action: the idle colour is deployed beside the live one and checked on its preview URLs, the proxy is
// switched to it start-first, the public URL is checked, and the old colour is kept (keep-previous) or
// removed. Each shell says how a colour's stack is deployed (`deployColor`).

export interface BlueGreenRequest {
  /** The target's stack: the colours run as `<stack>-blue` and `<stack>-green`. */
  stack: string;
  settings: BlueGreenSettings;
  /** The gantry.yml key or the input that names the proxy service, for errors. */
  proxyInput: string;
  /** The public check after the switch (undefined: none); the preview URLs get its expectations. */
  smoke: SmokeOptions | undefined;
  /** No check at all, neither of the preview URLs nor of the public URL (`--skip-smoke`). */
  skipSmoke: boolean;
  timeoutMs: number;
  dryRun: boolean;
  /** The target's deploy lock (its name is the stack's), held from before the deploy to after the check. */
  lock: LockRequest;
  signal?: AbortSignal;
  onLock?: (lock: HeldLock) => void;
  /** Deploys `color`'s stack with no rollback (a failed colour is removed), `preview` its smoke check. */
  deployColor: (color: Color, preview: SmokeOptions | undefined) => Promise<SwarmDeployResult>;
}

export interface BlueGreenResult {
  status: 'deployed' | 'rolled-back' | 'failed';
  message: string;
  /** The public check after the switch, when it ran. */
  smoke: SmokeReport | undefined;
  /** The colour the proxy routes to once the deploy ended (undefined: none, or it could not be read). */
  live: Color | undefined;
  /** The colour live before the last switch (kept for a switch back unless keep-previous removed it). */
  previous: Color | undefined;
  /** The idle colour's deploy, when it ran. */
  deploy: SwarmDeployResult | undefined;
}

/** The proxy a blue-green target switches, named for errors by `input`. */
export const proxyRef = (settings: BlueGreenSettings, input: string): ProxyRef => ({
  service: settings.proxyService,
  variable: settings.switchVariable,
  input,
});

/** The smoke check of the idle colour before the switch: its preview URLs, the public check's expectations. */
export function previewSmoke(request: BlueGreenRequest, idle: Color): SmokeOptions | undefined {
  const urls = request.settings.previewUrls;
  if (request.skipSmoke || urls.length === 0) return undefined;
  const base = request.smoke ?? parseSmokeOptions({ urls: urls.join('\n') });
  return {
    ...base,
    perNode: false,
    targets: urls.map((url) => ({ method: 'GET', url: forColor(url, idle) })),
  };
}

type Ended = Omit<BlueGreenResult, 'deploy'>;

/** After the switch (src/pipeline/blue-green/after-switch.ts): a failed public check rolls the proxy back. */
function checkAfterSwitch(
  docker: DockerClient,
  request: BlueGreenRequest,
  state: ColorState,
  idle: Color,
  report: Reporter,
): Promise<Ended> {
  const proxy = proxyRef(request.settings, request.proxyInput);
  const target: SwitchedTarget = {
    switched: proxy.service,
    routed: colorStack(request.stack, idle),
    retire: (previous) => removeColor(docker, request.stack, previous, report),
    switchBack: async (_old, failed) => {
      await rollBackProxy(docker, proxy, request.timeoutMs, report);
      await removeColor(docker, request.stack, failed, report);
    },
  };
  const smoke = request.skipSmoke ? undefined : request.smoke;
  const { keepPreviousMs } = request.settings;
  return afterSwitch(target, { state, idle, smoke, keepPreviousMs, signal: request.signal }, report);
}

/**
 * A switch that did not complete: the proxy is read again. Swarm rolled it back (its spec names the old
 * colour again): the new colour is removed and the old one serves. Otherwise (the update timed out and may
 * still be running, or the proxy cannot be read) nothing is removed, since the proxy may point at the new
 * colour: the verdict says so, and a switch back or the next release finishes the job.
 */
export async function afterFailedSwitch(
  docker: DockerClient,
  request: Pick<BlueGreenRequest, 'stack' | 'settings' | 'proxyInput'>,
  state: ColorState,
  idle: Color,
  error: Error,
  report: Reporter,
): Promise<Ended> {
  const proxy = proxyRef(request.settings, request.proxyInput);
  const now = await readColorState(docker, proxy).catch(() => undefined);
  if (now !== undefined && now.live !== idle) {
    await removeColor(docker, request.stack, idle, report);
    return {
      status: state.live === undefined ? 'failed' : 'rolled-back',
      message: `the switch to ${idle} failed (${error.message}); the proxy is back on ${now.live ?? 'no colour'}, removed ${idle}`,
      smoke: undefined,
      live: now.live,
      previous: now.previous,
    };
  }
  return {
    status: 'failed',
    message: `the switch to ${idle} did not complete (${error.message}); the proxy ${now === undefined ? 'could not be read' : `names ${idle}`}, so both colours were left running: check it with gantry status`,
    smoke: undefined,
    live: now?.live,
    previous: now?.previous,
  };
}

/** Under the lock: the idle colour, its check, the switch, the public check. */
async function blueGreen(
  docker: DockerClient,
  request: BlueGreenRequest,
  state: ColorState,
  report: Reporter,
): Promise<BlueGreenResult> {
  const idle = idleColor(state);
  report.info(`blue-green: ${state.live ?? 'none'} is live, deploying ${colorStack(request.stack, idle)}`);
  const deploy = await request.deployColor(idle, previewSmoke(request, idle));
  if (deploy.status !== 'deployed') {
    await removeColor(docker, request.stack, idle, report);
    return { ...failedBeforeSwitch(state, idle, deploy.message), deploy };
  }
  const proxy = proxyRef(request.settings, request.proxyInput);
  const until = previousUntil(new Date(), request.settings.keepPreviousMs);
  try {
    await switchProxy(docker, proxy, idle, switchLabels(idle, state.live, until), request.timeoutMs, report);
  } catch (error) {
    return { ...(await afterFailedSwitch(docker, request, state, idle, error as Error, report)), deploy };
  }
  return { ...(await checkAfterSwitch(docker, request, state, idle, report)), deploy };
}

/**
 * The blue-green deploy. The colours are read first, so that a missing proxy is refused before anything
 * changes, and read again under the target's lock. A dry run plans the idle colour's deploy only.
 */
export async function deployBlueGreen(
  docker: DockerClient,
  request: BlueGreenRequest,
  report: Reporter,
): Promise<BlueGreenResult> {
  const proxy = proxyRef(request.settings, request.proxyInput);
  const state = await readColorState(docker, proxy);
  if (request.dryRun) {
    const idle = idleColor(state);
    const deploy = await request.deployColor(idle, previewSmoke(request, idle));
    return {
      status: 'deployed',
      message: `dry run: would deploy ${idle} and switch ${proxy.service} to it (live: ${state.live ?? 'none'})`,
      smoke: undefined,
      live: state.live,
      previous: state.previous,
      deploy,
    };
  }
  const lock = { ...request.lock, stack: request.stack, ttlMs: request.timeoutMs * 3 + 300_000 };
  return underStackLock(docker, lock, report, request.onLock, async () =>
    blueGreen(docker, request, await readColorState(docker, proxy), report),
  );
}
