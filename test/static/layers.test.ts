import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  coreImportViolation,
  cycles,
  type Edge,
  importEdges,
  importsOf,
  packageImports,
  violation,
} from './layers.ts';

// ARCHITECTURE.md's import rules, checked on every import between our modules in src/ (type-only
// imports included), and each rule proven able to fail on a table of made-up edges.

const repo = path.resolve(import.meta.dirname, '../..');
const edges = importEdges(repo, 'src');

const edge = (from: string, to: string, typeOnly = false): Edge => ({ from, to, typeOnly });

describe('the layering of src/', () => {
  it('has edges to look at (the reader found the imports)', () => {
    expect(edges.length).toBeGreaterThan(300);
    expect(edges.some((e) => e.typeOnly)).toBe(true);
  });

  it('has no import against ARCHITECTURE.md', () => {
    expect(edges.map(violation).filter((v) => v !== undefined)).toEqual([]);
  });

  it('has no I/O package imported by core', () => {
    const imports = packageImports(repo, 'src');
    expect(imports.some((i) => i.file.startsWith('src/core/'))).toBe(true);
    expect(imports.map((i) => coreImportViolation(i.file, i.specifier, i.typeOnly)).filter(Boolean)).toEqual(
      [],
    );
  });

  it('has no import cycle, type-only imports included', () => {
    expect(cycles(edges)).toEqual([]);
  });
});

describe('the import reader', () => {
  it('sees value, type-only, re-exported, import-type and dynamic imports, and skips packages', () => {
    const text = [
      "import { a } from './a.ts';",
      "import type { B } from './b.ts';",
      "import { type C } from './c.ts';",
      "import { type D, d } from './d.ts';",
      "export { e } from '../e.ts';",
      "export type { F } from './f.ts';",
      "let g: import('./g.ts').G;",
      "const h = await import('./h.ts');",
      "import './i.ts';",
      "import { execa } from 'execa';",
      "import path from 'node:path';",
    ].join('\n');
    expect(importsOf('x.ts', text)).toEqual([
      { specifier: './a.ts', typeOnly: false },
      { specifier: './b.ts', typeOnly: true },
      { specifier: './c.ts', typeOnly: true },
      { specifier: './d.ts', typeOnly: false },
      { specifier: '../e.ts', typeOnly: false },
      { specifier: './f.ts', typeOnly: true },
      { specifier: './g.ts', typeOnly: true },
      { specifier: './h.ts', typeOnly: false },
      { specifier: './i.ts', typeOnly: false },
    ]);
  });
});

describe('each rule can fail', () => {
  it.each([
    // core → nothing of ours but core
    ['src/core/scan/gate.ts', 'src/adapters/trivy.ts', /core may not import adapters/],
    ['src/core/scan/gate.ts', 'src/pipeline/reporter.ts', /core may not import pipeline/],
    ['src/core/errors.ts', 'src/runtime/inputs.ts', /core may not import runtime/],
    ['src/core/errors.ts', 'src/cli/main.ts', /core may not import cli/],
    // adapters → adapters and core
    ['src/adapters/kubectl.ts', 'src/pipeline/kubernetes/deploy.ts', /adapters may not import pipeline/],
    ['src/adapters/github.ts', 'src/runtime/summary.ts', /adapters may not import runtime/],
    // pipeline → pipeline, adapters, core
    ['src/pipeline/swarm/deploy.ts', 'src/runtime/reporter.ts', /pipeline may not import runtime/],
    ['src/pipeline/swarm/deploy.ts', 'src/cli/progress.ts', /pipeline may not import cli/],
    [
      'src/pipeline/swarm/deploy.ts',
      'src/actions/deploy-swarm/summary.ts',
      /pipeline may not import actions/,
    ],
    // the GitHub shell and the terminal shell do not import each other
    ['src/runtime/summary.ts', 'src/actions/scan/main.ts', /runtime may not import actions/],
    ['src/runtime/summary.ts', 'src/cli/progress.ts', /runtime may not import cli/],
    ['src/actions/scan/main.ts', 'src/cli/commands/scan.ts', /actions may not import cli/],
    ['src/cli/commands/scan.ts', 'src/actions/scan/main.ts', /cli may not import actions/],
    ['src/cli/commands/deploy-swarm.ts', 'src/runtime/connection.ts', /cli may not import runtime/],
    // actions do not import each other; CLI commands do not import each other
    ['src/actions/deploy-k8s/main.ts', 'src/actions/deploy-swarm/summary.ts', /another action/],
    ['src/cli/commands/plan.ts', 'src/cli/commands/build.ts', /another command/],
    // Swarm and Kubernetes modules do not import each other
    ['src/actions/deploy-k8s/main.ts', 'src/core/swarm/lock.ts', /kubernetes code does not import swarm/],
    [
      'src/pipeline/prune/swarm.ts',
      'src/core/prune/kubernetes-argv.ts',
      /swarm code does not import kubernetes/,
    ],
    // nothing outside the layers
    ['src/core/errors.ts', 'scripts/build.ts', /outside the layers/],
  ])('%s -> %s is refused', (from, to, why) => {
    expect(violation(edge(from, to))).toMatch(why);
    expect(violation(edge(from, to, true))).toMatch(why);
  });

  it.each([
    ['src/core/scan/gate.ts', 'src/core/errors.ts'],
    ['src/adapters/trivy.ts', 'src/core/scan/argv.ts'],
    ['src/adapters/trivy.ts', 'src/adapters/exec.ts'],
    ['src/pipeline/swarm/deploy.ts', 'src/adapters/docker.ts'],
    ['src/runtime/deployment-record.ts', 'src/adapters/github-deployments.ts'],
    ['src/actions/deploy-k8s/main.ts', 'src/actions/deploy-k8s/summary.ts'],
    ['src/actions/deploy-k8s/main.ts', 'src/core/lock-holder.ts'],
    ['src/actions/smoke/main.ts', 'src/runtime/signals.ts'],
    ['src/cli/commands/release.ts', 'src/pipeline/release/swarm.ts'],
    ['src/cli/commands/scan.ts', 'src/cli/progress.ts'],
    ['src/cli/main.ts', 'src/cli/commands/scan.ts'],
  ])('%s -> %s is allowed', (from, to) => {
    expect(violation(edge(from, to))).toBeUndefined();
  });

  it.each([
    ['node:child_process', true],
    ['node:fs', true],
    ['fs/promises', true],
    ['@actions/core', true],
    ['execa', true],
    ['node:path', false],
    ['node:crypto', false],
    ['yaml', false],
  ])('core importing %s is refused: %s', (specifier, refused) => {
    expect(coreImportViolation('src/core/scan/gate.ts', specifier, false) !== undefined).toBe(refused);
    expect(coreImportViolation('src/adapters/exec.ts', specifier, false)).toBeUndefined();
  });

  it('finds cycles, type-only edges included, and only cycles', () => {
    expect(
      cycles([
        edge('src/core/a.ts', 'src/core/b.ts'),
        edge('src/core/b.ts', 'src/core/a.ts', true),
        edge('src/core/c.ts', 'src/core/c.ts', true),
        edge('src/core/d.ts', 'src/core/e.ts'),
        edge('src/core/e.ts', 'src/core/f.ts', true),
        edge('src/core/f.ts', 'src/core/d.ts'),
        edge('src/core/f.ts', 'src/core/g.ts'),
        edge('src/core/a.ts', 'src/core/g.ts'),
      ]),
    ).toEqual([
      ['src/core/a.ts', 'src/core/b.ts'],
      ['src/core/c.ts'],
      ['src/core/d.ts', 'src/core/e.ts', 'src/core/f.ts'],
    ]);
    expect(cycles([edge('src/core/a.ts', 'src/core/b.ts'), edge('src/core/b.ts', 'src/core/c.ts')])).toEqual(
      [],
    );
  });
});
