import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runActionBundle } from '../helpers/run-action-bundle.ts';

// dist/secrets and dist/prune-secrets run as GitHub's runner runs them, for what must fail before
// anything is contacted: a bad target, a missing host, a bad kubeconfig, an unknown context, a bad
// namespace, a bad value or keep. A recording `kubectl` and `ssh` first on PATH prove that no call
// was made. The real runs against the cluster and the Swarm are in test/e2e/secrets-k8s.e2e.test.ts
// and test/e2e/secrets.e2e.test.ts.

const tmp = mkdtempSync(path.join(tmpdir(), 'gantry-secrets-bundle-'));
const spyDir = path.join(tmp, 'spy');
const spyLog = path.join(tmp, 'calls.log');
mkdirSync(spyDir);
for (const tool of ['kubectl', 'ssh', 'docker']) {
  writeFileSync(path.join(spyDir, tool), `#!/bin/sh\necho "${tool} $*" >> "${spyLog}"\nexit 1\n`);
  chmodSync(path.join(spyDir, tool), 0o755);
}
const withSpy = { PATH: `${spyDir}:${process.env.PATH ?? ''}` };
const calls = (): string[] =>
  existsSync(spyLog) ? readFileSync(spyLog, 'utf8').trim().split('\n').filter(Boolean) : [];
const unmasked = (stdout: string): string =>
  stdout
    .split('\n')
    .filter((l) => !l.startsWith('::add-mask::'))
    .join('\n');
const leftovers = (dir: string): string[] => readdirSync(dir).filter((n) => n.startsWith('gantry-'));

const kubeconfig = (server: string, context = 'sandbox') => `apiVersion: v1
kind: Config
clusters: [{name: c, cluster: {server: '${server}', insecure-skip-tls-verify: true}}]
contexts: [{name: ${context}, context: {cluster: c, user: u}}]
current-context: ${context}
users: [{name: u, user: {token: not-a-real-token-4711}}]
`;
const VALUE = 'bundle-value-8d1f0c';
const k8s = { target: 'kubernetes', kubeconfig: kubeconfig('https://127.0.0.1:1'), stack: 'shop' };

describe.each([
  ['secrets', { secrets: `DB_PASSWORD=${VALUE}` }],
  ['prune-secrets', {}],
])('dist/%s: bad inputs fail before any call, naming the input', (action, extra) => {
  it.each([
    [
      'an unknown target',
      { ...k8s, target: 'nomad' },
      `::error::Input 'target': expected swarm or kubernetes, got "nomad"`,
    ],
    [
      'target swarm (the default) without host',
      { stack: 'shop' },
      "::error::Input 'host': is required with target: swarm",
    ],
    [
      'a kubeconfig that is neither YAML nor base64 of it',
      { ...k8s, kubeconfig: 'not: [a kubeconfig' },
      "::error::Input 'kubeconfig': is neither a kubeconfig (YAML) nor base64 of one (YAML error at line 1)",
    ],
    [
      'base64 of something that is not a kubeconfig',
      { ...k8s, kubeconfig: Buffer.from('hello: world\n').toString('base64') },
      "::error::Input 'kubeconfig': is not a kubeconfig",
    ],
    [
      'an unknown context',
      { ...k8s, context: 'production' },
      `::error::Input 'context': the kubeconfig has no context "production"; it has: sandbox`,
    ],
    [
      'a namespace that is not a DNS-1123 label',
      { ...k8s, namespace: 'Prod_1' },
      `::error::Input 'namespace': "Prod_1" is not a valid namespace name (DNS-1123 label)`,
    ],
    ['a bad stack', { ...k8s, stack: 'shop stack' }, "::error::Input 'stack'"],
  ])('%s', async (_name, inputs, error) => {
    writeFileSync(spyLog, '');
    const run = await runActionBundle(action, { inputs: { ...extra, ...inputs }, env: withSpy });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toContain(error);
    expect(unmasked(run.stdout)).not.toContain('not-a-real-token-4711');
    expect(unmasked(run.stdout)).not.toContain(VALUE);
    expect(calls()).toEqual([]);
    expect(run.outputs).toEqual({});
    expect(leftovers(run.runnerTemp)).toEqual([]);
    expect(run.post?.exitCode).toBe(0);
  });
});

describe('dist/secrets with target: kubernetes: bad values fail before any call', () => {
  it.each([
    [
      'an empty value',
      { secrets: 'DB_PASSWORD=' },
      "::error::Input 'secrets': secret DB_PASSWORD has an empty value (line 1)",
    ],
    ['no secrets at all', { secrets: '' }, "::error::Input 'secrets': no secrets given"],
    [
      'a bad version mode',
      { secrets: `A=${VALUE}`, version: 'latest' },
      `::error::Input 'version': expected content or run, got "latest"`,
    ],
    [
      'a commit that is not a label value',
      { secrets: `A=${VALUE}`, version: 'content' },
      "::error::Input 'GITHUB_SHA'",
      { GITHUB_SHA: 'not/a/sha' },
    ],
  ] as [string, Record<string, string>, string, Record<string, string>?][])(
    '%s',
    async (_name, inputs, error, env = {}) => {
      writeFileSync(spyLog, '');
      const run = await runActionBundle('secrets', {
        inputs: { ...k8s, ...inputs },
        env: { ...withSpy, ...env },
      });
      expect(run.exitCode).toBe(1);
      expect(run.stdout).toContain(error);
      expect(unmasked(run.stdout)).not.toContain(VALUE);
      expect(calls()).toEqual([]);
      expect(run.env).toEqual({});
    },
  );
});

describe('dist/prune-secrets with target: kubernetes', () => {
  it.each([
    ['0', "::error::Input 'keep'"],
    ['two', "::error::Input 'keep'"],
  ])('keep %s is refused before any call', async (keep, error) => {
    writeFileSync(spyLog, '');
    const run = await runActionBundle('prune-secrets', { inputs: { ...k8s, keep }, env: withSpy });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toContain(error);
    expect(calls()).toEqual([]);
  });
});

describe.each(['secrets', 'prune-secrets'])('dist/%s: an API server that cannot be reached', (action) => {
  it('is the kubeconfig input at fault (the real kubectl); nothing created, the kubeconfig removed by post', async () => {
    const run = await runActionBundle(action, {
      inputs: { ...k8s, ...(action === 'secrets' ? { secrets: `DB_PASSWORD=${VALUE}` } : {}) },
    });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toContain(
      "::error::Input 'kubeconfig': cannot reach the API server of context sandbox with it:",
    );
    expect(unmasked(run.stdout)).not.toContain('not-a-real-token-4711');
    expect(unmasked(run.stdout)).not.toContain(VALUE);
    expect(run.stdout).not.toMatch(/\$ kubectl .* (create|delete)/);
    expect(run.state['kube-dir']).toMatch(/gantry-kube-/);
    expect(leftovers(run.runnerTemp)).toEqual([]);
    expect(run.post?.exitCode).toBe(0);
    expect(run.post?.stdout).toContain('Removed the kubeconfig left by a cancelled or failed run');
  });
});

describe('dist/secrets: a bad stack after secret values', () => {
  it('masks each value once, then refuses the stack naming it, before any call', async () => {
    writeFileSync(spyLog, '');
    const run = await runActionBundle('secrets', {
      inputs: {
        host: 'ssh://deploy@127.0.0.1:1',
        stack: 'bad stack!',
        secrets: `DB_PASSWORD=${VALUE}\nAPI_KEY=${VALUE}-2\nSAME=${VALUE}`,
      },
      env: withSpy,
    });
    expect(run.exitCode).toBe(1);
    const masks = run.stdout.split('\n').filter((l) => l.startsWith('::add-mask::'));
    expect(masks.length).toBeGreaterThan(0);
    expect(masks).toEqual([...new Set(masks)]);
    for (const form of [VALUE, `${VALUE}-2`, Buffer.from(VALUE).toString('base64')])
      expect(masks).toContain(`::add-mask::${form}`);
    expect(unmasked(run.stdout).trim()).toBe(
      `::error::Input 'stack': expected letters, digits, _ . - (at most 63), got "bad stack!"`,
    );
    expect(calls()).toEqual([]);
  });
});
