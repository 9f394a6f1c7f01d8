import { spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { SSH_ALIAS, sshConfig, sshExitArgs, sshMasterArgs } from '../core/connection/ssh-config.ts';
import { knownHostsPattern, type SshTarget } from '../core/connection/target.ts';
import { ConfigurationError } from '../core/errors.ts';
import { exec } from './exec.ts';
import { findExecutable } from './executable.ts';

/**
 * One SSH connection per run: a private folder (0700) with the key, the pinned known_hosts and a
 * per-run ssh config (all 0600), a master connection that every later ssh multiplexes over (so a
 * whole deploy makes one handshake), and an `ssh` wrapper that the docker CLI finds first on PATH,
 * because the CLI's ssh connection helper cannot be given `-F`.
 */

/** What errors call each connection setting: an action input, a CLI option or a config key. */
export interface SshInputNames {
  host: string;
  sshKey: string;
  knownHosts: string;
  jumpHost: string;
}

export const ACTION_SSH_NAMES: SshInputNames = {
  host: 'host',
  sshKey: 'ssh-key',
  knownHosts: 'known-hosts',
  jumpHost: 'jump-host',
};

export interface SshSessionOptions {
  target: SshTarget;
  privateKey: string;
  knownHosts: string[];
  insecureIgnoreHostKey: boolean;
  jumpHost?: SshTarget;
  /** Parent folder for the run's files: RUNNER_TEMP in an action, the OS temp folder in the CLI. */
  baseDir: string;
  connectTimeoutSeconds?: number;
  log?: (line: string) => void;
  /** The action's input names unless given. */
  names?: SshInputNames;
}

export interface SshSession {
  dir: string;
  configFile: string;
  /** Environment for tools that reach the engine through this session (docker CLI). */
  env: { DOCKER_HOST: string; PATH: string };
  close(): Promise<void>;
}

// A unix socket path must stay under ~104 bytes; use a short folder when baseDir is deep.
const MAX_CONTROL_PATH = 90;

/** The ssh client this run uses: the first on PATH (findExecutable). */
async function findSsh(): Promise<string> {
  const found = findExecutable('ssh');
  if (found === undefined)
    throw new ConfigurationError('OpenSSH client (ssh) is not installed on this runner');
  return found;
}

/** ssh's host-key warnings are a screenful of @-signs; keep the lines that say something. */
function essentials(stderr: string): string {
  const lines = stderr
    .split('\n')
    .map((l) => l.trim())
    .filter(
      (l) =>
        l !== '' &&
        !/^@+$|^@ |WARNING: REMOTE HOST|NASTY|eavesdropping|It is also possible|contact your system|remove with|ssh-keygen -f|Add correct host key|Offending/i.test(
          l,
        ),
    );
  return lines.join(' ');
}

// What ssh prints when a hop's host key or our key is refused (the target's and the bastion's alike).
const HOST_KEY_REFUSED =
  /Host key verification failed|REMOTE HOST IDENTIFICATION HAS CHANGED|No .* host key is known/i;
const KEY_REFUSED = /Permission denied|Too many authentication failures/i;

/** `user@host` or `user@[host]:port`, as errors and the log name a hop. */
const hopName = (hop: SshTarget): string => `${hop.user}@${knownHostsPattern(hop.host, hop.port)}`;

function explainSshFailure(stderr: string, options: SshSessionOptions, names: SshInputNames): Error {
  const where = hopName(options.target);
  const text = essentials(stderr);
  if (HOST_KEY_REFUSED.test(text)) {
    return new ConfigurationError(
      `the host key of ${where} does not match any line of ${names.knownHosts}; get the right line with \`ssh-keyscan -p ${options.target.port} ${options.target.host}\` from a trusted network (ssh said: ${text})`,
      names.knownHosts,
    );
  }
  if (KEY_REFUSED.test(text)) {
    return new ConfigurationError(`${where} refused the key (ssh said: ${text})`, names.sshKey);
  }
  if (
    /Connection refused|timed out|Could not resolve|No route to host|Network is unreachable|Connection closed/i.test(
      text,
    )
  ) {
    return new ConfigurationError(`cannot reach ${where} (ssh said: ${text})`, names.host);
  }
  if (/invalid format|error in libcrypto|load key/i.test(text)) {
    return new ConfigurationError(`ssh could not load the key (ssh said: ${text})`, names.sshKey);
  }
  return new Error(`ssh to ${where} failed: ${text || 'no message'}`);
}

/** The bastion's hop failed (its ssh's own words are in its log): the error names `jump-host`. */
function explainJumpFailure(stderr: string, jump: SshTarget, target: SshTarget, names: SshInputNames): Error {
  const where = hopName(jump);
  const text = essentials(stderr);
  if (HOST_KEY_REFUSED.test(text)) {
    return new ConfigurationError(
      `the host key of the jump host ${where} does not match any line of ${names.knownHosts}, which must pin the jump host too; get its line with \`ssh-keyscan -p ${jump.port} ${jump.host}\` from a trusted network (ssh said: ${text})`,
      names.knownHosts,
    );
  }
  if (KEY_REFUSED.test(text))
    return new ConfigurationError(`the jump host ${where} refused the key (ssh said: ${text})`, names.sshKey);
  if (/channel \d+: open failed|administratively prohibited|stdio forwarding failed/i.test(text)) {
    return new ConfigurationError(
      `the jump host ${where} would not forward to ${target.host}:${target.port} (its sshd needs AllowTcpForwarding; ssh said: ${text})`,
      names.jumpHost,
    );
  }
  return new ConfigurationError(`cannot reach the jump host ${where} (ssh said: ${text})`, names.jumpHost);
}

/** Runs the master ssh with stdio away from pipes: `-f` backgrounds it with its fds still open. */
function startMaster(
  ssh: string,
  args: string[],
  errorLog: string,
  timeoutMs: number,
): Promise<number | null> {
  return new Promise((resolve, reject) => {
    writeFileSync(errorLog, '', { mode: 0o600 });
    const child = spawn(ssh, args, { stdio: ['ignore', 'ignore', 'ignore'] });
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      resolve(null);
    }, timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve(code);
    });
  });
}

export async function openSshSession(options: SshSessionOptions): Promise<SshSession> {
  const names = options.names ?? ACTION_SSH_NAMES;
  const ssh = await findSsh();
  mkdirSync(options.baseDir, { recursive: true });
  const dir = mkdtempSync(path.join(options.baseDir, 'gantry-ssh-'));
  chmodSync(dir, 0o700);
  let controlDir = dir;
  if (path.join(dir, 'cm').length > MAX_CONTROL_PATH) {
    controlDir = mkdtempSync(path.join(tmpdir(), 'g-'));
    chmodSync(controlDir, 0o700);
    writeFileSync(path.join(dir, 'control-dir'), controlDir, { mode: 0o600 });
  }
  const files = {
    identityFile: path.join(dir, 'id'),
    knownHostsFile: path.join(dir, 'known_hosts'),
    controlPath: path.join(controlDir, 'cm'),
  };
  const configFile = path.join(dir, 'config');
  const errorLog = path.join(dir, 'ssh-master.log');
  const jumpLog = path.join(dir, 'ssh-jump.log');
  writeFileSync(files.identityFile, options.privateKey, { mode: 0o600 });
  writeFileSync(files.knownHostsFile, `${options.knownHosts.join('\n')}\n`, { mode: 0o600 });
  const connectTimeoutSeconds = options.connectTimeoutSeconds ?? 15;
  writeFileSync(
    configFile,
    sshConfig({
      target: options.target,
      files,
      insecureIgnoreHostKey: options.insecureIgnoreHostKey,
      ...(options.jumpHost === undefined
        ? {}
        : { jump: { host: options.jumpHost, ssh, configFile, errorLog: jumpLog } }),
      connectTimeoutSeconds,
    }),
    { mode: 0o600 },
  );
  const binDir = path.join(dir, 'bin');
  mkdirSync(binDir, { mode: 0o700 });
  writeFileSync(path.join(binDir, 'ssh'), `#!/bin/sh\nexec '${ssh}' -F '${configFile}' "$@"\n`, {
    mode: 0o700,
  });

  const cleanup = () => {
    rmSync(dir, { recursive: true, force: true });
    if (controlDir !== dir) rmSync(controlDir, { recursive: true, force: true });
  };
  const where = hopName(options.target);
  options.log?.(`Connecting to ${where} (one SSH connection for the whole run)`);
  const code = await startMaster(
    ssh,
    sshMasterArgs(configFile, errorLog),
    errorLog,
    (connectTimeoutSeconds + 10) * 1000,
  ).catch((error: unknown) => {
    cleanup();
    throw error;
  });
  if (code !== 0) {
    const stderr = readFileSync(errorLog, 'utf8');
    const jumpStderr = existsSync(jumpLog) ? readFileSync(jumpLog, 'utf8') : '';
    cleanup();
    if (code === null)
      throw new ConfigurationError(
        `no SSH connection to ${where} within ${connectTimeoutSeconds + 10}s`,
        names.host,
      );
    if (options.jumpHost !== undefined && essentials(jumpStderr) !== '')
      throw explainJumpFailure(jumpStderr, options.jumpHost, options.target, names);
    throw explainSshFailure(stderr, options, names);
  }
  return {
    dir,
    configFile,
    env: { DOCKER_HOST: `ssh://${SSH_ALIAS}`, PATH: `${binDir}${path.delimiter}${process.env.PATH ?? ''}` },
    close: async () => {
      await exec(ssh, sshExitArgs(configFile), { allowFailure: true, timeoutMs: 10_000 }).catch(
        () => undefined,
      );
      cleanup();
    },
  };
}

/** For `post` (or after a crash): stop a session's master and delete its files, given its folder. */
export async function closeSshSessionDir(dir: string): Promise<void> {
  const configFile = path.join(dir, 'config');
  try {
    readFileSync(configFile);
    const ssh = await findSsh();
    await exec(ssh, sshExitArgs(configFile), { allowFailure: true, timeoutMs: 10_000 });
  } catch {
    // Nothing to stop: the folder is gone or ssh is missing; still remove what is left.
  }
  try {
    rmSync(readFileSync(path.join(dir, 'control-dir'), 'utf8'), { recursive: true, force: true });
  } catch {
    // The control socket lived inside dir.
  }
  rmSync(dir, { recursive: true, force: true });
}
