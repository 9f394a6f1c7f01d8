import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { runGantry } from '../helpers/gantry-cli.ts';
import { freePort } from './helpers/free-port.ts';
import { registryDigest, sandboxRegistryLogin } from './helpers/registry-digest.ts';
import { localDocker, removeReleasedStack, sandboxVar } from './helpers/sandbox-docker.ts';

// A release of three images from one multi-stage Dockerfile (api, worker, admin: each a --target),
// through `gantry release` against the sandbox's real Swarm over SSH and its real registry: the
// three converge pinned by digest; a partial env group changes nothing; a release whose admin is
// broken rolls api and worker back too, although their own updates succeeded.

const env = sandboxVar;
const root = path.resolve(import.meta.dirname, '../..');
const run = Math.random().toString(36).slice(2, 7);
const stack = `e2e-img-${run}`;
const unavailable = inject('gantrySandboxUnavailable');
const work = mkdtempSync(path.join(tmpdir(), 'gantry-e2e-images-'));
const KEYS = ['api', 'worker', 'admin'] as const;
const repo = (key: string) => `gantry/e2e-${run}-${key}`;
const serviceImage = (service: string) =>
  localDocker(
    'service',
    'inspect',
    `${stack}_${service}`,
    '--format',
    '{{.Spec.TaskTemplate.ContainerSpec.Image}}',
  );

/** One Dockerfile, three targets; admin is broken (its health check fails) when built with BROKEN=true. */
const DOCKERFILE = `FROM scratch AS base
ARG VERSION=dev
COPY busybox /bin/busybox
RUN ["/bin/busybox", "--install", "-s", "/bin"]
COPY serve.sh handle.sh /app/
ENV PORT=8080 APP_VERSION=\${VERSION} APP_BROKEN=false APP_STARTUP_DELAY=0
HEALTHCHECK --interval=2s --timeout=3s --start-period=4s --retries=3 \\
  CMD ["/bin/sh", "-c", "wget -q -O- http://127.0.0.1:\${PORT}/health >/dev/null || exit 1"]
ENTRYPOINT ["/bin/sh", "/app/serve.sh"]

FROM base AS api
FROM base AS worker
ENV PORT=8081
FROM base AS admin
ARG BROKEN=false
ENV APP_BROKEN=\${BROKEN}
`;

function writeProject(ports: Record<(typeof KEYS)[number], number>): string {
  for (const file of ['busybox', 'serve.sh', 'handle.sh'])
    copyFileSync(path.join(root, 'sandbox/images/app', file), path.join(work, file));
  writeFileSync(path.join(work, 'Dockerfile'), DOCKERFILE);
  writeFileSync(path.join(work, 'token.txt'), `token-${run}`);
  const service = (key: string, inside: number, port: number) => [
    `  ${key}:`,
    `    image: \${${key.toUpperCase()}_IMAGE}`,
    '    ports:',
    `      - { target: ${inside}, published: ${port}, mode: host }`,
    '    deploy:',
    '      replicas: 1',
    '      update_config: { order: stop-first, failure_action: pause, monitor: 4s }',
  ];
  writeFileSync(
    path.join(work, 'stack.yml'),
    [
      'version: "3.8"',
      'services:',
      ...service('api', 8080, ports.api),
      ...service('worker', 8081, ports.worker),
      ...service('admin', 8080, ports.admin),
      '    secrets: [{ source: token, target: token }]',
      'secrets:',
      '  token: { external: true, name: "${TOKEN_SECRET}" }',
      '',
    ].join('\n'),
  );
  const file = path.join(work, 'gantry.yml');
  writeFileSync(
    file,
    [
      'images:',
      ...KEYS.map(
        (key) =>
          `  ${key}: { name: "\${GANTRY_REGISTRY}/${repo(key)}", target: ${key}${key === 'admin' ? ', build-args: { BROKEN: "${ADMIN_BROKEN}" }' : ''} }`,
      ),
      'registry:',
      '  username: ${GANTRY_REGISTRY_USER}',
      '  password: { file: "${GANTRY_REGISTRY_PASSWORD_FILE}" }',
      'build:',
      '  context: .',
      '  build-args: { VERSION: "${RELEASE}" }',
      '  parallel: 2',
      'secrets:',
      '  values:',
      '    TOKEN: { file: token.txt }',
      'smoke:',
      `  urls: ${JSON.stringify(KEYS.map((key) => `http://127.0.0.1:${ports[key]}/health`))}`,
      '  expect-json: { status: healthy }',
      '  timeout: 40s',
      'targets:',
      '  sandbox:',
      '    swarm:',
      '      host: ${GANTRY_SSH_HOST}',
      '      ssh-key-file: ${GANTRY_SSH_KEY}',
      '      known-hosts-file: ${GANTRY_KNOWN_HOSTS}',
      `      stack: ${stack}`,
      '      stack-files: [stack.yml]',
      '      env-groups:',
      '        storage: [E2E_B2_ENDPOINT, E2E_B2_KEY_ID, E2E_B2_APP_KEY, E2E_B2_BUCKET_NAME]',
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

describe.skipIf(unavailable)('gantry release with images: (three images, one stack)', () => {
  let config = '';
  const ports = { api: 0, worker: 0, admin: 0 };
  const version = async (key: (typeof KEYS)[number]) =>
    ((await fetch(`http://127.0.0.1:${ports[key]}/health`).then((r) => r.json())) as { version: string })
      .version;
  const release = (tag: string, extra: Record<string, string>) =>
    runGantry(['release', '-c', config, '--target', 'sandbox', '--tag', tag], {
      RELEASE: tag,
      ADMIN_BROKEN: 'false',
      E2E_B2_ENDPOINT: '',
      E2E_B2_KEY_ID: '',
      E2E_B2_APP_KEY: '',
      E2E_B2_BUCKET_NAME: '',
      ...extra,
    });

  beforeAll(async () => {
    for (const key of KEYS) ports[key] = await freePort();
    config = writeProject(ports);
  });

  it('builds, pushes and deploys all three pinned by digest; the storage group is "not set"', async () => {
    const tag = `r1-${run}`;
    const ok = await release(tag, {});
    expect(ok.code, ok.stdout + ok.stderr).toBe(0);
    expect(ok.stderr).toContain('env group storage: not set');
    const login = sandboxRegistryLogin();
    for (const key of KEYS) {
      const digest = await registryDigest(env('GANTRY_REGISTRY'), login, repo(key), tag);
      expect(ok.stdout).toContain(`as ${env('GANTRY_REGISTRY')}/${repo(key)}@${digest}`);
      expect(serviceImage(key)).toBe(`${env('GANTRY_REGISTRY')}/${repo(key)}@${digest}`);
      expect(await version(key)).toBe(tag);
    }
    expect(ok.stdout).toContain(`deployed: stack ${stack} converged and passed its smoke check`);
  });

  it('the same release again (--skip-build) creates no secret and replaces no task', async () => {
    // docker stack deploy re-sends every service (its version index moves); what must not change is
    // the running tasks: an unchanged spec starts no new task.
    const versions = () =>
      KEYS.map((key) =>
        localDocker('service', 'ps', '-q', '--filter', 'desired-state=running', `${stack}_${key}`),
      );
    const before = versions();
    const again = await runGantry(
      ['release', '-c', config, '--target', 'sandbox', '--skip-build', '--tag', `r1-${run}`],
      { RELEASE: `r1-${run}`, ADMIN_BROKEN: 'false' },
    );
    expect(again.code, again.stdout + again.stderr).toBe(0);
    expect(again.stdout).toMatch(/✔ secrets .*0 created, 1 reused/);
    expect(versions()).toEqual(before);
  });

  it('--skip-build with a tag that one image lacks exits 2 naming that image, and changes nothing', async () => {
    const before = KEYS.map(serviceImage);
    // A fourth image that was never pushed: its tag is missing, the other three have it.
    const extra = path.join(work, 'gantry-extra.yml');
    const text = readFileSync(config, 'utf8').replace(
      'registry:',
      `  extra: { name: "\${GANTRY_REGISTRY}/${repo('extra')}", target: api }\nregistry:`,
    );
    writeFileSync(extra, text);
    const missing = await runGantry(
      ['release', '-c', extra, '--target', 'sandbox', '--skip-build', '--tag', `r1-${run}`],
      { RELEASE: `r1-${run}`, ADMIN_BROKEN: 'false' },
    );
    expect(missing.code, missing.stdout + missing.stderr).toBe(2);
    expect(missing.stderr).toContain("Option '--tag': ");
    expect(missing.stderr).toContain(`${repo('extra')}:r1-${run} does not exist`);
    expect(KEYS.map(serviceImage)).toEqual(before);
  });

  it('a storage group set in part exits 2 naming it, builds nothing and changes no service', async () => {
    const before = KEYS.map(serviceImage);
    const partial = await release(`r-partial-${run}`, { E2E_B2_ENDPOINT: 'https://s3.example' });
    expect(partial.code, partial.stdout + partial.stderr).toBe(2);
    expect(partial.stderr).toContain(
      "'targets.sandbox.swarm.env-groups.storage': 1 of 4 set, but E2E_B2_KEY_ID",
    );
    expect(partial.stdout).not.toContain('build');
    expect(KEYS.map(serviceImage)).toEqual(before);
  });

  it('a release whose admin is broken rolls api and worker back too, to the first release', async () => {
    const before = KEYS.map(serviceImage);
    const bad = await release(`r2-${run}`, { ADMIN_BROKEN: 'true' });
    expect(bad.code, bad.stdout + bad.stderr).toBe(1);
    expect(bad.stdout).toMatch(/✔ build .*pushed .*e2e-[a-z0-9]+-admin@sha256:/);
    expect(bad.stdout).toMatch(/↺ deploy .*rolled-back/);
    // Every service is back on the first release's digest, and answers as the first release.
    expect(KEYS.map(serviceImage)).toEqual(before);
    for (const key of KEYS) expect(await version(key)).toBe(`r1-${run}`);
  });
});
