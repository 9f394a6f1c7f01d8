import type { DockerClient } from '../../adapters/docker.ts';
import { ConfigurationError } from '../../core/errors.ts';
import {
  type BlueGreenSettings,
  type Color,
  type ColorState,
  switchBackTo,
  switchLabels,
} from '../../core/strategy/blue-green.ts';
import { expiredPrevious } from '../../core/strategy/keep-previous.ts';
import type { Reporter } from '../reporter.ts';
import { proxyRef } from './blue-green.ts';
import { type HeldLock, type LockRequest, underStackLock } from './lock.ts';
import { readColorState, removeColor, runningColors, switchProxy } from './switch.ts';

// What a blue-green target does between releases, under its deploy lock (`gantry switch back|expire` and
// the deploy-swarm action's `switch` input): both first remove a previous colour whose keep-previous time
// is up, which is how keep-previous is honoured without a daemon (core/strategy/keep-previous.ts).

export interface ColorsRequest {
  /** The target's stack: the colours run as `<stack>-blue` and `<stack>-green`. */
  stack: string;
  settings: BlueGreenSettings;
  /** The gantry.yml key or the input that names the proxy service, for errors. */
  proxyInput: string;
  /** The flag or input a refusal names (`--target`, `switch`). */
  input: string;
  timeoutMs: number;
  lock: LockRequest;
  onLock?: (lock: HeldLock) => void;
  now?: () => Date;
}

/** The colours after the expiry: the state read, the colours still running, the one just removed. */
interface Expired {
  state: ColorState;
  running: Set<Color>;
  removed: Color | undefined;
}

/** Removes the previous colour when its keep-previous time is up (and it still runs). */
async function removeExpired(
  docker: DockerClient,
  request: ColorsRequest,
  report: Reporter,
): Promise<Expired> {
  const state = await readColorState(docker, proxyRef(request.settings, request.proxyInput));
  const running = await runningColors(docker, request.stack);
  const removed = expiredPrevious(state, running, request.now?.() ?? new Date());
  if (removed !== undefined) {
    report.info(`keep-previous: ${removed} was kept until ${state.previousUntil}; its time is up`);
    await removeColor(docker, request.stack, removed, report);
    running.delete(removed);
  }
  return { state, running, removed };
}

const underLock = <T>(
  docker: DockerClient,
  request: ColorsRequest,
  report: Reporter,
  body: () => Promise<T>,
) =>
  underStackLock(
    docker,
    { ...request.lock, stack: request.stack, ttlMs: request.timeoutMs * 2 + 300_000 },
    report,
    request.onLock,
    body,
  );

/**
 * A switch back: the proxy points at the colour live before the last switch, while it still runs
 * (refused, naming `input`, when it does not: no switch yet, or the previous colour is gone). The
 * colour it leaves keeps running, so a second switch back switches forward.
 */
export async function switchBackColors(
  docker: DockerClient,
  request: ColorsRequest,
  report: Reporter,
): Promise<{ from: Color; to: Color }> {
  // Read first, so that a missing proxy is refused before the lock is taken.
  await readColorState(docker, proxyRef(request.settings, request.proxyInput));
  return underLock(docker, request, report, async () => {
    const { state, running, removed } = await removeExpired(docker, request, report);
    const plan = switchBackTo(state, running);
    if ('refused' in plan)
      throw new ConfigurationError(
        removed === undefined
          ? `cannot switch back: ${plan.refused}`
          : `cannot switch back: the previous colour (${removed}) was kept until ${state.previousUntil} (keep-previous); its time was up, so it has just been removed`,
        request.input,
      );
    await switchProxy(
      docker,
      proxyRef(request.settings, request.proxyInput),
      plan.to,
      switchLabels(plan.to, plan.from, state.previousUntil ?? new Date().toISOString()),
      request.timeoutMs,
      report,
    );
    return plan;
  });
}

/**
 * keep-previous on demand (a scheduled workflow, `gantry switch expire`): removes the previous colour
 * when its time is up, else changes nothing. Returns the colours as they stand after it.
 */
export async function expirePreviousColor(
  docker: DockerClient,
  request: ColorsRequest,
  report: Reporter,
): Promise<Expired> {
  await readColorState(docker, proxyRef(request.settings, request.proxyInput));
  return underLock(docker, request, report, () => removeExpired(docker, request, report));
}
