// pr-security.yml with `config:` the three-image gantry.yml of test/fixtures/release-workflow/, its jobs
// chained as GitHub chains them (test/helpers/workflow-jobs.ts): the first job plans with the real
// dist/release/index.js (`mode: plan`), then each image is built once and gated against its own baseline,
// its reports reach its own comment job, and the verdict job gates over all of them. The build and Trivy
// are stand-ins; the matrices, artifact names, run steps and workflow-steps scripts are the real ones.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { GANTRY_SHA, job, ROOT, runReleaseBundle, unlistedNeeds } from '../helpers/release-workflow.ts';
import { evaluateTemplate, toText } from '../helpers/workflow-expr.ts';
import { type LegRun, loadWorkflow, StepFailure, WorkflowRun } from '../helpers/workflow-jobs.ts';

const FIXTURE = readFileSync(path.join(ROOT, 'test/fixtures/release-workflow/gantry.yml'), 'utf8');
const wf = loadWorkflow(path.join(ROOT, '.github/workflows/pr-security.yml'));

function runPrSecurity(inputs: Record<string, string>, files: Record<string, string>) {
  const reports = mkdtempSync(path.join(tmpdir(), 'gantry-pr-reports-'));
  const gates: Array<{ leg: LegRun; inputs: Record<string, string> }> = [];
  const comments: Array<{ leg: LegRun; inputs: Record<string, string> }> = [];
  const built: Array<{ leg: LegRun; inputs: Record<string, string> }> = [];
  const report = (name: string) => {
    const file = path.join(reports, `${name.replace(/[^a-z0-9]/g, '-')}.json`);
    writeFileSync(file, JSON.stringify({ ArtifactName: name }));
    return file;
  };
  const run = new WorkflowRun(wf, {
    inputs: { 'gantry-ref': `gantry-dev/gantry@${GANTRY_SHA}`, ...inputs },
    github: {
      base_ref: 'main',
      repository: 'acme/shop',
      event: { pull_request: { number: 7, head: { repo: { full_name: 'acme/shop' } } } },
    },
    repoRoot: ROOT,
    callerFiles: files,
    actions: {
      './.gantry/actions/release': (i, leg) => runReleaseBundle(i, leg.workspace),
      './.gantry/actions/build': (i, leg) => {
        built.push({ leg, inputs: i });
        return { tags: `${i.image}:pr-7\n${i.image}:sha-abc1234` };
      },
      './.gantry/actions/scan': (i, leg) => {
        if (i['baseline-report'] === undefined) return { report: report(i.image as string) };
        gates.push({ leg, inputs: i });
        // The web image has two findings its baseline does not have: its gate fails its step.
        const outputs = { report: report(i.image as string), passed: 'true', 'new-count': '0' };
        if (leg.matrix.key === 'web')
          throw new StepFailure('2 new findings', { ...outputs, passed: 'false', 'new-count': '2' });
        return outputs;
      },
      './.gantry/actions/scan-run': (i, leg) => {
        comments.push({ leg, inputs: i });
        return {};
      },
    },
  }).run();
  return { run, gates, comments, built };
}

describe('pr-security.yml with config: every image of a three-image gantry.yml', () => {
  const { run, gates, comments, built } = runPrSecurity({ config: 'gantry.yml' }, { 'gantry.yml': FIXTURE });

  it('builds each image once (not per platform), as the file describes it', () => {
    expect(built.map((b) => b.inputs)).toEqual([
      expect.objectContaining({ image: 'ghcr.io/acme/shop-api', context: '.', target: 'api', push: 'false' }),
      expect.objectContaining({ image: 'ghcr.io/acme/shop-web', context: 'web', target: 'web' }),
      expect.objectContaining({
        image: 'ghcr.io/acme/shop-admin',
        file: 'admin/Dockerfile',
        target: 'admin',
      }),
    ]);
    expect(built[2]?.inputs['build-args']).toBe('VERSION=1\nEDITION=internal');
  });

  it("gates each PR image against its own base-branch image with the file's settings, one SARIF category each", () => {
    expect(gates.map((g) => g.inputs.image)).toEqual([
      'ghcr.io/acme/shop-api:pr-7',
      'ghcr.io/acme/shop-web:pr-7',
      'ghcr.io/acme/shop-admin:pr-7',
    ]);
    for (const g of gates) {
      expect(g.inputs).toMatchObject({
        severity: 'CRITICAL',
        'ignore-unfixed': 'true',
        'ignore-file': '.trivyignore',
      });
      expect(g.inputs['upload-sarif']).toBe('true');
      expect(readFileSync(g.inputs['baseline-report'] as string, 'utf8')).toContain(
        `${g.inputs.image?.replace(':pr-7', ':main')}`,
      );
    }
    // The scan action names the category after the image's repository: three images, three categories.
    expect(new Set(gates.map((g) => g.inputs.image?.split(':')[0])).size).toBe(3);
  });

  it("hands each image's reports to its own comment job, the failed gate's too", () => {
    const scan = job(run, 'scan');
    expect(scan.result).toBe('failure');
    expect(scan.legs.map((l) => l.uploaded)).toEqual([
      ['gantry-scan-reports-api'],
      ['gantry-scan-reports-web'],
      ['gantry-scan-reports-admin'],
    ]);
    const comment = job(run, 'comment');
    expect(comment.legs.map((l) => l.downloaded.map((d) => d.artifacts))).toEqual([
      [['gantry-scan-reports-api']],
      [['gantry-scan-reports-web']],
      [['gantry-scan-reports-admin']],
    ]);
    expect(
      comments.map((c) => JSON.parse(readFileSync(c.inputs.report as string, 'utf8')).ArtifactName),
    ).toEqual(['ghcr.io/acme/shop-api:pr-7', 'ghcr.io/acme/shop-web:pr-7', 'ghcr.io/acme/shop-admin:pr-7']);
    expect(comments.every((c) => c.inputs.comment === 'true' && c.inputs.severity === 'CRITICAL')).toBe(true);
  });

  it('the verdict is over every image: one new finding anywhere fails it, the counts add up', () => {
    const jobs = Object.fromEntries(
      [...run.jobs].map(([n, r]) => [n, { result: r.result, outputs: r.outputs }]),
    );
    const outputs = (wf.on.workflow_call as unknown as { outputs: Record<string, { value: string }> })
      .outputs;
    const value = (name: string) => toText(evaluateTemplate(outputs[name]?.value, { contexts: { jobs } }));
    expect(value('passed')).toBe('false');
    expect(value('new-count')).toBe('2');
  });

  it('every job lists in needs each job whose outputs it reads', () => {
    expect(unlistedNeeds(wf)).toEqual([]);
  });
});

describe('pr-security.yml without config: one image, as before', () => {
  const { run, gates, built } = runPrSecurity({ image: 'ghcr.io/acme/shop' }, {});

  it('builds and gates the one image against <image>:<base branch>', () => {
    expect(built.map((b) => b.inputs.image)).toEqual(['ghcr.io/acme/shop']);
    expect(gates.map((g) => g.inputs)).toEqual([
      expect.objectContaining({
        image: 'ghcr.io/acme/shop:pr-7',
        severity: 'CRITICAL,HIGH',
        'ignore-unfixed': 'false',
      }),
    ]);
    expect(job(run, 'verdict').outputs).toEqual({ passed: 'true', 'new-count': '0' });
  });
});
