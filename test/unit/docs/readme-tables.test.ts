import { describe, expect, it } from 'vitest';
import {
  checkDocs,
  loadPages,
  loadSources,
  renderActionTables,
  renderWorkflowTables,
  requiredBlocks,
  updateBlocks,
  WORKFLOWS_PAGE,
} from '../../../scripts/readme-tables.ts';

const sources = loadSources();
const pages = loadPages();
const page = (name: string): string => {
  const text = pages.get(name);
  expect(text, `${name} is one of the documentation pages`).toBeTypeOf('string');
  return text as string;
};
/** The pages with one page's text replaced. */
const withPage = (name: string, text: string): Map<string, string> => new Map([...pages, [name, text]]);

describe('documentation tables', () => {
  it('are on each action page, and the root action and both workflows on docs/workflows.md', () => {
    expect([...sources.workflows.keys()]).toEqual(['pr-security', 'release']);
    expect(sources.rootAction).toBeDefined();
    const required = requiredBlocks(sources).map(({ page, marker }) => `${page}: ${marker}`);
    expect(required).toEqual([
      ...[...sources.actions.keys()].map((name) => `actions/${name}/README.md: gantry:action ${name}`),
      `${WORKFLOWS_PAGE}: gantry:root-action`,
      `${WORKFLOWS_PAGE}: gantry:workflow pr-security`,
      `${WORKFLOWS_PAGE}: gantry:workflow release`,
    ]);
    expect(required).toContain('actions/scan-run/README.md: gantry:action scan-run');
  });

  it('are all present and equal to the metadata (run `npm run docs` to fix)', () => {
    const { updated, stale, missing, unknown } = checkDocs(pages, sources);
    expect(missing).toEqual([]);
    expect(unknown).toEqual([]);
    expect(stale).toEqual([]);
    for (const [name, text] of pages) expect(updated.get(name), name).toBe(text);
  });

  it('notice a stale action table on its page and regenerate it', () => {
    const smoke = page('actions/smoke/README.md');
    const stale = smoke.replace('| `urls` | yes |', '| `urls` | no |');
    expect(stale).not.toBe(smoke);
    const result = checkDocs(withPage('actions/smoke/README.md', stale), sources);
    expect(result.stale).toEqual(['actions/smoke/README.md']);
    expect(result.updated.get('actions/smoke/README.md')).toBe(smoke);
  });

  it('notice a stale workflow table and a missing workflow block', () => {
    const workflows = page(WORKFLOWS_PAGE);
    const stale = workflows.replace('| `environment` | string | yes |', '| `environment` | string | no |');
    expect(stale).not.toBe(workflows);
    const result = checkDocs(withPage(WORKFLOWS_PAGE, stale), sources);
    expect(result.stale).toEqual([WORKFLOWS_PAGE]);
    expect(result.updated.get(WORKFLOWS_PAGE)).toBe(workflows);
    const gone = workflows.replace('<!-- gantry:workflow release -->', '');
    expect(checkDocs(withPage(WORKFLOWS_PAGE, gone), sources).missing).toEqual([
      `${WORKFLOWS_PAGE}: gantry:workflow release`,
    ]);
  });

  it('notice an action page without its table, or a table on the wrong page only', () => {
    const withoutPage = new Map(pages);
    withoutPage.delete('actions/deploy-k8s/README.md');
    expect(checkDocs(withoutPage, sources).missing).toEqual([
      'actions/deploy-k8s/README.md: gantry:action deploy-k8s',
    ]);
    // The deploy-k8s table moved to the README: still missing from its own page.
    const moved = withPage(
      'README.md',
      `${page('README.md')}\n<!-- gantry:action deploy-k8s -->\n<!-- /gantry:action deploy-k8s -->\n`,
    );
    moved.delete('actions/deploy-k8s/README.md');
    const result = checkDocs(moved, sources);
    expect(result.missing).toEqual(['actions/deploy-k8s/README.md: gantry:action deploy-k8s']);
    expect(result.stale).toEqual(['README.md']);
  });

  it('notice a block that names no action or workflow, or has no closing marker', () => {
    const text = [
      '<!-- gantry:action nope -->',
      'x',
      '<!-- /gantry:action nope -->',
      '<!-- gantry:workflow release -->',
      'y',
    ].join('\n');
    const result = updateBlocks(text, sources);
    expect(result.unknown).toEqual(['gantry:action nope', 'gantry:workflow release (no closing marker)']);
    expect(result.found).toEqual([]);
    expect(result.text).toBe(text);
    expect(checkDocs(withPage('docs/extra.md', text), sources).unknown).toEqual([
      'docs/extra.md: gantry:action nope',
      'docs/extra.md: gantry:workflow release (no closing marker)',
    ]);
  });

  it('regenerate every block of a page, leaving the text around them alone', () => {
    const smoke = sources.actions.get('smoke');
    expect(smoke).toBeDefined();
    const text = [
      'before',
      '<!-- gantry:action smoke -->',
      'old',
      '<!-- /gantry:action smoke -->',
      'between',
      '<!-- gantry:action smoke -->',
      '<!-- /gantry:action smoke -->',
      'after',
    ].join('\n');
    const tables = renderActionTables(smoke as NonNullable<typeof smoke>);
    const result = updateBlocks(text, sources);
    expect(result.found).toEqual(['gantry:action smoke', 'gantry:action smoke']);
    expect(result.text).toBe(
      [
        'before',
        '<!-- gantry:action smoke -->',
        tables,
        '<!-- /gantry:action smoke -->',
        'between',
        '<!-- gantry:action smoke -->',
        tables,
        '<!-- /gantry:action smoke -->',
        'after',
      ].join('\n'),
    );
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
