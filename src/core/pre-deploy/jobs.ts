import { ConfigurationError } from '../errors.ts';

/**
 * Pre-deploy jobs (a schema migration, say): one-off commands a deploy runs on its target after
 * the plan and under the deploy lock, before any service or workload changes. Pure: the jobs as
 * configured, resolved against a release's images and secrets, and the words a plan, a log and a
 * failure use for them. The Swarm service spec and the Kubernetes Job are in swarm-job.ts and
 * kubernetes-job.ts.
 */

/** A job as gantry.yml (or a deploy action's `pre-deploy` input) gives it. */
export interface PreDeployJob {
  /** A DNS label (lower-case letters, digits, `-`), at most 40 characters. */
  name: string;
  /** An image key of the release, or an image reference; undefined: the release's image. */
  image: string | undefined;
  /** Replaces the image's entrypoint (as a Kubernetes `command`). */
  command: string[];
  env: Record<string, string>;
  /** Names of the release's secrets, each mounted as the file /run/secrets/NAME. */
  secrets: string[];
  /** Volumes of the stack (Swarm) or of the manifests' pods (Kubernetes), by name, and where to mount them. */
  volumes: JobVolume[];
  timeoutMs: number;
}

export interface JobVolume {
  name: string;
  path: string;
}

/** A job's volume, `NAME:/absolute/path`. */
export function parseJobVolume(input: string, raw: string): JobVolume {
  const match = /^([a-zA-Z0-9][a-zA-Z0-9_.-]*):(\/[^:\s]*)$/.exec(raw.trim());
  if (match === null)
    throw new ConfigurationError(
      `expected NAME:/absolute/path (a volume and where to mount it), got ${JSON.stringify(raw)}`,
      input,
    );
  return { name: match[1] ?? '', path: match[2] ?? '' };
}

/** A job ready to run: its image a reference, each secret its versioned name on the target. */
export interface ResolvedJob {
  name: string;
  image: string;
  command: string[];
  env: Record<string, string>;
  secrets: Array<{ name: string; fullName: string }>;
  volumes: JobVolume[];
  timeoutMs: number;
}

/** Where the secrets of a job are mounted, one file per secret, named as the secret. */
export const SECRETS_DIR = '/run/secrets';

const JOB_NAME = /^[a-z0-9]([a-z0-9-]{0,38}[a-z0-9])?$/;

/** A job's name: a DNS label of at most 40 characters (it names a Swarm service and a Kubernetes Job). */
export function checkJobName(input: string, raw: string): string {
  const name = raw.trim();
  if (!JOB_NAME.test(name))
    throw new ConfigurationError(
      `expected lower-case letters, digits and - (a DNS label of at most 40, starting and ending with a letter or digit), got ${JSON.stringify(name)}`,
      input,
    );
  return name;
}

/** What a job's image and secret names resolve to; undefined when unknown. */
export interface JobLookup {
  /** The image for a key (undefined: the release's default image); undefined when `key` is no key. */
  image(key: string | undefined): string | undefined;
  /** The versioned name of a secret on the target; undefined when the release has no such secret. */
  secret(name: string): string | undefined;
  /** Whether a job's `image` that is not a key is accepted as an image reference (throws if not). */
  reference(input: string, raw: string): string;
}

/** The jobs with their images and secrets resolved; `input` names the list in errors (`pre-deploy`). */
export function resolveJobs(input: string, jobs: readonly PreDeployJob[], lookup: JobLookup): ResolvedJob[] {
  const seen = new Set<string>();
  return jobs.map((job, i) => {
    const at = `${input}[${i}]`;
    if (seen.has(job.name)) throw new ConfigurationError(`job name ${job.name} is used twice`, `${at}.name`);
    seen.add(job.name);
    const image =
      lookup.image(job.image) ??
      (job.image === undefined ? undefined : lookup.reference(`${at}.image`, job.image));
    if (image === undefined)
      throw new ConfigurationError(
        'is required: the release has no single image to default to',
        `${at}.image`,
      );
    const secrets = job.secrets.map((name) => {
      const fullName = lookup.secret(name);
      if (fullName === undefined)
        throw new ConfigurationError(
          `names ${name}, which is not one of the release's secrets`,
          `${at}.secrets`,
        );
      return { name, fullName };
    });
    return {
      name: job.name,
      image,
      command: job.command,
      env: job.env,
      secrets,
      volumes: job.volumes,
      timeoutMs: job.timeoutMs,
    };
  });
}

/** One line per job, for `gantry plan`, a dry run and the deploy's log. */
export function jobLines(jobs: readonly ResolvedJob[]): string[] {
  return jobs.map((job) => {
    const parts = [
      `image ${job.image}`,
      `command ${JSON.stringify(job.command)}`,
      ...(Object.keys(job.env).length > 0 ? [`env ${Object.keys(job.env).join(', ')}`] : []),
      ...(job.secrets.length > 0
        ? [`secrets ${job.secrets.map((s) => `${s.fullName} as ${SECRETS_DIR}/${s.name}`).join(', ')}`]
        : []),
      ...(job.volumes.length > 0
        ? [`volumes ${job.volumes.map((v) => `${v.name} at ${v.path}`).join(', ')}`]
        : []),
      `timeout ${job.timeoutMs / 1000}s`,
    ];
    return `${job.name}: ${parts.join('; ')}`;
  });
}

/** How long the jobs may take at most: their timeouts, and a minute each to start, log and clean up. */
export const jobsBudgetMs = (jobs: readonly ResolvedJob[]): number =>
  jobs.reduce((sum, job) => sum + job.timeoutMs + 60_000, 0);

/** How many of a job's last log lines a failure shows. */
export const FAILURE_LINES = 20;

/** The last `count` non-empty lines of a job's output. */
export function lastLines(output: string, count = FAILURE_LINES): string[] {
  return output
    .split(/\r?\n/)
    .map((l) => l.trimEnd())
    .filter((l) => l !== '')
    .slice(-count);
}

/** How one job ended. */
export type JobResult =
  | { name: string; ok: true; seconds: number; lines: string[] }
  | { name: string; ok: false; seconds: number; reason: string; lines: string[] };

/** The failure message of a deploy stopped by a job: the reason and its last log lines. */
export function jobFailure(result: JobResult & { ok: false }): string {
  const tail =
    result.lines.length > 0 ? `; its last log lines: ${result.lines.join(' | ')}` : '; it logged nothing';
  return `pre-deploy job ${result.name} ${result.reason}${tail}`;
}

/** The pre-deploy stage's detail for jobs that all passed. */
export const jobsDetail = (results: readonly JobResult[]): string =>
  results.map((r) => `${r.name} completed in ${r.seconds.toFixed(1)}s`).join(', ');

/** The failure of the first job that failed (its last log lines in it); undefined when all completed. */
export function firstFailure(results: readonly JobResult[]): string | undefined {
  const failed = results.find((r): r is JobResult & { ok: false } => !r.ok);
  return failed === undefined ? undefined : jobFailure(failed);
}

/**
 * A deploy action's `beforeApply` (the jobs run, the first failure its answer) and its time budget;
 * nothing without jobs.
 */
export const beforeApplyJobs = (
  jobs: readonly ResolvedJob[],
  run: () => Promise<readonly JobResult[]>,
): { beforeApplyMs: number; beforeApply: () => Promise<string | undefined> } | Record<string, never> =>
  jobs.length === 0
    ? {}
    : { beforeApplyMs: jobsBudgetMs(jobs), beforeApply: async () => firstFailure(await run()) };
