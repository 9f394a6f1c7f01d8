import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDeploymentsApi } from '../helpers/deployments-api.ts';
import type { BundleRun } from '../helpers/run-action-bundle.ts';
import { appManifestEnv, runDeployK8s } from './helpers/deploy-k8s-bundle.ts';
import { kubectlFor } from './helpers/kubectl.ts';
import { registryUnavailable, sandboxClusterFor } from './helpers/kubernetes-cluster.ts';
import { createNamespace, deleteNamespace } from './helpers/kubernetes-namespace.ts';
import { withoutMaskCommands } from './helpers/no-secret-output.ts';
import { sandboxAppRefs, sandboxPullSecret } from './helpers/registry-digest.ts';

// The deploy-k8s bundle, run as GitHub runs it, against the real single-node Kubernetes 1.20
// cluster of sandbox/k8s/ and the Swarm sandbox's authenticated registry (images pinned by digest,
// pulled with an image pull secret). Without the cluster the tests skip with the reason printed,
// except under CI, where a missing cluster fails the run.

const root = path.resolve(import.meta.dirname, '../..');
const manifests = path.join(root, 'test/fixtures/kubernetes-manifests/app');

const { kubeconfig: kubeconfigFile, skipReason } = sandboxClusterFor(
  'deploy-k8s e2e',
  'the Kubernetes deploy tests',
  registryUnavailable(),
);

describe.skipIf(skipReason !== undefined)('dist/deploy-k8s on the real cluster', () => {
  const namespace = `gantry-e2e-${Math.random().toString(36).slice(2, 7)}`;
  const k = kubectlFor(kubeconfigFile, namespace);
  const { kn: kubectl } = k;
  const getJson = <T>(...args: string[]): T => JSON.parse(kubectl('get', ...args, '-o', 'json')) as T;
  const digests: Record<string, string> = {};

  beforeAll(async () => {
    Object.assign(digests, await sandboxAppRefs(['v1', 'v2', 'broken']));
    await createNamespace(k, sandboxPullSecret('regcred'));
    kubectl('create', 'secret', 'generic', 'web-token-v1', '--from-literal=token=t0k3n-v1');
  }, 180_000);

  afterAll(() => deleteNamespace(k));

  const deploy = (tag: string, release: string, inputs: Record<string, string> = {}): Promise<BundleRun> =>
    runDeployK8s({
      kubeconfigFile,
      namespace,
      manifests,
      image: digests[tag],
      env: appManifestEnv(release, 15),
      inputs,
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
    const log = withoutMaskCommands(run.stdout).slice(-4000);
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

  it('an apply refused part-way (a quota the objects before used up) undoes what it had rolled out', async () => {
    // The dry run checks each object against the quota as it stands, so both ConfigMaps pass it; the
    // real apply goes in order: the Deployment rolls out, cm-a takes the last count, cm-b is refused.
    const extra = path.join(mkdtempSync(path.join(tmpdir(), 'gantry-e2e-quota-')), 'configmaps.yaml');
    writeFileSync(
      extra,
      ['a', 'b']
        .map(
          (n) => `---\napiVersion: v1\nkind: ConfigMap\nmetadata: { name: cm-${n} }\ndata: { n: "${n}" }\n`,
        )
        .join(''),
    );
    const existing = kubectl('get', 'configmaps', '-o', 'name').split('\n').filter(Boolean).length;
    kubectl('create', 'quota', 'cm-quota', `--hard=count/configmaps=${existing + 1}`);
    try {
      // Quota admission enforces a quota only once its controller has counted the usage.
      for (
        let i = 0;
        i < 60 && kubectl('get', 'quota', 'cm-quota', '-o', 'jsonpath={.status.used}') === '';
        i++
      )
        await new Promise((r) => setTimeout(r, 500));
      const before = getJson<Deployment>('deployment', 'web').spec.template.spec.containers[0]?.image;
      expect(before).toBe(digests.v1);
      const run = await deploy('v2', 'r4', { manifests: `${manifests}\n${extra}` });
      const log = withoutMaskCommands(run.stdout).slice(-4000);
      expect(run.exitCode, log).toBe(1);
      expect(run.stdout).toContain('--dry-run=server');
      expect(run.outputs.status, log).toBe('rolled-back');
      expect(run.outputs.message).toMatch(
        /^kubectl apply failed part-way: .*exceeded quota: cm-quota.*Rolled back deployment\/web/,
      );
      expect(JSON.parse(run.outputs.workloads ?? '[]')).toEqual([
        expect.objectContaining({ name: 'web', change: 'rollout', state: 'rolled-back' }),
      ]);
      expect(getJson<Deployment>('deployment', 'web').spec.template.spec.containers[0]?.image).toBe(
        digests.v1,
      );
      const pods = readyPods();
      expect(pods.length).toBeGreaterThan(0);
      for (const pod of pods) expect(pod.spec.containers[0]?.image).toBe(digests.v1);
      expect(k.knTry(['get', 'configmap', 'cm-b']).status).not.toBe(0);
    } finally {
      kubectl('delete', 'quota', 'cm-quota');
      kubectl('delete', 'configmap', 'cm-a', '--ignore-not-found');
    }
  });

  it('records a GitHub deployment for environment: in_progress, then success (OpenAPI-checked API), token masked', async () => {
    const { github, states, environments } = await startDeploymentsApi('ghs_k8s-e2e-token');
    try {
      const run = await runDeployK8s({
        kubeconfigFile,
        namespace,
        manifests,
        image: digests.v1,
        env: appManifestEnv('r1', 15),
        inputs: {
          environment: 'staging',
          'environment-url': 'https://staging.example.com/',
          'github-token': 'ghs_k8s-e2e-token',
        },
        options: { env: { GITHUB_API_URL: github.url } },
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
      expect(withoutMaskCommands(run.stdout)).not.toContain('ghs_k8s-e2e-token');
    } finally {
      await github.close();
    }
  });

  const readdirLeftovers = (run: BundleRun): string[] =>
    execFileSync('ls', ['-A', run.runnerTemp], { encoding: 'utf8' })
      .split('\n')
      .filter((n) => n.startsWith('gantry-kube-'));
});
