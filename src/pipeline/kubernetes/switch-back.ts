import type { Kubectl } from '../../adapters/kubectl.ts';
import { ConfigurationError } from '../../core/errors.ts';
import type { Color, ColorState } from '../../core/strategy/blue-green.ts';
import {
  previewPatch,
  previewServiceName,
  serviceColorState,
  switchAnnotations,
  switchBackTarget,
  switchPatch,
} from '../../core/strategy/k8s-blue-green.ts';
import { expiredPrevious } from '../../core/strategy/keep-previous.ts';
import type { KubernetesBlueGreenSettings } from '../../core/strategy/kubernetes.ts';
import type { Reporter } from '../reporter.ts';
import { patchService, readService, removeColor, runningColors } from './colors.ts';
import { type LeaseRequest, underLease } from './lease-lock.ts';

/** What a switch back or an expiry on a blue-green Kubernetes target reads. */
export interface K8sColorsRequest {
  namespace: string;
  settings: KubernetesBlueGreenSettings;
  /** The input or flag a refusal names (`--target`, `switch`). */
  input: string;
  /** What the refusal calls the target (`target prod`, `Service web`). */
  subject: string;
  lock: LeaseRequest;
  ttlMs: number;
}

/** Under the namespace's deploy lock: the colours read, then `body`. */
function onColors<T>(
  kubectl: Kubectl,
  request: K8sColorsRequest,
  report: Reporter,
  body: (state: ColorState, running: Set<Color>) => Promise<T>,
): Promise<T> {
  const { namespace, settings } = request;
  const lock = { ...request.lock, namespace, ttlMs: request.ttlMs };
  return underLease(kubectl, lock, report, async () => {
    const state = serviceColorState(await readService(kubectl, namespace, settings.service));
    return body(state, await runningColors(kubectl, namespace, settings.service));
  });
}

/**
 * Moves the Service's selector to the colour that was live before the last switch (one patch), while
 * that colour still runs with every replica Ready; refused (naming the input, nothing changed)
 * otherwise. The colour it leaves keeps running, so a second switch back switches forward.
 */
export function switchBackK8s(
  kubectl: Kubectl,
  request: K8sColorsRequest,
  report: Reporter,
): Promise<{ from: Color; to: Color }> {
  const { namespace, settings } = request;
  return onColors(kubectl, request, report, async (state, running) => {
    const where = switchBackTarget(state, running);
    if ('refused' in where)
      throw new ConfigurationError(`${request.subject}: ${where.refused}`, request.input);
    const annotations = switchAnnotations(where.to, where.from, state.previousUntil ?? '');
    await patchService(kubectl, namespace, settings.service, switchPatch(where.to, annotations));
    await patchService(kubectl, namespace, previewServiceName(settings.service), previewPatch(where.from));
    report.info(`switched Service ${settings.service} from ${where.from} to ${where.to}`);
    return where;
  });
}

/** Removes the previous colour once its keep-previous time is up; else changes nothing. */
export function expireK8s(
  kubectl: Kubectl,
  request: K8sColorsRequest,
  report: Reporter,
): Promise<{ removed: Color | undefined; state: ColorState }> {
  return onColors(kubectl, request, report, async (state, running) => {
    const removed = expiredPrevious(state, running, new Date());
    if (removed !== undefined)
      await removeColor(
        kubectl,
        { namespace: request.namespace, service: request.settings.service },
        removed,
        report,
      );
    return { removed, state };
  });
}
