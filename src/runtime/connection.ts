import { tmpdir } from 'node:os';
import * as core from '@actions/core';
import { DockerClient } from '../adapters/docker.ts';
import { closeSshSessionDir, openSshSession } from '../adapters/ssh.ts';
import {
  checkPrivateKey,
  type DockerTarget,
  parseDockerTarget,
  parseJumpHost,
  parseKnownHosts,
  type SshTarget,
} from '../core/connection/target.ts';
import { ConfigurationError } from '../core/errors.ts';
import { managerProblem } from '../pipeline/swarm/nodes.ts';
import { readBoolean, readSecret, readString, readText } from './inputs.ts';

/** The connection inputs every Swarm action shares: host, ssh-key, known-hosts, … */
export interface SwarmConnection {
  target: DockerTarget;
  privateKey: string;
  knownHosts: string[];
  insecureIgnoreHostKey: boolean;
  jumpHost: SshTarget | undefined;
}

/** Reads and checks the connection inputs; touches nothing. */
export function readSwarmConnection(): SwarmConnection {
  const target = parseDockerTarget('host', readString('host'));
  const privateKey = readSecret('ssh-key');
  const insecureIgnoreHostKey = readBoolean('insecure-ignore-host-key', false);
  const jumpRaw = readString('jump-host').trim();
  const jumpHost = jumpRaw === '' ? undefined : parseJumpHost('jump-host', jumpRaw);
  if (target.kind === 'unix')
    return { target, privateKey: '', knownHosts: [], insecureIgnoreHostKey, jumpHost: undefined };
  if (privateKey.trim() === '') throw new ConfigurationError('is required for an ssh:// host', 'ssh-key');
  const knownHosts = parseKnownHosts('known-hosts', readText('known-hosts'));
  if (knownHosts.length === 0 && !insecureIgnoreHostKey) {
    throw new ConfigurationError(
      `is required for an ssh:// host: the line \`ssh-keyscan -p ${target.port} ${target.host}\` prints, checked from a trusted network (or set insecure-ignore-host-key: true, which is unsafe)`,
      'known-hosts',
    );
  }
  if (insecureIgnoreHostKey) {
    core.warning(
      'insecure-ignore-host-key is true: any host answering at this address is trusted with your deploy. Pin the host key with known-hosts instead.',
      { title: 'Host key checking is off' },
    );
  }
  return {
    target,
    privateKey: checkPrivateKey('ssh-key', privateKey),
    knownHosts,
    insecureIgnoreHostKey,
    jumpHost,
  };
}

export const runnerTemp = (): string => process.env.RUNNER_TEMP || tmpdir();

export interface Engine {
  docker: DockerClient;
  close(): Promise<void>;
}

/**
 * Opens the one SSH connection of this run (saving its folder for `post`) and a docker client on it;
 * an engine that is not a Swarm manager is refused (input `host`) before anything is changed.
 */
export async function openEngine(
  connection: SwarmConnection,
  extraEnv: Record<string, string> = {},
  signal?: AbortSignal,
): Promise<Engine> {
  const engine = await connectEngine(connection, extraEnv, signal);
  try {
    const problem = await managerProblem(engine.docker);
    if (problem !== undefined) throw new ConfigurationError(problem, 'host');
    return engine;
  } catch (error) {
    await engine.close();
    throw error;
  }
}

async function connectEngine(
  connection: SwarmConnection,
  extraEnv: Record<string, string> = {},
  signal?: AbortSignal,
): Promise<Engine> {
  const log = (line: string) => core.info(line);
  if (connection.target.kind === 'unix') {
    const docker = new DockerClient({
      env: { DOCKER_HOST: `unix://${connection.target.socket}`, ...extraEnv },
      log,
      ...(signal ? { signal } : {}),
    });
    return { docker, close: async () => docker.close() };
  }
  const session = await openSshSession({
    target: connection.target,
    privateKey: connection.privateKey,
    knownHosts: connection.knownHosts,
    insecureIgnoreHostKey: connection.insecureIgnoreHostKey,
    ...(connection.jumpHost === undefined ? {} : { jumpHost: connection.jumpHost }),
    baseDir: runnerTemp(),
    log,
  });
  core.saveState('ssh-dir', session.dir);
  const docker = new DockerClient({
    env: { ...session.env, ...extraEnv },
    log,
    ...(signal ? { signal } : {}),
  });
  return {
    docker,
    close: async () => {
      docker.close();
      await session.close();
    },
  };
}

/** `post`: close a session main left open (cancelled or crashed) and delete its key. */
export async function closeEngineFromState(): Promise<void> {
  const dir = core.getState('ssh-dir');
  if (dir !== '') await closeSshSessionDir(dir);
}
