import { execFileSync } from 'node:child_process';
import { removeStack } from './swarm-cleanup.ts';

/** A sandbox variable the e2e global set-up put in process.env (`npm run sandbox -- env`). */
export const sandboxVar = (key: string): string => {
  const value = process.env[key];
  if (value === undefined || value === '') throw new Error(`${key} is not set: is the sandbox up?`);
  return value;
};

/** The docker CLI on the sandbox's engine (GANTRY_DOCKER_HOST); its trimmed stdout. */
export const localDocker = (...args: string[]): string =>
  execFileSync('docker', args, {
    env: { ...process.env, DOCKER_HOST: sandboxVar('GANTRY_DOCKER_HOST') },
    encoding: 'utf8',
  }).trim();

/** Removes every object of `kind` (secret, config) labelled gantry.stack=<stack>. */
function removeLabelled(kind: 'secret' | 'config', stack: string): void {
  const ids = localDocker(kind, 'ls', '-q', '--filter', `label=gantry.stack=${stack}`);
  if (ids) localDocker(kind, 'rm', ...ids.split('\n'));
}

/**
 * A release test's clean-up: the stack, then (once its containers are gone, 60 s at most: a secret
 * in use cannot be removed) the versioned secrets and the release records (configs) Gantry left
 * with the stack's label.
 */
export function removeReleasedStack(stack: string): void {
  removeStack(sandboxVar('GANTRY_DOCKER_HOST'), stack);
  for (
    let i = 0;
    i < 60 && localDocker('ps', '-q', '--filter', `label=com.docker.stack.namespace=${stack}`);
    i++
  )
    execFileSync('sleep', ['1']);
  removeLabelled('secret', stack);
  removeLabelled('config', stack);
}
