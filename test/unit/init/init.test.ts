import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadConfig } from '../../../src/core/config/load.ts';
import {
  detect,
  finalStages,
  githubRepositoryOf,
  type InitInput,
  imageVariable,
} from '../../../src/core/init/detect.ts';
import { renderGantryYml, renderWorkflow } from '../../../src/core/init/render.ts';
import { runCli } from '../../helpers/run-cli.ts';
import { checkFile, loadSource } from '../../static/rules.ts';

// `gantry init` (issue 24): detection and rendering are pure (src/core/init/), so each sample layout is
// a listing plus the texts; every rendered gantry.yml must load with the project's own loader. The last
// block runs `gantry init --yes` then `gantry plan` in-process on a sample directory.

const ORIGIN = 'git@github.com:Acme/Shop.git';
const input = (texts: Record<string, string>, extra: string[] = [], origin = ORIGIN): InitInput => ({
  files: [...Object.keys(texts), ...extra],
  texts,
  origin,
  dirName: 'shop',
});
const load = (text: string) =>
  loadConfig(text, { file: 'gantry.yml', baseDir: '/tmp/app', env: { HOME: '/home/u' } });

const MULTI_DOCKERFILE = [
  'FROM node:22 AS deps',
  'RUN npm ci',
  'FROM deps AS build',
  'RUN npm run build',
  'FROM node:22-slim AS api',
  'COPY --from=build /app/api /app',
  'FROM node:22-slim AS worker',
  'COPY --from=build /app/worker /app',
  'FROM nginx:1.27 AS admin',
  'COPY --from=build /app/admin /usr/share/nginx/html',
  '',
].join('\n');
const MULTI_STACK = [
  'services:',
  '  api:',
  '    image: ${API_IMAGE}',
  '    secrets: [db_password]',
  '    deploy: { replicas: 2 }',
  '  worker:',
  '    image: ${WORKER_IMAGE:-worker}',
  '  admin:',
  '    image: ${ADMIN_IMG}',
  '  db:',
  '    image: postgres:16',
  'secrets:',
  '  db_password:',
  '    external: true',
  '    name: ${DB_PASSWORD_SECRET}',
  '  api_token:',
  '    external: true',
  '',
].join('\n');
const DEPLOYMENT = [
  'apiVersion: apps/v1',
  'kind: Deployment',
  'metadata: { name: shop }',
  'spec:',
  '  template:',
  '    spec:',
  '      containers:',
  '        - name: shop',
  '          image: ${GANTRY_IMAGE}',
  '          env:',
  '            - name: DB',
  '              valueFrom: { secretKeyRef: { name: "${DB_PASSWORD_SECRET}", key: DB_PASSWORD } }',
  '',
].join('\n');

describe('the pieces', () => {
  it.each([
    ['git@github.com:Acme/Shop.git', 'Acme/Shop'],
    ['https://github.com/acme/shop', 'acme/shop'],
    ['https://x-token:abc@github.com/acme/shop.git', 'acme/shop'],
    ['ssh://git@github.com/acme/my.app.git', 'acme/my.app'],
    ['https://gitlab.com/acme/shop.git', undefined],
    [undefined, undefined],
  ])('githubRepositoryOf(%s) = %s', (origin, repo) => {
    expect(githubRepositoryOf(origin)).toBe(repo);
  });
  it.each([
    ['${API_IMAGE}', 'API_IMAGE'],
    ['${WORKER_IMAGE:-worker}', 'WORKER_IMAGE'],
    ['$APP_IMAGE', 'APP_IMAGE'],
    ['${APP}:1.2', 'APP'],
    ['postgres:16', undefined],
    ['ghcr.io/acme/shop:${TAG}', undefined],
  ])('imageVariable(%s) = %s', (image, variable) => {
    expect(imageVariable(image)).toBe(variable);
  });
  it('finds the final-looking stages: named, not built on or copied from', () => {
    expect(finalStages(MULTI_DOCKERFILE)).toEqual(['api', 'worker', 'admin']);
    expect(
      finalStages(
        'FROM --platform=$BUILDPLATFORM golang:1.23 AS build\nFROM scratch\nCOPY --from=build /app /app\n',
      ),
    ).toEqual([]);
  });
});

describe('sample layouts: detect → render → loadConfig', () => {
  it('single Dockerfile + docker-stack.yml: image:, the stack variable, external secrets as env placeholders', () => {
    const d = detect(
      input({
        Dockerfile: 'FROM node:22\nCMD ["node","server.js"]\n',
        'docker-stack.yml':
          'services:\n  web:\n    image: ${APP_IMAGE}\n    deploy: { replicas: 2 }\n  cache:\n    image: redis:7\nsecrets:\n  db_password:\n    external: true\n',
        'docker-compose.yml': 'services:\n  web:\n    build: .\n',
      }),
    );
    const text = renderGantryYml(d);
    expect(text).toContain('image: ghcr.io/acme/shop');
    expect(text).toContain('DB_PASSWORD: { env: DB_PASSWORD }');
    expect(text).toMatch(/# smoke:/);
    const config = load(text);
    expect(config.images.map((i) => i.name)).toEqual(['ghcr.io/acme/shop']);
    const target = config.targets.production;
    expect(target?.kind).toBe('swarm');
    expect(target?.kind === 'swarm' && target.stackFiles).toEqual(['/tmp/app/docker-stack.yml']);
    expect(target?.images[0]?.variable).toBe('APP_IMAGE');
    expect(config.secrets.values).toEqual([{ name: 'DB_PASSWORD', source: { env: 'DB_PASSWORD' } }]);
    const workflow = parse(renderWorkflow(d, '1.2.3'));
    expect(workflow.jobs.release.uses).toBe(
      `gantry-dev/gantry/.github/workflows/release.yml@${'0'.repeat(40)}`,
    );
    expect(workflow.jobs.release.with).toMatchObject({ target: 'swarm', services: 'web', stack: 'shop' });
    expect(workflow.jobs.release.secrets['app-secrets']).toBe('DB_PASSWORD=${{ secrets.DB_PASSWORD }}\n');
  });

  it('multi-stage api/worker/admin + stack: images: with a key per stage and the stack variables', () => {
    const d = detect(input({ Dockerfile: MULTI_DOCKERFILE, 'docker-stack.yml': MULTI_STACK }));
    const config = load(renderGantryYml(d));
    expect(config.multiImage).toBe(true);
    expect(config.images.map((i) => [i.key, i.name, i.target])).toEqual([
      ['api', 'ghcr.io/acme/shop/api', 'api'],
      ['worker', 'ghcr.io/acme/shop/worker', 'worker'],
      ['admin', 'ghcr.io/acme/shop/admin', 'admin'],
    ]);
    expect(config.targets.production?.images.map((i) => i.variable)).toEqual([
      'API_IMAGE',
      'WORKER_IMAGE',
      'ADMIN_IMG',
    ]);
    expect(config.secrets.values.map((v) => v.name)).toEqual(['API_TOKEN', 'DB_PASSWORD']);
    const workflow = renderWorkflow(d, '1.2.3');
    expect(workflow).toContain('The reusable workflow releases one image');
    expect(parse(workflow).jobs.release.with['build-target']).toBe('api');
  });

  it('k8s manifests folder: a kubernetes target with manifests: [k8s/]', () => {
    const d = detect(
      input({
        Dockerfile: 'FROM alpine\n',
        'k8s/deployment.yaml': DEPLOYMENT,
        'k8s/service.yaml': 'apiVersion: v1\nkind: Service\nmetadata: { name: shop }\n',
      }),
    );
    const config = load(renderGantryYml(d));
    const target = config.targets.production;
    expect(target?.kind === 'kubernetes' && [target.manifests, target.stack]).toEqual([['k8s/'], 'shop']);
    expect(config.secrets.values.map((v) => v.name)).toEqual(['DB_PASSWORD']);
    expect(parse(renderWorkflow(d, '1.2.3')).jobs.release.with).toMatchObject({
      target: 'kubernetes',
      manifests: 'k8s/',
    });
  });

  it('kustomization: kustomize: the production overlay; with a stack file too: two targets', () => {
    const d = detect(
      input({
        'docker/Dockerfile': 'FROM alpine\n',
        'docker-stack.yml': 'services:\n  app:\n    image: ${GANTRY_IMAGE}\n',
        'deploy/base/kustomization.yaml': 'resources: [deployment.yaml]\n',
        'deploy/base/deployment.yaml': DEPLOYMENT,
        'deploy/overlays/staging/kustomization.yaml': 'resources: [../../base]\n',
        'deploy/overlays/production/kustomization.yaml': 'resources: [../../base]\n',
      }),
    );
    const text = renderGantryYml(d);
    const config = load(text);
    expect(Object.keys(config.targets)).toEqual(['swarm', 'kubernetes']);
    const k = config.targets.kubernetes;
    expect(k?.kind === 'kubernetes' && k.kustomize).toBe('/tmp/app/deploy/overlays/production');
    expect(config.build.dockerfile).toBe('/tmp/app/docker/Dockerfile');
    expect(text).not.toContain('image-variable');
  });

  it('no GitHub origin: a placeholder registry, commented', () => {
    const d = detect(
      input(
        { Dockerfile: 'FROM alpine\n', 'compose.yaml': 'services:\n  app:\n    image: ${GANTRY_IMAGE}\n' },
        [],
        'https://gitlab.com/a/b.git',
      ),
    );
    const text = renderGantryYml(d);
    expect(text).toMatch(/image: registry\.example\.com\/shop +# .*TODO/);
    expect(load(text).images[0]?.name).toBe('registry.example.com/shop');
  });

  it('nothing found: no Dockerfile is an InitError', () => {
    expect(() => detect(input({ 'README.md': '' }))).toThrow(/no Dockerfile found/);
  });

  it('a Dockerfile alone: a placeholder swarm target that still loads', () => {
    const d = detect(input({ Dockerfile: 'FROM alpine\n' }));
    expect(load(renderGantryYml(d)).targets.production?.kind).toBe('swarm');
  });
});

describe('gantry init in-process, then gantry plan', () => {
  const work = mkdtempSync(path.join(tmpdir(), 'gantry-init-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));
  const sample = (name: string, files: Record<string, string>): string => {
    const dir = path.join(work, name);
    for (const [file, text] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      writeFileSync(path.join(dir, file), text);
    }
    const git = (...args: string[]) => execFileSync('git', ['-C', dir, ...args], { stdio: 'ignore' });
    git('init', '-q');
    git('remote', 'add', 'origin', 'https://github.com/Acme/Shop.git');
    return dir;
  };

  it('writes gantry.yml and the workflow; plan accepts it and lists the images; a second init changes nothing', async () => {
    const dir = sample('multi', { Dockerfile: MULTI_DOCKERFILE, 'docker-stack.yml': MULTI_STACK });
    const first = await runCli(['init', '--yes', '--dir', dir]);
    expect(first.err).toBe('');
    expect(first.code).toBe(0);
    expect(first.out).toContain('gantry.yml');
    const config = path.join(dir, 'gantry.yml');
    const workflowFile = path.join(dir, '.github/workflows/release.yml');
    const before = [readFileSync(config, 'utf8'), readFileSync(workflowFile, 'utf8')];
    const mtimes = [statSync(config).mtimeMs, statSync(workflowFile).mtimeMs];

    const plan = await runCli(['plan', '-c', config, '--target', 'production'], { HOME: work });
    expect(plan.err).toBe('');
    expect(plan.code).toBe(0);
    for (const image of ['ghcr.io/acme/shop/api', 'ghcr.io/acme/shop/worker', 'ghcr.io/acme/shop/admin'])
      expect(plan.out).toContain(image);

    const again = await runCli(['init', '--yes', '--dir', dir]);
    expect(again.code).toBe(2);
    expect(again.err).toContain(config);
    expect(again.err).toContain('never overwrites');
    expect([readFileSync(config, 'utf8'), readFileSync(workflowFile, 'utf8')]).toEqual(before);
    expect([statSync(config).mtimeMs, statSync(workflowFile).mtimeMs]).toEqual(mtimes);

    // The project's own workflow rules: only the placeholder pin is flagged (the user replaces it, as
    // with workflows/*.yml); parse + actionlint run in test/static/init-workflow.test.ts.
    const rules = checkFile(loadSource('.github/workflows/release.yml', 'workflow', before[1] ?? ''), {
      exists: () => false,
    });
    expect(rules.map((v) => v.rule)).toEqual(['placeholder-sha']);
  });

  it('refuses an existing workflow file alone, naming it, and writes nothing', async () => {
    const dir = sample('existing', {
      Dockerfile: 'FROM alpine\n',
      'docker-stack.yml': 'services:\n  app:\n    image: ${GANTRY_IMAGE}\n',
      '.github/workflows/release.yml': 'name: mine\n',
    });
    const r = await runCli(['init', '--yes', '--dir', dir]);
    expect(r.code).toBe(2);
    expect(r.err).toContain(path.join(dir, '.github/workflows/release.yml'));
    expect(() => statSync(path.join(dir, 'gantry.yml'))).toThrow();
  });

  it('without --yes and without a terminal: prints the files, writes nothing, exit 2', async () => {
    const dir = sample('dry', { Dockerfile: 'FROM alpine\n', 'k8s/app.yaml': DEPLOYMENT });
    const r = await runCli(['init', '--dir', dir]);
    expect(r.code).toBe(2);
    expect(r.out).toContain('--- gantry.yml');
    expect(r.out).toContain('manifests: [k8s/]');
    expect(r.err).toContain('--yes');
    expect(() => statSync(path.join(dir, 'gantry.yml'))).toThrow();
  });

  it('no Dockerfile: exit 2, says so', async () => {
    const dir = sample('empty', { 'README.md': 'hello\n' });
    const r = await runCli(['init', '--yes', '--dir', dir]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('no Dockerfile found');
  });

  it('--force is not an option', async () => {
    const r = await runCli(['init', '--force']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/--force/);
  });
});
