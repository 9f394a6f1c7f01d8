import { describe, expect, it } from 'vitest';
import { checkEnvGroupMap, formatEnvGroup } from '../../../src/core/config/env-groups.ts';
import { imageVariableOf, loadConfig } from '../../../src/core/config/load.ts';
import type { Target } from '../../../src/core/config/model.ts';
import { formatPlan, type PlanInput, planRelease } from '../../../src/core/config/plan.ts';

// Several images in one release (`images:`): the schema, the variable names, the plan.

const load = (text: string) => loadConfig(text, { file: 'gantry.yml', baseDir: '/project', env: {} });
const errorOf = (text: string): string => {
  try {
    load(text);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected the config to be refused');
};

const IMAGES = `images:
  api:    { name: registry.example.com/Honeydue/api, target: api }
  worker: { name: registry.example.com/honeydue/worker, target: worker, variable: WORKER_REF }
  admin-ui: { name: registry.example.com/honeydue/admin, target: admin, context: admin, dockerfile: admin/Dockerfile, build-args: { B: "2" } }
build: { build-args: { A: "1", B: "1" }, parallel: 2, tag-latest: true }
`;
const TARGETS = `targets:
  prod:
    swarm:
      host: unix:///var/run/docker.sock
      stack: honeydue
      env-groups:
        storage: [B2_ENDPOINT, B2_KEY_ID, B2_APP_KEY, B2_BUCKET_NAME]
  k8s:
    kubernetes:
      manifests: [k8s/]
`;

describe('images: several images in one release', () => {
  const config = load(IMAGES + TARGETS);

  it('reads each image with build: as its defaults, its build args merged over them, names lower-cased', () => {
    expect(config.multiImage).toBe(true);
    expect(config.images).toEqual([
      {
        key: 'api',
        name: 'registry.example.com/honeydue/api',
        context: '/project',
        dockerfile: undefined,
        target: 'api',
        platforms: [],
        buildArgs: { A: '1', B: '1' },
      },
      {
        key: 'worker',
        name: 'registry.example.com/honeydue/worker',
        context: '/project',
        dockerfile: undefined,
        target: 'worker',
        platforms: [],
        buildArgs: { A: '1', B: '1' },
      },
      {
        key: 'admin-ui',
        name: 'registry.example.com/honeydue/admin',
        context: '/project/admin',
        dockerfile: '/project/admin/Dockerfile',
        target: 'admin',
        platforms: [],
        buildArgs: { A: '1', B: '2' },
      },
    ]);
    expect(config.build).toMatchObject({ tagLatest: true, parallel: 2 });
  });

  it('gives every target each image with its variable (KEY_IMAGE unless named) and, on Kubernetes, its name', () => {
    const variables = ['API_IMAGE', 'WORKER_REF', 'ADMIN_UI_IMAGE'];
    expect(config.targets.prod?.images.map((p) => p.variable)).toEqual(variables);
    expect(config.targets.k8s?.images).toEqual([
      { key: 'api', variable: 'API_IMAGE', imageName: 'registry.example.com/honeydue/api' },
      { key: 'worker', variable: 'WORKER_REF', imageName: 'registry.example.com/honeydue/worker' },
      { key: 'admin-ui', variable: 'ADMIN_UI_IMAGE', imageName: 'registry.example.com/honeydue/admin' },
    ]);
    expect(config.targets.prod?.envGroups).toEqual({
      storage: ['B2_ENDPOINT', 'B2_KEY_ID', 'B2_APP_KEY', 'B2_BUCKET_NAME'],
    });
  });

  it.each([
    ['api', 'API_IMAGE'],
    ['admin-ui', 'ADMIN_UI_IMAGE'],
    ['v2', 'V2_IMAGE'],
  ])('imageVariableOf(%s) is %s', (key, variable) => expect(imageVariableOf(key)).toBe(variable));

  it('image: keeps meaning one image, keyed by its last part, with the target image-variable', () => {
    const one = load(`image: registry.example.com/shop/api\n${TARGETS}`);
    expect(one.multiImage).toBe(false);
    expect(one.images.map((i) => i.key)).toEqual(['api']);
    expect(one.targets.prod?.images).toEqual([
      { key: 'api', variable: 'GANTRY_IMAGE', imageName: 'registry.example.com/shop/api' },
    ]);
  });

  it.each([
    ['neither', TARGETS, 'gantry.yml:1:1: image: is required (or images: for several images)'],
    [
      'both',
      `image: registry.example.com/a\n${IMAGES}${TARGETS}`,
      'gantry.yml:2:1: images: give either image: (one image) or images: (several), not both',
    ],
    [
      'an upper-case key',
      `images:\n  Api: { name: r.example/a }\n${TARGETS}`,
      'gantry.yml:2:3: images.Api: an image key holds lower-case letters, digits and - (and starts with a letter or digit)',
    ],
    [
      'two images with one name',
      `images:\n  a: { name: r.example/x }\n  b: { name: r.example/x }\n${TARGETS}`,
      "gantry.yml:3:14: images.b.name: r.example/x is also image a's name",
    ],
    [
      'two images with one variable',
      `images:\n  a: { name: r.example/a, variable: APP }\n  b: { name: r.example/b, variable: APP }\n${TARGETS}`,
      "gantry.yml:3:37: images.b.variable: APP is also image a's variable",
    ],
    [
      'an image without a name',
      `images:\n  a: { target: api }\n${TARGETS}`,
      'gantry.yml:2:6: images.a.name: is required',
    ],
    [
      'a tag in a name',
      `images:\n  a: { name: "r.example/a:1" }\n${TARGETS}`,
      'gantry.yml:2:14: images.a.name: "r.example/a:1": give the name without a tag or digest',
    ],
    [
      'image-variable with images:',
      `${IMAGES}targets:\n  prod:\n    swarm:\n      host: unix:///x\n      stack: s\n      image-variable: APP_IMAGE\n`,
      'gantry.yml:11:7: targets.prod.swarm.image-variable: is for image:; with images:, each image names its own (variable:, and its name on Kubernetes)',
    ],
    [
      'an empty env group',
      `image: r.example/a\ntargets:\n  p:\n    swarm: { host: unix:///x, stack: s, env-groups: { storage: [] } }\n`,
      'gantry.yml:4:64: targets.p.swarm.env-groups.storage: needs at least one variable name',
    ],
    [
      'an env group naming something that is not a variable',
      `image: r.example/a\ntargets:\n  p:\n    swarm: { host: unix:///x, stack: s, env-groups: { storage: [B2_KEY, "-x y"] } }\n`,
      'targets.p.swarm.env-groups.storage: expected variable names (a letter or _, then letters, digits or _)',
    ],
  ])('refuses %s, naming the key at its position', (_name, text, message) => {
    expect(errorOf(text).split('\n')).toContainEqual(expect.stringContaining(message));
  });
});

describe('env-groups: all set or none', () => {
  const groups = { storage: ['A', 'B', 'C', 'D'], mail: ['M'] };
  it('says which groups are set', () => {
    const env = new Map([
      ['A', '1'],
      ['B', '2'],
      ['C', '3'],
      ['D', '4'],
    ]);
    expect(checkEnvGroupMap('targets.p.swarm.env-groups', groups, env).map(formatEnvGroup)).toEqual([
      'storage: set (4 of 4)',
      'mail: not set',
    ]);
  });
  it('refuses a partial group, naming the group and what is missing', () => {
    expect(() =>
      checkEnvGroupMap(
        'targets.p.swarm.env-groups',
        groups,
        new Map([
          ['A', '1'],
          ['C', ''],
          ['M', 'x'],
        ]),
      ),
    ).toThrow(
      "Input 'targets.p.swarm.env-groups.storage': 1 of 4 set, but B, C, D are not: set all of A, B, C, D or none",
    );
  });
});

describe('planRelease with several images', () => {
  const config = load(IMAGES + TARGETS);
  const input = (target: Target, extra: Partial<PlanInput> = {}): PlanInput => ({
    config,
    target,
    tags: ['1.2.3'],
    tag: undefined,
    skipBuild: false,
    skipSmoke: false,
    trivyInstalled: true,
    secretValues: new Map(),
    commit: 'abc',
    now: new Date('2026-01-01T00:00:00Z'),
    env: new Map(),
    ...extra,
  });
  it('lists every image in the build, scan and deploy stages, and the env groups', () => {
    const prod = config.targets.prod as Target;
    expect(formatPlan(prod, planRelease(input(prod)))).toBe(`Plan for target prod (swarm):
1. build
     api: context /project, stage api
     api: build args: A=1 B=1
     api: push registry.example.com/honeydue/api:1.2.3
     worker: context /project, stage worker
     worker: build args: A=1 B=1
     worker: push registry.example.com/honeydue/worker:1.2.3
     admin-ui: context /project/admin, Dockerfile /project/admin/Dockerfile, stage admin
     admin-ui: build args: A=1 B=2
     admin-ui: push registry.example.com/honeydue/admin:1.2.3
     2 at a time; a failed build stops the release
2. scan
     trivy image registry.example.com/honeydue/api@<digest of the push> (vuln,secret,misconfig)
     trivy image registry.example.com/honeydue/worker@<digest of the push> (vuln,secret,misconfig)
     trivy image registry.example.com/honeydue/admin@<digest of the push> (vuln,secret,misconfig)
     fail on CRITICAL,HIGH
3. secrets: skipped (no secrets in the config)
4. deploy
     docker stack deploy honeydue on unix:///var/run/docker.sock (Swarm)
     stack files: /project/docker-stack.yml
     \${API_IMAGE} = registry.example.com/honeydue/api@<digest of the push>
     \${WORKER_REF} = registry.example.com/honeydue/worker@<digest of the push>
     \${ADMIN_UI_IMAGE} = registry.example.com/honeydue/admin@<digest of the push>
     env group storage: not set
     wait for convergence: 600s (no progress: 180s); lock wait 300s
     rollback: automatic on failure
5. smoke: skipped (no smoke check in the config)
6. prune
     keep the 3 newest version(s) of each secret of stack honeydue, and any in use
     only after a verified deploy
`);
  });
  it('with --skip-build, resolves every image tag; a partial env group is refused', () => {
    const k8s = config.targets.k8s as Target;
    const [build] = planRelease(input(k8s, { skipBuild: true, tag: 'v1' }));
    expect(build?.run).toBe(
      '--skip-build: deploy registry.example.com/honeydue/api:v1, registry.example.com/honeydue/worker:v1, registry.example.com/honeydue/admin:v1 (already pushed)',
    );
    const prod = config.targets.prod as Target;
    expect(() => planRelease(input(prod, { env: new Map([['B2_ENDPOINT', 'https://s3']]) }))).toThrow(
      "Input 'targets.prod.swarm.env-groups.storage': 1 of 4 set",
    );
  });
});
