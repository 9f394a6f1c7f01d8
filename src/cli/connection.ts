import { readFileSync } from 'node:fs';
import type { SshInputNames } from '../adapters/ssh.ts';
import {
  checkPrivateKey,
  type DockerTarget,
  parseDockerTarget,
  parseJumpHost,
  parseKnownHosts,
} from '../core/connection/target.ts';
import { ConfigurationError } from '../core/errors.ts';
import { checkNamespace } from '../core/kubernetes/kubeconfig.ts';
import { type Connected, connect, type KubernetesInputNames } from '../pipeline/kubernetes/prepare.ts';
import type { Reporter } from '../pipeline/reporter.ts';
import { type DockerEngine, type EngineAccess, openDockerEngine } from '../pipeline/swarm/engine.ts';

/** The CLI commands' connection options, as a refused connection names them. */
export const CLI_SSH_NAMES: SshInputNames = {
  host: '--host',
  sshKey: '--ssh-key',
  knownHosts: '--known-hosts',
  jumpHost: '--jump-host',
};

/** Connection flags shared by `gantry secrets` and `gantry prune` (the same names as the deploy commands'). */
export const CONNECTION_OPTIONS = {
  target: { type: 'string' },
  host: { type: 'string' },
  'ssh-key': { type: 'string' },
  'known-hosts': { type: 'string' },
  'jump-host': { type: 'string' },
  kubeconfig: { type: 'string' },
  context: { type: 'string' },
  namespace: { type: 'string', short: 'n' },
} as const;

export const CONNECTION_USAGE = `  --target swarm|kubernetes   where the secrets live (default swarm)
  --host URL               swarm: ssh://user@host[:port] or unix:///var/run/docker.sock
  --ssh-key FILE           swarm: private key file (for ssh://)
  --known-hosts FILE       swarm: known_hosts file with the host's line (for ssh://)
  --jump-host USER@HOST[:PORT]  swarm: a bastion to go through (its line in --known-hosts too)
  --kubeconfig FILE        kubernetes: kubeconfig (default: KUBECONFIG, then ~/.kube/config)
  --context NAME           kubernetes: context (default: the kubeconfig's current-context)
  -n, --namespace NAME     kubernetes: namespace (default: the context's, else default)`;

export interface ConnectionFlags {
  target?: string | undefined;
  host?: string | undefined;
  'ssh-key'?: string | undefined;
  'known-hosts'?: string | undefined;
  'jump-host'?: string | undefined;
  kubeconfig?: string | undefined;
  context?: string | undefined;
  namespace?: string | undefined;
}

export const CLI_KUBERNETES_NAMES: KubernetesInputNames = {
  kubeconfig: '--kubeconfig',
  context: '--context',
  namespace: '--namespace',
  manifests: '--manifests',
  kustomize: '--kustomize',
  env: '--env',
  images: '--image',
};

/** A file named by a flag, read; '' when the flag is absent. */
export function readFlagFile(flag: string, file: string | undefined): string {
  if (file === undefined) return '';
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    throw new ConfigurationError(`cannot read ${file} (${(error as NodeJS.ErrnoException).code})`, flag);
  }
}

export type CliTarget =
  | { target: 'swarm'; open(workDir: string, report: Reporter, signal: AbortSignal): Promise<CliEngine> }
  | {
      target: 'kubernetes';
      namespace: string | undefined;
      open(workDir: string, report: Reporter, signal: AbortSignal): Promise<Connected>;
    };

export type CliEngine = DockerEngine;

/** The engine at `host`, with the key, known_hosts and jump host the flags name (checked, not contacted). */
export function engineAccess(
  host: DockerTarget,
  flags: Pick<ConnectionFlags, 'ssh-key' | 'known-hosts' | 'jump-host'>,
): EngineAccess {
  if (host.kind !== 'ssh') return { target: host, privateKey: '', knownHosts: [], names: CLI_SSH_NAMES };
  const knownHosts = parseKnownHosts('--known-hosts', readFlagFile('--known-hosts', flags['known-hosts']));
  if (knownHosts.length === 0)
    throw new ConfigurationError('is required for an ssh:// host', '--known-hosts');
  const privateKey = checkPrivateKey('--ssh-key', readFlagFile('--ssh-key', flags['ssh-key']));
  const jump = flags['jump-host'] ?? '';
  return {
    target: host,
    privateKey,
    knownHosts,
    jumpHost: jump === '' ? undefined : parseJumpHost('--jump-host', jump),
    names: CLI_SSH_NAMES,
  };
}

/** Checks the flags of the chosen target (nothing is contacted) and returns how to connect. */
export function cliTarget(flags: ConnectionFlags): CliTarget {
  const target = flags.target ?? 'swarm';
  if (target !== 'swarm' && target !== 'kubernetes')
    throw new ConfigurationError(`expected swarm or kubernetes, got ${JSON.stringify(target)}`, '--target');
  if (target === 'kubernetes') {
    const kubeconfig = readFlagFile('--kubeconfig', flags.kubeconfig);
    const namespace = checkNamespace('--namespace', flags.namespace ?? '');
    return {
      target,
      namespace,
      open: (workDir, report, signal) =>
        connect({
          kubeconfig,
          context: flags.context ?? '',
          namespace,
          kubectlVersion: '',
          baseDir: workDir,
          names: CLI_KUBERNETES_NAMES,
          report,
          signal,
        }),
    };
  }
  if ((flags.host ?? '') === '')
    throw new ConfigurationError(
      'is required with --target swarm (ssh://user@host[:port] or unix://…)',
      '--host',
    );
  const access = engineAccess(parseDockerTarget('--host', flags.host ?? ''), flags);
  return {
    target,
    open: (workDir, report, signal) => openDockerEngine(access, workDir, report, signal),
  };
}
