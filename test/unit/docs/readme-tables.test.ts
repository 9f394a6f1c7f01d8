import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  loadActions,
  loadWorkflows,
  renderActionTables,
  renderWorkflowTables,
  updateReadme,
  updateReadmeFromRepo,
} from '../../../scripts/readme-tables.ts';

const readme = readFileSync(path.resolve(import.meta.dirname, '../../../README.md'), 'utf8');

describe('README action tables', () => {
  it('are present for every action and equal to the metadata (run `npm run docs` to fix)', () => {
    const { text, missing } = updateReadme(readme, loadActions());
    expect(missing).toEqual([]);
    expect(text).toBe(readme);
  });

  it('are present for the root action and every reusable workflow, and equal to their metadata', () => {
    expect([...loadWorkflows().keys()]).toEqual(['pr-security', 'release']);
    const { text, missing } = updateReadmeFromRepo(readme);
    expect(missing).toEqual([]);
    expect(text).toBe(readme);
  });

  it('notice a stale workflow table and a missing workflow block', () => {
    const stale = readme.replace('| `image` | string | yes |', '| `image` | string | no |');
    expect(stale).not.toBe(readme);
    expect(updateReadmeFromRepo(stale).text).toBe(readme);
    const gone = readme.replace('<!-- gantry:workflow release -->', '');
    expect(updateReadmeFromRepo(gone).missing).toEqual(['workflow release']);
  });

  it('render workflow_call inputs with type and default, secrets and outputs', () => {
    const table = renderWorkflowTables({
      inputs: {
        image: { description: 'name', type: 'string', required: true },
        'tag-latest': { description: 'also latest', type: 'boolean', default: false },
        keep: { description: 'how many', type: 'number', default: 3 },
      },
      secrets: { 'ssh-key': { description: 'the key | private' } },
      outputs: { digest: { description: 'sha256' } },
    });
    expect(table).toBe(
      [
        '| input | type | required | default | description |',
        '|---|---|---|---|---|',
        '| `image` | string | yes |  | name |',
        '| `tag-latest` | boolean | no | `false` | also latest |',
        '| `keep` | number | no | `3` | how many |',
        '',
        '| secret | required | description |',
        '|---|---|---|',
        '| `ssh-key` | no | the key \\| private |',
        '',
        '| output | description |',
        '|---|---|',
        '| `digest` | sha256 |',
      ].join('\n'),
    );
  });

  it('notice a stale table', () => {
    const actions = loadActions();
    const stale = readme.replace('| `urls` | yes |', '| `urls` | no |');
    expect(stale).not.toBe(readme);
    expect(updateReadme(stale, actions).text).toBe(readme);
  });

  it('render inputs with required, default and description, and outputs', () => {
    const table = renderActionTables({
      name: 'x',
      inputs: {
        a: { description: 'first | one', required: true },
        b: { description: 'multi\nline', default: 'x\ny' },
      },
      outputs: { o: { description: 'out' } },
    });
    expect(table).toBe(
      [
        '| input | required | default | description |',
        '|---|---|---|---|',
        '| `a` | yes |  | first \\| one |',
        '| `b` | no | `x\\ny` | multi line |',
        '',
        '| output | description |',
        '|---|---|',
        '| `o` | out |',
      ].join('\n'),
    );
  });
});
