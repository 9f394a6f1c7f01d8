import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BundleRun, runActionBundle } from '../helpers/run-action-bundle.ts';
import { kubectlFor } from './helpers/kubectl.ts';
import { sandboxClusterFor } from './helpers/kubernetes-cluster.ts';
import { createNamespace, deleteNamespace } from './helpers/kubernetes-namespace.ts';
import { webReplicaSets } from './helpers/kubernetes-replicasets.ts';
import { stackSecrets as listStackSecrets, stackSecretNames } from './helpers/kubernetes-secrets.ts';
import { expectNoSecretValues, withoutMaskCommands } from './helpers/no-secret-output.ts';
import { until } from './helpers/poll.ts';

// secrets (target: kubernetes) -> a Deployment mounting the Secrets -> two rotations ->
// prune-secrets (keep 1), each bundle run as GitHub runs it, against the sandbox's real v1.20
// cluster; then a real `kubectl rollout undo --to-revision` to the revision whose ReplicaSet kept
// its Secret from being pruned, and its pod starts (it cannot without the Secret) and turns Ready.

const { kubeconfig: kubeconfigFile, skipReason } = sandboxClusterFor(
  'Kubernetes secrets',
  'the Kubernetes secrets tests',
);

const root = path.resolve(import.meta.dirname, '../..');
const IMAGE = 'docker.io/k8stest/busybox:1';
const rand = () => Math.random().toString(36).slice(2);
const stack = `e2e-${rand().slice(0, 5)}`;
const namespace = `gantry-sec-${rand().slice(0, 6)}`;
// Throwaway values made at run time; the token is multi-line.
const DB = [1, 2, 3].map((n) => `db-${rand()}-v${n}`);
const TOKEN = `tok-${rand()}\nsecond-line-${rand()}`;
const VALUES = [...DB, ...TOKEN.split('\n'), TOKEN];

describe.skipIf(skipReason !== undefined)(
  'secrets and prune-secrets on the sandbox Kubernetes cluster',
  () => {
    const runs: BundleRun[] = [];
    const k = kubectlFor(kubeconfigFile, namespace);
    const { kubectl, kn, knTry } = k;
    const connection = () => ({
      target: 'kubernetes',
      // base64, as a repository secret usually holds it.
      kubeconfig: Buffer.from(readFileSync(kubeconfigFile)).toString('base64'),
      namespace,
    });
    const secrets = async (db: string, extra: Record<string, string> = {}) => {
      const run = await runActionBundle('secrets', {
        inputs: {
          ...connection(),
          stack,
          secrets: `DB_PASSWORD: ${JSON.stringify(db)}\nAPI_TOKEN: |-\n  ${TOKEN.replace('\n', '\n  ')}\n`,
          ...extra,
        },
      });
      runs.push(run);
      return run;
    };
    const prune = async (extra: Record<string, string>) => {
      const run = await runActionBundle('prune-secrets', { inputs: { ...connection(), stack, ...extra } });
      runs.push(run);
      return run;
    };
    const stackSecrets = () => listStackSecrets(k, stack);
    const names = () => stackSecretNames(k, stack);

    /** The Deployment, with the Secret names the secrets step exported (as deploy-k8s's env would). */
    const deployment = (env: Record<string, string>) => ({
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: 'web', namespace, labels: { app: 'web' } },
      spec: {
        replicas: 1,
        // Only the previous ReplicaSet is kept: older ones are deleted, so their Secrets may go.
        revisionHistoryLimit: 1,
        selector: { matchLabels: { app: 'web' } },
        strategy: { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: 0, maxSurge: 1 } },
        template: {
          metadata: { labels: { app: 'web' } },
          spec: {
            terminationGracePeriodSeconds: 1,
            volumes: [{ name: 'db', secret: { secretName: env.DB_PASSWORD_SECRET } }],
            containers: [
              {
                name: 'web',
                image: IMAGE,
                imagePullPolicy: 'Never',
                // Ready only with the mounted file and the variable from the Secret.
                command: [
                  '/bin/sh',
                  '-c',
                  'test -s /run/secrets/db/DB_PASSWORD && test -n "$API_TOKEN" && echo ok > /www/health; exec /bin/httpd -f -p 8080 -h /www',
                ],
                envFrom: [{ secretRef: { name: env.API_TOKEN_SECRET } }],
                volumeMounts: [{ name: 'db', mountPath: '/run/secrets/db', readOnly: true }],
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
    });
    const apply = (env: Record<string, string>) =>
      kubectl(
        ['apply', '--server-side', '--field-manager=gantry-e2e', '-f', '-'],
        JSON.stringify(deployment(env)),
      );
    const rolledOut = () => {
      const r = knTry(['rollout', 'status', 'deployment/web', '--timeout=180s']);
      expect(r.output).toContain('successfully rolled out');
      expect(r.status).toBe(0);
    };
    const REVISION = 'deployment\\.kubernetes\\.io/revision';
    const replicaSets = () => webReplicaSets(k);
    const podCount = () =>
      kn('get', 'pods', '-l', 'app=web', '-o', 'name').split('\n').filter(Boolean).length;

    const exported: Record<string, string>[] = [];
    const cliOutputs: string[] = [];

    beforeAll(async () => {
      const versions = JSON.parse(kubectl(['version', '-o', 'json'])) as {
        clientVersion: { gitVersion: string };
        serverVersion: { gitVersion: string };
      };
      process.stderr.write(
        `[e2e] kubectl ${versions.clientVersion.gitVersion} against ${versions.serverVersion.gitVersion}; namespace ${namespace}, stack ${stack}\n`,
      );
      await createNamespace(k);
    });

    afterAll(() => deleteNamespace(k));

    it('creates two immutable, labelled Secrets and exports their names; post leaves no kubeconfig', async () => {
      const run = await secrets(DB[0] ?? '');
      expect(run.stderr).toBe('');
      expect(run.exitCode, run.stdout).toBe(0);
      const created = JSON.parse(run.outputs.created ?? '[]') as string[];
      expect(created).toHaveLength(2);
      expect(JSON.parse(run.outputs.reused ?? '')).toEqual([]);
      const env = run.env;
      expect(Object.keys(env).sort()).toEqual(['API_TOKEN_SECRET', 'DB_PASSWORD_SECRET']);
      expect(run.outputs.env?.split('\n').sort()).toEqual(
        Object.entries(env)
          .map(([k, v]) => `${k}=${v}`)
          .sort(),
      );
      expect(env.DB_PASSWORD_SECRET).toMatch(new RegExp(`^${stack}-db-password-[0-9a-f]{12}$`));
      expect(names()).toEqual(created.sort());
      for (const secret of stackSecrets()) {
        expect(secret.immutable).toBe(true);
        const name = secret.metadata.labels['gantry.secret'] ?? '';
        expect(secret.metadata.labels).toMatchObject({
          'gantry.stack': stack,
          'gantry.commit': '0123456789abcdef0123456789abcdef01234567',
        });
        expect(secret.metadata.labels['gantry.created']).toMatch(/^\d{8}T\d{6}Z$/);
        expect(Object.keys(secret.data)).toEqual([name]);
        const value = Buffer.from(secret.data[name] ?? '', 'base64').toString();
        expect(value).toBe(name === 'DB_PASSWORD' ? DB[0] : TOKEN);
      }
      expect(run.post?.exitCode).toBe(0);
      expect(readdirSync(run.runnerTemp).filter((n) => n.startsWith('gantry-kube-'))).toEqual([]);
      exported.push(env);
    });

    it('a rerun with the same values creates nothing', async () => {
      const before = names();
      const run = await secrets(DB[0] ?? '');
      expect(run.exitCode, run.stdout).toBe(0);
      expect(JSON.parse(run.outputs.created ?? '')).toEqual([]);
      expect((JSON.parse(run.outputs.reused ?? '') as string[]).sort()).toEqual(before);
      expect(run.env).toEqual(exported[0]);
      expect(names()).toEqual(before);
    });

    it('a Deployment mounting them rolls out (revision 1)', () => {
      const env = exported[0] ?? {};
      apply(env);
      rolledOut();
      expect(replicaSets()).toEqual([
        expect.objectContaining({ revision: '1', replicas: 1, secret: env.DB_PASSWORD_SECRET }),
      ]);
    });

    it('two rotations: a new DB_PASSWORD version each time, the Deployment updated to it', async () => {
      for (const [index, value] of [DB[1], DB[2]].entries()) {
        const run = await secrets(value ?? '');
        expect(run.exitCode, run.stdout).toBe(0);
        expect(JSON.parse(run.outputs.created ?? '')).toEqual([run.env.DB_PASSWORD_SECRET]);
        expect(JSON.parse(run.outputs.reused ?? '')).toEqual([exported[0]?.API_TOKEN_SECRET]);
        exported.push(run.env);
        apply(run.env);
        rolledOut();
        expect(kn('get', 'deployment', 'web', '-o', `jsonpath={.metadata.annotations.${REVISION}}`)).toBe(
          String(index + 2),
        );
      }
      const [v1, v2, v3] = exported.map((e) => e.DB_PASSWORD_SECRET ?? '');
      expect(new Set([v1, v2, v3]).size).toBe(3);
      // revisionHistoryLimit 1: revision 1's ReplicaSet goes, and with it its pod.
      await until(
        'revision 1 to be garbage-collected',
        () => replicaSets().length === 2 && podCount() === 1,
        300_000,
      );
      expect(replicaSets().sort((a, b) => a.revision.localeCompare(b.revision))).toEqual([
        expect.objectContaining({ revision: '2', replicas: 0, secret: v2 }),
        expect.objectContaining({ revision: '3', replicas: 1, secret: v3 }),
      ]);
      expect(names()).toHaveLength(4);
    });

    it('prune (dry run, then keep 1): the unreferenced version goes, the retained ReplicaSet protects its own', async () => {
      const [v1, v2, v3] = exported.map((e) => e.DB_PASSWORD_SECRET ?? '');
      const token = exported[0]?.API_TOKEN_SECRET ?? '';
      const retained = replicaSets().find((rs) => rs.revision === '2')?.name ?? '';
      const before = names();
      const dry = await prune({ keep: '1', 'dry-run': 'true' });
      expect(dry.exitCode, dry.stdout).toBe(0);
      expect((JSON.parse(dry.outputs.pruned ?? '') as { name: string }[]).map((e) => e.name)).toEqual([v1]);
      expect(names()).toEqual(before);

      const run = await prune({ keep: '1' });
      expect(run.exitCode, run.stdout).toBe(0);
      const out = (key: string) =>
        (JSON.parse(run.outputs[key] ?? '') as { name: string; reason: string; namespace: string }[]).map(
          (e) => [e.name, e.reason, e.namespace],
        );
      expect(out('pruned')).toEqual([[v1, 'older than the newest version and not referenced', namespace]]);
      expect(out('protected')).toEqual([
        [v2, `referenced by ReplicaSet ${namespace}/${retained} (retained for rollback)`, namespace],
      ]);
      expect(
        out('kept')
          .map(([name]) => name)
          .sort(),
      ).toEqual([token, v3].sort());
      expect(run.summary).toContain('1 pruned, 2 kept, 1 protected');
      expect(names()).toEqual([token, v2, v3].sort());
      expect(readdirSync(run.runnerTemp).filter((n) => n.startsWith('gantry-kube-'))).toEqual([]);
    });

    it('kubectl rollout undo --to-revision=2 starts the retained ReplicaSet, whose Secret is still there', () => {
      const v2 = exported[1]?.DB_PASSWORD_SECRET ?? '';
      const retained = replicaSets().find((rs) => rs.revision === '2')?.name ?? '';
      kn('rollout', 'undo', 'deployment/web', '--to-revision=2');
      rolledOut();
      // The undo makes revision 2's template the newest revision (4), on the same ReplicaSet.
      const back = replicaSets().find((rs) => rs.name === retained);
      expect(back).toEqual(expect.objectContaining({ revision: '4', replicas: 1, secret: v2 }));
      expect(Number(kn('get', `rs/${retained}`, '-o', 'jsonpath={.status.readyReplicas}'))).toBe(1);
      const pod = JSON.parse(kn('get', 'pods', '-l', 'app=web', '-o', 'json')) as {
        items: {
          metadata: { ownerReferences?: { name: string }[] };
          status: { conditions?: { type: string; status: string }[] };
        }[];
      };
      const ready = pod.items.filter(
        (p) =>
          p.metadata.ownerReferences?.some((o) => o.name === retained) &&
          p.status.conditions?.some((c) => c.type === 'Ready' && c.status === 'True'),
      );
      expect(ready).toHaveLength(1);
    });

    it('gantry secrets and gantry prune (the CLI) see the same Secrets as the actions', () => {
      const latest = exported[2] ?? {};
      const cli = (args: string[], env: Record<string, string> = {}) => {
        const r = spawnSync(process.execPath, [path.join(root, 'dist/cli/index.js'), ...args], {
          encoding: 'utf8',
          timeout: 120_000,
          env: { ...process.env, GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567', ...env },
        });
        cliOutputs.push(`${r.stdout}\n${r.stderr}`);
        return r;
      };
      const connection = [
        '--target',
        'kubernetes',
        '--kubeconfig',
        kubeconfigFile,
        '-n',
        namespace,
        '--stack',
        stack,
      ];
      const made = cli(['secrets', ...connection, '--secret', 'DB_PASSWORD', '--secret', 'API_TOKEN'], {
        DB_PASSWORD: DB[2] ?? '',
        API_TOKEN: TOKEN,
      });
      expect(made.status, made.stderr).toBe(0);
      expect(made.stdout.trim().split('\n').sort()).toEqual(
        Object.entries(latest)
          .map(([k, v]) => `${k}=${v}`)
          .sort(),
      );
      expect(made.stderr).toContain('done: 0 created, 2 reused');
      const plan = cli(['prune', ...connection, '--keep', '1', '--dry-run']);
      expect(plan.status, plan.stderr).toBe(0);
      const selection = JSON.parse(plan.stdout) as Record<string, { name: string; reason: string }[]>;
      // After the undo the template mounts v2 again; v3 is the newest and its ReplicaSet is retained.
      expect(selection.pruned).toEqual([]);
      expect(selection.protected?.map((e) => e.name)).toEqual([exported[1]?.DB_PASSWORD_SECRET]);
      expect(selection.protected?.[0]?.reason).toContain('referenced by Deployment');
    });

    it('a Secret of the wanted name that Gantry did not make is a clash: an error naming the input, nothing created', async () => {
      const value = `clash-${rand()}`;
      const dry = await secrets(value, { 'dry-run': 'true' });
      expect(dry.exitCode, dry.stdout).toBe(0);
      const name = JSON.parse(dry.outputs.created ?? '')[0] as string;
      kn('create', 'secret', 'generic', name, '--from-literal=DB_PASSWORD=someone-else');
      const before = names();
      const run = await secrets(value);
      expect(run.exitCode).not.toBe(0);
      expect(run.stdout).toContain(
        `::error::Input 'secrets': a secret named ${name} already exists but was not created by Gantry`,
      );
      expect(names()).toEqual(before);
      VALUES.push(value);
    });

    it('no secret value appears in any captured output (apart from the runner mask commands)', () => {
      // secrets: create, rerun, two rotations, a dry run and the clash; prune-secrets: dry run and keep 1.
      expect(runs).toHaveLength(8);
      for (const run of runs) {
        const text = [
          withoutMaskCommands(run.stdout),
          run.stderr,
          JSON.stringify(run.outputs),
          JSON.stringify(run.env),
          run.summary,
          run.post?.stdout ?? '',
          run.post?.stderr ?? '',
        ].join('\n');
        expectNoSecretValues(text, VALUES);
      }
    });
  },
);
