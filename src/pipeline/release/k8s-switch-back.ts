import type { Kubectl } from '../../adapters/kubectl.ts';
import type { KubernetesTarget } from '../../core/config/model.ts';
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
import { patchService, readService, removeColor, runningColors } from '../kubernetes/colors.ts';
import { underLease } from '../kubernetes/lease-lock.ts';
import type { Reporter } from '../reporter.ts';
import { openKubernetes } from './kubernetes-target.ts';
import { releaseLock } from './outcome.ts';

interface Colors {
  kubectl: Kubectl;
  namespace: string;
  settings: KubernetesBlueGreenSettings;
  state: ColorState;
  running: Set<Color>;
}

/** Connects, takes the namespace's deploy lock, reads the colours and runs `body` on them. */
async function onK8sColors<T>(
  target: KubernetesTarget,
  settings: KubernetesBlueGreenSettings,
  lock: { holder: string; report: Reporter; signal: AbortSignal },
  body: (colors: Colors) => Promise<T>,
): Promise<T> {
  const session = await openKubernetes(target, lock.report, lock.signal);
  try {
    const { kubectl, defaultNamespace: namespace } = session.connected;
    const lease = { ...releaseLock(target, lock.holder), namespace, ttlMs: target.timeoutMs * 2 + 300_000 };
    return await underLease(kubectl, lease, lock.report, async () => {
      const state = serviceColorState(await readService(kubectl, namespace, settings.service));
      const running = await runningColors(kubectl, namespace, settings.service);
      return body({ kubectl, namespace, settings, state, running });
    });
  } finally {
    session.close();
  }
}

/**
 * `gantry switch back` on Kubernetes: moves the Service's selector to the colour that was live before
 * the last switch (one patch), while that colour still runs with every replica Ready; refused
 * (naming --target, nothing changed) otherwise. The colour it leaves keeps running.
 */
export function k8sSwitchBack(
  target: KubernetesTarget,
  settings: KubernetesBlueGreenSettings,
  lock: { holder: string; report: Reporter; signal: AbortSignal },
): Promise<{ from: Color; to: Color }> {
  return onK8sColors(target, settings, lock, async ({ kubectl, namespace, state, running }) => {
    const where = switchBackTarget(state, running);
    if ('refused' in where)
      throw new ConfigurationError(`target ${target.name}: ${where.refused}`, '--target');
    const annotations = switchAnnotations(where.to, where.from, state.previousUntil ?? '');
    await patchService(kubectl, namespace, settings.service, switchPatch(where.to, annotations));
    await patchService(kubectl, namespace, previewServiceName(settings.service), previewPatch(where.from));
    lock.report.info(`switched Service ${settings.service} from ${where.from} to ${where.to}`);
    return where;
  });
}

/** `gantry switch expire` on Kubernetes: removes the previous colour once its keep-previous time is up. */
export function k8sExpirePrevious(
  target: KubernetesTarget,
  settings: KubernetesBlueGreenSettings,
  lock: { holder: string; report: Reporter; signal: AbortSignal },
): Promise<{ removed: Color | undefined; live: Color | undefined; previous: Color | undefined }> {
  return onK8sColors(target, settings, lock, async ({ kubectl, namespace, state, running }) => {
    const removed = expiredPrevious(state, running, new Date());
    if (removed !== undefined) await removeColor(kubectl, namespace, settings.service, removed, lock.report);
    return { removed, live: state.live, previous: state.previous };
  });
}
