import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startDeploymentsApi } from '../helpers/deployments-api.ts';
import { type BundleRun, runActionBundle } from '../helpers/run-action-bundle.ts';
import { kubernetesGate } from './helpers/kubernetes-gate.ts';

// The deploy-k8s bundle, run as GitHub runs it, against the real single-node Kubernetes 1.20
// cluster of sandbox/k8s/ and the Swarm sandbox's authenticated registry (images pinned by digest,
// pulled with an image pull secret). Without the cluster the tests skip with the reason printed,
// except with CI=true, where a missing cluster fails the run.

const root = path.resolve(import.meta.dirname, '../..');
const K8S_STATUS = path.join(root, 'sandbox/k8s/status.sh');
const K8S_UP = path.join(root, 'sandbox/k8s/up.sh');
const manifests = path.join(root, 'test/fixtures/kubernetes-manifests/app');

/** Finds the cluster: status.sh must exit 0; KUBECONFIG from the environment or up.sh's last line. */
function findCluster(): { kubeconfig: string } | { reason: string } {
  if (!existsSync(K8S_STATUS))
    return { reason: `${path.relative(root, K8S_STATUS)} does not exist (issue 4)` };
  try {
    execFileSync('bash', [K8S_STATUS], { stdio: 'ignore', timeout: 60_000 });
  } catch {
    return { reason: 'sandbox/k8s/status.sh says the cluster is not up (run sandbox/k8s/up.sh)' };
  }
  let file = process.env.KUBECONFIG ?? '';
  if (file === '' || !existsSync(file)) {
    const out = execFileSync('bash', [K8S_UP], { encoding: 'utf8', timeout: 600_000 }).trim().split('\n');
    file = (out.at(-1) ?? '').replace(/^KUBECONFIG=/, '');
  }
  if (!existsSync(file)) return { reason: `no kubeconfig at ${JSON.stringify(file)}` };
  return { kubeconfig: file };
}

const swarmUnavailable = inject('gantrySandboxUnavailable');
const cluster = swarmUnavailable
  ? { reason: `the registry sandbox is unavailable: ${swarmUnavailable}` }
  : findCluster();
const { skipReason, mustFail } = kubernetesGate(
  'reason' in cluster ? cluster.reason : undefined,
  'the Kubernetes deploy tests',
);

describe.runIf(mustFail)('deploy-k8s e2e under CI', () => {
  it('needs the Kubernetes sandbox', () => {
    throw new Error(`CI=true and the Kubernetes sandbox is not usable: ${skipReason}`);
  });
});

describe.skipIf(skipReason !== undefined)('dist/deploy-k8s on the real cluster', () => {
  const kubeconfigFile = 'kubeconfig' in cluster ? cluster.kubeconfig : '';
  const namespace = `gantry-e2e-${Math.random().toString(36).slice(2, 7)}`;
  const env = (key: string): string => {
    const value = process.env[key];
    if (!value) throw new Error(`${key} is not set: is the sandbox up?`);
    return value;
  };
  const kubectl = (...args: string[]): string =>
    execFileSync('kubectl', ['--kubeconfig', kubeconfigFile, '--namespace', namespace, ...args], {
      encoding: 'utf8',
      timeout: 120_000,
    }).trim();
  const getJson = <T>(...args: string[]): T => JSON.parse(kubectl('get', ...args, '-o', 'json')) as T;
  const digests: Record<string, string> = {};

  beforeAll(async () => {
    const registry = env('GANTRY_REGISTRY');
    const user = env('GANTRY_REGISTRY_USER');
    const password = readFileSync(env('GANTRY_REGISTRY_PASSWORD_FILE'), 'utf8').trim();
    for (const tag of ['v1', 'v2', 'broken']) {
      const response = await fetch(`http://${registry}/v2/gantry/app/manifests/${tag}`, {
        headers: {
          authorization: `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`,
          accept: 'application/vnd.docker.distribution.manifest.v2+json',
        },
      });
      const digest = response.headers.get('docker-content-digest');
      if (!response.ok || digest === null)
        throw new Error(`no digest for gantry/app:${tag} (${response.status})`);
      digests[tag] = `${env('GANTRY_APP_IMAGE')}@${digest}`;
    }
    execFileSync('kubectl', ['--kubeconfig', kubeconfigFile, 'create', 'namespace', namespace]);
    kubectl(
      'create',
      'secret',
      'docker-registry',
      'regcred',
      `--docker-server=${registry}`,
      `--docker-username=${user}`,
      `--docker-password=${password}`,
    );
    kubectl('create', 'secret', 'generic', 'web-token-v1', '--from-literal=token=t0k3n-v1');
  }, 180_000);

  afterAll(() => {
    if (kubeconfigFile !== '')
      execFileSync(
        'kubectl',
        ['--kubeconfig', kubeconfigFile, 'delete', 'namespace', namespace, '--wait=false'],
        {
          stdio: 'ignore',
        },
      );
  });

  const deploy = (tag: string, release: string, inputs: Record<string, string> = {}): Promise<BundleRun> =>
    runActionBundle('deploy-k8s', {
      inputs: {
        kubeconfig: readFileSync(kubeconfigFile, 'utf8'),
        namespace,
        manifests,
        images: `${env('GANTRY_APP_IMAGE')}=${digests[tag]}`,
        env: [
          'APP_NAME=web',
          'SECRET_NAME=web-token-v1',
          'PULL_SECRET=regcred',
          `RELEASE=${release}`,
          'READY_PATH=/health',
          'PROGRESS_DEADLINE=15',
        ].join('\n'),
        timeout: '3m',
        ...inputs,
      },
      timeoutMs: 300_000,
    });

  interface Deployment {
    metadata: {
      annotations: Record<string, string>;
      resourceVersion: string;
      managedFields: Array<{ manager: string; operation: string }>;
    };
    spec: {
      template: {
        metadata: { annotations?: Record<string, string> };
        spec: { containers: Array<{ image: string }> };
      };
    };
  }
  interface PodList {
    items: Array<{
      metadata: { name: string; deletionTimestamp?: string };
      spec: { containers: Array<{ image: string }> };
      status: { podIP?: string; conditions?: Array<{ type: string; status: string }> };
    }>;
  }
  const readyPods = () =>
    getJson<PodList>('pods', '-l', 'app=web').items.filter(
      (p) =>
        !p.metadata.deletionTimestamp &&
        p.status.conditions?.some((c) => c.type === 'Ready' && c.status === 'True'),
    );
  const health = async (ip: string) => (await fetch(`http://${ip}:8080/health`)).json();

  it('applies a Deployment and a Service server-side, pinned by digest, with the secret name substituted', async () => {
    // The kubeconfig as base64, the way it is usually stored as a secret.
    const run = await deploy('v1', 'r1', {
      kubeconfig: Buffer.from(readFileSync(kubeconfigFile)).toString('base64'),
    });
    expect(run.stdout).toContain('kubectl apply --server-side');
    expect(run.exitCode, run.stdout).toBe(0);
    expect(run.outputs.status).toBe('deployed');
    const workloads = JSON.parse(run.outputs.workloads ?? '[]');
    expect(workloads).toEqual([
      expect.objectContaining({
        kind: 'Deployment',
        name: 'web',
        namespace,
        change: 'create',
        state: 'ready',
      }),
    ]);
    // kubectl 1.21+ leaves managedFields out of `get` unless asked.
    const live = getJson<Deployment>('deployment', 'web', '--show-managed-fields');
    expect(live.spec.template.spec.containers[0]?.image).toBe(digests.v1);
    expect(live.metadata.annotations).toMatchObject({
      'gantry.dev/run-url': 'https://github.com/acme/shop/actions/runs/4242/attempts/1',
      'gantry.dev/commit': '0123456789abcdef0123456789abcdef01234567',
      'gantry.dev/ref': 'refs/heads/main',
      'gantry.dev/actor': 'octocat',
      'gantry.dev/workflow': 'release',
    });
    expect(live.spec.template.metadata.annotations ?? {}).not.toHaveProperty('gantry.dev/run-url');
    expect(live.metadata.managedFields).toContainEqual(
      expect.objectContaining({ manager: 'gantry', operation: 'Apply' }),
    );
    kubectl('get', 'service', 'web');
    const pods = readyPods();
    expect(pods).toHaveLength(1);
    expect(await health(pods[0]?.status.podIP ?? '')).toEqual({ status: 'healthy', version: 'r1' });
    expect(run.summary).toContain('Deployment/web');
    expect(readdirLeftovers(run)).toEqual([]);
  });

  it('a dry run prints the plan and changes nothing', async () => {
    const before = getJson<Deployment>('deployment', 'web').metadata.resourceVersion;
    const run = await deploy('v2', 'r2', { 'dry-run': 'true' });
    expect(run.exitCode, run.stdout).toBe(0);
    expect(run.stdout).toContain('--dry-run=server');
    expect(run.stdout).toMatch(/rollout\s+Deployment\/web .*web=.*@sha256:.* -> .*web=.*@sha256:/);
    expect(run.summary).toContain('dry run: nothing changed');
    expect(getJson<Deployment>('deployment', 'web').metadata.resourceVersion).toBe(before);
  });

  it('a revision whose readiness probe fails is undone; the previous ReplicaSet serves again', async () => {
    const run = await deploy('broken', 'r3');
    const log = run.stdout.replace(/^::add-mask::.*$/gm, '').slice(-4000);
    expect(run.exitCode, log).toBe(1);
    expect(run.outputs.status, log).toBe('rolled-back');
    expect(run.stdout).toContain('exceeded its progress deadline');
    expect(run.stdout).toContain('kubectl describe deployment/web');
    expect(run.stdout).toContain('Recent events:');
    expect(run.stdout).toMatch(/Last log lines \(kubectl logs web-/);
    expect(run.stdout).toContain('rollout undo deployment/web');
    expect(run.stdout).toContain('::error::');
    expect(JSON.parse(run.outputs.workloads ?? '[]')).toEqual([
      expect.objectContaining({ name: 'web', change: 'rollout', state: 'rolled-back' }),
    ]);
    const live = getJson<Deployment>('deployment', 'web');
    expect(live.spec.template.spec.containers[0]?.image).toBe(digests.v1);
    const pods = readyPods();
    expect(pods.length).toBeGreaterThan(0);
    for (const pod of pods) {
      expect(pod.spec.containers[0]?.image).toBe(digests.v1);
      expect(await health(pod.status.podIP ?? '')).toEqual({ status: 'healthy', version: 'r1' });
    }
    expect(run.summary).toContain('rolled-back');
  });

  it('records a GitHub deployment for environment: in_progress, then success (OpenAPI-checked API), token masked', async () => {
    const { github, states, environments } = await startDeploymentsApi('ghs_k8s-e2e-token');
    try {
      const run = await runActionBundle('deploy-k8s', {
        inputs: {
          kubeconfig: readFileSync(kubeconfigFile, 'utf8'),
          namespace,
          manifests,
          images: `${env('GANTRY_APP_IMAGE')}=${digests.v1}`,
          env: 'APP_NAME=web\nSECRET_NAME=web-token-v1\nPULL_SECRET=regcred\nRELEASE=r1\nREADY_PATH=/health\nPROGRESS_DEADLINE=15',
          timeout: '3m',
          environment: 'staging',
          'environment-url': 'https://staging.example.com/',
          'github-token': 'ghs_k8s-e2e-token',
        },
        env: { GITHUB_API_URL: github.url },
        timeoutMs: 300_000,
      });
      expect(run.exitCode, run.stdout.slice(-2000)).toBe(0);
      expect(github.violations).toEqual([]);
      expect(github.requests.map((r) => r.operationId)).toEqual([
        'repos/create-deployment',
        'repos/create-deployment-status',
        'repos/create-deployment-status',
      ]);
      expect(environments).toEqual(['staging']);
      expect(states).toEqual(['in_progress', 'success']);
      expect(run.stdout).toContain('::add-mask::ghs_k8s-e2e-token');
      expect(run.stdout.replace(/^::add-mask::.*$/gm, '')).not.toContain('ghs_k8s-e2e-token');
    } finally {
      await github.close();
    }
  });

  const readdirLeftovers = (run: BundleRun): string[] =>
    execFileSync('ls', ['-A', run.runnerTemp], { encoding: 'utf8' })
      .split('\n')
      .filter((n) => n.startsWith('gantry-kube-'));
});
