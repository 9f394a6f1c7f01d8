import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { liveSmokeEffects } from '../../adapters/http-probe.ts';
import type { Kubectl } from '../../adapters/kubectl.ts';
import { applyArgs, rolloutStatusArgs } from '../../core/kubernetes/argv.ts';
import type { K8sObject } from '../../core/kubernetes/manifests.ts';
import { runSmokeCheck } from '../../core/smoke/check.ts';
import type { SmokeOptions } from '../../core/smoke/options.ts';
import { CANARY_ANNOTATION, type CanaryState, parseState } from '../../core/strategy/canary.ts';
import type { Reporter } from '../reporter.ts';
import { waitEndpointsWithout } from './endpoints.ts';

/**
 * The cluster side of a canary (src/core/strategy/canary.ts has the arithmetic and the objects):
 * read the stable Deployment, apply the canary, wait for it, record or clear the state annotation,
 * remove the canary, and the checks repeated through the Service.
 */

/** One Deployment, or undefined when it does not exist. */
export async function readDeployment(
  kubectl: Kubectl,
  namespace: string,
  name: string,
): Promise<K8sObject | undefined> {
  const result = await kubectl.run(
    ['get', 'deployment', name, '--namespace', namespace, '--ignore-not-found', '--output', 'json'],
    { quiet: true },
  );
  return result.stdout.trim() === '' ? undefined : (JSON.parse(result.stdout) as K8sObject);
}

/** Server-side apply (field manager gantry) of a few objects, through a file in the private `workDir`. */
export async function applyObjects(
  kubectl: Kubectl,
  objects: readonly K8sObject[],
  namespace: string,
  workDir: string,
): Promise<void> {
  const file = path.join(workDir, `canary-${Date.now()}.json`);
  writeFileSync(file, JSON.stringify({ apiVersion: 'v1', kind: 'List', items: objects }), { mode: 0o600 });
  await kubectl.run(applyArgs({ file, namespace, dryRun: false }), { timeoutMs: 300_000 });
}

/** Waits for the canary's rollout: undefined once Ready, else why not (kubectl's last words). */
export async function waitCanaryReady(
  kubectl: Kubectl,
  namespace: string,
  canary: string,
  timeoutMs: number,
): Promise<string | undefined> {
  const result = await kubectl.run(
    rolloutStatusArgs({ kind: 'Deployment', name: canary, namespace }, timeoutMs),
    {
      timeoutMs: timeoutMs + 30_000,
      allowFailure: true,
    },
  );
  if (result.exitCode === 0) return undefined;
  const words = `${result.stderr}\n${result.stdout}`.trim().split('\n').filter(Boolean);
  return `the canary ${canary} did not become Ready: ${words.at(-1) ?? `kubectl exit ${result.exitCode}`}`;
}

/** Sets (a JSON state) or clears (undefined) the canary annotation on the stable Deployment. */
export async function recordCanaryState(
  kubectl: Kubectl,
  namespace: string,
  stable: string,
  state: string | undefined,
): Promise<void> {
  const value = state === undefined ? `${CANARY_ANNOTATION}-` : `${CANARY_ANNOTATION}=${state}`;
  await kubectl.run(['annotate', 'deployment', stable, '--namespace', namespace, '--overwrite', value], {
    quiet: true,
  });
}

/** The pod IPs of the canary (the pods its Deployment's selector picks); none when it is gone. */
async function canaryPodIps(kubectl: Kubectl, namespace: string, canary: string): Promise<Set<string>> {
  const deployment = await readDeployment(kubectl, namespace, canary);
  const labels = (deployment?.spec as { selector?: { matchLabels?: Record<string, string> } } | undefined)
    ?.selector?.matchLabels;
  if (labels === undefined || Object.keys(labels).length === 0) return new Set();
  const selector = Object.entries(labels)
    .map(([k, v]) => `${k}=${v}`)
    .join(',');
  const result = await kubectl.run(
    ['get', 'pods', '--namespace', namespace, '--selector', selector, '--output', 'json'],
    { quiet: true },
  );
  const items = (JSON.parse(result.stdout) as { items?: Array<{ status?: { podIP?: string } }> }).items ?? [];
  return new Set(items.flatMap((p) => (p.status?.podIP === undefined ? [] : [p.status.podIP])));
}

/**
 * Removes the canary Deployment and clears the state on the stable one (a stable Deployment that is
 * gone is no error), then waits until the Endpoints (of `names.service`, else of every Service of
 * the namespace) no longer list the canary's pods and kube-proxy has followed: no request reaches
 * a stopping canary pod once this returns.
 */
export async function removeCanary(
  kubectl: Kubectl,
  namespace: string,
  names: { canary: string; stable: string; service?: string | undefined },
  report: Reporter,
): Promise<void> {
  const ips = await canaryPodIps(kubectl, namespace, names.canary);
  await kubectl.run(
    ['delete', 'deployment', names.canary, '--namespace', namespace, '--ignore-not-found', '--wait=false'],
    { timeoutMs: 60_000 },
  );
  const stable = await readDeployment(kubectl, namespace, names.stable);
  if (stable?.metadata.annotations?.[CANARY_ANNOTATION] !== undefined)
    await recordCanaryState(kubectl, namespace, names.stable, undefined);
  if (ips.size > 0) {
    const at = { namespace, service: names.service };
    const where = names.service === undefined ? `the Services of ${namespace}` : names.service;
    const warning = `the Endpoints of ${where} still list ${names.canary}'s pods after 30 s; going on`;
    await waitEndpointsWithout(kubectl, at, ips, warning, report);
  }
  report.info(`removed the canary ${names.canary}; ${names.stable} serves alone`);
}

/**
 * Effects for exactly one attempt: once the probe has answered, the clock reads past every
 * deadline, so the smoke check neither retries nor waits (its failure reason is kept).
 */
function singleAttempt(fx: ReturnType<typeof liveSmokeEffects>): ReturnType<typeof liveSmokeEffects> {
  let probed = false;
  return {
    ...fx,
    now: () => (probed ? Number.POSITIVE_INFINITY : fx.now()),
    probe: async (target, timeoutMs) => {
      try {
        return await fx.probe(target, timeoutMs);
      } finally {
        probed = true;
      }
    },
  };
}

/** One round of the checks: every URL once, no retry, so a canary that answers wrong once fails it. */
async function checkRound(smoke: SmokeOptions, signal: AbortSignal | undefined): Promise<string | undefined> {
  const failed: string[] = [];
  for (const target of smoke.targets) {
    const once = { ...smoke, targets: [target], timeoutMs: smoke.requestTimeoutMs, consecutiveSuccesses: 1 };
    const effects = liveSmokeEffects({
      headers: smoke.headers,
      insecure: smoke.insecure,
      ...(signal ? { signal } : {}),
    });
    const result = await runSmokeCheck(once, singleAttempt(effects));
    for (const u of result.urls) if (!u.passed) failed.push(`${u.url}: ${u.reason}`);
  }
  return failed.length === 0 ? undefined : failed.join('; ');
}

/**
 * The canary's checks: the smoke check's URLs (through the Service, so stable and canary pods
 * answer them in their shares) once per round, every `smoke.intervalMs`, for `durationMs` (at least
 * one round). The first failed round ends them.
 */
export async function checkCanary(
  smoke: SmokeOptions,
  durationMs: number,
  signal: AbortSignal | undefined,
  report: Reporter,
): Promise<{ rounds: number; failure: string | undefined; elapsedMs: number }> {
  const start = Date.now();
  let rounds = 0;
  let lastNote = start;
  for (;;) {
    if (signal?.aborted === true) return { rounds, failure: 'cancelled', elapsedMs: Date.now() - start };
    const failure = await checkRound(smoke, signal);
    rounds += 1;
    if (failure !== undefined) return { rounds, failure, elapsedMs: Date.now() - start };
    if (Date.now() - start >= durationMs)
      return { rounds, failure: undefined, elapsedMs: Date.now() - start };
    if (Date.now() - lastNote >= 10_000) {
      lastNote = Date.now();
      report.info(
        `canary checks: ${rounds} rounds passed, ${Math.round((durationMs - (lastNote - start)) / 1000)}s to go`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, smoke.intervalMs));
  }
}

/** A canary recorded on a stable Deployment of the namespace. */
export interface RunningCanary {
  stable: string;
  replicas: number;
  state: CanaryState;
}

/** The canaries recorded in a namespace (the `gantry.dev/canary` annotation of its Deployments). */
export async function readRunningCanaries(kubectl: Kubectl, namespace: string): Promise<RunningCanary[]> {
  const result = await kubectl.run(['get', 'deployments', '--namespace', namespace, '--output', 'json'], {
    quiet: true,
  });
  const items = (JSON.parse(result.stdout) as { items?: K8sObject[] }).items ?? [];
  return items.flatMap((d) => {
    const state = parseState(d.metadata.annotations?.[CANARY_ANNOTATION]);
    const replicas = Number((d.spec as { replicas?: number } | undefined)?.replicas ?? 1);
    return state === undefined ? [] : [{ stable: d.metadata.name, replicas, state }];
  });
}
