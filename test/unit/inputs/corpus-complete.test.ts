import { describe, expect, it } from 'vitest';
import { actionInputs, allActions, baseFor, bundleCases, kindOf, rowsOf } from './corpus/expand.ts';
import { KINDS } from './corpus/kinds.ts';

// The bad-input corpus (test/unit/inputs/corpus/) covers every input of every action: the inputs are
// read from the action.yml files, so an input added without a corpus row fails here. The rows run
// through the real bundles in test/bundle/input-corpus.test.ts.

describe('the bad-input corpus', () => {
  it.each(allActions())('has a kind for every input of %s', (action) => {
    const missing = actionInputs(action).filter((input) => kindOf(action, input) === undefined);
    expect(missing, `add these to test/unit/inputs/corpus/action-inputs.ts`).toEqual([]);
  });

  it.each(allActions().filter((a) => a !== 'root'))(
    'has a base and at least one row for every input of %s',
    (action) => {
      const uncovered = actionInputs(action).filter(
        (input) => baseFor(action, input) === undefined || rowsOf(action, input).length === 0,
      );
      expect(uncovered).toEqual([]);
    },
  );

  it('every kind but free text and secrets has rows of its own', () => {
    for (const [kind, rows] of Object.entries(KINDS))
      if (kind !== 'free-text' && kind !== 'secret') expect(rows.length, kind).toBeGreaterThan(0);
  });

  it('the bundle corpus is not empty and names each row once per input', () => {
    const cases = bundleCases();
    expect(cases.length).toBeGreaterThan(300);
    const keys = cases.map((c) => `${c.action}/${c.input}/${c.row.label}`);
    expect(keys).toEqual([...new Set(keys)]);
  });
});
