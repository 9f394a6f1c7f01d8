import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { runGantry } from '../helpers/gantry-cli.ts';
import { freePort } from './helpers/free-port.ts';
import { sandboxAppDigest } from './helpers/registry-digest.ts';
import { localDocker, removeReleasedStack, sandboxVar } from './helpers/sandbox-docker.ts';

// `gantry release` and `gantry plan` from a gantry.yml, against the sandbox's real Swarm over real
// SSH and its real registry: a healthy release (built and pushed), then a broken one that is rolled
// back. The global set-up has brought the sandbox up and put its `env` lines into process.env.
// `gantry plan` and the refusals before anything is contacted need no sandbox: they are in
// test/unit/cli/release-plan.test.ts.

const env = sandboxVar;
const root = path.resolve(import.meta.dirname, '../..');
const run = Math.random().toString(36).slice(2, 7);
const stack = `e2e-cli-${run}`;
const unavailable = inject('gantrySandboxUnavailable');
const work = mkdtempSync(path.join(tmpdir(), 'gantry-e2e-cli-'));

function writeConfig(port: number): string {
  writeFileSync(
    path.join(work, 'stack.yml'),
    [
      'version: "3.8"',
      'services:',
      '  web:',
      '    image: ${GANTRY_IMAGE}',
      '    secrets:',
      '      - source: token',
      '        target: token',
      '    ports:',
      '      - target: 8080',
      '        published: ${WEB_PORT}',
      '        mode: host',
      '    deploy:',
      '      replicas: 1',
      '      update_config: { order: stop-first, failure_action: pause, monitor: 4s }',
      'secrets:',
      '  token:',
      '    external: true',
      '    name: ${TOKEN_SECRET}',
      '',
    ].join('\n'),
  );
  const file = path.join(work, 'gantry.yml');
  writeFileSync(
    file,
    [
      'image: ${GANTRY_APP_IMAGE}',
      'registry:',
      '  username: ${GANTRY_REGISTRY_USER}',
      '  password: { file: "${GANTRY_REGISTRY_PASSWORD_FILE}" }',
      'build:',
      `  context: ${path.join(root, 'sandbox/images/app')}`,
      `  build-args: { VERSION: cli-${run} }`,
      'secrets:',
      '  values:',
      '    TOKEN: { env: E2E_TOKEN }',
      'smoke:',
      `  urls: ["http://127.0.0.1:${port}/health"]`,
      '  expect-json: { status: healthy }',
      '  timeout: 60s',
      'prune: { keep: 1 }',
      'targets:',
      '  sandbox:',
      '    swarm:',
      '      host: ${GANTRY_SSH_HOST}',
      '      ssh-key-file: ${GANTRY_SSH_KEY}',
      '      known-hosts-file: ${GANTRY_KNOWN_HOSTS}',
      `      stack: ${stack}`,
      '      stack-files: [stack.yml]',
      `      env: { WEB_PORT: "${port}" }`,
      '      timeout: 4m',
      '      no-progress-timeout: 3m',
      '',
    ].join('\n'),
  );
  return file;
}

afterAll(() => {
  if (unavailable) return;
  try {
    removeReleasedStack(stack);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
});

describe.skipIf(unavailable)('gantry release / gantry plan on the sandbox', () => {
  let config = '';
  let port = 0;

  beforeAll(async () => {
    port = await freePort();
    config = writeConfig(port);
  });

  it('releases a built image (exit 0), then rolls a broken one back (exit 1)', async () => {
    const ok = await runGantry(['release', '-c', config, '--target', 'sandbox', '--tag', `cli-${run}`], {
      E2E_TOKEN: `token-${run}`,
    });
    expect(ok.stderr).toContain('released');
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/✔ build .*pushed .*:cli-[a-z0-9]+ as .*@sha256:[0-9a-f]{64}/);
    expect(ok.stdout).toContain('– scan        0.0s  skipped: trivy is not installed');
    expect(ok.stdout).toMatch(new RegExp(`✔ secrets .*1 created, 0 reused: ${stack}_TOKEN_[0-9a-f]{12}`));
    expect(ok.stdout).toContain(`deployed: stack ${stack} converged and passed its smoke check`);
    expect(ok.stdout).toContain(`✔ smoke`);
    expect(ok.stdout).toMatch(/✔ prune .*keep 1/);
    const health = await fetch(`http://127.0.0.1:${port}/health`).then((r) => r.json());
    expect(health).toEqual({ status: 'healthy', version: `cli-${run}` });

    const broken = await runGantry(
      ['release', '-c', config, '--target', 'sandbox', '--skip-build', '--tag', 'broken'],
      {
        E2E_TOKEN: `token-${run}`,
      },
    );
    expect(broken.stderr).toContain('release FAILED');
    expect(broken.code).toBe(1);
    const brokenDigest = await sandboxAppDigest('broken');
    expect(broken.stdout).toContain(
      `– build       0.0s  skipped: --skip-build: deploying ${env('GANTRY_APP_IMAGE')}:broken as ${env('GANTRY_APP_IMAGE')}@${brokenDigest}`,
    );
    expect(broken.stdout).toMatch(/✔ secrets .*0 created, 1 reused/);
    expect(broken.stdout).toMatch(/↺ deploy .*rolled-back: .*the previous version is serving/);
    expect(broken.stdout).toContain('– prune       0.0s  skipped: the deploy was rolled-back');
    const after = await fetch(`http://127.0.0.1:${port}/health`).then((r) => r.json());
    expect(after).toEqual({ status: 'healthy', version: `cli-${run}` });
  });

  it('--skip-build deploys the tag pinned to the digest the registry reports (exit 0)', async () => {
    const v2 = await runGantry(
      ['release', '-c', config, '--target', 'sandbox', '--skip-build', '--tag', 'v2'],
      {
        E2E_TOKEN: `token-${run}`,
      },
    );
    expect(v2.code, v2.stdout + v2.stderr).toBe(0);
    const digest = await sandboxAppDigest('v2');
    expect(v2.stdout).toContain(
      `deploying ${env('GANTRY_APP_IMAGE')}:v2 as ${env('GANTRY_APP_IMAGE')}@${digest}`,
    );
    // The service spec holds the digest (docker stack deploy --resolve-image always keeps a digest as given).
    const spec = localDocker(
      'service',
      'inspect',
      `${stack}_web`,
      '--format',
      '{{.Spec.TaskTemplate.ContainerSpec.Image}}',
    );
    expect(spec).toBe(`${env('GANTRY_APP_IMAGE')}@${digest}`);
    const health = await fetch(`http://127.0.0.1:${port}/health`).then((r) => r.json());
    expect(health).toEqual({ status: 'healthy', version: 'v2' });
    // A tag that was never pushed: exit 2 naming --tag, the stack unchanged.
    const missing = await runGantry(
      ['release', '-c', config, '--target', 'sandbox', '--skip-build', '--tag', `never-${run}`],
      { E2E_TOKEN: `token-${run}` },
    );
    expect(missing.code, missing.stdout + missing.stderr).toBe(2);
    expect(missing.stderr).toContain("Option '--tag': ");
    expect(missing.stderr).toContain(`:never-${run} does not exist`);
    expect(
      localDocker(
        'service',
        'inspect',
        `${stack}_web`,
        '--format',
        '{{.Spec.TaskTemplate.ContainerSpec.Image}}',
      ),
    ).toBe(spec);
  });
});
