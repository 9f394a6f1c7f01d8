import * as core from '@actions/core';
import { removeKubeconfigDir } from '../../adapters/kubeconfig.ts';

/** Runs after main, also when it failed or was cancelled: removes the run's kubeconfig folder. */
export async function post(): Promise<void> {
  const dir = core.getState('kube-dir');
  if (removeKubeconfigDir(dir)) core.info('Removed the kubeconfig left by a cancelled or failed run');
}
