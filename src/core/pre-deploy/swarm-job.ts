import { ConfigurationError } from '../errors.ts';
import type { ServiceSpec, SwarmTask } from '../swarm/engine-types.ts';
import { type ResolvedJob, SECRETS_DIR } from './jobs.ts';

/**
 * A pre-deploy job on Swarm, pure: a one-off service in `replicated-job` mode (Docker 20.10+) that
 * runs once and is never restarted, on the stack's networks with the release's versioned secrets;
 * the verdict of its task; the `docker service logs` argv.
 */

/** The job's service name: `<stack>-pre-deploy-<job>` (a service name holds at most 63 characters). */
export function jobServiceName(stack: string, job: string, input: string): string {
  const name = `${stack}-pre-deploy-${job}`;
  if (name.length > 63)
    throw new ConfigurationError(
      `the job's service ${name} would be longer than 63 characters: shorten the job's name or the stack's`,
      input,
    );
  return name;
}

/** Labels that mark a job's service (a leftover of a cancelled run is found and removed by them). */
export const jobLabels = (stack: string, job: string): Record<string, string> => ({
  'gantry.stack': stack,
  'gantry.pre-deploy': job,
});

/** The Engine API spec (`POST /services/create`) of one job. */
export function jobServiceSpec(
  stack: string,
  job: ResolvedJob,
  refs: { networks: readonly string[]; secretIds: ReadonlyMap<string, string> },
): ServiceSpec {
  return {
    Name: jobServiceName(stack, job.name, 'pre-deploy'),
    Labels: jobLabels(stack, job.name),
    TaskTemplate: {
      ContainerSpec: {
        Image: job.image,
        Command: job.command,
        Env: Object.entries(job.env).map(([k, v]) => `${k}=${v}`),
        Secrets: job.secrets.map((s) => ({
          File: { Name: s.name, UID: '0', GID: '0', Mode: 0o444 },
          SecretID: refs.secretIds.get(s.fullName) ?? '',
          SecretName: s.fullName,
        })),
        Labels: jobLabels(stack, job.name),
        Mounts: job.volumes.map((v) => ({ Type: 'volume', Source: `${stack}_${v.name}`, Target: v.path })),
      },
      RestartPolicy: { Condition: 'none' },
      Networks: refs.networks.map((id) => ({ Target: id })),
    },
    Mode: { ReplicatedJob: { MaxConcurrent: 1, TotalCompletions: 1 } },
  };
}

/** Where a job's task is: still going, completed, or failed with the engine's words. */
export type JobTaskState =
  | { done: false; state: string }
  | { done: true; ok: true }
  | { done: true; ok: false; reason: string };

/** The verdict of a job's (one) task. */
export function jobTaskState(tasks: readonly SwarmTask[]): JobTaskState {
  const task = [...tasks].sort((a, b) => (a.CreatedAt ?? '').localeCompare(b.CreatedAt ?? '')).at(-1);
  if (task === undefined) return { done: false, state: 'no task yet' };
  const { State, Err, Message, ContainerStatus } = task.Status;
  if (State === 'complete') return { done: true, ok: true };
  if (State === 'failed' || State === 'rejected' || State === 'orphaned' || State === 'shutdown') {
    const exit = ContainerStatus?.ExitCode;
    const why = Err || Message || State;
    return {
      done: true,
      ok: false,
      reason: `failed${exit !== undefined && exit !== 0 ? ` (exit code ${exit})` : ''}: ${why}`,
    };
  }
  return { done: false, state: State };
}

/** The job's output, stdout and stderr, as its program wrote it (`--raw`). */
export const jobLogsArgs = (service: string, tail = 200): string[] => [
  'service',
  'logs',
  '--raw',
  '--no-trunc',
  '--tail',
  String(tail),
  service,
];

export { SECRETS_DIR };
