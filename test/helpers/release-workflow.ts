import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect } from 'vitest';
import { actionMetadata, parseCommandFile } from './run-action-bundle.ts';
import { evaluateTemplate, toText, type Value } from './workflow-expr.ts';
import {
  type ActionStandIn,
  type JobRun,
  type LegRun,
  loadWorkflow,
  needsOf,
  StepFailure,
  type Workflow,
  WorkflowRun,
} from './workflow-jobs.ts';

/**
 * release.yml run job by job (helpers/workflow-jobs.ts) with stand-ins for what needs a registry, buildx,
 * Trivy or a target: the build action pushes by digest (a digest derived from what it was asked to
 * build) and merges (an index digest derived from the digests it was given), the scan passes, the
 * deploy actions report `deployed`. actions/release in `mode: plan` is the real bundle
 * (dist/release/index.js, run as the runner runs it: INPUT_* with action.yml's defaults, a GITHUB_OUTPUT
 * file, the leg's workspace) unless a test gives its own plan.
 */

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const RELEASE_YML = path.join(ROOT, '.github/workflows/release.yml');
export const GANTRY_SHA = 'f'.repeat(40);

const sha = (text: string) => `sha256:${createHash('sha256').update(text).digest('hex')}`;

/** What the stand-ins were asked, for the checks. */
export interface Calls {
  pushed: Array<{ leg: LegRun; inputs: Record<string, string>; digest: string }>;
  merged: Array<{ leg: LegRun; inputs: Record<string, string>; imageRef: string }>;
  scanned: Array<{ leg: LegRun; inputs: Record<string, string> }>;
  released: Array<{ inputs: Record<string, string> }>;
  deployed: Array<{ action: string; inputs: Record<string, string> }>;
}

/** Runs `dist/release/index.js` once, synchronously, as the runner runs a node24 action's main. */
export function runReleaseBundle(inputs: Record<string, string>, workspace: string): Record<string, string> {
  const meta = actionMetadata('release');
  const dir = mkdtempSync(path.join(tmpdir(), 'gantry-release-bundle-'));
  const files = ['GITHUB_OUTPUT', 'GITHUB_STATE', 'GITHUB_ENV', 'GITHUB_STEP_SUMMARY'];
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? '/root',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: workspace,
    RUNNER_TEMP: dir,
    GITHUB_REPOSITORY: 'acme/shop',
    GITHUB_REF: 'refs/tags/v1.2.3',
    GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
  };
  for (const f of files) {
    env[f] = path.join(dir, f.toLowerCase());
    writeFileSync(env[f] as string, '');
  }
  for (const [name, spec] of Object.entries(meta.inputs ?? {}))
    env[`INPUT_${name.toUpperCase()}`] = inputs[name] ?? spec.default ?? '';
  for (const name of Object.keys(inputs))
    if (!(name in (meta.inputs ?? {}))) throw new Error(`actions/release has no input ${name}`);
  const bundle = path.resolve(ROOT, 'actions/release', meta.runs.main);
  const r = spawnSync(process.execPath, [bundle], { cwd: workspace, env, encoding: 'utf8', timeout: 60_000 });
  if (r.status !== 0) throw new Error(`dist/release/index.js exited ${r.status}:\n${r.stdout}${r.stderr}`);
  return parseCommandFile(readFileSync(env.GITHUB_OUTPUT as string, 'utf8'));
}

export interface ReleaseRunOptions {
  inputs: Record<string, Value>;
  secrets?: Record<string, string>;
  callerFiles?: Record<string, string>;
  /** The image key whose scan gate fails (a StepFailure, as a failed gate fails its step). */
  failScan?: string;
  /** Instead of the real bundle's `mode: plan`. */
  plan?: (inputs: Record<string, string>, leg: LegRun) => Record<string, string>;
}

export function runReleaseWorkflow(options: ReleaseRunOptions): {
  run: WorkflowRun;
  calls: Calls;
  wf: Workflow;
} {
  const calls: Calls = { pushed: [], merged: [], scanned: [], released: [], deployed: [] };
  const build: ActionStandIn = (inputs, leg) => {
    if (inputs.mode === 'push-by-digest') {
      const digest = sha(
        JSON.stringify([inputs.image, inputs.platforms, inputs.context, inputs.file, inputs.target]),
      );
      calls.pushed.push({ leg, inputs, digest });
      return { digest, 'image-ref': `${inputs.image}@${digest}` };
    }
    if (inputs.mode !== 'merge') throw new Error(`build stand-in: mode ${inputs.mode}`);
    const digests = (inputs.digests ?? '').split('\n').filter((l) => l.trim() !== '');
    if (digests.length === 0) throw new Error(`merge of ${inputs.image} was given no digests`);
    const digest = sha(digests.sort().join('\n'));
    const imageRef = `${(inputs.image ?? '').toLowerCase()}@${digest}`;
    calls.merged.push({ leg, inputs, imageRef });
    return { digest, 'image-ref': imageRef };
  };
  const deployed =
    (action: string, outputs: Record<string, string>): ActionStandIn =>
    (inputs) => {
      calls.deployed.push({ action, inputs });
      return outputs;
    };
  const release: ActionStandIn = (inputs, leg) => {
    if (inputs.mode === 'plan')
      return (options.plan ?? ((i, l) => runReleaseBundle(i, l.workspace)))(inputs, leg);
    calls.released.push({ inputs });
    return { status: 'deployed', images: inputs.images ?? '' };
  };
  const wf = loadWorkflow(RELEASE_YML);
  const run = new WorkflowRun(wf, {
    inputs: { 'gantry-ref': `gantry-dev/gantry@${GANTRY_SHA}`, environment: 'production', ...options.inputs },
    secrets: options.secrets ?? {},
    repoRoot: ROOT,
    callerFiles: options.callerFiles ?? {},
    actions: {
      './.gantry/actions/build': build,
      './.gantry/actions/release': release,
      './.gantry/actions/scan': (inputs, leg) => {
        calls.scanned.push({ leg, inputs });
        if (leg.matrix.key === options.failScan)
          throw new StepFailure('2 findings fail the gate', { passed: 'false' });
        return { passed: 'true' };
      },
      './.gantry/actions/secrets': deployed('secrets', { env: '' }),
      './.gantry/actions/deploy-swarm': deployed('deploy-swarm', { status: 'deployed' }),
      './.gantry/actions/deploy-k8s': deployed('deploy-k8s', { status: 'deployed' }),
      './.gantry/actions/prune-secrets': deployed('prune-secrets', {}),
    },
  }).run();
  return { run, calls, wf };
}

/** `needs.<job>` named anywhere in a job that does not list that job in its `needs`. */
export function unlistedNeeds(wf: Workflow): string[] {
  const out: string[] = [];
  for (const [name, job] of Object.entries(wf.jobs)) {
    const text = JSON.stringify(job);
    for (const [, used] of text.matchAll(/needs\.([A-Za-z0-9_-]+)\./g))
      if (!needsOf(job).includes(used as string)) out.push(`${name} reads needs.${used}`);
  }
  return [...new Set(out)];
}

export const job = (run: WorkflowRun, name: string): JobRun => {
  const r = run.jobs.get(name);
  if (r === undefined) throw new Error(`no job ${name}`);
  return r;
};

export const stepOf = (leg: LegRun, id: string) => {
  const s = leg.steps.find((x) => x.id === id);
  if (s === undefined) throw new Error(`${leg.job}: no step ${id}`);
  return s;
};

/**
 * The chain every release must keep, whatever the number of images: each build leg runs on its runner
 * for its platform and uploads one digest artifact; each is downloaded by exactly one merge leg, the one
 * of its image, which merges exactly those digests; each merge leg's image artifact reaches the images
 * job, whose `images` is every merged reference by key; each scan leg scans its image's reference; and
 * the deploy gets what the images job gives. Returns the images output.
 */
export function expectDigestChain(run: WorkflowRun, calls: Calls, gantryOutputs: Record<string, string>) {
  const build = job(run, 'build');
  const plannedLegs = JSON.parse(gantryOutputs['build-matrix'] as string);
  expect(build.legs.map((l) => l.matrix)).toEqual(plannedLegs);
  for (const leg of build.legs) {
    expect(leg.runsOn).toBe(leg.matrix.runner);
    expect(stepOf(leg, 'build').with).toMatchObject({
      image: leg.matrix.image,
      platforms: leg.matrix.platform,
      context: leg.matrix.context,
      file: leg.matrix.file,
      target: leg.matrix.target,
      'build-args': leg.matrix['build-args'],
      mode: 'push-by-digest',
    });
    expect(leg.uploaded).toHaveLength(1);
  }
  const merge = job(run, 'merge');
  expect(merge.legs.map((l) => l.matrix)).toEqual(JSON.parse(gantryOutputs['images-matrix'] as string));
  for (const leg of build.legs) {
    const takers = merge.legs.filter((m) =>
      m.downloaded.some((d) => d.artifacts.includes(leg.uploaded[0] as string)),
    );
    expect(
      takers.map((m) => m.matrix.key),
      `${leg.uploaded[0]} is downloaded by`,
    ).toEqual([leg.matrix.key]);
  }
  const images: Record<string, string> = {};
  for (const leg of merge.legs) {
    const pushed = calls.pushed.filter((p) => p.leg.matrix.key === leg.matrix.key).map((p) => p.digest);
    const merged = calls.merged.find((m) => m.leg === leg);
    expect(merged, `merge ${leg.matrix.key}`).toBeDefined();
    expect((merged?.inputs.digests ?? '').split('\n').filter(Boolean).sort()).toEqual(pushed.sort());
    expect(merged?.inputs.image).toBe(leg.matrix.image);
    expect(merged?.inputs['tag-latest']).toBe(gantryOutputs['tag-latest']);
    images[leg.matrix.key as string] = merged?.imageRef as string;
    expect(leg.uploaded).toHaveLength(1);
  }
  const collect = job(run, 'images');
  expect(collect.legs).toHaveLength(1);
  const downloadedByImages = collect.legs[0]?.downloaded.flatMap((d) => d.artifacts) ?? [];
  expect([...downloadedByImages].sort()).toEqual(merge.legs.map((l) => l.uploaded[0]).sort());
  expect(JSON.parse(collect.outputs.images as string)).toEqual(images);
  const scan = job(run, 'scan');
  const scanSettings = JSON.parse(gantryOutputs.scan as string);
  expect(scan.legs.map((l) => calls.scanned.find((s) => s.leg === l)?.inputs)).toEqual(
    merge.legs.map((l) => ({
      image: images[l.matrix.key as string],
      severity: scanSettings.severity,
      'ignore-unfixed': String(scanSettings['ignore-unfixed']),
      'ignore-file': scanSettings['ignore-file'],
      'upload-sarif': 'false',
    })),
  );
  expect(job(run, 'deploy').result).toBe('success');
  return images;
}

/** The workflow's own outputs (`on.workflow_call.outputs`), from the jobs' outputs. */
export function workflowOutputs(run: WorkflowRun, wf: Workflow): Record<string, string> {
  const jobs = Object.fromEntries(
    [...run.jobs].map(([n, r]) => [n, { result: r.result, outputs: r.outputs }]),
  );
  const outputs = (wf.on.workflow_call as unknown as { outputs: Record<string, { value: string }> }).outputs;
  return Object.fromEntries(
    Object.entries(outputs).map(([k, spec]) => [
      k,
      toText(evaluateTemplate(spec.value, { contexts: { jobs } })),
    ]),
  );
}
