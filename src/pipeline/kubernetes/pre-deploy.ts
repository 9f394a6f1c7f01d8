import type { Kubectl } from '../../adapters/kubectl.ts';
import type { ObjectPlan } from '../../core/kubernetes/state.ts';
import { type JobResult, lastLines, type ResolvedJob } from '../../core/pre-deploy/jobs.ts';
import {
  createJobArgs,
  deleteJobArgs,
  getJobArgs,
  jobLogsArgs,
  jobManifest,
  jobObjectName,
  jobState,
  type PodDefaults,
} from '../../core/pre-deploy/kubernetes-job.ts';
import type { Reporter } from '../reporter.ts';
import { type KubernetesDeployResult, workloadOutcomes } from './verdict.ts';

// Pre-deploy jobs on Kubernetes: each a Job (backoffLimit 0) in the deploy's namespace, the
// previous run's Job of the same name deleted first; waited for, its pod's logs printed; kept for
// inspection. Runs under the namespace's deploy lock, before `kubectl apply`.

export interface KubernetesJobsRequest {
  namespace: string;
  jobs: readonly ResolvedJob[];
  /** Pull secrets and service account, as the manifests' pods have them. */
  podDefaults: PodDefaults;
  signal?: AbortSignal;
  pollMs?: number;
}

/** Beyond the job's own deadline (the cluster's): how long Gantry waits for the Job to say so. */
const GRACE_MS = 30_000;

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

/** Waits for the Job's Complete or Failed condition; the reason it failed, or undefined. */
async function waitForJob(
  kubectl: Kubectl,
  job: ResolvedJob,
  request: KubernetesJobsRequest,
): Promise<string | undefined> {
  const deadline = Date.now() + job.timeoutMs + GRACE_MS;
  const name = jobObjectName(job.name);
  for (;;) {
    const [object] = await kubectl.json(getJobArgs(name, request.namespace), { quiet: true });
    const state = jobState((object ?? {}) as Parameters<typeof jobState>[0]);
    if (state.done)
      return state.ok
        ? undefined
        : state.reason === 'timed out'
          ? `timed out after ${job.timeoutMs / 1000}s`
          : state.reason;
    if (request.signal?.aborted) return 'was cancelled';
    if (Date.now() >= deadline) {
      await kubectl.run(deleteJobArgs(name, request.namespace), { allowFailure: true });
      return `timed out after ${job.timeoutMs / 1000}s (the Job was deleted)`;
    }
    await pause(Math.min(request.pollMs ?? 1000, Math.max(0, deadline - Date.now())), request.signal);
  }
}

/** Runs one Job to its end and prints its pod's output as one log group. */
async function runJob(
  kubectl: Kubectl,
  request: KubernetesJobsRequest,
  job: ResolvedJob,
  report: Reporter,
): Promise<JobResult> {
  const started = Date.now();
  const name = jobObjectName(job.name);
  await kubectl.run(deleteJobArgs(name, request.namespace), { timeoutMs: 90_000 });
  const manifest = jobManifest(job, request.namespace, request.podDefaults);
  const [created] = await kubectl.json(createJobArgs(request.namespace), { input: JSON.stringify(manifest) });
  const uid = (created?.metadata as { uid?: string } | undefined)?.uid ?? '';
  const failure = await waitForJob(kubectl, job, request);
  const logs = await kubectl.run(jobLogsArgs(uid, request.namespace), { allowFailure: true, quiet: true });
  const lines = lastLines(logs.stdout);
  await report.group(`pre-deploy job ${job.name}: output (Job ${name} is kept)`, async () => {
    for (const line of lastLines(logs.stdout, 200)) report.info(line);
  });
  const seconds = (Date.now() - started) / 1000;
  return failure === undefined
    ? { name: job.name, ok: true, seconds, lines }
    : { name: job.name, ok: false, seconds, reason: failure, lines };
}

/** Runs the jobs in order; stops at the first that fails. Every result so far, the failed one last. */
export async function runKubernetesJobs(
  kubectl: Kubectl,
  request: KubernetesJobsRequest,
  report: Reporter,
): Promise<JobResult[]> {
  const results: JobResult[] = [];
  for (const job of request.jobs) {
    report.info(`pre-deploy job ${job.name}: running ${job.image}`);
    const result = await runJob(kubectl, request, job, report);
    results.push(result);
    if (!result.ok) break;
  }
  return results;
}

/** The deploy's result when a pre-deploy job stopped it: no workload was touched. */
export const stoppedByJobResult = (failure: string, plans: ObjectPlan[]): KubernetesDeployResult => ({
  status: 'failed',
  message: `${failure}; nothing was deployed`,
  objects: plans,
  workloads: workloadOutcomes(plans, () => 'unchanged'),
  smoke: undefined,
  rolledBack: [],
});
