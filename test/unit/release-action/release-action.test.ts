import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readReleaseInputs } from '../../../src/actions/release/inputs.ts';
import { releaseStatus } from '../../../src/actions/release/summary.ts';
import type { StageResult } from '../../../src/pipeline/release/stage-log.ts';

// The release action's own shell (src/actions/release): its `status` output and how it reads its
// inputs. The engine it runs (runRelease) is replaced here by one that records stages and throws,
// so the outputs written on that path are checked without a target.

const engine = vi.hoisted(() => ({
  run: undefined as undefined | ((log: { results: StageResult[] }) => Promise<unknown>),
}));
vi.mock('../../../src/pipeline/release/run.ts', () => ({
  runRelease: (_request: unknown, log: { results: StageResult[] }) => {
    if (engine.run === undefined) throw new Error('no engine stand-in set');
    return engine.run(log);
  },
}));

const stage = (name: StageResult['stage'], status: StageResult['status']): StageResult => ({
  stage: name,
  status,
  detail: '',
  seconds: 0,
});

describe('releaseStatus', () => {
  it.each<[string, StageResult[], boolean, string]>([
    ['deployed and smoke-checked', [stage('deploy', 'ok'), stage('smoke', 'ok')], false, 'deployed'],
    ['rolled back', [stage('deploy', 'rolled-back'), stage('smoke', 'failed')], false, 'rolled-back'],
    ['a deploy that failed', [stage('deploy', 'failed')], false, 'failed'],
    [
      'a smoke check that failed, no rollback',
      [stage('deploy', 'ok'), stage('smoke', 'failed')],
      false,
      'failed',
    ],
    // The release is out: a prune that fails afterwards fails the step, not the verdict.
    ['deployed, then the prune failed', [stage('deploy', 'ok'), stage('prune', 'failed')], false, 'deployed'],
    ['stopped before the deploy', [stage('build', 'ok'), stage('scan', 'failed')], false, ''],
    ['a deploy skipped', [stage('deploy', 'skipped')], false, ''],
    // A dry run's deploy stage is ok (the plan was accepted) but nothing was deployed.
    ['a dry run', [stage('deploy', 'ok'), stage('smoke', 'skipped')], true, ''],
  ])('%s', (_name, results, dryRun, expected) => {
    expect(releaseStatus(results, dryRun)).toBe(expected);
  });
});

const KUBECONFIG = `apiVersion: v1
kind: Config
clusters: [{name: c, cluster: {server: 'https://127.0.0.1:1'}}]
users: [{name: u, user: {token: gantry-unit-token-4f1c9e}}]
contexts: [{name: x, context: {cluster: c, user: u, namespace: shop}}]
current-context: x
`;

const GANTRY_YML = `image: registry.example/acme/shop
targets:
  k8s:
    kubernetes:
      manifests: [k8s]
  other:
    kubernetes:
      manifests: [k8s]
`;

describe('the release action', () => {
  let dir: string;
  let saved: NodeJS.ProcessEnv;
  let stdout: string[];

  beforeEach(() => {
    saved = { ...process.env };
    dir = mkdtempSync(path.join(tmpdir(), 'gantry-release-action-'));
    writeFileSync(path.join(dir, 'gantry.yml'), GANTRY_YML);
    for (const file of ['output', 'state', 'summary']) writeFileSync(path.join(dir, file), '');
    for (const key of Object.keys(process.env)) if (key.startsWith('INPUT_')) delete process.env[key];
    Object.assign(process.env, {
      GITHUB_WORKSPACE: dir,
      RUNNER_TEMP: dir,
      GITHUB_OUTPUT: path.join(dir, 'output'),
      GITHUB_STATE: path.join(dir, 'state'),
      GITHUB_STEP_SUMMARY: path.join(dir, 'summary'),
      INPUT_TARGET: 'k8s',
    });
    stdout = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      stdout.push(String(chunk));
      return true;
    });
  });

  afterEach(() => {
    vi.restoreAllMocks();
    process.env = saved;
    rmSync(dir, { recursive: true, force: true });
  });

  it('masks the token inside a base64 kubeconfig, not only the base64 text', () => {
    process.env.INPUT_KUBECONFIG = Buffer.from(KUBECONFIG).toString('base64');
    readReleaseInputs();
    expect(stdout).toContain('::add-mask::gantry-unit-token-4f1c9e\n');
  });

  it.each(['constructor', 'toString', '__proto__'])('refuses target %s, naming the input', (name) => {
    process.env.INPUT_TARGET = name;
    expect(() => readReleaseInputs()).toThrow(
      `Input 'target': no target ${JSON.stringify(name)} in the config (it has k8s, other)`,
    );
  });

  it('sets status failed when the deploy stage stopped with an error', async () => {
    const { run } = await import('../../../src/actions/release/main.ts');
    process.env['INPUT_SKIP-SCAN'] = 'true';
    engine.run = async (log) => {
      log.results.push(stage('secrets', 'ok'), stage('deploy', 'failed'));
      throw new Error('the deploy lock is held by someone else');
    };
    await expect(run()).rejects.toThrow('the deploy lock is held');
    expect(readFileSync(path.join(dir, 'output'), 'utf8')).toMatch(/^status<<(\S+)\nfailed\n\1$/m);
  });

  describe('mode: plan with require-secrets (a workflow, before it builds)', () => {
    const withSecret = `${GANTRY_YML.replaceAll('manifests: [k8s]', 'manifests: [k8s]\n      stack: shop')}secrets: { values: { DB: { env: DB_PASSWORD } } }\n`;
    beforeEach(() => {
      writeFileSync(path.join(dir, 'gantry.yml'), withSecret);
      Object.assign(process.env, { INPUT_MODE: 'plan', 'INPUT_REQUIRE-SECRETS': 'true' });
    });

    it('a secret missing from app-secrets is an error naming it', () => {
      process.env['INPUT_APP-SECRETS'] = 'OTHER=x';
      expect(() => readReleaseInputs()).toThrow(
        "Input 'app-secrets': has no line DB_PASSWORD=… (secrets.values.DB reads env DB_PASSWORD)",
      );
    });

    it('present: accepted, and not put in the environment (plan mode runs nothing)', () => {
      process.env['INPUT_APP-SECRETS'] = 'DB_PASSWORD=pw-4711';
      expect(readReleaseInputs().mode).toBe('plan');
      expect(process.env.DB_PASSWORD).toBeUndefined();
      expect(stdout).toContain('::add-mask::pw-4711\n');
    });

    it('without require-secrets, plan mode does not look (pr-security plans without secrets)', () => {
      delete process.env['INPUT_REQUIRE-SECRETS'];
      expect(readReleaseInputs().mode).toBe('plan');
    });
  });
});
