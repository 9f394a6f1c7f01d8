import { chmodSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { runActionBundle } from '../helpers/run-action-bundle.ts';
import { foreignWorkflowCommands } from '../helpers/workflow-commands.ts';

// dist/build/index.js run as GitHub's runner runs it, with a stand-in `docker` first on PATH that
// behaves like docker 20.10 without the buildx plugin (this machine's): `docker buildx …` fails
// with docker's own message and exit code 1; `build`, `login`, `push` and `inspect` answer as the
// real CLI does. Every call is recorded, so "nothing is run" is checked, not assumed.

const DIGEST = `sha256:${'d'.repeat(64)}`;
let bin: string;
let calls: string;

beforeEach(() => {
  bin = mkdtempSync(path.join(tmpdir(), 'gantry-fake-docker-'));
  calls = path.join(bin, 'calls.log');
  writeFileSync(calls, '');
  writeFileSync(
    path.join(bin, 'docker'),
    `#!/bin/sh
printf '%s\\n' "$*" >> "${calls}"
case "$1" in
  buildx) echo "docker: 'buildx' is not a docker command." >&2; echo "See 'docker --help'" >&2; exit 1 ;;
  login) cat > /dev/null; echo "Login Succeeded"; exit 0 ;;
  build) echo "Successfully built 0123456789ab"; exit 0 ;;
  push) tag="\${2##*:}"; echo "The push refers to repository [\${2%:*}]"; echo "5f70bf18a086: Pushed"; echo "$tag: digest: ${DIGEST} size: 739"; exit 0 ;;
  logout) exit 0 ;;
  *) echo "unexpected: $*" >&2; exit 1 ;;
esac
`,
  );
  chmodSync(path.join(bin, 'docker'), 0o755);
});

const recorded = () => readFileSync(calls, 'utf8').split('\n').filter(Boolean);
const env = () => ({ PATH: `${bin}:${process.env.PATH ?? '/usr/bin:/bin'}`, GITHUB_REF: 'refs/tags/v1.2.3' });

describe('dist/build', () => {
  it.each([
    ['registry-username', 'ci\n::notice::injected'],
    ['registry-username', 'ci\u0007'],
    ['registry', 'registry.example.com\n::stop-commands::x'],
    ['context', '.\n::save-state name=x::y'],
    ['target', 'run\n::error::fake verdict'],
  ])('%s set to %j is refused naming it, and docker is never run', async (input, value) => {
    const run = await runActionBundle('build', {
      inputs: {
        image: 'registry.example.com/acme/shop',
        push: 'true',
        'registry-username': 'ci',
        'registry-password': 'p4ssw0rd-value',
        [input]: value,
      },
      env: env(),
    });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toMatch(new RegExp(`^::error::Input '${input}': holds `, 'm'));
    expect(foreignWorkflowCommands(run.stdout)).toEqual([]);
    expect(recorded()).toEqual([]);
  });

  it('builds and pushes with the classic builder when buildx is absent, and sets every output', async () => {
    const run = await runActionBundle('build', {
      inputs: {
        image: 'registry.example.com/Acme/Shop',
        push: 'true',
        'registry-username': 'ci',
        'registry-password': 'p4ssw0rd-value',
      },
      env: env(),
    });
    expect(run.stderr).toBe('');
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toContain(
      '::warning title=No buildx%3A classic builder::docker buildx is not installed',
    );
    expect(run.stdout).toContain('::add-mask::p4ssw0rd-value');
    expect(run.stdout.replace(/^::add-mask::.*$/gm, '')).not.toContain('p4ssw0rd-value');
    const refs = ['1.2.3', '1.2', '1', 'sha-0123456'].map((t) => `registry.example.com/acme/shop:${t}`);
    expect(run.outputs.digest).toBe(DIGEST);
    expect(run.outputs['image-ref']).toBe(`registry.example.com/acme/shop@${DIGEST}`);
    expect(run.outputs.tags).toBe(refs.join('\n'));
    const metadata = JSON.parse(run.outputs.metadata ?? '');
    expect(metadata).toMatchObject({
      mode: 'build',
      builder: 'docker build',
      version: '1.2.3',
      revision: '0123456789abcdef0123456789abcdef01234567',
      digest: DIGEST,
    });
    expect(metadata.labels['org.opencontainers.image.source']).toBe('https://github.com/acme/shop');
    const log = recorded();
    expect(log[0]).toBe('buildx version');
    expect(log[1]).toBe('login --username ci --password-stdin -- registry.example.com');
    expect(log[2]).toMatch(/^build --label org\.opencontainers\.image\.created=\S+ --label /);
    expect(log.slice(3, 7)).toEqual(refs.map((r) => `push ${r}`));
    expect(log.join('\n')).not.toContain('p4ssw0rd-value');
    expect(run.summary).toContain('Built and pushed registry.example.com/acme/shop');
    // post logged out and deleted the temporary DOCKER_CONFIG
    const dir = run.state['docker-config'] ?? '';
    expect(dir.startsWith(run.runnerTemp)).toBe(true);
    expect(run.post?.exitCode).toBe(0);
    expect(existsSync(dir)).toBe(false);
    expect(log.at(-1)).toBe('logout registry.example.com');
  });

  it.each<[string, Record<string, string>, string, string[]]>([
    ['push: yes', { image: 'acme/shop', push: 'yes' }, `Input 'push': expected true or false, got "yes"`, []],
    [
      'merge without digests',
      { image: 'acme/shop', mode: 'merge' },
      `Input 'digests': is required with mode: merge`,
      [],
    ],
    [
      'merge with a registry other than the image’s (no docker is run for a merge)',
      { image: 'acme/shop', mode: 'merge', digests: `sha256:${'a'.repeat(64)}`, registry: 'ghcr.io' },
      `Input 'registry': is ghcr.io, but the merge writes to acme/shop on docker.io`,
      [],
    ],
    ['an image with a tag', { image: 'acme/shop:latest' }, `Input 'image':`, []],
    ['a bad platform', { image: 'acme/shop', platforms: 'amd64' }, `Input 'platforms': expected os/arch`, []],
    [
      'two platforms without buildx',
      {
        image: 'acme/shop',
        platforms: 'linux/amd64,linux/arm64',
        push: 'true',
        'registry-username': 'u',
        'registry-password': 'p',
      },
      `Input 'platforms': building 2 platforms needs docker buildx`,
      ['buildx version'],
    ],
    [
      'push-by-digest without buildx',
      { image: 'acme/shop', mode: 'push-by-digest', platforms: 'linux/arm64' },
      `Input 'mode': mode: push-by-digest needs docker buildx`,
      ['buildx version'],
    ],
    [
      'build secrets without buildx',
      { image: 'acme/shop', secrets: 'npm=t0k3n' },
      `Input 'secrets': BuildKit build secrets need docker buildx`,
      ['buildx version'],
    ],
  ])('fails %s naming the input, and runs nothing else', async (_name, inputs, message, expectedCalls) => {
    const run = await runActionBundle('build', { inputs, env: env() });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toContain(`::error::${message}`);
    expect(recorded()).toEqual(expectedCalls);
    expect(run.outputs.digest).toBeUndefined();
  });
});
