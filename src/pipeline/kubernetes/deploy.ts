import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { stringify } from 'yaml';
import { lastLine, ToolError } from '../../adapters/exec.ts';
import type { Kubectl } from '../../adapters/kubectl.ts';
import { StepFailure } from '../../core/errors.ts';
import {
  applyArgs,
  describeArgs,
  eventsArgs,
  getArgs,
  getFileArgs,
  logsArgs,
  podsArgs,
  resource,
  rolloutStatusArgs,
  rolloutUndoArgs,
} from '../../core/kubernetes/argv.ts';
import { type K8sObject, rolloutWorkloads, type WorkloadRef } from '../../core/kubernetes/manifests.ts';
import { deadlineVerdictIsStale, progressStamp } from '../../core/kubernetes/progress.ts';
import {
  appliedPart,
  changedRollouts,
  failingPods,
  formatPlan,
  type ObjectPlan,
  planObjects,
  rolloutFailureReason,
  selectorOf,
} from '../../core/kubernetes/state.ts';
import type { SmokeReport } from '../../core/smoke/check.ts';
import type { SmokeOptions } from '../../core/smoke/options.ts';
import type { Reporter } from '../reporter.ts';
import { smokeAfterDeploy } from '../smoke/after-deploy.ts';
import { type LeaseRequest, underLease } from './lease-lock.ts';

export type DeployStatus = 'deployed' | 'rolled-back' | 'failed';

export interface KubernetesDeployRequest {
  /** Final objects: substituted, images pinned, annotated. */
  objects: K8sObject[];
  /** The `namespace` input (passed as --namespace); undefined: not given. */
  namespace: string | undefined;
  /** Where objects without a namespace land (the input, else the context's, else `default`). */
  defaultNamespace: string;
  timeoutMs: number;
  rollback: boolean;
  dryRun: boolean;
  smoke: SmokeOptions | undefined;
  /** A private folder (0700) for the rendered manifest file, which may hold Secrets. */
  workDir: string;
  signal?: AbortSignal;
  /**
   * The namespace's deploy lock (a Lease), taken before the live state is read and released at the
   * end; a dry run takes none. `onLock` hears of it as soon as it is held (so `post` can release it
   * after a cancel). Undefined: no lock.
   */
  lock?: LeaseRequest;
}

export interface WorkloadOutcome {
  kind: string;
  namespace: string | null;
  name: string;
  change: ObjectPlan['change'];
  imagesBefore: string[];
  imagesAfter: string[];
  revisionBefore: string | null;
  /** planned, ready, applied (not waited on), failed, rolled-back, rollback-failed, left (created by this run). */
  state: string;
  reason: string | null;
}

export interface KubernetesDeployResult {
  status: DeployStatus;
  message: string;
  objects: ObjectPlan[];
  workloads: WorkloadOutcome[];
  smoke: SmokeReport | undefined;
  rolledBack: string[];
}

const DIAGNOSE_TIMEOUT_MS = 15_000;
const LOG_TAIL = 30;

async function diagnose(kubectl: Kubectl, w: WorkloadRef, report: Reporter): Promise<void> {
  await report.group(`Diagnostics: ${resource(w)}`, async () => {
    const safe = async (args: string[]) =>
      kubectl
        .run(args, { allowFailure: true, timeoutMs: DIAGNOSE_TIMEOUT_MS, quiet: true })
        .then((r) => `${r.stdout}\n${r.stderr}`.trim())
        .catch((e: Error) => `(unavailable: ${e.message.split('\n')[0]})`);
    const print = (title: string, text: string, max: number) => {
      report.info(title);
      for (const line of text.split('\n').slice(-max)) report.info(`  ${line}`);
    };
    print(`kubectl describe ${resource(w)}:`, await safe(describeArgs(w)), 60);
    print('Recent events:', await safe(eventsArgs(w)), 15);
    const live = await kubectl
      .json(getArgs(w), { timeoutMs: DIAGNOSE_TIMEOUT_MS, quiet: true })
      .catch(() => []);
    const selector = live[0] === undefined ? undefined : selectorOf(live[0]);
    if (selector === undefined) return;
    const pods = await kubectl
      .json(podsArgs(w.namespace, selector), { timeoutMs: DIAGNOSE_TIMEOUT_MS, quiet: true })
      .catch(() => []);
    for (const pod of failingPods(pods)) {
      report.info(`Pod ${pod.name}: ${pod.reason}`);
      print(
        `Last log lines (kubectl logs ${pod.name} --tail=${LOG_TAIL}):`,
        await safe(logsArgs(w.namespace, pod.name, LOG_TAIL)),
        LOG_TAIL,
      );
      print(
        `Events of pod ${pod.name}:`,
        await safe(eventsArgs({ kind: 'Pod', name: pod.name, namespace: w.namespace })),
        10,
      );
    }
  });
}

interface Waited {
  workload: WorkloadRef;
  ok: boolean;
  reason: string | null;
}

/** `kubectl rollout status` of every workload at once, each bounded by the deploy's timeout. */
async function waitRollouts(
  kubectl: Kubectl,
  workloads: readonly WorkloadRef[],
  timeoutMs: number,
  report: Reporter,
): Promise<Waited[]> {
  return Promise.all(
    workloads.map(async (workload) => {
      const result = await kubectl
        .run(rolloutStatusArgs(workload, timeoutMs), { allowFailure: true, timeoutMs: timeoutMs + 30_000 })
        .catch((error: Error) => ({
          exitCode: -1,
          stdout: '',
          stderr: error instanceof ToolError ? error.message : String(error),
        }));
      const ok = result.exitCode === 0;
      const reason = ok ? null : rolloutFailureReason(result.stderr, result.stdout);
      report.info(`${resource(workload)}: ${ok ? 'rolled out' : `FAILED: ${reason}`}`);
      return { workload, ok, reason };
    }),
  );
}

/** One workload's identity across the plan, the rollout waits and the undo. */
const key = (w: { kind: string; name: string; namespace: string | undefined | null }) =>
  `${w.kind}/${w.namespace ?? ''}/${w.name}`;

/** A Deployment's Progressing condition (see progressStamp); '' for other kinds or when unreadable. */
async function progressOf(kubectl: Kubectl, w: WorkloadRef): Promise<string> {
  if (w.kind !== 'Deployment') return '';
  const [live] = await kubectl
    .json(getArgs(w), { timeoutMs: DIAGNOSE_TIMEOUT_MS, quiet: true })
    .catch(() => [] as K8sObject[]);
  return progressStamp(live);
}

/** Waits (up to 30 s each) until each workload's controller has seen its current spec. */
async function waitObserved(
  kubectl: Kubectl,
  workloads: readonly WorkloadRef[],
  report: Reporter,
): Promise<void> {
  for (const w of workloads) {
    const deadline = Date.now() + 30_000;
    for (;;) {
      const [live] = await kubectl
        .json(getArgs(w), { timeoutMs: DIAGNOSE_TIMEOUT_MS, quiet: true })
        .catch(() => [] as K8sObject[]);
      const generation = (live?.metadata as { generation?: number } | undefined)?.generation;
      const observed = (live?.status as { observedGeneration?: number } | undefined)?.observedGeneration;
      if (generation !== undefined && observed !== undefined && observed >= generation) break;
      if (Date.now() >= deadline) {
        report.warning(`${resource(w)}: its controller has not seen the new spec after 30s; undoing anyway`);
        break;
      }
      await new Promise((r) => setTimeout(r, 500));
    }
  }
}

/**
 * Waits for the undone workloads. A Deployment whose "exceeded its progress deadline" is still the
 * condition from before the undo, or whose condition has moved on since (deadlineVerdictIsStale), is
 * waited on again, every 2 s, within the deploy's timeout: that verdict predates the rollback's progress.
 */
async function waitUndone(
  kubectl: Kubectl,
  undo: readonly WorkloadRef[],
  stamps: ReadonlyMap<string, string>,
  timeoutMs: number,
  report: Reporter,
): Promise<Waited[]> {
  const deadline = Date.now() + timeoutMs;
  let results = await waitRollouts(kubectl, undo, timeoutMs, report);
  for (;;) {
    const retry: WorkloadRef[] = [];
    for (const r of results) {
      if (r.ok || Date.now() >= deadline - 2_000) continue;
      const now = await progressOf(kubectl, r.workload);
      if (deadlineVerdictIsStale(stamps.get(key(r.workload)) ?? '', now)) retry.push(r.workload);
    }
    if (retry.length === 0) return results;
    report.info(
      `${retry.map(resource).join(', ')}: the progress deadline reported is older than the rollback; waiting again`,
    );
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    const again = await waitRollouts(kubectl, retry, Math.max(1_000, deadline - Date.now()), report);
    const byKey = new Map(again.map((a) => [key(a.workload), a]));
    results = results.map((r) => byKey.get(key(r.workload)) ?? r);
  }
}

/** Namespaces that the dry run could not find and that the manifests create (and do not exist yet). */
function missingNamespaces(
  error: unknown,
  objects: readonly K8sObject[],
  live: readonly K8sObject[],
): string[] {
  const text = error instanceof ToolError ? `${error.message}\n${error.stderr}` : String(error);
  const created = objects
    .filter(
      (o) =>
        o.kind === 'Namespace' &&
        !live.some((l) => l.kind === 'Namespace' && l.metadata.name === o.metadata.name),
    )
    .map((o) => o.metadata.name);
  return created.filter((name) => text.includes(`namespaces "${name}" not found`));
}

/** The API server refused the manifests in the dry run: nothing was applied; its words say why. */
function refused(error: unknown, missing: readonly string[]): Error {
  if (!(error instanceof ToolError)) return error as Error;
  const words = error.stderr.trim() || error.message;
  return new StepFailure(
    `the API server refused the manifests in a server-side dry run, so nothing was applied:\n${words}${
      missing.length > 0
        ? `\n(a dry run cannot check objects in namespace(s) the manifests create: ${missing.join(', ')}; create them first)`
        : ''
    }`,
  );
}

const writeManifest = (dir: string, objects: readonly K8sObject[], name = 'manifests.yaml'): string => {
  const file = path.join(dir, name);
  writeFileSync(file, objects.map((o) => `---\n${stringify(o)}`).join(''), { mode: 0o600 });
  return file;
};

export function deployKubernetes(
  kubectl: Kubectl,
  request: KubernetesDeployRequest,
  report: Reporter,
): Promise<KubernetesDeployResult> {
  const lock =
    request.lock === undefined || request.dryRun
      ? undefined
      : { ...request.lock, namespace: request.defaultNamespace, ttlMs: request.timeoutMs * 2 + 300_000 };
  return underLease(kubectl, lock, report, () => deployUnderLock(kubectl, request, report));
}

async function deployUnderLock(
  kubectl: Kubectl,
  request: KubernetesDeployRequest,
  report: Reporter,
): Promise<KubernetesDeployResult> {
  const { namespace, defaultNamespace } = request;
  const file = writeManifest(request.workDir, request.objects);
  const live = await kubectl.json(getFileArgs(file, namespace));
  // Always a server-side dry run first: every object is validated by the API server (schema,
  // admission, conflicts) before any of them is applied, and its answer shows what will change.
  const dryRun = () => kubectl.json(applyArgs({ file, namespace, dryRun: true }), { timeoutMs: 300_000 });
  let planned: K8sObject[];
  try {
    planned = await dryRun();
  } catch (error) {
    // Objects in a namespace the manifests create cannot be dry-run before it exists (the API
    // server looks the namespace up). A real deploy creates those namespaces first, then retries.
    const missing = missingNamespaces(error, request.objects, live);
    if (missing.length === 0 || request.dryRun) throw refused(error, missing);
    await report.group(`Creating namespace(s) ${missing.join(', ')} first`, async () => {
      const nsFile = writeManifest(
        request.workDir,
        request.objects.filter((o) => o.kind === 'Namespace' && missing.includes(o.metadata.name)),
        'namespaces.yaml',
      );
      await kubectl.json(applyArgs({ file: nsFile, namespace: undefined, dryRun: false }), {
        timeoutMs: 120_000,
      });
    });
    planned = await dryRun().catch((again: unknown) => {
      throw refused(again, []);
    });
  }
  let plans = planObjects(request.objects, live, planned, defaultNamespace);
  await report.group(
    `Plan (server-side dry run${request.dryRun ? '; nothing is changed' : ''})`,
    async () => {
      for (const line of formatPlan(plans)) report.info(line);
    },
  );
  const workloadPlans = () => plans.filter((p) => p.workload);
  const outcome = (
    state: (p: ObjectPlan) => string,
    reason: (p: ObjectPlan) => string | null = () => null,
  ): WorkloadOutcome[] =>
    workloadPlans().map((p) => ({
      kind: p.kind,
      namespace: p.namespace ?? null,
      name: p.name,
      change: p.change,
      imagesBefore: p.imagesBefore,
      imagesAfter: p.imagesAfter,
      revisionBefore: p.revisionBefore,
      state: state(p),
      reason: reason(p),
    }));
  if (request.dryRun) {
    return {
      status: 'deployed',
      message: 'dry run: the API server accepted every object; nothing was changed',
      objects: plans,
      workloads: outcome(() => 'planned'),
      smoke: undefined,
      rolledBack: [],
    };
  }

  // kubectl applies the objects one by one and goes on past a refused one: an object refused after
  // the dry run passed (a quota the others used up, a webhook) leaves the rest applied. That is a
  // failed deploy like any other: what it changed is read back and undone below, never left
  // half-deployed.
  const refusedApply = await report.group('kubectl apply --server-side', async () => {
    try {
      const applied = await kubectl.json(applyArgs({ file, namespace, dryRun: false }), {
        timeoutMs: 300_000,
      });
      report.info(`${applied.length} object(s) applied as field manager gantry`);
      return undefined;
    } catch (error) {
      if (!(error instanceof ToolError) || request.signal?.aborted) throw error;
      const words = error.stderr.trim();
      if (words !== '') report.info(words);
      const refusals = words.split('\n').filter((l) => l.startsWith('Error from server'));
      return refusals.length > 0 ? refusals.join('; ') : (lastLine(words) ?? error.message);
    }
  });
  let rollouts: WorkloadRef[] = [];
  let failed: Waited[] = [];
  let failure: string | undefined;
  if (refusedApply !== undefined) {
    failure = `kubectl apply failed part-way: ${refusedApply}`;
    plans = appliedPart(
      request.objects,
      live,
      await kubectl.json(getFileArgs(file, namespace)),
      defaultNamespace,
    );
  } else {
    rollouts = rolloutWorkloads(request.objects, defaultNamespace);
    const waited = await report.group(`Waiting for ${rollouts.length} rollout(s)`, () =>
      waitRollouts(kubectl, rollouts, request.timeoutMs, report),
    );
    failed = waited.filter((w) => !w.ok);
    if (failed.length > 0) failure = failed.map((w) => `${resource(w.workload)}: ${w.reason}`).join('; ');
  }
  const reasons = new Map(failed.map((w) => [key(w.workload), w.reason]));

  let smoke: SmokeReport | undefined;
  if (failure === undefined && request.smoke !== undefined) {
    const checked = await smokeAfterDeploy(request.smoke, request.signal, report);
    smoke = checked.smoke;
    failure = checked.failure;
  }
  const rolloutState = (p: ObjectPlan) =>
    reasons.has(key(p))
      ? 'failed'
      : rollouts.some((r) => key(r) === key(p))
        ? 'ready'
        : refusedApply !== undefined && p.change === 'unchanged'
          ? 'unchanged'
          : 'applied';
  if (failure === undefined) {
    return {
      status: 'deployed',
      message: `${plans.length} object(s) applied, ${rollouts.length} rollout(s) complete${smoke ? ', smoke check passed' : ''}`,
      objects: plans,
      workloads: outcome(rolloutState),
      smoke,
      rolledBack: [],
    };
  }

  report.error(`Deploy failed: ${failure}`);
  if (request.signal?.aborted) {
    return {
      status: 'failed',
      message: `cancelled while waiting (${failure}); the cluster goes on with the rollout by itself: check it or deploy again`,
      objects: plans,
      workloads: outcome(() => 'unknown'),
      smoke,
      rolledBack: [],
    };
  }
  for (const w of failed) await diagnose(kubectl, w.workload, report);
  const created = workloadPlans()
    .filter((p) => p.change === 'create')
    .map((p) => `${p.kind}/${p.name}`);
  const createdNote =
    created.length > 0 ? ` ${created.join(', ')} did not exist before this run and are left in place.` : '';
  if (!request.rollback) {
    return {
      status: 'failed',
      message: `${failure}; rollback is off, the cluster is left as it is.`,
      objects: plans,
      workloads: outcome(rolloutState, (p) => reasons.get(key(p)) ?? null),
      smoke,
      rolledBack: [],
    };
  }
  // Only what this run changed is undone: a workload whose pod template the apply changed now has
  // one new revision, and `rollout undo` returns it to the one before.
  const undo = changedRollouts(plans);
  const back = await report.group('Rolling back', async () => {
    if (undo.length === 0) {
      report.info('No workload had a new revision from this run: nothing to undo.');
      return [] as Waited[];
    }
    // After a refused apply nothing has waited for the controllers: `rollout undo` goes back to the
    // newest revision but one, so the new one must exist first (the controller has seen the spec).
    if (refusedApply !== undefined) await waitObserved(kubectl, undo, report);
    const stamps = new Map(
      await Promise.all(undo.map(async (w) => [key(w), await progressOf(kubectl, w)] as const)),
    );
    for (const w of undo) await kubectl.run(rolloutUndoArgs(w), { timeoutMs: 60_000 });
    return waitUndone(kubectl, undo, stamps, request.timeoutMs, report);
  });
  const undone = new Map(back.map((b) => [key(b.workload), b]));
  const ok = back.every((b) => b.ok);
  const names = undo.map(resource);
  return {
    status: ok && undo.length > 0 ? 'rolled-back' : 'failed',
    message:
      undo.length === 0
        ? `${failure}. No workload had a new revision from this run, so there was nothing to roll back.${createdNote}`
        : ok
          ? `${failure}. Rolled back ${names.join(', ')}: the previous revision is serving.${createdNote}`
          : `${failure}. The rollback did not complete either (${back
              .filter((b) => !b.ok)
              .map((b) => `${resource(b.workload)}: ${b.reason}`)
              .join('; ')}): check the cluster by hand.`,
    objects: plans,
    workloads: outcome(
      (p) => {
        const b = undone.get(key(p));
        if (b !== undefined) return b.ok ? 'rolled-back' : 'rollback-failed';
        if (p.change === 'create') return reasons.has(key(p)) ? 'failed' : 'left';
        return rolloutState(p);
      },
      (p) => reasons.get(key(p)) ?? null,
    ),
    smoke,
    rolledBack: names,
  };
}
