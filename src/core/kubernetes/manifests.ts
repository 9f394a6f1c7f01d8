import { isMap, isScalar, isSeq, parseAllDocuments } from 'yaml';
import { ConfigurationError } from '../errors.ts';
import { normalizePinnedImage } from '../registry/reference.ts';

/**
 * Pure manifest handling for the Kubernetes deploy: `${KEY}` substitution, multi-document YAML
 * splitting, image pinning in containers and init containers, traceability annotations, and the
 * list of workloads to wait on. Input: file texts; output: plain objects ready for `kubectl apply`.
 */

export interface K8sObject {
  apiVersion: string;
  kind: string;
  metadata: {
    name: string;
    namespace?: string;
    annotations?: Record<string, string>;
    labels?: Record<string, string>;
    [key: string]: unknown;
  };
  [key: string]: unknown;
}

export interface ManifestSource {
  /** Shown in errors: a file path, or `kustomize <dir>`. */
  path: string;
  text: string;
}

/** Input names used in errors (the action's names, or the CLI's flags). */
export interface ManifestInputNames {
  manifests: string;
  env: string;
  images: string;
  namespace: string;
}

const VAR = /\$(\$?)\{([A-Za-z_][A-Za-z0-9_]*)\}/g;

/**
 * Replaces `${KEY}` with the `env` value of KEY. A `${KEY}` with no value is an error (a versioned
 * secret name that silently stays `${DB_SECRET}` would fail much later, on the cluster); `$${KEY}`
 * writes a literal `${KEY}` (for shell scripts in a container's command).
 */
export function substituteEnv(
  source: ManifestSource,
  env: ReadonlyMap<string, string>,
  input = 'env',
): string {
  const missing = new Set<string>();
  const text = source.text.replace(VAR, (_all, escaped: string, key: string) => {
    if (escaped === '$') return `\${${key}}`;
    const value = env.get(key);
    if (value === undefined) {
      missing.add(key);
      return '';
    }
    return value;
  });
  if (missing.size > 0) {
    throw new ConfigurationError(
      `${source.path} uses ${[...missing].map((k) => `\${${k}}`).join(', ')} but no value is given (add KEY=value lines, or write $\${KEY} for a literal)`,
      input,
    );
  }
  return text;
}

const lineOf = (text: string, offset: number): number => text.slice(0, offset).split('\n').length;

/** Splits multi-document YAML into objects; `kind: List` is flattened; empty documents are skipped. */
export function parseManifest(source: ManifestSource, text: string, input = 'manifests'): K8sObject[] {
  const objects: K8sObject[] = [];
  const docs = parseAllDocuments(text, { prettyErrors: false, uniqueKeys: true });
  const list = Array.isArray(docs) ? docs : [docs];
  for (const doc of list) {
    const error = doc.errors[0];
    if (error !== undefined) {
      throw new ConfigurationError(
        `${source.path}:${lineOf(text, error.pos[0])} is not valid YAML: ${error.message.split('\n')[0]}`,
        input,
      );
    }
    if (doc.contents === null || (isScalar(doc.contents) && doc.contents.value === null)) continue;
    if (!isMap(doc.contents) && !isSeq(doc.contents)) {
      throw new ConfigurationError(
        `${source.path}:${lineOf(text, doc.range[0])}: a document must be a Kubernetes object, got a scalar`,
        input,
      );
    }
    const value = doc.toJS({ maxAliasCount: 100 }) as unknown;
    const items = Array.isArray(value) ? value : [value];
    for (const item of items) {
      const line = lineOf(text, doc.range[0]);
      if (isObject(item) && item.kind === 'List' && Array.isArray(item.items)) {
        for (const inner of item.items) objects.push(checkObject(inner, `${source.path}:${line}`, input));
      } else {
        objects.push(checkObject(item, `${source.path}:${line}`, input));
      }
    }
  }
  return objects;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function checkObject(value: unknown, where: string, input: string): K8sObject {
  if (!isObject(value)) throw new ConfigurationError(`${where}: expected a Kubernetes object`, input);
  const { apiVersion, kind, metadata } = value;
  if (typeof apiVersion !== 'string' || apiVersion === '')
    throw new ConfigurationError(`${where}: the object has no apiVersion`, input);
  if (typeof kind !== 'string' || kind === '')
    throw new ConfigurationError(`${where}: the object has no kind`, input);
  if (!isObject(metadata) || typeof metadata.name !== 'string' || metadata.name === '') {
    throw new ConfigurationError(
      `${where}: the ${kind} has no metadata.name (generateName is not supported by apply)`,
      input,
    );
  }
  for (const key of ['annotations', 'labels'] as const) {
    const map = metadata[key];
    if (map !== undefined && map !== null && !isObject(map))
      throw new ConfigurationError(
        `${where}: ${kind} ${metadata.name}: metadata.${key} must be a map`,
        input,
      );
  }
  return value as K8sObject;
}

/** Parses every source after substitution; no object at all is an error. */
export function loadManifests(
  sources: readonly ManifestSource[],
  env: ReadonlyMap<string, string>,
  names: ManifestInputNames,
): K8sObject[] {
  const objects = sources.flatMap((s) => parseManifest(s, substituteEnv(s, env, names.env), names.manifests));
  if (objects.length === 0)
    throw new ConfigurationError('the manifests hold no Kubernetes object', names.manifests);
  const seen = new Set<string>();
  for (const o of objects) {
    const key = objectKey(o);
    if (seen.has(key)) throw new ConfigurationError(`${key} is defined twice`, names.manifests);
    seen.add(key);
  }
  return objects;
}

export const objectKey = (o: K8sObject, namespace?: string): string =>
  `${o.kind}/${o.metadata.namespace ?? namespace ?? ''}${(o.metadata.namespace ?? namespace) ? '/' : ''}${o.metadata.name}`;

/** Checks that objects naming their own namespace agree with the `namespace` input (kubectl refuses otherwise). */
export function checkNamespaces(
  objects: readonly K8sObject[],
  namespace: string | undefined,
  input = 'namespace',
): void {
  if (namespace === undefined) return;
  for (const o of objects) {
    if (o.metadata.namespace !== undefined && o.metadata.namespace !== namespace) {
      throw new ConfigurationError(
        `is ${namespace}, but ${o.kind} ${o.metadata.name} names namespace ${o.metadata.namespace}; remove one of them`,
        input,
      );
    }
  }
}

// --- images -----------------------------------------------------------------------------------

/** `name=image@sha256:<64 hex>` lines: the image name as the manifests write it → the pinned image. */
export function parseImages(input: string, lines: readonly string[]): Map<string, string> {
  const pins = new Map<string, string>();
  for (const line of lines) {
    const at = line.indexOf('=');
    const name = at > 0 ? line.slice(0, at).trim() : '';
    const image = at > 0 ? line.slice(at + 1).trim() : '';
    if (
      name === '' ||
      !/^[^\s=@]+@sha256:[a-f0-9]{64}$/.test(image) ||
      !/^[a-z0-9][a-z0-9._/:-]*$/.test(name)
    ) {
      throw new ConfigurationError(
        `expected name=image@sha256:<64 hex digits> lines (name as the manifests' containers write the image, without tag), got ${JSON.stringify(line)}`,
        input,
      );
    }
    if (pins.has(name)) throw new ConfigurationError(`image ${name} is pinned twice`, input);
    pins.set(name, normalizePinnedImage(input, image));
  }
  return pins;
}

/** The repository part of an image reference: without `@digest` and without `:tag` (a registry port stays). */
export function imageName(reference: string): string {
  const noDigest = reference.split('@')[0] ?? reference;
  const slash = noDigest.lastIndexOf('/');
  const colon = noDigest.lastIndexOf(':');
  return colon > slash ? noDigest.slice(0, colon) : noDigest;
}

interface PodSpecLike {
  containers?: Array<{ name?: string; image?: string }>;
  initContainers?: Array<{ name?: string; image?: string }>;
  [key: string]: unknown;
}

/** Where a kind keeps its pod spec; undefined for kinds without pods. */
export function podSpecOf(o: K8sObject): PodSpecLike | undefined {
  const spec = o.spec as Record<string, unknown> | undefined;
  if (!isObject(spec)) return undefined;
  switch (o.kind) {
    case 'Pod':
      return spec as PodSpecLike;
    case 'Deployment':
    case 'StatefulSet':
    case 'DaemonSet':
    case 'ReplicaSet':
    case 'ReplicationController':
    case 'Job': {
      const template = spec.template;
      return isObject(template) && isObject(template.spec) ? (template.spec as PodSpecLike) : undefined;
    }
    case 'CronJob': {
      const job = spec.jobTemplate;
      const template = isObject(job) && isObject(job.spec) ? job.spec.template : undefined;
      return isObject(template) && isObject(template.spec) ? (template.spec as PodSpecLike) : undefined;
    }
    default:
      return undefined;
  }
}

export const WORKLOAD_KINDS = ['Deployment', 'StatefulSet', 'DaemonSet', 'Job', 'CronJob', 'Pod'] as const;
export const isWorkload = (o: K8sObject): boolean =>
  (WORKLOAD_KINDS as readonly string[]).includes(o.kind) && podSpecOf(o) !== undefined;
/** The kinds `kubectl rollout status` and `rollout undo` understand. */
export const ROLLOUT_KINDS = ['Deployment', 'StatefulSet', 'DaemonSet'] as const;
export const isRolloutKind = (kind: string): boolean => (ROLLOUT_KINDS as readonly string[]).includes(kind);

/** Container images of an object (containers, then init containers), as `container=image`. */
export function imagesOf(o: K8sObject): string[] {
  const spec = podSpecOf(o);
  if (spec === undefined) return [];
  return [...(spec.initContainers ?? []), ...(spec.containers ?? [])].map(
    (c) => `${c.name ?? '?'}=${c.image ?? '?'}`,
  );
}

/**
 * Returns copies of the objects with every container and init container whose image name matches
 * a pin set to the pinned image. A pin that matches no container is an error (a typo would
 * otherwise deploy the old image).
 */
export function pinImages(
  objects: readonly K8sObject[],
  pins: ReadonlyMap<string, string>,
  input = 'images',
): K8sObject[] {
  const out = objects.map((o) => {
    const copy = structuredClone(o);
    const spec = podSpecOf(copy);
    for (const container of [...(spec?.containers ?? []), ...(spec?.initContainers ?? [])]) {
      const pinned = typeof container.image === 'string' ? pins.get(imageName(container.image)) : undefined;
      if (pinned !== undefined) container.image = pinned;
    }
    return copy;
  });
  const used = new Set<string>();
  for (const o of objects) {
    const spec = podSpecOf(o);
    for (const c of [...(spec?.containers ?? []), ...(spec?.initContainers ?? [])])
      if (typeof c.image === 'string' && pins.has(imageName(c.image))) used.add(imageName(c.image));
  }
  const unused = [...pins.keys()].filter((name) => !used.has(name));
  if (unused.length > 0) {
    const known = [
      ...new Set(
        objects.flatMap((o) => {
          const spec = podSpecOf(o);
          return [...(spec?.containers ?? []), ...(spec?.initContainers ?? [])]
            .map((c) => (typeof c.image === 'string' ? imageName(c.image) : ''))
            .filter((n) => n !== '');
        }),
      ),
    ];
    throw new ConfigurationError(
      `no container uses ${unused.join(', ')} (images in the manifests: ${known.join(', ') || 'none'})`,
      input,
    );
  }
  return out;
}

// --- traceability -----------------------------------------------------------------------------

export const ANNOTATION_PREFIX = 'gantry.dev/';

/**
 * Annotations that say which run deployed a workload. They go on the workload's own metadata only:
 * on the pod template they would change the template, and so start a rollout, on every deploy.
 */
export function traceAnnotations(env: Readonly<Record<string, string | undefined>>): Record<string, string> {
  const out: Record<string, string> = {};
  const server = env.GITHUB_SERVER_URL ?? 'https://github.com';
  if (env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID) {
    out[`${ANNOTATION_PREFIX}run-url`] =
      `${server}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}${env.GITHUB_RUN_ATTEMPT ? `/attempts/${env.GITHUB_RUN_ATTEMPT}` : ''}`;
  }
  if (env.GITHUB_REPOSITORY) out[`${ANNOTATION_PREFIX}repository`] = env.GITHUB_REPOSITORY;
  if (env.GITHUB_SHA) out[`${ANNOTATION_PREFIX}commit`] = env.GITHUB_SHA;
  if (env.GITHUB_REF) out[`${ANNOTATION_PREFIX}ref`] = env.GITHUB_REF;
  if (env.GITHUB_ACTOR) out[`${ANNOTATION_PREFIX}actor`] = env.GITHUB_ACTOR;
  if (env.GITHUB_WORKFLOW) out[`${ANNOTATION_PREFIX}workflow`] = env.GITHUB_WORKFLOW;
  return out;
}

/** Copies of the objects with the annotations added to every workload's metadata (not its template). */
export function annotateWorkloads(
  objects: readonly K8sObject[],
  annotations: Readonly<Record<string, string>>,
): K8sObject[] {
  if (Object.keys(annotations).length === 0) return objects.map((o) => structuredClone(o));
  return objects.map((o) => {
    const copy = structuredClone(o);
    if (isWorkload(copy))
      copy.metadata.annotations = { ...(copy.metadata.annotations ?? {}), ...annotations };
    return copy;
  });
}

// --- workloads --------------------------------------------------------------------------------

export interface WorkloadRef {
  kind: string;
  name: string;
  /** The object's namespace, else the `namespace` input; undefined: the context's default namespace. */
  namespace: string | undefined;
}

/** Every Deployment, StatefulSet and DaemonSet applied: the ones `kubectl rollout status` waits on. */
export function rolloutWorkloads(
  objects: readonly K8sObject[],
  namespace: string | undefined,
): WorkloadRef[] {
  return objects
    .filter((o) => isRolloutKind(o.kind))
    .map((o) => ({ kind: o.kind, name: o.metadata.name, namespace: o.metadata.namespace ?? namespace }));
}

/** Every workload (pods are made from it): for the outputs and the plan. */
export function workloadRefs(objects: readonly K8sObject[], namespace: string | undefined): WorkloadRef[] {
  return objects
    .filter(isWorkload)
    .map((o) => ({ kind: o.kind, name: o.metadata.name, namespace: o.metadata.namespace ?? namespace }));
}
