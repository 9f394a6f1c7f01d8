import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parse } from 'yaml';
import { readBuildInputs } from '../../../src/actions/build/inputs.ts';
import { readDeployK8sInputs } from '../../../src/actions/deploy-k8s/inputs.ts';
import { readDeploySwarmInputs } from '../../../src/actions/deploy-swarm/inputs.ts';
import { readPruneInputs } from '../../../src/actions/prune-secrets/inputs.ts';
import { readScanInputs } from '../../../src/actions/scan/inputs.ts';
import { readSecretsInputs } from '../../../src/actions/secrets/inputs.ts';
import { readSmokeInputs } from '../../../src/actions/smoke/inputs.ts';
import { UNREACHABLE_KUBECONFIG } from '../../helpers/kubeconfig-fixture.ts';

// GitHub's runner fills in an action.yml default, but a composite that runs a bundle with
// `node dist/<name>/index.js` (the root action does) sets only the INPUT_* it names. So every
// input must read the same unset as at its default: this runs each action's input reader both
// ways, one defaulted input at a time.

const root = path.resolve(import.meta.dirname, '../../..');
const work = mkdtempSync(path.join(tmpdir(), 'gantry-defaults-'));
writeFileSync(
  path.join(work, 'app.yml'),
  'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: app\ndata:\n  a: b\n',
);
writeFileSync(path.join(work, 'docker-stack.yml'), 'services:\n  api:\n    image: ${APP_IMAGE}\n');
const report = path.join(work, 'report.json');
writeFileSync(report, readFileSync(path.join(root, 'test/fixtures/trivy/alpine-39.json.golden')));

const KUBECONFIG = UNREACHABLE_KUBECONFIG;

const envName = (input: string) => `INPUT_${input.replace(/ /g, '_').toUpperCase()}`;

interface Case {
  action: string;
  read: () => unknown;
  /** The inputs a caller must give (and the ones that switch on what the defaults apply to). */
  given: Record<string, string>;
}

const CASES: Case[] = [
  { action: 'smoke', read: readSmokeInputs, given: { urls: 'http://127.0.0.1:1/health' } },
  { action: 'build', read: readBuildInputs, given: { image: 'registry.example/app' } },
  {
    action: 'deploy-swarm',
    read: readDeploySwarmInputs,
    given: {
      host: 'unix:///var/run/docker.sock',
      stack: 'shop',
      env: 'APP_IMAGE=registry.example/app:1',
      'smoke-urls': 'http://127.0.0.1:1/',
    },
  },
  {
    action: 'deploy-k8s',
    read: readDeployK8sInputs,
    given: {
      kubeconfig: KUBECONFIG,
      manifests: 'app.yml',
      'smoke-urls': 'http://127.0.0.1:1/',
    },
  },
  { action: 'scan', read: readScanInputs, given: { image: 'registry.example/app:1' } },
  { action: 'scan', read: readScanInputs, given: { report } },
  {
    action: 'secrets',
    read: readSecretsInputs,
    given: { host: 'unix:///var/run/docker.sock', stack: 'shop', secrets: 'A=b' },
  },
  {
    action: 'prune-secrets',
    read: readPruneInputs,
    given: { host: 'unix:///var/run/docker.sock', stack: 'shop' },
  },
];

/** The inputs with a literal default (an expression such as ${{ github.token }} is the runner's). */
function defaults(action: string): Record<string, string> {
  const meta = parse(readFileSync(path.join(root, 'actions', action, 'action.yml'), 'utf8')) as {
    inputs: Record<string, { default?: string }>;
  };
  return Object.fromEntries(
    Object.entries(meta.inputs)
      .filter(([, v]) => v.default !== undefined && !String(v.default).includes('${{'))
      .map(([k, v]) => [k, String(v.default)]),
  );
}

function readWith(c: Case, inputs: Record<string, string>): { value?: unknown; error?: string } {
  for (const key of Object.keys(process.env)) if (key.startsWith('INPUT_')) delete process.env[key];
  for (const [k, v] of Object.entries(inputs)) process.env[envName(k)] = v;
  try {
    return { value: c.read() };
  } catch (error) {
    return { error: (error as Error).message };
  }
}

afterEach(() => {
  for (const key of Object.keys(process.env)) if (key.startsWith('INPUT_')) delete process.env[key];
});

describe('an input left unset reads as its action.yml default', () => {
  vi.stubEnv('GITHUB_WORKSPACE', work);
  vi.spyOn(process.stdout, 'write').mockImplementation(() => true); // the mask commands

  it.each(CASES.map((c) => [`${c.action} (${Object.keys(c.given).join(', ')})`, c] as const))(
    '%s',
    (_, c) => {
      const all = { ...defaults(c.action), ...c.given };
      const atDefaults = readWith(c, all);
      expect(atDefaults.error).toBeUndefined();
      const differing: string[] = [];
      for (const input of Object.keys(defaults(c.action))) {
        if (input in c.given) continue;
        const { [input]: _omitted, ...rest } = all;
        const unset = readWith(c, rest);
        try {
          expect(unset).toEqual(atDefaults);
        } catch {
          differing.push(`${input}: ${unset.error ?? 'a different value'}`);
        }
      }
      expect(differing).toEqual([]);
    },
  );
});
