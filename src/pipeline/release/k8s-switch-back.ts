import type { KubernetesTarget } from '../../core/config/model.ts';
import type { Color } from '../../core/strategy/blue-green.ts';
import type { KubernetesBlueGreenSettings } from '../../core/strategy/kubernetes.ts';
import { expireK8s, type K8sColorsRequest, switchBackK8s } from '../kubernetes/switch-back.ts';
import type { Reporter } from '../reporter.ts';
import { openKubernetes } from './kubernetes-target.ts';
import { releaseLock } from './outcome.ts';

interface Caller {
  holder: string;
  report: Reporter;
  signal: AbortSignal;
}

/** Connects to a gantry.yml target as the release does and runs `body` with its colours' request. */
async function onTarget<T>(
  target: KubernetesTarget,
  settings: KubernetesBlueGreenSettings,
  caller: Caller,
  body: (session: Awaited<ReturnType<typeof openKubernetes>>, request: K8sColorsRequest) => Promise<T>,
): Promise<T> {
  const session = await openKubernetes(target, caller.report, caller.signal);
  try {
    return await body(session, {
      namespace: session.connected.defaultNamespace,
      settings,
      input: '--target',
      subject: `target ${target.name}`,
      lock: releaseLock(target, caller.holder),
      ttlMs: target.timeoutMs * 2 + 300_000,
    });
  } finally {
    session.close();
  }
}

/** `gantry switch back` on a blue-green Kubernetes target (src/pipeline/kubernetes/switch-back.ts). */
export const k8sSwitchBack = (
  target: KubernetesTarget,
  settings: KubernetesBlueGreenSettings,
  caller: Caller,
): Promise<{ from: Color; to: Color }> =>
  onTarget(target, settings, caller, (s, request) =>
    switchBackK8s(s.connected.kubectl, request, caller.report),
  );

/** `gantry switch expire` on a blue-green Kubernetes target. */
export const k8sExpirePrevious = (
  target: KubernetesTarget,
  settings: KubernetesBlueGreenSettings,
  caller: Caller,
): Promise<{ removed: Color | undefined; live: Color | undefined; previous: Color | undefined }> =>
  onTarget(target, settings, caller, async (s, request) => {
    const { removed, state } = await expireK8s(s.connected.kubectl, request, caller.report);
    return { removed, live: state.live, previous: state.previous };
  });
