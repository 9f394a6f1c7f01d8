import { createHash } from 'node:crypto';
import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runActionBundle } from '../helpers/run-action-bundle.ts';
import { startServer, type TestServer } from '../helpers/servers.ts';

// dist/deploy-k8s/index.js run as GitHub's runner runs it, for what fails before any change:
// bad kubeconfig, unknown context, a manifest that does not parse, an API server that cannot be
// reached (the real kubectl against a closed port), and the kubectl download's checksum check
// (against a loopback HTTP server standing in for dl.k8s.io). A recording `kubectl` first on PATH
// proves that no kubectl call was made for the input errors; the real-cluster runs are in
// test/e2e/deploy-k8s.e2e.test.ts.

const fixtures = path.resolve(import.meta.dirname, '../fixtures/kubernetes-manifests');
const tmp = mkdtempSync(path.join(tmpdir(), 'gantry-k8s-bundle-'));
const spyDir = path.join(tmp, 'spy');
const spyLog = path.join(tmp, 'kubectl-calls.log');
// Prints what a real kubectl prints for the calls a dry run makes, and records every call.
const FAKE_KUBECTL = `#!/bin/sh
echo "$*" >> "\${FAKE_KUBECTL_LOG:-/dev/null}"
case "$*" in
  *" version "*|*"version --output=json"*) echo '{"clientVersion":{"gitVersion":"v9.9.9"},"serverVersion":{"gitVersion":"v1.20.2"}}' ;;
  *) echo '{"apiVersion":"v1","kind":"List","items":[]}' ;;
esac
`;

const kubeconfig = (server: string, context = 'sandbox') => `apiVersion: v1
kind: Config
clusters: [{name: c, cluster: {server: '${server}', insecure-skip-tls-verify: true}}]
contexts: [{name: ${context}, context: {cluster: c, user: u}}]
current-context: ${context}
users: [{name: u, user: {token: not-a-real-token-4711}}]
`;

const calls = (): string[] =>
  existsSync(spyLog) ? readFileSync(spyLog, 'utf8').trim().split('\n').filter(Boolean) : [];
// The runner hides every value announced with ::add-mask::; what else is printed must not hold it.
const unmasked = (stdout: string): string =>
  stdout
    .split('\n')
    .filter((l) => !l.startsWith('::add-mask::'))
    .join('\n');
const leftovers = (dir: string): string[] => readdirSync(dir).filter((n) => n.startsWith('gantry-kube-'));

let downloads: TestServer;
let served = { body: FAKE_KUBECTL, sha: '' };
beforeAll(async () => {
  const { mkdirSync } = await import('node:fs');
  mkdirSync(spyDir);
  writeFileSync(path.join(spyDir, 'kubectl'), FAKE_KUBECTL);
  chmodSync(path.join(spyDir, 'kubectl'), 0o755);
  downloads = await startServer((req, res) => {
    const url = req.url ?? '';
    if (url === '/release/v1.31.0/bin/linux/amd64/kubectl.sha256' || url.endsWith('/kubectl.sha256')) {
      res.end(`${served.sha}\n`);
    } else if (url.endsWith('/kubectl')) {
      res.end(served.body);
    } else {
      res.statusCode = 404;
      res.end('not found');
    }
  });
});
afterAll(async () => downloads.close());

const withSpy = { PATH: `${spyDir}:${process.env.PATH ?? ''}`, FAKE_KUBECTL_LOG: spyLog };

/** strategy: canary and switch: promote|abort, refused before any kubectl call, naming the input. */
function canaryRows(): [string, Record<string, string>, string][] {
  const base = {
    kubeconfig: kubeconfig('https://127.0.0.1:1'),
    manifests: `${fixtures}/multi.yaml`,
    env: 'GREETING=hi',
  };
  const canary = { ...base, strategy: 'canary', 'smoke-urls': 'http://127.0.0.1:1/health' };
  return [
    [
      'a canary without smoke-urls',
      { ...base, strategy: 'canary' },
      "::error::Input 'smoke-urls': is required with strategy: canary",
    ],
    [
      'a canary weight of 100',
      { ...canary, 'canary-weight': '100' },
      "::error::Input 'canary-weight': expected a whole number from 1 to 99, got 100",
    ],
    [
      'a canary duration that is no duration',
      { ...canary, 'canary-duration': 'until lunch' },
      "::error::Input 'canary-duration': expected a duration",
    ],
    [
      'a canary weight on a rolling deploy',
      { ...base, 'canary-weight': '20' },
      "::error::Input 'canary-weight': is for strategy: canary",
    ],
    [
      'switch: promote on a blue-green deploy',
      { ...base, strategy: 'blue-green', service: 'web', switch: 'promote' },
      "::error::Input 'switch': promote and abort are for strategy: canary",
    ],
    [
      'switch: abort with dry-run',
      { ...canary, switch: 'abort', 'dry-run': 'true' },
      "::error::Input 'dry-run': is not available with switch",
    ],
    [
      'switch: back on a canary deploy',
      { ...canary, switch: 'back' },
      "::error::Input 'switch': back and expire are for strategy: blue-green",
    ],
  ];
}

describe('dist/deploy-k8s: bad inputs fail before any kubectl call', () => {
  it.each([
    [
      'a kubeconfig that is neither YAML nor base64 of it',
      { kubeconfig: 'not: [a kubeconfig', manifests: `${fixtures}/multi.yaml`, env: 'GREETING=hi' },
      "::error::Input 'kubeconfig': is neither a kubeconfig (YAML) nor base64 of one (YAML error at line 1)",
    ],
    [
      'base64 of something that is not a kubeconfig',
      {
        kubeconfig: Buffer.from('hello: world\n').toString('base64'),
        manifests: `${fixtures}/multi.yaml`,
        env: 'GREETING=hi',
      },
      "::error::Input 'kubeconfig': is not a kubeconfig",
    ],
    [
      'an unknown context',
      {
        kubeconfig: kubeconfig('https://127.0.0.1:1'),
        context: 'production',
        manifests: `${fixtures}/multi.yaml`,
        env: 'GREETING=hi',
      },
      `::error::Input 'context': the kubeconfig has no context "production"; it has: sandbox`,
    ],
    [
      'a manifest that does not parse',
      { kubeconfig: kubeconfig('https://127.0.0.1:1'), manifests: `${fixtures}/broken.yaml` },
      `::error::Input 'manifests': ${fixtures}/broken.yaml:12 is not valid YAML`,
    ],
    [
      'a ${KEY} with no value',
      { kubeconfig: kubeconfig('https://127.0.0.1:1'), manifests: `${fixtures}/app` },
      `::error::Input 'env': ${fixtures}/app/deployment.yaml uses \${APP_NAME}`,
    ],
    [
      'an image pin no container uses',
      {
        kubeconfig: kubeconfig('https://127.0.0.1:1'),
        manifests: `${fixtures}/multi.yaml`,
        env: 'GREETING=hi',
        images: `gantry/missing=gantry/missing@sha256:${'b'.repeat(64)}`,
      },
      "::error::Input 'images': no container uses gantry/missing",
    ],
    [
      'a manifests glob that matches nothing',
      { kubeconfig: kubeconfig('https://127.0.0.1:1'), manifests: 'deploy/*.yaml' },
      "::error::Input 'manifests': deploy/*.yaml matches no file",
    ],
    [
      'a boolean typo',
      { kubeconfig: kubeconfig('https://127.0.0.1:1'), manifests: `${fixtures}/multi.yaml`, rollback: 'yes' },
      "::error::Input 'rollback'",
    ],
    ...canaryRows(),
  ])('%s', async (_name, inputs, error) => {
    writeFileSync(spyLog, '');
    const run = await runActionBundle('deploy-k8s', { inputs, env: withSpy });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toContain(error);
    expect(unmasked(run.stdout)).not.toContain('not-a-real-token-4711');
    expect(calls()).toEqual([]);
    // Nothing was applied, and the outputs say the deploy failed (an `if:` on status matches it).
    expect(run.outputs.status).toBe('failed');
    expect(run.outputs.workloads).toBe('[]');
    expect(`::error::${run.outputs.message}`).toContain(error);
    expect(leftovers(run.runnerTemp)).toEqual([]);
    expect(run.post?.exitCode).toBe(0);
  });
});

describe('dist/deploy-k8s: masking the kubeconfig', () => {
  it.each([
    ['plain YAML', (k: string) => k],
    ['base64', (k: string) => Buffer.from(k).toString('base64')],
  ])('%s: the token and the whole input are masked, its ordinary lines are not', async (_, encode) => {
    const run = await runActionBundle('deploy-k8s', {
      inputs: {
        kubeconfig: encode(kubeconfig('https://127.0.0.1:1')),
        manifests: `${fixtures}/multi.yaml`,
        env: 'GREETING=hi',
      },
    });
    const masks = run.stdout.split('\n').filter((l) => l.startsWith('::add-mask::'));
    expect(masks).toContain('::add-mask::not-a-real-token-4711');
    expect(
      masks.some(
        (l) => l.includes('kind: Config') || l.includes(encode(kubeconfig('https://127.0.0.1:1')).trim()),
      ),
    ).toBe(true);
    // No mask for a lone ordinary line: the runner would blank that text in every later log line.
    for (const line of ['kind: Config', 'apiVersion: v1', 'current-context: sandbox'])
      expect(masks).not.toContain(`::add-mask::${line}`);
    expect(unmasked(run.stdout)).not.toContain('not-a-real-token-4711');
  });
});

describe('dist/deploy-k8s: connection', () => {
  it('an API server that cannot be reached is the kubeconfig input at fault; nothing applied, kubeconfig removed', async () => {
    const run = await runActionBundle('deploy-k8s', {
      inputs: {
        kubeconfig: kubeconfig('https://127.0.0.1:1'),
        manifests: `${fixtures}/multi.yaml`,
        env: 'GREETING=hi',
      },
    });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toContain(
      "::error::Input 'kubeconfig': cannot reach the API server of context sandbox with it:",
    );
    expect(unmasked(run.stdout)).not.toContain('not-a-real-token-4711');
    expect(run.stdout).not.toContain('apply');
    // main saved the folder for post; post removed it.
    expect(run.state['kube-dir']).toMatch(/gantry-kube-/);
    expect(leftovers(run.runnerTemp)).toEqual([]);
    expect(run.post?.exitCode).toBe(0);
  });
});

describe('dist/deploy-k8s: kubectl download (loopback server standing in for dl.k8s.io)', () => {
  const download = async (sha: string) => {
    served = { body: FAKE_KUBECTL, sha };
    writeFileSync(spyLog, '');
    const toolCache = mkdtempSync(path.join(tmp, 'toolcache-'));
    return runActionBundle('deploy-k8s', {
      inputs: {
        kubeconfig: kubeconfig('https://127.0.0.1:1'),
        manifests: `${fixtures}/multi.yaml`,
        env: 'GREETING=hi',
        'kubectl-version': 'v1.31.0',
        'dry-run': 'true',
      },
      env: {
        GANTRY_KUBECTL_DOWNLOAD_BASE: downloads.url,
        RUNNER_TOOL_CACHE: toolCache,
        FAKE_KUBECTL_LOG: spyLog,
      },
    });
  };

  it('a matching SHA-256: installed into the tool cache and used', async () => {
    const run = await download(createHash('sha256').update(FAKE_KUBECTL).digest('hex'));
    expect(run.stdout).toContain(`Downloading ${downloads.url}/release/v1.31.0/bin/linux/amd64/kubectl`);
    expect(run.stdout).toContain('SHA-256 verified');
    expect(run.stdout).toContain('Kubernetes v1.20.2 (kubectl v1.31.0, download)');
    expect(calls()[0]).toMatch(/--context sandbox version --output=json/);
    expect(run.exitCode).toBe(0);
    expect(run.outputs.status).toBe('deployed');
  });

  it('a mismatch: refused, never run, nothing cached', async () => {
    const run = await download('0'.repeat(64));
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toContain('Refusing to install kubectl v1.31.0: its SHA-256 is');
    expect(calls()).toEqual([]);
  });
});
