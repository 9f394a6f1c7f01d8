import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { parseCommandFile } from './run-action-bundle.ts';

/**
 * Runs a composite action.yml the way GitHub's runner does, for the parts the root action uses: each
 * input gets its default unless given; `${{ … }}` in `if:`, `env:` and the action's outputs is
 * evaluated (contexts `inputs`, `steps.<id>.outputs|outcome|conclusion`, `github.token`; literals,
 * `== != ! && || ( )`, `always() success() failure()`); an `if:` without a status function means
 * `success() && (…)`; a `run:` step runs as `bash --noprofile --norc -eo pipefail` with its `env:`,
 * GITHUB_ACTION_PATH, its own GITHUB_OUTPUT, and the job's GITHUB_ENV applied between steps. A `uses:`
 * step whose `if:` is true is refused (this runner does not fetch actions).
 */

type Value = string | boolean;
interface Step {
  id?: string;
  if?: string;
  uses?: string;
  run?: string;
  shell?: string;
  env?: Record<string, string>;
}
interface CompositeMeta {
  inputs: Record<string, { default?: string; required?: boolean }>;
  outputs: Record<string, { value: string }>;
  runs: { using: string; steps: Step[] };
}
export interface StepResult {
  id: string;
  outcome: 'success' | 'failure' | 'skipped';
  outputs: Record<string, string>;
  stdout: string;
  stderr: string;
}
export interface CompositeRun {
  steps: StepResult[];
  outputs: Record<string, string>;
  /** What the job's GITHUB_ENV holds afterwards. */
  env: Record<string, string>;
  failed: boolean;
  /** Every step's stdout and stderr, for checks that nothing leaked. */
  log: string;
}

interface Context {
  inputs: Record<string, string>;
  steps: Map<string, StepResult>;
  failed: boolean;
  token: string;
}

function evaluate(expr: string, ctx: Context): Value {
  const tokens = [
    ...expr.matchAll(/\s*(&&|\|\||==|!=|!|\(|\)|'(?:[^']|'')*'|[A-Za-z_][A-Za-z0-9_.-]*(?:\(\))?|\d+)/gy),
  ].map((m) => m[1] as string);
  if (tokens.join('').replace(/\s/g, '') !== expr.replace(/\s/g, ''))
    throw new Error(`expression not understood: ${expr}`);
  let i = 0;
  const peek = () => tokens[i];
  const lookup = (name: string): Value => {
    if (name === 'always()') return true;
    if (name === 'success()') return !ctx.failed;
    if (name === 'failure()') return ctx.failed;
    if (name === 'true' || name === 'false') return name === 'true';
    if (/^\d+$/.test(name)) return name;
    if (name === 'github.token') return ctx.token;
    const input = /^inputs\.(.+)$/.exec(name);
    if (input) {
      if (!((input[1] as string) in ctx.inputs)) throw new Error(`undeclared input ${name}`);
      return ctx.inputs[input[1] as string] as string;
    }
    const step = /^steps\.([a-z0-9-]+)\.(outputs\.([a-z0-9-]+)|outcome|conclusion)$/.exec(name);
    if (step) {
      const result = ctx.steps.get(step[1] as string);
      if (step[3] !== undefined) return result?.outputs[step[3]] ?? '';
      return result?.outcome ?? '';
    }
    throw new Error(`unknown context ${name} in ${expr}`);
  };
  const primary = (): Value => {
    const t = tokens[i++];
    if (t === undefined) throw new Error(`unexpected end of ${expr}`);
    if (t === '(') {
      const v = or();
      if (tokens[i++] !== ')') throw new Error(`missing ) in ${expr}`);
      return v;
    }
    if (t === '!') return !truthy(primary());
    if (t.startsWith("'")) return t.slice(1, -1).replaceAll("''", "'");
    return lookup(t);
  };
  const equality = (): Value => {
    let v = primary();
    while (peek() === '==' || peek() === '!=') {
      const op = tokens[i++];
      const r = primary();
      const same = String(v).toLowerCase() === String(r).toLowerCase();
      v = op === '==' ? same : !same;
    }
    return v;
  };
  const and = (): Value => {
    let v = equality();
    while (peek() === '&&') {
      i++;
      const r = equality();
      v = truthy(v) ? r : v;
    }
    return v;
  };
  const or = (): Value => {
    let v = and();
    while (peek() === '||') {
      i++;
      const r = and();
      v = truthy(v) ? v : r;
    }
    return v;
  };
  const value = or();
  if (i !== tokens.length) throw new Error(`trailing tokens in ${expr}`);
  return value;
}

const truthy = (v: Value) => v !== '' && v !== false && v !== '0';

function template(text: string, ctx: Context): string {
  return text.replace(/\$\{\{(.*?)\}\}/gs, (_m, expr: string) => String(evaluate(expr.trim(), ctx)));
}

function condition(raw: string | undefined, ctx: Context): boolean {
  const expr = (raw ?? '').replace(/^\$\{\{(.*)\}\}$/s, '$1').trim();
  if (expr === '') return !ctx.failed;
  const status = /\b(always|success|failure|cancelled)\(\)/.test(expr);
  return truthy(evaluate(status ? expr : `success() && (${expr})`, ctx));
}

export function runComposite(
  actionDir: string,
  given: Record<string, string>,
  baseEnv: Record<string, string>,
): CompositeRun {
  const meta = parse(readFileSync(path.join(actionDir, 'action.yml'), 'utf8')) as CompositeMeta;
  if (meta.runs.using !== 'composite') throw new Error('not a composite action');
  for (const name of Object.keys(given))
    if (!(name in meta.inputs)) throw new Error(`action.yml has no input named ${name}`);
  const ctx: Context = { inputs: {}, steps: new Map(), failed: false, token: baseEnv.GITHUB_TOKEN ?? '' };
  for (const [name, spec] of Object.entries(meta.inputs))
    ctx.inputs[name] = given[name] ?? template(spec.default ?? '', ctx);
  const dir = mkdtempSync(path.join(tmpdir(), 'gantry-composite-'));
  const jobEnvFile = path.join(dir, 'job-env');
  writeFileSync(jobEnvFile, '');
  const results: StepResult[] = [];
  let log = '';
  meta.runs.steps.forEach((step, n) => {
    const id = step.id ?? `__${n}`;
    if (!condition(step.if, ctx)) {
      const skipped: StepResult = { id, outcome: 'skipped', outputs: {}, stdout: '', stderr: '' };
      results.push(skipped);
      ctx.steps.set(id, skipped);
      return;
    }
    if (step.uses !== undefined || step.run === undefined)
      throw new Error(`step ${id} (uses: ${step.uses}) would run: this runner only runs run: steps`);
    if (step.shell !== 'bash') throw new Error(`step ${id}: shell ${step.shell} is not bash`);
    const outputFile = path.join(dir, `output-${n}`);
    const script = path.join(dir, `step-${n}.sh`);
    writeFileSync(outputFile, '');
    writeFileSync(script, step.run);
    const stepEnv = Object.fromEntries(
      Object.entries(step.env ?? {}).map(([k, v]) => [k, template(String(v), ctx)]),
    );
    const r = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', script], {
      env: {
        ...baseEnv,
        ...parseCommandFile(readFileSync(jobEnvFile, 'utf8')),
        ...stepEnv,
        GITHUB_ACTION_PATH: actionDir,
        GITHUB_OUTPUT: outputFile,
        GITHUB_ENV: jobEnvFile,
      },
      cwd: baseEnv.GITHUB_WORKSPACE,
      encoding: 'utf8',
      timeout: 600_000,
      maxBuffer: 64 * 1024 * 1024,
    });
    const result: StepResult = {
      id,
      outcome: r.status === 0 ? 'success' : 'failure',
      outputs: parseCommandFile(readFileSync(outputFile, 'utf8')),
      stdout: r.stdout,
      stderr: r.stderr,
    };
    log += `${r.stdout}\n${r.stderr}\n`;
    results.push(result);
    ctx.steps.set(id, result);
    if (result.outcome === 'failure') ctx.failed = true;
  });
  const outputs = Object.fromEntries(
    Object.entries(meta.outputs).map(([name, spec]) => [name, template(spec.value, ctx)]),
  );
  return {
    steps: results,
    outputs,
    env: parseCommandFile(readFileSync(jobEnvFile, 'utf8')),
    failed: ctx.failed,
    log,
  };
}
