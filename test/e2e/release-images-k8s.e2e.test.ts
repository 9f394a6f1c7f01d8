import { copyFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runGantry } from '../helpers/gantry-cli.ts';
import { registryUnavailable, sandboxClusterFor } from './helpers/kubernetes-cluster.ts';
import { useSandboxNamespace } from './helpers/kubernetes-fixture.ts';
import { SURGE_ONE, servesOn, webDeployment } from './helpers/kubernetes-manifests.ts';
import { registryDigest, sandboxRegistryLogin } from './helpers/registry-digest.ts';
import { clusterTarget, SANDBOX_REGISTRY } from './helpers/sandbox-app-config.ts';
import { sandboxEnv } from './helpers/sandbox-env.ts';

// A release of two images from one multi-stage Dockerfile (api and worker: each a --target, each
// its own Deployment), through `gantry release` (build, push, deploy) against the sandbox's real
// v1.20 cluster and its registry: both Deployments are pinned to the digests the registry reports;
// then a release whose worker never turns Ready undoes both, the api too although its own rollout
// completed, back to the first release's digests.

const { kubeconfig: kubeconfigFile, skipReason } = sandboxClusterFor(
  'gantry release with images: on Kubernetes',
  'the gantry release images: Kubernetes tests',
  registryUnavailable(),
);

const root = path.resolve(import.meta.dirname, '../..');
const run = Math.random().toString(36).slice(2, 8);
const namespace = `gantry-img-${run}`;
const KEYS = ['api', 'worker'] as const;
type Key = (typeof KEYS)[number];
const repo = (key: Key) => `gantry/e2e-k8s-${run}-${key}`;

/** One Dockerfile, two targets; the worker's /health answers 503 when built with BROKEN=true. */
const DOCKERFILE = `FROM scratch AS base
ARG VERSION=dev
COPY busybox /bin/busybox
RUN ["/bin/busybox", "--install", "-s", "/bin"]
COPY serve.sh handle.sh /app/
ENV PORT=8080 APP_VERSION=\${VERSION} APP_BROKEN=false APP_STARTUP_DELAY=0
ENTRYPOINT ["/bin/sh", "/app/serve.sh"]

FROM base AS api
FROM base AS worker
ARG BROKEN=false
ENV APP_BROKEN=\${BROKEN}
`;

/** A Deployment whose pod turns Ready when /health answers 200; the old pod serves until then. */
const deployment = (name: string, image: string) =>
  webDeployment({
    name,
    replicas: 1,
    spec: ['progressDeadlineSeconds: 20', 'revisionHistoryLimit: 2', SURGE_ONE],
    image,
    container: servesOn('/health'),
  });

describe.skipIf(skipReason !== undefined)(
  'gantry release with images: on the sandbox Kubernetes cluster',
  () => {
    const { k, work } = useSandboxNamespace({
      kubeconfig: kubeconfigFile,
      namespace,
      workPrefix: 'gantry-e2e-images-k8s-',
    });
    const { kn } = k;
    const name = (key: Key) => `${sandboxEnv().registry}/${repo(key)}`;
    const digestOf = (key: Key, tag: string) =>
      registryDigest(sandboxEnv().registry, sandboxRegistryLogin(), repo(key), tag);
    const image = (key: Key) =>
      kn('get', 'deployment', key, '-o', 'jsonpath={.spec.template.spec.containers[0].image}');
    /**
     * The version each Ready pod of a Deployment reports on /health (pods are reachable by IP). Pods
     * being deleted are left out: the 1.20 kubelet may still show one Ready after its container stopped.
     */
    const versions = async (key: Key) => {
      const ips = kn(
        'get',
        'pods',
        '-l',
        `app=${key}`,
        '-o',
        'jsonpath={range .items[*]}{.status.podIP} {.metadata.deletionTimestamp} {.status.conditions[?(@.type=="Ready")].status}{"\\n"}{end}',
      )
        .split('\n')
        .filter((l) => / {2}True$/.test(l))
        .map((l) => l.split(' ')[0]);
      return Promise.all(
        ips.map(async (ip) => {
          const body = (await fetch(`http://${ip}:8080/health`).then((r) => r.json())) as { version: string };
          return body.version;
        }),
      );
    };
    const release = async (tag: string, workerBroken: boolean) => {
      const result = await runGantry(
        ['release', '-c', path.join(work, 'gantry.yml'), '--target', 'cluster', '--tag', tag],
        { RELEASE: tag, WORKER_BROKEN: String(workerBroken) },
      );
      // The stage summary in the e2e log, for whoever reads the run.
      process.stderr.write(`[e2e] gantry release --tag ${tag}: exit ${result.code}\n${result.stdout}`);
      return result;
    };

    beforeAll(() => {
      for (const file of ['busybox', 'serve.sh', 'handle.sh'])
        copyFileSync(path.join(root, 'sandbox/images/app', file), path.join(work, file));
      writeFileSync(path.join(work, 'Dockerfile'), DOCKERFILE);
      // The api's container names the image (pinned by name); the worker's takes its variable.
      writeFileSync(
        path.join(work, 'deployments.yaml'),
        `${deployment('api', name('api'))}---\n${deployment('worker', '${WORKER_IMAGE}')}`,
      );
      writeFileSync(
        path.join(work, 'gantry.yml'),
        [
          'images:',
          `  api: { name: "\${GANTRY_REGISTRY}/${repo('api')}", target: api }`,
          `  worker: { name: "\${GANTRY_REGISTRY}/${repo('worker')}", target: worker, build-args: { BROKEN: "\${WORKER_BROKEN}" } }`,
          ...SANDBOX_REGISTRY,
          'build:',
          '  context: .',
          '  build-args: { VERSION: "${RELEASE}" }',
          '  parallel: 2',
          // Deterministic here: the scan stage is covered by the Swarm release test and scan e2e.
          'scan: { enabled: false }',
          ...clusterTarget({
            kubeconfig: kubeconfigFile,
            namespace,
            manifests: 'deployments.yaml',
            timeout: '90s',
          }),
          '',
        ].join('\n'),
      );
    });

    it('builds and pushes both images and deploys each Deployment pinned to its digest (exit 0)', async () => {
      const tag = `r1-${run}`;
      const ok = await release(tag, false);
      expect(ok.code, ok.stdout + ok.stderr).toBe(0);
      expect(ok.stdout).toMatch(/✔ deploy .*deployed: /);
      for (const key of KEYS) {
        const pinned = `${name(key)}@${await digestOf(key, tag)}`;
        expect(ok.stdout).toContain(`as ${pinned}`);
        expect(image(key)).toBe(pinned);
        expect(await versions(key)).toEqual([tag]);
      }
    }, 150_000);

    it('a release whose worker never turns Ready undoes both Deployments, the api too (exit 1)', async () => {
      const tag = `r2-${run}`;
      const bad = await release(tag, true);
      expect(bad.code, bad.stdout + bad.stderr).toBe(1);
      expect(bad.stderr).toContain('release FAILED');
      // Both were built, pushed and applied pinned (new digests): the api's rollout completed, the worker's did not.
      for (const key of KEYS) {
        const second = await digestOf(key, tag);
        expect(second).not.toBe(await digestOf(key, `r1-${run}`));
        expect(bad.stdout).toContain(`as ${name(key)}@${second}`);
      }
      const [watch = '', rollback = ''] = bad.stderr.split('Rolling back');
      expect(watch).toContain('deployment/api: rolled out');
      expect(watch).toContain('deployment/worker: FAILED: ');
      expect(rollback).toContain('deployment/api: rolled out');
      expect(rollback).toContain('deployment/worker: rolled out');
      expect(bad.stdout).toMatch(
        /↺ deploy .*rolled-back: deployment\/worker: .*progress deadline\. Rolled back deployment\/api, deployment\/worker: the previous revision is serving\./,
      );
      // Both Deployments are back on the first release's digests, and their pods answer as it.
      for (const key of KEYS) {
        expect(image(key)).toBe(`${name(key)}@${await digestOf(key, `r1-${run}`)}`);
        expect(await versions(key)).toEqual([`r1-${run}`]);
      }
    }, 180_000);
  },
);
