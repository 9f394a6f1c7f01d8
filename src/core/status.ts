/**
 * What `gantry status` shows of a target: each Swarm service or Kubernetes workload with its
 * image (digest and the release it came from), replicas ready, the versioned secrets it uses and
 * its update state, and the deploy lock. Shared by both targets; pure.
 */
import { formatAge, type LockReading, lockStatusJson } from './lock-status.ts';
import { type CanaryState, describeState } from './strategy/canary.ts';

/** One image as the spec pins it. */
export interface ImageStatus {
  /** The reference as the spec holds it (`registry/app:v1@sha256:…`). */
  image: string;
  repository: string;
  tag: string | null;
  digest: string | null;
  /** The release tag: the reference's tag, else the image's org.opencontainers.image.version, else `unknown`. */
  release: string;
}

/** A secret a workload uses: its full name and, when it is one of gantry.yml's, NAME and version. */
export interface SecretInUse {
  name: string;
  secret: string | null;
  version: string | null;
}

export type UpdateState =
  | 'completed'
  | 'updating'
  | 'paused'
  | 'rolling back'
  | 'rollback paused'
  | 'rolled back'
  | 'failed'
  | 'none';

export interface WorkloadStatus {
  /** The service's name (`shop_web`) or the workload's (`web`). */
  name: string;
  /** `service` on Swarm; `Deployment`, `StatefulSet`, `DaemonSet` on Kubernetes. */
  kind: string;
  images: ImageStatus[];
  ready: number;
  /** null when nothing says how many are wanted. */
  desired: number | null;
  update: { state: UpdateState; message: string | null };
  secrets: SecretInUse[];
}

export interface TargetStatus {
  target: string;
  kind: 'swarm' | 'kubernetes';
  /** `stack shop` or `namespace shop`. */
  where: string;
  workloads: WorkloadStatus[];
  lock: LockReading;
  /** A blue-green target: the colours as recorded on its proxy service. */
  blueGreen?: ColorsStatus;
  /** Canaries running in a Kubernetes namespace, as recorded on their stable Deployments. */
  canaries?: { stable: string; state: CanaryState }[];
}

/** A blue-green target's colours: live, previous (and until when it is kept), which stacks run. */
export interface ColorsStatus {
  proxy: string;
  live: string | null;
  previous: string | null;
  previousUntil: string | null;
  running: string[];
}

function colorsLine(c: ColorsStatus): string {
  const previous =
    c.previous === null
      ? ''
      : `, previous ${c.previous} (${c.running.includes(c.previous) ? 'running' : 'removed'}${c.previousUntil === null ? '' : `, kept until ${c.previousUntil}`})`;
  return `blue-green: live ${c.live ?? 'none'}${previous}; proxy ${c.proxy}; running: ${c.running.join(', ') || 'none'}`;
}

/** The label an image (or a service) carries its version in. */
export const VERSION_LABEL = 'org.opencontainers.image.version';

/** `host:5000/team/app:v1@sha256:…` → repository, tag, digest (a port is not a tag). */
export function parseImageRef(ref: string): {
  repository: string;
  tag: string | null;
  digest: string | null;
} {
  const at = ref.indexOf('@');
  const name = at === -1 ? ref : ref.slice(0, at);
  const digest = at === -1 ? null : ref.slice(at + 1) || null;
  const colon = name.lastIndexOf(':');
  const tagged = colon > name.lastIndexOf('/');
  return {
    repository: tagged ? name.slice(0, colon) : name,
    tag: tagged ? name.slice(colon + 1) || null : null,
    digest,
  };
}

/** The image's status: the tag it keeps is its release, else the version label, else `unknown`. */
export function imageStatus(ref: string, versionLabel: string | undefined): ImageStatus {
  const parsed = parseImageRef(ref);
  const release = parsed.tag ?? (versionLabel?.trim() || 'unknown');
  return { image: ref, ...parsed, release };
}

/**
 * Which of gantry.yml's secrets `name` is a version of: `prefixes` maps each NAME to the prefix of
 * its versioned names (`shop_TOKEN_`, `shop-token-`); the longest prefix that matches wins.
 */
export function secretInUse(name: string, prefixes: ReadonlyMap<string, string>): SecretInUse {
  let best: { secret: string; prefix: string } | undefined;
  for (const [secret, prefix] of prefixes) {
    if (name.startsWith(prefix) && name.length > prefix.length && prefix.length > (best?.prefix.length ?? -1))
      best = { secret, prefix };
  }
  return best === undefined
    ? { name, secret: null, version: null }
    : { name, secret: best.secret, version: name.slice(best.prefix.length) };
}

/** The prefixes of Gantry's versioned names on Swarm: `<stack>_<NAME>_`. */
export const swarmSecretPrefixes = (stack: string, names: readonly string[]): Map<string, string> =>
  new Map(names.map((n) => [n, `${stack}_${n}_`]));

/** The prefixes on Kubernetes: `<stack>-<name>-`, lower-cased with `_` → `-`. */
export const kubernetesSecretPrefixes = (stack: string, names: readonly string[]): Map<string, string> =>
  new Map(names.map((n) => [n, `${stack}-${n}-`.toLowerCase().replaceAll('_', '-')]));

/** A Swarm service's UpdateStatus.State in words (absent: never updated). */
export function swarmUpdateState(state: string | undefined): UpdateState {
  const states: Record<string, UpdateState> = {
    completed: 'completed',
    updating: 'updating',
    paused: 'paused',
    rollback_started: 'rolling back',
    rollback_paused: 'rollback paused',
    rollback_completed: 'rolled back',
  };
  return state === undefined ? 'none' : (states[state] ?? 'updating');
}

const replicas = (w: WorkloadStatus): string => `${w.ready}/${w.desired ?? '?'}`;

const imageLine = (i: ImageStatus): string =>
  `${i.repository}${i.tag === null ? '' : `:${i.tag}`} (release ${i.release}, digest ${i.digest ?? 'none'})`;

const secretLine = (s: SecretInUse): string =>
  s.secret === null ? s.name : `${s.secret} version ${s.version} (${s.name})`;

function workloadLines(w: WorkloadStatus): string[] {
  const update = w.update.message === null ? w.update.state : `${w.update.state}: ${w.update.message}`;
  const kind = w.kind === 'service' ? '' : `${w.kind} `;
  return [
    `${kind}${w.name}: ${replicas(w)} ready, update ${update}`,
    ...w.images.map((i) => `  image:  ${imageLine(i)}`),
    ...(w.secrets.length === 0 ? ['  secrets: none'] : w.secrets.map((s) => `  secret: ${secretLine(s)}`)),
  ];
}

function lockLine(lock: LockReading, now: Date): string {
  if (lock.held === undefined) return `lock: free (${lock.lock})`;
  const age =
    lock.held.since === undefined
      ? 'since unknown'
      : `for ${formatAge(now.getTime() - lock.held.since.getTime())}`;
  return `lock: held by ${lock.held.holder} ${age}${lock.held.stale ? ' (stale)' : ''} (${lock.lock})`;
}

/** The status as text: a heading, each workload, then the lock. */
export function formatStatus(status: TargetStatus, now: Date): string {
  const lines = [`target ${status.target} (${status.kind}, ${status.where})`];
  if (status.blueGreen !== undefined) lines.push(colorsLine(status.blueGreen));
  for (const c of status.canaries ?? []) lines.push(describeState(c.stable, c.state));
  if (status.workloads.length === 0) lines.push('no services running');
  for (const w of status.workloads) lines.push(...workloadLines(w));
  lines.push(lockLine(status.lock, now));
  return `${lines.join('\n')}\n`;
}

/** `--json` of `gantry status`: one object, stable keys; the lock as `gantry lock status --json` has it. */
export function statusJson(status: TargetStatus): Record<string, unknown> {
  const { target, kind, where } = status;
  const { target: _t, kind: _k, ...lock } = lockStatusJson({ target, kind, ...status.lock });
  return {
    target,
    kind,
    where,
    workloads: status.workloads.map((w) => ({
      name: w.name,
      kind: w.kind,
      ready: w.ready,
      desired: w.desired,
      update: { state: w.update.state, message: w.update.message },
      images: w.images.map((i) => ({
        image: i.image,
        repository: i.repository,
        tag: i.tag,
        digest: i.digest,
        release: i.release,
      })),
      secrets: w.secrets.map((s) => ({ name: s.name, secret: s.secret, version: s.version })),
    })),
    ...(status.blueGreen === undefined ? {} : { blueGreen: status.blueGreen }),
    ...(status.canaries === undefined ? {} : { canaries: status.canaries }),
    lock,
  };
}
