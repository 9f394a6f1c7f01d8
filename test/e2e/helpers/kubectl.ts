import { execFileSync, spawnSync } from 'node:child_process';

/** kubectl against one kubeconfig, and the same in one namespace. */
export interface Kubectl {
  kubeconfig: string;
  namespace: string;
  /** kubectl (cluster-wide); throws on a non-zero exit; trimmed stdout. */
  kubectl(args: string[], input?: string, timeout?: number): string;
  /** kubectl in the namespace; throws on a non-zero exit; trimmed stdout. */
  kn(...args: string[]): string;
  /** kubectl in the namespace that may fail: exit status and combined output. */
  knTry(args: string[], timeout?: number): { status: number | null; output: string };
}

export function kubectlFor(kubeconfig: string, namespace: string): Kubectl {
  const kubectl = (args: string[], input?: string, timeout = 200_000): string =>
    execFileSync('kubectl', ['--kubeconfig', kubeconfig, ...args], {
      encoding: 'utf8',
      input,
      timeout,
      stdio: ['pipe', 'pipe', 'pipe'],
    }).trim();
  return {
    kubeconfig,
    namespace,
    kubectl,
    kn: (...args) => kubectl(['--namespace', namespace, ...args]),
    knTry: (args, timeout = 200_000) => {
      const r = spawnSync('kubectl', ['--kubeconfig', kubeconfig, '--namespace', namespace, ...args], {
        encoding: 'utf8',
        timeout,
      });
      return { status: r.status, output: `${r.stdout ?? ''}${r.stderr ?? ''}` };
    },
  };
}
