import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type CompositeRun, runComposite } from '../helpers/composite-runner.ts';
import { runGantry } from '../helpers/gantry-cli.ts';
import { runnerEnv } from '../helpers/run-action-bundle.ts';
import { freePort } from './helpers/free-port.ts';
import { kubectlFor } from './helpers/kubectl.ts';
import { sandboxClusterFor } from './helpers/kubernetes-cluster.ts';
import { createNamespace, deleteNamespace } from './helpers/kubernetes-namespace.ts';
import { expectNoSecretValues, withoutMaskCommands } from './helpers/no-secret-output.ts';
import { registryDigest, sandboxPullSecret, sandboxRegistryLogin } from './helpers/registry-digest.ts';
import { localDocker, removeReleasedStack, sandboxVar } from './helpers/sandbox-docker.ts';

// The root action.yml with `config:` (a three-image gantry.yml), its steps run as the runner runs a
// composite (helpers/composite-runner.ts): the release bundle runs the same engine as `gantry release`,
// against the sandbox's real Swarm over SSH and its real v1.20 cluster, building and pushing to its
// real registry. The secret values come from `app-secrets`, the SSH key and kubeconfig from inputs
// (written to a private folder that is gone afterwards; the file's ssh-key-file is an operator's path),
// known_hosts from the file; nothing of them reaches the log. Then `gantry release` on the very same
// file, as an operator runs it, releases the same app to the same stack.

const root = path.resolve(import.meta.dirname, '../..');
const unavailable = inject('gantrySandboxUnavailable');
const run = Math.random().toString(36).slice(2, 7);
const stack = `rcfg-${run}`;
const namespace = `gantry-rcfg-${run}`;
const KEYS = ['api', 'web', 'admin'] as const;
type Key = (typeof KEYS)[number];
const repo = (key: Key) => `gantry/rcfg-${run}-${key}`;
const TOKEN = `tok-${run}-${Math.random().toString(36).slice(2, 10)}`;
const work = mkdtempSync(path.join(tmpdir(), 'gantry-rcfg-ws-'));
const { kubeconfig: kubeconfigFile, skipReason: clusterSkip } = sandboxClusterFor(
  'root action with config on Kubernetes',
  'the root action config: Kubernetes test',
  unavailable || undefined,
);

const deployment = (key: Key) => `apiVersion: apps/v1
kind: Deployment
metadata: { name: ${key}, labels: { app: ${key} } }
spec:
  replicas: 1
  progressDeadlineSeconds: 60
  selector: { matchLabels: { app: ${key} } }
  template:
    metadata: { labels: { app: ${key} } }
    spec:
      terminationGracePeriodSeconds: 1
      imagePullSecrets: [{ name: regcred }]
      containers:
        - name: ${key}
          image: \${${key.toUpperCase()}_IMAGE}
          readinessProbe: { httpGet: { path: /health, port: 8080 }, periodSeconds: 1 }
`;

function writeProject(ports: Record<Key, number>): void {
  for (const file of ['busybox', 'serve.sh', 'handle.sh', 'Dockerfile'])
    copyFileSync(path.join(root, 'sandbox/images/app', file), path.join(work, file));
  const service = (key: Key) => [
    `  ${key}:`,
    `    image: \${${key.toUpperCase()}_IMAGE}`,
    `    ports: [{ target: 8080, published: ${ports[key]}, mode: host }]`,
    '    secrets: [{ source: token, target: token }]',
    '    deploy: { replicas: 1, update_config: { order: stop-first, failure_action: pause, monitor: 3s } }',
  ];
  writeFileSync(
    path.join(work, 'stack.yml'),
    [
      'version: "3.8"',
      'services:',
      ...KEYS.flatMap(service),
      'secrets:',
      '  token: { external: true, name: "${APP_TOKEN_SECRET}" }',
      '',
    ].join('\n'),
  );
  writeFileSync(path.join(work, 'deployments.yaml'), KEYS.map(deployment).join('---\n'));
  writeFileSync(
    path.join(work, 'gantry.yml'),
    [
      'images:',
      ...KEYS.map((key) => `  ${key}: { name: "\${GANTRY_REGISTRY}/${repo(key)}" }`),
      'registry: { username: "${GANTRY_REGISTRY_USER}", password: { env: REGISTRY_PASSWORD } }',
      'build: { build-args: { VERSION: "${RELEASE}" }, parallel: 3 }',
      'scan: { enabled: false }',
      'secrets: { values: { APP_TOKEN: { env: APP_TOKEN } } }',
      'prune: { keep: 1 }',
      'targets:',
      '  production:',
      '    swarm:',
      '      host: ${GANTRY_SSH_HOST}',
      // An operator's paths: the workflow's ssh-key input takes the key's place; known_hosts is the
      // repository's own file, for both.
      '      ssh-key-file: ${SSH_KEY_FILE}',
      '      known-hosts-file: ${KNOWN_HOSTS_FILE}',
      `      stack: ${stack}`,
      '      stack-files: [stack.yml]',
      '      timeout: 3m',
      '      smoke:',
      `        urls: ${JSON.stringify(KEYS.map((k) => `http://127.0.0.1:${ports[k]}/health`))}`,
      '        expect-json: { status: healthy }',
      '        timeout: 40s',
      '  cluster:',
      '    kubernetes:',
      `      namespace: ${namespace}`,
      `      stack: ${stack}`,
      '      manifests: [deployments.yaml]',
      '      timeout: 2m',
      '',
    ].join('\n'),
  );
}

function release(tag: string, inputs: Record<string, string>): { run: CompositeRun; runnerTemp: string } {
  const runnerTemp = mkdtempSync(path.join(tmpdir(), 'gantry-rcfg-temp-'));
  const summary = path.join(runnerTemp, 'summary.md');
  writeFileSync(summary, '');
  const password = readFileSync(sandboxVar('GANTRY_REGISTRY_PASSWORD_FILE'), 'utf8').trim();
  const result = runComposite(
    root,
    { config: 'gantry.yml', 'registry-password': password, scan: 'false', ...inputs },
    {
      ...runnerEnv(runnerTemp, work),
      GITHUB_SHA: 'abcdef0123456789abcdef0123456789abcdef01',
      GITHUB_REF: `refs/tags/${tag}`,
      GITHUB_EVENT_NAME: 'push',
      GITHUB_TOKEN: 'not-a-real-token',
      GITHUB_STEP_SUMMARY: summary,
      RELEASE: tag,
      GANTRY_REGISTRY: sandboxVar('GANTRY_REGISTRY'),
      GANTRY_REGISTRY_USER: sandboxVar('GANTRY_REGISTRY_USER'),
      GANTRY_SSH_HOST: sandboxVar('GANTRY_SSH_HOST'),
      SSH_KEY_FILE: '/nonexistent/an-operators-key',
      KNOWN_HOSTS_FILE: sandboxVar('GANTRY_KNOWN_HOSTS'),
    },
  );
  return { run: result, runnerTemp };
}

const outcomes = (r: CompositeRun) => Object.fromEntries(r.steps.map((s) => [s.id, s.outcome]));
const swarmInputs = () => ({
  target: 'production',
  'ssh-key': readFileSync(sandboxVar('GANTRY_SSH_KEY'), 'utf8'),
  'app-secrets': `APP_TOKEN=${TOKEN}`,
});
/** Each image's `name@sha256:…` for a tag as the registry has it (a workflow's ref v1.2.3 pushes 1.2.3). */
const digests = async (tag: string) =>
  Object.fromEntries(
    await Promise.all(
      KEYS.map(async (key) => {
        const digest = await registryDigest(
          sandboxVar('GANTRY_REGISTRY'),
          sandboxRegistryLogin(),
          repo(key),
          tag,
        );
        return [key, `${sandboxVar('GANTRY_REGISTRY')}/${repo(key)}@${digest}`] as const;
      }),
    ),
  );

afterAll(() => {
  if (!unavailable) removeReleasedStack(stack);
  rmSync(work, { recursive: true, force: true });
});

describe.skipIf(unavailable)('root action.yml with config: a three-image gantry.yml to Swarm', () => {
  const ports = { api: 0, web: 0, admin: 0 };
  beforeAll(async () => {
    for (const key of KEYS) ports[key] = await freePort();
    writeProject(ports);
  });

  it('a secret missing from app-secrets stops the release before anything runs, naming it', () => {
    const { run: r } = release('v0.9.0', { ...swarmInputs(), 'app-secrets': 'OTHER=x' });
    expect(r.failed).toBe(true);
    expect(outcomes(r)).toMatchObject({
      init: 'success',
      build: 'skipped',
      release: 'failure',
      cleanup: 'success',
    });
    const out = r.steps.find((s) => s.id === 'release')?.stdout ?? '';
    expect(out).toContain("::error::Input 'app-secrets': has no line APP_TOKEN=…");
    expect(localDocker('service', 'ls', '-q', '--filter', `label=com.docker.stack.namespace=${stack}`)).toBe(
      '',
    );
  });

  it('builds the three images, creates the secret from app-secrets, deploys all pinned, and cleans up', async () => {
    const tag = `v1.${Date.now() % 1000}.0`;
    const { run: r, runnerTemp } = release(tag, swarmInputs());
    expect(r.failed, r.log).toBe(false);
    expect(outcomes(r)).toMatchObject({
      init: 'success',
      build: 'skipped',
      plan: 'skipped',
      swarm: 'skipped',
      release: 'success',
      cleanup: 'success',
    });
    expect(r.outputs.status).toBe('deployed');
    const pinned = await digests(tag.slice(1));
    expect(JSON.parse(r.outputs.images ?? '{}')).toEqual(pinned);
    // Three images: no single image-ref.
    expect(r.outputs['image-ref'] ?? '').toBe('');
    for (const key of KEYS)
      expect(
        localDocker(
          'service',
          'inspect',
          `${stack}_${key}`,
          '--format',
          '{{.Spec.TaskTemplate.ContainerSpec.Image}}',
        ),
      ).toBe(pinned[key]);
    const health = await fetch(`http://127.0.0.1:${ports.web}/health`).then((res) => res.json());
    expect(health).toMatchObject({ status: 'healthy', version: tag });
    expect(
      localDocker('secret', 'ls', '-q', '--filter', `label=gantry.stack=${stack}`).split('\n'),
    ).toHaveLength(1);
    // The credentials' private folder is gone; no secret value or key in the log.
    expect(readdirSync(runnerTemp).filter((f) => f.startsWith('gantry-release-'))).toEqual([]);
    expectNoSecretValues(withoutMaskCommands(r.log), [
      TOKEN,
      readFileSync(sandboxVar('GANTRY_SSH_KEY'), 'utf8').split('\n')[1] ?? '',
    ]);
    const summary = readFileSync(path.join(runnerTemp, 'summary.md'), 'utf8');
    expect(summary).toContain('### Gantry release to `production`');
    expect(summary).toMatch(/\| deploy \| ✅ \|/);
  });
});

describe.skipIf(unavailable)("gantry release on the same gantry.yml, from an operator's machine", () => {
  it('releases the same three images to the same stack, reusing the secret the workflow created', async () => {
    const tag = `cli-${run}`;
    const result = await runGantry(
      ['release', '-c', path.join(work, 'gantry.yml'), '--target', 'production', '--tag', tag],
      {
        RELEASE: tag,
        REGISTRY_PASSWORD: readFileSync(sandboxVar('GANTRY_REGISTRY_PASSWORD_FILE'), 'utf8').trim(),
        APP_TOKEN: TOKEN,
        GANTRY_REGISTRY: sandboxVar('GANTRY_REGISTRY'),
        GANTRY_REGISTRY_USER: sandboxVar('GANTRY_REGISTRY_USER'),
        GANTRY_SSH_HOST: sandboxVar('GANTRY_SSH_HOST'),
        SSH_KEY_FILE: sandboxVar('GANTRY_SSH_KEY'),
        KNOWN_HOSTS_FILE: sandboxVar('GANTRY_KNOWN_HOSTS'),
      },
    );
    expect(result.code, result.stdout + result.stderr).toBe(0);
    // The versioned secret's name depends on its content only: the workflow's version is reused.
    expect(result.stdout).toMatch(/✔ secrets .*0 created, 1 reused/);
    const pinned = await digests(tag);
    for (const key of KEYS)
      expect(
        localDocker(
          'service',
          'inspect',
          `${stack}_${key}`,
          '--format',
          '{{.Spec.TaskTemplate.ContainerSpec.Image}}',
        ),
      ).toBe(pinned[key]);
  });
});

describe.skipIf(clusterSkip !== undefined)('root action.yml with config: the same file to Kubernetes', () => {
  const k = kubectlFor(kubeconfigFile, namespace);
  beforeAll(async () => {
    await createNamespace(k, sandboxPullSecret('regcred'));
  });
  afterAll(() => deleteNamespace(k));

  it('releases the three images to the cluster, each Deployment pinned by digest, the Secret from app-secrets', async () => {
    const tag = `v2.${Date.now() % 1000}.0`;
    const { run: r } = release(tag, {
      target: 'cluster',
      kubeconfig: Buffer.from(readFileSync(kubeconfigFile)).toString('base64'),
      'app-secrets': `APP_TOKEN=${TOKEN}`,
    });
    expect(r.failed, r.log).toBe(false);
    expect(r.outputs.status).toBe('deployed');
    const pinned = await digests(tag.slice(1));
    expect(JSON.parse(r.outputs.images ?? '{}')).toEqual(pinned);
    for (const key of KEYS)
      expect(k.kn('get', 'deployment', key, '-o', 'jsonpath={.spec.template.spec.containers[0].image}')).toBe(
        pinned[key],
      );
    expect(k.kn('get', 'secrets', '-l', `gantry.stack=${stack}`, '-o', 'name').split('\n')).toHaveLength(1);
    expectNoSecretValues(withoutMaskCommands(r.log), [TOKEN]);
  });
});
