import * as core from '@actions/core';
import { removeKubeconfigDir } from '../../adapters/kubeconfig.ts';
import type { K8sObject } from '../../core/kubernetes/manifests.ts';
import { lockHolder } from '../../core/lock-holder.ts';
import type { LeaseRequest } from '../../pipeline/kubernetes/lease-lock.ts';
import { ACTION_INPUT_NAMES, type Connected, connect } from '../../pipeline/kubernetes/prepare.ts';
import { runnerTemp } from '../../runtime/connection.ts';
import { actionsReporter } from '../../runtime/reporter.ts';
import { type LeftLease, STATE_LEASE } from './post.ts';

/** What every deploy-k8s path reads to reach its cluster and wait for its lock. */
export interface ClusterInputs {
  kubeconfig: string;
  context: string;
  namespace: string | undefined;
  kubectlVersion: string;
  lockTimeoutMs: number;
}

/** What a deploy path runs with: the cluster, the objects, the lock, the run's signal, and `reported`. */
export interface DeployStep {
  connected: Connected;
  objects: K8sObject[];
  lock: LeaseRequest;
  signal: AbortSignal;
  /** Told once the outputs are set (see reportingFailure). */
  reported: () => void;
}

/**
 * The sequence every deploy-k8s path runs: connect (the run's kubeconfig folder recorded for `post`),
 * then `use` with the namespace's deploy lock, recorded for `post` while held, and the kubeconfig
 * folder removed at the end, also when `use` fails.
 */
export async function withCluster<T>(
  inputs: ClusterInputs,
  signal: AbortSignal,
  use: (connected: Connected, lock: LeaseRequest) => Promise<T>,
): Promise<T> {
  const connected = await connect({
    kubeconfig: inputs.kubeconfig,
    context: inputs.context,
    namespace: inputs.namespace,
    kubectlVersion: inputs.kubectlVersion,
    baseDir: runnerTemp(),
    names: ACTION_INPUT_NAMES,
    report: actionsReporter,
    signal,
    onKubeconfig: (file) => core.saveState('kube-dir', file.dir),
  });
  try {
    return await use(connected, actionLease(connected, inputs.lockTimeoutMs));
  } finally {
    removeKubeconfigDir(connected.kubeconfigFile.dir);
  }
}

/** The namespace's deploy lock, recorded for `post` while held (released by the deploy itself: then nothing is left). */
function actionLease(connected: Connected, waitMs: number): LeaseRequest {
  return {
    holder: lockHolder(process.env, 'gantry'),
    waitMs,
    onLock: (lease) =>
      core.saveState(
        STATE_LEASE,
        JSON.stringify({
          ...lease,
          kubeconfig: connected.kubeconfigFile.file,
          context: connected.context,
          binary: connected.kubectl.binary,
        } satisfies LeftLease),
      ),
    onRelease: () => core.saveState(STATE_LEASE, ''),
  };
}

/** How the GitHub deployment record (the `environment` input) describes a deploy to this cluster. */
export const deployingTo = (connected: Connected, inputs: { namespace?: string | undefined }): string =>
  `Deploying to ${connected.context}${inputs.namespace ? `/${inputs.namespace}` : ''}`;
