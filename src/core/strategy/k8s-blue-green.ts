import { ConfigurationError } from '../errors.ts';
import { ANNOTATION_PREFIX, type K8sObject } from '../kubernetes/manifests.ts';
import { type Color, type ColorState, otherColor } from './blue-green.ts';
import type { KubernetesBlueGreenSettings } from './kubernetes.ts';

/**
 * Blue-green on Kubernetes, the pure part: the release's Deployments behind the switched Service
 * become `<name>-blue` / `<name>-green` (label `gantry.color`), the Service's selector gets
 * `gantry.color: <live>`, and `<service>-preview` selects the idle colour. The state is on the
 * Service: its selector says which colour is live, its annotations which was live before and until when
 * it is kept (read by the next release, `gantry switch back` and `gantry status`).
 */

export const COLOR_LABEL = 'gantry.color';
/** On the coloured Deployments and the preview Service: the Service they belong to. */
export const BLUE_GREEN_LABEL = 'gantry.bluegreen';
export const LIVE_ANNOTATION = `${ANNOTATION_PREFIX}bluegreen-live`;
export const PREVIOUS_ANNOTATION = `${ANNOTATION_PREFIX}bluegreen-previous`;
export const PREVIOUS_UNTIL_ANNOTATION = `${ANNOTATION_PREFIX}bluegreen-previous-until`;

export const previewServiceName = (service: string): string => `${service}-preview`;
export const colorName = (name: string, color: Color): string => `${name}-${color}`;

const asColor = (value: string | undefined): Color | undefined =>
  value === 'blue' || value === 'green' ? value : undefined;

interface ServiceSpec {
  selector?: Record<string, string>;
  ports?: Array<Record<string, unknown>>;
  [key: string]: unknown;
}
interface DeploymentSpec {
  selector?: { matchLabels?: Record<string, string>; [key: string]: unknown };
  template?: {
    metadata?: { labels?: Record<string, string>; [key: string]: unknown };
    [key: string]: unknown;
  };
  [key: string]: unknown;
}
const serviceSpec = (o: K8sObject): ServiceSpec => (o.spec ?? {}) as ServiceSpec;
const deploymentSpec = (o: K8sObject): DeploymentSpec => (o.spec ?? {}) as DeploymentSpec;

/** The live state, from the Service as it runs (undefined: it does not exist yet). */
export function serviceColorState(service: K8sObject | undefined): ColorState {
  const annotations = service?.metadata.annotations ?? {};
  const selector = service === undefined ? {} : (serviceSpec(service).selector ?? {});
  return {
    live: asColor(selector[COLOR_LABEL]) ?? asColor(annotations[LIVE_ANNOTATION]),
    previous: asColor(annotations[PREVIOUS_ANNOTATION]),
    previousUntil: annotations[PREVIOUS_UNTIL_ANNOTATION],
  };
}

/** What a blue-green release applies, split by when. */
export interface ColorPlan {
  color: Color;
  /** The switched Service from the manifests (its selector without the colour). */
  service: K8sObject;
  /** The release's Deployments behind the Service, as `color`. */
  colored: K8sObject[];
  /** `<service>-preview`, selecting `color`. */
  preview: K8sObject;
  /** Everything else in the manifests (ConfigMaps, other Services): applied with the colour. */
  shared: K8sObject[];
}

const withColor = (labels: Record<string, string> | undefined, color: Color): Record<string, string> => ({
  ...(labels ?? {}),
  [COLOR_LABEL]: color,
});

/** Whether a pod with `labels` is selected by `selector` (every key, same value). */
const selects = (selector: Record<string, string>, labels: Record<string, string>): boolean =>
  Object.entries(selector).every(([k, v]) => labels[k] === v);

/** A Deployment of the release as `color`: `<name>-<color>`, `gantry.color` on it, its selector and its pods. */
export function colorDeployment(d: K8sObject, color: Color, service: string): K8sObject {
  const spec = structuredClone(deploymentSpec(d));
  const template = spec.template ?? {};
  return {
    ...d,
    metadata: {
      ...d.metadata,
      name: colorName(d.metadata.name, color),
      labels: { ...withColor(d.metadata.labels, color), [BLUE_GREEN_LABEL]: service },
    },
    spec: {
      ...spec,
      selector: { ...(spec.selector ?? {}), matchLabels: withColor(spec.selector?.matchLabels, color) },
      template: {
        ...template,
        metadata: {
          ...(template.metadata ?? {}),
          labels: { ...withColor(template.metadata?.labels, color), [BLUE_GREEN_LABEL]: service },
        },
      },
    },
  };
}

/** `<service>-preview`: the manifests' own (its selector coloured), else a ClusterIP copy of the Service's ports. */
function previewOf(service: K8sObject, own: K8sObject | undefined, color: Color): K8sObject {
  const name = previewServiceName(service.metadata.name);
  const spec = serviceSpec(own ?? service);
  const selector = withColor(serviceSpec(service).selector, color);
  if (own !== undefined) return { ...own, spec: { ...spec, selector } };
  const ports = (spec.ports ?? []).map(({ nodePort: _nodePort, ...port }) => port);
  return {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: {
      name,
      ...(service.metadata.namespace === undefined ? {} : { namespace: service.metadata.namespace }),
      labels: { [BLUE_GREEN_LABEL]: service.metadata.name },
    },
    spec: { type: 'ClusterIP', selector, ports },
  };
}

/**
 * Splits the release's objects for `color`; refused (naming `input`, nothing changed) when the
 * manifests hold no such Service, it selects nothing, or no Deployment is behind it.
 */
export function planColors(
  objects: readonly K8sObject[],
  settings: KubernetesBlueGreenSettings,
  color: Color,
  input: string,
): ColorPlan {
  const isService = (o: K8sObject, name: string) => o.kind === 'Service' && o.metadata.name === name;
  const service = objects.find((o) => isService(o, settings.service));
  if (service === undefined)
    throw new ConfigurationError(`the manifests hold no Service named ${settings.service}`, input);
  const selector = serviceSpec(service).selector ?? {};
  if (Object.keys(selector).length === 0)
    throw new ConfigurationError(`the Service ${settings.service} has no selector to switch`, input);
  const behind = (o: K8sObject) =>
    o.kind === 'Deployment' && selects(selector, deploymentSpec(o).template?.metadata?.labels ?? {});
  const deployments = objects.filter(behind);
  if (deployments.length === 0)
    throw new ConfigurationError(
      `no Deployment of the manifests is selected by the Service ${settings.service}`,
      input,
    );
  const own = objects.find((o) => isService(o, previewServiceName(settings.service)));
  return {
    color,
    service,
    colored: deployments.map((d) => colorDeployment(d, color, settings.service)),
    preview: previewOf(service, own, color),
    shared: objects.filter((o) => o !== service && o !== own && !behind(o)),
  };
}

/** The state annotations after switching to `to` from `from` (nothing was live before the first release). */
export function switchAnnotations(
  to: Color,
  from: Color | undefined,
  previousUntil: string,
): Record<string, string | null> {
  return {
    [LIVE_ANNOTATION]: to,
    [PREVIOUS_ANNOTATION]: from ?? null,
    [PREVIOUS_UNTIL_ANNOTATION]: from === undefined ? null : previousUntil,
  };
}

/**
 * The switch of a Service that does not run yet: the manifests' Service with the colour in its
 * selector and the state annotations, one server-side apply.
 */
export function switchedService(
  service: K8sObject,
  to: Color,
  annotations: Record<string, string | null>,
): K8sObject {
  const set = Object.fromEntries(
    Object.entries(annotations).filter((e): e is [string, string] => e[1] !== null),
  );
  return {
    ...service,
    metadata: { ...service.metadata, annotations: { ...(service.metadata.annotations ?? {}), ...set } },
    spec: { ...serviceSpec(service), selector: withColor(serviceSpec(service).selector, to) },
  };
}

/**
 * The running Service as the colour's apply sends it: the manifests' spec (ports and the rest) with
 * its selector still on the live colour and the state annotations as they are, so nothing routes
 * differently until the switch.
 */
export function serviceKept(service: K8sObject, state: ColorState): K8sObject {
  if (state.live === undefined) return service;
  const annotations = {
    [LIVE_ANNOTATION]: state.live,
    ...(state.previous === undefined ? {} : { [PREVIOUS_ANNOTATION]: state.previous }),
    ...(state.previousUntil === undefined ? {} : { [PREVIOUS_UNTIL_ANNOTATION]: state.previousUntil }),
  };
  return switchedService(service, state.live, annotations);
}

/** The switch of a running Service: one JSON merge patch of its selector's colour and the state annotations. */
export const switchPatch = (to: Color, annotations: Record<string, string | null>): string =>
  JSON.stringify({ metadata: { annotations }, spec: { selector: { [COLOR_LABEL]: to } } });

/** The preview Service pointed at `color` (the idle one after a switch). */
export const previewPatch = (color: Color): string =>
  JSON.stringify({ spec: { selector: { [COLOR_LABEL]: color } } });

/** The label selector of a colour's Deployments. */
export const colorSelector = (service: string, color: Color): string =>
  `${BLUE_GREEN_LABEL}=${service},${COLOR_LABEL}=${color}`;

/**
 * Where `gantry switch back` goes: the previous colour, when one is recorded and its Deployments
 * still run Ready pods; otherwise the reason it cannot.
 */
export function switchBackTarget(
  state: ColorState,
  running: ReadonlySet<Color>,
): { to: Color; from: Color } | { refused: string } {
  if (state.live === undefined) return { refused: 'no blue-green release has switched the Service yet' };
  const to = state.previous;
  if (to === undefined || to === state.live)
    return { refused: `only ${state.live} has been live: there is no previous colour to switch back to` };
  if (!running.has(to))
    return {
      refused: `the previous colour (${to}) no longer runs (keep-previous has removed it, or it has no Ready pod)`,
    };
  return { to, from: state.live };
}

/** The colour a release deploys: the idle one (blue when nothing is live yet). */
export const idleOf = (state: ColorState): Color =>
  state.live === undefined ? 'blue' : otherColor(state.live);

/** What a dry run and `gantry plan` say a Kubernetes blue-green release does. */
export function k8sBlueGreenPlanLines(s: KubernetesBlueGreenSettings): string[] {
  const keep =
    s.keepPreviousMs === 0 ? 'removed at once' : `kept ${s.keepPreviousMs / 1000}s for gantry switch back`;
  return [
    `blue-green: the Deployments behind Service ${s.service} deploy as the idle colour (<name>-blue or <name>-green, label ${COLOR_LABEL}); the live colour is read from ${s.service}'s selector; no rollback: a failed colour is removed`,
    s.previewUrls.length === 0
      ? `before the switch: Ready only (no preview-urls); ${previewServiceName(s.service)} selects the idle colour`
      : `before the switch: smoke check of ${s.previewUrls.join(', ')} (through ${previewServiceName(s.service)}, the idle colour)`,
    `switch: ${s.service}'s selector moves to the new colour (one patch)`,
    `after the switch: the public smoke check; a failure switches back and removes the new colour; the old colour is ${keep}`,
  ];
}
