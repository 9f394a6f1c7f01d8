import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { DockerClient } from '../../adapters/docker.ts';
import { login } from '../../adapters/docker-config.ts';
import type { GantryConfig } from '../../core/config/model.ts';
import { parseImageReference } from '../../core/registry/reference.ts';
import type { Reporter } from '../reporter.ts';
import { registryPassword } from './build-stage.ts';

// On a Swarm of several nodes each node pulls the pinned image itself, so with `registry:` in
// gantry.yml the deploy hands the credentials to the Swarm (`docker stack deploy
// --with-registry-auth`): the release's own docker client config, logged in to each registry the
// release's images live in, through the manager's engine (as `docker login` does).

/** The registries (host[:port] as written) of the release's images, each once. */
export function imageRegistries(config: GantryConfig): string[] {
  const hosts = config.images.map((image) => {
    const parsed = parseImageReference(image.name);
    return typeof parsed === 'string' ? undefined : parsed.registry;
  });
  return [...new Set(hosts.filter((h): h is string => h !== undefined))];
}

/** A private DOCKER_CONFIG (0700) in the release's folder when gantry.yml has `registry:`. */
export function deployDockerConfig(config: GantryConfig | undefined, workDir: string): string | undefined {
  if (config?.registry === undefined) return undefined;
  const dir = path.join(workDir, 'docker-config');
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  return dir;
}

/** Logs the client in to every image registry; true when the deploy should send the credentials. */
export async function loginForDeploy(
  docker: DockerClient,
  config: GantryConfig | undefined,
  report: Reporter,
): Promise<boolean> {
  if (config?.registry === undefined) return false;
  const password = registryPassword(config);
  for (const registry of imageRegistries(config)) {
    report.info(`docker login ${registry} (the Swarm's nodes pull with these credentials)`);
    await login(docker, {
      registry,
      username: config.registry.username,
      password,
      passwordInput: 'registry.password',
    });
  }
  return true;
}
