import { spawnSync } from 'node:child_process';
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { parseCommandFile } from './run-action-bundle.ts';
import {
  type ExprContext,
  evaluateCondition,
  evaluateTemplate,
  toText,
  type Value,
} from './workflow-expr.ts';

/**
 * Runs a reusable workflow's jobs the way GitHub's runner chains them, for checking its wiring: jobs in
 * `needs` order, a job's `if:` and `strategy.matrix.include` evaluated (one leg per entry), each leg's
 * `needs` context holding only the jobs it lists, its `run:` steps run for real (bash, or node for
 * `shell: node {0}`) with their `env:` in a workspace where `.gantry` is this repository, artifacts
 * uploaded and downloaded by name or pattern (`merge-multiple`; a pattern without it gives a folder per
 * artifact), job outputs evaluated per leg (a
 * matrix job's are the last leg's non-empty ones, as on GitHub). Checkouts and buildx set-up are
 * no-ops; every other `uses:` goes to the caller's `actions` table, which gives the step's outputs from
 * its evaluated `with:` (a stand-in, or the real bundle), or throws StepFailure to fail the step: the job
 * then fails, its later steps run only under always()/failure(), and the jobs that need it see `failure`.
 * Nothing here knows release.yml's jobs.
 */

type Dict = Record<string, unknown>;
export interface Step {
  id?: string;
  if?: string;
  uses?: string;
  run?: string;
  shell?: string;
  with?: Dict;
  env?: Dict;
}
export interface Job {
  needs?: string | string[];
  if?: string;
  'runs-on'?: string;
  strategy?: { matrix?: { include?: unknown } };
  outputs?: Record<string, string>;
  steps?: Step[];
}
export interface Workflow {
  on: { workflow_call: { inputs: Record<string, { type?: string; default?: unknown }> } };
  jobs: Record<string, Job>;
}

export interface StepRun {
  id: string | undefined;
  uses: string | undefined;
  ran: boolean;
  /** The stand-in threw a StepFailure. */
  failed: boolean;
  with: Record<string, string>;
  outputs: Record<string, string>;
}
export interface LegRun {
  job: string;
  /** The leg's GITHUB_WORKSPACE (the caller's files, and `.gantry`). */
  workspace: string;
  matrix: Record<string, Value>;
  runsOn: string;
  steps: StepRun[];
  /** A step failed without `continue-on-error` (the later ones then run only with always()/failure()). */
  failed: boolean;
  outputs: Record<string, string>;
  uploaded: string[];
  downloaded: Array<{ pattern: string; artifacts: string[] }>;
}
export interface JobRun {
  job: string;
  result: 'success' | 'failure' | 'skipped';
  legs: LegRun[];
  outputs: Record<string, string>;
}
export type ActionStandIn = (inputs: Record<string, string>, leg: LegRun) => Record<string, string>;
/** Thrown by a stand-in: the step fails as a failed action does (outputs set so far are kept). */
export class StepFailure extends Error {
  readonly outputs: Record<string, string>;
  constructor(message: string, outputs: Record<string, string> = {}) {
    super(message);
    this.outputs = outputs;
  }
}

export interface RunOptions {
  /** Given inputs; the others get their declared default. */
  inputs: Record<string, Value>;
  secrets?: Record<string, string>;
  github?: Record<string, Value>;
  /** `uses:` (without `@…`) -> stand-in. */
  actions: Record<string, ActionStandIn>;
  /** The caller's repository files, copied into each leg's workspace. */
  callerFiles?: Record<string, string>;
  repoRoot: string;
}

export const loadWorkflow = (file: string): Workflow => parse(readFileSync(file, 'utf8')) as Workflow;
export const needsOf = (job: Job): string[] =>
  job.needs === undefined ? [] : Array.isArray(job.needs) ? job.needs : [job.needs];

/** The workflow's inputs as the `inputs` context holds them: given, else the declared default, typed. */
export function inputsContext(wf: Workflow, given: Record<string, Value>): Record<string, Value> {
  const out: Record<string, Value> = {};
  for (const [name, spec] of Object.entries(wf.on.workflow_call.inputs)) {
    const value =
      name in given ? given[name] : ((spec.default ?? (spec.type === 'boolean' ? false : '')) as Value);
    out[name] = value ?? '';
  }
  for (const name of Object.keys(given))
    if (!(name in out)) throw new Error(`the workflow has no input ${name}`);
  return out;
}

/** A download pattern (`*` and `?` only, as artifact names use them) as a test on a name. */
export function globMatches(pattern: string, name: string): boolean {
  if (/[[\]{}!]/.test(pattern)) throw new Error(`pattern ${pattern}: only * and ? are understood here`);
  const source = pattern
    .replace(/[.+^$()|\\]/g, '\\$&')
    .replaceAll('*', '.*')
    .replaceAll('?', '.');
  return new RegExp(`^${source}$`).test(name);
}

function order(wf: Workflow): string[] {
  const done: string[] = [];
  const visit = (name: string, path: string[]) => {
    if (done.includes(name)) return;
    if (path.includes(name)) throw new Error(`needs cycle: ${[...path, name].join(' -> ')}`);
    const job = wf.jobs[name];
    if (job === undefined) throw new Error(`needs names no job ${name}`);
    for (const n of needsOf(job)) visit(n, [...path, name]);
    done.push(name);
  };
  for (const name of Object.keys(wf.jobs)) visit(name, []);
  return done;
}

function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const full = path.join(dir, f);
    return statSync(full).isDirectory() ? listFiles(full) : [full];
  });
}

export class WorkflowRun {
  readonly jobs = new Map<string, JobRun>();
  private readonly artifacts = new Map<string, Map<string, string>>();
  private readonly inputs: Record<string, Value>;

  private readonly wf: Workflow;
  private readonly options: RunOptions;

  constructor(wf: Workflow, options: RunOptions) {
    this.wf = wf;
    this.options = options;
    this.inputs = inputsContext(wf, options.inputs);
  }

  run(): this {
    for (const name of order(this.wf)) this.jobs.set(name, this.runJob(name));
    return this;
  }

  private contexts(job: Job, matrix: Record<string, Value>, runnerTemp: string): Record<string, Value> {
    const needs: Record<string, Value> = {};
    for (const n of needsOf(job)) {
      const r = this.jobs.get(n) as JobRun;
      needs[n] = { result: r.result, outputs: r.outputs };
    }
    return {
      inputs: this.inputs,
      secrets: this.options.secrets ?? {},
      github: {
        repository: 'acme/shop',
        actor: 'octocat',
        token: 'ghs_not-a-real-token',
        ...this.options.github,
      },
      needs,
      matrix,
      runner: { temp: runnerTemp, os: 'Linux' },
      vars: {},
    };
  }

  private runJob(name: string): JobRun {
    const job = this.wf.jobs[name] as Job;
    const needed = needsOf(job).map((n) => this.jobs.get(n) as JobRun);
    const allOk = needed.every((r) => r.result === 'success');
    const probe: ExprContext = {
      contexts: this.contexts(job, {}, ''),
      status: { success: allOk, failure: needed.some((r) => r.result === 'failure'), cancelled: false },
    };
    if (!evaluateCondition(job.if, probe)) return { job: name, result: 'skipped', legs: [], outputs: {} };
    const include = job.strategy?.matrix?.include;
    const entries = include === undefined ? [{}] : evaluateTemplate(include, probe);
    if (!Array.isArray(entries) || entries.length === 0)
      throw new Error(`job ${name}: matrix.include is not a non-empty array: ${toText(entries)}`);
    const legs = entries.map((m) => this.runLeg(name, job, m as Record<string, Value>));
    const outputs: Record<string, string> = {};
    for (const leg of legs)
      for (const [k, v] of Object.entries(leg.outputs)) if (v !== '' || !(k in outputs)) outputs[k] = v;
    return { job: name, result: legs.some((l) => l.failed) ? 'failure' : 'success', legs, outputs };
  }

  private workspace(): string {
    const ws = mkdtempSync(path.join(tmpdir(), 'gantry-wf-ws-'));
    symlinkSync(this.options.repoRoot, path.join(ws, '.gantry'));
    for (const [file, text] of Object.entries(this.options.callerFiles ?? {})) {
      mkdirSync(path.dirname(path.join(ws, file)), { recursive: true });
      writeFileSync(path.join(ws, file), text);
    }
    return ws;
  }

  private runLeg(name: string, job: Job, matrix: Record<string, Value>): LegRun {
    const ws = this.workspace();
    const temp = mkdtempSync(path.join(tmpdir(), 'gantry-wf-temp-'));
    const steps = new Map<string, Value>();
    const ctx: ExprContext = { contexts: { ...this.contexts(job, matrix, temp), steps: {} } };
    const leg: LegRun = {
      job: name,
      workspace: ws,
      matrix,
      runsOn: '',
      steps: [],
      failed: false,
      outputs: {},
      uploaded: [],
      downloaded: [],
    };
    leg.runsOn = toText(evaluateTemplate(job['runs-on'], ctx));
    for (const step of job.steps ?? []) {
      ctx.contexts.steps = Object.fromEntries(steps);
      ctx.status = { success: !leg.failed, failure: leg.failed, cancelled: false };
      const run = this.runStep(step, ctx, leg, ws, temp);
      leg.steps.push(run);
      const continues = (step as { 'continue-on-error'?: boolean })['continue-on-error'] === true;
      if (run.failed && !continues) leg.failed = true;
      const outcome = run.failed ? 'failure' : run.ran ? 'success' : 'skipped';
      if (run.id !== undefined) steps.set(run.id, { outputs: run.outputs, outcome });
    }
    ctx.contexts.steps = Object.fromEntries(steps);
    for (const [k, v] of Object.entries(job.outputs ?? {})) leg.outputs[k] = toText(evaluateTemplate(v, ctx));
    return leg;
  }

  private runStep(step: Step, ctx: ExprContext, leg: LegRun, ws: string, temp: string): StepRun {
    const result: StepRun = {
      id: step.id,
      uses: step.uses,
      ran: false,
      failed: false,
      with: {},
      outputs: {},
    };
    if (!evaluateCondition(step.if, ctx)) return result;
    result.ran = true;
    for (const [k, v] of Object.entries(step.with ?? {})) result.with[k] = toText(evaluateTemplate(v, ctx));
    const env: Record<string, string> = {};
    for (const [k, v] of Object.entries(step.env ?? {})) env[k] = toText(evaluateTemplate(v, ctx));
    if (step.run !== undefined) result.outputs = this.runScript(step, env, ws, temp, leg);
    else {
      try {
        result.outputs = this.runUses(step.uses?.split('@')[0] ?? '', result.with, leg);
      } catch (error) {
        if (!(error instanceof StepFailure)) throw error;
        result.failed = true;
        result.outputs = error.outputs;
      }
    }
    return result;
  }

  private runScript(
    step: Step,
    env: Record<string, string>,
    ws: string,
    temp: string,
    leg: LegRun,
  ): Record<string, string> {
    const output = path.join(temp, `output-${leg.steps.length}`);
    writeFileSync(output, '');
    const script = path.join(temp, `step-${leg.steps.length}`);
    writeFileSync(script, step.run as string);
    const node = step.shell === 'node {0}';
    const r = spawnSync(
      node ? process.execPath : 'bash',
      node ? [script] : ['--noprofile', '--norc', '-eo', 'pipefail', script],
      {
        cwd: ws,
        encoding: 'utf8',
        env: {
          PATH: process.env.PATH ?? '',
          HOME: process.env.HOME ?? '/root',
          RUNNER_TEMP: temp,
          GITHUB_WORKSPACE: ws,
          GITHUB_OUTPUT: output,
          ...env,
        },
      },
    );
    if (r.status !== 0)
      throw new Error(
        `${leg.job} (${JSON.stringify(leg.matrix)}) step ${step.id ?? step.run}: exit ${r.status}\n${r.stdout}${r.stderr}`,
      );
    return parseCommandFile(readFileSync(output, 'utf8'));
  }

  private runUses(uses: string, inputs: Record<string, string>, leg: LegRun): Record<string, string> {
    if (uses === 'actions/checkout' || uses === 'docker/setup-buildx-action') return {};
    if (uses === 'actions/upload-artifact') {
      const name = inputs.name as string;
      if (this.artifacts.has(name)) throw new Error(`artifact ${name} uploaded twice (by ${leg.job})`);
      const file = inputs.path as string;
      const files = new Map<string, string>();
      for (const f of statSync(file).isDirectory() ? listFiles(file) : [file])
        files.set(path.basename(f), readFileSync(f, 'utf8'));
      this.artifacts.set(name, files);
      leg.uploaded.push(name);
      return {};
    }
    if (uses === 'actions/download-artifact') {
      // By name: that one artifact, into `path` itself (missing is an error). By pattern: each match into
      // `path/<name>/`, or all into `path` with merge-multiple.
      const byName = inputs.name !== undefined && inputs.name !== '';
      const pattern = byName ? (inputs.name as string) : (inputs.pattern ?? '');
      const names = [...this.artifacts.keys()].filter((n) =>
        byName ? n === pattern : globMatches(pattern, n),
      );
      if (byName && names.length === 0) throw new Error(`${leg.job}: no artifact named ${pattern}`);
      leg.downloaded.push({ pattern, artifacts: names });
      for (const n of names) {
        const flat = byName || inputs['merge-multiple'] === 'true';
        const dir = flat ? (inputs.path as string) : path.join(inputs.path as string, n);
        mkdirSync(dir, { recursive: true });
        for (const [f, text] of this.artifacts.get(n) ?? []) writeFileSync(path.join(dir, f), text);
      }
      return {};
    }
    const standIn = this.options.actions[uses];
    if (standIn === undefined) throw new Error(`no stand-in for uses: ${uses} (job ${leg.job})`);
    return standIn(inputs, leg);
  }
}
