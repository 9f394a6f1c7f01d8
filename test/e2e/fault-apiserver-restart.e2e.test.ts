import { mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runGantry } from '../helpers/gantry-cli.ts';
import { writeFaultRecord } from './helpers/fault-record.ts';
import { restartApiServer } from './helpers/fault2-apiserver.ts';
import { probeAvailability } from './helpers/fault2-probe.ts';
import { registryUnavailable, sandboxClusterFor } from './helpers/kubernetes-cluster.ts';
import { readyPodIps, useSandboxNamespace } from './helpers/kubernetes-fixture.ts';
import { SURGE_ONE, servesOn, webDeployment } from './helpers/kubernetes-manifests.ts';
import { sleep, until } from './helpers/poll.ts';
import { sandboxAppDigest } from './helpers/registry-digest.ts';
import { sandboxAppConfig } from './helpers/sandbox-app-config.ts';
import { sandboxEnv } from './helpers/sandbox-env.ts';

// The Kubernetes API server restarts mid-rollout, for real: the sandbox cluster's kube-apiserver is
// stopped (SIGTERM) while `gantry release` watches a rollout that can never complete (the broken
// image never turns Ready), and started again by sandbox/k8s/up.sh. The watch resumes, the rollout
// then fails on its progress deadline, and it is still undone: the Deployment back on v1's digest,
// exit 1 rolled-back. The v1 pod answers throughout (requests from outside the deploy).

const { kubeconfig, skipReason } = sandboxClusterFor(
  'fault: API server restart',
  'the API server restart fault test',
  registryUnavailable(),
);

const run = Math.random().toString(36).slice(2, 7);
const namespace = `fault2-k8s-${run}`;

describe.skipIf(skipReason !== undefined)('fault: the Kubernetes API server restarts mid-rollout', () => {
  const { k, work } = useSandboxNamespace({
    kubeconfig,
    namespace,
    workPrefix: 'gantry-e2e-fault2-k8s-',
    files: {
      'deployment.yaml': webDeployment({
        replicas: 1,
        spec: ['progressDeadlineSeconds: 25', SURGE_ONE],
        container: servesOn('/health'),
      }),
      'gantry.yml': sandboxAppConfig({ kubeconfig, namespace, manifests: 'deployment.yaml', timeout: '3m' }),
    },
  });
  const tmp = path.join(work, 'tmp');
  const image = () => sandboxEnv().appImage;
  const release = (tag: string) =>
    runGantry(['release', '-c', path.join(work, 'gantry.yml'), '--skip-build', '--tag', tag], {
      TMPDIR: tmp,
    });
  const podImage = () =>
    k.kn('get', 'deployment', 'web', '-o', 'jsonpath={.spec.template.spec.containers[0].image}');
  const replicaSets = () =>
    k.kn('get', 'replicasets', '-l', 'app=web', '-o', 'name').split('\n').filter(Boolean);

  beforeAll(async () => {
    mkdirSync(tmp);
    const v1 = await release('v1');
    expect(v1.code, v1.stdout + v1.stderr).toBe(0);
  }, 240_000);

  it('the watch resumes after the restart; the rollout that then fails is undone (exit 1, rolled-back)', async () => {
    const v1 = await sandboxAppDigest('v1');
    expect(podImage()).toBe(`${image()}@${v1}`);
    const [ip] = readyPodIps(k);
    const probe = probeAvailability(`http://${ip}:8080/health`);
    const started = Date.now();
    const releasing = release('broken');
    // The rollout has begun once the broken ReplicaSet exists; then the watch is on.
    await until('the broken rollout to start', () => replicaSets().length >= 2, 60_000);
    await sleep(2000);
    const restart = await restartApiServer();
    const broken = await releasing;
    const elapsed = Date.now() - started;
    const availability = await probe.stop();

    expect(restart.newPid).not.toBe(restart.oldPid);
    expect(broken.code, broken.stdout + broken.stderr).toBe(1);
    expect(broken.stdout).toMatch(/↺ deploy .*rolled-back/);
    expect(broken.stderr).toMatch(/exceeded its progress deadline/);
    // Whether kubectl's watch noticed the restart (it may re-list by itself), the verdict is the cluster's.
    const lost = (broken.stderr.match(/lost the API server/g) ?? []).length;
    expect(
      (broken.stderr.match(/deployment\/web: lost the API server \(.*\); watching again in/g) ?? []).length,
    ).toBe(lost);
    expect(podImage()).toBe(`${image()}@${v1}`);
    await until('the v1 pod Ready', () => readyPodIps(k).length === 1, 60_000);
    expect(readdirSync(tmp)).toEqual([]);
    expect(k.knTry(['get', 'lease', 'gantry-deploy-lock']).status).not.toBe(0);
    writeFaultRecord({
      id: 'fault2-apiserver-restart',
      fault: 'Kubernetes API server restarts mid-rollout',
      injected: `SIGTERM to kube-apiserver (pid ${restart.oldPid}) 2 s into the watch, started again by up.sh's start_apiserver (${(restart.downMs / 1000).toFixed(1)} s without API)`,
      verdict: `exit ${broken.code}: rolled-back after the progress deadline${/lost the API server/.test(broken.stderr) ? ' (watch resumed by Gantry)' : ' (kubectl re-listed by itself)'}`,
      timeToVerdictMs: elapsed,
      availability,
      leftBehind: readdirSync(tmp),
    });
  }, 240_000);
});
