import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runGantry } from '../helpers/gantry-cli.ts';
import { registryUnavailable, sandboxClusterFor } from './helpers/kubernetes-cluster.ts';
import { useSandboxNamespace } from './helpers/kubernetes-fixture.ts';
import { SURGE_ONE, servesOn, TOKEN_VOLUME, webDeployment } from './helpers/kubernetes-manifests.ts';
import { webReplicaSets } from './helpers/kubernetes-replicasets.ts';
import { until } from './helpers/poll.ts';
import { sandboxAppDigest, sandboxRegistryLogin } from './helpers/registry-digest.ts';
import { sandboxAppConfig } from './helpers/sandbox-app-config.ts';
import { sandboxEnv } from './helpers/sandbox-env.ts';

// `gantry history` and `gantry rollback` on the sandbox's real v1.20 cluster: three releases (the
// sandbox's v1, v2, and a third tag of v2's image), each with a new Secret version; the record read
// back from the ConfigMap; a rollback to the first (its digest and its Secret mounted); and a
// rollback refused once a prune removed that Secret version.

const { kubeconfig: kubeconfigFile, skipReason } = sandboxClusterFor(
  'gantry history / rollback on Kubernetes',
  'the gantry history Kubernetes tests',
  registryUnavailable(),
);

const run = Math.random().toString(36).slice(2, 8);
const stack = `hist-${run.slice(0, 5)}`;
const namespace = `gantry-hist-${run}`;
const third = `h3-${run}`;

/** Pushes the sandbox app's v2 manifest again under `tag` (same digest), through the registry API. */
async function retag(from: string, tag: string): Promise<void> {
  const { registry, appImage } = sandboxEnv();
  const { user, password } = sandboxRegistryLogin();
  const base = `http://${registry}/v2/${appImage.slice(registry.length + 1)}/manifests`;
  const authorization = `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;
  const got = await fetch(`${base}/${from}`, {
    headers: {
      authorization,
      accept: [
        'application/vnd.docker.distribution.manifest.v2+json',
        'application/vnd.oci.image.manifest.v1+json',
        'application/vnd.docker.distribution.manifest.list.v2+json',
        'application/vnd.oci.image.index.v1+json',
      ].join(', '),
    },
  });
  if (!got.ok) throw new Error(`GET ${from}: ${got.status}`);
  const put = await fetch(`${base}/${tag}`, {
    method: 'PUT',
    headers: { authorization, 'content-type': got.headers.get('content-type') ?? '' },
    body: Buffer.from(await got.arrayBuffer()),
  });
  if (!put.ok) throw new Error(`PUT ${tag}: ${put.status} ${await put.text()}`);
}

interface HistoryJson {
  record: string;
  releases: Array<{
    tag: string;
    verdict: string;
    images: Record<string, string>;
    secrets: Record<string, string>;
    rollbackTo: string | null;
  }>;
}

describe.skipIf(skipReason !== undefined)(
  'gantry history / rollback on the sandbox Kubernetes cluster',
  () => {
    const { k, work } = useSandboxNamespace({
      kubeconfig: kubeconfigFile,
      namespace,
      workPrefix: 'gantry-e2e-hist-k8s-',
      files: {
        'deployment.yaml': webDeployment({
          replicas: 1,
          spec: ['progressDeadlineSeconds: 40', 'revisionHistoryLimit: 1', SURGE_ONE],
          container: [...servesOn('/health'), TOKEN_VOLUME.mount],
          volumes: TOKEN_VOLUME.volumes,
        }),
        'gantry.yml': sandboxAppConfig(
          { kubeconfig: kubeconfigFile, namespace, stack, manifests: 'deployment.yaml', timeout: '3m' },
          ['secrets:', '  values:', '    TOKEN: { file: token.txt }', 'prune: { keep: 10 }'],
        ),
      },
    });
    const config = path.join(work, 'gantry.yml');
    const image = () => sandboxEnv().appImage;
    const live = () => {
      const spec = JSON.parse(k.kn('get', 'deployment', 'web', '-o', 'json')) as {
        spec: {
          template: {
            spec: {
              containers: Array<{ image: string }>;
              volumes: Array<{ secret?: { secretName: string } }>;
            };
          };
        };
      };
      const pod = spec.spec.template.spec;
      return { image: pod.containers[0]?.image, secret: pod.volumes[0]?.secret?.secretName };
    };
    const gantry = async (args: string[], code: number) => {
      const result = await runGantry([...args, '-c', config, '--target', 'cluster']);
      expect(result.code, result.stdout + result.stderr).toBe(code);
      return result;
    };
    const history = async (): Promise<HistoryJson> =>
      JSON.parse((await gantry(['history', '--json'], 0)).stdout) as HistoryJson;
    const release = async (tag: string, token: string) => {
      writeFileSync(path.join(work, 'token.txt'), token);
      await gantry(['release', '--skip-build', '--tag', tag], 0);
    };

    beforeAll(async () => {
      await retag('v2', third);
    }, 180_000);

    it('records three releases in the ConfigMap, newest first with digests; rolls back to the first', async () => {
      expect((await history()).releases).toEqual([]);
      await release('v1', `one-${run}`);
      await release('v2', `two-${run}`);
      await release(third, `three-${run}`);
      const recorded = await history();
      expect(recorded.record).toBe(`namespace ${namespace}, ConfigMap gantry-releases-${stack}`);
      expect(recorded.releases.map((r) => r.tag)).toEqual([third, 'v2', 'v1']);
      const v1 = `${image()}@${await sandboxAppDigest('v1')}`;
      const v2 = `${image()}@${await sandboxAppDigest('v2')}`;
      expect(recorded.releases.map((r) => Object.values(r.images)[0])).toEqual([v2, v2, v1]);
      const versions = recorded.releases.map((r) => r.secrets.TOKEN);
      expect(new Set(versions).size).toBe(3);

      const out = await gantry(['rollback', '--to', 'v1'], 0);
      expect(out.stderr).toContain('rolled back to v1');
      expect(live()).toEqual({ image: v1, secret: versions[2] });
      expect((await history()).releases[0]).toMatchObject({
        tag: 'v1',
        verdict: 'deployed',
        rollbackTo: 'v1',
      });
    });

    it('refuses (exit 2, nothing changed) once a prune removed the Secret version it needs', async () => {
      const first = (await history()).releases.find((r) => r.tag === 'v1' && r.rollbackTo === null);
      const needed = first?.secrets.TOKEN ?? '';
      // Two more deploys: the controller then deletes the ReplicaSet that mounts the first version.
      await gantry(['rollback', '--to', 'v2'], 0);
      await gantry(['rollback', '--to', third], 0);
      await until('the ReplicaSet of the first version is deleted', () =>
        webReplicaSets(k).every((rs) => rs.secret !== needed),
      );
      // Prune protects a Secret that a pod not yet shut down still mounts (a terminating pod of the
      // deleted ReplicaSet, on a loaded machine): wait until no pod mounts it either.
      await until('no pod mounts the first version', () =>
        k
          .kn(
            'get',
            'pods',
            '-o',
            'jsonpath={range .items[*]}{.spec.volumes[*].secret.secretName}{"\\n"}{end}',
          )
          .split(/\s+/)
          .every((name) => name !== needed),
      );
      const pruned = await runGantry([
        'prune',
        '--target',
        'kubernetes',
        '--kubeconfig',
        kubeconfigFile,
        '--namespace',
        namespace,
        '--stack',
        stack,
        '--keep',
        '1',
      ]);
      expect(pruned.code, pruned.stderr).toBe(0);
      expect(JSON.stringify((JSON.parse(pruned.stdout) as { pruned: unknown }).pruned)).toContain(needed);
      const before = { live: live(), entries: (await history()).releases.length };
      const refused = await gantry(['rollback', '--to', 'v1'], 2);
      expect(refused.stderr).toContain(`Option '--to': release v1 used secret version ${needed}`);
      expect(refused.stderr).toContain('removed by a prune');
      expect({ live: live(), entries: (await history()).releases.length }).toEqual(before);
    });
  },
);
