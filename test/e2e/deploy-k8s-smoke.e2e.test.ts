import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BundleRun } from '../helpers/run-action-bundle.ts';
import { runDeployK8s } from './helpers/deploy-k8s-bundle.ts';
import { freePort } from './helpers/free-port.ts';
import { kubectlFor } from './helpers/kubectl.ts';
import { registryUnavailable, sandboxClusterFor } from './helpers/kubernetes-cluster.ts';
import { createNamespace, deleteNamespace } from './helpers/kubernetes-namespace.ts';
import { withoutMaskCommands } from './helpers/no-secret-output.ts';
import { sandboxAppRefs, sandboxPullSecret } from './helpers/registry-digest.ts';

// The smoke check after a Kubernetes rollout, for real: the deploy-k8s bundle rolls out a
// Deployment on the node's network (so its URL, http://127.0.0.1:PORT, is known before the
// deploy), then checks /health. A revision that passes its readiness probe but fails the smoke
// check is undone, and the previous revision answers again on the same URL.

const root = path.resolve(import.meta.dirname, '../..');
const manifests = path.join(root, 'test/fixtures/kubernetes-manifests/smoke');

const { kubeconfig: kubeconfigFile, skipReason } = sandboxClusterFor(
  'deploy-k8s smoke e2e',
  'the Kubernetes smoke tests',
  registryUnavailable(),
);

describe.skipIf(skipReason !== undefined)('dist/deploy-k8s smoke check on the real cluster', () => {
  const namespace = `gantry-e2e-smoke-${Math.random().toString(36).slice(2, 7)}`;
  const k = kubectlFor(kubeconfigFile, namespace);
  const digests: Record<string, string> = {};
  let port = 0;
  let url = '';

  beforeAll(async () => {
    Object.assign(digests, await sandboxAppRefs(['v1', 'broken']));
    port = await freePort();
    url = `http://127.0.0.1:${port}/health`;
    await createNamespace(k, sandboxPullSecret('regcred'));
  }, 180_000);

  afterAll(() => deleteNamespace(k));

  const deploy = (tag: string, release: string): Promise<BundleRun> =>
    runDeployK8s({
      kubeconfigFile,
      namespace,
      manifests,
      image: digests[tag],
      env: ['APP_NAME=hostweb', 'PULL_SECRET=regcred', `RELEASE=${release}`, `PORT=${port}`],
      inputs: {
        'smoke-urls': url,
        'smoke-expect-status': '200',
        'smoke-expect-json': '{"status":"healthy"}',
        'smoke-timeout': '15s',
      },
    });
  const health = async () => {
    const response = await fetch(url);
    return { status: response.status, body: await response.json() };
  };
  const log = (run: BundleRun) => withoutMaskCommands(run.stdout).slice(-4000);

  it('a rollout whose smoke check passes is deployed', async () => {
    const run = await deploy('v1', 'r1');
    expect(run.exitCode, log(run)).toBe(0);
    expect(run.outputs.status).toBe('deployed');
    expect(run.stdout).toContain(url);
    expect(await health()).toEqual({ status: 200, body: { status: 'healthy', version: 'r1' } });
  });

  it('a Ready revision that fails the smoke check is undone, and the previous one answers again', async () => {
    const run = await deploy('broken', 'r2');
    expect(run.exitCode, log(run)).toBe(1);
    expect(run.outputs.status, log(run)).toBe('rolled-back');
    expect(run.stdout).toContain('rollout undo deployment/hostweb');
    expect(run.stdout).toMatch(/503/);
    expect(JSON.parse(run.outputs.workloads ?? '[]')).toEqual([
      expect.objectContaining({ name: 'hostweb', change: 'rollout', state: 'rolled-back' }),
    ]);
    const live = JSON.parse(k.kn('get', 'deployment', 'hostweb', '-o', 'json')) as {
      spec: { template: { spec: { containers: Array<{ image: string }> } } };
    };
    expect(live.spec.template.spec.containers[0]?.image).toBe(digests.v1);
    // The undo waited for the rollout, so the previous revision serves the smoke URL now.
    expect(await health()).toEqual({ status: 200, body: { status: 'healthy', version: 'r1' } });
  });
});
