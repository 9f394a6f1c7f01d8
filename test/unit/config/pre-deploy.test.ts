import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/core/config/load.ts';
import { formatPlan, planRelease } from '../../../src/core/config/plan.ts';

// `pre-deploy:` in gantry.yml: parsed into each target's jobs, checked against the file's images
// and secrets (errors at the job's key), and shown by `gantry plan`.

const load = (text: string) => loadConfig(text, { file: 'gantry.yml', baseDir: '/project', env: {} });
const errorOf = (text: string): string => {
  try {
    load(text);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected the config to be refused');
};

const file = (images: string, jobs: string) => `${images}
secrets:
  values:
    DB_PASSWORD: { env: DB_PASSWORD }
targets:
  prod:
    swarm:
      host: ssh://deploy@10.0.0.1
      ssh-key-file: /keys/deploy
      known-hosts-file: /keys/known_hosts
      stack: shop
      pre-deploy:
${jobs}
  k8s:
    kubernetes:
      stack: shop
      namespace: shop
      manifests: [k8s/]
      pre-deploy:
${jobs}
`;

const MIGRATE = `        - name: migrate
          command: [/app/migrate, up]
          env: { LEVEL: debug }
          secrets: [DB_PASSWORD]
          volumes: ["data:/data"]
          timeout: 2m`;

describe('pre-deploy in gantry.yml', () => {
  it('becomes each target preDeploy, with defaults', () => {
    const config = load(
      file('image: reg.example/shop/api', `${MIGRATE}\n        - { name: seed, command: [seed] }`),
    );
    for (const target of [config.targets.prod, config.targets.k8s])
      expect(target?.preDeploy).toEqual([
        {
          name: 'migrate',
          image: undefined,
          command: ['/app/migrate', 'up'],
          env: { LEVEL: 'debug' },
          secrets: ['DB_PASSWORD'],
          volumes: [{ name: 'data', path: '/data' }],
          timeoutMs: 120_000,
        },
        {
          name: 'seed',
          image: undefined,
          command: ['seed'],
          env: {},
          secrets: [],
          volumes: [],
          timeoutMs: 600_000,
        },
      ]);
    expect(load(file('image: reg.example/shop/api', '        []')).targets.prod?.preDeploy).toEqual([]);
  });

  it.each([
    [
      'a bad name',
      '        - { name: Migrate_1, command: [x] }',
      /targets\.prod\.swarm\.pre-deploy\[0\]\.name: expected lower-case/,
    ],
    ['no command', '        - { name: m }', /pre-deploy\[0\]\.command: is required/],
    [
      'an empty command',
      '        - { name: m, command: [] }',
      /pre-deploy\[0\]\.command: needs at least the program/,
    ],
    [
      'a command as a string',
      '        - { name: m, command: "migrate up" }',
      /pre-deploy\[0\]\.command: expected a list of strings/,
    ],
    ['a bad timeout', '        - { name: m, command: [x], timeout: soon }', /pre-deploy\[0\]\.timeout: /],
    [
      'an unknown key',
      '        - { name: m, command: [x], retries: 2 }',
      /pre-deploy\[0\]\.retries: unknown key/,
    ],
    [
      'a bad env name',
      '        - { name: m, command: [x], env: { "A-B": "1" } }',
      /pre-deploy\[0\]\.env: expected variable names/,
    ],
    [
      'a bad volume',
      '        - { name: m, command: [x], volumes: [data] }',
      /pre-deploy\[0\]\.volumes: expected NAME:\/absolute\/path/,
    ],
    [
      'a name used twice',
      '        - { name: m, command: [x] }\n        - { name: m, command: [y] }',
      /pre-deploy: job names must be unique/,
    ],
    [
      'an unknown secret',
      '        - { name: m, command: [x], secrets: [API_KEY] }',
      /pre-deploy\[0\]\.secrets: API_KEY is not one of secrets\.values \(DB_PASSWORD\)/,
    ],
    [
      'a bad image',
      '        - { name: m, command: [x], image: "Not An Image" }',
      /pre-deploy\[0\]\.image: is neither an image key \(api\) nor an image reference/,
    ],
  ])('refuses %s, naming the key', (_what, jobs, expected) => {
    expect(errorOf(file('image: reg.example/shop/api', jobs))).toMatch(expected);
  });

  it('with images:, a job names its image (a key or a reference)', () => {
    const images = 'images:\n  api: { name: reg.example/api }\n  worker: { name: reg.example/worker }';
    expect(errorOf(file(images, '        - { name: m, command: [x] }'))).toMatch(
      /pre-deploy\[0\]\.name: needs image: one of api, worker, or a reference/,
    );
    expect(
      load(file(images, '        - { name: m, command: [x], image: worker }')).targets.k8s?.preDeploy[0]
        ?.image,
    ).toBe('worker');
    expect(
      load(file(images, '        - { name: m, command: [x], image: "busybox:1.36" }')).targets.k8s
        ?.preDeploy[0]?.image,
    ).toBe('busybox:1.36');
  });
});

describe('gantry plan shows the jobs', () => {
  const config = load(file('image: reg.example/shop/api', MIGRATE));
  const plan = (name: string) => {
    const target = config.targets[name];
    if (target === undefined) throw new Error('no target');
    return formatPlan(
      target,
      planRelease({
        config,
        target,
        tags: ['1.0.0'],
        tag: undefined,
        skipBuild: false,
        skipSmoke: false,
        trivyInstalled: false,
        secretValues: new Map(),
        commit: '0'.repeat(40),
        now: new Date(0),
      }),
    );
  };
  it('between secrets and deploy, on both targets', () => {
    expect(plan('prod')).toContain(`4. pre-deploy
     migrate: image reg.example/shop/api@<digest of the push>; command ["/app/migrate","up"]; env LEVEL; secrets DB_PASSWORD's version of this release as /run/secrets/DB_PASSWORD; volumes data at /data; timeout 120s
     each a one-off replicated-job service on the stack's networks, removed when it ends
     in order, under the deploy lock; a failure or a timeout stops the release before anything is deployed
5. deploy`);
    expect(plan('k8s')).toContain(
      '     each a Job (backoffLimit 0) in the namespace, kept until the next release\n',
    );
  });
  it('no jobs: no stage', () => {
    const bare = load(file('image: reg.example/shop/api', '        []'));
    const target = bare.targets.prod;
    if (target === undefined) throw new Error('no target');
    const stages = planRelease({
      config: bare,
      target,
      tags: ['1.0.0'],
      tag: undefined,
      skipBuild: false,
      skipSmoke: false,
      trivyInstalled: false,
      secretValues: new Map(),
      commit: '0'.repeat(40),
      now: new Date(0),
    });
    expect(stages.map((s) => s.stage)).toEqual(['build', 'scan', 'secrets', 'deploy', 'smoke', 'prune']);
  });
});

describe('replicas in gantry.yml', () => {
  it('manifest by default, live when asked; anything else refused at the key', () => {
    const config = load(file('image: reg.example/shop/api', '        []'));
    expect(config.targets.prod?.replicas).toBe('manifest');
    expect(config.targets.k8s?.replicas).toBe('manifest');
    const live = load(
      file('image: reg.example/shop/api', '        []').replace(
        '      stack: shop\n      pre-deploy',
        '      stack: shop\n      replicas: live\n      pre-deploy',
      ),
    );
    expect(live.targets.prod?.replicas).toBe('live');
    expect(
      errorOf(
        file('image: reg.example/shop/api', '        []').replace(
          '      stack: shop\n      pre-deploy',
          '      stack: shop\n      replicas: keep\n      pre-deploy',
        ),
      ),
    ).toMatch(/targets\.prod\.swarm\.replicas: expected manifest or live/);
  });
});
