import { execFileSync } from 'node:child_process';

/**
 * `docker stack rm` for a test's clean-up. Swarm removes a stack's network only once its tasks
 * have shut down, so a first `stack rm` right after a deploy can fail with "network … is in use by
 * task"; the command is idempotent, so it is repeated (every 2 s, 60 s at most) until it succeeds.
 */
export function removeStack(dockerHost: string, stack: string): void {
  const deadline = Date.now() + 60_000;
  for (;;) {
    try {
      execFileSync('docker', ['stack', 'rm', stack], {
        env: { ...process.env, DOCKER_HOST: dockerHost },
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      return;
    } catch (error) {
      const text = String((error as { stderr?: string }).stderr ?? error);
      if (!text.includes('is in use by task') || Date.now() > deadline) throw error;
      execFileSync('sleep', ['2']);
    }
  }
}
