import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

// What a bundle does before its first input error is its start-up (npm run bench's start-up figure).
// The heavy dependencies (yaml, zod and the schemas built with it, @actions/cache, undici, execa…) are
// carried as embedded sections compiled on first use (scripts/embedded-modules.ts): none may be
// compiled before the first input is read. Each bundle runs as the figure runs it (no inputs; the CLI's
// `gantry release` in an empty folder), with a preloaded hook that records every section compiled.

const root = path.resolve(import.meta.dirname, '../..');
const dist = path.join(root, 'dist');
const work = mkdtempSync(path.join(tmpdir(), 'gantry-startup-lazy-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

// The sections are compiled by vm.compileFunction with the bundle's own line numbers: the hook writes
// the line each starts at, and the test names it from the bundle's `gantry-embedded-begin` lines.
const hook = path.join(work, 'hook.mjs');
writeFileSync(
  hook,
  `import { appendFileSync } from 'node:fs';
import { createRequire } from 'node:module';
const vm = createRequire(import.meta.url)('node:vm');
const compile = vm.compileFunction;
vm.compileFunction = function (code, params, options) {
  appendFileSync(process.env.GANTRY_TEST_COMPILED, (options?.lineOffset ?? -1) + '\\n');
  return compile.call(this, code, params, options);
};
`,
);

const bundles = readdirSync(dist)
  .filter((name) => existsSync(path.join(dist, name, 'index.js')))
  .sort();

/** The embedded sections of a bundle by the line their code starts at (the line after their begin mark). */
function sectionsByLine(file: string): Map<number, string> {
  const sections = new Map<number, string>();
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((line, index) => {
      const begin = /^\/\/ gantry-embedded-begin (\S+)$/.exec(line);
      if (begin) sections.set(index + 1, begin[1] ?? '');
    });
  return sections;
}

function runBundle(name: string, env: Record<string, string>, cwd: string) {
  const file = path.join(dist, name, 'index.js');
  const log = path.join(work, `${name}-${Math.random().toString(36).slice(2)}.log`);
  writeFileSync(log, '');
  const args = ['--import', pathToFileURL(hook).href, file, ...(name === 'cli' ? ['release'] : [])];
  return new Promise<{ code: number; output: string; compiled: string[] }>((resolve) => {
    execFile(
      process.execPath,
      args,
      {
        cwd,
        env: { PATH: process.env.PATH ?? '', GITHUB_ACTIONS: 'true', GANTRY_TEST_COMPILED: log, ...env },
      },
      (error, stdout, stderr) => {
        const sections = sectionsByLine(file);
        const lines = readFileSync(log, 'utf8').split('\n').filter(Boolean).map(Number);
        resolve({
          code: error === null ? 0 : typeof error.code === 'number' ? error.code : -1,
          output: `${stdout}${stderr}`,
          compiled: lines.map((line) => sections.get(line) ?? `unknown section at line ${line}`),
        });
      },
    );
  });
}

describe('start-up: nothing heavy before the first input error', () => {
  it('finds the bundles (npm run build)', () => {
    expect(bundles).toEqual(expect.arrayContaining(['cli', 'release', 'scan', 'smoke']));
  });

  it.each(bundles)('%s: yaml and zod are not in the code compiled at start', (name) => {
    const text = readFileSync(path.join(dist, name, 'index.js'), 'utf8');
    const main = text.split('\n// gantry-embedded-begin ')[0] ?? '';
    expect(main).not.toMatch(/^\/\/ node_modules\/(yaml|zod|@actions\/cache)\//m);
  });

  it.each(bundles)('%s: stops at its first input error having compiled no embedded section', async (name) => {
    const empty = mkdtempSync(path.join(work, 'empty-'));
    const run = await runBundle(name, {}, empty);
    expect(run.code).not.toBe(0);
    expect(run.output).toMatch(
      name === 'cli' ? /Option '--config': cannot read gantry\.yml/ : /::error::Input '/,
    );
    expect(run.compiled).toEqual([]);
  });

  it('the hook sees a section compiled: the release action parsing a gantry.yml loads yaml and zod', async () => {
    const workspace = mkdtempSync(path.join(work, 'workspace-'));
    writeFileSync(
      path.join(workspace, 'gantry.yml'),
      'image: registry.example.com/acme/shop\nunknown-key: 1\n',
    );
    const run = await runBundle(
      'release',
      { INPUT_CONFIG: 'gantry.yml', GITHUB_WORKSPACE: workspace, RUNNER_TEMP: workspace },
      workspace,
    );
    expect(run.code).not.toBe(0);
    expect(run.output).toContain('unknown-key');
    expect(run.compiled).toEqual(expect.arrayContaining(['yaml', 'zod']));
  });
});
