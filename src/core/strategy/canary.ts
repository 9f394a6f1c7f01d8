import { ConfigurationError } from '../errors.ts';
import { ANNOTATION_PREFIX, type K8sObject } from '../kubernetes/manifests.ts';

/**
 * Canary on Kubernetes, the pure part: how many canary replicas give the canary a share of the
 * Service's endpoints closest to `canary-weight`, the canary Deployment made from the release's
 * Deployment, the stable Deployment a promotion applies, and the state recorded on the stable
 * Deployment (an annotation) for `gantry canary promote|abort` and `gantry status`.
 */

/** The label (and value) only canary pods carry; the Service's selector does not name it. */
export const TRACK_LABEL = 'gantry.track';
export const CANARY_TRACK = 'canary';
/** The annotation on the stable Deployment that records a running canary. */
export const CANARY_ANNOTATION = `${ANNOTATION_PREFIX}canary`;
/** No more canary replicas than this, whatever the weight (a 99 % canary of 10 would need 990). */
export const MAX_CANARY_REPLICAS = 50;

/** `web` → `web-canary`. */
export const canaryName = (stable: string): string => `${stable}-canary`;

/** The canary's share of the endpoints, in percent, one decimal. */
export const sharePercent = (canary: number, stable: number): number =>
  canary + stable === 0 ? 0 : Math.round((canary / (canary + stable)) * 1000) / 10;

/**
 * Canary replicas (at least 1, at most MAX_CANARY_REPLICAS) beside `stable` ready replicas so that
 * the canary's share of the Service's endpoints, c / (stable + c), is closest to `weightPercent`;
 * of two equally close counts, the smaller.
 */
export function canaryReplicas(stable: number, weightPercent: number): number {
  if (!Number.isInteger(stable) || stable < 1)
    throw new RangeError(`stable replicas must be >= 1, got ${stable}`);
  if (!(weightPercent > 0 && weightPercent < 100))
    throw new RangeError(`weight must be in (0, 100), got ${weightPercent}`);
  const ideal = (weightPercent * stable) / (100 - weightPercent);
  const candidates = [Math.floor(ideal), Math.ceil(ideal)].map((c) =>
    Math.min(MAX_CANARY_REPLICAS, Math.max(1, c)),
  );
  const distance = (c: number) => Math.abs(c / (stable + c) - weightPercent / 100);
  return candidates.reduce((best, c) => (distance(c) < distance(best) - 1e-12 ? c : best));
}

/** How long the canary is checked before promotion, or `manual`: it runs until `gantry canary promote|abort`. */
export type CanaryDuration = number | 'manual';

/** What a canary release does, printed by a dry run and recorded on the stable Deployment. */
export interface CanaryPlan {
  namespace: string;
  stable: string;
  canary: string;
  stableReplicas: number;
  canaryReplicas: number;
  weightPercent: number;
  /** The canary's share of the endpoints these counts give. */
  sharePercent: number;
  duration: CanaryDuration;
  /** The Service both tracks answer behind, when named. */
  service: string | undefined;
}

export function planCanary(input: {
  namespace: string;
  stable: string;
  stableReplicas: number;
  weightPercent: number;
  duration: CanaryDuration;
  service: string | undefined;
}): CanaryPlan {
  const replicas = canaryReplicas(input.stableReplicas, input.weightPercent);
  return {
    ...input,
    canary: canaryName(input.stable),
    canaryReplicas: replicas,
    sharePercent: sharePercent(replicas, input.stableReplicas),
  };
}

const durationText = (d: CanaryDuration): string =>
  d === 'manual' ? 'until gantry canary promote or abort' : `${Math.round(d / 1000)}s`;

/** The plan in one line: `web-canary: 1 replica beside 4 of web (20% of the endpoints, weight 20%), checked 60s`. */
export function describePlan(p: CanaryPlan): string {
  return `${p.canary}: ${p.canaryReplicas} replica${p.canaryReplicas === 1 ? '' : 's'} beside ${p.stableReplicas} of ${p.stable} (${p.sharePercent}% of the endpoints${p.service === undefined ? '' : ` of Service ${p.service}`}, canary-weight ${p.weightPercent}%), checked ${durationText(p.duration)}`;
}

// --- objects ------------------------------------------------------------------------------------

interface DeploymentSpec {
  replicas?: number;
  selector?: { matchLabels?: Record<string, string>; [key: string]: unknown };
  template?: {
    metadata?: { labels?: Record<string, string>; [key: string]: unknown };
    [key: string]: unknown;
  };
  [key: string]: unknown;
}

const specOf = (o: K8sObject): DeploymentSpec => (o.spec ?? {}) as DeploymentSpec;

/** The pod labels of a Deployment's template. */
export const podLabelsOf = (o: K8sObject): Record<string, string> =>
  specOf(o).template?.metadata?.labels ?? {};

/** Whether every key of `selector` is in `labels` with the same value (a Service's selector). */
export const selects = (
  selector: Readonly<Record<string, string>>,
  labels: Readonly<Record<string, string>>,
): boolean => Object.keys(selector).length > 0 && Object.entries(selector).every(([k, v]) => labels[k] === v);

function withTrack(labels: Record<string, string> | undefined): Record<string, string> {
  return { ...(labels ?? {}), [TRACK_LABEL]: CANARY_TRACK };
}

function withoutTrack(labels: Record<string, string> | undefined): Record<string, string> {
  const { [TRACK_LABEL]: _track, ...rest } = labels ?? {};
  return rest;
}

/**
 * The canary Deployment: the release's Deployment (its new spec) named `<name>-canary`, with
 * `plan.canaryReplicas`, and `gantry.track: canary` added to its selector and pod labels, so the
 * stable Deployment never counts its pods while the Service (whose selector does not name the label)
 * sends it its share of requests.
 */
export function canaryDeployment(release: K8sObject, plan: CanaryPlan): K8sObject {
  const spec = structuredClone(specOf(release));
  const template = spec.template ?? {};
  return {
    apiVersion: release.apiVersion,
    kind: 'Deployment',
    metadata: {
      name: plan.canary,
      namespace: plan.namespace,
      labels: withTrack(release.metadata.labels),
      annotations: {
        ...(release.metadata.annotations ?? {}),
        [`${ANNOTATION_PREFIX}canary-of`]: plan.stable,
      },
    },
    spec: {
      ...spec,
      replicas: plan.canaryReplicas,
      selector: { ...(spec.selector ?? {}), matchLabels: withTrack(spec.selector?.matchLabels) },
      template: {
        ...template,
        metadata: { ...(template.metadata ?? {}), labels: withTrack(template.metadata?.labels) },
      },
    },
  };
}

/**
 * The stable Deployment a promotion applies, made from the live canary: the canary's spec (the new
 * version) with the track label taken out again, under the stable name, with the stable's replicas.
 */
export function promotedDeployment(canary: K8sObject, stable: string, replicas: number): K8sObject {
  const spec = structuredClone(specOf(canary));
  const template = spec.template ?? {};
  const annotations = { ...(canary.metadata.annotations ?? {}) };
  delete annotations[`${ANNOTATION_PREFIX}canary-of`];
  for (const key of Object.keys(annotations))
    if (key.startsWith('deployment.kubernetes.io/')) delete annotations[key];
  delete annotations['kubectl.kubernetes.io/last-applied-configuration'];
  return {
    apiVersion: canary.apiVersion,
    kind: 'Deployment',
    metadata: {
      name: stable,
      ...(canary.metadata.namespace === undefined ? {} : { namespace: canary.metadata.namespace }),
      labels: withoutTrack(canary.metadata.labels),
      annotations,
    },
    spec: {
      ...spec,
      replicas,
      selector: { ...(spec.selector ?? {}), matchLabels: withoutTrack(spec.selector?.matchLabels) },
      template: {
        ...template,
        metadata: { ...(template.metadata ?? {}), labels: withoutTrack(template.metadata?.labels) },
      },
    },
  };
}

// --- recorded state -----------------------------------------------------------------------------

/** What the stable Deployment's `gantry.dev/canary` annotation says of a running canary. */
export interface CanaryState {
  canary: string;
  canaryReplicas: number;
  stableReplicas: number;
  weightPercent: number;
  /** ISO time the canary was Ready and its checks began. */
  started: string;
  /** ISO time the checks end and the canary is promoted, or `manual`. */
  until: string;
}

export function formatState(plan: CanaryPlan, started: Date): string {
  const state: CanaryState = {
    canary: plan.canary,
    canaryReplicas: plan.canaryReplicas,
    stableReplicas: plan.stableReplicas,
    weightPercent: plan.weightPercent,
    started: started.toISOString(),
    until: plan.duration === 'manual' ? 'manual' : new Date(started.getTime() + plan.duration).toISOString(),
  };
  return JSON.stringify(state);
}

/** The recorded state, or undefined when the annotation is absent or not Gantry's JSON. */
export function parseState(raw: string | undefined): CanaryState | undefined {
  if (raw === undefined || raw === '') return undefined;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return undefined;
  }
  const s = value as Partial<CanaryState> | null;
  if (
    s === null ||
    typeof s !== 'object' ||
    typeof s.canary !== 'string' ||
    typeof s.canaryReplicas !== 'number' ||
    typeof s.stableReplicas !== 'number' ||
    typeof s.weightPercent !== 'number' ||
    typeof s.started !== 'string' ||
    typeof s.until !== 'string'
  )
    return undefined;
  return {
    canary: s.canary,
    canaryReplicas: s.canaryReplicas,
    stableReplicas: s.stableReplicas,
    weightPercent: s.weightPercent,
    started: s.started,
    until: s.until,
  };
}

/** `gantry status`'s line for a running canary. */
export function describeState(stable: string, s: CanaryState): string {
  const checks =
    s.until === 'manual' ? 'left running: gantry canary promote|abort' : `checked until ${s.until}`;
  return `canary ${s.canary} running beside ${stable}: ${s.canaryReplicas} + ${s.stableReplicas} replicas (${sharePercent(s.canaryReplicas, s.stableReplicas)}% of the endpoints, canary-weight ${s.weightPercent}%), since ${s.started}, ${checks}`;
}

// --- the Deployment a canary is made of ---------------------------------------------------------

/**
 * The release's Deployment the canary is made of: the one whose pods the named Service selects,
 * or, with no Service named, the only Deployment of the manifests. Refused (naming `input`) when
 * there is none or more than one.
 */
export function canarySubject(
  objects: readonly K8sObject[],
  service: string | undefined,
  input: string,
): K8sObject {
  const deployments = objects.filter((o) => o.kind === 'Deployment');
  if (service === undefined) {
    const [only, ...more] = deployments;
    if (only === undefined || more.length > 0)
      throw new ConfigurationError(
        `strategy: canary needs exactly one Deployment in the manifests, or \`service\` naming the Service whose Deployment the canary is for (found ${deployments.length})`,
        input,
      );
    return only;
  }
  const svc = objects.find((o) => o.kind === 'Service' && o.metadata.name === service);
  if (svc === undefined) throw new ConfigurationError(`no Service ${service} in the manifests`, input);
  const selector = ((svc.spec ?? {}) as { selector?: Record<string, string> }).selector ?? {};
  const selected = deployments.filter((d) => selects(selector, podLabelsOf(d)));
  const [only, ...more] = selected;
  if (only === undefined || more.length > 0)
    throw new ConfigurationError(
      `Service ${service} must select the pods of exactly one Deployment of the manifests (it selects ${selected.length})`,
      input,
    );
  return only;
}

/** What `gantry plan` says of a canary target (the counts are read from the cluster at release). */
export function canaryPlanLines(s: {
  service: string | undefined;
  weightPercent: number;
  durationMs: CanaryDuration;
}): string[] {
  const behind = s.service === undefined ? 'the Deployment' : `the Deployment behind Service ${s.service}`;
  return [
    `canary: ${behind} gets a <name>-canary beside it (label ${TRACK_LABEL}: ${CANARY_TRACK}) with the new spec, about ${s.weightPercent}% of the endpoints (replicas from the stable count, read at release)`,
    s.durationMs === 'manual'
      ? 'checks: one round of the smoke URLs through the Service, then the canary is left running for gantry canary promote|abort'
      : `checks: the smoke URLs once per round for ${s.durationMs / 1000}s, any failure removes the canary; then the stable Deployment gets the new spec (watched, undone on failure) and the canary is removed`,
  ];
}
