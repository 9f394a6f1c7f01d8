// The root action and release.yml each keep a table of the inputs a gantry.yml (`config`) replaces: the
// action's in release-mode.sh (`conflicts=(...)`, read with the defaults its init step passes) and
// release.yml's in release-inputs.mjs (CONFIG_INPUTS). Two interfaces with their own defaults, so two
// tables; this test keeps them describing the same inputs, each with its own file's defaults.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
// @ts-expect-error: plain JavaScript (it runs on the runner's node without a build), no type declarations
import { CONFIG_INPUTS } from '../../../src/workflow-steps/release-inputs.mjs';
import { evaluateTemplate } from '../../helpers/workflow-expr.ts';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const read = (file: string) => readFileSync(path.join(ROOT, file), 'utf8');

interface Input {
  default?: unknown;
}
const action = parse(read('action.yml')) as {
  inputs: Record<string, Input>;
  runs: { steps: Array<{ id?: string; env?: Record<string, string> }> };
};
const workflowInputs = (
  parse(read('.github/workflows/release.yml')) as { on: { workflow_call: { inputs: Record<string, Input> } } }
).on.workflow_call.inputs;

/** release-mode.sh's `conflicts=(...)` entries: input, variable of the init step's env, default. */
function modeConflicts(script: string): Array<{ input: string; variable: string; fallback: string }> {
  const block = /^conflicts=\(\n([\s\S]*?)\n\)$/m.exec(script)?.[1];
  if (block === undefined) throw new Error('release-mode.sh has no conflicts=( … ) block');
  return [...block.matchAll(/"([^"|]+)\|([^"|]+)\|([^"|]*)\|[^"]*"/g)].map((m) => ({
    input: m[1] ?? '',
    variable: m[2] ?? '',
    fallback: m[3] ?? '',
  }));
}

/**
 * Inputs in one table and not the other, and why. Each is either in only one of action.yml and
 * release.yml, or in both with a different role (named here).
 */
const ONE_TABLE_ONLY: Record<string, string> = {
  environment:
    "both files; release.yml: the deploy job's environment (its protection rules and secrets), which applies with config too; the action cannot set a job's environment, and its release step with config records no deployment",
  'environment-url':
    "both files; release.yml: the environment's url, with config too; the action: as environment",
};

const script = read('src/workflow-steps/release-mode.sh');
const actionTable = modeConflicts(script);
const workflowTable = CONFIG_INPUTS as Record<string, string>;

describe("the two tables of the inputs config replaces (release-mode.sh's conflicts, release-inputs.mjs's CONFIG_INPUTS)", () => {
  it('the reader finds the entries of a conflicts block, and fails without one', () => {
    expect(modeConflicts('x\nconflicts=(\n  "a|A||k" "b-c|B_C|3|the k"\n  "d|D|x,y|k"\n)\ny\n')).toEqual([
      { input: 'a', variable: 'A', fallback: '' },
      { input: 'b-c', variable: 'B_C', fallback: '3' },
      { input: 'd', variable: 'D', fallback: 'x,y' },
    ]);
    expect(() => modeConflicts('conflicts=("a|A||k")\n')).toThrow(/no conflicts/);
    expect(actionTable.length).toBeGreaterThan(30);
  });

  it('name the same inputs, but for those listed with the reason', () => {
    const inAction = actionTable.map((c) => c.input);
    const inWorkflow = Object.keys(workflowTable);
    const onlyAction = inAction.filter((n) => !inWorkflow.includes(n));
    const onlyWorkflow = inWorkflow.filter((n) => !inAction.includes(n));
    expect([...onlyAction, ...onlyWorkflow].sort()).toEqual(Object.keys(ONE_TABLE_ONLY).sort());
    expect(new Set(inAction).size, 'an input twice in release-mode.sh').toBe(inAction.length);
  });

  it('each listed exception is an input of both files, shared in one of the two interfaces', () => {
    for (const name of Object.keys(ONE_TABLE_ONLY)) {
      expect(action.inputs[name], `action.yml ${name}`).toBeDefined();
      expect(workflowInputs[name], `release.yml ${name}`).toBeDefined();
    }
  });

  it("release-mode.sh's defaults are what action.yml's init step passes for an input left at its default", () => {
    const env = action.runs.steps.find((s) => s.id === 'init')?.env ?? {};
    const defaults = Object.fromEntries(
      Object.entries(action.inputs).map(([name, input]) => [name, String(input.default ?? '')]),
    );
    for (const { input, variable, fallback } of actionTable) {
      expect(action.inputs[input], `action.yml has no input ${input}`).toBeDefined();
      const passed = evaluateTemplate(env[variable], { contexts: { inputs: defaults } });
      expect(String(passed ?? ''), `${input} (${variable})`).toBe(fallback);
    }
  });

  it("CONFIG_INPUTS's defaults are release.yml's", () => {
    for (const [name, fallback] of Object.entries(workflowTable)) {
      expect(workflowInputs[name], `release.yml has no input ${name}`).toBeDefined();
      expect(String(workflowInputs[name]?.default ?? ''), name).toBe(fallback);
    }
  });
});
