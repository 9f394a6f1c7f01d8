import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { removeKubeconfigDir } from '../../adapters/kubeconfig.ts';
import type { KubernetesTarget } from '../../core/config/model.ts';
import { ConfigurationError } from '../../core/errors.ts';
import { type Connected, connect, type KubernetesInputNames } from '../kubernetes/prepare.ts';
import type { Reporter } from '../reporter.ts';

/** How errors name a Kubernetes target's keys: `targets.NAME.kubernetes.…`. */
export const targetKeyNames = (key: string): KubernetesInputNames => ({
  kubeconfig: `${key}.kubeconfig`,
  context: `${key}.context`,
  namespace: `${key}.namespace`,
  manifests: `${key}.manifests`,
  kustomize: `${key}.kustomize`,
  env: `${key}.env`,
  images: `${key}.image-name`,
});

/** The kubeconfig file the target names ('' for the ambient one). */
export function readTargetKubeconfig(target: KubernetesTarget, names: KubernetesInputNames): string {
  if (target.kubeconfig === undefined) return '';
  try {
    return readFileSync(target.kubeconfig, 'utf8');
  } catch (error) {
    throw new ConfigurationError(
      `cannot read ${target.kubeconfig} (${(error as NodeJS.ErrnoException).code})`,
      names.kubeconfig,
    );
  }
}

export interface KubernetesSession {
  connected: Connected;
  /** Removes the private folder (and the kubeconfig written there). */
  close(): void;
}

/** Connects to a gantry.yml Kubernetes target as the release does (kubectl proven against the cluster). */
export async function openKubernetes(
  target: KubernetesTarget,
  report: Reporter,
  signal: AbortSignal,
): Promise<KubernetesSession> {
  const names = targetKeyNames(`targets.${target.name}.kubernetes`);
  const kubeconfig = readTargetKubeconfig(target, names);
  const workDir = mkdtempSync(path.join(tmpdir(), 'gantry-'));
  let kubeDir = '';
  const close = () => {
    removeKubeconfigDir(kubeDir);
    rmSync(workDir, { recursive: true, force: true });
  };
  try {
    const connected = await connect({
      kubeconfig,
      context: target.context ?? '',
      namespace: target.namespace,
      kubectlVersion: '',
      baseDir: workDir,
      names,
      report,
      signal,
      onKubeconfig: (file) => {
        kubeDir = file.dir;
      },
    });
    return { connected, close };
  } catch (error) {
    close();
    throw error;
  }
}
