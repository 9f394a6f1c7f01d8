import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { type CompositeRun, runComposite } from '../../helpers/composite-runner.ts';
import { runnerEnv } from '../../helpers/run-action-bundle.ts';

// The root action.yml, its steps run as the runner runs a composite (helpers/composite-runner.ts), for
// what stops a release before its first stage: no registry, cluster or engine is reached, so no
// sandbox is needed. The releases that go further run in test/e2e/root-action-k8s.e2e.test.ts.

const root = path.resolve(import.meta.dirname, '../../..');
const KUBECONFIG = `apiVersion: v1
kind: Config
clusters: [{name: c, cluster: {server: 'https://127.0.0.1:16443'}}]
users: [{name: u, user: {token: not-a-real-token}}]
contexts: [{name: x, context: {cluster: c, user: u, namespace: shop}}]
current-context: x
`;

function release(inputs: Record<string, string>, files: Record<string, string> = {}): CompositeRun {
  const runnerTemp = mkdtempSync(path.join(tmpdir(), 'gantry-root-temp-'));
  const workspace = mkdtempSync(path.join(tmpdir(), 'gantry-root-ws-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(workspace, name), text);
  const summary = path.join(runnerTemp, 'summary.md');
  writeFileSync(summary, '');
  return runComposite(
    root,
    {
      image: 'registry.example:5000/gantry/root-k8s',
      target: 'kubernetes',
      context: path.join(root, 'sandbox/images/app'),
      'registry-username': 'gantry',
      'registry-password': 'not-a-real-password',
      scan: 'false',
      kubeconfig: Buffer.from(KUBECONFIG).toString('base64'),
      namespace: 'shop',
      manifests: 'k8s/',
      ...inputs,
    },
    {
      ...runnerEnv(runnerTemp, workspace),
      GITHUB_SHA: 'abcdef0123456789abcdef0123456789abcdef01',
      GITHUB_REF: 'refs/tags/v0.0.1',
      GITHUB_EVENT_NAME: 'push',
      GITHUB_TOKEN: 'not-a-real-token',
      GITHUB_STEP_SUMMARY: summary,
    },
  );
}
const step = (run: CompositeRun, id: string) => run.steps.find((s) => s.id === id);

describe('root action.yml, target kubernetes', () => {
  it('app-secrets without a stack stop the release before the build', () => {
    const run = release({ stack: '', 'app-secrets': 'APP_TOKEN=x-never-used' });
    expect(run.failed).toBe(true);
    expect(step(run, 'init')?.outcome).toBe('failure');
    expect(step(run, 'init')?.stdout).toContain(
      '::error title=stack::app-secrets with target kubernetes need',
    );
    expect(step(run, 'build')?.outcome).toBe('skipped');
    expect(step(run, 'cleanup')?.outcome).toBe('skipped');
    // Every step after init was skipped: nothing was built, pushed or deployed.
    expect(run.steps.filter((s) => s.id !== 'init' && s.outcome !== 'skipped')).toEqual([]);
    expect(run.log).not.toContain('x-never-used');
  });
});

describe('root action.yml, target kubernetes: the strategy inputs', () => {
  it("a Swarm proxy's input stops the release before the build, naming it", () => {
    const run = release({ strategy: 'blue-green', service: 'web', 'proxy-service': 'edge_proxy' });
    expect(run.failed).toBe(true);
    expect(step(run, 'init')?.stdout).toContain(
      '::error title=proxy-service::proxy-service is an input of target swarm only',
    );
    expect(run.steps.filter((s) => s.id !== 'init' && s.outcome !== 'skipped')).toEqual([]);
  });

  it('the Kubernetes strategy inputs reach the deploy-k8s step, from the input of each name', () => {
    const meta = parse(readFileSync(path.join(root, 'action.yml'), 'utf8')) as {
      runs: { steps: Array<{ id?: string; env?: Record<string, string> }> };
    };
    const env = meta.runs.steps.find((st) => st.id === 'kubernetes')?.env ?? {};
    for (const input of [
      'strategy',
      'service',
      'preview-urls',
      'keep-previous',
      'canary-weight',
      'canary-duration',
    ])
      expect(env[`INPUT_${input.toUpperCase()}`], input).toBe(`\${{ inputs.${input} }}`);
  });
});

describe('root action.yml with config (a gantry.yml describes the release)', () => {
  const file = {
    'gantry.yml': 'image: reg.example/shop\ntargets: { p: { kubernetes: { manifests: [k8s/] } } }\n',
  };
  const bare = { image: '', manifests: '', namespace: '', kubeconfig: '', target: '', context: '.' };

  it.each([
    ['image', { image: 'reg.example/other' }],
    ['manifests', { manifests: 'k8s/' }],
    ['services', { services: 'web' }],
    ['compose-file', { 'compose-file': 'other.yml' }],
  ])('config with the %s input stops before anything runs, naming both', (input, given) => {
    const run = release({ ...bare, config: 'gantry.yml', ...given }, file);
    expect(run.failed).toBe(true);
    expect(step(run, 'init')?.stdout).toContain(
      `::error title=${input}::inputs ${input} and config both describe`,
    );
    expect(run.steps.filter((s) => s.id !== 'init' && s.outcome !== 'skipped')).toEqual([]);
  });

  it('a config that is not there is an error naming config', () => {
    const run = release({ ...bare, config: 'missing.yml' });
    expect(step(run, 'init')?.stdout).toContain('::error title=config::no file missing.yml in the workspace');
  });

  it('without image and config, a gantry.yml in the workspace is used; the stage steps are skipped', () => {
    const run = release({ ...bare, kubeconfig: 'not base64 and not yaml' }, file);
    expect(step(run, 'init')?.outputs).toMatchObject({ mode: 'file', config: 'gantry.yml' });
    for (const id of ['build', 'scan', 'plan', 'secrets-kubernetes', 'kubernetes', 'prune-kubernetes'])
      expect(step(run, id)?.outcome, id).toBe('skipped');
    // The release bundle ran and refused the kubeconfig before connecting, naming the input.
    expect(step(run, 'release')?.outcome).toBe('failure');
    expect(step(run, 'release')?.stdout).toContain("::error::Input 'kubeconfig'");
  });

  it('without config and without image: an error naming both', () => {
    const run = release(bare);
    expect(step(run, 'init')?.stdout).toContain('::error title=image::give image');
  });
});

// release-mode.sh alone, with the init step's environment as action.yml gives it (the last test checks
// that the init step passes each variable): each input given with config must stop the release naming it,
// not be ignored (a kube-context or rollback: false ignored would release to another cluster, or roll back).
describe('release-mode.sh with config: every input the file describes', () => {
  function mode(env: Record<string, string>) {
    const workspace = mkdtempSync(path.join(tmpdir(), 'gantry-mode-ws-'));
    writeFileSync(path.join(workspace, 'gantry.yml'), 'image: reg.example/shop\n');
    const output = path.join(workspace, 'output');
    writeFileSync(output, '');
    const r = spawnSync('bash', [path.join(root, 'src/workflow-steps/release-mode.sh')], {
      env: { PATH: process.env.PATH ?? '', GITHUB_OUTPUT: output, GITHUB_WORKSPACE: workspace, ...env },
      encoding: 'utf8',
    });
    return { code: r.status, stdout: r.stdout, output: readFileSync(output, 'utf8') };
  }

  it.each([
    ['tag-latest', 'TAG_LATEST', 'true', 'build.tag-latest'],
    ['severity', 'SEVERITY', 'CRITICAL', 'scan.severity'],
    ['ignore-unfixed', 'IGNORE_UNFIXED', 'true', 'scan.ignore-unfixed'],
    ['ignore-file', 'IGNORE_FILE', '.trivyignore', 'scan.ignore-files'],
    ['jump-host', 'JUMP_HOST', 'ops@bastion.example', "the target's jump-host"],
    ['secrets-version', 'SECRETS_VERSION', 'timestamp', 'secrets.version'],
    ['keep-secrets', 'KEEP_SECRETS', '5', 'prune.keep'],
    ['kube-context', 'KUBE_CONTEXT', 'production', "the target's context"],
    [
      'kubectl-version',
      'KUBECTL_VERSION',
      'v1.32.4',
      "none in the file: with config the runner's kubectl runs; remove kubectl-version",
    ],
    ['timeout', 'DEPLOY_TIMEOUT', '20m', "the target's timeout"],
    ['rollback', 'ROLLBACK', 'false', "the target's rollback"],
    ['strategy', 'STRATEGY', 'canary', "the target's strategy"],
    ['proxy-service', 'PROXY_SERVICE', 'edge_proxy', "the target's proxy-service"],
    ['preview-urls', 'PREVIEW_URLS', 'http://preview.example/', "the target's preview-urls"],
    ['keep-previous', 'KEEP_PREVIOUS', '0', "the target's keep-previous"],
    ['service', 'SERVICE', 'web', "the target's service"],
    ['canary-weight', 'CANARY_WEIGHT', '25', "the target's canary-weight"],
    ['canary-duration', 'CANARY_DURATION', 'manual', "the target's canary-duration"],
    ['smoke-expect-status', 'SMOKE_EXPECT_STATUS', '204', 'smoke.expect-status'],
    ['smoke-expect-json', 'SMOKE_EXPECT_JSON', '{"ok":true}', 'smoke.expect-json'],
    ['smoke-timeout', 'SMOKE_TIMEOUT', '5m', 'smoke.timeout'],
    ['compose-file', 'COMPOSE_FILE', 'other.yml', "the target's stack-files"],
    ['environment', 'ENVIRONMENT', 'production', "the job's environment: (GitHub records the deployment)"],
  ])('%s given is refused, naming it and the file key', (input, variable, value, key) => {
    const r = mode({ CONFIG: 'gantry.yml', [variable]: value });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe(
      `::error title=${input}::inputs ${input} and config both describe the release: with config (gantry.yml), give it in the file (${key})\n`,
    );
    expect(r.output).toBe('');
  });

  it('the defaults, as action.yml passes them, are not a conflict', () => {
    const r = mode({
      CONFIG: 'gantry.yml',
      TAG_LATEST: 'false',
      SEVERITY: 'CRITICAL,HIGH',
      IGNORE_UNFIXED: 'false',
      SECRETS_VERSION: 'content',
      KEEP_SECRETS: '3',
      DEPLOY_TIMEOUT: '10m',
      ROLLBACK: 'true',
      SMOKE_EXPECT_STATUS: '200',
      SMOKE_TIMEOUT: '2m',
      COMPOSE_FILE: 'docker-stack.yml',
      CONTEXT: '',
    });
    expect(r.code).toBe(0);
    expect(r.output).toBe('mode=file\nconfig=gantry.yml\nkind=\n');
  });

  it("action.yml's init step passes every variable the script checks, from the input of that name", () => {
    const script = readFileSync(path.join(root, 'src/workflow-steps/release-mode.sh'), 'utf8');
    const checked = [...script.matchAll(/"([a-z-]+)\|([A-Z_]+)\|/g)].map(
      (m) => [m[1] ?? '', m[2] ?? ''] as const,
    );
    expect(checked.length).toBeGreaterThan(20);
    const meta = parse(readFileSync(path.join(root, 'action.yml'), 'utf8')) as {
      runs: { steps: Array<{ id?: string; env?: Record<string, string> }> };
    };
    const env = meta.runs.steps.find((st) => st.id === 'init')?.env ?? {};
    for (const [input, variable] of checked) expect(env[variable], variable).toContain(`inputs.${input}`);
  });
});
