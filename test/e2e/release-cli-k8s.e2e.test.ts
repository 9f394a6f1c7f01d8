import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runGantry } from '../helpers/gantry-cli.ts';
import { registryUnavailable, sandboxClusterFor } from './helpers/kubernetes-cluster.ts';
import { readyPodIps, useSandboxNamespace } from './helpers/kubernetes-fixture.ts';
import { SURGE_ONE, servesOn, TOKEN_VOLUME, webDeployment } from './helpers/kubernetes-manifests.ts';
import { webReplicaSets } from './helpers/kubernetes-replicasets.ts';
import { stackSecrets as listStackSecrets, stackSecretNames } from './helpers/kubernetes-secrets.ts';
import { expectNoSecretValues } from './helpers/no-secret-output.ts';
import { until } from './helpers/poll.ts';
import { sandboxAppDigest } from './helpers/registry-digest.ts';
import { sandboxAppConfig } from './helpers/sandbox-app-config.ts';
import { sandboxEnv } from './helpers/sandbox-env.ts';

// `gantry release` from a gantry.yml with a Kubernetes target, against the sandbox's real v1.20
// cluster and its registry's images (pulled with an image pull secret made here): versioned
// immutable Secrets mounted by the Deployment, a broken release undone, a rotation whose prune
// (keep 1) protects the Secret of the ReplicaSet kept for rollback, proven by a real
// `kubectl rollout undo`; then a prune that deletes the version nothing references any more.
// `gantry plan` for this target needs no cluster: it is in test/unit/cli/release-plan.test.ts.

const { kubeconfig: kubeconfigFile, skipReason } = sandboxClusterFor(
  'gantry release on Kubernetes',
  'the gantry release Kubernetes tests',
  registryUnavailable(),
);

const rand = () => Math.random().toString(36).slice(2, 8);
const run = rand();
const stack = `rel-${run.slice(0, 5)}`;
const namespace = `gantry-rel-${run}`;
// Throwaway values made at run time: the token before and after two rotations.
const TOKENS = [1, 2, 3].map((n) => `tok-${rand()}${rand()}-v${n}`);

describe.skipIf(skipReason !== undefined)('gantry release on the sandbox Kubernetes cluster', () => {
  const { k, work } = useSandboxNamespace({
    kubeconfig: kubeconfigFile,
    namespace,
    workPrefix: 'gantry-e2e-cli-k8s-',
    files: {
      'deployment.yaml': webDeployment({
        replicas: 1,
        spec: [
          'progressDeadlineSeconds: ${PROGRESS_DEADLINE}',
          '# Only the previous ReplicaSet is kept for rollback: older ones go, and so may their Secrets.',
          'revisionHistoryLimit: 1',
          SURGE_ONE,
        ],
        pod: [
          'initContainers:',
          '  # The pod cannot start unless the Secret is mounted and not empty.',
          '  - name: wait',
          '    image: ${GANTRY_IMAGE}',
          '    command: ["/bin/sh", "-c", "test -s /etc/app/TOKEN"]',
          `    ${TOKEN_VOLUME.mount}`,
        ],
        container: [
          'env:',
          '  - name: APP_TOKEN',
          '    valueFrom: { secretKeyRef: { name: ${TOKEN_SECRET}, key: TOKEN } }',
          ...servesOn('/health'),
        ],
        volumes: TOKEN_VOLUME.volumes,
      }),
      'gantry.yml': sandboxAppConfig(
        {
          kubeconfig: kubeconfigFile,
          namespace,
          stack,
          manifests: 'deployment.yaml',
          timeout: '3m',
          more: ['env: { PROGRESS_DEADLINE: "40" }'],
        },
        ['secrets:', '  values:', '    TOKEN: { env: E2E_TOKEN }', 'prune: { keep: 1 }'],
      ),
    },
  });
  const { kn, knTry } = k;
  const image = () => sandboxEnv().appImage;
  const outputs: string[] = [];

  async function gantry(args: string[], token: string) {
    const result = await runGantry(args, { E2E_TOKEN: token });
    outputs.push(result.stdout, result.stderr);
    // The stage summary (no values in it) in the e2e log, for whoever reads the run.
    process.stderr.write(
      `[e2e] gantry ${args.slice(0, 1).join(' ')} ${args.slice(-2).join(' ')}: exit ${result.code}\n${result.stdout}`,
    );
    return result;
  }
  const release = (tag: string, token: string) =>
    gantry(['release', '-c', path.join(work, 'gantry.yml'), '--skip-build', '--tag', tag], token);

  const stackSecrets = () => listStackSecrets(k, stack);
  const secretNames = () => stackSecretNames(k, stack);
  /** The Secret holding this value (one Secret per version). */
  const secretOf = (value: string): string => {
    const found = stackSecrets().find((s) => Buffer.from(s.data.TOKEN ?? '', 'base64').toString() === value);
    if (found === undefined) throw new Error('no Secret holds that value');
    return found.metadata.name;
  };
  interface Live {
    spec: {
      template: {
        spec: {
          containers: Array<{ image: string }>;
          initContainers?: Array<{ image: string }>;
          volumes: Array<{ secret?: { secretName: string } }>;
        };
      };
    };
  }
  const live = () => JSON.parse(kn('get', 'deployment', 'web', '-o', 'json')) as Live;
  const replicaSets = () => webReplicaSets(k);
  /** The ready pod's IP and /health answer, read from the host (pods are reachable by IP). */
  const health = async () => {
    const ips = readyPodIps(k);
    expect(ips).toHaveLength(1);
    return fetch(`http://${ips[0]}:8080/health`).then((r) => r.json());
  };

  it('release v1: an immutable Secret is created and mounted, the rollout is deployed (exit 0)', async () => {
    const ok = await release('v1', TOKENS[0] ?? '');
    expect(ok.stderr).toContain('released');
    expect(ok.code, ok.stdout + ok.stderr).toBe(0);
    const name = secretOf(TOKENS[0] ?? '');
    expect(name).toMatch(new RegExp(`^${stack}-token-[0-9a-f]{12}$`));
    expect(ok.stdout).toMatch(
      new RegExp(`✔ secrets .*1 created, 0 reused in namespace ${namespace}: ${name}`),
    );
    expect(ok.stdout).toMatch(/✔ deploy .*deployed: /);
    expect(ok.stdout).toContain('skipped: no smoke check in the config');
    expect(ok.stdout).toMatch(/✔ prune .*0 pruned, 1 kept, 0 protected \(keep 1\)/);
    const [secret] = stackSecrets();
    expect(secret?.immutable).toBe(true);
    expect(secret?.metadata.labels).toMatchObject({ 'gantry.stack': stack, 'gantry.secret': 'TOKEN' });
    const spec = live().spec.template.spec;
    // --skip-build resolved the tag: the pod template holds the digest the registry reports for v1.
    const v1 = await sandboxAppDigest('v1');
    expect(ok.stdout).toContain(`skipped: --skip-build: deploying ${image()}:v1 as ${image()}@${v1}`);
    expect(spec.containers[0]?.image).toBe(`${image()}@${v1}`);
    expect(spec.initContainers?.[0]?.image).toBe(`${image()}@${v1}`);
    expect(spec.volumes[0]?.secret?.secretName).toBe(name);
    expect(await health()).toEqual({ status: 'healthy', version: 'v1' });
  });

  it('a tag that does not exist, or a refused password: exit 2 naming it, nothing changed', async () => {
    const before = { image: live().spec.template.spec.containers[0]?.image, secrets: secretNames() };
    const missing = await release('never-pushed', TOKENS[1] ?? '');
    expect(missing.code, missing.stdout + missing.stderr).toBe(2);
    expect(missing.stderr).toContain("Option '--tag': ");
    expect(missing.stderr).toContain(`${sandboxEnv().registry}/gantry/app:never-pushed does not exist`);
    const badPassword = path.join(work, 'bad-password');
    writeFileSync(badPassword, `wrong-${rand()}\n`, { mode: 0o600 });
    const badConfig = path.join(work, 'gantry-bad-password.yml');
    writeFileSync(
      badConfig,
      readFileSync(path.join(work, 'gantry.yml'), 'utf8').replace(
        '${GANTRY_REGISTRY_PASSWORD_FILE}',
        badPassword,
      ),
    );
    const refused = await gantry(
      ['release', '-c', badConfig, '--skip-build', '--tag', 'v1'],
      TOKENS[1] ?? '',
    );
    expect(refused.code, refused.stdout + refused.stderr).toBe(2);
    expect(refused.stderr).toContain("Input 'registry.password': ");
    expect(refused.stderr).toContain('refused the credentials');
    expect({ image: live().spec.template.spec.containers[0]?.image, secrets: secretNames() }).toEqual(before);
  });

  it('release broken: readiness never passes, the rollout is undone (exit 1), v1 serves', async () => {
    const broken = await release('broken', TOKENS[0] ?? '');
    expect(broken.stderr).toContain('release FAILED');
    expect(broken.code, broken.stdout + broken.stderr).toBe(1);
    expect(broken.stdout).toMatch(/✔ secrets .*0 created, 1 reused/);
    expect(broken.stdout).toMatch(/↺ deploy .*rolled-back: /);
    expect(broken.stdout).toContain('skipped: the deploy was rolled-back');
    expect(broken.stdout).toContain(
      `skipped: --skip-build: deploying ${image()}:broken as ${image()}@${await sandboxAppDigest('broken')}`,
    );
    // Undone to exactly the v1 image (by digest), not to whatever the tag points at now.
    expect(live().spec.template.spec.containers[0]?.image).toBe(`${image()}@${await sandboxAppDigest('v1')}`);
    await until('the broken pod to go', () => {
      const pods = kn('get', 'pods', '-l', 'app=web', '-o', 'name').split('\n').filter(Boolean);
      return pods.length === 1;
    });
    expect(await health()).toEqual({ status: 'healthy', version: 'v1' });
  });

  it('a rotated value: a new Secret; prune (keep 1) protects the one the retained ReplicaSet mounts, and an undo to it starts', async () => {
    const first = secretOf(TOKENS[0] ?? '');
    const rotated = await release('v1', TOKENS[1] ?? '');
    expect(rotated.code, rotated.stdout + rotated.stderr).toBe(0);
    const second = secretOf(TOKENS[1] ?? '');
    expect(rotated.stdout).toMatch(
      new RegExp(`✔ secrets .*1 created, 0 reused in namespace ${namespace}: ${second}`),
    );
    expect(rotated.stdout).toMatch(/✔ prune .*0 pruned, 1 kept, 1 protected \(keep 1\)/);
    expect(rotated.stderr).toMatch(new RegExp(`protect ${first}: .*ReplicaSet`));
    expect(secretNames()).toEqual([first, second].sort());
    expect(live().spec.template.spec.volumes[0]?.secret?.secretName).toBe(second);
    // The protection matters: the ReplicaSet kept for rollback mounts it. Which old ReplicaSet the
    // 1.20 controller keeps is its choice (it deletes the oldest by creation time, not by revision:
    // here the broken release's); wait for its clean-up, then undo to the one it kept.
    await until('the old ReplicaSets to be cleaned up', () => replicaSets().length === 2, 180_000);
    const retained = replicaSets().find((r) => r.secret !== second);
    expect(retained?.replicas).toBe(0);
    expect(retained?.secret).toBe(first);
    const undo = knTry(['rollout', 'undo', 'deployment/web', `--to-revision=${retained?.revision}`]);
    expect(undo.status, undo.output).toBe(0);
    expect(live().spec.template.spec.volumes[0]?.secret?.secretName).toBe(first);
    // Its pod starts: the init container finds the Secret's file mounted, the app container runs
    // (the broken image then never turns Ready, so the v1 pod keeps serving).
    const podStates = () =>
      kn(
        'get',
        'pods',
        '-l',
        'app=web',
        '-o',
        'jsonpath={range .items[*]}{.spec.volumes[0].secret.secretName} {.status.initContainerStatuses[0].state.terminated.exitCode} {.status.containerStatuses[0].state.running.startedAt}{"\\n"}{end}',
      ).split('\n');
    await until("the rollback target's pod to start with its Secret", () =>
      podStates().some((l) => /^(\S+) 0 \S+$/.exec(l)?.[1] === first),
    );
  });

  it('another rotation: the version whose ReplicaSet the controller deleted is pruned, the retained one kept', async () => {
    const first = secretOf(TOKENS[0] ?? '');
    const second = secretOf(TOKENS[1] ?? '');
    const again = await release('v1', TOKENS[2] ?? '');
    expect(again.code, again.stdout + again.stderr).toBe(0);
    const third = secretOf(TOKENS[2] ?? '');
    // The controller deletes the ReplicaSets beyond revisionHistoryLimit after the rollout: wait
    // for it, then release the same values again (nothing changes) and let its prune run.
    await until('the old ReplicaSets to be cleaned up', () => replicaSets().length === 2, 180_000);
    // Pods not yet shut down protect their Secret too: wait for the current one alone.
    await until(
      'the old pods to go',
      () => kn('get', 'pods', '-l', 'app=web', '-o', 'name').split('\n').filter(Boolean).length === 1,
      180_000,
    );
    // The prune must follow the ReplicaSet the controller kept, whichever it is.
    const retained = replicaSets().find((r) => r.secret !== third)?.secret ?? '';
    expect([first, second]).toContain(retained);
    const gone = retained === first ? second : first;
    const rerun = await release('v1', TOKENS[2] ?? '');
    expect(rerun.code, rerun.stdout + rerun.stderr).toBe(0);
    expect(rerun.stdout).toMatch(/✔ secrets .*0 created, 1 reused/);
    // The first run's prune may already have seen the ReplicaSet gone (then it pruned the version).
    expect(rerun.stdout).toMatch(/✔ prune .*[01] pruned, 1 kept, 1 protected \(keep 1\)/);
    const pruned = [again, rerun].map((r) => Number(/✔ prune .*?(\d+) pruned/.exec(r.stdout)?.[1]));
    expect(pruned.reduce((a, b) => a + b)).toBe(1);
    expect(`${again.stderr}${rerun.stderr}`).toMatch(new RegExp(`prune +${gone}: `));
    expect(rerun.stderr).toMatch(
      new RegExp(
        `protect ${retained}: referenced by ReplicaSet ${namespace}/web-\\S+ \\(retained for rollback\\)`,
      ),
    );
    expect(secretNames()).toEqual([retained, third].sort());
    expect(await health()).toEqual({ status: 'healthy', version: 'v1' });
  });

  it('no secret value appears in any captured output', () => {
    expect(outputs.length).toBeGreaterThan(0);
    expectNoSecretValues(outputs.join('\n'), TOKENS);
  });
});
