import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { startDeploymentsApi } from '../helpers/deployments-api.ts';
import { type BundleRun, runActionBundle } from '../helpers/run-action-bundle.ts';
import { registryUnavailable, sandboxClusterFor } from './helpers/kubernetes-cluster.ts';
import { useSandboxNamespace } from './helpers/kubernetes-fixture.ts';
import { servesOn, webDeployment } from './helpers/kubernetes-manifests.ts';
import { sandboxAppRefs } from './helpers/registry-digest.ts';
import { describeCounts, requestTimes, untilAnswered } from './helpers/request-loop.ts';

// The deploy-k8s BUNDLE's blue-green and canary paths, run as GitHub's runner runs them (action.yml
// defaults, INPUT_*, GITHUB_OUTPUT/STATE, then post) on the sandbox's real v1.20 cluster, whose
// Services route (kube-proxy): the Services are reached by their ClusterIP from the host.
//
// Blue-green (Deployment web, Service web): v1 deploys blue; v2 deploys green and switches the Service
// (live-color=green, previous-color=blue); `switch: back` moves it back to blue, nothing deployed.
// Canary (Deployment api, Service api, its URL the smoke check): v1 is a rolling release; v2 with
// `strategy: canary`, `canary-duration: manual` leaves api-canary running (output `canary`);
// `switch: promote` gives api v2's spec and removes the canary: only v2 answers through the Service.

const { kubeconfig, skipReason } = sandboxClusterFor(
  'the deploy-k8s action strategies',
  'the deploy-k8s blue-green and canary action tests',
  registryUnavailable(),
);
const namespace = `mendb-${Math.random().toString(36).slice(2, 8)}`;

/** A Deployment of the sandbox app (its image `${APP_IMAGE}`, from the env input), Ready on /version. */
const app = (name: string) =>
  webDeployment({ name, replicas: 1, image: '${APP_IMAGE}', container: servesOn('/version') });

/** The app's Deployment `name` and its Service of the same name. */
const withService = (name: string) => `${app(name)}---
apiVersion: v1
kind: Service
metadata: { name: ${name} }
spec:
  selector: { app: ${name} }
  ports: [{ port: 80, targetPort: 8080 }]
`;

describe.skipIf(skipReason !== undefined)('deploy-k8s blue-green and canary on the sandbox cluster', () => {
  const { k, work } = useSandboxNamespace({
    kubeconfig,
    namespace,
    workPrefix: 'gantry-e2e-mendb-',
    files: { 'blue-green.yaml': withService('web'), 'canary.yaml': withService('api') },
  });
  const refs: Record<string, string> = {};
  beforeAll(async () => {
    Object.assign(refs, await sandboxAppRefs(['v1', 'v2']));
  }, 60_000);

  /** The bundle with the connection inputs; `inputs` adds the strategy's. */
  const action = (inputs: Record<string, string>, env: Record<string, string> = {}): Promise<BundleRun> =>
    runActionBundle('deploy-k8s', {
      inputs: { kubeconfig: readFileSync(kubeconfig, 'utf8'), namespace, timeout: '2m', ...inputs },
      timeoutMs: 240_000,
      env,
    });
  /** A deploy of `manifests` with the sandbox app's image `tag`, pinned by digest. */
  const deploy = (
    manifests: string,
    tag: string,
    inputs: Record<string, string>,
    env: Record<string, string> = {},
  ) => action({ manifests: path.join(work, manifests), env: `APP_IMAGE=${refs[tag]}`, ...inputs }, env);
  const outputs = (run: BundleRun, names: string[]) => names.map((name) => run.outputs[name]);
  const serviceUrl = (name: string) =>
    `http://${k.kn('get', 'service', name, '-o', 'jsonpath={.spec.clusterIP}')}`;
  /** The namespace's Deployments of one app (both flows share the namespace). */
  const deployments = (app: 'web' | 'api') =>
    k
      .kn('get', 'deployments', '-o', 'jsonpath={.items[*].metadata.name}')
      .split(' ')
      .filter((d) => d === app || d.startsWith(`${app}-`))
      .sort();
  /**
   * 20 requests in a row through the Service answer only `version`: at once (`settle` 0), or within
   * `settle` more rounds (kube-proxy follows a selector switch within a second or two).
   */
  const answersOnly = async (url: string, version: string, settle = 40) => {
    await untilAnswered(`${url}/version`);
    let counts = await requestTimes(`${url}/version`, 20);
    for (let round = 0; round < settle && !isOnly(counts.bodies, version, counts.failures); round += 1) {
      await new Promise((r) => setTimeout(r, 250));
      counts = await requestTimes(`${url}/version`, 20);
    }
    expect(counts.failures, describeCounts(counts)).toEqual([]);
    expect([...counts.bodies.keys()], describeCounts(counts)).toEqual([version]);
  };

  describe('strategy: blue-green', () => {
    const blueGreen = { strategy: 'blue-green', service: 'web' };
    const colors = ['status', 'live-color', 'previous-color'];
    const selector = () => k.kn('get', 'service', 'web', '-o', 'jsonpath={.spec.selector.gantry\\.color}');

    it('deploys blue, then green beside it and switches the Service: live-color=green, previous-color=blue', async () => {
      const first = await deploy('blue-green.yaml', 'v1', blueGreen);
      expect(first.exitCode, first.stdout + first.stderr).toBe(0);
      expect(outputs(first, colors)).toEqual(['deployed', 'blue', '']);
      const url = serviceUrl('web');
      await answersOnly(url, 'v1');

      // With environment, the deploy is recorded as a GitHub deployment (OpenAPI-checked loopback API).
      const { github, states, environments } = await startDeploymentsApi('ghs_bg-e2e-token');
      const second = await deploy(
        'blue-green.yaml',
        'v2',
        { ...blueGreen, environment: 'staging', 'github-token': 'ghs_bg-e2e-token' },
        { GITHUB_API_URL: github.url },
      ).finally(() => github.close());
      expect(second.exitCode, second.stdout + second.stderr).toBe(0);
      expect(github.violations).toEqual([]);
      expect([environments, states]).toEqual([['staging'], ['in_progress', 'success']]);
      expect(outputs(second, colors)).toEqual(['deployed', 'green', 'blue']);
      expect(second.outputs.message).toMatch(/Service web routes to green; blue kept running until/);
      expect(second.summary).toContain('### 🔀 Service `web`: deployed');
      expect(selector()).toBe('green');
      expect(deployments('web')).toEqual(['web-blue', 'web-green']);
      await answersOnly(url, 'v2');
      expect(second.post?.exitCode).toBe(0);
    }, 150_000);

    it('switch: back moves the Service to blue, nothing deployed (manifests not read)', async () => {
      const back = await action({ ...blueGreen, switch: 'back', manifests: 'missing.yaml' });
      expect(back.exitCode, back.stdout + back.stderr).toBe(0);
      expect(outputs(back, colors)).toEqual(['switched-back', 'blue', 'green']);
      expect(back.outputs.message).toBe('Service web switched back: green → blue (green keeps running)');
      expect(selector()).toBe('blue');
      expect(deployments('web')).toEqual(['web-blue', 'web-green']);
      await answersOnly(serviceUrl('web'), 'v1');
      expect(back.post?.exitCode).toBe(0);
    }, 90_000);
  });

  describe('strategy: canary', () => {
    let url = '';
    const canary = () => ({ strategy: 'canary', service: 'api', 'smoke-urls': `${url}/health` });

    it('after a rolling v1, v2 with canary-duration: manual leaves api-canary running (output canary)', async () => {
      // A rolling release first: the Service's address is then the canary's smoke check URL.
      const first = await deploy('canary.yaml', 'v1', {});
      expect(first.exitCode, first.stdout + first.stderr).toBe(0);
      expect(first.outputs.status).toBe('deployed');
      url = serviceUrl('api');
      await answersOnly(url, 'v1');

      const second = await deploy('canary.yaml', 'v2', { ...canary(), 'canary-duration': 'manual' });
      expect(second.exitCode, second.stdout + second.stderr).toBe(0);
      expect(outputs(second, ['status', 'canary'])).toEqual(['deployed', 'api-canary']);
      expect(second.stdout).toContain('canary api-canary left running after 1 check round(s)');
      expect(deployments('api')).toEqual(['api', 'api-canary']);
      expect(second.post?.exitCode).toBe(0);
    }, 150_000);

    it('switch: promote gives api the canary spec and removes the canary: only v2 answers through the Service', async () => {
      expect(url).not.toBe('');
      const promote = await action({ ...canary(), switch: 'promote', manifests: 'missing.yaml' });
      expect(promote.exitCode, promote.stdout + promote.stderr).toBe(0);
      expect(outputs(promote, ['status', 'canary'])).toEqual(['promoted', '']);
      expect(promote.summary).toContain('### 🐤 Canary api-canary: promoted');
      expect(deployments('api')).toEqual(['api']);
      expect(
        k.kn('get', 'deployment', 'api', '-o', 'jsonpath={.spec.template.spec.containers[0].image}'),
      ).toBe(refs.v2);
      // The promotion's rollout is watched to its end and the canary removed: v1 is gone at once.
      await answersOnly(url, 'v2', 0);
      expect(promote.post?.exitCode).toBe(0);
    }, 120_000);
  });
});

/** Whether a count saw only `version` and no failure. */
const isOnly = (bodies: ReadonlyMap<string, number>, version: string, failures: string[]) =>
  failures.length === 0 && [...bodies.keys()].every((b) => b === version);
