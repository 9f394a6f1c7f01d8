// Bundles every action found at src/actions/<name>/index.ts into dist/<name>/index.js, and the CLI
// into dist/cli/index.js. No hand-kept list: a new action folder is picked up by the next build.
// dist/cli/ is also the publishable package of the CLI (package.json, README.md): `npm pack dist/cli`.
// esbuild, not ncc: one process bundles all entry points in well under a second, emits ESM (the
// repo is "type": "module"), and gives byte-identical output for identical input, which the
// committed-dist check relies on.
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { builtinModules, createRequire } from 'node:module';
import path from 'node:path';
import { type BuildOptions, build, type Plugin } from 'esbuild';
import { asciiBundle } from './ascii-bundle.ts';
import { appendSections, buildSections, embeddedStubs } from './embedded-modules.ts';
import { DEFERRED_BUILTINS, lazyModuleSource, lazyTunnelForActions } from './lazy-requires.ts';

const root = path.resolve(import.meta.dirname, '..');
/** The Node versions the published CLI supports (its package's `engines`); the bundle's target follows. */
export const CLI_NODE_ENGINE = '>=22.17.0';
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
    // The costly ones (DEFERRED_BUILTINS) are required at the first read of an export, not at start-up.
    on.onLoad({ filter: /.*/, namespace: 'builtin-via-require' }, (args) => ({
      contents: DEFERRED_BUILTINS.has(args.path)
        ? lazyModuleSource(args.path)
        : `module.exports = require(${JSON.stringify(args.path)});`,
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

const actionEntryPoints: Record<string, string> = {};
for (const name of actions) actionEntryPoints[`${name}/index`] = path.join(actionsDir, name, 'index.ts');

// CommonJS dependencies (@actions/*) call require() for Node built-ins; give the ESM bundle one.
const requireBanner =
  "import { createRequire as __gantryCreateRequire } from 'node:module'; const require = __gantryCreateRequire(import.meta.url);";
const common: BuildOptions = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  splitting: false,
  // Not minified: the committed bundles stay readable for anyone auditing what runs on their runner
  // (minifying whitespace and syntax saved about 3 ms of the scan bundle's start-up; not worth it).
  minify: false,
  legalComments: 'eof',
  logLevel: 'warning',
  plugins: [builtinsViaRequire, lazyUndiciForActions, lazyTunnelForActions, embeddedStubs],
};
/** The plugins of the embedded dependencies' own builds (scripts/embedded-modules.ts). */
const sectionPlugins = [builtinsViaRequire, lazyUndiciForActions];

const rootPackage = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
  version: string;
  description: string;
  license: string;
};

rmSync(path.join(root, 'dist'), { recursive: true, force: true });
// The actions run on the runner's Node 24 (runs.using: node24).
await build({
  ...common,
  entryPoints: actionEntryPoints,
  outdir: path.join(root, 'dist'),
  target: 'node24',
  banner: { js: requireBanner },
});
const actionSections = await buildSections('node24', sectionPlugins, common);
for (const name of actions) {
  appendSections(path.join(root, 'dist', name, 'index.js'), actionSections);
  await asciiBundle(path.join(root, 'dist', name, 'index.js'));
}
// The CLI runs on the user's Node, 22.17 or later (CLI_NODE_ENGINE): syntax newer than Node 22's is
// lowered. 22.17 is the first Node 22 in which fs.globSync (Kubernetes manifest globs) is stable; before
// it, a glob printed an ExperimentalWarning. The shebang makes the file the package's `bin`.
await build({
  ...common,
  entryPoints: { 'cli/index': path.join(root, 'src/cli/gantry.ts') },
  outdir: path.join(root, 'dist'),
  target: 'node22.17',
  define: { GANTRY_VERSION: JSON.stringify(rootPackage.version) },
  banner: { js: `#!/usr/bin/env node\n${requireBanner}` },
});
appendSections(
  path.join(root, 'dist/cli/index.js'),
  await buildSections('node22.17', sectionPlugins, common),
);
await asciiBundle(path.join(root, 'dist/cli/index.js'));
writeCliPackage();
console.log(
  `built ${actions.length} action bundle(s): ${actions.join(', ')}; and dist/cli/index.js, the gantry-cli package`,
);

/**
 * dist/cli/ as an npm package: `npm pack dist/cli` gives gantry-cli-<version>.tgz, which the publish
 * workflow attaches to the GitHub release. Unscoped (`gantry-cli`): a scope would need the npm
 * organisation of the same name, and `npx gantry-cli` reads as what it is. No dependencies: the bundle
 * holds them all. Written from fixed text and package.json only, so a rebuild gives the same bytes.
 */
function writeCliPackage(): void {
  const dir = path.join(root, 'dist/cli');
  const manifest = {
    name: 'gantry-cli',
    version: rootPackage.version,
    description: rootPackage.description,
    license: rootPackage.license,
    type: 'module',
    bin: { gantry: 'index.js' },
    files: ['index.js'],
    engines: { node: CLI_NODE_ENGINE },
    homepage: 'https://github.com/gantry-dev/gantry/blob/main/docs/cli.md',
    repository: { type: 'git', url: 'git+https://github.com/gantry-dev/gantry.git' },
  };
  writeFileSync(path.join(dir, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  writeFileSync(
    path.join(dir, 'README.md'),
    `# gantry-cli

The \`gantry\` command of [Gantry](https://github.com/gantry-dev/gantry): release a container app to Docker
Swarm or Kubernetes from one \`gantry.yml\` (build, scan, secrets, deploy, smoke check, rollback, prune), with
the same engine as Gantry's GitHub Actions. One bundled file, no dependencies; Node ${CLI_NODE_ENGINE}.

\`\`\`sh
npm install -g gantry-cli
gantry --help
\`\`\`

Every command, flag and key of \`gantry.yml\`: [docs/cli.md](https://github.com/gantry-dev/gantry/blob/main/docs/cli.md).
`,
  );
}
