import { existsSync } from 'node:fs';
import path from 'node:path';
import * as core from '@actions/core';
import { DockerClient, EngineError } from '../../adapters/docker.ts';
import { removeDockerConfig } from '../../adapters/docker-config.ts';
import { SSH_ALIAS } from '../../core/connection/ssh-config.ts';
import { closeEngineFromState } from '../../runtime/connection.ts';

/**
 * Runs after main, also when it failed or was cancelled: releases the deploy locks if main could
 * not (the stack's, and on a blue-green stack the colour deploy's), then removes the SSH key, config
 * and master connection.
 */
export async function post(): Promise<void> {
  for (const lockId of [core.getState('lock-id'), core.getState('color-lock-id')])
    if (lockId !== '') await releaseLeftLock(lockId);
  const dockerConfig = core.getState('docker-config');
  if (dockerConfig !== '') await removeDockerConfig(dockerConfig);
  await closeEngineFromState();
}

async function releaseLeftLock(lockId: string): Promise<void> {
  const sshDir = core.getState('ssh-dir');
  // When main ended normally it released the lock and deleted the folder; nothing left to do.
  if (sshDir !== '' && existsSync(path.join(sshDir, 'config'))) {
    // The session folder, if main left it, still has the config and key to reach the engine.
    const docker = new DockerClient({
      env: {
        DOCKER_HOST: `ssh://${SSH_ALIAS}`,
        PATH: `${path.join(sshDir, 'bin')}${path.delimiter}${process.env.PATH ?? ''}`,
      },
      timeoutMs: 30_000,
    });
    try {
      await docker.api('DELETE', `/configs/${lockId}`);
      core.info('Released the deploy lock left by a cancelled or failed run');
    } catch (error) {
      if (!(error instanceof EngineError && error.status === 404)) {
        core.warning(`Could not release the deploy lock (${(error as Error).message}); it expires by itself`);
      }
    } finally {
      docker.close();
    }
  }
}
