// release.yml's first check (src/workflow-steps/release-inputs.mjs), run as the workflow runs it: node with
// INPUTS = toJSON(inputs) and a GITHUB_OUTPUT file. Its table of the inputs `config` replaces must follow
// release.yml's own inputs and defaults.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
// @ts-expect-error: plain JavaScript (it runs on the runner's node without a build), no type declarations
import { CONFIG_INPUTS, SHARED_INPUTS } from '../../../src/workflow-steps/release-inputs.mjs';
import { parseCommandFile } from '../../helpers/run-action-bundle.ts';
import { inputsContext, type Workflow } from '../../helpers/workflow-jobs.ts';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const SCRIPT = path.join(ROOT, 'src/workflow-steps/release-inputs.mjs');
const wf = parse(readFileSync(path.join(ROOT, '.github/workflows/release.yml'), 'utf8')) as Workflow;

/** The script with the inputs context release.yml would have for these given inputs. */
function check(given: Record<string, string | boolean | number>, workspaceFiles: string[] = []) {
  const dir = mkdtempSync(path.join(tmpdir(), 'gantry-release-inputs-'));
  const workspace = mkdtempSync(path.join(tmpdir(), 'gantry-release-inputs-ws-'));
  for (const file of workspaceFiles) writeFileSync(path.join(workspace, file), 'targets: {}\n');
  const output = path.join(dir, 'output');
  writeFileSync(output, '');
  const r = spawnSync(process.execPath, [SCRIPT], {
    env: {
      PATH: process.env.PATH ?? '',
      GITHUB_OUTPUT: output,
      GITHUB_WORKSPACE: workspace,
      INPUTS: JSON.stringify(inputsContext(wf, given)),
    },
    encoding: 'utf8',
  });
  return { code: r.status, stdout: r.stdout, outputs: parseCommandFile(readFileSync(output, 'utf8')) };
}

describe('release-inputs.mjs', () => {
  it("knows every release.yml input, with the workflow's own default for those config replaces", () => {
    const declared = wf.on.workflow_call.inputs;
    expect([...Object.keys(CONFIG_INPUTS), ...SHARED_INPUTS].sort()).toEqual(Object.keys(declared).sort());
    for (const [name, value] of Object.entries(CONFIG_INPUTS as Record<string, string>))
      expect(String(declared[name]?.default ?? ''), name).toBe(value);
  });

  it('without config: one image, target swarm when empty, matrices from the inputs', () => {
    const r = check({ image: 'ghcr.io/Acme/Shop', 'build-args': 'A=1\nB=2', 'tag-latest': true });
    expect(r.code).toBe(0);
    expect(r.outputs['deploy-with']).toBe('swarm');
    expect(JSON.parse(r.outputs['build-matrix'] as string)).toEqual([
      {
        key: 'shop',
        image: 'ghcr.io/Acme/Shop',
        context: '.',
        file: '',
        target: '',
        'build-args': 'A=1\nB=2',
        platform: 'linux/amd64',
        runner: 'ubuntu-24.04',
        slug: 'shop-linux-amd64',
      },
      {
        key: 'shop',
        image: 'ghcr.io/Acme/Shop',
        context: '.',
        file: '',
        target: '',
        'build-args': 'A=1\nB=2',
        platform: 'linux/arm64',
        runner: 'ubuntu-24.04-arm',
        slug: 'shop-linux-arm64',
      },
    ]);
    expect(JSON.parse(r.outputs['images-matrix'] as string)).toEqual([
      { key: 'shop', image: 'ghcr.io/Acme/Shop' },
    ]);
    expect(JSON.parse(r.outputs.scan as string)).toEqual({
      enabled: true,
      severity: 'CRITICAL,HIGH',
      'ignore-unfixed': false,
      'ignore-file': '',
    });
    expect(r.outputs['tag-latest']).toBe('true');
    expect(check({ image: 'a/b', target: 'kubernetes' }).outputs['deploy-with']).toBe('kubernetes');
  });

  it('with config: only deploy-with=release (the matrices come from the file)', () => {
    const r = check({ config: 'gantry.yml', target: 'production', host: 'ssh://d@h', cache: 'registry' });
    expect(r).toMatchObject({ code: 0, outputs: { 'deploy-with': 'release', config: 'gantry.yml' } });
    expect(Object.keys(r.outputs)).toEqual(['deploy-with', 'config']);
  });

  it('neither config nor image: gantry.yml at the repository root when it is there', () => {
    expect(check({}, ['gantry.yml']).outputs).toEqual({ 'deploy-with': 'release', config: 'gantry.yml' });
    // With image, the inputs describe the release even when the repository has a gantry.yml.
    expect(check({ image: 'a/b' }, ['gantry.yml']).outputs['deploy-with']).toBe('swarm');
    // And with a gantry.yml chosen that way, an input that describes the release is still a conflict.
    const r = check({ services: 'web' }, ['gantry.yml']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('::error title=services::config (gantry.yml) describes the release');
  });

  it.each([
    [{}, 'image', 'give either config'],
    [
      { image: 'a/b', target: 'production' },
      'target',
      "without config, target must be swarm or kubernetes, got 'production'",
    ],
    [
      { image: 'a/b', platforms: '["linux/amd64"]' },
      'platforms',
      'is not a JSON map of platform to runner label',
    ],
    [
      { config: 'gantry.yml', image: 'a/b' },
      'image',
      'config (gantry.yml) describes the release, and image is given too',
    ],
    [{ config: 'gantry.yml', services: 'web' }, 'services', 'and services is given too'],
    [{ config: 'gantry.yml', 'compose-file': 'stack.yml' }, 'compose-file', 'and compose-file is given too'],
    [{ config: 'gantry.yml', manifests: 'k8s/' }, 'manifests', 'and manifests is given too'],
    [{ config: 'gantry.yml', rollback: false }, 'rollback', 'and rollback is given too'],
    [{ config: 'gantry.yml', 'keep-secrets': 5 }, 'keep-secrets', 'and keep-secrets is given too'],
    [{ config: 'gantry.yml', platforms: '{}' }, 'platforms', 'is not a JSON map'],
    [{ config: 'gantry.yml\ndeploy-with=swarm' }, 'config', 'must be one path on one line'],
  ])('refuses %j naming %s (and config), before anything is built', (given, title, message) => {
    const r = check(given);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`::error title=${title}::`);
    expect(r.stdout).toContain(message);
    expect(r.outputs).toEqual({});
  });

  it('an input left at its default is no conflict (e.g. keep-secrets: 3, rollback: true)', () => {
    expect(check({ config: 'gantry.yml', 'keep-secrets': 3, rollback: true, context: '.' }).code).toBe(0);
  });
});
