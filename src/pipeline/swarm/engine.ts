import { DockerClient } from '../../adapters/docker.ts';
import { openSshSession, type SshInputNames } from '../../adapters/ssh.ts';
import { trace } from '../../adapters/trace.ts';
import type { DockerTarget, SshTarget } from '../../core/connection/target.ts';
import { ConfigurationError } from '../../core/errors.ts';
import type { Reporter } from '../reporter.ts';
import { managerProblem } from './nodes.ts';

/** A docker client on a Swarm manager, and how to let it go. */
export interface DockerEngine {
  docker: DockerClient;
  close(): Promise<void>;
}

/** Checked connection details: the host key and private key are only needed for ssh://. */
export interface EngineAccess {
  target: DockerTarget;
  privateKey: string;
  knownHosts: string[];
  /** A bastion (ssh:// only); known-hosts pins it too. */
  jumpHost?: SshTarget | undefined;
  /** What an error calls each setting: the CLI's options, or a gantry.yml target's keys. */
  names: SshInputNames;
  /** A private DOCKER_CONFIG for the client (registry logins), instead of the user's own. */
  dockerConfig?: string | undefined;
}

/**
 * Connects (connectEngine), then asks the engine what it is: a worker, or an engine outside any
 * Swarm, is refused before anything is changed, naming the host setting and the managers to use.
 */
export async function openDockerEngine(
  access: EngineAccess,
  workDir: string,
  report: Reporter,
  signal: AbortSignal,
): Promise<DockerEngine> {
  trace('connect: start');
  const engine = await connectEngine(access, workDir, report, signal);
  trace('connect: ssh master up');
  try {
    const problem = await managerProblem(engine.docker);
    trace('connect: manager checked');
    if (problem !== undefined) throw new ConfigurationError(problem, access.names.host);
    return engine;
  } catch (error) {
    await engine.close();
    throw error;
  }
}

const configEnv = (access: EngineAccess): Record<string, string> =>
  access.dockerConfig === undefined ? {} : { DOCKER_CONFIG: access.dockerConfig };

/** Connects: a unix socket directly, an ssh:// host over one SSH session (pinned host key) in `workDir`. */
async function connectEngine(
  access: EngineAccess,
  workDir: string,
  report: Reporter,
  signal: AbortSignal,
): Promise<DockerEngine> {
  const { target } = access;
  if (target.kind === 'unix') {
    const docker = new DockerClient({
      env: { DOCKER_HOST: `unix://${target.socket}`, ...configEnv(access) },
      log: report.info,
      signal,
    });
    return { docker, close: async () => docker.close() };
  }
  const session = await openSshSession({
    target,
    privateKey: access.privateKey,
    knownHosts: access.knownHosts,
    insecureIgnoreHostKey: false,
    ...(access.jumpHost === undefined ? {} : { jumpHost: access.jumpHost }),
    baseDir: workDir,
    log: report.info,
    names: access.names,
  });
  const docker = new DockerClient({
    env: { ...session.env, ...configEnv(access) },
    log: report.info,
    signal,
  });
  return {
    docker,
    close: async () => {
      docker.close();
      await session.close();
      trace('connection closed');
    },
  };
}
