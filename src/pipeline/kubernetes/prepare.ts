import { existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';
import { ToolError } from '../../adapters/exec.ts';
import { type KubeconfigFile, makeRunDir, writeKubeconfig } from '../../adapters/kubeconfig.ts';
import { ensureKubectl, Kubectl } from '../../adapters/kubectl.ts';
import { ConfigurationError } from '../../core/errors.ts';
import { defaultPortProtocols } from '../../core/kubernetes/defaults.ts';
import { type Kubeconfig, parseKubeconfig, resolveContext } from '../../core/kubernetes/kubeconfig.ts';
import {
  annotateWorkloads,
  checkNamespaces,
  type K8sObject,
  loadManifests,
  type ManifestSource,
  pinImages,
} from '../../core/kubernetes/manifests.ts';
import type { Reporter } from '../reporter.ts';
import { renderKustomize } from './sources.ts';

/** Input names, so errors name the action input or the CLI flag at fault. */
export interface KubernetesInputNames {
  kubeconfig: string;
  context: string;
  namespace: string;
  manifests: string;
  kustomize: string;
  env: string;
  images: string;
}

export const ACTION_INPUT_NAMES: KubernetesInputNames = {
  kubeconfig: 'kubeconfig',
  context: 'context',
  namespace: 'namespace',
  manifests: 'manifests',
  kustomize: 'kustomize',
  env: 'env',
  images: 'images',
};

/** The kubeconfig text given, else the ambient one (KUBECONFIG's first file, ~/.kube/config). */
export function loadKubeconfig(
  raw: string,
  names: KubernetesInputNames,
): { config: Kubeconfig; ambientFile: string | undefined } {
  if (raw.trim() !== '') return { config: parseKubeconfig(raw, names.kubeconfig), ambientFile: undefined };
  const file =
    (process.env.KUBECONFIG ?? '').split(path.delimiter).find((f) => f !== '' && existsSync(f)) ??
    [path.join(homedir(), '.kube', 'config')].find((f) => existsSync(f));
  if (file === undefined) {
    throw new ConfigurationError(
      'is required: give a kubeconfig (plain or base64), or run a step that sets KUBECONFIG first',
      names.kubeconfig,
    );
  }
  return {
    config: parseKubeconfig(readFileSync(file, 'utf8'), `${names.kubeconfig} (${file})`),
    ambientFile: file,
  };
}

export interface Connected {
  kubectl: Kubectl;
  context: string;
  /** Where objects without a namespace go: the namespace input, else the context's, else `default`. */
  defaultNamespace: string;
  serverVersion: string;
  /** The run's private folder (removed at the end, and by `post`) and the kubeconfig in use. */
  kubeconfigFile: KubeconfigFile;
}

/**
 * Writes the kubeconfig (0600, private folder), finds or installs kubectl, and proves the
 * connection with `kubectl version` before anything else is done; a refusal is the kubeconfig's fault.
 */
export async function connect(options: {
  kubeconfig: string;
  context: string;
  namespace: string | undefined;
  kubectlVersion: string;
  baseDir: string;
  names: KubernetesInputNames;
  report: Reporter;
  signal?: AbortSignal;
  onKubeconfig?: (file: KubeconfigFile) => void;
}): Promise<Connected> {
  const { names, report } = options;
  const { config, ambientFile } = loadKubeconfig(options.kubeconfig, names);
  const context = resolveContext(config, options.context, {
    context: names.context,
    kubeconfig: names.kubeconfig,
  });
  const installed = await ensureKubectl({
    version: options.kubectlVersion,
    fallback: 'v1.32.4',
    log: report.info,
  });
  // The run's private folder holds the kubeconfig (when given as an input) and the rendered manifests.
  const file: KubeconfigFile =
    ambientFile === undefined
      ? writeKubeconfig(config, options.baseDir)
      : { dir: makeRunDir(options.baseDir), file: ambientFile };
  options.onKubeconfig?.(file);
  const kubectl = new Kubectl({
    binary: installed.path,
    kubeconfig: file.file,
    context: context.name,
    log: report.info,
    ...(options.signal ? { signal: options.signal } : {}),
  });
  let serverVersion: string;
  try {
    serverVersion = await kubectl.serverVersion();
  } catch (error) {
    const detail =
      error instanceof ToolError ? error.stderr.trim().split('\n').slice(-3).join(' ') : String(error);
    throw new ConfigurationError(
      `cannot reach the API server of context ${context.name} with it: ${detail || (error as Error).message}`,
      names.kubeconfig,
    );
  }
  report.info(
    `Context ${context.name}: Kubernetes ${serverVersion} (kubectl ${installed.version}, ${installed.source})`,
  );
  return {
    kubectl,
    context: context.name,
    defaultNamespace: options.namespace ?? context.namespace ?? 'default',
    serverVersion,
    kubeconfigFile: file,
  };
}

/** Manifests (files read, or kustomize rendered) → substituted, pinned and annotated objects. */
export async function buildObjects(options: {
  /** Needed only with kustomize; file manifests are read without touching the cluster. */
  kubectl: Kubectl | undefined;
  sources: ManifestSource[];
  kustomizeDir: string | undefined;
  env: ReadonlyMap<string, string>;
  images: ReadonlyMap<string, string>;
  annotations: Record<string, string>;
  namespace: string | undefined;
  names: KubernetesInputNames;
}): Promise<K8sObject[]> {
  const { names } = options;
  const inputNames = (input: string) => ({
    manifests: input,
    env: names.env,
    images: names.images,
    namespace: names.namespace,
  });
  const objects =
    options.sources.length > 0
      ? loadManifests(options.sources, options.env, inputNames(names.manifests))
      : [];
  if (options.kustomizeDir !== undefined) {
    if (options.kubectl === undefined) throw new Error('kustomize needs kubectl');
    const rendered = await renderKustomize(options.kubectl, options.kustomizeDir, names.kustomize);
    objects.push(...loadManifests([rendered], options.env, inputNames(names.kustomize)));
  }
  checkNamespaces(objects, options.namespace, names.namespace);
  const pinned = pinImages(defaultPortProtocols(objects), options.images, names.images);
  return annotateWorkloads(pinned, options.annotations);
}
