// The step that lets a reusable workflow find its own repository and commit (src/workflow-steps/self-ref.cjs),
// run the way the runner runs it: the `run:` text taken from the workflow file itself, written to a file
// without an extension and executed by `node`, against a loopback OIDC token endpoint (a JWT built here)
// and the OpenAPI-checked stand-in for GitHub's REST API (GET /repos/{owner}/{repo}/actions/runs/{run_id}).
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { SELF_REF_SOURCE, SELF_REF_WORKFLOWS, syncSelfRef } from '../../../scripts/workflow-steps.ts';
import { type GitHubApiServer, loadSpec, startGitHubApiServer } from '../../helpers/github-api-server.ts';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const run = promisify(execFile);
const GANTRY_SHA = 'a'.repeat(40);
const OTHER_SHA = 'b'.repeat(40);

interface Step {
  id?: string;
  shell?: string;
  run?: string;
  env?: Record<string, string>;
}

function selfRefStep(workflow: string): Step {
  const doc = parse(readFileSync(path.join(ROOT, workflow), 'utf8')) as {
    jobs: Record<string, { steps?: Step[] }>;
  };
  const steps = Object.values(doc.jobs).flatMap((j) => j.steps ?? []);
  const step = steps.find((s) => s.id === 'gantry-ref');
  if (step?.run === undefined) throw new Error(`${workflow} has no gantry-ref step`);
  return step;
}

interface Outcome {
  code: number;
  stdout: string;
  outputs: Record<string, string>;
}

async function runStep(workflow: string, env: Record<string, string>): Promise<Outcome> {
  const dir = mkdtempSync(path.join(tmpdir(), 'gantry-self-ref-'));
  const script = path.join(dir, 'b4a1f5e0-step'); // the runner's script file has no extension either
  writeFileSync(script, selfRefStep(workflow).run as string);
  const output = path.join(dir, 'output');
  writeFileSync(output, '');
  let code = 0;
  let stdout = '';
  try {
    ({ stdout } = await run(process.execPath, [script], {
      cwd: dir,
      env: { PATH: process.env.PATH ?? '', GITHUB_OUTPUT: output, ...env },
    }));
  } catch (error) {
    const e = error as { code: number; stdout: string };
    code = e.code;
    stdout = e.stdout;
  }
  const outputs = Object.fromEntries(
    readFileSync(output, 'utf8')
      .split('\n')
      .filter((l) => l.includes('='))
      .map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]),
  );
  return { code, stdout, outputs };
}

const b64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

/** A JWT shaped like GitHub's OIDC token (unsigned: the step reads claims, it does not verify). */
function jwt(claims: Record<string, unknown>): string {
  return `${b64url({ alg: 'RS256', typ: 'JWT', kid: 'test' })}.${b64url(claims)}.c2lnbmF0dXJl`;
}

const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const close of closers.splice(0)) await close();
});

async function tokenServer(claims: Record<string, unknown>) {
  const seen: { audience: string | null; authorization: string | undefined }[] = [];
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    seen.push({ audience: url.searchParams.get('audience'), authorization: req.headers.authorization });
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify({ count: 1, value: jwt(claims) }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  closers.push(() => new Promise((resolve) => server.close(() => resolve())));
  const port = (server.address() as AddressInfo).port;
  return { url: `http://127.0.0.1:${port}/token?api-version=2.0`, seen };
}

/** GitHub's own example workflow run, with the referenced workflows this test needs. */
function workflowRun(referenced: { path: string; sha: string; ref?: string }[]) {
  const doc = loadSpec().doc as {
    components: { examples: Record<string, { value: Record<string, unknown> }> };
  };
  return {
    ...structuredClone(doc.components.examples['workflow-run']?.value),
    referenced_workflows: referenced,
  };
}

async function apiServer(referenced: { path: string; sha: string; ref?: string }[] | number) {
  const server: GitHubApiServer = await startGitHubApiServer({
    token: 'ghs_test',
    handlers: ({ operationId, params }) =>
      operationId === 'actions/get-workflow-run' && params.run_id === '4242'
        ? typeof referenced === 'number'
          ? { status: referenced, body: { message: 'Resource not accessible by integration', status: '403' } }
          : { status: 200, body: workflowRun(referenced) }
        : undefined,
  });
  closers.push(() => server.close());
  return server;
}

const runEnv = (api: GitHubApiServer) => ({
  GITHUB_API_URL: api.url,
  GITHUB_REPOSITORY: 'acme/shop',
  GITHUB_RUN_ID: '4242',
  GITHUB_TOKEN: 'ghs_test',
});

describe('the copies in the workflows', () => {
  it.each(SELF_REF_WORKFLOWS)(
    '%s holds src/workflow-steps/self-ref.cjs verbatim (node scripts/workflow-steps.ts --write)',
    (workflow) => {
      const text = readFileSync(path.join(ROOT, workflow), 'utf8');
      const synced = syncSelfRef(text, readFileSync(path.join(ROOT, SELF_REF_SOURCE), 'utf8'));
      expect(synced.found).toBe(1);
      expect(synced.text).toBe(text);
      const step = selfRefStep(workflow);
      expect(step.shell).toBe('node {0}');
      expect(step.env?.GANTRY_WORKFLOW).toBe(path.basename(workflow));
      expect(`${step.run}`).toBe(readFileSync(path.join(ROOT, SELF_REF_SOURCE), 'utf8'));
    },
  );

  it('notices a stale copy', () => {
    const text = readFileSync(path.join(ROOT, SELF_REF_WORKFLOWS[0] as string), 'utf8');
    const stale = text.replace(
      "const workflowFile = env.GANTRY_WORKFLOW || '';",
      'const workflowFile = "x";',
    );
    expect(stale).not.toBe(text);
    expect(syncSelfRef(stale, readFileSync(path.join(ROOT, SELF_REF_SOURCE), 'utf8')).text).toBe(text);
  });
});

describe('finding Gantry (run as the runner runs it)', () => {
  it('uses the gantry-ref input as given, asking nothing', async () => {
    const r = await runStep('.github/workflows/release.yml', {
      GANTRY_REF: `gantry-dev/gantry@${GANTRY_SHA}`,
      GANTRY_WORKFLOW: 'release.yml',
    });
    expect(r.code).toBe(0);
    expect(r.outputs).toEqual({
      repository: 'gantry-dev/gantry',
      sha: GANTRY_SHA,
      source: 'gantry-ref input',
    });
  });

  it('refuses a malformed gantry-ref', async () => {
    const r = await runStep('.github/workflows/release.yml', {
      GANTRY_REF: 'gantry@',
      GANTRY_WORKFLOW: 'release.yml',
    });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(
      '::error title=Gantry could not find its own version::gantry-ref must look like',
    );
    expect(r.outputs).toEqual({});
  });

  it("reads job_workflow_ref/job_workflow_sha from the job's OIDC token", async () => {
    const token = await tokenServer({
      iss: 'https://token.actions.githubusercontent.com',
      repository: 'acme/shop',
      workflow_ref: 'acme/shop/.github/workflows/deploy.yml@refs/tags/v3.1.0',
      job_workflow_ref: 'gantry-dev/gantry/.github/workflows/release.yml@refs/tags/v1',
      job_workflow_sha: GANTRY_SHA,
    });
    const r = await runStep('.github/workflows/release.yml', {
      GANTRY_WORKFLOW: 'release.yml',
      ACTIONS_ID_TOKEN_REQUEST_URL: token.url,
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'request-token',
    });
    expect(r.code).toBe(0);
    expect(r.outputs).toEqual({
      repository: 'gantry-dev/gantry',
      sha: GANTRY_SHA,
      source: 'OIDC token (job_workflow_sha)',
    });
    expect(token.seen).toEqual([{ audience: 'gantry-self-ref', authorization: 'Bearer request-token' }]);
    // The token itself is masked before anything else is printed.
    expect(r.stdout).toMatch(/^::add-mask::[\w-]+\.[\w-]+\.[\w-]+\n/);
  });

  it("falls back to the run's referenced_workflows when the token is for another workflow file", async () => {
    const token = await tokenServer({
      job_workflow_ref: 'gantry-dev/gantry/.github/workflows/release.yml@refs/tags/v1',
      job_workflow_sha: GANTRY_SHA,
    });
    const api = await apiServer([
      { path: `gantry-dev/gantry/.github/workflows/pr-security.yml@${OTHER_SHA}`, sha: OTHER_SHA },
    ]);
    const r = await runStep('.github/workflows/pr-security.yml', {
      ...runEnv(api),
      GANTRY_WORKFLOW: 'pr-security.yml',
      ACTIONS_ID_TOKEN_REQUEST_URL: token.url,
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'request-token',
    });
    expect(r.code).toBe(0);
    expect(r.outputs.sha).toBe(OTHER_SHA);
    expect(r.outputs.source).toBe('run referenced_workflows');
    expect(api.violations).toEqual([]);
  });

  it("without a token (a fork's PR, or no id-token: write) finds the entry in the run's referenced_workflows", async () => {
    const api = await apiServer([
      { path: 'acme/shop/.github/workflows/deploy.yml@main', sha: OTHER_SHA, ref: 'refs/heads/main' },
      { path: 'gantry-dev/gantry/.github/workflows/release.yml@v1', sha: GANTRY_SHA, ref: 'refs/tags/v1' },
    ]);
    const r = await runStep('.github/workflows/release.yml', {
      ...runEnv(api),
      GANTRY_WORKFLOW: 'release.yml',
    });
    expect(r.code).toBe(0);
    expect(r.outputs).toEqual({
      repository: 'gantry-dev/gantry',
      sha: GANTRY_SHA,
      source: 'run referenced_workflows',
    });
    expect(api.violations).toEqual([]);
    expect(api.requests.map((q) => [q.method, q.url, q.status])).toEqual([
      ['GET', '/repos/acme/shop/actions/runs/4242', 200],
    ]);
  });

  it('refuses to guess when the run references the workflow at two commits', async () => {
    const api = await apiServer([
      { path: `gantry-dev/gantry/.github/workflows/release.yml@${GANTRY_SHA}`, sha: GANTRY_SHA },
      { path: `a-fork/gantry/.github/workflows/release.yml@${OTHER_SHA}`, sha: OTHER_SHA },
    ]);
    const r = await runStep('.github/workflows/release.yml', {
      ...runEnv(api),
      GANTRY_WORKFLOW: 'release.yml',
    });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('set the gantry-ref input to say which');
    expect(r.outputs).toEqual({});
  });

  it('says which permission is missing when the API refuses', async () => {
    const api = await apiServer(403);
    const r = await runStep('.github/workflows/release.yml', {
      ...runEnv(api),
      GANTRY_WORKFLOW: 'release.yml',
    });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('answered 403 (the calling job needs `permissions: actions: read`)');
    expect(r.stdout).toContain('Set the gantry-ref input');
  });
});
