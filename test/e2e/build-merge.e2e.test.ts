import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runActionBundle } from '../helpers/run-action-bundle.ts';
import { runCli } from '../helpers/run-cli.ts';
import { expectNoSecretValues, withoutMaskCommands } from './helpers/no-secret-output.ts';
import {
  buildScratchImage,
  type PushedImage,
  pushImageByDigest,
  type RegistryLogin,
  registryFetch,
  sha256,
} from './helpers/registry-push.ts';
import { sandboxEnv, sandboxUnavailable } from './helpers/sandbox-env.ts';

// dist/build/index.js with `mode: merge` against the sandbox's password-protected registry: two
// single-platform images pushed by digest only (no tag), as push-by-digest jobs leave them: one a
// FROM scratch image built by the real engine for its own linux/amd64 (Docker v2 manifest), the other
// the same layer with a config that says linux/arm64/v8 (an OCI manifest; no emulation needed). The
// action joins them with Gantry's own registry client; the test then asks the registry what each tag
// serves, and the real docker engine pulls the index (it picks its amd64 entry).

const skip = sandboxUnavailable();
const id = randomBytes(3).toString('hex');
const repo = `gantry/merge-e2e-${id}`;
const shaOf = (n: number) => `${id}${String(n).repeat(34)}`;
const OCI_INDEX = 'application/vnd.oci.image.index.v1+json';
let login: RegistryLogin;
let image: string;
let amd64: PushedImage;
let arm64: PushedImage;
let passwordFile: string;
/** The index digest the action output in the first test. */
let merged = '';
const pulled: string[] = [];

/** What the registry serves for `tag` when asked for an index: status, media type, digest, body. */
async function served(tag: string) {
  const response = await registryFetch(
    login,
    `/v2/${repo}/manifests/${tag}`,
    { headers: { accept: OCI_INDEX } },
    [200, 404],
  );
  const body = Buffer.from(await response.arrayBuffer());
  return {
    status: response.status,
    mediaType: response.headers.get('content-type'),
    digest: response.headers.get('docker-content-digest'),
    body,
  };
}

const merge = (inputs: Record<string, string>, env: Record<string, string>) =>
  runActionBundle('build', {
    inputs: {
      image,
      mode: 'merge',
      'registry-username': login.user,
      'registry-password': login.password,
      ...inputs,
    },
    env: { GITHUB_EVENT_NAME: 'push', ...env },
    timeoutMs: 60_000,
  });

const errorLine = (stdout: string) => stdout.split('\n').find((l) => l.startsWith('::error::')) ?? '';

beforeAll(async () => {
  if (skip) return;
  const env = sandboxEnv();
  login = {
    registry: env.registry,
    user: env.registryUser,
    password: readFileSync(env.registryPasswordFile, 'utf8').trim(),
  };
  image = `${env.registry}/${repo}`;
  passwordFile = env.registryPasswordFile;
  const built = buildScratchImage(`gantry-merge-e2e-${id}:amd64`, `merge e2e ${id}\n`);
  const config = JSON.parse(built.config.toString('utf8')) as Record<string, unknown>;
  expect([config.os, config.architecture]).toEqual(['linux', 'amd64']);
  amd64 = await pushImageByDigest(login, repo, { ...built, mediaType: 'docker' });
  const armConfig = Buffer.from(JSON.stringify({ ...config, architecture: 'arm64', variant: 'v8' }));
  arm64 = await pushImageByDigest(login, repo, { config: armConfig, layers: built.layers, mediaType: 'oci' });
}, 60_000);

afterAll(() => {
  for (const ref of pulled) execFileSync('docker', ['rmi', '--force', ref], { stdio: 'ignore' });
});

describe.skipIf(skip !== undefined)('build mode: merge through the registry API (sandbox registry)', () => {
  it('PUTs one OCI index of both platforms under every tag; the tags resolve to the digest output', async () => {
    const sha = shaOf(1);
    // The arm64 digest first: the index's order is by platform, not by the order given.
    const run = await merge(
      { digests: `${arm64.digest}\n${amd64.digest}` },
      {
        GITHUB_REF: 'refs/tags/v1.2.3',
        GITHUB_SHA: sha,
      },
    );
    expect(run.stderr).toBe('');
    expect(run.exitCode, run.stdout).toBe(0);
    const digest = run.outputs.digest ?? '';
    expect(digest).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(run.outputs['image-ref']).toBe(`${image}@${digest}`);
    merged = digest;
    const tags = ['1.2.3', '1.2', '1', `sha-${sha.slice(0, 7)}`];
    expect(run.outputs.tags).toBe(tags.map((t) => `${image}:${t}`).join('\n'));
    for (const tag of tags) {
      const got = await served(tag);
      expect(got.status, tag).toBe(200);
      expect(got.mediaType, tag).toBe(OCI_INDEX);
      expect(got.digest, tag).toBe(digest);
      expect(sha256(got.body), tag).toBe(digest);
      const index = JSON.parse(got.body.toString('utf8'));
      expect(index).toEqual({
        schemaVersion: 2,
        mediaType: OCI_INDEX,
        manifests: [
          {
            mediaType: amd64.mediaType,
            digest: amd64.digest,
            size: amd64.size,
            platform: { architecture: 'amd64', os: 'linux' },
          },
          {
            mediaType: arm64.mediaType,
            digest: arm64.digest,
            size: arm64.size,
            platform: { architecture: 'arm64', os: 'linux', variant: 'v8' },
          },
        ],
      });
    }
    // No docker, no buildx: the merge is Gantry's own client. The summary names the digest and platforms.
    expect(run.stdout).not.toMatch(/^\$ docker /m);
    expect(run.stdout).toContain(`::group::Merge 2 digest(s) into ${image}`);
    expect(run.summary).toContain('### Merged linux/amd64, linux/arm64/v8 into');
    expect(run.summary).toContain(`\`${digest}\``);
    const metadata = JSON.parse(run.outputs.metadata ?? '{}');
    expect(metadata).toMatchObject({
      mode: 'merge',
      builder: 'registry',
      digest,
      platforms: ['linux/amd64', 'linux/arm64/v8'],
    });
    expectNoSecretValues(withoutMaskCommands(run.stdout), [login.password]);
    expectNoSecretValues(run.summary, [login.password]);

    // A real client: the engine (amd64) pulls the index by digest and gets the amd64 image.
    const config = mkdtempSync(path.join(tmpdir(), 'gantry-merge-docker-'));
    try {
      const docker = (...args: string[]) =>
        execFileSync('docker', args, {
          env: { ...process.env, DOCKER_CONFIG: config },
          encoding: 'utf8',
          input: login.password,
          stdio: 'pipe',
        });
      docker('login', '--username', login.user, '--password-stdin', login.registry);
      pulled.push(`${image}@${digest}`);
      docker('pull', '--quiet', `${image}@${digest}`);
      expect(
        docker('image', 'inspect', '--format', '{{.Os}}/{{.Architecture}}', `${image}@${digest}`).trim(),
      ).toBe('linux/amd64');
    } finally {
      rmSync(config, { recursive: true, force: true });
    }
  });

  it('a digest that does not exist fails naming it, and no tag moves', async () => {
    const sha = shaOf(2);
    const missing = `sha256:${randomBytes(32).toString('hex')}`;
    const before = await served('1.2.3');
    expect(before.status).toBe(200);
    const run = await merge(
      { digests: `${amd64.digest}\n${missing}` },
      {
        GITHUB_REF: 'refs/tags/v1.2.3',
        GITHUB_SHA: sha,
      },
    );
    expect(run.exitCode).toBe(1);
    expect(errorLine(run.stdout)).toBe(
      `::error::Input 'digests': ${login.registry}/${repo}@${missing} does not exist (the registry answered 404): give the digest outputs of push-by-digest jobs that pushed to ${login.registry}/${repo}`,
    );
    expect(run.outputs.digest).toBeUndefined();
    const after = await served('1.2.3');
    expect(after.digest).toBe(before.digest);
    expect((await served(`sha-${sha.slice(0, 7)}`)).status).toBe(404);
  });

  it('a wrong password fails naming registry-password and writes nothing', async () => {
    const sha = shaOf(3);
    const run = await merge(
      { digests: `${amd64.digest}\n${arm64.digest}`, 'registry-password': 'not-the-password' },
      { GITHUB_REF: 'refs/heads/denied', GITHUB_SHA: sha },
    );
    expect(run.exitCode).toBe(1);
    expect(errorLine(run.stdout)).toMatch(
      new RegExp(
        `^::error::Input 'registry-password': ${login.registry.replace(/\./g, '\\.')} refused the credentials of ${login.user} for ${repo} \\(GET answered 401\\)`,
      ),
    );
    expect(withoutMaskCommands(run.stdout)).not.toContain('not-the-password');
    expect((await served('denied')).status).toBe(404);
    expect((await served(`sha-${sha.slice(0, 7)}`)).status).toBe(404);
  });

  it('gantry build --mode merge runs the same merge: the same digests give the same index digest', async () => {
    const sha = shaOf(4);
    const args = (digests: string[]) => [
      'build',
      '--image',
      image,
      '--mode',
      'merge',
      ...digests.flatMap((d) => ['--digest', d]),
      '--registry-username',
      login.user,
      '--registry-password-file',
      passwordFile,
      '--ref',
      'refs/heads/cli-merge',
      '--sha',
      sha,
      '--json',
    ];
    const cli = await runCli(args([amd64.digest, arm64.digest]));
    expect(cli.code, cli.err).toBe(0);
    const json = JSON.parse(cli.out) as { digest: string; refs: string[]; builder: string };
    expect(json.digest).toBe(merged);
    expect(json.refs).toEqual([`${image}:cli-merge`, `${image}:sha-${sha.slice(0, 7)}`]);
    expect((await served('cli-merge')).digest).toBe(merged);
    expect(cli.err).not.toContain(login.password);

    const missing = `sha256:${'0'.repeat(64)}`;
    const refused = await runCli(args([amd64.digest, missing]));
    expect(refused.code).toBe(2);
    expect(refused.err).toContain(
      `gantry build: Option '--digest': ${login.registry}/${repo}@${missing} does not exist`,
    );
  });

  it('without credential inputs, uses the docker login already there (a real docker login’s config)', async () => {
    const sha = shaOf(5);
    const config = mkdtempSync(path.join(tmpdir(), 'gantry-merge-login-'));
    try {
      execFileSync('docker', ['login', '--username', login.user, '--password-stdin', login.registry], {
        env: { ...process.env, DOCKER_CONFIG: config },
        input: login.password,
        stdio: 'pipe',
      });
      const run = await merge(
        { digests: `${amd64.digest},${arm64.digest}`, 'registry-username': '', 'registry-password': '' },
        { GITHUB_REF: 'refs/heads/docker-login', GITHUB_SHA: sha, DOCKER_CONFIG: config },
      );
      expect(run.exitCode, run.stdout).toBe(0);
      expect(run.stdout).toContain(
        `using the docker login of ${login.user} for ${login.registry} (${path.join(config, 'config.json')})`,
      );
      expect(run.stdout).toContain(`::add-mask::${login.password}`);
      expectNoSecretValues(withoutMaskCommands(run.stdout), [login.password]);
      expect(run.outputs.digest).toBe(merged);
      expect((await served('docker-login')).digest).toBe(merged);
    } finally {
      rmSync(config, { recursive: true, force: true });
    }
  });
});
