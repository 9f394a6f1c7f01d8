import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { BASES, type Base, BUNDLE_OF, EXTRA_ROWS, GENERIC_EXEMPT, INPUT_KINDS } from './action-inputs.ts';
import { GENERIC, HUNDRED_KB, KINDS, type Kind, type Row } from './kinds.ts';

const root = path.resolve(import.meta.dirname, '../../../..');

/** The inputs of actions/<name>/action.yml (`root` for the root action.yml), in file order. */
export function actionInputs(action: string): string[] {
  const file = action === 'root' ? 'action.yml' : path.join('actions', action, 'action.yml');
  const meta = parse(readFileSync(path.join(root, file), 'utf8')) as { inputs?: Record<string, unknown> };
  return Object.keys(meta.inputs ?? {});
}

/** Every action of the repository: actions/* and the root action (`root`). */
export const allActions = (): string[] => [
  ...readdirSync(path.join(root, 'actions'), { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort(),
  'root',
];

/** The kind of one action's input; undefined when the corpus has none (a test fails on that). */
export const kindOf = (action: string, input: string): Kind | undefined =>
  INPUT_KINDS[`${action}/${input}`] ?? INPUT_KINDS[input];

/** The corpus rows of one input: its kind's, its own, and the generic ones that apply. */
export function rowsOf(action: string, input: string): Row[] {
  const kind = kindOf(action, input);
  if (kind === undefined) return [];
  const generic = input in GENERIC_EXEMPT ? [] : GENERIC;
  return [...KINDS[kind], ...(EXTRA_ROWS[`${action}/${input}`] ?? []), ...generic];
}

/** The base an input of a bundled action is tested on. */
export function baseFor(action: string, input: string): Base | undefined {
  const bundle = BUNDLE_OF[action] ?? action;
  return BASES.find(
    (b) => b.action === bundle && !(b.skip ?? []).includes(input) && (b.covers ?? [input]).includes(input),
  );
}

export interface CorpusCase {
  action: string;
  input: string;
  row: Row;
  base: Base;
}

/**
 * Every row of every input of every bundled action (and composite actions that run one). The
 * generic control-character and newline rows run in-process for every input in
 * hostile-inputs.test.ts; through the bundles, the generic row is the 100 KB value.
 */
export function bundleCases(): CorpusCase[] {
  const cases: CorpusCase[] = [];
  for (const action of allActions()) {
    if (action === 'root' || action === 'scan') continue; // root: its stage bundles; scan: scan-run's
    for (const input of actionInputs(action)) {
      const base = baseFor(action, input);
      if (base === undefined) continue;
      for (const row of rowsOf(action, input))
        if (!GENERIC.includes(row) || row.value === HUNDRED_KB) cases.push({ action, input, row, base });
    }
  }
  return cases;
}
