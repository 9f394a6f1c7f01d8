import type { Kubectl } from '../../adapters/kubectl.ts';
import type { ColorsStatus } from '../../core/status.ts';
import { COLORS } from '../../core/strategy/blue-green.ts';
import { serviceColorState } from '../../core/strategy/k8s-blue-green.ts';
import { readService, runningColors } from '../kubernetes/colors.ts';

/**
 * A blue-green Kubernetes target's colours for `gantry status`: live (the Service's selector),
 * previous and until when it is kept (its annotations), and which colours run with every replica Ready.
 */
export async function readK8sColorsStatus(
  kubectl: Kubectl,
  namespace: string,
  service: string,
): Promise<ColorsStatus> {
  const state = serviceColorState(await readService(kubectl, namespace, service));
  const running = await runningColors(kubectl, namespace, service);
  return {
    proxy: `Service ${service}`,
    live: state.live ?? null,
    previous: state.previous ?? null,
    previousUntil: state.previousUntil ?? null,
    running: COLORS.filter((c) => running.has(c)),
  };
}
