// Keeps the documentation's input and output tables equal to the metadata. Between the markers
//   <!-- gantry:action NAME -->    and  <!-- /gantry:action NAME -->     actions/NAME/action.yml
//   <!-- gantry:root-action -->    and  <!-- /gantry:root-action -->     the root action.yml
//   <!-- gantry:workflow NAME -->  and  <!-- /gantry:workflow NAME -->   .github/workflows/NAME.yml (workflow_call)
// the tables are generated, in every documentation page (README.md, docs/*.md, actions/*/README.md).
// Each action's tables must be on its own page, actions/NAME/README.md; the root action's and the reusable
// workflows' on docs/workflows.md. `--write` rewrites the pages; without it the script exits 1 when a page is
// out of date, a required block is missing or a block names nothing that exists (a test runs the same check).
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

interface ActionYaml {
  name: string;
  description?: string;
  inputs?: Record<string, { description?: string; required?: boolean; default?: string }>;
  outputs?: Record<string, { description?: string }>;
}

const root = path.resolve(import.meta.dirname, '..');
const cell = (text: string | undefined): string =>
  (text ?? '').replace(/\s+/g, ' ').trim().replace(/\|/g, '\\|');
const code = (text: string): string => (text === '' ? '' : `\`${text.replace(/\n/g, '\\n')}\``);

export function renderActionTables(action: ActionYaml): string {
  const lines = ['| input | required | default | description |', '|---|---|---|---|'];
  for (const [name, spec] of Object.entries(action.inputs ?? {})) {
    lines.push(
      `| \`${name}\` | ${spec.required ? 'yes' : 'no'} | ${code(spec.default ?? '')} | ${cell(spec.description)} |`,
    );
  }
  lines.push('', '| output | description |', '|---|---|');
  for (const [name, spec] of Object.entries(action.outputs ?? {}))
    lines.push(`| \`${name}\` | ${cell(spec.description)} |`);
  return lines.join('\n');
}

interface WorkflowCall {
  inputs?: Record<string, { description?: string; type?: string; required?: boolean; default?: unknown }>;
  secrets?: Record<string, { description?: string; required?: boolean }>;
  outputs?: Record<string, { description?: string }>;
}

/** Inputs (with their type), secrets and outputs of a reusable workflow's `on.workflow_call`. */
export function renderWorkflowTables(call: WorkflowCall): string {
  const lines = ['| input | type | required | default | description |', '|---|---|---|---|---|'];
  for (const [name, spec] of Object.entries(call.inputs ?? {})) {
    const fallback = spec.default === undefined ? '' : String(spec.default);
    lines.push(
      `| \`${name}\` | ${spec.type ?? ''} | ${spec.required ? 'yes' : 'no'} | ${code(fallback)} | ${cell(spec.description)} |`,
    );
  }
  lines.push('', '| secret | required | description |', '|---|---|---|');
  for (const [name, spec] of Object.entries(call.secrets ?? {}))
    lines.push(`| \`${name}\` | ${spec.required ? 'yes' : 'no'} | ${cell(spec.description)} |`);
  lines.push('', '| output | description |', '|---|---|');
  for (const [name, spec] of Object.entries(call.outputs ?? {}))
    lines.push(`| \`${name}\` | ${cell(spec.description)} |`);
  return lines.join('\n');
}

/** The reusable workflows (`.github/workflows/*.yml` with `on: workflow_call`), by file name without `.yml`. */
export function loadWorkflows(): Map<string, WorkflowCall> {
  const dir = path.join(root, '.github', 'workflows');
  const workflows = new Map<string, WorkflowCall>();
  for (const file of readdirSync(dir).sort()) {
    if (!file.endsWith('.yml')) continue;
    const doc = parse(readFileSync(path.join(dir, file), 'utf8')) as { on?: unknown };
    const on = doc.on;
    if (typeof on === 'object' && on !== null && 'workflow_call' in on) {
      workflows.set(
        file.slice(0, -'.yml'.length),
        (on as { workflow_call?: WorkflowCall }).workflow_call ?? {},
      );
    }
  }
  return workflows;
}

export function loadRootAction(): ActionYaml | undefined {
  const file = path.join(root, 'action.yml');
  return existsSync(file) ? (parse(readFileSync(file, 'utf8')) as ActionYaml) : undefined;
}

export function loadActions(): Map<string, ActionYaml> {
  const actions = new Map<string, ActionYaml>();
  for (const name of readdirSync(path.join(root, 'actions')).sort()) {
    actions.set(
      name,
      parse(readFileSync(path.join(root, 'actions', name, 'action.yml'), 'utf8')) as ActionYaml,
    );
  }
  return actions;
}

/** What the tables are generated from. */
export interface Sources {
  actions: Map<string, ActionYaml>;
  workflows: Map<string, WorkflowCall>;
  rootAction?: ActionYaml | undefined;
}

export function loadSources(): Sources {
  return { actions: loadActions(), workflows: loadWorkflows(), rootAction: loadRootAction() };
}

/** The page that must hold the root action's and the reusable workflows' tables. */
export const WORKFLOWS_PAGE = 'docs/workflows.md';

/** The tables a marker stands for, or undefined when it names no action or workflow. */
export function renderBlock(marker: string, sources: Sources): string | undefined {
  if (marker === 'gantry:root-action')
    return sources.rootAction === undefined ? undefined : renderActionTables(sources.rootAction);
  const action = /^gantry:action (.+)$/.exec(marker);
  if (action) {
    const spec = sources.actions.get(action[1] as string);
    return spec === undefined ? undefined : renderActionTables(spec);
  }
  const workflow = /^gantry:workflow (.+)$/.exec(marker);
  if (workflow) {
    const call = sources.workflows.get(workflow[1] as string);
    return call === undefined ? undefined : renderWorkflowTables(call);
  }
  return undefined;
}

const OPENER = /<!-- (gantry:(?:action [A-Za-z0-9_.-]+|root-action|workflow [A-Za-z0-9_.-]+)) -->/g;

/**
 * Regenerates every marked block of one page. Returns the new text, the markers found, and the ones that
 * name nothing that exists or have no closing marker (`unknown`).
 */
export function updateBlocks(
  page: string,
  sources: Sources,
): { text: string; found: string[]; unknown: string[] } {
  const found: string[] = [];
  const unknown: string[] = [];
  let text = '';
  let pos = 0;
  for (const match of page.matchAll(OPENER)) {
    if (match.index < pos) continue;
    const marker = match[1] as string;
    const openEnd = match.index + match[0].length;
    const end = page.indexOf(`<!-- /${marker} -->`, openEnd);
    const body = renderBlock(marker, sources);
    if (end < 0) unknown.push(`${marker} (no closing marker)`);
    else if (body === undefined) unknown.push(marker);
    else {
      text += `${page.slice(pos, openEnd)}\n${body}\n`;
      pos = end;
      found.push(marker);
    }
  }
  return { text: text + page.slice(pos), found, unknown };
}

/** Where each table must be: actions/NAME/README.md for an action, docs/workflows.md for the rest. */
export function requiredBlocks(sources: Sources): Array<{ page: string; marker: string }> {
  const required = [...sources.actions.keys()].map((name) => ({
    page: `actions/${name}/README.md`,
    marker: `gantry:action ${name}`,
  }));
  if (sources.rootAction !== undefined) required.push({ page: WORKFLOWS_PAGE, marker: 'gantry:root-action' });
  for (const name of sources.workflows.keys())
    required.push({ page: WORKFLOWS_PAGE, marker: `gantry:workflow ${name}` });
  return required;
}

/**
 * Checks a set of pages (path relative to the repository → text). Returns every page regenerated, the pages
 * that changed (`stale`), the required blocks absent from their page (`missing`, as `page: marker`) and the
 * blocks that name nothing (`unknown`, as `page: marker`).
 */
export function checkDocs(
  pages: Map<string, string>,
  sources: Sources,
): { updated: Map<string, string>; stale: string[]; missing: string[]; unknown: string[] } {
  const updated = new Map<string, string>();
  const found = new Set<string>();
  const stale: string[] = [];
  const unknown: string[] = [];
  for (const [page, text] of pages) {
    const result = updateBlocks(text, sources);
    updated.set(page, result.text);
    if (result.text !== text) stale.push(page);
    for (const marker of result.found) found.add(`${page}: ${marker}`);
    for (const marker of result.unknown) unknown.push(`${page}: ${marker}`);
  }
  const missing = requiredBlocks(sources)
    .map(({ page, marker }) => `${page}: ${marker}`)
    .filter((block) => !found.has(block));
  return { updated, stale, missing, unknown };
}

/** The documentation pages: README.md, docs/*.md and every actions/NAME/README.md, relative to the root. */
export function docPages(): string[] {
  const pages = ['README.md'];
  const docs = path.join(root, 'docs');
  if (existsSync(docs))
    for (const file of readdirSync(docs).sort()) if (file.endsWith('.md')) pages.push(`docs/${file}`);
  for (const name of readdirSync(path.join(root, 'actions')).sort())
    if (existsSync(path.join(root, 'actions', name, 'README.md'))) pages.push(`actions/${name}/README.md`);
  return pages;
}

export function loadPages(): Map<string, string> {
  return new Map(docPages().map((page) => [page, readFileSync(path.join(root, page), 'utf8')]));
}

if (import.meta.main) {
  const pages = loadPages();
  const { updated, stale, missing, unknown } = checkDocs(pages, loadSources());
  if (missing.length > 0 || unknown.length > 0) {
    for (const block of missing)
      console.error(`missing table block ${block} (add its opening and closing markers to that page)`);
    for (const block of unknown) console.error(`table block names no action or workflow: ${block}`);
    process.exit(1);
  }
  if (process.argv.includes('--write')) {
    for (const page of stale) {
      writeFileSync(path.join(root, page), updated.get(page) as string);
      console.log(`${page}: tables updated`);
    }
    if (stale.length === 0) console.log('documentation tables are up to date');
  } else if (stale.length > 0) {
    console.error(`tables out of date in ${stale.join(', ')}: run \`npm run docs\``);
    process.exit(1);
  }
}
