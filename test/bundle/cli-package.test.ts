import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isCI } from '../helpers/ci.ts';
import { cleanEnv, nodeFromNpm, npmCli } from '../helpers/node-from-npm.ts';

// The published CLI, as a user gets it: `npm pack dist/cli` (what the publish workflow attaches to the
// GitHub release), then `npm install -g --prefix <empty folder> <tarball>` and `gantry --version`/`--help`
// from that prefix, on the lowest Node the package's `engines` allows (from the npm registry's `node`
// package, cached in ~/.cache/gantry-test) and on the repository's own Node 24 (the `node` devDependency).
// npm itself runs on the Node under test, so its engines check is that Node's. Nothing may print a warning.

const root = path.resolve(import.meta.dirname, '../..');
const packageDir = path.join(root, 'dist/cli');
const manifest = JSON.parse(readFileSync(path.join(packageDir, 'package.json'), 'utf8')) as {
  name: string;
  version: string;
  engines: { node: string };
  dependencies?: unknown;
};
const rootVersion = (JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string })
  .version;
const lowest = /^>=(\d+\.\d+\.\d+)$/.exec(manifest.engines.node)?.[1];
const node24 = path.join(
  path.dirname(createRequire(import.meta.url).resolve('node/package.json')),
  'bin/node',
);
const warning = /\bwarn|EBADENGINE|deprecat/i;

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

async function exec(file: string, args: string[], env: NodeJS.ProcessEnv, cwd = root): Promise<Run> {
  try {
    const { stdout, stderr } = await promisify(execFile)(file, args, { env, cwd, timeout: 120_000 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code?: number | string; stdout?: string; stderr?: string; message: string };
    if (typeof e.code !== 'number') throw error;
    return { code: e.code, stdout: e.stdout ?? '', stderr: e.stderr ?? e.message };
  }
}

let tarball = '';
let packed: { name: string; version: string; filename: string; files: { path: string }[] } | undefined;
let packRun: Run | undefined;
let lowestNode: { binary?: string; error?: string } = {};
const made: string[] = [];
const tempDir = (prefix: string) => {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  made.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

beforeAll(async () => {
  const destination = tempDir('gantry-pack-');
  packRun = await exec(
    process.execPath,
    [
      npmCli(),
      'pack',
      packageDir,
      '--ignore-scripts',
      '--json',
      '--pack-destination',
      destination,
      '--no-update-notifier',
    ],
    cleanEnv(),
  );
  if (packRun.code === 0) {
    packed = (JSON.parse(packRun.stdout) as NonNullable<typeof packed>[])[0];
    if (packed !== undefined) tarball = path.join(destination, packed.filename);
  }
  lowestNode =
    lowest === undefined
      ? { error: `engines.node ${manifest.engines.node} is not ">=X.Y.Z"` }
      : await nodeFromNpm(lowest).then(
          (binary) => ({ binary }),
          (error: Error) => ({ error: error.message }),
        );
}, 300_000);

describe('the gantry-cli package (npm pack dist/cli)', () => {
  it('is gantry-cli at the repository version: the bundle, package.json and README, no dependencies', () => {
    expect(packRun?.code, packRun?.stderr).toBe(0);
    expect(packRun?.stderr ?? '').not.toMatch(warning);
    expect(manifest.name).toBe('gantry-cli');
    expect(manifest.dependencies).toBeUndefined();
    expect(packed).toMatchObject({ name: 'gantry-cli', version: rootVersion });
    expect(packed?.files.map((f) => f.path).sort()).toEqual(['README.md', 'index.js', 'package.json']);
    expect(path.basename(tarball)).toBe(`gantry-cli-${rootVersion}.tgz`);
  });

  it.for([
    { key: 'lowest', label: `Node ${lowest} (engines ${manifest.engines.node})` },
    { key: '24', label: 'Node 24 (devDependency)' },
  ] as const)('installs with npm install -g --prefix and runs on $label', async ({ key }, context) => {
    const node = key === 'lowest' ? lowestNode : { binary: node24 };
    if (node.binary === undefined) {
      const reason = `no Node for this test: ${node.error ?? 'not set up'}`;
      if (isCI()) throw new Error(reason);
      context.skip(reason);
      return;
    }
    expect(tarball, 'npm pack made no tarball').not.toBe('');
    const bin = path.dirname(node.binary);
    const env = cleanEnv([bin]);
    const version = await exec('node', ['--version'], env);
    expect(version.stdout.trim()).toEqual(key === 'lowest' ? `v${lowest}` : expect.stringMatching(/^v24\./));

    const prefix = tempDir('gantry-prefix-');
    const install = await exec(
      node.binary,
      [
        npmCli(),
        'install',
        '-g',
        '--prefix',
        prefix,
        '--no-audit',
        '--no-fund',
        '--no-update-notifier',
        tarball,
      ],
      env,
      prefix,
    );
    expect(install.code, install.stderr).toBe(0);
    expect(`${install.stdout}\n${install.stderr}`).not.toMatch(warning);
    expect(install.stdout).toMatch(/added 1 package/);

    // `gantry` from the prefix, found on PATH as a user's shell finds it; its shebang finds this Node.
    const gantryEnv = cleanEnv([path.join(prefix, 'bin'), bin]);
    const shown = await exec('gantry', ['--version'], gantryEnv, prefix);
    expect(shown).toEqual({ code: 0, stdout: `${rootVersion}\n`, stderr: '' });
    expect(await exec('gantry', ['-V'], gantryEnv, prefix)).toEqual(shown);

    const help = await exec('gantry', ['--help'], gantryEnv, prefix);
    expect(help.code, help.stderr).toBe(0);
    expect(help.stderr).toBe('');
    expect(help.stdout).toMatch(/^Usage: gantry <command> \[options\]\n/);
    expect(help.stdout).toContain('  release ');
    expect(help.stdout).toContain('"gantry --version" (or -V) prints the version.');

    // A command's own usage: the bundle's command modules load on this Node too.
    const plan = await exec('gantry', ['plan', '--help'], gantryEnv, prefix);
    expect(plan).toMatchObject({ code: 0, stderr: '' });
    expect(plan.stdout).toContain('Usage: gantry plan --target NAME');
  });
});
