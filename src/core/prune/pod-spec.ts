/**
 * The Secret names a pod spec refers to. Pod specs arrive as JSON of unknown shape, so every step
 * is checked rather than trusted.
 */

type Json = unknown;

const record = (value: Json): Record<string, Json> | undefined =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, Json>)
    : undefined;

const array = (value: Json): Json[] => (Array.isArray(value) ? value : []);

/** `get(obj, 'a', 'b')` is `obj.a.b` when every step is an object, else undefined. */
export function get(value: Json, ...path: string[]): Json {
  let current = value;
  for (const key of path) {
    const object = record(current);
    if (object === undefined) return undefined;
    current = object[key];
  }
  return current;
}

const text = (value: Json): string | undefined =>
  typeof value === 'string' && value !== '' ? value : undefined;

/** Volume types that name a Secret, and where (besides `secret` and `projected`, handled below). */
const VOLUME_SECRET_PATHS: readonly (readonly string[])[] = [
  ['secret', 'secretName'],
  ['csi', 'nodePublishSecretRef', 'name'],
  ['azureFile', 'secretName'],
  ['cephfs', 'secretRef', 'name'],
  ['rbd', 'secretRef', 'name'],
  ['flexVolume', 'secretRef', 'name'],
  ['iscsi', 'secretRef', 'name'],
  ['scaleIO', 'secretRef', 'name'],
  ['storageos', 'secretRef', 'name'],
];

/**
 * Secret names in a PodSpec: secret (and other secret-backed) volumes, projected volume sources,
 * env valueFrom.secretKeyRef and envFrom.secretRef of containers, initContainers and
 * ephemeralContainers, and imagePullSecrets. Sorted, without repeats.
 */
export function podSpecSecretNames(spec: Json): string[] {
  const names = new Set<string>();
  const add = (value: Json) => {
    const name = text(value);
    if (name !== undefined) names.add(name);
  };
  for (const volume of array(get(spec, 'volumes'))) {
    for (const path of VOLUME_SECRET_PATHS) add(get(volume, ...path));
    for (const source of array(get(volume, 'projected', 'sources'))) add(get(source, 'secret', 'name'));
  }
  for (const list of ['containers', 'initContainers', 'ephemeralContainers']) {
    for (const container of array(get(spec, list))) {
      for (const env of array(get(container, 'env'))) add(get(env, 'valueFrom', 'secretKeyRef', 'name'));
      for (const from of array(get(container, 'envFrom'))) add(get(from, 'secretRef', 'name'));
    }
  }
  for (const pull of array(get(spec, 'imagePullSecrets'))) add(get(pull, 'name'));
  return [...names].sort();
}
