import { existsSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kubectlFor } from './helpers/kubectl.ts';
import { sandboxClusterFor } from './helpers/kubernetes-cluster.ts';
import { addPullSecret, createNamespace, deleteNamespace } from './helpers/kubernetes-namespace.ts';
import { registryDigest } from './helpers/registry-digest.ts';

// The sandbox Kubernetes cluster of sandbox/k8s/ (issue 4) is a real API server: a Deployment
// rolls out with server-side apply, a revision whose readiness probe fails makes
// `kubectl rollout status` fail on its progress deadline, and `kubectl rollout undo` brings the
// previous ReplicaSet back.
//
// Image: when the Swarm sandbox's registry is up, the test app (`${GANTRY_APP_IMAGE}:v1` and
// `:broken`, whose /health answers 503) pinned by digest and pulled through an image pull secret
// (kubernetes.io/dockerconfigjson) over plain HTTP on loopback. Otherwise the static busybox image
// that sandbox/k8s/up.sh imports into the cluster's containerd (no pull), serving /health with
// httpd only in the good revision.
//
// Without a cluster (sandbox/k8s/status.sh fails) the tests skip with the reason printed, except
// with CI=true, where a missing cluster fails the run.

const IMPORTED_BUSYBOX = 'docker.io/k8stest/busybox:1';
const PULL_SECRET = 'gantry-sandbox-registry';
const FIELD_MANAGER = 'gantry-e2e-k8s-cluster';

const { kubeconfig, skipReason } = sandboxClusterFor(
  'sandbox Kubernetes cluster',
  'the Kubernetes cluster tests',
);

interface Workload {
  /** Where the image comes from, for the log. */
  source: string;
  good: { image: string; command?: string[] };
  broken: { image: string; command?: string[] };
  pullPolicy: 'IfNotPresent' | 'Never';
  pullSecret?: string;
}

describe.skipIf(skipReason !== undefined)('sandbox Kubernetes cluster (real API server)', () => {
  const namespace = `gantry-k8s-e2e-${Math.random().toString(36).slice(2, 7)}`;
  let workload: Workload;
  let firstReplicaSet = '';
  const k = kubectlFor(kubeconfig, namespace);
  const { kubectl, kn, knTry } = k;
  const apply = (objects: object[]): string =>
    kubectl(
      ['apply', '--server-side', `--field-manager=${FIELD_MANAGER}`, '-f', '-'],
      objects.map((o) => JSON.stringify(o)).join('\n'),
    );

  const deployment = (revision: 'good' | 'broken', progressDeadlineSeconds: number) => {
    const spec = workload[revision];
    return {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: 'web', namespace, labels: { app: 'web' } },
      spec: {
        replicas: 2,
        progressDeadlineSeconds,
        revisionHistoryLimit: 5,
        selector: { matchLabels: { app: 'web' } },
        strategy: { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: 0, maxSurge: 1 } },
        template: {
          metadata: { labels: { app: 'web' } },
          spec: {
            terminationGracePeriodSeconds: 1,
            ...(workload.pullSecret ? { imagePullSecrets: [{ name: workload.pullSecret }] } : {}),
            containers: [
              {
                name: 'web',
                image: spec.image,
                imagePullPolicy: workload.pullPolicy,
                ...(spec.command ? { command: spec.command } : {}),
                env: [{ name: 'REVISION', value: revision }],
                ports: [{ containerPort: 8080 }],
                readinessProbe: {
                  httpGet: { path: '/health', port: 8080 },
                  periodSeconds: 1,
                  failureThreshold: 1,
                },
              },
            ],
          },
        },
      },
    };
  };

  const REVISION = '{.metadata.annotations.deployment\\.kubernetes\\.io/revision}';
  /** The Deployment's current revision and the ReplicaSet carrying it. */
  const current = (): { revision: string; replicaSet: string } => {
    const revision = kn('get', 'deployment', 'web', '-o', `jsonpath=${REVISION}`);
    const rows = kn(
      'get',
      'rs',
      '-l',
      'app=web',
      '-o',
      `jsonpath={range .items[*]}{.metadata.name} ${REVISION}{"\\n"}{end}`,
    );
    const match = rows
      .split('\n')
      .map((line) => line.trim().split(' '))
      .find(([, rev]) => rev === revision);
    return { revision, replicaSet: match?.[0] ?? '' };
  };
  interface PodList {
    items: {
      metadata: { name: string; ownerReferences?: { kind: string; name: string }[] };
      status: { conditions?: { type: string; status: string }[]; containerStatuses?: { imageID: string }[] };
    }[];
  }
  /** Pods owned by the ReplicaSet and whether each is Ready. */
  const podsOf = (replicaSet: string) =>
    (JSON.parse(kn('get', 'pods', '-l', 'app=web', '-o', 'json')) as PodList).items
      .filter((p) =>
        p.metadata.ownerReferences?.some((o) => o.kind === 'ReplicaSet' && o.name === replicaSet),
      )
      .map((p) => ({
        name: p.metadata.name,
        ready: p.status.conditions?.some((c) => c.type === 'Ready' && c.status === 'True') ?? false,
        imageID: p.status.containerStatuses?.[0]?.imageID ?? '',
      }));
  const readyReplicas = (kindName: string): number =>
    Number(kn('get', kindName, '-o', 'jsonpath={.status.readyReplicas}') || 0);

  beforeAll(async () => {
    const versions = JSON.parse(kubectl(['version', '-o', 'json'])) as {
      clientVersion: { gitVersion: string };
      serverVersion: { gitVersion: string };
    };
    process.stderr.write(
      `[e2e] kubectl ${versions.clientVersion.gitVersion} against server ${versions.serverVersion.gitVersion}\n`,
    );
    expect(versions.serverVersion.gitVersion).toMatch(/^v1\.20\./);

    await createNamespace(k);

    const registry = process.env.GANTRY_REGISTRY;
    const user = process.env.GANTRY_REGISTRY_USER;
    const passwordFile = process.env.GANTRY_REGISTRY_PASSWORD_FILE;
    const appImage = process.env.GANTRY_APP_IMAGE;
    let v1: string | undefined;
    let broken: string | undefined;
    if (registry && user && passwordFile && appImage && existsSync(passwordFile)) {
      const password = readFileSync(passwordFile, 'utf8').trim();
      const repo = appImage.slice(registry.length + 1);
      v1 = await registryDigest(registry, { user, password }, repo, 'v1');
      broken = await registryDigest(registry, { user, password }, repo, 'broken');
      if (v1 && broken) {
        addPullSecret(k, { name: PULL_SECRET, registry, user, password });
        workload = {
          source: `registry ${registry}, pinned by digest, image pull secret ${PULL_SECRET}`,
          good: { image: `${appImage}@${v1}` },
          broken: { image: `${appImage}@${broken}` },
          pullPolicy: 'IfNotPresent',
          pullSecret: PULL_SECRET,
        };
      }
    }
    if (!workload) {
      // No registry: the busybox image imported by up.sh; only the good revision serves /health.
      workload = {
        source: `imported ${IMPORTED_BUSYBOX} (the sandbox registry is not up)`,
        good: {
          image: IMPORTED_BUSYBOX,
          command: ['/bin/sh', '-c', 'echo ok > /www/health; exec /bin/httpd -f -p 8080 -h /www'],
        },
        broken: { image: IMPORTED_BUSYBOX, command: ['/bin/sh', '-c', 'exec /bin/httpd -f -p 8080 -h /www'] },
        pullPolicy: 'Never',
      };
    }
    process.stderr.write(`[e2e] namespace ${namespace}; image from ${workload.source}\n`);
  });

  afterAll(() => deleteNamespace(k));

  it('server-side apply of a two-replica Deployment rolls out', () => {
    const out = apply([deployment('good', 60)]);
    expect(out).toContain('deployment.apps/web serverside-applied');
    const rollout = knTry(['rollout', 'status', 'deployment/web', '--timeout=180s']);
    expect(rollout.output).toContain('successfully rolled out');
    expect(rollout.status).toBe(0);

    const { revision, replicaSet } = current();
    expect(revision).toBe('1');
    expect(replicaSet).not.toBe('');
    firstReplicaSet = replicaSet;
    expect(readyReplicas(`rs/${replicaSet}`)).toBe(2);
    const pods = podsOf(replicaSet);
    expect(pods).toHaveLength(2);
    expect(pods.every((p) => p.ready)).toBe(true);
    if (workload.pullSecret) {
      // Pulled from the registry: the running image is the pinned digest.
      const digest = workload.good.image.split('@')[1] ?? '';
      for (const pod of pods) expect(pod.imageID).toContain(digest);
    }
    const managers = kn(
      'get',
      'deployment',
      'web',
      '--show-managed-fields',
      '-o',
      'jsonpath={.metadata.managedFields[*].manager}',
    );
    expect(managers).toContain(FIELD_MANAGER);
  });

  it('a revision whose readiness probe fails exceeds its progress deadline', () => {
    expect(firstReplicaSet).not.toBe('');
    apply([deployment('broken', 10)]);
    const rollout = knTry(['rollout', 'status', 'deployment/web', '--timeout=180s']);
    expect(rollout.status).not.toBe(0);
    expect(rollout.output).toContain('exceeded its progress deadline');
    const { revision, replicaSet } = current();
    expect(revision).toBe('2');
    expect(replicaSet).not.toBe(firstReplicaSet);
    // maxUnavailable 0: the first ReplicaSet keeps serving with both pods Ready.
    expect(readyReplicas(`rs/${firstReplicaSet}`)).toBe(2);
    expect(readyReplicas(`rs/${replicaSet}`)).toBe(0);
  });

  it('kubectl rollout undo brings the previous ReplicaSet back', () => {
    expect(firstReplicaSet).not.toBe('');
    kn('rollout', 'undo', 'deployment/web');
    const rollout = knTry(['rollout', 'status', 'deployment/web', '--timeout=180s']);
    expect(rollout.output).toContain('successfully rolled out');
    expect(rollout.status).toBe(0);

    // Undo re-labels the first ReplicaSet's template as the newest revision (3).
    const { revision, replicaSet } = current();
    expect(replicaSet).toBe(firstReplicaSet);
    expect(revision).toBe('3');
    expect(kn('get', 'deployment', 'web', '-o', 'jsonpath={.spec.template.spec.containers[0].image}')).toBe(
      workload.good.image,
    );
    expect(readyReplicas('deployment/web')).toBe(2);
    const pods = podsOf(firstReplicaSet);
    expect(pods).toHaveLength(2);
    expect(pods.every((p) => p.ready)).toBe(true);
  });
});
