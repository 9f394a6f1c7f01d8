import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parse } from 'yaml';
import { readBuildInputs } from '../../../src/actions/build/inputs.ts';
import { readDeployK8sInputs } from '../../../src/actions/deploy-k8s/inputs.ts';
import { readDeploySwarmInputs, readSwitchMode } from '../../../src/actions/deploy-swarm/inputs.ts';
import { readPruneInputs } from '../../../src/actions/prune-secrets/inputs.ts';
import { readScanInputs } from '../../../src/actions/scan/inputs.ts';
import { readSecretsInputs } from '../../../src/actions/secrets/inputs.ts';
import { readSmokeInputs } from '../../../src/actions/smoke/inputs.ts';
import { ConfigurationError } from '../../../src/core/errors.ts';
import { readKubernetesConnection } from '../../../src/runtime/kubernetes-connection.ts';
import { UNREACHABLE_KUBECONFIG } from '../../helpers/kubeconfig-fixture.ts';

// Every input of every action, set to hostile values one at a time on top of a valid set of
// inputs, through the same reader the action's main calls first. The rules (README, Security):
// - a control character other than tab and line breaks is refused in every input, naming it;
// - a line break is refused in every one-line input, naming it; a multi-line input (a list, KEY=value
//   lines, a key, known_hosts) takes the injected line as an item of its own, which its parser
//   checks like any other, so `::notice::…` is refused there too, unless the table below says why not;
// - a leading dash is refused wherever a value could ever reach a tool as an argument of its own;
// - nothing a reader prints starts a line with `::` but the masks it sets.

const root = path.resolve(import.meta.dirname, '../../..');
const work = mkdtempSync(path.join(tmpdir(), 'gantry-hostile-'));
writeFileSync(path.join(work, 'app.yml'), 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: app\n');
writeFileSync(path.join(work, 'docker-stack.yml'), 'services:\n  api:\n    image: ${APP_IMAGE}\n');
writeFileSync(path.join(work, 'key.txt'), 'v');
writeFileSync(path.join(work, 'Dockerfile'), 'FROM scratch\n');
const report = path.join(work, 'report.json');
writeFileSync(report, readFileSync(path.join(root, 'test/fixtures/trivy/alpine-39.json.golden')));

const KUBECONFIG = UNREACHABLE_KUBECONFIG;
const KEY = '-----BEGIN OPENSSH PRIVATE KEY-----\nAAAA\n-----END OPENSSH PRIVATE KEY-----';
const KNOWN = '[127.0.0.1]:2222 ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGantryTestKeyOnly';
const PIN = `sha256:${'a'.repeat(64)}`;

interface Case {
  action: string;
  read: () => unknown;
  /** A valid set of inputs under which every input of the action is read. */
  given: Record<string, string>;
  /** Inputs this shape does not read (another case of the same action covers them). */
  skip?: string[];
  /** For a second shape of an action: only these inputs are tested with it. */
  covers?: string[];
}

const swarmSsh = { host: 'ssh://deploy@127.0.0.1:2222', 'ssh-key': KEY, 'known-hosts': KNOWN };
const CASES: Case[] = [
  {
    action: 'smoke',
    read: readSmokeInputs,
    given: { urls: 'http://127.0.0.1:1/health', headers: 'X-A: b', 'expect-json': '{"a":1}' },
  },
  {
    action: 'build',
    read: readBuildInputs,
    given: {
      image: 'registry.example/app',
      registry: 'registry.example',
      'registry-username': 'ci',
      'registry-password': 'pw',
      secrets: 'token=abc',
      'build-args': 'A=1',
      labels: 'a=b',
      tags: 'v1',
      platforms: 'linux/amd64',
      file: 'Dockerfile',
      target: 'run',
      context: '.',
    },
    skip: ['digests'], // read with mode: merge only: the merge case below
  },
  {
    action: 'build',
    read: readBuildInputs,
    given: { image: 'registry.example/app', mode: 'merge', digests: PIN },
    covers: ['digests', 'mode'],
  },
  {
    action: 'deploy-swarm',
    read: () => [readSwitchMode(), readDeploySwarmInputs()],
    given: {
      ...swarmSsh,
      'jump-host': 'deploy@127.0.0.1:2222',
      stack: 'shop',
      env: 'APP_IMAGE=registry.example/app:1',
      images: `api=registry.example/app@${PIN}`,
      registry: 'registry.example',
      'registry-username': 'ci',
      'registry-password': 'pw',
      'env-groups': 'A,B',
      'smoke-urls': 'http://127.0.0.1:1/',
      'smoke-expect-json': '{"a":1}',
      environment: 'production',
      'environment-url': 'https://shop.example/',
      'github-token': 'ghs_throwaway',
    },
  },
  {
    action: 'deploy-k8s',
    read: readDeployK8sInputs,
    given: {
      kubeconfig: KUBECONFIG,
      context: 'ctx',
      namespace: 'shop',
      manifests: 'app.yml',
      images: `registry.example/app=registry.example/app@${PIN}`,
      env: 'A=1',
      'smoke-urls': 'http://127.0.0.1:1/',
      'smoke-expect-json': '{"a":1}',
      'kubectl-version': 'v1.32.4',
      environment: 'production',
      'environment-url': 'https://shop.example/',
      'github-token': 'ghs_throwaway',
    },
    skip: ['kustomize'], // instead of manifests: its own case below
  },
  {
    action: 'deploy-k8s',
    read: readDeployK8sInputs,
    given: { kubeconfig: KUBECONFIG, kustomize: '.' },
    covers: ['kustomize'],
  },
  {
    action: 'scan',
    read: readScanInputs,
    given: { image: 'registry.example/app:1', 'ignore-file': 'key.txt' },
    skip: ['report', 'baseline-report'],
  },
  {
    action: 'scan',
    read: readScanInputs,
    given: { report, 'baseline-report': report },
    covers: ['report', 'baseline-report'],
  },
  {
    action: 'secrets',
    read: readSecretsInputs,
    given: {
      ...swarmSsh,
      'jump-host': 'deploy@127.0.0.1:2222',
      stack: 'shop',
      secrets: 'A=b',
      'secret-files': 'B=key.txt',
    },
    skip: ['kubeconfig', 'context', 'namespace'], // target: kubernetes: the case below
  },
  {
    action: 'secrets',
    read: () => [readSecretsInputs(), readKubernetesConnection()],
    given: {
      target: 'kubernetes',
      kubeconfig: KUBECONFIG,
      context: 'ctx',
      namespace: 'shop',
      stack: 'shop',
      secrets: 'A=b',
    },
    covers: ['target', 'kubeconfig', 'context', 'namespace'],
  },
  {
    action: 'prune-secrets',
    read: readPruneInputs,
    given: { ...swarmSsh, 'jump-host': 'deploy@127.0.0.1:2222', stack: 'shop' },
    skip: ['kubeconfig', 'context', 'namespace'],
  },
  {
    action: 'prune-secrets',
    read: () => [readPruneInputs(), readKubernetesConnection()],
    given: { target: 'kubernetes', kubeconfig: KUBECONFIG, context: 'ctx', namespace: 'shop', stack: 'shop' },
    covers: ['target', 'kubeconfig', 'context', 'namespace'],
  },
];

/**
 * Multi-line inputs that take a line starting with `::` as valid content, and why that is safe:
 * none of these values is ever printed.
 */
const TAKES_ANY_LINE: Record<string, string> = {
  'ssh-key': 'a secret, masked line by line and never printed (checkPrivateKey checks only its frame)',
  kubeconfig: 'a secret; a kubeconfig that does not parse is refused without repeating it',
  'registry-password': 'a secret, masked line by line, sent on stdin and never printed',
  'github-token': 'a secret, masked line by line, sent in a header and never printed',
};

/** Inputs (`name`, or `action/name` for one action's) that accept a value starting with `-`, and why no tool can read it as an option. */
const TAKES_LEADING_DASH: Record<string, string> = {
  'registry-password': 'a secret, sent on stdin (--password-stdin)',
  'github-token': 'a secret, sent in an HTTP header',
  environment: 'a GitHub environment name, sent to the deployments API in a JSON body',
  'expect-body': 'a regular expression matched in-process',
  kubeconfig: 'parsed in-process (refused naming kubeconfig) before kubectl runs; then --kubeconfig FILE',
  'smoke-expect-json': 'JSON parsed in-process (a negative number is valid JSON)',
  'expect-json': 'JSON parsed in-process (a negative number is valid JSON)',
  secrets: 'KEY=value lines: the key is checked as a name (this case is a dashed value)',
  'build-args': 'KEY=value lines: --build-arg KEY=value is one argument',
  labels: 'KEY=value lines: --label KEY=value is one argument',
  env: 'KEY=value lines: passed in the environment, never as arguments',
  file: 'passed as the value of --file, never on its own',
  target: 'passed as the value of --target, never on its own',
  'build/context': 'the build context comes after --, so docker reads it as a folder',
  'deploy-k8s/context':
    'must name a context of the kubeconfig (resolveContext, in-process, before kubectl runs); then --context NAME',
  'secrets/context': 'as deploy-k8s/context',
  'prune-secrets/context': 'as deploy-k8s/context',
  'registry-username': 'passed as the value of --username, never on its own',
  'ignore-file': 'a file Gantry reads itself (a path that does not exist is refused)',
  'secret-files': 'NAME=path lines Gantry reads itself',
};

const HOSTILE_VALUES: Record<string, (base: string) => string> = {
  'a control character': (base) => `${base || 'x'}\u0007`,
  'a newline and a workflow command': (base) => `${base || 'x'}\n::notice::injected`,
  'a leading dash': () => '--debug',
};

const envName = (input: string) => `INPUT_${input.replace(/ /g, '_').toUpperCase()}`;

function inputsOf(action: string): string[] {
  const meta = parse(readFileSync(path.join(root, 'actions', action, 'action.yml'), 'utf8')) as {
    inputs: Record<string, unknown>;
  };
  return Object.keys(meta.inputs);
}

let printed: string[] = [];
beforeEach(() => {
  printed = [];
  vi.stubEnv('GITHUB_WORKSPACE', work);
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    printed.push(String(chunk));
    return true;
  });
});
afterEach(() => {
  for (const key of Object.keys(process.env)) if (key.startsWith('INPUT_')) delete process.env[key];
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
});

function readWith(c: Case, inputs: Record<string, string>): { error?: unknown } {
  for (const key of Object.keys(process.env)) if (key.startsWith('INPUT_')) delete process.env[key];
  for (const [k, v] of Object.entries(inputs)) process.env[envName(k)] = v;
  try {
    c.read();
    return {};
  } catch (error) {
    return { error };
  }
}

/** Lines the reader printed that start with `::` and are not a mask it set. */
const foreignCommands = (): string[] =>
  printed
    .join('')
    .split('\n')
    .filter((line) => line.startsWith('::') && !line.startsWith('::add-mask::'));

const cases = CASES.flatMap((c) =>
  inputsOf(c.action)
    .filter((input) => !(c.skip ?? []).includes(input) && (c.covers ?? [input]).includes(input))
    .flatMap((input) => Object.keys(HOSTILE_VALUES).map((kind) => [c.action, input, kind, c] as const)),
);

describe('every action input, set to a hostile value', () => {
  it('the valid sets of inputs read without error (so each hostile case tests one input)', () => {
    for (const c of CASES) expect(readWith(c, c.given).error).toBeUndefined();
  });

  it.each(cases)('%s: %s with %s', (action, input, kind, c) => {
    const value = (HOSTILE_VALUES[kind] as (base: string) => string)(c.given[input] ?? '');
    const { error } = readWith(c, { ...c.given, [input]: value });
    expect(foreignCommands()).toEqual([]);
    const accepted =
      (kind === 'a newline and a workflow command' && input in TAKES_ANY_LINE) ||
      (kind === 'a leading dash' &&
        (input in TAKES_LEADING_DASH || `${action}/${input}` in TAKES_LEADING_DASH));
    if (error === undefined) {
      expect(accepted, `${input} accepted ${JSON.stringify(value)}`).toBe(true);
      return;
    }
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as ConfigurationError).input).toBe(input);
    // The refusal never repeats a secret input's value.
    if (input in TAKES_ANY_LINE) expect((error as Error).message).not.toContain(value);
  });
});
