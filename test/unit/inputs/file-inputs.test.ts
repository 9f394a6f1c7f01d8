import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readIgnoreFiles } from '../../../src/adapters/trivy.ts';
import { readManifestSources } from '../../../src/pipeline/kubernetes/sources.ts';

// Files named by an input: whatever is wrong with one is refused naming the input, not with Node's
// raw ENOENT or a parser's message that names only the file.

const work = mkdtempSync(path.join(tmpdir(), 'gantry-file-inputs-'));
mkdirSync(path.join(work, 'k8s'));
writeFileSync(path.join(work, 'k8s', 'app.yaml'), 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n');
symlinkSync(path.join(work, 'nowhere.yaml'), path.join(work, 'k8s', 'gone.yaml'));

describe('manifests', () => {
  it('a glob that matches a dangling symlink names manifests and the entry', () => {
    expect(() => readManifestSources(['k8s/*.yaml'], work, 'manifests')).toThrow(
      `Input 'manifests': cannot read ${path.join(work, 'k8s', 'gone.yaml')} (matched by k8s/*.yaml): ENOENT: it does not exist (or is a symlink to nothing)`,
    );
  });
  it('a file named directly that is a dangling symlink names the option', () => {
    expect(() => readManifestSources(['k8s/gone.yaml'], work, '--manifests')).toThrow(
      /^Option '--manifests': cannot read .*gone\.yaml: ENOENT/,
    );
  });
});

describe('ignore-file', () => {
  it('a broken ignore file names the input as well as the file and line', () => {
    const file = path.join(work, '.trivyignore');
    writeFileSync(file, 'CVE-2024-1 exp:tomorrow\n');
    expect(() => readIgnoreFiles('ignore-file', [file])).toThrow(
      /^Input 'ignore-file': \.trivyignore:1: 'exp:tomorrow' is not a date/,
    );
  });
});
