import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

// A per-run SSH set-up for tests that drive a remote engine with `docker -H ssh://…`: an ssh
// config that pins the host key and the identity, plus a directory with an `ssh` wrapper that
// uses that config. The docker CLI's ssh connection helper runs `ssh` from PATH and cannot pass
// -F, so the wrapper directory goes first on PATH.

export interface SshSetupOptions {
  /** Private key file (0600). */
  identityFile: string;
  /** known_hosts file with the host's key line. */
  knownHostsFile: string;
  /** ssh://user@host:port, used for DOCKER_HOST in `env`. */
  dockerHost?: string;
  /** The real ssh binary (default /usr/bin/ssh). */
  sshBinary?: string;
}

export interface SshSetup {
  /** Private temporary folder (0700) holding everything below. */
  dir: string;
  /** The ssh config (ssh -F). */
  configFile: string;
  /** Folder with the `ssh` wrapper; put it first on PATH. */
  binDir: string;
  /** process.env plus PATH (wrapper first) and, if given, DOCKER_HOST. */
  env: NodeJS.ProcessEnv;
  /** argv prefix for calling ssh directly: [/usr/bin/ssh, -F, config]. */
  sshArgv: string[];
  /** Removes the temporary folder. */
  cleanup: () => void;
}

const quote = (p: string): string => `"${p.replaceAll('"', '\\"')}"`;
const shQuote = (s: string): string => `'${s.replaceAll("'", `'\\''`)}'`;

/** The ssh_config text (exported for unit checks). */
export function sshConfigText(identityFile: string, knownHostsFile: string): string {
  return [
    'Host *',
    '  StrictHostKeyChecking yes',
    `  UserKnownHostsFile ${quote(knownHostsFile)}`,
    '  GlobalKnownHostsFile /dev/null',
    '  IdentitiesOnly yes',
    `  IdentityFile ${quote(identityFile)}`,
    '  BatchMode yes',
    '  PasswordAuthentication no',
    '  ConnectTimeout 15',
    '  ServerAliveInterval 15',
    '  LogLevel ERROR',
    '',
  ].join('\n');
}

export function createSshSetup(options: SshSetupOptions): SshSetup {
  const dir = mkdtempSync(path.join(tmpdir(), 'gantry-e2e-ssh-'));
  chmodSync(dir, 0o700);
  const configFile = path.join(dir, 'ssh_config');
  writeFileSync(configFile, sshConfigText(options.identityFile, options.knownHostsFile), { mode: 0o600 });
  const binDir = path.join(dir, 'bin');
  const sshBinary = options.sshBinary ?? '/usr/bin/ssh';
  const wrapper = path.join(binDir, 'ssh');
  mkdirSync(binDir, { mode: 0o700 });
  writeFileSync(wrapper, `#!/bin/sh\nexec ${shQuote(sshBinary)} -F ${shQuote(configFile)} "$@"\n`, {
    mode: 0o700,
  });
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PATH: `${binDir}${path.delimiter}${process.env.PATH ?? ''}`,
    ...(options.dockerHost ? { DOCKER_HOST: options.dockerHost } : {}),
  };
  return {
    dir,
    configFile,
    binDir,
    env,
    sshArgv: [sshBinary, '-F', configFile],
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}
