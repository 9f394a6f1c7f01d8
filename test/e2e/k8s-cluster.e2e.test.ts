import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kubectlFor } from './helpers/kubectl.ts';
import { registryUnavailable, sandboxClusterFor } from './helpers/kubernetes-cluster.ts';
import { createNamespace, deleteNamespace } from './helpers/kubernetes-namespace.ts';
import { sandboxAppRefs, sandboxPullSecret } from './helpers/registry-digest.ts';
import { describeCounts, requestTimes, untilAnswered } from './helpers/request-loop.ts';
import { sandboxEnv } from './helpers/sandbox-env.ts';

// The sandbox Kubernetes cluster of sandbox/k8s/ (issue 4) is a real API server: a Deployment
// rolls out with server-side apply, a revision whose readiness probe fails makes
// `kubectl rollout status` fail on its progress deadline, and `kubectl rollout undo` brings the
// previous ReplicaSet back; a Service routes (kube-proxy, iptables mode): its ClusterIP and its
// NodePort on 127.0.0.1 answer requests from the host, spread over both pods.
//
// Image: the test app (`${GANTRY_APP_IMAGE}:v1` and `:broken`, whose /health answers 503) pinned by
// the digest the sandbox registry reports, pulled through an image pull secret
// (kubernetes.io/dockerconfigjson) over plain HTTP on loopback. There is no other image: a registry
// that does not answer fails the test (it does not quietly test something else).
//
// Without a cluster or the registry sandbox the tests skip with the reason printed, except under CI,
// where that fails the run.

const PULL_SECRET = 'gantry-sandbox-registry';
const FIELD_MANAGER = 'gantry-e2e-k8s-cluster';
/** The Service's NodePort (the range 30600-30649 belongs to the Service-routing tests). */
const NODE_PORT = 30649;

const { kubeconfig, skipReason } = sandboxClusterFor(
  'sandbox Kubernetes cluster',
  'the Kubernetes cluster tests',
  registryUnavailable(),
);

describe.skipIf(skipReason !== undefined)('sandbox Kubernetes cluster (real API server)', () => {
  const namespace = `gantry-k8s-e2e-${Math.random().toString(36).slice(2, 7)}`;
  const images = { good: '', broken: '' };
  let firstReplicaSet = '';
  const k = kubectlFor(kubeconfig, namespace);
  const { kubectl, kn, knTry } = k;
  const apply = (objects: object[]): string =>
    kubectl(
      ['apply', '--server-side', `--field-manager=${FIELD_MANAGER}`, '-f', '-'],
      objects.map((o) => JSON.stringify(o)).join('\n'),
    );

  const deployment = (revision: 'good' | 'broken', progressDeadlineSeconds: number) => {
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
            imagePullSecrets: [{ name: PULL_SECRET }],
            containers: [
              {
                name: 'web',
                image: images[revision],
                imagePullPolicy: 'IfNotPresent',
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

    const refs = await sandboxAppRefs(['v1', 'broken']);
    images.good = refs.v1 ?? '';
    images.broken = refs.broken ?? '';
    await createNamespace(k, sandboxPullSecret(PULL_SECRET));
    process.stderr.write(
      `[e2e] namespace ${namespace}; images from registry ${sandboxEnv().registry}, pinned by digest, image pull secret ${PULL_SECRET}\n`,
    );
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
    expect(replicaSet).toMatch(/^web-[a-z0-9]+$/);
    firstReplicaSet = replicaSet;
    expect(readyReplicas(`rs/${replicaSet}`)).toBe(2);
    const pods = podsOf(replicaSet);
    expect(pods).toHaveLength(2);
    expect(pods.every((p) => p.ready)).toBe(true);
    // Pulled from the registry: the running image is the pinned digest.
    const digest = images.good.split('@')[1] ?? '';
    expect(digest).toMatch(/^sha256:[0-9a-f]{64}$/);
    for (const pod of pods) expect(pod.imageID).toContain(digest);
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
    expect(replicaSet).toMatch(/^web-[a-z0-9]+$/);
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
      images.good,
    );
    expect(readyReplicas('deployment/web')).toBe(2);
    const pods = podsOf(firstReplicaSet);
    expect(pods).toHaveLength(2);
    expect(pods.every((p) => p.ready)).toBe(true);
  });

  it('a Service routes from the host to both pods: ClusterIP and NodePort (kube-proxy)', async () => {
    expect(firstReplicaSet).not.toBe('');
    const pods = podsOf(firstReplicaSet);
    expect(pods.filter((p) => p.ready)).toHaveLength(2);
    apply([
      {
        apiVersion: 'v1',
        kind: 'Service',
        metadata: { name: 'web', namespace },
        spec: {
          type: 'NodePort',
          selector: { app: 'web' },
          // protocol: server-side apply on 1.20 refuses a port without it (no default in the merge key).
          ports: [{ protocol: 'TCP', port: 80, targetPort: 8080, nodePort: NODE_PORT }],
        },
      },
    ]);
    const clusterIP = kn('get', 'service', 'web', '-o', 'jsonpath={.spec.clusterIP}');
    expect(clusterIP).toMatch(/^10\.96\.\d+\.\d+$/);
    // The pod answers / with its host name, which is the pod's name.
    const hosts = pods.map((p) => `gantry sandbox app v1 (host ${p.name})`).sort();
    for (const url of [`http://${clusterIP}/`, `http://127.0.0.1:${NODE_PORT}/`]) {
      // kube-proxy writes the Service's rules within a second or so of its Endpoints.
      await untilAnswered(url);
      const counts = await requestTimes(url, 50);
      process.stderr.write(`[e2e] ${url}: ${describeCounts(counts)}\n`);
      expect(counts.failures).toEqual([]);
      expect(counts.ok).toBe(50);
      expect([...counts.bodies.keys()].sort()).toEqual(hosts);
    }
  });
});
