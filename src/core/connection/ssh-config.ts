import type { SshTarget } from './target.ts';

/** The alias every per-run ssh config names the target by; DOCKER_HOST is ssh://<alias>. */
export const SSH_ALIAS = 'gantry-target';
/** The bastion's alias: the target's ProxyCommand reaches it, with the same key and pinned host keys. */
export const JUMP_ALIAS = 'gantry-jump';

export interface SshConfigFiles {
  identityFile: string;
  knownHostsFile: string;
  controlPath: string;
}

export interface SshConfigOptions {
  target: SshTarget;
  files: SshConfigFiles;
  /** `insecure-ignore-host-key: true`: accept any host key (warned about loudly by the caller). */
  insecureIgnoreHostKey: boolean;
  /**
   * A bastion: reached by an explicit ProxyCommand (`ssh -W` to its own Host block), so that its
   * errors go to `errorLog` (the implicit ProxyJump's stderr would be lost with the master's).
   */
  jump?: { host: SshTarget; ssh: string; configFile: string; errorLog: string };
  connectTimeoutSeconds: number;
}

/**
 * A per-run OpenSSH config: the pinned host key only, this key only, no agent, no prompts, and one
 * master connection that every later ssh (the docker CLI's among them) multiplexes over.
 */
/** A path as one shell word inside ProxyCommand (ssh runs it with `sh -c`; `%` is ssh's token sign). */
const configWord = (value: string): string => `'${value.replace(/%/g, '%%').replace(/'/g, `'\\''`)}'`;

export function sshConfig(options: SshConfigOptions): string {
  const { target, files } = options;
  // What both hops share: this key only, no agent, no prompts, the pinned host keys only. A
  // `ProxyJump user@host` would reach the bastion with none of it (ssh's defaults: ~/.ssh keys and
  // known_hosts, prompts), so the bastion is a Host block of its own, named by its alias.
  const hop = (host: SshTarget): string[] => [
    `  HostName ${host.host}`,
    `  Port ${host.port}`,
    `  User ${host.user}`,
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
    `  ConnectTimeout ${options.connectTimeoutSeconds}`,
    '  LogLevel ERROR',
  ];
  const lines = [
    `Host ${SSH_ALIAS}`,
    ...hop(target),
    '  ControlMaster auto',
    `  ControlPath ${files.controlPath}`,
    '  ControlPersist 15m',
    '  ServerAliveInterval 15',
    '  ServerAliveCountMax 4',
  ];
  const { jump } = options;
  if (jump !== undefined) {
    lines.push(
      `  ProxyCommand ${configWord(jump.ssh)} -F ${configWord(jump.configFile)} -E ${configWord(jump.errorLog)} -W '[%h]:%p' ${JUMP_ALIAS}`,
      `Host ${JUMP_ALIAS}`,
      ...hop(jump.host),
      '  ControlMaster no',
    );
  }
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
