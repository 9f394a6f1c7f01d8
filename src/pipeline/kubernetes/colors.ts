import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Kubectl } from '../../adapters/kubectl.ts';
import { applyArgs, rolloutStatusArgs } from '../../core/kubernetes/argv.ts';
import type { K8sObject } from '../../core/kubernetes/manifests.ts';
import { COLORS, type Color } from '../../core/strategy/blue-green.ts';
import { COLOR_LABEL, colorSelector } from '../../core/strategy/k8s-blue-green.ts';
import type { Reporter } from '../reporter.ts';
import { waitEndpointsWithout } from './endpoints.ts';

/**
 * The cluster side of blue-green on Kubernetes (src/core/strategy/k8s-blue-green.ts has the objects
 * and the state): read the Service, apply a colour, wait for it, patch a selector, remove a colour,
 * and which colours still run.
 */

/** One Service, or undefined when it does not exist. */
export async function readService(
  kubectl: Kubectl,
  namespace: string,
  name: string,
): Promise<K8sObject | undefined> {
  const result = await kubectl.run(
    ['get', 'service', name, '--namespace', namespace, '--ignore-not-found', '--output', 'json'],
    { quiet: true },
  );
  return result.stdout.trim() === '' ? undefined : (JSON.parse(result.stdout) as K8sObject);
}

/** Server-side apply (field manager gantry) of `objects`, through a file in the private `workDir`. */
export async function applyList(
  kubectl: Kubectl,
  objects: readonly K8sObject[],
  namespace: string,
  workDir: string,
): Promise<void> {
  const file = path.join(workDir, `blue-green-${Date.now()}.json`);
  writeFileSync(file, JSON.stringify({ apiVersion: 'v1', kind: 'List', items: objects }), { mode: 0o600 });
  await kubectl.run(applyArgs({ file, namespace, dryRun: false }), { timeoutMs: 300_000 });
}

/** Waits for each Deployment's rollout: undefined once all are Ready, else why not (kubectl's last words). */
export async function waitReady(
  kubectl: Kubectl,
  namespace: string,
  names: readonly string[],
  timeoutMs: number,
): Promise<string | undefined> {
  const deadline = Date.now() + timeoutMs;
  for (const name of names) {
    const left = Math.max(1000, deadline - Date.now());
    const result = await kubectl.run(rolloutStatusArgs({ kind: 'Deployment', name, namespace }, left), {
      timeoutMs: left + 30_000,
      allowFailure: true,
    });
    if (result.exitCode !== 0) {
      const words = `${result.stderr}\n${result.stdout}`.trim().split('\n').filter(Boolean);
      return `${name} did not become Ready: ${words.at(-1) ?? `kubectl exit ${result.exitCode}`}`;
    }
  }
  return undefined;
}

/** A JSON merge patch of one Service (its selector's colour, the state annotations). */
export async function patchService(
  kubectl: Kubectl,
  namespace: string,
  name: string,
  patch: string,
): Promise<void> {
  await kubectl.run(
    ['patch', 'service', name, '--namespace', namespace, '--type', 'merge', '--patch', patch],
    {
      timeoutMs: 60_000,
    },
  );
}

/** A blue-green Service: its colours' objects carry its labels and the colour's. */
export interface ColoredService {
  namespace: string;
  service: string;
}

/** `kubectl <verb> <kind>` of the objects of one colour of a Service (selected by their labels). */
const ofColor = (verb: 'get' | 'delete', kind: string, at: ColoredService, color: Color) => [
  verb,
  kind,
  '--namespace',
  at.namespace,
  '--selector',
  colorSelector(at.service, color),
];

/** The objects of `kind` of one colour of a Service, as kubectl lists them. */
async function colorItems<T>(
  kubectl: Kubectl,
  kind: 'deployment' | 'pods',
  at: ColoredService,
  color: Color,
): Promise<T[]> {
  const result = await kubectl.run([...ofColor('get', kind, at, color), '--output', 'json'], { quiet: true });
  return (JSON.parse(result.stdout) as { items?: T[] }).items ?? [];
}

/** Deletes a colour's Deployments (its pods leave the preview Service at once); none is no error. */
export async function removeColor(
  kubectl: Kubectl,
  at: ColoredService,
  color: Color,
  report: Reporter,
): Promise<void> {
  await kubectl.run([...ofColor('delete', 'deployment', at, color), '--wait=false'], { timeoutMs: 60_000 });
  report.info(`removed the ${color} Deployments of ${at.service}`);
}

interface DeploymentStatus {
  metadata: { labels?: Record<string, string> };
  spec?: { replicas?: number };
  status?: { readyReplicas?: number };
}

/** The colours whose Deployments all exist with every replica Ready (a colour a switch back may go to). */
export async function runningColors(
  kubectl: Kubectl,
  namespace: string,
  service: string,
): Promise<Set<Color>> {
  const running = new Set<Color>();
  for (const color of COLORS) {
    const items = await colorItems<DeploymentStatus>(kubectl, 'deployment', { namespace, service }, color);
    const ready = (d: DeploymentStatus) =>
      (d.status?.readyReplicas ?? 0) >= Math.max(1, d.spec?.replicas ?? 1);
    if (items.length > 0 && items.every((d) => d.metadata.labels?.[COLOR_LABEL] === color && ready(d)))
      running.add(color);
  }
  return running;
}

/** The pod IPs of a colour (its pods carry the Service's and the colour's labels). */
async function colorPodIps(kubectl: Kubectl, at: ColoredService, color: Color): Promise<Set<string>> {
  const items = await colorItems<{ status?: { podIP?: string } }>(kubectl, 'pods', at, color);
  return new Set(items.flatMap((p) => (p.status?.podIP === undefined ? [] : [p.status.podIP])));
}

/**
 * After a colour stopped being selected (a switch): waits (up to 30 s) until the Service's Endpoints
 * hold none of its pods, then PROXY_FOLLOW_MS for kube-proxy to rewrite its rules. Then the public
 * check reaches the new colour only, and removing the old one sends no request to a stopping pod.
 */
export async function drainColor(
  kubectl: Kubectl,
  at: ColoredService,
  color: Color,
  report: Reporter,
): Promise<void> {
  const ips = await colorPodIps(kubectl, at, color);
  await waitEndpointsWithout(
    kubectl,
    at,
    ips,
    `the Endpoints of ${at.service} still list ${color}'s pods after 30 s; removing ${color} anyway`,
    report,
  );
}
