import { spawnSync } from 'node:child_process';
import type { Kubectl } from './kubectl.ts';
import { until } from './poll.ts';

/** An image pull secret (kubernetes.io/dockerconfigjson) for one registry. */
export interface PullSecret {
  name: string;
  registry: string;
  user: string;
  password: string;
}

/** Creates the namespace, waits until pods may run in it, and adds the pull secret if given. */
export async function createNamespace(k: Kubectl, pullSecret?: PullSecret): Promise<void> {
  k.kubectl(['create', 'namespace', k.namespace]);
  // Kubernetes 1.20 refuses pods until the namespace's default service account has its token.
  await until(
    'the default service account token',
    () => k.knTry(['get', 'sa', 'default', '-o', 'jsonpath={.secrets[0].name}'], 20_000).output.trim() !== '',
  );
  if (pullSecret) addPullSecret(k, pullSecret);
}

export function addPullSecret(k: Kubectl, { name, registry, user, password }: PullSecret): void {
  k.kn(
    'create',
    'secret',
    'docker-registry',
    name,
    `--docker-server=${registry}`,
    `--docker-username=${user}`,
    `--docker-password=${password}`,
  );
}

/** Deletes the namespace and waits for it; a failure is logged, not thrown (an afterAll). */
export function deleteNamespace(k: Kubectl): void {
  if (!k.kubeconfig) return;
  // Pods first: the 1.20 kubelet removes pod objects only on its 10 s sync, and the namespace
  // controller backs off while pods remain.
  k.knTry(['scale', 'deployments', '--all', '--replicas=0'], 30_000);
  k.knTry(['wait', '--for=delete', 'pods', '--all', '--timeout=90s'], 100_000);
  const r = spawnSync(
    'kubectl',
    ['--kubeconfig', k.kubeconfig, 'delete', 'namespace', k.namespace, '--wait=true', '--timeout=120s'],
    { encoding: 'utf8', timeout: 130_000 },
  );
  if (r.status !== 0) process.stderr.write(`[e2e] could not delete namespace ${k.namespace}: ${r.stderr}\n`);
}
