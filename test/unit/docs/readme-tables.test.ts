import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadActions, renderActionTables, updateReadme } from '../../../scripts/readme-tables.ts';

const readme = readFileSync(path.resolve(import.meta.dirname, '../../../README.md'), 'utf8');

describe('README action tables', () => {
  it('are present for every action and equal to the metadata (run `npm run docs` to fix)', () => {
    const { text, missing } = updateReadme(readme, loadActions());
    expect(missing).toEqual([]);
    expect(text).toBe(readme);
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
