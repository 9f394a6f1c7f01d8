// Keeps the README's input and output tables equal to the metadata. Between the markers
//   <!-- gantry:action NAME -->    and  <!-- /gantry:action NAME -->     actions/NAME/action.yml
//   <!-- gantry:root-action -->    and  <!-- /gantry:root-action -->     the root action.yml
//   <!-- gantry:workflow NAME -->  and  <!-- /gantry:workflow NAME -->   .github/workflows/NAME.yml (workflow_call)
// the tables are generated. `--write` rewrites README.md; without it the script exits 1 when the README
// is out of date (a test runs the same check).
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

function replaceBlock(text: string, marker: string, body: string): string | undefined {
  const open = `<!-- ${marker} -->`;
  const close = `<!-- /${marker} -->`;
  const start = text.indexOf(open);
  const end = text.indexOf(close);
  if (start < 0 || end < start) return undefined;
  return `${text.slice(0, start + open.length)}\n${body}\n${text.slice(end)}`;
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

/**
 * Returns the README with every marked block regenerated, and the blocks missing (action names, `root
 * action`, `workflow NAME`). Workflows and the root action are checked only when given.
 */
export function updateReadme(
  readme: string,
  actions: Map<string, ActionYaml>,
  extra: { workflows?: Map<string, WorkflowCall>; rootAction?: ActionYaml | undefined } = {},
): { text: string; missing: string[] } {
  const missing: string[] = [];
  let text = readme;
  const apply = (marker: string, body: string, label: string) => {
    const next = replaceBlock(text, marker, body);
    if (next === undefined) missing.push(label);
    else text = next;
  };
  for (const [name, action] of actions) apply(`gantry:action ${name}`, renderActionTables(action), name);
  if (extra.rootAction !== undefined)
    apply('gantry:root-action', renderActionTables(extra.rootAction), 'root action');
  for (const [name, call] of extra.workflows ?? new Map<string, WorkflowCall>())
    apply(`gantry:workflow ${name}`, renderWorkflowTables(call), `workflow ${name}`);
  return { text, missing };
}

/** Everything the README documents: the actions, the root action and the reusable workflows. */
export function updateReadmeFromRepo(readme: string): { text: string; missing: string[] } {
  return updateReadme(readme, loadActions(), { workflows: loadWorkflows(), rootAction: loadRootAction() });
}

if (import.meta.main) {
  const file = path.join(root, 'README.md');
  const readme = readFileSync(file, 'utf8');
  const { text, missing } = updateReadmeFromRepo(readme);
  if (missing.length > 0) {
    console.error(
      `README.md has no table block for: ${missing.join(', ')} (add <!-- gantry:action NAME -->, <!-- gantry:root-action --> or <!-- gantry:workflow NAME --> markers)`,
    );
    process.exit(1);
  }
  if (process.argv.includes('--write')) {
    writeFileSync(file, text);
    console.log('README.md tables updated');
  } else if (text !== readme) {
    console.error('README.md tables are out of date: run `npm run docs`');
    process.exit(1);
  }
}
