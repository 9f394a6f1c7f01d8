import * as core from '@actions/core';
import { removeKubeconfigDir } from '../adapters/kubeconfig.ts';
import { ConfigurationError } from '../core/errors.ts';
import { checkText } from '../core/inputs/parse.ts';
import { checkNamespace } from '../core/kubernetes/kubeconfig.ts';
import { kubeconfigCredentials } from '../core/kubernetes/kubeconfig-secrets.ts';
import { ACTION_INPUT_NAMES, type Connected, connect } from '../pipeline/kubernetes/prepare.ts';
import { closeEngineFromState, readSwarmConnection, runnerTemp, type SwarmConnection } from './connection.ts';
import { mask, readString } from './inputs.ts';
import { actionsReporter } from './reporter.ts';

/** The connection inputs every Kubernetes action shares (deploy-k8s, and secrets/prune-secrets with target: kubernetes). */
export interface KubernetesConnection {
  /** Plain YAML or base64 (masked as read); '' means the ambient KUBECONFIG or ~/.kube/config. */
  kubeconfig: string;
  /** '' means the kubeconfig's current-context. */
  context: string;
  namespace: string | undefined;
}

/**
 * The `kubeconfig` input, masked as read: the whole value (one line when it is base64) and every
 * credential inside it (kubeconfigCredentials), not each of its lines; one that does not parse,
 * line by line.
 */
function readKubeconfigInput(): string {
  const raw = core.getInput('kubeconfig');
  if (raw.trim() === '') return raw;
  const credentials = kubeconfigCredentials(raw);
  if (credentials === undefined) mask(raw);
  else {
    core.setSecret(raw.trim());
    for (const credential of credentials) core.setSecret(credential);
  }
  return checkText('kubeconfig', raw);
}

export function readKubernetesConnection(): KubernetesConnection {
  return {
    kubeconfig: readKubeconfigInput(),
    context: readString('context').trim(),
    namespace: checkNamespace('namespace', readString('namespace')),
  };
}

export type Target = 'swarm' | 'kubernetes';

export type TargetConnection =
  | { target: 'swarm'; swarm: SwarmConnection }
  | { target: 'kubernetes'; kubernetes: KubernetesConnection };

const SWARM_ONLY = ['host', 'ssh-key', 'known-hosts', 'jump-host'] as const;
const KUBERNETES_ONLY = ['kubeconfig', 'context', 'namespace'] as const;

/**
 * `target` (`swarm`, the default, or `kubernetes`) and that target's connection inputs, checked;
 * touches nothing. Inputs of the other target are ignored with a warning that names them.
 */
export function readTargetConnection(): TargetConnection {
  const raw = readString('target').trim();
  if (raw !== '' && raw !== 'swarm' && raw !== 'kubernetes')
    throw new ConfigurationError(`expected swarm or kubernetes, got ${JSON.stringify(raw)}`, 'target');
  const target: Target = raw === 'kubernetes' ? 'kubernetes' : 'swarm';
  const ignored = (names: readonly string[]) => names.filter((name) => readString(name).trim() !== '');
  if (target === 'kubernetes') {
    const kubernetes = readKubernetesConnection();
    const extra = ignored(SWARM_ONLY);
    if (extra.length > 0)
      core.warning(`${extra.join(', ')}: ignored with target: kubernetes (they are for target: swarm)`);
    return { target, kubernetes };
  }
  if (readString('host').trim() === '')
    throw new ConfigurationError(
      'is required with target: swarm (ssh://user@host[:port] or unix:///var/run/docker.sock); for Kubernetes set target: kubernetes',
      'host',
    );
  const extra = ignored(KUBERNETES_ONLY);
  if (extra.length > 0)
    core.warning(`${extra.join(', ')}: ignored with target: swarm (they are for target: kubernetes)`);
  return { target, swarm: readSwarmConnection() };
}

/** Writes the kubeconfig (0600, removed at the end and in `post`), proves the connection. */
export function openKubernetes(connection: KubernetesConnection, signal?: AbortSignal): Promise<Connected> {
  return connect({
    kubeconfig: connection.kubeconfig,
    context: connection.context,
    namespace: connection.namespace,
    kubectlVersion: '',
    baseDir: runnerTemp(),
    names: ACTION_INPUT_NAMES,
    report: actionsReporter,
    ...(signal === undefined ? {} : { signal }),
    onKubeconfig: (file) => core.saveState('kube-dir', file.dir),
  });
}

/** `post` of an action with both targets: closes an SSH session and removes a kubeconfig left behind. */
export async function closeConnectionsFromState(): Promise<void> {
  await closeEngineFromState();
  if (removeKubeconfigDir(core.getState('kube-dir')))
    core.info('Removed the kubeconfig left by a cancelled or failed run');
}
