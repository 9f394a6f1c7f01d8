import { readFileSync } from 'node:fs';
import { type BundleOptions, type BundleRun, runActionBundle } from '../../helpers/run-action-bundle.ts';
import { sandboxEnv } from './sandbox-env.ts';

export interface DeployK8sRun {
  kubeconfigFile: string;
  namespace: string;
  manifests: string;
  /** The sandbox app image pinned to this digest reference. */
  image: string | undefined;
  /** The manifests' `${KEY}` values, as `KEY=value` lines. */
  env: string[];
  inputs?: Record<string, string>;
  options?: Omit<BundleOptions, 'inputs'>;
}

/**
 * The `${KEY}`s of test/fixtures/kubernetes-manifests/app: Deployment `web` mounting Secret
 * `web-token-v1`, pulling with `regcred`, ready on /health.
 */
export const appManifestEnv = (release: string, progressDeadlineSeconds: number): string[] => [
  'APP_NAME=web',
  'SECRET_NAME=web-token-v1',
  'PULL_SECRET=regcred',
  `RELEASE=${release}`,
  'READY_PATH=/health',
  `PROGRESS_DEADLINE=${progressDeadlineSeconds}`,
];

/** The deploy-k8s bundle on the sandbox cluster, as GitHub runs it, within 3 minutes. */
export const runDeployK8s = (run: DeployK8sRun): Promise<BundleRun> =>
  runActionBundle('deploy-k8s', {
    inputs: {
      kubeconfig: readFileSync(run.kubeconfigFile, 'utf8'),
      namespace: run.namespace,
      manifests: run.manifests,
      images: `${sandboxEnv().appImage}=${run.image}`,
      env: run.env.join('\n'),
      timeout: '3m',
      ...run.inputs,
    },
    timeoutMs: 300_000,
    ...run.options,
  });
