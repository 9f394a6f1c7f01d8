import type { DockerTarget } from './target.ts';

/** The alias every per-run ssh config names the target by; DOCKER_HOST is ssh://<alias>. */
export const SSH_ALIAS = 'gantry-target';

export interface SshConfigFiles {
  identityFile: string;
  knownHostsFile: string;
  controlPath: string;
}

export interface SshConfigOptions {
  target: Extract<DockerTarget, { kind: 'ssh' }>;
  files: SshConfigFiles;
  /** `insecure-ignore-host-key: true`: accept any host key (warned about loudly by the caller). */
  insecureIgnoreHostKey: boolean;
  jumpHost?: string;
  connectTimeoutSeconds: number;
}

/**
 * A per-run OpenSSH config: the pinned host key only, this key only, no agent, no prompts, and one
 * master connection that every later ssh (the docker CLI's among them) multiplexes over.
 */
export function sshConfig(options: SshConfigOptions): string {
  const { target, files } = options;
  const lines = [
    `Host ${SSH_ALIAS}`,
    `  HostName ${target.host}`,
    `  Port ${target.port}`,
    `  User ${target.user}`,
    `  IdentityFile ${files.identityFile}`,
    '  IdentitiesOnly yes',
    '  IdentityAgent none',
    '  PasswordAuthentication no',
    '  KbdInteractiveAuthentication no',
    '  BatchMode yes',
    `  UserKnownHostsFile ${options.insecureIgnoreHostKey ? '/dev/null' : files.knownHostsFile}`,
    '  GlobalKnownHostsFile /dev/null',
    `  StrictHostKeyChecking ${options.insecureIgnoreHostKey ? 'no' : 'yes'}`,
    '  UpdateHostKeys no',
    '  HashKnownHosts no',
    '  CheckHostIP no',
    '  ControlMaster auto',
    `  ControlPath ${files.controlPath}`,
    '  ControlPersist 15m',
    `  ConnectTimeout ${options.connectTimeoutSeconds}`,
    '  ServerAliveInterval 15',
    '  ServerAliveCountMax 4',
    '  LogLevel ERROR',
  ];
  if (options.jumpHost !== undefined) lines.push(`  ProxyJump ${options.jumpHost}`);
  return `${lines.join('\n')}\n`;
}

/**
 * Argv that opens the master connection and returns once it is authenticated (`-f`); its messages
 * go to `errorLog` (`-E`), because a backgrounded ssh keeps any stderr pipe open.
 */
export const sshMasterArgs = (configFile: string, errorLog: string): string[] => [
  '-F',
  configFile,
  '-E',
  errorLog,
  '-M',
  '-N',
  '-f',
  SSH_ALIAS,
];
/** Argv that asks the master to exit. */
export const sshExitArgs = (configFile: string): string[] => ['-F', configFile, '-O', 'exit', SSH_ALIAS];
/** Argv that runs one remote command over the master (argv joined by ssh; callers pass fixed words). */
export const sshRunArgs = (configFile: string, remote: readonly string[]): string[] => [
  '-F',
  configFile,
  '-T',
  SSH_ALIAS,
  '--',
  ...remote,
];
