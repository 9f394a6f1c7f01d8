import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runActionBundle } from '../helpers/run-action-bundle.ts';
import { withoutMaskCommands } from './helpers/no-secret-output.ts';
import { type SandboxEnv, sandboxEnv, sandboxUnavailable } from './helpers/sandbox-env.ts';

// dist/build/index.js against the sandbox's real engine and password-protected registry. This
// machine has no buildx, so this is the classic fallback for real: `docker build` of the FROM
// scratch test app, `docker login --password-stdin` into a temporary DOCKER_CONFIG, `docker push`
// of every tag; the registry itself is then asked which digest each tag points to.

// The job's workspace as well as the context: the build action reads a context only inside the workspace.
const appDir = path.resolve(import.meta.dirname, '../../sandbox/images/app');
const skip = sandboxUnavailable();
let env: SandboxEnv;
let password: string;
const sha = randomBytes(20).toString('hex');
const repo = `gantry/build-e2e-${sha.slice(0, 6)}`;
const pushedRefs: string[] = [];

const ACCEPT =
  'application/vnd.docker.distribution.manifest.v2+json, application/vnd.oci.image.manifest.v1+json';

async function registryGet(pathName: string, method = 'HEAD'): Promise<Response> {
  return fetch(`http://${env.registry}${pathName}`, {
    method,
    headers: {
      authorization: `Basic ${Buffer.from(`${env.registryUser}:${password}`).toString('base64')}`,
      accept: ACCEPT,
    },
  });
}

beforeAll(() => {
  if (skip) return;
  env = sandboxEnv();
  password = readFileSync(env.registryPasswordFile, 'utf8').trim();
});

afterAll(() => {
  for (const ref of pushedRefs) {
    try {
      execFileSync('docker', ['rmi', ref], { stdio: 'ignore' });
    } catch {
      // already gone
    }
  }
});

describe.skipIf(skip !== undefined)('build: classic docker build + push to the sandbox registry', () => {
  it('pushes every release tag and outputs the digest the registry serves for each', async () => {
    const image = `${env.registry}/${repo}`;
    const run = await runActionBundle('build', {
      inputs: {
        image,
        context: appDir,
        push: 'true',
        'build-args': 'VERSION=v1.2.3',
        'registry-username': env.registryUser,
        'registry-password': password,
      },
      env: {
        GITHUB_REF: 'refs/tags/v1.2.3',
        GITHUB_SHA: sha,
        GITHUB_EVENT_NAME: 'push',
        GITHUB_WORKSPACE: appDir,
      },
      timeoutMs: 240_000,
    });
    const tags = ['1.2.3', '1.2', '1', `sha-${sha.slice(0, 7)}`];
    pushedRefs.push(...tags.map((t) => `${image}:${t}`));
    expect(run.stderr).toBe('');
    expect(run.exitCode, run.stdout).toBe(0);
    expect(run.stdout).toContain('docker buildx is not installed');
    const digest = run.outputs.digest ?? '';
    expect(digest).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(run.outputs['image-ref']).toBe(`${image}@${digest}`);
    expect(run.outputs.tags).toBe(tags.map((t) => `${image}:${t}`).join('\n'));
    for (const tag of tags) {
      const response = await registryGet(`/v2/${repo}/manifests/${tag}`);
      expect(response.status, tag).toBe(200);
      expect(response.headers.get('docker-content-digest'), tag).toBe(digest);
    }
    // The labels reached the image.
    const labels = JSON.parse(
      execFileSync('docker', ['inspect', '--format', '{{json .Config.Labels}}', `${image}:1.2.3`], {
        encoding: 'utf8',
      }),
    ) as Record<string, string>;
    expect(labels).toMatchObject({
      'org.opencontainers.image.version': '1.2.3',
      'org.opencontainers.image.revision': sha,
      'org.opencontainers.image.source': 'https://github.com/acme/shop',
    });
    // The password never reached the log, and post removed the temporary DOCKER_CONFIG.
    expect(withoutMaskCommands(run.stdout)).not.toContain(password);
    const dir = run.state['docker-config'] ?? '';
    expect(dir.startsWith(run.runnerTemp)).toBe(true);
    expect(run.post?.exitCode).toBe(0);
    expect(run.post?.stdout).toContain(`Removed the temporary docker config ${dir}`);
    expect(existsSync(dir)).toBe(false);
  });

  it('a wrong password fails naming registry-password in docker’s words, and pushes nothing', async () => {
    const deniedRepo = `${repo}-denied`;
    const run = await runActionBundle('build', {
      inputs: {
        image: `${env.registry}/${deniedRepo}`,
        context: appDir,
        push: 'true',
        'registry-username': env.registryUser,
        'registry-password': 'not-the-password',
      },
      env: { GITHUB_REF: 'refs/tags/v1.2.3', GITHUB_SHA: sha, GITHUB_WORKSPACE: appDir },
    });
    expect(run.exitCode).toBe(1);
    const error = run.stdout.split('\n').find((l) => l.startsWith('::error::')) ?? '';
    expect(error).toMatch(
      new RegExp(
        `^::error::Input 'registry-password': ${env.registry.replace(/\./g, '\\.')} refused the login of ${env.registryUser}`,
      ),
    );
    expect(error).toMatch(/docker said: .*unauthorized/i);
    expect(run.stdout).not.toMatch(/^\$ docker build /m);
    expect(run.stdout).not.toMatch(/^\$ docker push /m);
    expect((await registryGet(`/v2/${deniedRepo}/tags/list`, 'GET')).status).toBe(404);
    const dir = run.state['docker-config'] ?? '';
    expect(dir).not.toBe('');
    expect(statSync(run.runnerTemp).isDirectory()).toBe(true);
    expect(existsSync(dir)).toBe(false);
  });
});
