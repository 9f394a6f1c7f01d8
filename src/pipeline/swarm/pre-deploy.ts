import { type DockerClient, EngineError } from '../../adapters/docker.ts';
import { type JobResult, lastLines, type ResolvedJob } from '../../core/pre-deploy/jobs.ts';
import {
  jobLogsArgs,
  jobServiceName,
  jobServiceSpec,
  jobTaskState,
} from '../../core/pre-deploy/swarm-job.ts';
import { STACK_LABEL, type SwarmTask } from '../../core/swarm/engine-types.ts';
import type { ServicePlan } from '../../core/swarm/plan.ts';
import type { Reporter } from '../reporter.ts';
import { type SwarmDeployResult, serviceOutcomes } from './verdict.ts';

// Pre-deploy jobs on Swarm: each a one-off `replicated-job` service on the stack's networks with
// the release's secrets; waited for, its logs printed, then removed (also when it failed or timed
// out). Runs under the stack's deploy lock, before `docker stack deploy`.

export interface SwarmJobsRequest {
  stack: string;
  jobs: readonly ResolvedJob[];
  signal?: AbortSignal;
  /** How often the job's task is read (tests make it short). */
  pollMs?: number;
}

const query = (filters: Record<string, string[]>) => encodeURIComponent(JSON.stringify(filters));

/** The IDs of the stack's networks (none before its first deploy) and of the jobs' secrets by name. */
async function references(docker: DockerClient, request: SwarmJobsRequest) {
  const networks = await docker.api<Array<{ Id: string; Scope?: string }>>(
    'GET',
    `/networks?filters=${query({ label: [`${STACK_LABEL}=${request.stack}`] })}`,
  );
  const names = [...new Set(request.jobs.flatMap((j) => j.secrets.map((s) => s.fullName)))];
  const secrets =
    names.length === 0
      ? []
      : await docker.api<Array<{ ID: string; Spec: { Name: string } }>>(
          'GET',
          `/secrets?filters=${query({ name: names })}`,
        );
  const secretIds = new Map(secrets.map((s) => [s.Spec.Name, s.ID]));
  for (const name of names) if (!secretIds.has(name)) throw new Error(`secret ${name} is not on the engine`);
  return { networks: networks.filter((n) => n.Scope === 'swarm').map((n) => n.Id), secretIds };
}

const removeService = (docker: DockerClient, name: string) =>
  docker.api('DELETE', `/services/${encodeURIComponent(name)}`).catch((error: unknown) => {
    if (!(error instanceof EngineError && error.status === 404)) throw error;
  });

/**
 * Removes the job's exited containers on this engine's node (Docker 20.10 leaves a job's container
 * behind when its service is removed, holding its volumes); a container on another node is left to it.
 */
async function removeJobContainers(docker: DockerClient, name: string): Promise<void> {
  const info = await docker.api<{ Swarm?: { NodeID?: string } }>('GET', '/info');
  const tasks = await docker.api<SwarmTask[]>('GET', `/tasks?filters=${query({ service: [name] })}`);
  for (const task of tasks) {
    const id = task.Status.ContainerStatus?.ContainerID;
    if (id === undefined || id === '' || task.NodeID !== info.Swarm?.NodeID) continue;
    await docker.api('DELETE', `/containers/${id}?force=true&v=false`).catch((error: unknown) => {
      if (!(error instanceof EngineError && error.status === 404)) throw error;
    });
  }
}

/**
 * Once the job's service is gone: removes any container on this node still labelled with it. Its
 * task may not have named its container yet when the tasks were read (the agent reports the ID a
 * moment after creating it: a job that timed out just after it started, on a loaded machine).
 */
async function removeContainersLeft(docker: DockerClient, name: string): Promise<void> {
  const left = await docker.api<Array<{ Id: string }>>(
    'GET',
    `/containers/json?all=true&filters=${query({ label: [`com.docker.swarm.service.name=${name}`] })}`,
  );
  for (const container of left) {
    await docker.api('DELETE', `/containers/${container.Id}?force=true&v=false`).catch((error: unknown) => {
      if (!(error instanceof EngineError && error.status === 404)) throw error;
    });
  }
}

const pause = (ms: number, signal: AbortSignal | undefined) =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    }
    signal?.addEventListener('abort', done, { once: true });
  });

/** Waits for the job's task to end, or its timeout; the reason it failed, or undefined. */
async function waitForJob(
  docker: DockerClient,
  name: string,
  job: ResolvedJob,
  request: SwarmJobsRequest,
): Promise<string | undefined> {
  const deadline = Date.now() + job.timeoutMs;
  for (;;) {
    const tasks = await docker.api<SwarmTask[]>('GET', `/tasks?filters=${query({ service: [name] })}`);
    const state = jobTaskState(tasks);
    if (state.done) return state.ok ? undefined : state.reason;
    if (request.signal?.aborted) return 'was cancelled';
    if (Date.now() >= deadline) return `timed out after ${job.timeoutMs / 1000}s (${state.state})`;
    await pause(Math.min(request.pollMs ?? 1000, Math.max(0, deadline - Date.now())), request.signal);
  }
}

/** Runs one job to its end and removes its service; its output is printed as one log group. */
async function runJob(
  docker: DockerClient,
  request: SwarmJobsRequest,
  job: ResolvedJob,
  refs: Awaited<ReturnType<typeof references>>,
  report: Reporter,
): Promise<JobResult> {
  const name = jobServiceName(request.stack, job.name, 'pre-deploy');
  const started = Date.now();
  await removeService(docker, name); // a leftover of a cancelled run (the lock is ours)
  await docker.api('POST', '/services/create', jobServiceSpec(request.stack, job, refs));
  try {
    const failure = await waitForJob(docker, name, job, request);
    const logs = await docker.run(jobLogsArgs(name), { allowFailure: true, timeoutMs: 60_000 });
    const lines = lastLines(`${logs.stdout}\n${logs.stderr}`);
    await report.group(`pre-deploy job ${job.name}: output`, async () => {
      for (const line of lastLines(`${logs.stdout}\n${logs.stderr}`, 200)) report.info(line);
    });
    const seconds = (Date.now() - started) / 1000;
    return failure === undefined
      ? { name: job.name, ok: true, seconds, lines }
      : { name: job.name, ok: false, seconds, reason: failure, lines };
  } finally {
    await removeJobContainers(docker, name).catch((error: Error) =>
      report.warning(`could not remove the job's container: ${error.message}`),
    );
    await removeService(docker, name).catch((error: Error) =>
      report.warning(`could not remove the job's service ${name}: ${error.message}`),
    );
    await removeContainersLeft(docker, name).catch((error: Error) =>
      report.warning(`could not remove the job's container: ${error.message}`),
    );
  }
}

/** Runs the jobs in order; stops at the first that fails. Every result so far, the failed one last. */
export async function runSwarmJobs(
  docker: DockerClient,
  request: SwarmJobsRequest,
  report: Reporter,
): Promise<JobResult[]> {
  if (request.jobs.length === 0) return [];
  const refs = await references(docker, request);
  const results: JobResult[] = [];
  for (const job of request.jobs) {
    report.info(`pre-deploy job ${job.name}: running ${job.image}`);
    const result = await runJob(docker, request, job, refs, report);
    results.push(result);
    if (!result.ok) break;
  }
  return results;
}

/** The deploy's result when a pre-deploy job stopped it: no service was touched. */
export const stoppedByJobResult = (failure: string, plans: readonly ServicePlan[]): SwarmDeployResult => ({
  status: 'failed',
  message: `${failure}; nothing was deployed`,
  services: serviceOutcomes(plans, () => 'unchanged'),
  smoke: undefined,
  rolledBack: [],
  removed: [],
});
