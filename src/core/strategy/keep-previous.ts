import type { Color, ColorState } from './blue-green.ts';

/**
 * keep-previous without a daemon: after a switch the proxy's label `gantry.bluegreen.previous-until`
 * records until when the previous colour is kept for a switch back. Gantry runs no timer; every later
 * Gantry run on the target that may need it (a switch back, `switch expire`, a scheduled workflow's run)
 * reads the label first and removes a previous colour whose time is up. A release deploys over it: it is
 * the idle colour then.
 */

/** The previous colour to remove now: recorded, not live, still running and its time up (else none). */
export function expiredPrevious(
  state: ColorState,
  running: ReadonlySet<Color>,
  now: Date,
): Color | undefined {
  const previous = state.previous;
  if (previous === undefined || previous === state.live || !running.has(previous)) return undefined;
  const until = Date.parse(state.previousUntil ?? '');
  // No readable time (a label edited by hand): kept, never removed on a guess.
  if (Number.isNaN(until)) return undefined;
  return now.getTime() >= until ? previous : undefined;
}
