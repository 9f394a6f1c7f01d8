import { existsSync, mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { pushImage, runWithRegistryRetry } from '../../../src/adapters/buildx.ts';
import type { DockerClient } from '../../../src/adapters/docker.ts';
import { createDockerConfig, login, removeDockerConfig } from '../../../src/adapters/docker-config.ts';
import { type ExecResult, ToolError } from '../../../src/adapters/exec.ts';

const D = `sha256:${'e'.repeat(64)}`;

/** A DockerClient whose `run` answers from a script of results (real docker 20.10 wording). */
function scripted(answers: Array<ExecResult | ToolError>) {
  const calls: Array<{ args: readonly string[]; input: string | undefined }> = [];
  const client = {
    run: async (args: readonly string[], extra: { input?: string } = {}) => {
      calls.push({ args, input: extra.input });
      const next = answers.shift();
      if (next === undefined) throw new Error('no more answers');
      if (next instanceof ToolError) throw next;
      return next;
    },
  } as unknown as DockerClient;
  return { client, calls };
}
const ok = (stdout: string): ExecResult => ({ command: 'docker', exitCode: 0, stdout, stderr: '' });
const failed = (stderr: string) =>
  new ToolError(`docker push exited with code 1:\n${stderr}`, 'docker push', 1, stderr);

describe('push with bounded retries', () => {
  it('retries 503 and 429 with backoff, then returns the digest', async () => {
    const { client, calls } = scripted([
      failed('received unexpected HTTP status: 503 Service Unavailable'),
      failed('toomanyrequests: too many requests'),
      ok(`1.2.3: digest: ${D} size: 739`),
    ]);
    const waits: number[] = [];
    const digest = await pushImage(client, 'r/x:1.2.3', { sleep: async (ms) => void waits.push(ms) });
    expect(digest).toBe(D);
    expect(calls).toHaveLength(3);
    expect(waits).toEqual([2000, 4000]);
  });
  it('gives up after the last attempt with docker’s words', async () => {
    const { client, calls } = scripted(Array.from({ length: 4 }, () => failed('502 Bad Gateway')));
    await expect(
      runWithRegistryRetry(client, ['push', 'r/x:1'], {}, { sleep: async () => undefined }),
    ).rejects.toThrow(/502 Bad Gateway/);
    expect(calls).toHaveLength(4);
  });
  it('does not retry a refusal', async () => {
    const { client, calls } = scripted([failed('unauthorized: authentication required')]);
    await expect(pushImage(client, 'r/x:1', { sleep: async () => undefined })).rejects.toThrow(
      /unauthorized/,
    );
    expect(calls).toHaveLength(1);
  });
});

describe('docker-config', () => {
  it('creates a 0700 folder and removes it (twice is fine)', async () => {
    const base = mkdtempSync(path.join(tmpdir(), 'gantry-dc-test-'));
    const dir = createDockerConfig(base);
    expect(statSync(dir).mode & 0o777).toBe(0o700);
    expect(path.dirname(dir)).toBe(base);
    await removeDockerConfig(dir);
    await removeDockerConfig(dir);
    expect(existsSync(dir)).toBe(false);
  });
  it('logs in with the password on stdin, never in argv', async () => {
    const { client, calls } = scripted([ok('Login Succeeded')]);
    await login(client, { registry: 'ghcr.io', username: 'ci', password: 'hunter2' });
    expect(calls).toEqual([
      { args: ['login', '--username', 'ci', '--password-stdin', '--', 'ghcr.io'], input: 'hunter2' },
    ]);
  });
  it('turns a refused password into a ConfigurationError naming registry-password', async () => {
    const { client } = scripted([
      failed(
        'Error response from daemon: login attempt to http://127.0.0.1:5000/v2/ failed with status: 401 Unauthorized',
      ),
    ]);
    await expect(
      login(client, { registry: '127.0.0.1:5000', username: 'gantry', password: 'x' }),
    ).rejects.toThrow(
      "Input 'registry-password': 127.0.0.1:5000 refused the login of gantry; check the password or token (docker said: Error response from daemon: login attempt to http://127.0.0.1:5000/v2/ failed with status: 401 Unauthorized)",
    );
  });
  it('an unreachable registry names registry', async () => {
    const { client } = scripted([
      failed(
        'Error response from daemon: Get "https://nope.invalid/v2/": dial tcp: lookup nope.invalid: no such host',
      ),
    ]);
    await expect(login(client, { registry: 'nope.invalid', username: 'u', password: 'p' })).rejects.toThrow(
      /^Input 'registry': could not log in to nope\.invalid/,
    );
  });
});
