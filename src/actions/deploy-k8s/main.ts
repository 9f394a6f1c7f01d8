import type { Kubectl } from '../../adapters/kubectl.ts';
import { ACTION_INPUT_NAMES, buildObjects } from '../../pipeline/kubernetes/prepare.ts';
import { reconcileReplicas } from '../../pipeline/kubernetes/replicas.ts';
import { reportingFailure } from '../../runtime/failed-status.ts';
import { actionsReporter } from '../../runtime/reporter.ts';
import { cancellationSignal } from '../../runtime/signals.ts';
import { deployColorsK8s, switchOnlyK8s } from './blue-green.ts';
import { canarySwitchK8s, deployCanaryK8s } from './canary.ts';
import { withCluster } from './cluster.ts';
import { type DeployK8sInputs, readDeployK8sInputs, readSwitchMode } from './inputs.ts';
import { deployRollingK8s } from './rolling.ts';

export const run = (): Promise<void> =>
  reportingFailure(['workloads'], (reported) => {
    const mode = readSwitchMode();
    if (mode === 'deploy') return deploy(reported);
    return mode === 'promote' || mode === 'abort'
      ? canarySwitchK8s(mode, reported)
      : switchOnlyK8s(mode, reported);
  });

/** The manifests (or kustomize's output) as objects to apply; kustomize runs through `kubectl`. */
const build = (inputs: DeployK8sInputs, kubectl: Kubectl | undefined) =>
  buildObjects({
    kubectl,
    sources: inputs.sources,
    kustomizeDir: inputs.kustomizeDir,
    env: inputs.env,
    images: inputs.images,
    annotations: inputs.annotations,
    namespace: inputs.namespace,
    names: ACTION_INPUT_NAMES,
  });

async function deploy(reported: () => void): Promise<void> {
  const inputs = readDeployK8sInputs();
  // Without kustomize the manifests are checked before any connection: a bad one touches nothing.
  const early = inputs.kustomizeDir === undefined ? await build(inputs, undefined) : undefined;
  const signal = cancellationSignal();
  await withCluster(inputs, signal, async (connected, lock) => {
    const built = early ?? (await build(inputs, connected.kubectl));
    const step = { connected, objects: built, lock, signal, reported };
    const { blueGreen, canary } = inputs;
    if (blueGreen !== undefined) return deployColorsK8s(step, { ...inputs, blueGreen });
    const objects = await reconcileReplicas(
      connected.kubectl,
      built,
      inputs.replicas,
      connected.defaultNamespace,
      actionsReporter,
    );
    if (canary !== undefined) return deployCanaryK8s({ ...step, objects }, { ...inputs, canary });
    return deployRollingK8s({ ...step, objects }, inputs);
  });
}
