import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { runGantry } from '../helpers/gantry-cli.ts';
import { freePort } from './helpers/free-port.ts';
import { registryUnavailable, sandboxClusterFor } from './helpers/kubernetes-cluster.ts';
import { useSandboxNamespace } from './helpers/kubernetes-fixture.ts';
import { webDeployment } from './helpers/kubernetes-manifests.ts';
import { sandboxAppDigest } from './helpers/registry-digest.ts';
import { sandboxAppConfig } from './helpers/sandbox-app-config.ts';
import { localDocker, removeReleasedStack, sandboxVar } from './helpers/sandbox-docker.ts';

// `gantry status` and `gantry logs` on the sandbox's real Swarm over real SSH: two releases of the
// pushed sandbox image (v1, then v2), then what runs (digest, release, replicas, secret version,
// update state, lock) and the service's logs. The app is given the secret's value as its
// APP_VERSION, so its start line prints it: the logs must show *** instead.

const env = sandboxVar;
const root = path.resolve(import.meta.dirname, '../..');
const run = Math.random().toString(36).slice(2, 7);
const stack = `e2e-status-${run}`;
const token = `tok-${run}-${Math.random().toString(36).slice(2, 10)}`;
const unavailable = inject('gantrySandboxUnavailable');
const work = mkdtempSync(path.join(tmpdir(), 'gantry-e2e-status-'));

function writeConfig(port: number): string {
  writeFileSync(
    path.join(work, 'stack.yml'),
    [
      'version: "3.8"',
      'services:',
      '  web:',
      '    image: ${GANTRY_IMAGE}',
      '    environment:',
      '      APP_VERSION: "${E2E_TOKEN}"',
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
      'secrets:',
      '  values:',
      '    TOKEN: { env: E2E_TOKEN }',
      'smoke:',
      `  urls: ["http://127.0.0.1:${port}/health"]`,
      '  expect-json: { status: healthy }',
      '  timeout: 60s',
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

interface StatusJson {
  target: string;
  kind: string;
  where: string;
  workloads: {
    name: string;
    ready: number;
    desired: number | null;
    update: { state: string; message: string | null };
    images: { image: string; digest: string | null; release: string; tag: string | null }[];
    secrets: { name: string; secret: string | null; version: string | null }[];
  }[];
  lock: { held: boolean; holder: string | null };
}

describe.skipIf(unavailable)('gantry status / gantry logs on the sandbox Swarm', () => {
  let config = '';

  beforeAll(async () => {
    config = writeConfig(await freePort());
    for (const tag of ['v1', 'v2']) {
      const r = await runGantry(
        ['release', '-c', config, '--target', 'sandbox', '--skip-build', '--tag', tag],
        {
          E2E_TOKEN: token,
        },
      );
      if (r.code !== 0) throw new Error(`release ${tag} failed (${r.code}):\n${r.stdout}\n${r.stderr}`);
    }
  }, 300_000);

  it('status --json: the service, its digest and release, replicas ready, secret version, update state, lock free', async () => {
    const r = await runGantry(['status', '-c', config, '--target', 'sandbox', '--json'], {
      E2E_TOKEN: token,
    });
    expect(r.code, r.stderr).toBe(0);
    const status = JSON.parse(r.stdout) as StatusJson;
    expect(status).toMatchObject({ target: 'sandbox', kind: 'swarm', where: `stack ${stack}` });
    expect(status.workloads.map((w) => w.name)).toEqual([`${stack}_web`]);
    const [web] = status.workloads;
    const digest = await sandboxAppDigest('v2');
    expect(web?.images).toEqual([
      expect.objectContaining({
        image: `${env('GANTRY_APP_IMAGE')}@${digest}`,
        digest,
        tag: null,
        release: 'v2',
      }),
    ]);
    expect([web?.ready, web?.desired]).toEqual([1, 1]);
    expect(web?.update).toEqual({ state: 'completed', message: expect.any(String) });
    expect(web?.secrets).toEqual([
      {
        name: expect.stringMatching(new RegExp(`^${stack}_TOKEN_[0-9a-f]{12}$`)),
        secret: 'TOKEN',
        version: expect.stringMatching(/^[0-9a-f]{12}$/),
      },
    ]);
    const secretName = localDocker(
      'secret',
      'ls',
      '--filter',
      `label=gantry.stack=${stack}`,
      '--format',
      '{{.Name}}',
    );
    expect(web?.secrets[0]?.name).toBe(secretName);
    expect(status.lock).toMatchObject({ held: false, holder: null });
    expect(r.stdout).not.toContain(token);

    const text = await runGantry(['status', '-c', config, '--target', 'sandbox'], { E2E_TOKEN: token });
    expect(text.code, text.stderr).toBe(0);
    expect(text.stdout).toContain(`${stack}_web: 1/1 ready, update completed`);
    expect(text.stdout).toContain(`(release v2, digest ${digest})`);
    expect(text.stdout).toMatch(/lock: free/);
  });

  it('logs web --since 5m: the start line, the secret value masked', async () => {
    const r = await runGantry(['logs', '-c', config, '--target', 'sandbox', 'web', '--since', '5m'], {
      E2E_TOKEN: token,
    });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/gantry-sandbox-app \*\*\*: listening on :8080/);
    expect(r.stdout + r.stderr).not.toContain(token);
  });

  it('logs of a service the stack does not have: exit 2 naming SERVICE, nothing streamed', async () => {
    const r = await runGantry(['logs', '-c', config, '--target', 'sandbox', 'nope'], { E2E_TOKEN: token });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('SERVICE "nope": no such service in stack');
    expect(r.stderr).toContain('it has web');
    expect(r.stdout).toBe('');
  });

  it('logs --follow stops cleanly on Ctrl-C (exit 0)', async () => {
    const child = spawn(
      process.execPath,
      [path.join(root, 'src/cli/gantry.ts'), 'logs', '-c', config, '--target', 'sandbox', '--follow'],
      { cwd: root, env: { ...process.env, E2E_TOKEN: token }, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let out = '';
    const seen = new Promise<void>((resolve) => {
      child.stdout.on('data', (c: Buffer) => {
        out += c.toString();
        if (out.includes('listening on')) resolve();
      });
    });
    const code = new Promise<number | null>((resolve) => child.on('close', resolve));
    await seen;
    child.kill('SIGINT');
    expect(await code).toBe(0);
    expect(out).not.toContain(token);
  }, 60_000);
});

// The same on the sandbox Kubernetes cluster (the gate of release-cli-k8s.e2e.test.ts): one release
// of v1 in a namespace of its own, the Deployment reading the secret's value into APP_VERSION.
const cluster = sandboxClusterFor(
  'gantry status / logs on Kubernetes',
  'the gantry status/logs Kubernetes tests',
  registryUnavailable(),
);
const k8sStack = `st-${run}`;
const namespace = `gantry-status-${run}`;

describe.skipIf(cluster.skipReason !== undefined)(
  'gantry status / gantry logs on the sandbox cluster',
  () => {
    const { work: k8sWork } = useSandboxNamespace({
      kubeconfig: cluster.kubeconfig,
      namespace,
      workPrefix: 'gantry-e2e-status-k8s-',
      files: {
        'deployment.yaml': webDeployment({
          replicas: 1,
          podLabels: 'org.opencontainers.image.version: v1',
          container: [
            'env:',
            '  - name: APP_VERSION',
            '    valueFrom: { secretKeyRef: { name: ${TOKEN_SECRET}, key: TOKEN } }',
            'readinessProbe:',
            '  httpGet: { path: /health, port: 8080 }',
            '  periodSeconds: 1',
          ],
        }),
        'gantry.yml': sandboxAppConfig(
          {
            kubeconfig: cluster.kubeconfig,
            namespace,
            stack: k8sStack,
            manifests: 'deployment.yaml',
            timeout: '3m',
          },
          ['secrets:', '  values:', '    TOKEN: { env: E2E_TOKEN }'],
        ),
      },
    });
    const k8sConfig = path.join(k8sWork, 'gantry.yml');

    beforeAll(async () => {
      const r = await runGantry(['release', '-c', k8sConfig, '--skip-build', '--tag', 'v1'], {
        E2E_TOKEN: token,
      });
      if (r.code !== 0) throw new Error(`release v1 failed (${r.code}):\n${r.stdout}\n${r.stderr}`);
    }, 300_000);

    it('status --json: the Deployment, its digest and release, ready, Secret version, rollout completed, Lease free', async () => {
      const r = await runGantry(['status', '-c', k8sConfig, '--json'], { E2E_TOKEN: token });
      expect(r.code, r.stderr).toBe(0);
      const status = JSON.parse(r.stdout) as StatusJson;
      expect(status).toMatchObject({
        target: 'cluster',
        kind: 'kubernetes',
        where: `namespace ${namespace}`,
      });
      const digest = await sandboxAppDigest('v1');
      expect(status.workloads).toEqual([
        expect.objectContaining({
          name: 'web',
          kind: 'Deployment',
          ready: 1,
          desired: 1,
          update: { state: 'completed', message: null },
          images: [
            expect.objectContaining({ image: `${env('GANTRY_APP_IMAGE')}@${digest}`, digest, release: 'v1' }),
          ],
          secrets: [
            {
              name: expect.stringMatching(new RegExp(`^${k8sStack}-token-[0-9a-f]{12}$`)),
              secret: 'TOKEN',
              version: expect.stringMatching(/^[0-9a-f]{12}$/),
            },
          ],
        }),
      ]);
      expect(status.lock).toMatchObject({ held: false, holder: null });
    });

    it('logs web --since 5m: the start line, the secret value masked; an unknown workload is exit 2', async () => {
      const r = await runGantry(['logs', '-c', k8sConfig, 'web', '--since', '5m'], { E2E_TOKEN: token });
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout).toMatch(/\[pod\/web-\S+\/web\] gantry-sandbox-app \*\*\*: listening on :8080/);
      expect(r.stdout + r.stderr).not.toContain(token);
      const nope = await runGantry(['logs', '-c', k8sConfig, 'deployment/nope'], { E2E_TOKEN: token });
      expect(nope.code).toBe(2);
      expect(nope.stderr).toContain(`SERVICE "nope": no such service in namespace ${namespace} (it has web)`);
    });
  },
);
