import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { stringify } from 'yaml';
import { ToolError } from '../../adapters/exec.ts';
import type { Kubectl } from '../../adapters/kubectl.ts';
import { StepFailure } from '../../core/errors.ts';
import { applyArgs, getFileArgs } from '../../core/kubernetes/argv.ts';
import type { K8sObject } from '../../core/kubernetes/manifests.ts';
import { formatPlan, type ObjectPlan, planObjects } from '../../core/kubernetes/state.ts';
import type { Reporter } from '../reporter.ts';

/** What the plan phase reads of a Kubernetes deploy's request. */
export interface PlanRequest {
  objects: K8sObject[];
  namespace: string | undefined;
  defaultNamespace: string;
  dryRun: boolean;
  workDir: string;
}

export interface ManifestPlan {
  /** The rendered manifest file (mode 0600: it may hold Secrets). */
  file: string;
  /** The objects as they were before this deploy. */
  live: K8sObject[];
  plans: ObjectPlan[];
}

export const writeManifest = (
  dir: string,
  objects: readonly K8sObject[],
  name = 'manifests.yaml',
): string => {
  const file = path.join(dir, name);
  writeFileSync(file, objects.map((o) => `---\n${stringify(o)}`).join(''), { mode: 0o600 });
  return file;
};

/** Namespaces that the dry run could not find and that the manifests create (and do not exist yet). */
export function missingNamespaces(
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
export function refused(error: unknown, missing: readonly string[]): Error {
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

/**
 * Always a server-side dry run first: every object is validated by the API server (schema,
 * admission, conflicts) before any of them is applied, and its answer shows what will change.
 * Objects in a namespace the manifests create cannot be dry-run before it exists (the API server
 * looks the namespace up): a real deploy creates those namespaces first, then retries.
 */
async function serverDryRun(
  kubectl: Kubectl,
  request: PlanRequest,
  file: string,
  live: readonly K8sObject[],
  report: Reporter,
): Promise<K8sObject[]> {
  const dryRun = () =>
    kubectl.json(applyArgs({ file, namespace: request.namespace, dryRun: true }), { timeoutMs: 300_000 });
  try {
    return await dryRun();
  } catch (error) {
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
    return dryRun().catch((again: unknown) => {
      throw refused(again, []);
    });
  }
}

/** The plan phase: the live objects, the server-side dry run, and the plan it prints. */
export async function planManifests(
  kubectl: Kubectl,
  request: PlanRequest,
  report: Reporter,
): Promise<ManifestPlan> {
  const file = writeManifest(request.workDir, request.objects);
  const live = await kubectl.json(getFileArgs(file, request.namespace));
  const planned = await serverDryRun(kubectl, request, file, live, report);
  const plans = planObjects(request.objects, live, planned, request.defaultNamespace);
  await report.group(
    `Plan (server-side dry run${request.dryRun ? '; nothing is changed' : ''})`,
    async () => {
      for (const line of formatPlan(plans)) report.info(line);
    },
  );
  return { file, live, plans };
}
