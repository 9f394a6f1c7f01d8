import { chmodSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import path from 'node:path';
import { ConfigurationError } from '../core/errors.ts';
import type { DockerClient } from './docker.ts';
import { exec, lastLine, ToolError } from './exec.ts';

/**
 * A private DOCKER_CONFIG for one run, never the user's own: created 0700 under `baseDir`
 * (RUNNER_TEMP, or a private temp folder for the CLI); credentials go in with
 * `docker login --password-stdin` (never argv); `removeDockerConfig` logs out and deletes it, and
 * an action's `post` calls it after a failure or a cancel (save the path with core.saveState).
 * The DockerClient given to `login` must carry `DOCKER_CONFIG: dir` in its env.
 */
export function createDockerConfig(baseDir: string): string {
  mkdirSync(baseDir, { recursive: true });
  const dir = mkdtempSync(path.join(baseDir, 'gantry-docker-config-'));
  chmodSync(dir, 0o700);
  return dir;
}

export interface LoginOptions {
  registry: string;
  username: string;
  password: string;
  /** The input named when the registry refuses the password (default `registry-password`). */
  passwordInput?: string;
}

const REFUSED = /unauthorized|denied|incorrect username or password|authentication required|\b401\b/i;

/** `docker login --username U --password-stdin REGISTRY`; a refusal is a ConfigurationError in docker's words. */
export async function login(client: DockerClient, options: LoginOptions): Promise<void> {
  const input = options.passwordInput ?? 'registry-password';
  try {
    await client.run(['login', '--username', options.username, '--password-stdin', '--', options.registry], {
      input: options.password,
      secrets: [options.password],
      timeoutMs: 60_000,
    });
  } catch (error) {
    if (error instanceof ToolError && error.exitCode !== undefined) {
      const said = lastLine(error.stderr || error.message) ?? 'nothing';
      if (REFUSED.test(error.stderr || error.message)) {
        throw new ConfigurationError(
          `${options.registry} refused the login of ${options.username}; check the password or token (docker said: ${said})`,
          input,
        );
      }
      throw new ConfigurationError(
        `could not log in to ${options.registry} (docker said: ${said})`,
        'registry',
      );
    }
    throw error;
  }
}

/** Logs out of `registries` (best effort) and deletes the folder; safe to call twice. */
export async function removeDockerConfig(dir: string, registries: readonly string[] = []): Promise<void> {
  if (dir === '') return;
  for (const registry of registries) {
    await exec('docker', ['logout', registry], {
      env: { ...process.env, DOCKER_CONFIG: dir },
      allowFailure: true,
      timeoutMs: 30_000,
    }).catch(() => undefined);
  }
  rmSync(dir, { recursive: true, force: true });
}
