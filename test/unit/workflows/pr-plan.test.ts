// pr-security.yml's own scripts (src/workflow-steps/pr-plan.mjs and pr-verdict.mjs): which images a PR
// builds and scans, and the gate over all of them. The inputs `config` replaces must follow the
// workflow's own inputs and defaults.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
// @ts-expect-error: plain JavaScript (it runs on the runner's node without a build), no type declarations
import { CONFIG_INPUTS, prConfig, prMatrix, SHARED_INPUTS } from '../../../src/workflow-steps/pr-plan.mjs';
// @ts-expect-error: plain JavaScript, no type declarations
import { prVerdict } from '../../../src/workflow-steps/pr-verdict.mjs';
import { inputsContext, type Workflow } from '../../helpers/workflow-jobs.ts';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const wf = parse(readFileSync(path.join(ROOT, '.github/workflows/pr-security.yml'), 'utf8')) as Workflow;
const inputs = (given: Record<string, string | boolean>) => inputsContext(wf, given);

describe('pr-plan.mjs', () => {
  it("knows every pr-security.yml input, with the workflow's own default for those config replaces", () => {
    const declared = wf.on.workflow_call.inputs;
    expect([...Object.keys(CONFIG_INPUTS), ...SHARED_INPUTS].sort()).toEqual(Object.keys(declared).sort());
    for (const [name, value] of Object.entries(CONFIG_INPUTS as Record<string, string>))
      expect(String(declared[name]?.default ?? ''), name).toBe(value);
  });

  it('config, or gantry.yml at the root when neither config nor image is given', () => {
    expect(prConfig(inputs({ config: 'app/gantry.yml' }), false)).toBe('app/gantry.yml');
    expect(prConfig(inputs({}), true)).toBe('gantry.yml');
    expect(prConfig(inputs({ image: 'ghcr.io/acme/shop' }), true)).toBe('');
    expect(() => prConfig(inputs({}), false)).toThrow(/give either config .* or image/);
    expect(() => prConfig(inputs({ config: 'gantry.yml', image: 'a/b' }), false)).toThrow(
      'config (gantry.yml) describes the images, and image is given too',
    );
    expect(() => prConfig(inputs({ 'baseline-image': 'a/b:main' }), true)).toThrow(
      /baseline-image is given too/,
    );
    expect(() =>
      prConfig(inputs({ config: 'gantry.yml', comment: false, cache: 'none' }), false),
    ).not.toThrow();
  });

  it('one entry per image from the plan (first platform leg), with the file scan settings', () => {
    const leg = (key: string, platform: string) => ({
      key,
      image: `ghcr.io/acme/${key}`,
      context: key,
      file: '',
      target: key,
      'build-args': 'A=1',
      platform,
      runner: 'r',
      slug: `${key}-x`,
    });
    const out = prMatrix(
      inputs({ config: 'gantry.yml' }),
      JSON.stringify([leg('api', 'linux/amd64'), leg('api', 'linux/arm64'), leg('web', 'linux/amd64')]),
      JSON.stringify({
        enabled: true,
        severity: 'CRITICAL',
        'ignore-unfixed': true,
        'ignore-file': '.trivyignore',
      }),
    );
    expect(JSON.parse(out.images)).toEqual([
      { key: 'api', image: 'ghcr.io/acme/api', context: 'api', file: '', target: 'api', 'build-args': 'A=1' },
      { key: 'web', image: 'ghcr.io/acme/web', context: 'web', file: '', target: 'web', 'build-args': 'A=1' },
    ]);
    expect(JSON.parse(out.scan)).toEqual({
      severity: 'CRITICAL',
      'ignore-unfixed': true,
      'ignore-file': '.trivyignore',
    });
  });

  it('without config: the one image of the inputs', () => {
    const out = prMatrix(
      inputs({ image: 'ghcr.io/Acme/Shop', 'build-target': 'app', 'ignore-unfixed': true }),
      '',
      '',
    );
    expect(JSON.parse(out.images)).toEqual([
      { key: 'shop', image: 'ghcr.io/Acme/Shop', context: '.', file: '', target: 'app', 'build-args': '' },
    ]);
    expect(JSON.parse(out.scan)).toEqual({
      severity: 'CRITICAL,HIGH',
      'ignore-unfixed': true,
      'ignore-file': '',
    });
  });
});

describe('pr-verdict.mjs', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'gantry-pr-verdict-'));
  const verdict = (key: string, passed: string, count: string) => {
    mkdirSync(path.join(dir, `gantry-scan-reports-${key}`), { recursive: true });
    writeFileSync(
      path.join(dir, `gantry-scan-reports-${key}`, 'verdict.json'),
      JSON.stringify({ passed, 'new-count': count }),
    );
  };
  verdict('api', 'true', '0');
  verdict('web', 'false', '2');
  verdict('admin', 'true', '1');

  it('passes only when every image passed; counts the new findings of all', () => {
    expect(prVerdict([{ key: 'api' }, { key: 'admin' }], dir)).toEqual({
      passed: true,
      newCount: 1,
      missing: [],
    });
    expect(prVerdict([{ key: 'api' }, { key: 'web' }, { key: 'admin' }], dir)).toEqual({
      passed: false,
      newCount: 3,
      missing: [],
    });
  });

  it('an image without a verdict does not pass, and is named', () => {
    expect(prVerdict([{ key: 'api' }, { key: 'worker' }], dir)).toEqual({
      passed: false,
      newCount: 0,
      missing: ['worker'],
    });
  });

  it('no image at all (an empty images matrix) does not pass: nothing was checked', () => {
    expect(prVerdict([], dir)).toEqual({ passed: false, newCount: 0, missing: [] });
  });
});
