// Bundles every action found at src/actions/<name>/index.ts into dist/<name>/index.js, and the CLI
// into dist/cli/index.js. No hand-kept list: a new action folder is picked up by the next build.
// esbuild, not ncc: one process bundles all entry points in well under a second, emits ESM (the
// repo is "type": "module"), and gives byte-identical output for identical input, which the
// committed-dist check relies on.
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { builtinModules } from 'node:module';
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
  minify: false,
  legalComments: 'eof',
  logLevel: 'warning',
  plugins: [builtinsViaRequire],
  // CommonJS dependencies (@actions/*) call require() for Node built-ins; give the ESM bundle one.
  banner: {
    js: "import { createRequire as __gantryCreateRequire } from 'node:module'; const require = __gantryCreateRequire(import.meta.url);",
  },
});
console.log(`built ${actions.length} action bundle(s): ${actions.join(', ')}; and dist/cli/index.js`);
