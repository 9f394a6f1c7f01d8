import { describe, expect, it } from 'vitest';
import {
  analyseCompose,
  checkEnvGroups,
  imageOverride,
  parseImagePins,
} from '../../../src/core/swarm/compose.ts';
import { substitute } from '../../../src/core/swarm/interpolation.ts';
import { lockHolder, lockLabels, lockState } from '../../../src/core/swarm/lock.ts';
import { absentStackFile } from '../../../src/core/swarm/plan.ts';

const env = (entries: Record<string, string>) => new Map(Object.entries(entries));

describe("interpolation (the Docker CLI's template rules)", () => {
  it.each([
    // template, variables, value, Docker's error, unset (Gantry's stricter check)
    ['$IMAGE', { IMAGE: 'i' }, 'i', undefined, []],
    ['${IMAGE}', {}, '', undefined, ['IMAGE']],
    ['${image}', { image: 'lower' }, 'lower', undefined, []],
    ['${A:-x}/${B-y}', { A: '', B: '' }, 'x/', undefined, []],
    ['${A:-x}/${B-y}', {}, 'x/y', undefined, []],
    ['${A:?need A}', { A: '' }, '', 'required variable A is missing a value: need A', ['A']],
    ['${A?need A}', { A: '' }, '', undefined, []],
    ['${A?need A}', {}, '', 'required variable A is missing a value: need A', ['A']],
    // Docker reads the unbraced form with an operator too: `$N-suffix` is `${N-suffix}`
    ['$N-suffix', { N: 'img' }, 'img', undefined, []],
    ['cost: $$5 and $${NOT}', {}, 'cost: $5 and ${NOT}', undefined, []],
    ['echo $(date)', {}, 'echo (date)', 'echo $(date)', []],
    ['${V:+x}', { V: '1' }, '{V:+x}', '${V:+x}', []],
    ['trailing $', {}, 'trailing ', 'trailing $', []],
    // the last expression's outcome is Docker's: a later valid one clears an earlier error
    ['${A:?boom}${B:-y}', {}, 'y', undefined, ['A']],
    // `-` anywhere makes it a default: `${A:?x-y}` is A:?x with the default y
    ['${A:?x-y}', {}, 'y', undefined, []],
  ])('%s with %j', (template, values, value, error, unset) =>
    expect(substitute(template, env(values))).toEqual({ value, error, unset }),
  );
});

const STACK = `
version: "3.8"
services:
  api:
    image: \${IMAGE}
    secrets: [db_password]
    deploy: { replicas: 3 }
  worker:
    image: \${IMAGE}
    deploy:
      mode: global
    ports:
      - target: 80
        published: 8080
        mode: host
secrets:
  db_password:
    external: true
    name: \${DB_PASSWORD_SECRET}
`;

describe('analyseCompose', () => {
  it('reads services, images, replicas, ports and secrets after interpolation', () => {
    const analysis = analyseCompose(
      [{ path: 'stack.yml', text: STACK }],
      env({ IMAGE: 'reg/app@sha256:ab', DB_PASSWORD_SECRET: 'shop_db_password_0123456789ab' }),
      'shop',
    );
    expect(analysis).toEqual({
      version: '3.8',
      services: [
        {
          name: 'api',
          image: 'reg/app@sha256:ab',
          replicas: 3,
          mode: undefined,
          secrets: ['db_password'],
          configs: [],
          networks: [],
          publishedPorts: [],
        },
        {
          name: 'worker',
          image: 'reg/app@sha256:ab',
          replicas: undefined,
          mode: 'global',
          secrets: [],
          configs: [],
          networks: [],
          publishedPorts: ['8080:80/host'],
        },
      ],
      secrets: [{ key: 'db_password', name: 'shop_db_password_0123456789ab', external: true }],
      configs: [],
      networks: [{ key: 'default', name: 'shop_default', external: false }],
      files: [],
      missing: [],
    });
  });

  it('lists the variables that are not set', () => {
    expect(analyseCompose([{ path: 'stack.yml', text: STACK }], env({}), 'shop').missing).toEqual([
      'DB_PASSWORD_SECRET',
      'IMAGE',
    ]);
  });

  it('merges files like -c a -c b: later files override services by key', () => {
    const override = 'version: "3.8"\nservices:\n  api:\n    image: other/app:2\n';
    const analysis = analyseCompose(
      [
        { path: 'a.yml', text: STACK },
        { path: 'b.yml', text: override },
      ],
      env({ IMAGE: 'x', DB_PASSWORD_SECRET: 'y' }),
      'shop',
    );
    expect(analysis.services[0]).toMatchObject({
      name: 'api',
      image: 'other/app:2',
      replicas: 3,
      secrets: ['db_password'],
    });
  });

  it('gives a stack-prefixed name to a secret without name:', () => {
    const text = 'services:\n  a:\n    image: x\n    secrets: [k]\nsecrets:\n  k:\n    file: ./k.txt\n';
    expect(analyseCompose([{ path: 's.yml', text }], env({}), 'shop').secrets).toEqual([
      { key: 'k', name: 'shop_k', external: false },
    ]);
  });

  it.each([
    ['services: [', /^Input 'compose-file': s\.yml: not valid YAML/],
    // docker parses before it interpolates: a ${…} with braces inside a flow mapping is invalid there too
    ['services:\n  a: { image: ${IMAGE:-x} }\n', /^Input 'compose-file': s\.yml: not valid YAML/],
    ['version: "3.8"\n', /declares no services/],
    [
      'services:\n  a:\n    image: x\n    secrets: [nope]\n',
      /service a uses secret nope, which the top-level secrets: do not declare \(Docker: undefined secret "nope"\)/,
    ],
  ])('rejects %j', (text, message) => {
    expect(() => analyseCompose([{ path: 's.yml', text }], env({}), 'shop')).toThrow(message);
  });
});

describe('image pins', () => {
  const digest = `sha256:${'a'.repeat(64)}`;
  it('parses service=image@digest lines and writes an override', () => {
    const pins = parseImagePins('images', [`api=reg.example.com/shop/api@${digest}`]);
    expect([...pins]).toEqual([['api', `reg.example.com/shop/api@${digest}`]]);
    expect(
      imageOverride(pins, [
        {
          name: 'api',
          image: 'x',
          replicas: 1,
          mode: undefined,
          secrets: [],
          configs: [],
          networks: [],
          publishedPorts: [],
        },
      ]),
    ).toBe(`services:\n  api:\n    image: reg.example.com/shop/api@${digest}\n`);
  });
  it.each([
    ['api=reg/app:1.2.3', /expected service=image@sha256:<digest> lines/],
    ['api=reg/app@sha256:abc', /expected service=image@sha256/],
    [`api=reg/app@${digest}\napi=reg/app@${digest}`, /service api is pinned twice/],
  ])('rejects %j', (raw, message) =>
    expect(() => parseImagePins('images', raw.split('\n'))).toThrow(message),
  );
  it('rejects a pin for a service the stack does not have', () => {
    expect(() => imageOverride(new Map([['ghost', `r/a@${digest}`]]), [])).toThrow(
      "Input 'images': names services the stack file does not have: ghost",
    );
  });
});

describe('checkEnvGroups', () => {
  const group = ['S3_ENDPOINT,S3_BUCKET,S3_KEY,S3_SECRET'];
  it.each([
    [{}, undefined],
    [{ S3_ENDPOINT: 'e', S3_BUCKET: 'b', S3_KEY: 'k', S3_SECRET: 's' }, undefined],
    [{ S3_ENDPOINT: '', S3_BUCKET: '' }, undefined],
    [
      { S3_BUCKET: 'b' },
      "Input 'env-groups': S3_BUCKET is set but S3_ENDPOINT, S3_KEY, S3_SECRET are not: set all of S3_ENDPOINT, S3_BUCKET, S3_KEY, S3_SECRET or none",
    ],
  ])('%j', (values, error) => {
    const check = () => checkEnvGroups('env-groups', group, env(values));
    if (error === undefined) expect(check).not.toThrow();
    else expect(check).toThrow(error);
  });
});

describe('deploy lock', () => {
  const now = new Date('2026-11-23T12:00:00Z');
  it('labels the holder and the expiry', () => {
    expect(lockLabels('shop', 'https://github.com/acme/shop/actions/runs/1', now, 60_000)).toEqual({
      'gantry.stack': 'shop',
      'gantry.lock.holder': 'https://github.com/acme/shop/actions/runs/1',
      'gantry.lock.expires': '2026-11-23T12:01:00.000Z',
    });
  });
  it.each([
    [{ 'gantry.lock.holder': 'run 1', 'gantry.lock.expires': '2026-11-23T12:00:01Z' }, false],
    [{ 'gantry.lock.holder': 'run 1', 'gantry.lock.expires': '2026-11-23T11:59:59Z' }, true],
    [{ 'gantry.lock.holder': 'run 1', 'gantry.lock.expires': 'soon' }, true],
    [undefined, true],
  ])('%j expired: %s', (labels, expired) => expect(lockState(labels, now).expired).toBe(expired));
  it('names a workflow run by its URL, else the fallback', () => {
    expect(
      lockHolder(
        {
          GITHUB_SERVER_URL: 'https://github.com',
          GITHUB_REPOSITORY: 'a/b',
          GITHUB_RUN_ID: '7',
          GITHUB_RUN_ATTEMPT: '2',
        },
        'x',
      ),
    ).toBe('https://github.com/a/b/actions/runs/7/attempts/2');
    expect(lockHolder({}, 'me@laptop')).toBe('me@laptop');
  });
});

describe('issue 25: stack files read as Docker reads them', () => {
  const analyse = (text: string, values: Record<string, string> = {}) =>
    analyseCompose([{ path: 's.yml', text }], env(values), 'shop');

  it.each([
    // defect 1: an external object is its name:, else its key; never stack-prefixed
    [
      'secrets',
      'secrets:\n  db_password:\n    external: true\n',
      { key: 'db_password', name: 'db_password', external: true },
    ],
    [
      'secrets',
      'secrets:\n  db:\n    external: true\n    name: shop_db_v2\n',
      { key: 'db', name: 'shop_db_v2', external: true },
    ],
    [
      'secrets',
      'secrets:\n  db:\n    external: { name: legacy }\n',
      { key: 'db', name: 'legacy', external: true },
    ],
    ['secrets', 'secrets:\n  db:\n    file: ./db.txt\n', { key: 'db', name: 'shop_db', external: false }],
    ['configs', 'configs:\n  app:\n    external: true\n', { key: 'app', name: 'app', external: true }],
    [
      'configs',
      'configs:\n  app:\n    name: app_v3\n    file: ./a\n',
      { key: 'app', name: 'app_v3', external: false },
    ],
    [
      'networks',
      'networks:\n  public:\n    external: true\n',
      { key: 'public', name: 'public', external: true },
    ],
    [
      'networks',
      'networks:\n  internal:\n    driver: overlay\n',
      { key: 'internal', name: 'shop_internal', external: false },
    ],
  ] as const)('%s: %j', (kind, declaration, object) => {
    const analysis = analyse(`services:\n  a:\n    image: x\n${declaration}`);
    expect(analysis[kind]).toContainEqual(object);
  });

  it.each([
    // defect 2: only values are interpolated; comments, keys and x-* fields require nothing
    ['# set ${TOKEN} first\nservices:\n  a:\n    image: x # ${ALSO_NOT}\n', []],
    [
      'services:\n  a:\n    image: x\n    labels:\n      traefik.http.routers.${ROUTER}.rule: Host(`a`)\n',
      [],
    ],
    ['x-common:\n  url: ${BACKUP_URL}\nservices:\n  a:\n    image: x\n    x-note: ${NOTE}\n', []],
    ['services:\n  a:\n    image: x:${TAG}\n    environment:\n      - A=${A:-d}\n', ['TAG']],
  ])('%j requires %j', (text, missing) => expect(analyse(text).missing).toEqual(missing));

  it('defect 3: merge keys give the service its image and deploy settings', () => {
    const text =
      'x-base: &base\n  image: reg/app:${TAG}\n  deploy:\n    replicas: 2\nservices:\n  api:\n    <<: *base\n  worker:\n    <<: *base\n    deploy:\n      mode: global\n';
    expect(analyse(text, { TAG: '1' }).services).toMatchObject([
      { name: 'api', image: 'reg/app:1', replicas: 2 },
      { name: 'worker', image: 'reg/app:1', mode: 'global', replicas: undefined },
    ]);
  });

  it.each([
    // defect 4: what Docker refuses, with Docker's reason
    ['version: "2.4"\nservices:\n  a:\n    image: x\n', 'unsupported Compose file version: 2.4'],
    ['name: shop\nservices:\n  a:\n    image: x\n', '(root) Additional property name is not allowed'],
    [
      'services:\n  a:\n    image: x\n    command: echo $(date)\n',
      'invalid interpolation format for services.a.command: "echo $(date)"; you may need to escape any $ with another $',
    ],
    [
      'services:\n  a:\n    image: x\n    environment:\n      DB: ${DB:?set DB}\n',
      'invalid interpolation format for services.a.environment.DB: "required variable DB is missing a value: set DB"',
    ],
    ['version: 3.8\nservices:\n  a:\n    image: x\n', 'version must be a string'],
    [
      'services:\n  a:\n    image: x\n    deploy:\n      replicas: ${N:-two}\n',
      'error while interpolating services.a.deploy.replicas: failed to cast to expected type: strconv.Atoi: parsing "two": invalid syntax',
    ],
  ])('refuses %j', (text, reason) => expect(() => analyse(text)).toThrow(reason));

  it('lists env_file and secret files for the deploy to check, relative to the first file', () => {
    const analysis = analyseCompose(
      [
        {
          path: 'deploy/stack.yml',
          text: 'services:\n  a:\n    image: x\n    env_file: [a.env]\n    secrets: [s]\nsecrets:\n  s:\n    file: ./s.txt\n',
        },
      ],
      env({}),
      'shop',
    );
    expect(analysis.files).toEqual(['deploy/a.env', 'deploy/s.txt']);
    expect(absentStackFile(analysis, (f) => f !== 'deploy/a.env')).toBe(
      'open deploy/a.env: no such file or directory',
    );
  });

  it("writes the image override with the stack file's version (Docker refuses mixed versions)", () => {
    const analysis = analyse('version: "3.9"\nservices:\n  a:\n    image: x\n');
    const pins = new Map([['a', `r/a@sha256:${'b'.repeat(64)}`]]);
    expect(imageOverride(pins, analysis.services, 'images', analysis.version)).toMatch(/^version: "3.9"\n/);
  });
});

describe('unset variables are reported before what they leave empty', () => {
  it('names REPLICAS and WEB_PORT rather than the empty numbers Docker would refuse', () => {
    const text =
      'version: "3.8"\nservices:\n  a:\n    image: x\n    deploy:\n      replicas: ${REPLICAS}\n    ports:\n      - published: ${WEB_PORT}\n        target: 80\n';
    expect(analyseCompose([{ path: 's.yml', text }], env({}), 'shop').missing).toEqual([
      'REPLICAS',
      'WEB_PORT',
    ]);
  });
});
