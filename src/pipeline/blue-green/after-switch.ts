import type { DeployStatus } from '../../core/deploy/outcome.ts';
import type { SmokeReport } from '../../core/smoke/check.ts';
import type { SmokeOptions } from '../../core/smoke/options.ts';
import { type Color, type ColorState, previousUntil } from '../../core/strategy/blue-green.ts';
import type { Reporter } from '../reporter.ts';
import { smokeAfterDeploy } from '../smoke/after-deploy.ts';

// The end of a blue-green deploy, the same on Swarm (src/pipeline/swarm/blue-green.ts) and on
// Kubernetes (src/pipeline/kubernetes/blue-green.ts): once the switch is made, the public URL is
// checked; a pass retires the colour that was live (or keeps it for keep-previous), a failure
// switches back to it and removes the new colour. Each target says how it drains, removes and
// switches back (`SwitchedTarget`); the decisions, their order and the messages are here.

/** How a blue-green deploy ended, and which colours it left. */
export interface ColorOutcome {
  status: DeployStatus;
  message: string;
  /** The public check after the switch, when it ran. */
  smoke: SmokeReport | undefined;
  /** The colour that serves once the deploy ended (undefined: none). */
  live: Color | undefined;
  /** The colour live before the last switch. */
  previous: Color | undefined;
}

/** What the step after a switch does on one target. */
export interface SwitchedTarget {
  /** What the switch moved, as messages name it: the proxy service (Swarm), `Service <name>` (Kubernetes). */
  switched: string;
  /** Where `switched` routes now, as messages name it: the new colour's stack (Swarm), the colour (Kubernetes). */
  routed: string;
  /** Before the public check: waits until `old`, switched away from, takes no more traffic (Kubernetes). */
  drain?: (old: Color) => Promise<void>;
  /** Removes `previous`, the colour live before the switch (keep-previous 0). */
  retire: (previous: Color) => Promise<void>;
  /** After a failed public check: routes back to `old` and removes `idle`, the colour that failed. */
  switchBack: (old: Color, idle: Color) => Promise<void>;
}

export interface AfterSwitchRequest {
  /** The colours before the switch. */
  state: ColorState;
  /** The colour just switched to. */
  idle: Color;
  /** The public check (undefined: none configured, or --skip-smoke). */
  smoke: SmokeOptions | undefined;
  keepPreviousMs: number;
  signal?: AbortSignal | undefined;
}

/** The idle colour failed before the switch, and was removed: what still serves. */
export const failedBeforeSwitch = (state: ColorState, idle: Color, why: string): ColorOutcome => ({
  status: state.live === undefined ? 'failed' : 'rolled-back',
  message: `${idle} failed before the switch (${why}); removed it, ${state.live === undefined ? 'nothing was live' : `${state.live} still serves`}`,
  smoke: undefined,
  live: state.live,
  previous: state.previous,
});

/** keep-previous: 0 removes the colour that was live; else it keeps running (for a switch back). */
async function retirePrevious(
  target: SwitchedTarget,
  previous: Color | undefined,
  keepMs: number,
): Promise<string> {
  if (previous === undefined) return '';
  if (keepMs > 0)
    return `; ${previous} kept running until ${previousUntil(new Date(), keepMs)} (for a switch back)`;
  await target.retire(previous);
  return `; ${previous} removed (keep-previous 0)`;
}

/** After the switch: the public check; a failure switches back (when a colour was live) and removes the new one. */
export async function afterSwitch(
  target: SwitchedTarget,
  request: AfterSwitchRequest,
  report: Reporter,
): Promise<ColorOutcome> {
  const { state, idle, smoke } = request;
  if (state.live !== undefined && target.drain !== undefined) await target.drain(state.live);
  const checked = smoke === undefined ? undefined : await smokeAfterDeploy(smoke, request.signal, report);
  if (checked?.failure === undefined) {
    const kept = await retirePrevious(target, state.live, request.keepPreviousMs);
    return {
      status: 'deployed',
      message: `${target.switched} routes to ${target.routed}${kept}`,
      smoke: checked?.smoke,
      live: idle,
      previous: state.live,
    };
  }
  report.error(`the public check failed after the switch: ${checked.failure}`);
  const old = state.live;
  if (old === undefined)
    return {
      status: 'failed',
      message: `${checked.failure}; no colour was live before, ${idle} is left serving`,
      smoke: checked.smoke,
      live: idle,
      previous: undefined,
    };
  await target.switchBack(old, idle);
  return {
    status: 'rolled-back',
    message: `${checked.failure}; switched ${target.switched} back to ${old} and removed ${idle}`,
    smoke: checked.smoke,
    live: old,
    previous: state.previous,
  };
}
