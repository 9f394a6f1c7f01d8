import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_TRIVY_VERSION } from '../../src/core/scan/install.ts';
import { type CompositeRun, runComposite } from '../helpers/composite-runner.ts';
import { runnerEnv } from '../helpers/run-action-bundle.ts';
import { trivyStandIn } from '../helpers/trivy-stand-in.ts';
import { sandboxClusterFor } from './helpers/kubernetes-cluster.ts';
import { useSandboxNamespace } from './helpers/kubernetes-fixture.ts';
import { webDeployment } from './helpers/kubernetes-manifests.ts';
import { expectNoSecretValues, withoutMaskCommands } from './helpers/no-secret-output.ts';
import { type SandboxEnv, sandboxEnv, sandboxUnavailable } from './helpers/sandbox-env.ts';

// The root action.yml itself, its steps run as the runner runs a composite (expressions, `if:`s, env:,
// GITHUB_OUTPUT/GITHUB_ENV; helpers/composite-runner.ts) with `target: kubernetes` and app-secrets:
// a real classic `docker build` + push to the sandbox registry, the secrets bundle creating an immutable
// Secret on the sandbox's real v1.20 cluster, deploy-k8s with that Secret's name substituted from the
// secrets stage's `env` output, prune-secrets, and the cleanup post runner. Twice, the second time
// with a rotated value: a new Secret, the Deployment moved to it, the old one protected by the
// ReplicaSet kept for rollback. The scan stage is off there (no Trivy here); one run turns it on
// with a Trivy stand-in to show the gate stops the release before the secrets and the deploy.
// What stops the release before the build needs no sandbox: test/unit/workflows/root-action.test.ts.

const root = path.resolve(import.meta.dirname, '../..');
const appDir = path.join(root, 'sandbox/images/app');
const sandboxSkip = sandboxUnavailable();
const { kubeconfig: kubeconfigFile, skipReason } = sandboxClusterFor(
  'root action on Kubernetes',
  'the root action on Kubernetes',
  sandboxSkip,
);

const rand = () => Math.random().toString(36).slice(2, 8);
const stack = `root-${rand().slice(0, 4)}`;
const namespace = `gantry-root-${rand()}`;
const TOKENS = [`tok-${rand()}${rand()}`, `tok-${rand()}${rand()}`];

describe.skipIf(skipReason !== undefined)('root action.yml, target kubernetes, with app-secrets', () => {
  let env: SandboxEnv;
  let password: string;
  let image: string;
  const runs: CompositeRun[] = [];
  const { k, work: workspace } = useSandboxNamespace({
    kubeconfig: kubeconfigFile,
    namespace,
    workPrefix: 'gantry-root-ws-',
  });
  const { kn: kubectl } = k;

  const manifest = (img: string) =>
    webDeployment({
      replicas: 1,
      spec: ['revisionHistoryLimit: 2'],
      image: `${img}:latest`,
      container: [
        'env:',
        '  - name: APP_VERSION',
        '    value: "${RELEASE}"',
        '  - name: APP_TOKEN',
        '    valueFrom: { secretKeyRef: { name: "${APP_TOKEN_SECRET}", key: APP_TOKEN } }',
        'readinessProbe: { httpGet: { path: /health, port: 8080 }, periodSeconds: 1 }',
      ],
    });

  const release = (tag: string, inputs: Record<string, string>, extraEnv: Record<string, string> = {}) => {
    const runnerTemp = mkdtempSync(path.join(tmpdir(), 'gantry-root-temp-'));
    const summary = path.join(runnerTemp, '..', `${path.basename(runnerTemp)}-summary.md`);
    writeFileSync(summary, '');
    const run = runComposite(
      root,
      {
        image,
        target: 'kubernetes',
        // The app's folder inside the job's workspace, as a checkout has it: an action reads only
        // the job's files (GITHUB_WORKSPACE and RUNNER_TEMP).
        context: path.join(workspace, 'app'),
        'build-args': `VERSION=${tag}`,
        'registry-username': env.registryUser,
        'registry-password': password,
        scan: 'false',
        kubeconfig: Buffer.from(readFileSync(kubeconfigFile)).toString('base64'),
        namespace,
        manifests: 'k8s/',
        stack,
        'keep-secrets': '1',
        timeout: '3m',
        ...inputs,
      },
      {
        ...runnerEnv(runnerTemp, workspace),
        GITHUB_SHA: 'abcdef0123456789abcdef0123456789abcdef01',
        GITHUB_REF: `refs/tags/${tag}`,
        GITHUB_EVENT_NAME: 'push',
        GITHUB_TOKEN: 'not-a-real-token',
        GITHUB_STEP_SUMMARY: summary,
        ...extraEnv,
      },
    );
    runs.push(run);
    return { run, runnerTemp };
  };
  const step = (run: CompositeRun, id: string) => run.steps.find((s) => s.id === id);
  const outcomes = (run: CompositeRun) => Object.fromEntries(run.steps.map((s) => [s.id, s.outcome]));
  const secretRef = () =>
    kubectl(
      'get',
      'deployment/web',
      '-o',
      'jsonpath={.spec.template.spec.containers[0].env[?(@.name=="APP_TOKEN")].valueFrom.secretKeyRef.name}',
    );

  beforeAll(() => {
    env = sandboxEnv();
    password = readFileSync(env.registryPasswordFile, 'utf8').trim();
    image = `${env.registry}/gantry/root-k8s-${rand()}`;
    cpSync(appDir, path.join(workspace, 'app'), { recursive: true });
    mkdirSync(path.join(workspace, 'k8s'));
    writeFileSync(path.join(workspace, 'k8s/app.yaml'), manifest(image));
  }, 120_000);

  afterAll(() => {
    const local = spawnSync('docker', ['images', '--format', '{{.Repository}}:{{.Tag}}', image], {
      encoding: 'utf8',
    });
    for (const ref of (local.stdout ?? '').split('\n').filter(Boolean))
      spawnSync('docker', ['rmi', ref], { stdio: 'ignore' });
  });

  it('scan on (its defaults): a CRITICAL finding fails the gate after the build, and nothing is deployed', () => {
    // No Trivy can run here: a stand-in at the pinned version writes a real Trivy report.
    const bin = mkdtempSync(path.join(tmpdir(), 'gantry-trivy-bin-'));
    writeFileSync(path.join(bin, 'trivy'), trivyStandIn(DEFAULT_TRIVY_VERSION), { mode: 0o755 });
    const argv = path.join(bin, 'argv.txt');
    const { run } = release(
      'v0.9.0',
      { scan: 'true', 'app-secrets': `APP_TOKEN=${TOKENS[0]}` },
      {
        PATH: `${bin}:${process.env.PATH ?? ''}`,
        FAKE_TRIVY_ARGV: argv,
        FAKE_TRIVY_REPORT: path.join(root, 'test/fixtures/trivy/alpine-39.json.golden'),
      },
    );
    expect(run.failed).toBe(true);
    expect(outcomes(run)).toMatchObject({
      build: 'success',
      scan: 'failure',
      'secrets-kubernetes': 'skipped',
      kubernetes: 'skipped',
      'prune-kubernetes': 'skipped',
    });
    const scan = step(run, 'scan');
    expect(scan?.stdout).toContain(`Using trivy ${DEFAULT_TRIVY_VERSION} from PATH`);
    expect(scan?.stdout).toMatch(/::error::.*CRITICAL/);
    // The image the build pushed, pinned by digest; the action.yml defaults for scanners and severity.
    const args = readFileSync(argv, 'utf8').split('\n');
    expect(args).toContain(step(run, 'build')?.outputs['image-ref']);
    expect(args[args.indexOf('--scanners') + 1]).toBe('vuln,secret,misconfig');
    expect(kubectl('get', 'deployments,secrets', '-l', `gantry.stack=${stack}`, '-o', 'name')).toBe('');
    expect(kubectl('get', 'deployments', '-o', 'name')).toBe('');
  });

  let firstSecret = '';
  it('release 1: builds, creates the Secret, deploys with its name substituted, prunes, cleans up', () => {
    const { run, runnerTemp } = release('v1.0.0', {
      'app-secrets': `APP_TOKEN=${TOKENS[0]}`,
      env: 'RELEASE=r1',
    });
    expect(run.failed, run.log).toBe(false);
    expect(outcomes(run)).toMatchObject({
      init: 'success',
      build: 'success',
      scan: 'skipped',
      plan: 'success',
      'secrets-swarm': 'skipped',
      'secrets-kubernetes': 'success',
      swarm: 'skipped',
      kubernetes: 'success',
      'prune-swarm': 'skipped',
      'prune-kubernetes': 'success',
      cleanup: 'success',
    });
    expect(run.outputs.status).toBe('deployed');
    expect(run.outputs['image-ref']).toMatch(new RegExp(`^${image}@sha256:[0-9a-f]{64}$`));
    const secretsEnv = step(run, 'secrets-kubernetes')?.outputs.env ?? '';
    expect(secretsEnv).toMatch(new RegExp(`^APP_TOKEN_SECRET=${stack}-app-token-[0-9a-f]{12}$`));
    firstSecret = secretsEnv.split('=')[1] as string;
    // The Secret is immutable, holds the key APP_TOKEN, and the Deployment (pinned by digest) uses it.
    const secret = JSON.parse(kubectl('get', 'secret', firstSecret, '-o', 'json')) as {
      immutable: boolean;
      data: Record<string, string>;
    };
    expect(secret.immutable).toBe(true);
    expect(Buffer.from(secret.data.APP_TOKEN ?? '', 'base64').toString()).toBe(TOKENS[0]);
    expect(secretRef()).toBe(firstSecret);
    expect(kubectl('get', 'deployment/web', '-o', 'jsonpath={.spec.template.spec.containers[0].image}')).toBe(
      run.outputs['image-ref'],
    );
    expect(JSON.parse(step(run, 'prune-kubernetes')?.outputs.kept ?? '[]')).toEqual([
      expect.objectContaining({ name: firstSecret }),
    ]);
    // Every post ran from its state file: no kubeconfig, docker config or state folder is left.
    expect(readdirSync(runnerTemp).filter((f) => !f.endsWith('-summary.md'))).toEqual([]);
  }, 420_000);

  it('release 2: a rotated value gets a new Secret; the old one stays, protected by the rollback ReplicaSet', () => {
    const { run } = release('v1.0.1', { 'app-secrets': `APP_TOKEN=${TOKENS[1]}`, env: 'RELEASE=r2' });
    expect(run.failed, run.log).toBe(false);
    expect(run.outputs.status).toBe('deployed');
    const second = (step(run, 'secrets-kubernetes')?.outputs.env ?? '').split('=')[1] as string;
    expect(second).not.toBe(firstSecret);
    expect(secretRef()).toBe(second);
    const prune = step(run, 'prune-kubernetes')?.outputs ?? {};
    expect(JSON.parse(prune.pruned ?? '')).toEqual([]);
    expect(JSON.parse(prune.protected ?? '')).toEqual([
      expect.objectContaining({ name: firstSecret, reason: expect.stringMatching(/ReplicaSet/) }),
    ]);
    expect(kubectl('get', 'secrets', '-l', `gantry.stack=${stack}`, '-o', 'name').split('\n').sort()).toEqual(
      [`secret/${firstSecret}`, `secret/${second}`].sort(),
    );
  }, 420_000);

  it('no secret value appears in any step’s output (apart from the mask commands)', () => {
    expect(runs.length).toBe(3);
    expectNoSecretValues(runs.map((r) => withoutMaskCommands(r.log)).join('\n'), [...TOKENS, password]);
  });
});
