import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  checkNoConflict,
  parsePinnedImages,
  secretsFromInput,
} from '../../../src/core/config/action-inputs.ts';
import { loadConfig } from '../../../src/core/config/load.ts';
import { parseRunners, workflowPlan } from '../../../src/core/config/workflow-plan.ts';

const workspace = '/ws';
const D = `sha256:${'a'.repeat(64)}`;
const config = loadConfig(
  [
    'images:',
    '  api: { name: reg.example/shop/api, platforms: [linux/amd64, linux/arm64], build-args: { A: "1" } }',
    '  web: { name: reg.example/shop/web, context: web, dockerfile: web/Containerfile, target: prod }',
    'build: { build-args: { V: "2" } }',
    'scan: { severity: [CRITICAL], ignore-unfixed: true, ignore-files: [.trivyignore] }',
    'secrets: { values: { DB: { env: DB_PASSWORD }, KEY: { file: key.txt } } }',
    'targets:',
    '  prod:',
    '    kubernetes: { manifests: [k8s/], stack: shop }',
    '',
  ].join('\n'),
  { file: 'gantry.yml', baseDir: workspace, env: {} },
);

describe('workflowPlan: what the reusable workflow runs for a gantry.yml', () => {
  it('one build leg per image and platform, on its runner, paths relative to the workspace', () => {
    const plan = workflowPlan(config, parseRunners('runners', ''), 'runners', workspace);
    expect(plan.buildMatrix).toEqual([
      {
        key: 'api',
        image: 'reg.example/shop/api',
        context: '.',
        file: '',
        target: '',
        'build-args': 'V=2\nA=1',
        platform: 'linux/amd64',
        runner: 'ubuntu-24.04',
        slug: 'api-linux-amd64',
      },
      expect.objectContaining({
        key: 'api',
        platform: 'linux/arm64',
        runner: 'ubuntu-24.04-arm',
        slug: 'api-linux-arm64',
      }),
      {
        key: 'web',
        image: 'reg.example/shop/web',
        context: 'web',
        file: path.join('web', 'Containerfile'),
        target: 'prod',
        'build-args': 'V=2',
        platform: 'linux/amd64',
        runner: 'ubuntu-24.04',
        slug: 'web-linux-amd64',
      },
    ]);
    expect(plan.imagesMatrix).toEqual([
      { key: 'api', image: 'reg.example/shop/api' },
      { key: 'web', image: 'reg.example/shop/web' },
    ]);
    expect(plan.scan).toEqual({
      enabled: true,
      severity: 'CRITICAL',
      'ignore-unfixed': true,
      'ignore-file': '.trivyignore',
    });
  });

  it('a platform without a runner is an error naming the runners input and the image', () => {
    expect(() => workflowPlan(config, { 'linux/amd64': 'x' }, 'runners', workspace)).toThrow(
      "Input 'runners': has no runner for linux/arm64 (image api builds it)",
    );
  });

  it.each([
    ['not json', 'is not JSON'],
    ['[]', 'expected a JSON object'],
    ['{"linux/amd64": 3}', 'the runner label of linux/amd64 must be a non-empty string'],
  ])('runners %s is refused', (raw, message) => {
    expect(() => parseRunners('runners', raw)).toThrow(message);
  });
});

describe('the release action inputs against the file', () => {
  it('images: every image, by digest, under its own name', () => {
    const pinned = parsePinnedImages(
      'images',
      JSON.stringify({ api: `reg.example/shop/api@${D}`, web: `reg.example/shop/web@${D}` }),
      config,
    );
    expect([...pinned]).toEqual([
      ['api', `reg.example/shop/api@${D}`],
      ['web', `reg.example/shop/web@${D}`],
    ]);
  });

  it.each([
    [{ api: `reg.example/shop/api@${D}` }, 'has no name@sha256:… for image web'],
    [{ api: `reg.example/shop/api@${D}`, web: `reg.example/shop/api@${D}` }, 'web: reg.example/shop/api@'],
    [{ api: 'reg.example/shop/api:v1', web: `reg.example/shop/web@${D}` }, 'expected image@sha256'],
    [
      { api: `reg.example/shop/api@${D}`, web: `reg.example/shop/web@${D}`, db: 'x' },
      'names db, not an image',
    ],
  ])('images %j is refused', (given, message) => {
    expect(() => parsePinnedImages('images', JSON.stringify(given), config)).toThrow(message);
  });

  it('app-secrets: each env source looked up by its variable; a missing one names it', () => {
    expect([...secretsFromInput('app-secrets', config, new Map([['DB_PASSWORD', 'pw']]))]).toEqual([
      ['DB_PASSWORD', 'pw'],
    ]);
    expect(() => secretsFromInput('app-secrets', config, new Map([['DB', 'pw']]))).toThrow(
      "Input 'app-secrets': has no line DB_PASSWORD=… (secrets.values.DB reads env DB_PASSWORD)",
    );
  });

  it('an input that says what the file says differently is refused, naming both', () => {
    expect(() => checkNoConflict('host', 'ssh://a@b', 'targets.p.swarm.host', 'ssh://a@c')).toThrow(
      "Input 'host': conflicts with targets.p.swarm.host",
    );
    expect(() => checkNoConflict('host', 'ssh://a@b', 'targets.p.swarm.host', 'ssh://a@b')).not.toThrow();
    expect(() => checkNoConflict('host', '', 'targets.p.swarm.host', 'ssh://a@b')).not.toThrow();
  });
});
