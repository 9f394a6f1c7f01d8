import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { DockerClient } from '../../adapters/docker.ts';
import type { GantryConfig, SwarmTarget } from '../../core/config/model.ts';
import { checkPrivateKey, parseKnownHosts } from '../../core/connection/target.ts';
import { ConfigurationError } from '../../core/errors.ts';
import type { Reporter } from '../reporter.ts';
import { type EngineAccess, openDockerEngine } from '../swarm/engine.ts';
import { readNamedFile } from './config-file.ts';
import { deployDockerConfig, loginForDeploy } from './swarm-registry.ts';

// The connection of a release (and of the commands that act on a released target) to a Swarm target.

export interface SwarmEngine {
  docker: DockerClient;
  workDir: string;
  /** The client is logged in to the images' registries: the deploy sends the credentials along. */
  registryAuth: boolean;
  close(): Promise<void>;
}

/** A Swarm target's connection settings, checked (the host key and private key for ssh://). */
function engineAccess(target: SwarmTarget): EngineAccess {
  const key = `targets.${target.name}.swarm`;
  const names = {
    host: `${key}.host`,
    sshKey: `${key}.ssh-key-file`,
    knownHosts: `${key}.known-hosts-file`,
    jumpHost: `${key}.jump-host`,
  };
  if (target.target.kind !== 'ssh') return { target: target.target, privateKey: '', knownHosts: [], names };
  const knownHosts = parseKnownHosts(
    `${key}.known-hosts-file`,
    readNamedFile(`${key}.known-hosts-file`, target.knownHostsFile),
  );
  if (knownHosts.length === 0)
    throw new ConfigurationError('holds no host key line', `${key}.known-hosts-file`);
  const privateKey = checkPrivateKey(
    `${key}.ssh-key-file`,
    readNamedFile(`${key}.ssh-key-file`, target.sshKeyFile),
  );
  return { target: target.target, privateKey, knownHosts, jumpHost: target.jumpHost, names };
}

/**
 * The one SSH connection of the release (pinned host key) and a docker client on it, refused when
 * the host is not a Swarm manager; given the config (a deploy), logged in to the images' registries
 * when it has `registry:` (swarm-registry.ts).
 */
export async function openSwarm(
  target: SwarmTarget,
  report: Reporter,
  signal: AbortSignal,
  config?: GantryConfig,
): Promise<SwarmEngine> {
  const workDir = mkdtempSync(path.join(tmpdir(), 'gantry-release-'));
  const cleanup = () => rmSync(workDir, { recursive: true, force: true });
  try {
    const dockerConfig = deployDockerConfig(config, workDir);
    const access = { ...engineAccess(target), ...(dockerConfig === undefined ? {} : { dockerConfig }) };
    const engine = await openDockerEngine(access, workDir, report, signal);
    const close = async () => {
      await engine.close();
      cleanup();
    };
    const registryAuth = await loginForDeploy(engine.docker, config, report).catch(async (error: unknown) => {
      await engine.close();
      throw error;
    });
    return { docker: engine.docker, workDir, registryAuth, close };
  } catch (error) {
    cleanup();
    throw error;
  }
}
