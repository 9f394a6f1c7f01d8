// The root action's cleanup (src/workflow-steps/run-posts.mjs): state saved by @actions/core's own
// saveState into a per-stage GITHUB_STATE file, then the real dist/deploy-k8s bundle run as its post from
// that file, which must remove the kubeconfig folder a failed or cancelled run left behind.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as core from '@actions/core';
import { afterEach, describe, expect, it } from 'vitest';
// @ts-expect-error: plain JavaScript (it runs on the runner's node without a build), no type declarations
import { parseStateFile, stagesToClean } from '../../../src/workflow-steps/run-posts.mjs';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const SCRIPT = path.join(ROOT, 'src/workflow-steps/run-posts.mjs');
const savedState = process.env.GITHUB_STATE;
afterEach(() => {
  if (savedState === undefined) delete process.env.GITHUB_STATE;
  else process.env.GITHUB_STATE = savedState;
});

/** Saves state exactly as a bundle does (@actions/core), into `file`. */
function saveStates(file: string, states: Record<string, string>) {
  writeFileSync(file, '');
  process.env.GITHUB_STATE = file;
  for (const [k, v] of Object.entries(states)) core.saveState(k, v);
}

describe('run-posts', () => {
  it("parses @actions/core's state file format, multi-line values included", () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'gantry-posts-'));
    saveStates(path.join(dir, 'x'), { isPost: 'true', 'kube-dir': '/tmp/a', multi: 'one\ntwo' });
    expect(parseStateFile(readFileSync(path.join(dir, 'x'), 'utf8'))).toEqual({
      isPost: 'true',
      'kube-dir': '/tmp/a',
      multi: 'one\ntwo',
    });
  });

  it('cleans the newest stage first and ignores its own .post files', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'gantry-posts-'));
    for (const [name, age] of [
      ['build', 30],
      ['secrets', 20],
      ['deploy-swarm', 10],
    ] as const) {
      writeFileSync(path.join(dir, name), '');
      const t = new Date(Date.now() - age * 1000);
      utimesSync(path.join(dir, name), t, t);
    }
    writeFileSync(path.join(dir, 'build.post'), '');
    expect(stagesToClean(dir)).toEqual(['deploy-swarm', 'secrets', 'build']);
  });

  it('runs the real deploy-k8s post from the saved state: the kubeconfig folder is removed', () => {
    const work = mkdtempSync(path.join(tmpdir(), 'gantry-posts-'));
    const kubeDir = path.join(work, 'gantry-kube-abc123');
    mkdirSync(kubeDir);
    writeFileSync(path.join(kubeDir, 'config'), 'apiVersion: v1\nkind: Config\n', { mode: 0o600 });
    const stateDir = path.join(work, 'state');
    mkdirSync(stateDir);
    saveStates(path.join(stateDir, 'deploy-k8s'), { isPost: 'true', 'kube-dir': kubeDir });
    const out = execFileSync(process.execPath, [SCRIPT, stateDir, path.join(ROOT, 'dist')], {
      env: { PATH: process.env.PATH ?? '', RUNNER_TEMP: work },
      encoding: 'utf8',
    });
    expect(out).toContain('Post deploy-k8s');
    expect(out).toContain('Removed the kubeconfig left by a cancelled or failed run');
    expect(existsSync(kubeDir)).toBe(false);
    expect(existsSync(stateDir)).toBe(false);
  });

  it('skips a stage that never reached its main (no isPost) and still removes the state folder', () => {
    const work = mkdtempSync(path.join(tmpdir(), 'gantry-posts-'));
    const stateDir = path.join(work, 'state');
    mkdirSync(stateDir);
    writeFileSync(path.join(stateDir, 'deploy-k8s'), '');
    const out = execFileSync(process.execPath, [SCRIPT, stateDir, path.join(ROOT, 'dist')], {
      env: { PATH: process.env.PATH ?? '' },
      encoding: 'utf8',
    });
    expect(out).not.toContain('Post deploy-k8s');
    expect(existsSync(stateDir)).toBe(false);
  });
});
