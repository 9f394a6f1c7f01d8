// Keeps the README's input and output tables equal to the actions' metadata. Between the markers
//   <!-- gantry:action NAME -->  and  <!-- /gantry:action NAME -->
// the tables of actions/NAME/action.yml are generated. `--write` rewrites README.md; without it the
// script exits 1 when the README is out of date (a test runs the same check).
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
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

/** Returns the README with every marked block regenerated, and the actions that have no block. */
export function updateReadme(
  readme: string,
  actions: Map<string, ActionYaml>,
): { text: string; missing: string[] } {
  const missing: string[] = [];
  let text = readme;
  for (const [name, action] of actions) {
    const open = `<!-- gantry:action ${name} -->`;
    const close = `<!-- /gantry:action ${name} -->`;
    const start = text.indexOf(open);
    const end = text.indexOf(close);
    if (start < 0 || end < start) {
      missing.push(name);
      continue;
    }
    text = `${text.slice(0, start + open.length)}\n${renderActionTables(action)}\n${text.slice(end)}`;
  }
  return { text, missing };
}

if (import.meta.main) {
  const file = path.join(root, 'README.md');
  const readme = readFileSync(file, 'utf8');
  const { text, missing } = updateReadme(readme, loadActions());
  if (missing.length > 0) {
    console.error(
      `README.md has no table block for: ${missing.join(', ')} (add <!-- gantry:action NAME --> markers)`,
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
