import type { Kubectl } from '../../adapters/kubectl.ts';
import type { DeployStatus } from '../../core/deploy/outcome.ts';
import type { K8sObject } from '../../core/kubernetes/manifests.ts';
import type { SmokeReport } from '../../core/smoke/check.ts';
import { parseSmokeOptions, type SmokeOptions } from '../../core/smoke/options.ts';
import { type Color, type ColorState, previousUntil } from '../../core/strategy/blue-green.ts';
import {
  type ColorPlan,
  idleOf,
  planColors,
  previewPatch,
  previewServiceName,
  serviceColorState,
  serviceKept,
  switchAnnotations,
  switchedService,
  switchPatch,
} from '../../core/strategy/k8s-blue-green.ts';
import type { KubernetesBlueGreenSettings } from '../../core/strategy/kubernetes.ts';
import { afterSwitch, failedBeforeSwitch, type SwitchedTarget } from '../blue-green/after-switch.ts';
import type { Reporter } from '../reporter.ts';
import { smokeAfterDeploy } from '../smoke/after-deploy.ts';
import { applyList, drainColor, patchService, readService, removeColor, waitReady } from './colors.ts';
import { type LeaseRequest, underLease } from './lease-lock.ts';

// Blue-green on Kubernetes: the idle colour's Deployments are applied beside the live ones, waited
// for and checked through `<service>-preview`, then the Service's selector is moved to them (one
// patch), the public URL is checked, and a failure moves it back while the old colour still runs.

export interface K8sBlueGreenRequest {
  /** The release's objects: substituted, images pinned, annotated. */
  objects: K8sObject[];
  settings: KubernetesBlueGreenSettings;
  /** Where the objects land (the target's namespace, else the context's). */
  namespace: string;
  /** A private folder (0700) for the rendered objects. */
  workDir: string;
  timeoutMs: number;
  /** The public check after the switch (undefined: none); the preview URLs get its expectations. */
  smoke: SmokeOptions | undefined;
  skipSmoke: boolean;
  dryRun: boolean;
  /** The gantry.yml key named when the manifests cannot be switched (`targets.NAME.kubernetes.service`). */
  input: string;
  lock: LeaseRequest;
  signal?: AbortSignal;
}

export interface K8sBlueGreenResult {
  status: DeployStatus;
  message: string;
  smoke: SmokeReport | undefined;
  live: Color | undefined;
  previous: Color | undefined;
}

/** The idle colour's check before the switch: the preview URLs with the public check's expectations. */
export function previewCheck(request: K8sBlueGreenRequest): SmokeOptions | undefined {
  const urls = request.settings.previewUrls;
  if (request.skipSmoke || urls.length === 0) return undefined;
  const base = request.smoke ?? parseSmokeOptions({ urls: urls.join('\n') });
  return { ...base, perNode: false, targets: urls.map((url) => ({ method: 'GET', url })) };
}

/** The idle colour up: applied, Ready, checked through its preview URLs. Undefined, or why it failed. */
async function deployColor(
  kubectl: Kubectl,
  request: K8sBlueGreenRequest,
  plan: ColorPlan,
  state: ColorState & { exists: boolean },
  report: Reporter,
): Promise<string | undefined> {
  const service = state.exists ? [serviceKept(plan.service, state)] : [];
  const objects = [...plan.shared, ...service, ...plan.colored, plan.preview];
  await applyList(kubectl, objects, request.namespace, request.workDir);
  const names = plan.colored.map((d) => d.metadata.name);
  report.info(
    `applied ${names.join(', ')}, ${plan.preview.metadata.name} and ${plan.shared.length} shared object(s)`,
  );
  const notReady = await waitReady(kubectl, request.namespace, names, request.timeoutMs);
  if (notReady !== undefined) return notReady;
  const preview = previewCheck(request);
  if (preview === undefined) return undefined;
  return (await smokeAfterDeploy(preview, request.signal, report)).failure;
}

/** The switch: one patch of the running Service (one apply when it does not run yet); the preview then selects the old colour. */
async function switchTo(
  kubectl: Kubectl,
  request: K8sBlueGreenRequest,
  plan: ColorPlan,
  state: ColorState & { exists: boolean },
  report: Reporter,
): Promise<void> {
  const { namespace, settings } = request;
  const annotations = switchAnnotations(
    plan.color,
    state.live,
    previousUntil(new Date(), settings.keepPreviousMs),
  );
  if (state.exists)
    await patchService(kubectl, namespace, settings.service, switchPatch(plan.color, annotations));
  else
    await applyList(
      kubectl,
      [switchedService(plan.service, plan.color, annotations)],
      namespace,
      request.workDir,
    );
  report.info(`switched Service ${settings.service} to ${plan.color} (was ${state.live ?? 'none'})`);
  if (state.live !== undefined)
    await patchService(kubectl, namespace, previewServiceName(settings.service), previewPatch(state.live));
}

/** Back to `old` after a failed public check: the Service and its preview, then `failed` drained and removed. */
async function switchBack(
  back: Kubectl,
  request: K8sBlueGreenRequest,
  state: ColorState,
  old: Color,
  failed: Color,
  report: Reporter,
): Promise<void> {
  const { settings, namespace } = request;
  const annotations = switchAnnotations(old, state.previous, state.previousUntil ?? '');
  await patchService(back, namespace, settings.service, switchPatch(old, annotations));
  await patchService(back, namespace, previewServiceName(settings.service), previewPatch(failed));
  const at = { namespace, service: settings.service };
  await drainColor(back, at, failed, report);
  await removeColor(back, at, failed, report);
}

/**
 * After the switch (src/pipeline/blue-green/after-switch.ts). The public check (and a removal of the
 * old colour) waits for the switch to reach kube-proxy; a switch back runs to its end even on a cancel.
 */
function checkAfterSwitch(
  kubectl: Kubectl,
  request: K8sBlueGreenRequest,
  state: ColorState,
  idle: Color,
  report: Reporter,
): Promise<K8sBlueGreenResult> {
  const { settings, namespace } = request;
  const at = { namespace, service: settings.service };
  const target: SwitchedTarget = {
    switched: `Service ${settings.service}`,
    routed: idle,
    drain: (old) => drainColor(kubectl, at, old, report),
    retire: (previous) => removeColor(kubectl, at, previous, report),
    switchBack: (old, failed) => switchBack(kubectl.unsignalled(), request, state, old, failed, report),
  };
  const smoke = request.skipSmoke ? undefined : request.smoke;
  const { keepPreviousMs } = settings;
  return afterSwitch(target, { state, idle, smoke, keepPreviousMs, signal: request.signal }, report);
}

/** Under the lock: the state read, the idle colour, its check, the switch, the public check. */
async function blueGreen(
  kubectl: Kubectl,
  request: K8sBlueGreenRequest,
  report: Reporter,
): Promise<K8sBlueGreenResult> {
  const running = await readService(kubectl, request.namespace, request.settings.service);
  const state = { ...serviceColorState(running), exists: running !== undefined };
  const idle = idleOf(state);
  const plan = planColors(request.objects, request.settings, idle, request.input);
  report.info(
    `blue-green: ${state.live ?? 'no colour'} is live on Service ${request.settings.service}, deploying ${idle}`,
  );
  const failure = await deployColor(kubectl, request, plan, state, report);
  if (failure !== undefined) {
    report.error(`${idle} failed before the switch: ${failure}`);
    const at = { namespace: request.namespace, service: request.settings.service };
    await removeColor(kubectl.unsignalled(), at, idle, report);
    return failedBeforeSwitch(state, idle, failure);
  }
  await switchTo(kubectl, request, plan, state, report);
  return checkAfterSwitch(kubectl, request, state, idle, report);
}

/**
 * The blue-green deploy. The manifests are checked first (the Service, the Deployments behind it), so
 * a target that cannot be switched is refused before anything changes; the colours are read under
 * the namespace's deploy lock. A dry run reads the live colour and says what it would do.
 */
export async function deployK8sBlueGreen(
  kubectl: Kubectl,
  request: K8sBlueGreenRequest,
  report: Reporter,
): Promise<K8sBlueGreenResult> {
  planColors(request.objects, request.settings, 'blue', request.input);
  if (request.dryRun) {
    const state = serviceColorState(await readService(kubectl, request.namespace, request.settings.service));
    const plan = planColors(request.objects, request.settings, idleOf(state), request.input);
    const names = plan.colored.map((d) => d.metadata.name).join(', ');
    return {
      status: 'deployed',
      message: `dry run: would deploy ${names} and switch Service ${request.settings.service} to ${plan.color} (live: ${state.live ?? 'none'})`,
      smoke: undefined,
      live: state.live,
      previous: state.previous,
    };
  }
  const lock = { ...request.lock, namespace: request.namespace, ttlMs: request.timeoutMs * 3 + 300_000 };
  return underLease(kubectl, lock, report, () => blueGreen(kubectl, request, report));
}
