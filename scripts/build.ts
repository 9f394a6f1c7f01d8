// Bundles every action found at src/actions/<name>/index.ts into dist/<name>/index.js, and the CLI
// into dist/cli/index.js. No hand-kept list: a new action folder is picked up by the next build.
// esbuild, not ncc: one process bundles all entry points in well under a second, emits ESM (the
// repo is "type": "module"), and gives byte-identical output for identical input, which the
// committed-dist check relies on.
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { builtinModules, createRequire } from 'node:module';
import path from 'node:path';
import { build, type Plugin } from 'esbuild';

const root = path.resolve(import.meta.dirname, '..');
const actionsDir = path.join(root, 'src/actions');

export function discoverActions(): string[] {
  return readdirSync(actionsDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(path.join(actionsDir, entry.name, 'index.ts')))
    .map((entry) => entry.name)
    .sort();
}

const actions = discoverActions();
if (actions.includes('cli')) throw new Error('src/actions/cli would collide with the CLI bundle at dist/cli');

// Node built-ins imported with `import` are kept as ESM imports by esbuild, and Node builds an ESM
// facade for each by reading every export: for node:http that runs its lazy `WebSocket` getter,
// which loads Node's internal undici (about 20 ms of start-up, before any input is read). Served
// through the bundle's require() instead (the same module object), nothing is read until used.
const builtins = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]));
const builtinsViaRequire: Plugin = {
  name: 'builtins-via-require',
  setup(on) {
    on.onResolve({ filter: /^[a-z_:/0-9]+$/ }, (args) =>
      args.kind === 'import-statement' && builtins.has(args.path)
        ? { path: args.path, namespace: 'builtin-via-require' }
        : undefined,
    );
    on.onLoad({ filter: /.*/, namespace: 'builtin-via-require' }, (args) => ({
      contents: `module.exports = require(${JSON.stringify(args.path)});`,
      loader: 'js',
    }));
  },
};

// @actions/core imports @actions/http-client (for OIDC), which imports undici's ProxyAgent;
// @actions/github imports undici's fetch and its own CommonJS http-client, which requires undici:
// all only for a proxy, yet evaluating undici costs 10-15 ms of every start-up. For those
// importers `undici` is a shim that loads the real (bundled) undici on first use. The ESM shim
// names each export (a name it lacks fails the build); the CommonJS one has a getter for every
// export undici has.
const lazyUndiciEsm = `
const undici = () => require('undici');
export function ProxyAgent(options) { return new (undici().ProxyAgent)(options); }
export function fetch(input, init) { return undici().fetch(input, init); }
`;
const undiciExports = Object.keys(createRequire(import.meta.url)('undici')).sort();
const lazyUndiciCjs = `
let undici;
const load = () => (undici ??= require('undici'));
module.exports = {
${undiciExports.map((name) => `  get ${JSON.stringify(name)}() { return load()[${JSON.stringify(name)}]; },`).join('\n')}
};
`;
const actionsImporter = /[\\/]node_modules[\\/]@actions[\\/]/;
const lazyUndiciForActions: Plugin = {
  name: 'lazy-undici-for-actions',
  setup(on) {
    on.onResolve({ filter: /^undici$/ }, (args) => {
      if (!actionsImporter.test(args.importer)) return undefined;
      if (args.kind === 'import-statement') return { path: 'esm', namespace: 'lazy-undici' };
      if (args.kind === 'require-call') return { path: 'cjs', namespace: 'lazy-undici' };
      return undefined;
    });
    on.onLoad({ filter: /.*/, namespace: 'lazy-undici' }, (args) => ({
      contents: args.path === 'esm' ? lazyUndiciEsm : lazyUndiciCjs,
      loader: 'js',
      resolveDir: root,
    }));
  },
};

const entryPoints: Record<string, string> = { 'cli/index': path.join(root, 'src/cli/gantry.ts') };
for (const name of actions) entryPoints[`${name}/index`] = path.join(actionsDir, name, 'index.ts');

rmSync(path.join(root, 'dist'), { recursive: true, force: true });
await build({
  entryPoints,
  outdir: path.join(root, 'dist'),
  bundle: true,
  platform: 'node',
  target: 'node24',
  format: 'esm',
  splitting: false,
  // Not minified: the committed bundles stay readable for anyone auditing what runs on their runner
  // (minifying whitespace and syntax saved about 3 ms of the scan bundle's start-up; not worth it).
  minify: false,
  legalComments: 'eof',
  logLevel: 'warning',
  plugins: [builtinsViaRequire, lazyUndiciForActions],
  // CommonJS dependencies (@actions/*) call require() for Node built-ins; give the ESM bundle one.
  banner: {
    js: "import { createRequire as __gantryCreateRequire } from 'node:module'; const require = __gantryCreateRequire(import.meta.url);",
  },
});
console.log(`built ${actions.length} action bundle(s): ${actions.join(', ')}; and dist/cli/index.js`);
