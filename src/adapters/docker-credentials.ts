import { existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';
import { dockerAuthFor, parseHelperAnswer } from '../core/registry/docker-auth.ts';
import { exec } from './exec.ts';

/**
 * The credentials an existing `docker login` left for a registry (docker/login-action's, or the
 * user's own): `$DOCKER_CONFIG/config.json` (default `~/.docker/config.json`), through the credential
 * helper it names if any (`docker-credential-<name> get`, the server URL on stdin). Undefined, with a
 * line saying why, when there is none to use; never throws for a login that is absent.
 */

export interface DockerLogin {
  username: string;
  password: string;
  /** Where it came from, for the log: the config file, or the helper. */
  source: string;
}

export async function dockerLoginFor(
  registry: string,
  env: Record<string, string | undefined>,
  log: (line: string) => void,
): Promise<DockerLogin | undefined> {
  const dir = env.DOCKER_CONFIG || path.join(env.HOME || homedir(), '.docker');
  const file = path.join(dir, 'config.json');
  if (!existsSync(file)) return undefined;
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    log(`cannot read ${file} (${(error as Error).message}): no docker login used`);
    return undefined;
  }
  const auth = dockerAuthFor(text, registry);
  if (auth === undefined) return undefined;
  if (auth.kind === 'unsupported') {
    log(`${auth.why} (${file}): not used`);
    return undefined;
  }
  if (auth.kind === 'basic') return { username: auth.username, password: auth.password, source: file };
  if (!/^[A-Za-z0-9_.-]+$/.test(auth.helper)) {
    log(`${file} names the credential helper ${JSON.stringify(auth.helper)}: not a helper name, not used`);
    return undefined;
  }
  const helper = `docker-credential-${auth.helper}`;
  const result = await exec(helper, ['get'], {
    input: auth.serverUrl,
    allowFailure: true,
    timeoutMs: 30_000,
  }).catch((error: Error) => error);
  if (result instanceof Error || result.exitCode !== 0) {
    log(`${helper} has no login for ${auth.serverUrl}: none used`);
    return undefined;
  }
  const answer = parseHelperAnswer(result.stdout);
  if (typeof answer === 'string') {
    log(`${helper} ${answer}: not used`);
    return undefined;
  }
  return { ...answer, source: helper };
}
