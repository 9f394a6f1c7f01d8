import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, inject, it } from 'vitest';
import { kubernetesGate } from './kubernetes-gate.ts';

const K8S_STATUS = path.resolve(import.meta.dirname, '../../../sandbox/k8s/status.sh');

/** The sandbox cluster's kubeconfig when `sandbox/k8s/status.sh` passes; the reason otherwise. */
export function findSandboxCluster(): { kubeconfig: string } | { reason: string } {
  if (!existsSync(K8S_STATUS)) return { reason: 'sandbox/k8s/status.sh does not exist' };
  const status = spawnSync('bash', [K8S_STATUS], { encoding: 'utf8', timeout: 60_000 });
  const lines = (status.stdout ?? '').trim().split('\n');
  if (status.status !== 0) {
    const why = lines[0] || status.stderr?.trim() || `exit ${status.status}`;
    return { reason: `the sandbox cluster is not up (${why}); run sandbox/k8s/up.sh` };
  }
  const fromStatus = (lines.at(-1) ?? '').replace(/^KUBECONFIG=/, '');
  const file =
    process.env.KUBECONFIG && existsSync(process.env.KUBECONFIG) ? process.env.KUBECONFIG : fromStatus;
  if (!file || !existsSync(file)) return { reason: `no kubeconfig at ${JSON.stringify(file)}` };
  return { kubeconfig: file };
}

/** Why the sandbox registry (and the rest of the Docker sandbox) cannot be used, if it cannot. */
export function registryUnavailable(): string | undefined {
  const down = inject('gantrySandboxUnavailable');
  return down ? `the registry sandbox is unavailable: ${down}` : undefined;
}

/**
 * The sandbox cluster for one e2e file, through the Kubernetes gate: `kubeconfig` is '' and
 * `skipReason` set when its tests do not run. Under CI with no cluster it adds a failing
 * `<title> under CI` test. `unavailable` is a reason found before looking (e.g. no registry sandbox).
 */
export function sandboxClusterFor(
  title: string,
  what: string,
  unavailable?: string,
): { kubeconfig: string; skipReason: string | undefined } {
  const cluster = unavailable ? { reason: unavailable } : findSandboxCluster();
  const { skipReason, mustFail } = kubernetesGate('reason' in cluster ? cluster.reason : undefined, what);
  describe.runIf(mustFail)(`${title} under CI`, () => {
    it('needs the sandbox cluster', () => {
      throw new Error(`CI=${process.env.CI} and the sandbox Kubernetes cluster is not usable: ${skipReason}`);
    });
  });
  return { kubeconfig: 'kubeconfig' in cluster ? cluster.kubeconfig : '', skipReason };
}
