// The versioned-secrets path of the root action and the reusable release workflow, per target: the
// secrets and prune-secrets stages get their own target's connection (and only it), Kubernetes ones the
// same kubeconfig, context and namespace as deploy-k8s (so the Secrets are where the workloads are),
// deploy-k8s's `env` is the plan's lines plus the secrets stage's `env` output, and pruning runs only
// after that target's secrets stage. The merged `env` is then evaluated the way the runner does and
// parsed by the deploy's own parser, with and without app-secrets.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseMap } from '../../../src/core/inputs/parse.ts';
import { substituteEnv } from '../../../src/core/kubernetes/manifests.ts';

const ROOT = path.resolve(import.meta.dirname, '../../..');
type Dict = Record<string, string>;
interface Step {
  id?: string;
  if?: string;
  uses?: string;
  run?: string;
  with?: Dict;
  env?: Dict;
}
interface Stage {
  id: string;
  if: string;
  action: string;
  /** Input name -> the expression given for it (`with:` keys, or `INPUT_*` env of a bundle step). */
  inputs: Dict;
}

const load = (file: string) => parse(readFileSync(path.join(ROOT, file), 'utf8'));
const actionOutputs = (name: string) => Object.keys(load(`actions/${name}/action.yml`).outputs);

function stagesOf(steps: Step[]): Stage[] {
  return steps.flatMap((s): Stage[] => {
    const action =
      s.uses?.replace(/^\.\/\.gantry\/actions\//, '') ??
      /dist\/([a-z0-9-]+)\/index\.js/.exec(s.run ?? '')?.[1];
    if (action === undefined || s.id === undefined) return [];
    const inputs: Dict =
      s.uses !== undefined
        ? { ...(s.with ?? {}) }
        : Object.fromEntries(
            Object.entries(s.env ?? {})
              .filter(([k]) => k.startsWith('INPUT_'))
              .map(([k, v]) => [k.slice('INPUT_'.length).toLowerCase(), String(v)]),
          );
    return [{ id: s.id, if: s.if ?? '', action, inputs }];
  });
}

const SWARM_CONNECTION = ['host', 'ssh-key', 'known-hosts', 'jump-host'];
const K8S_CONNECTION = ['kubeconfig', 'context', 'namespace'];

const files: [string, Step[]][] = [
  ['action.yml', load('action.yml').runs.steps],
  ['.github/workflows/release.yml', load('.github/workflows/release.yml').jobs.deploy.steps],
];

describe.each(files)('%s: versioned secrets per target', (_file, steps) => {
  const stages = stagesOf(steps);
  const byId = (id: string) => {
    const stage = stages.find((s) => s.id === id);
    expect(stage, id).toBeDefined();
    return stage as Stage;
  };
  const index = (id: string) => stages.findIndex((s) => s.id === id);

  it('runs secrets, deploy and prune in that order, each only for its own target', () => {
    for (const [target, deploy] of [
      ['swarm', 'swarm'],
      ['kubernetes', 'kubernetes'],
    ] as const) {
      const secrets = byId(`secrets-${target}`);
      const prune = byId(`prune-${target}`);
      expect(secrets.action).toBe('secrets');
      expect(prune.action).toBe('prune-secrets');
      for (const stage of [secrets, byId(deploy), prune])
        expect(
          [
            `inputs.target == '${target}'`,
            `steps.init.outputs.kind == '${target}'`,
            `needs.gantry.outputs.deploy-with == '${target}'`,
          ].some((start) => stage.if.startsWith(start)),
          stage.id,
        ).toBe(true);
      expect(index(`secrets-${target}`)).toBeLessThan(index(deploy));
      expect(index(deploy)).toBeLessThan(index(`prune-${target}`));
      // A verified deploy is implied (no always()/failure() in the condition): a failed or rolled-back
      // deploy fails its step, and only then is the rest of the job skipped.
      expect(prune.if).toContain(`steps.secrets-${target}.outcome == 'success'`);
      expect(prune.if).not.toMatch(/always\(\)|failure\(\)|cancelled\(\)/);
    }
  });

  it('Kubernetes stages use the deploy connection (kubeconfig, context, namespace) and no Swarm credentials', () => {
    const deploy = byId('kubernetes');
    for (const id of ['secrets-kubernetes', 'prune-kubernetes']) {
      const stage = byId(id);
      expect(stage.inputs.target, id).toBe('kubernetes');
      for (const input of K8S_CONNECTION)
        expect(stage.inputs[input], `${id}.${input}`).toBe(deploy.inputs[input]);
      expect(SWARM_CONNECTION.filter((i) => i in stage.inputs)).toEqual([]);
      expect(stage.inputs.stack).toBe(byId('swarm').inputs.stack);
    }
    expect(byId('secrets-kubernetes').inputs.secrets).toBe(byId('secrets-swarm').inputs.secrets);
    expect(byId('secrets-kubernetes').inputs.version).toBe(byId('secrets-swarm').inputs.version);
    expect(byId('prune-kubernetes').inputs.keep).toBe(byId('prune-swarm').inputs.keep);
  });

  it('Swarm stages keep the default target and get no kubeconfig', () => {
    for (const id of ['secrets-swarm', 'prune-swarm']) {
      const stage = byId(id);
      expect(stage.inputs.target ?? 'swarm', id).toBe('swarm');
      expect(K8S_CONNECTION.filter((i) => i in stage.inputs)).toEqual([]);
    }
  });

  it("feeds deploy-k8s's env from the plan and from the Kubernetes secrets stage's env output", () => {
    const env = byId('kubernetes').inputs.env as string;
    expect(env.split('\n')).toEqual([
      '${{ steps.plan.outputs.env }}',
      '${{ steps.secrets-kubernetes.outputs.env }}',
    ]);
    expect(actionOutputs('secrets')).toContain('env');
    // Swarm reads <NAME>_SECRET from the job environment the secrets action exports to.
    expect(byId('swarm').inputs.env).toBe('${{ steps.plan.outputs.env }}');
  });

  /** Evaluates `${{ steps.<id>.outputs.<name> }}` the way the runner does, into the value the action reads. */
  const evaluate = (template: string, outputs: Record<string, Dict>) =>
    template.replace(
      /\$\{\{ steps\.([a-z0-9-]+)\.outputs\.([a-z0-9-]+) \}\}/g,
      (_m, id: string, name: string) => outputs[id]?.[name] ?? '',
    );
  const IMAGE = `ghcr.io/acme/shop@sha256:${'a'.repeat(64)}`;
  const plan = { env: `REPLICAS=2\nGANTRY_IMAGE=${IMAGE}` };
  const manifest = (text: string) => ({ path: 'k8s/app.yaml', text });

  it('the merged env resolves the manifests’ ${<NAME>_SECRET} and ${GANTRY_IMAGE}', () => {
    const env = parseMap(
      'env',
      evaluate(byId('kubernetes').inputs.env as string, {
        plan,
        'secrets-kubernetes': {
          env: 'DB_PASSWORD_SECRET=shop-db-password-0123456789ab\nAPI_SECRET=shop-api-ba9876543210',
        },
      }),
    );
    expect(Object.fromEntries(env)).toEqual({
      REPLICAS: '2',
      GANTRY_IMAGE: IMAGE,
      DB_PASSWORD_SECRET: 'shop-db-password-0123456789ab',
      API_SECRET: 'shop-api-ba9876543210',
    });
    expect(substituteEnv(manifest('image: ${GANTRY_IMAGE}\nsecretName: ${DB_PASSWORD_SECRET}\n'), env)).toBe(
      `image: ${IMAGE}\nsecretName: shop-db-password-0123456789ab\n`,
    );
  });

  it('without app-secrets (the stage skipped, its output empty) the env is the plan’s alone', () => {
    const env = parseMap('env', evaluate(byId('kubernetes').inputs.env as string, { plan }));
    expect(Object.fromEntries(env)).toEqual({ REPLICAS: '2', GANTRY_IMAGE: IMAGE });
    expect(() => substituteEnv(manifest('secretName: ${DB_PASSWORD_SECRET}\n'), env)).toThrow(
      /uses \$\{DB_PASSWORD_SECRET\} but no value is given/,
    );
  });
});
