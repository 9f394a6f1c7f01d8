import { chmodSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import path from 'node:path';
import { ConfigurationError } from '../core/errors.ts';
import type { DockerClient } from './docker.ts';
import { ToolError } from './exec.ts';

/**
 * A temporary DOCKER_CONFIG for one run: never the user's own. Credentials go in with
 * `docker login --password-stdin` (never in argv) and the folder is removed at the end, and by
 * `post` after a failure or a cancel.
 */
export function createDockerConfig(baseDir: string): string {
  mkdirSync(baseDir, { recursive: true });
  const dir = mkdtempSync(path.join(baseDir, 'gantry-docker-config-'));
  chmodSync(dir, 0o700);
  return dir;
}

export interface RegistryCredentials {
  server: string;
  username: string;
  password: string;
}

/** Logs in through `docker` (whose env carries DOCKER_CONFIG); a refusal names `registry-password`. */
export async function registryLogin(docker: DockerClient, credentials: RegistryCredentials): Promise<void> {
  try {
    await docker.run(['login', '--username', credentials.username, '--password-stdin', credentials.server], {
      input: credentials.password,
      secrets: [credentials.password],
      timeoutMs: 60_000,
    });
  } catch (error) {
    if (error instanceof ToolError && error.exitCode !== undefined) {
      throw new ConfigurationError(
        `${credentials.server} refused the login of ${credentials.username} (docker said: ${error.stderr.trim().split('\n').at(-1) ?? 'nothing'})`,
        'registry-password',
      );
    }
    throw error;
  }
}

/** Logs out (best effort) and deletes the folder. */
export async function removeDockerConfig(dir: string, logout?: () => Promise<unknown>): Promise<void> {
  if (logout !== undefined) await logout().catch(() => undefined);
  rmSync(dir, { recursive: true, force: true });
}
