import { existsSync } from 'node:fs';
import * as core from '@actions/core';
import { removeKubeconfigDir } from '../../adapters/kubeconfig.ts';
import { Kubectl } from '../../adapters/kubectl.ts';
import type { HeldLease } from '../../core/kubernetes/lease-lock.ts';
import { releaseLease } from '../../pipeline/kubernetes/lease-lock.ts';

export const STATE_LEASE = 'lease';

/** The deploy lock main held, and how to reach its cluster again. */
export interface LeftLease extends HeldLease {
  kubeconfig: string;
  context: string;
  binary: string;
}

/**
 * Runs after main, also when it failed or was cancelled: releases the deploy lock (a Lease) if main
 * could not (killed while deploying), then removes the run's kubeconfig folder.
 */
export async function post(): Promise<void> {
  const left = core.getState(STATE_LEASE);
  if (left !== '') {
    const lease = JSON.parse(left) as LeftLease;
    if (existsSync(lease.kubeconfig)) {
      const kubectl = new Kubectl({
        binary: lease.binary,
        kubeconfig: lease.kubeconfig,
        context: lease.context,
      });
      try {
        if (await releaseLease(kubectl, lease))
          core.info(`Released the deploy lock of namespace ${lease.namespace} left by a cancelled run`);
      } catch (error) {
        core.warning(`Could not release the deploy lock (${(error as Error).message}); it expires by itself`);
      }
    }
  }
  const dir = core.getState('kube-dir');
  if (removeKubeconfigDir(dir)) core.info('Removed the kubeconfig left by a cancelled or failed run');
}
