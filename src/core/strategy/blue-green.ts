import { ConfigurationError } from '../errors.ts';
import { checkLine } from '../inputs/parse.ts';

/**
 * Blue-green on Swarm, the pure part: the two colours, which one a release deploys, the proxy's
 * switch variable and the state Gantry records on the proxy service (labels), read back by the
 * next release, `gantry switch back` and `gantry status`.
 */

export const COLORS = ['blue', 'green'] as const;
export type Color = (typeof COLORS)[number];

export const otherColor = (color: Color): Color => (color === 'blue' ? 'green' : 'blue');

/** The stack a colour of `stack` runs as: `shop` → `shop-blue`, `shop-green`. */
export const colorStack = (stack: string, color: Color): string => `${stack}-${color}`;

/** The placeholder a switch value and a preview URL hold for the colour. */
export const COLOR_PLACEHOLDER = '{color}';

/** `switch-variable`: the proxy's variable and its value with `{color}` in it. */
export interface SwitchVariable {
  name: string;
  template: string;
}

/** `UPSTREAM=shop-{color}_api` → { name: UPSTREAM, template: shop-{color}_api }. */
export function parseSwitchVariable(input: string, raw: string): SwitchVariable {
  const line = checkLine(input, raw.trim());
  const eq = line.indexOf('=');
  const name = eq < 0 ? '' : line.slice(0, eq);
  const template = eq < 0 ? '' : line.slice(eq + 1);
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name) || template === '')
    throw new ConfigurationError(
      `expected NAME=value with ${COLOR_PLACEHOLDER} in the value (e.g. UPSTREAM=shop-${COLOR_PLACEHOLDER}_api)`,
      input,
    );
  if (!template.includes(COLOR_PLACEHOLDER))
    throw new ConfigurationError(
      `the value must hold ${COLOR_PLACEHOLDER} (replaced by blue or green), e.g. ${name}=shop-${COLOR_PLACEHOLDER}_api`,
      input,
    );
  return { name, template };
}

/** The value of the switch variable that routes to `color`. */
export const switchValue = (variable: SwitchVariable, color: Color): string =>
  variable.template.replaceAll(COLOR_PLACEHOLDER, color);

/** A URL with `{color}` replaced (the idle colour's preview URL). */
export const forColor = (url: string, color: Color): string => url.replaceAll(COLOR_PLACEHOLDER, color);

/** The labels Gantry keeps on the proxy service. */
export const LIVE_LABEL = 'gantry.bluegreen.live';
export const PREVIOUS_LABEL = 'gantry.bluegreen.previous';
/** Until when (ISO time) the previous colour is kept running after a switch (`keep-previous`). */
export const PREVIOUS_UNTIL_LABEL = 'gantry.bluegreen.previous-until';

export interface ColorState {
  /** The colour the proxy routes to; undefined before the first blue-green release. */
  live: Color | undefined;
  /** The colour it routed to before the last switch (still running unless removed). */
  previous: Color | undefined;
  previousUntil: string | undefined;
}

const asColor = (value: string | undefined): Color | undefined =>
  value === 'blue' || value === 'green' ? value : undefined;

/**
 * The recorded state, from the proxy service's labels; without a label, the live colour is the one
 * the switch variable's current value names (a proxy set up by hand), or none.
 */
export function colorState(
  labels: Readonly<Record<string, string>>,
  env: readonly string[],
  variable: SwitchVariable,
): ColorState {
  const recorded = asColor(labels[LIVE_LABEL]);
  const current = env.find((e) => e.startsWith(`${variable.name}=`))?.slice(variable.name.length + 1);
  const fromEnv = COLORS.find((c) => switchValue(variable, c) === current);
  return {
    live: recorded ?? fromEnv,
    previous: asColor(labels[PREVIOUS_LABEL]),
    previousUntil: labels[PREVIOUS_UNTIL_LABEL],
  };
}

/** The colour a release deploys: the idle one (blue when nothing is live yet). */
export const idleColor = (state: ColorState): Color =>
  state.live === undefined ? 'blue' : otherColor(state.live);

/** The labels after switching to `to` from `from` (nothing was live before the first release). */
export function switchLabels(
  to: Color,
  from: Color | undefined,
  previousUntil: string,
): Record<string, string> {
  return from === undefined
    ? { [LIVE_LABEL]: to }
    : { [LIVE_LABEL]: to, [PREVIOUS_LABEL]: from, [PREVIOUS_UNTIL_LABEL]: previousUntil };
}

/**
 * Where `gantry switch back` goes: the previous colour, when one is recorded and its stack still
 * runs services; otherwise the reason it cannot.
 */
export function switchBackTo(
  state: ColorState,
  running: ReadonlySet<Color>,
): { to: Color; from: Color } | { refused: string } {
  if (state.live === undefined) return { refused: 'no blue-green release has switched the proxy yet' };
  const to = state.previous ?? otherColor(state.live);
  if (state.previous === undefined || to === state.live)
    return { refused: `only ${state.live} has been live: there is no previous colour to switch back to` };
  if (!running.has(to))
    return { refused: `the previous colour (${to}) no longer runs (keep-previous has removed it)` };
  return { to, from: state.live };
}

/** When the previous colour may be removed: now + keep-previous. */
export const previousUntil = (now: Date, keepMs: number): string =>
  new Date(now.getTime() + keepMs).toISOString();

/** The switch: one start-first update of the proxy service (its variable and the labels), waited for. */
export function proxyUpdateArgs(a: {
  service: string;
  variable: SwitchVariable;
  to: Color;
  labels: Readonly<Record<string, string>>;
}): string[] {
  return [
    'service',
    'update',
    '--detach=false',
    '--quiet',
    '--update-order',
    'start-first',
    '--update-failure-action',
    'rollback',
    '--rollback-order',
    'start-first',
    '--env-add',
    `${a.variable.name}=${switchValue(a.variable, a.to)}`,
    ...Object.entries(a.labels).flatMap(([key, value]) => ['--label-add', `${key}=${value}`]),
    a.service,
  ];
}

/**
 * Back to the proxy's spec before the last switch (its variable's old value and labels), start-first
 * (the switch set the rollback order), waited for.
 */
export const proxyRollbackArgs = (service: string): string[] => [
  'service',
  'rollback',
  '--detach=false',
  '--quiet',
  service,
];

export const stackRemoveArgs = (stack: string): string[] => ['stack', 'rm', stack];

/** How a target's release replaces what runs: Swarm's rolling update (today's default) or blue-green. */
export type SwarmStrategy = 'rolling' | 'blue-green';

export function parseSwarmStrategy(input: string, raw: string): SwarmStrategy {
  const value = raw.trim();
  if (value === 'rolling' || value === 'blue-green') return value;
  if (value === 'canary')
    throw new ConfigurationError(
      'canary is not available on Swarm targets (expected rolling or blue-green)',
      input,
    );
  throw new ConfigurationError(`expected rolling or blue-green, got ${JSON.stringify(value)}`, input);
}

/** A Swarm target's blue-green settings (gantry.yml `strategy: blue-green` and its keys). */
export interface BlueGreenSettings {
  /** The proxy's Swarm service, `<stack>_<service>`, that gets the switch variable. */
  proxyService: string;
  switchVariable: SwitchVariable;
  /** The idle colour's own URLs, `{color}` in them: the smoke check before the switch. */
  previewUrls: string[];
  /** How long the previous colour keeps running after a switch; 0 removes it at once. */
  keepPreviousMs: number;
}

export const DEFAULT_KEEP_PREVIOUS_MS = 600_000;

/** What `gantry plan` says a blue-green deploy does (after the stack deploy's own lines). */
export function blueGreenPlanLines(stack: string, s: BlueGreenSettings): string[] {
  const keep =
    s.keepPreviousMs === 0 ? 'removed at once' : `kept ${s.keepPreviousMs / 1000}s for gantry switch back`;
  return [
    `blue-green: the stack files deploy as the idle colour, ${colorStack(stack, 'blue')} or ${colorStack(stack, 'green')} (the live one is read from ${s.proxyService}); no rollback: a failed colour is removed`,
    s.previewUrls.length === 0
      ? 'before the switch: convergence only (no preview-urls)'
      : `before the switch: smoke check of ${s.previewUrls.join(', ')} ({color} = the idle colour)`,
    `switch: ${s.proxyService} updated start-first with ${s.switchVariable.name}=${s.switchVariable.template}`,
    `after the switch: the public smoke check; a failure switches back and removes the new colour; the old colour is ${keep}`,
  ];
}
