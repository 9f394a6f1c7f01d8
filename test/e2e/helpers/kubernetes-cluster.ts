import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

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
