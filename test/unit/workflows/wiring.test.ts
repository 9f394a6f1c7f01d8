// The wiring of the root action and the reusable workflows, checked against the metadata it points at:
// every input a step hands to a Gantry action exists in that action's action.yml (and every required
// one is given), every `inputs.*`/`secrets.*` a file uses is declared, every declared input is used, and
// every output is wired to an output the step's action really declares.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const ROOT = path.resolve(import.meta.dirname, '../../..');
type Dict = Record<string, unknown>;
const load = (file: string) => parse(readFileSync(path.join(ROOT, file), 'utf8')) as Dict;

interface ActionMeta {
  inputs: Record<string, { required?: boolean; default?: unknown }>;
  outputs: Record<string, unknown>;
}
const actionMeta = (name: string) => load(`actions/${name}/action.yml`) as unknown as ActionMeta;
/** dist/<bundle> -> the action.yml that documents it (scan's bundle is the JavaScript step scan-run). */
const metaOfBundle = (bundle: string) => actionMeta(bundle === 'scan' ? 'scan-run' : bundle);

interface Step {
  id?: string;
  uses?: string;
  run?: string;
  with?: Dict;
  env?: Dict;
  if?: string;
}

const refs = (text: string, context: string) =>
  [...text.matchAll(new RegExp(`(?<![\\w.-])${context}\\.([A-Za-z0-9_-]+)`, 'g'))].map((m) => m[1] as string);

describe('root action.yml', () => {
  const root = load('action.yml') as unknown as ActionMeta & { runs: { steps: Step[] } };
  const steps = root.runs.steps;
  const bundleSteps = steps
    .map((s) => ({ step: s, bundle: /dist\/([a-z0-9-]+)\/index\.js/.exec(s.run ?? '')?.[1] }))
    .filter((x): x is { step: Step; bundle: string } => x.bundle !== undefined);

  it('runs every stage of the pipeline', () => {
    expect(bundleSteps.map((x) => x.bundle)).toEqual([
      'build',
      'scan',
      'secrets',
      'secrets',
      'deploy-swarm',
      'deploy-k8s',
      'prune-secrets',
      'prune-secrets',
      'release',
    ]);
  });

  it.each(bundleSteps.map((x) => [x.bundle, x] as const))(
    '%s: each INPUT_* exists in the action and every required input is given',
    (_name, { step, bundle }) => {
      const meta = metaOfBundle(bundle);
      const given = Object.keys(step.env ?? {})
        .filter((k) => k.startsWith('INPUT_'))
        .map((k) => k.slice('INPUT_'.length).toLowerCase());
      expect(given.filter((i) => !(i in meta.inputs))).toEqual([]);
      const required = Object.entries(meta.inputs)
        .filter(([, spec]) => spec.required === true)
        .map(([name]) => name);
      expect(required.filter((r) => !given.includes(r))).toEqual([]);
    },
  );

  it('keeps each stateful stage in its own GITHUB_STATE file, named after its bundle, and cleans up always', () => {
    for (const { step, bundle } of bundleSteps) {
      const hasPost =
        'post' in (load(`actions/${bundle === 'scan' ? 'scan-run' : bundle}/action.yml`).runs as Dict);
      if (hasPost) expect(step.run).toContain(`GITHUB_STATE="$GANTRY_STATE/${bundle}" node`);
    }
    const last = steps.at(-1) as Step;
    expect(last.id).toBe('cleanup');
    expect(last.if).toMatch(/^always\(\)/);
    expect(last.run).toContain('run-posts.mjs');
  });

  it('uses only declared inputs, and uses every declared input', () => {
    const text = readFileSync(path.join(ROOT, 'action.yml'), 'utf8');
    const body = text.slice(text.indexOf('\noutputs:'));
    const used = new Set(refs(body, 'inputs'));
    expect([...used].filter((i) => !(i in root.inputs))).toEqual([]);
    expect(Object.keys(root.inputs).filter((i) => !used.has(i))).toEqual([]);
  });

  it('wires each output to an output the step really has', () => {
    const byId = new Map(bundleSteps.map((x) => [x.step.id, x.bundle]));
    for (const [name, spec] of Object.entries(root.outputs as Record<string, { value: string }>)) {
      const wired = [...spec.value.matchAll(/steps\.([a-z0-9-]+)\.outputs\.([a-z0-9-]+)/g)];
      expect(wired.length, name).toBeGreaterThan(0);
      for (const [, id, output] of wired) {
        const bundle = byId.get(id);
        expect(bundle, `${name}: step ${id}`).toBeDefined();
        expect(Object.keys(metaOfBundle(bundle as string).outputs)).toContain(output);
      }
    }
  });
});

describe.each(['.github/workflows/release.yml', '.github/workflows/pr-security.yml'])('%s', (file) => {
  const wf = load(file) as {
    on: { workflow_call: { inputs: Dict; secrets: Dict; outputs: Record<string, { value: string }> } };
    jobs: Record<string, { steps?: Step[]; outputs?: Record<string, string> }>;
  };
  const call = wf.on.workflow_call;
  const text = readFileSync(path.join(ROOT, file), 'utf8');
  const jobsText = text.slice(text.indexOf('\njobs:'));
  const gantrySteps = Object.entries(wf.jobs).flatMap(([job, j]) =>
    (j.steps ?? [])
      .filter((s) => s.uses?.startsWith('./.gantry/actions/'))
      .map((s) => ({ job, step: s, action: (s.uses as string).slice('./.gantry/actions/'.length) })),
  );

  it('runs Gantry actions only from the .gantry checkout of the job', () => {
    expect(gantrySteps.length).toBeGreaterThan(0);
    for (const { job } of gantrySteps) {
      const checkout = (wf.jobs[job]?.steps ?? []).find(
        (s) => (s.with as Dict | undefined)?.path === '.gantry',
      );
      // The first job checks Gantry out at the commit its own self-ref step found; the others at its outputs.
      const from = job === 'gantry' ? 'steps.gantry-ref' : 'needs.gantry';
      expect(checkout?.with).toMatchObject({
        repository: `\${{ ${from}.outputs.repository }}`,
        ref: `\${{ ${from}.outputs.sha }}`,
        'persist-credentials': false,
      });
    }
  });

  it.each(gantrySteps.map((g) => [`${g.job}/${g.step.id ?? g.action}`, g] as const))(
    '%s: every with: key exists in the action and every required input is given',
    (_label, { step, action }) => {
      const meta = actionMeta(action);
      const given = Object.keys(step.with ?? {});
      expect(given.filter((i) => !(i in meta.inputs))).toEqual([]);
      const required = Object.entries(meta.inputs)
        .filter(([, spec]) => spec.required === true)
        .map(([name]) => name);
      expect(required.filter((r) => !given.includes(r))).toEqual([]);
    },
  );

  it('uses only declared inputs and secrets, and uses every one declared', () => {
    // A step given `toJSON(inputs)` runs a workflow-steps script: the inputs it reads count as used.
    const scripts = text.includes('toJSON(inputs)')
      ? [...jobsText.matchAll(/\.gantry\/(src\/workflow-steps\/[a-z-]+\.mjs)/g)].map((m) =>
          readFileSync(path.join(ROOT, m[1] as string), 'utf8'),
        )
      : [];
    const readByScripts = scripts.flatMap((script) => [
      ...refs(script, 'inputs'),
      ...[...script.matchAll(/inputs\['([a-z-]+)'\]/g)].map((m) => m[1] as string),
    ]);
    const inputs = new Set([...refs(jobsText, 'inputs'), ...readByScripts]);
    const secrets = new Set(refs(jobsText, 'secrets'));
    expect([...inputs].filter((i) => !(i in call.inputs))).toEqual([]);
    expect(Object.keys(call.inputs).filter((i) => !inputs.has(i))).toEqual([]);
    expect([...secrets].filter((s) => !(s in call.secrets))).toEqual([]);
    expect(Object.keys(call.secrets).filter((s) => !secrets.has(s))).toEqual([]);
  });

  it("wires each workflow output to a job output, and each job output to a real step's output", () => {
    for (const [name, spec] of Object.entries(call.outputs)) {
      const m = /^\$\{\{ jobs\.([a-z-]+)\.outputs\.([a-z-]+) \}\}$/.exec(spec.value);
      expect(m, name).not.toBeNull();
      const [, job, output] = m as RegExpExecArray;
      const value = wf.jobs[job as string]?.outputs?.[output as string];
      expect(value, `${name} -> jobs.${job}.outputs.${output}`).toBeDefined();
      for (const [, id, stepOutput] of (value as string).matchAll(
        /steps\.([a-z0-9-]+)\.outputs\.([a-z0-9-]+)/g,
      )) {
        const step = (wf.jobs[job as string]?.steps ?? []).find((s) => s.id === id);
        expect(step, `${name}: step ${id}`).toBeDefined();
        const script = /\.gantry\/(src\/workflow-steps\/[a-z-]+\.(?:mjs|sh))/.exec(step?.run ?? '')?.[1];
        if (script !== undefined) {
          // A workflow-steps script: it must write that output (`name=` or `'name'` as a key it sets).
          const source = readFileSync(path.join(ROOT, script), 'utf8');
          expect(source, `${name}: ${script} writes ${stepOutput}`).toMatch(
            new RegExp(`(^|[\\s'{.[])(${stepOutput}=|'${stepOutput}'|${stepOutput}:|${stepOutput} =)`, 'm'),
          );
          continue;
        }
        const action = step?.uses?.slice('./.gantry/actions/'.length) as string;
        expect(Object.keys(actionMeta(action).outputs)).toContain(stepOutput);
      }
    }
  });
});
