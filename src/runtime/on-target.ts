import { removeKubeconfigDir } from '../adapters/kubeconfig.ts';
import type { Connected } from '../pipeline/kubernetes/prepare.ts';
import { type Engine, openEngine } from './connection.ts';
import { openKubernetes, type TargetConnection } from './kubernetes-connection.ts';

/** What an action does once connected, on either kind of target (the CLI's twin: src/cli/on-target.ts). */
export interface OnTarget<T> {
  kubernetes(connected: Connected): Promise<T>;
  swarm(engine: Engine): Promise<T>;
}

/**
 * Connects to the action's target, runs its part and lets go of everything: the kubeconfig folder
 * is removed, the SSH session closed (`post` does the same after a cancelled run).
 */
export async function onTarget<T>(connection: TargetConnection, run: OnTarget<T>): Promise<T> {
  if (connection.target === 'kubernetes') {
    const connected = await openKubernetes(connection.kubernetes);
    try {
      return await run.kubernetes(connected);
    } finally {
      removeKubeconfigDir(connected.kubeconfigFile.dir);
    }
  }
  const engine = await openEngine(connection.swarm);
  try {
    return await run.swarm(engine);
  } finally {
    await engine.close();
  }
}
