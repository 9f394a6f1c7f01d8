import { chmodSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Kubeconfig } from '../core/kubernetes/kubeconfig.ts';

/**
 * The kubeconfig of one run: written 0600 into a private folder (mode 0700) under `baseDir`
 * (RUNNER_TEMP in an action), removed by `removeKubeconfigDir` (main's finally, and `post` after a
 * failure or a cancel).
 */
export interface KubeconfigFile {
  dir: string;
  file: string;
}

/** A private folder (0700) for this run's files: the kubeconfig, the rendered manifests. */
export function makeRunDir(baseDir: string): string {
  const dir = mkdtempSync(path.join(baseDir, 'gantry-kube-'));
  chmodSync(dir, 0o700);
  return dir;
}

export function writeKubeconfig(config: Kubeconfig, baseDir: string): KubeconfigFile {
  const dir = makeRunDir(baseDir);
  const file = path.join(dir, 'config');
  writeFileSync(file, config.text, { mode: 0o600 });
  return { dir, file };
}

/** Removes a folder made by writeKubeconfig; only one whose name says it is ours. */
export function removeKubeconfigDir(dir: string): boolean {
  if (dir === '' || !path.basename(dir).startsWith('gantry-kube-') || !existsSync(dir)) return false;
  rmSync(dir, { recursive: true, force: true });
  return true;
}
