// Each project rule against fixtures that must pass and fixtures built to break it. The expected counts
// cover EVERY rule (a map of rule id -> violations), so a bad fixture proves its own rule fires and that
// no other rule does.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadRepoFile, REPO_ROOT, repoEnv } from './files.ts';
import { checkFile, type FileKind, loadSource, RULES, type RuleId, type Violation } from './rules.ts';

const FIXTURES = 'test/fixtures/static';

function check(path: string, kind: FileKind): Violation[] {
  return checkFile(loadRepoFile(`${FIXTURES}/${path}`, kind), repoEnv);
}

function countByRule(violations: Violation[]): Partial<Record<RuleId, number>> {
  const counts: Partial<Record<RuleId, number>> = {};
  for (const v of violations) counts[v.rule] = (counts[v.rule] ?? 0) + 1;
  return counts;
}

function lines(violations: Violation[], rule: RuleId): number[] {
  return violations.filter((v) => v.rule === rule).map((v) => v.line);
}

describe('good fixtures pass every rule', () => {
  it.each([
    ['good/workflows/ci.yml', 'workflow'],
    ['good/workflows/reusable.yml', 'workflow'],
    ['good/workflows/pr-target.yml', 'workflow'],
    ['good/actions/node/action.yml', 'action'],
    ['good/actions/composite/action.yml', 'action'],
  ] as const)('%s', (path, kind) => {
    expect(check(path, kind)).toEqual([]);
  });
});

describe('bad fixtures fail exactly their rule', () => {
  it.each<[string, FileKind, Partial<Record<RuleId, number>>]>([
    ['bad/workflows/yaml-syntax.yml', 'workflow', { 'yaml-syntax': 1 }],
    ['bad/workflows/unpinned-uses.yml', 'workflow', { 'pinned-uses': 6 }],
    ['bad/workflows/expression-in-run.yml', 'workflow', { 'no-expression-in-run': 2 }],
    ['bad/workflows/no-permissions.yml', 'workflow', { 'workflow-permissions': 1, 'job-permissions': 2 }],
    ['bad/workflows/job-permissions.yml', 'workflow', { 'job-permissions': 2 }],
    ['bad/workflows/pr-target-checkout.yml', 'workflow', { 'pull-request-target-checkout': 3 }],
    [
      'bad/workflows/workflow-call-descriptions.yml',
      'workflow',
      { 'input-description': 2, 'output-description': 1, 'boolean-input-default': 2 },
    ],
    ['bad/workflows/placeholder-sha.yml', 'workflow', { 'placeholder-sha': 2 }],
    ['bad/actions/node20/action.yml', 'action', { 'action-node24': 1 }],
    ['bad/actions/missing-bundle/action.yml', 'action', { 'action-bundle-exists': 2 }],
    [
      'bad/actions/descriptions/action.yml',
      'action',
      { 'input-description': 2, 'output-description': 1, 'boolean-input-default': 2 },
    ],
    ['bad/actions/composite-run/action.yml', 'action', { 'no-expression-in-run': 1, 'pinned-uses': 1 }],
  ])('%s', (path, kind, expected) => {
    expect(countByRule(check(path, kind))).toEqual(expected);
  });

  it('every rule is proven by at least one bad fixture above', () => {
    // Kept in step with the table: a new rule without a failing fixture fails here.
    const proven = new Set<RuleId>([
      'yaml-syntax',
      'pinned-uses',
      'no-expression-in-run',
      'workflow-permissions',
      'job-permissions',
      'pull-request-target-checkout',
      'action-node24',
      'action-bundle-exists',
      'input-description',
      'output-description',
      'boolean-input-default',
      'placeholder-sha',
    ]);
    expect(RULES.map((r) => r.id).sort()).toEqual([...proven].sort());
  });
});

describe('placeholder-sha', () => {
  it('accepts the placeholder in the ready-to-copy workflows/*.yml only', () => {
    const text = readFileSync(join(REPO_ROOT, FIXTURES, 'bad/workflows/placeholder-sha.yml'), 'utf8');
    expect(checkFile(loadSource('workflows/placeholder-sha.yml', 'workflow', text), repoEnv)).toEqual([]);
    const v = checkFile(loadSource('.github/workflows/placeholder-sha.yml', 'workflow', text), repoEnv);
    expect(v.map((x) => [x.rule, x.line])).toEqual([
      ['placeholder-sha', 12],
      ['placeholder-sha', 14],
    ]);
    expect(v[0]?.message).toContain('cannot run');
  });
});

describe('violations point at the offending line and say what to change', () => {
  it('pinned-uses: tag, branch, short SHA, missing or non-version comment, reusable workflow by tag', () => {
    const v = check('bad/workflows/unpinned-uses.yml', 'workflow');
    expect(lines(v, 'pinned-uses')).toEqual([11, 12, 13, 14, 15, 20]);
    expect(v[0]?.message).toContain('`uses: actions/checkout@v4` is not pinned');
    expect(v[3]?.message).toContain('as a comment on the same line');
    expect(v[0]?.file).toBe(`${FIXTURES}/bad/workflows/unpinned-uses.yml`);
  });

  it('no-expression-in-run: the line of the expression inside a block script', () => {
    const v = check('bad/workflows/expression-in-run.yml', 'workflow');
    expect(lines(v, 'no-expression-in-run')).toEqual([13, 19]);
    expect(v[1]?.message).toContain(`\${{ github.head_ref }}`);
    expect(v[1]?.message).toContain('env:');
  });

  it('job-permissions names the jobs', () => {
    const v = check('bad/workflows/job-permissions.yml', 'workflow');
    expect(v.map((x) => x.message.split(' ')[1])).toEqual(['`build`', '`call`']);
  });

  it('action-bundle-exists names the resolved path', () => {
    const v = check('bad/actions/missing-bundle/action.yml', 'action');
    expect(v.map((x) => x.message)).toEqual([
      expect.stringContaining('`test/fixtures/static/bad/dist/missing-bundle/index.js`'),
      expect.stringContaining('`test/fixtures/static/bad/actions/missing-bundle/dist/post.js`'),
    ]);
  });

  it('boolean-input-default says why the input counts as a boolean', () => {
    const v = check('bad/workflows/workflow-call-descriptions.yml', 'workflow').filter(
      (x) => x.rule === 'boolean-input-default',
    );
    expect(v.map((x) => x.message)).toEqual([
      expect.stringMatching(/^workflow_call input `prune` is a boolean \(`type: boolean`\)/),
      expect.stringMatching(
        /^workflow_call input `wait` is a boolean \(its description mentions true\/false\)/,
      ),
    ]);
  });
});

describe('rule details on inline documents', () => {
  const wf = (text: string) => checkFile(loadSource('w.yml', 'workflow', text), repoEnv);

  it.each([
    ['read-only mapping', 'permissions: { contents: read, packages: none }', 0],
    ['empty', 'permissions: {}', 0],
    ['read-all', 'permissions: read-all', 0],
    ['write-all', 'permissions: write-all', 1],
    ['one write scope', 'permissions: { contents: read, id-token: write }', 1],
  ])('job-permissions with top-level %s', (_name, permissions, expected) => {
    const v = wf(
      `on: push\n${permissions}\njobs:\n  a:\n    runs-on: ubuntu-24.04\n    steps:\n      - run: echo\n`,
    );
    expect(v.filter((x) => x.rule === 'job-permissions')).toHaveLength(expected);
  });

  it.each([
    ['on: pull_request_target', 1],
    ['on: [pull_request_target]', 1],
    ['on:\n  pull_request_target:\n    types: [opened]', 1],
    ['on: pull_request', 0],
  ])('pull-request-target-checkout for `%s`', (on, expected) => {
    const v = wf(
      `${on}\npermissions: {}\njobs:\n  a:\n    runs-on: ubuntu-24.04\n    steps:\n      - uses: actions/checkout@08eba0b27e820071cde6df949e0beb9ba4906955 # v4.3.0\n        with:\n          ref: \${{ github.event.pull_request.head.ref }}\n`,
    );
    expect(v.map((x) => x.rule)).toEqual(Array(expected).fill('pull-request-target-checkout'));
  });

  it('pinned-uses accepts a quoted SHA with the comment after the quote', () => {
    const v = wf(
      "on: push\npermissions: {}\njobs:\n  a:\n    runs-on: ubuntu-24.04\n    steps:\n      - uses: 'actions/checkout@08eba0b27e820071cde6df949e0beb9ba4906955' # v4.3.0\n",
    );
    expect(v).toEqual([]);
  });
});
