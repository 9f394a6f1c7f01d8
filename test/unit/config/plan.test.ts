import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/core/config/load.ts';
import type { Target } from '../../../src/core/config/model.ts';
import { formatPlan, type PlanInput, planRelease } from '../../../src/core/config/plan.ts';

const config = loadConfig(
  `image: registry.example/shop/api
registry: { username: ci, password: { env: REGISTRY_TOKEN } }
build: { context: app, build-args: { VERSION: "1.2.3" } }
secrets:
  values:
    DB_PASSWORD: { env: DB_PASSWORD }
smoke:
  urls: [https://shop.example/health]
  expect-json: { status: ok }
prune: { keep: 2 }
targets:
  prod:
    swarm:
      host: ssh://deploy@10.0.0.1
      ssh-key-file: /keys/deploy
      known-hosts-file: /keys/known_hosts
      stack: shop
      env: { REPLICAS: "3" }
  k8s:
    kubernetes:
      stack: shop
      namespace: shop
      manifests: [k8s/]
`,
  { file: 'gantry.yml', baseDir: '/project', env: {} },
);
const input = (target: Target, extra: Partial<PlanInput> = {}): PlanInput => ({
  config,
  target,
  tags: ['1.2.3', 'sha-abcdef1'],
  tag: undefined,
  skipBuild: false,
  skipSmoke: false,
  trivyInstalled: false,
  secretValues: new Map([['DB_PASSWORD', 's3cret']]),
  commit: 'abcdef1234567890abcdef1234567890abcdef12',
  now: new Date('2025-01-02T03:04:05Z'),
  ...extra,
});
const prod = config.targets.prod as Target;
// The content version as documented: the first 12 hex digits of the value's SHA-256.
const version = createHash('sha256').update('s3cret').digest('hex').slice(0, 12);

describe('planRelease', () => {
  it('prints every stage of a Swarm release, with the content version of a known secret', () => {
    expect(formatPlan(prod, planRelease(input(prod)))).toBe(`Plan for target prod (swarm):
1. build
     context /project/app
     build args: VERSION=1.2.3
     push registry.example/shop/api:1.2.3, registry.example/shop/api:sha-abcdef1
     log in as ci
2. scan
     trivy image registry.example/shop/api@<digest of the push> (vuln,secret,misconfig)
     fail on CRITICAL,HIGH
     trivy is not installed here: the release would print "skipped"
3. secrets
     DB_PASSWORD (from env DB_PASSWORD) -> shop_DB_PASSWORD_${version} as \${DB_PASSWORD_SECRET}; created if absent
     version mode: content
4. deploy
     docker stack deploy shop on ssh://deploy@10.0.0.1 (Swarm)
     stack files: /project/docker-stack.yml
     \${GANTRY_IMAGE} = registry.example/shop/api@<digest of the push>
     variables: REPLICAS
     wait for convergence: 600s (no progress: 180s); lock wait 300s
     rollback: automatic on failure
5. smoke
     GET https://shop.example/health
     expect status 200, JSON containing {"status":"ok"}; within 120s, 1 success(es) in a row
     a failure rolls the deploy back
6. prune
     keep the 2 newest version(s) of each secret of stack shop, and any in use
     only after a verified deploy
`);
  });

  it('says "version from content" when the value is not available, and follows the flags', () => {
    const stages = planRelease(
      input(prod, {
        secretValues: new Map(),
        skipBuild: true,
        tag: 'v1',
        skipSmoke: true,
        trivyInstalled: true,
      }),
    );
    expect(stages.map((s) => [s.stage, s.run])).toEqual([
      ['build', '--skip-build: deploy registry.example/shop/api:v1 (already pushed)'],
      ['scan', true],
      ['secrets', true],
      ['deploy', true],
      ['smoke', '--skip-smoke'],
      ['prune', true],
    ]);
    expect(stages[2]?.lines[0]).toBe(
      'DB_PASSWORD (from env DB_PASSWORD) -> shop_DB_PASSWORD_<version from content: value not available> as ${DB_PASSWORD_SECRET}; created if absent',
    );
    expect(stages[0]?.lines[0]).toBe(
      'the tag is resolved to its digest in the registry before anything is deployed: registry.example/shop/api@<digest of :v1>',
    );
    expect(stages[0]?.lines[1]).toBe('read as ci');
    expect(stages[1]?.lines[0]).toMatch(/^trivy image registry\.example\/shop\/api@<digest of :v1> /);
    expect(stages[3]?.lines[2]).toBe('${GANTRY_IMAGE} = registry.example/shop/api@<digest of :v1>');
  });

  it('plans a Kubernetes target: immutable Secrets named for Kubernetes, deploy, prune', () => {
    const k8s = config.targets.k8s as Target;
    expect(formatPlan(k8s, planRelease(input(k8s)))).toContain(`3. secrets
     DB_PASSWORD (from env DB_PASSWORD) -> shop-db-password-${version} as \${DB_PASSWORD_SECRET}; created if absent
     immutable Secrets in namespace shop
     version mode: content
4. deploy
     kubectl apply --server-side -n shop (Kubernetes)
     manifests: k8s/
     containers with image registry.example/shop/api -> registry.example/shop/api@<digest of the push>
     rollout status: 600s; lock wait 300s (Lease gantry-deploy-lock)
     rollback: kubectl rollout undo on failure
5. smoke
     GET https://shop.example/health
     expect status 200, JSON containing {"status":"ok"}; within 120s, 1 success(es) in a row
     a failure rolls the deploy back
6. prune
     keep the 2 newest version(s) of each Secret of stack shop in namespace shop, and any a workload or a retained ReplicaSet references
     only after a verified deploy
`);
    const noValue = planRelease(input(k8s, { secretValues: new Map() }));
    expect(noValue[2]?.lines[0]).toBe(
      'DB_PASSWORD (from env DB_PASSWORD) -> shop-db-password-<version from content: value not available> as ${DB_PASSWORD_SECRET}; created if absent',
    );
  });

  it('a Kubernetes target without secrets and stack skips both stages, saying why', () => {
    const bare = loadConfig('image: x\ntargets:\n  k8s:\n    kubernetes:\n      manifests: [k8s/]\n', {
      file: 'gantry.yml',
      baseDir: '/project',
      env: {},
    });
    const k8s = bare.targets.k8s as Target;
    const stages = planRelease({ ...input(k8s), config: bare });
    expect(stages.map((s) => [s.stage, s.run])).toEqual([
      ['build', true],
      ['scan', true],
      ['secrets', 'no secrets in the config'],
      ['deploy', true],
      ['smoke', 'no smoke check in the config'],
      ['prune', "the target has no stack (the Secrets' prefix)"],
    ]);
  });
});
