import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, realpathSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/**
 * The environment for npm and node run by a test: this process's, without what npm and vitest put in it
 * (`npm_*` config and lifecycle variables, NODE_OPTIONS), with `prepend` first on PATH.
 */
export function cleanEnv(prepend: string[] = []): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (/^npm_/i.test(key) || key === 'NODE_OPTIONS' || key === 'INIT_CWD') continue;
    env[key] = value;
  }
  env.PATH = [...prepend, process.env.PATH ?? ''].join(path.delimiter);
  return env;
}

/** npm's own script (`npm-cli.js`), to run npm under a Node of the test's choosing. */
export function npmCli(): string {
  const execPath = process.env.npm_execpath;
  if (execPath !== undefined && path.basename(execPath) === 'npm-cli.js') return execPath;
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    const candidate = path.join(dir, 'npm');
    if (dir === '' || !existsSync(candidate)) continue;
    const real = realpathSync(candidate);
    if (path.basename(real) === 'npm-cli.js') return real;
    const beside = path.join(path.dirname(real), 'npm-cli.js');
    if (existsSync(beside)) return beside;
    const inLib = path.resolve(path.dirname(real), '../lib/node_modules/npm/bin/npm-cli.js');
    if (existsSync(inLib)) return inLib;
  }
  throw new Error('npm-cli.js not found (neither npm_execpath nor an `npm` on PATH leads to it)');
}

/** Where downloads made for tests are kept between runs: $XDG_CACHE_HOME/gantry-test, or ~/.cache/gantry-test. */
export function testCacheDir(): string {
  const base = process.env.XDG_CACHE_HOME || path.join(homedir(), '.cache');
  return path.join(base, 'gantry-test');
}

/**
 * The binary of Node `version` (exact, e.g. `22.17.0`) from the npm registry's `node` package, installed
 * once into the test cache and reused. The install goes to a fresh folder that is renamed into place
 * when complete, so concurrent runs and an interrupted one never leave a half-installed Node to reuse.
 * Throws when it cannot be installed (no registry, say), with npm's words.
 */
export async function nodeFromNpm(version: string): Promise<string> {
  const cache = testCacheDir();
  const dir = path.join(cache, `node-v${version}`);
  const binary = (root: string) => path.join(root, 'node_modules/node/bin/node');
  if (await isNode(binary(dir), version)) return binary(dir);
  mkdirSync(cache, { recursive: true });
  const staging = mkdtempSync(path.join(cache, `.node-v${version}-`));
  try {
    // The `node` package fetches its platform's binary in a preinstall script: allowed here, as in the
    // repository's own package.json.
    writeFileSync(
      path.join(staging, 'package.json'),
      `${JSON.stringify({ private: true, allowScripts: { node: true } })}\n`,
    );
    try {
      await run(
        process.execPath,
        [npmCli(), 'install', '--no-audit', '--no-fund', '--no-update-notifier', `node@${version}`],
        { cwd: staging, env: cleanEnv(), timeout: 300_000, maxBuffer: 16 * 1024 * 1024 },
      );
    } catch (error) {
      const { stderr, message } = error as { stderr?: string; message: string };
      throw new Error(`npm could not install node@${version}: ${(stderr ?? '').trim() || message}`);
    }
    if (!(await isNode(binary(staging), version)))
      throw new Error(`npm installed node@${version} but ${binary(staging)} is not Node v${version}`);
    try {
      renameSync(staging, dir);
    } catch {
      // The folder is there: another run put its copy in place first (use it), or a broken one is left.
      if (await isNode(binary(dir), version)) return binary(dir);
      rmSync(dir, { recursive: true, force: true });
      renameSync(staging, dir);
    }
    return binary(dir);
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

async function isNode(binary: string, version: string): Promise<boolean> {
  if (!existsSync(binary)) return false;
  try {
    const { stdout } = await run(binary, ['--version'], { env: cleanEnv() });
    return stdout.trim() === `v${version}`;
  } catch {
    return false;
  }
}
