// Rarely used dependencies, carried inside each bundle as line comments and compiled on first use.
//
// Why: Node compiles a bundle's whole text before running its first line, and the time is about
// proportional to its size (the scan bundle was 3.7 MB: about 50 ms of a 130 ms start-up, for
// @actions/cache, the Azure storage SDK and undici, which a run that fails on its inputs never
// calls). Code inside a comment costs almost nothing to skip (3.7 MB of comment: about 1 ms).
// Why not esbuild's splitting: a bundle must stay one self-contained file (the CLI package ships
// index.js alone). Why comments and not minified or compressed text: the code stays readable, as it
// is, for anyone auditing dist.
//
// How: each dependency below is bundled on its own as CommonJS; every bundle that imports it gets
// the section `// gantry-embedded-begin <name>` … `// gantry-embedded-end <name>` appended, each
// line behind `// `. The import itself becomes a small stub that, when first evaluated, reads the
// bundle file, takes that section out of the comment and compiles it with vm.compileFunction (file
// name and line numbers are the bundle's, so stack traces point into it). Every dependency was
// already imported with a dynamic import() (or, for undici, through the lazy shim), so nothing is
// evaluated earlier or later than before: it is only parsed later.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { type BuildOptions, build, type Plugin } from 'esbuild';
import { lazyExports, lazyStubSource } from './lazy-embedded.ts';

/** The dependencies carried as comments. Each is evaluated once per process, at its first import. */
export const EMBEDDED = [
  '@actions/cache',
  '@actions/github',
  '@actions/tool-cache',
  'execa',
  'undici',
  'yaml',
  'zod',
] as const;
const embedded = new Set<string>(EMBEDDED);
const MARK = 'gantry-load-embedded:';
const PREFIX = '// ';

const loaderSource = `
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileFunction, constants } from 'node:vm';

const file = fileURLToPath(import.meta.url);
const nodeRequire = createRequire(import.meta.url);
const names = new Set(${JSON.stringify(EMBEDDED)});
const modules = new Map();
let text;

/** The exports of the embedded dependency \`name\` (see scripts/embedded-modules.ts). */
export function load(marked) {
  const name = marked.slice(${MARK.length});
  const known = modules.get(name);
  if (known !== undefined) return known.exports;
  text ??= readFileSync(file, 'utf8');
  const begin = text.indexOf('\\n${PREFIX}gantry-embedded-begin ' + name + '\\n');
  const end = text.indexOf('\\n${PREFIX}gantry-embedded-end ' + name + '\\n', begin + 1);
  if (begin < 0 || end < 0) throw new Error(file + ': the embedded module ' + name + ' is missing; rebuild the bundle');
  const first = text.indexOf('\\n', begin + 1) + 1;
  const body = text
    .slice(first, end)
    .split('\\n')
    .map((line) => line.slice(${PREFIX.length}))
    .join('\\n');
  let lineOffset = 0;
  for (let i = text.indexOf('\\n'); i >= 0 && i < first; i = text.indexOf('\\n', i + 1)) lineOffset++;
  const compiled = compileFunction(body, ['exports', 'require', 'module', '__filename', '__dirname'], {
    filename: file,
    lineOffset,
    importModuleDynamically: constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
  });
  const module = { exports: {} };
  modules.set(name, module);
  const require = (id) => (names.has(id) ? load('${MARK}' + id) : nodeRequire(id));
  try {
    compiled.call(module.exports, module.exports, require, module, file, path.dirname(file));
  } catch (error) {
    modules.delete(name);
    throw error;
  }
  return module.exports;
}
`;

/**
 * For a bundle that carries the sections: every import of an embedded dependency becomes a stub
 * that loads it from its section; `undici` stays `require('undici')` in the lazy shim, so the shim's
 * import is caught here too.
 */
export const embeddedStubs: Plugin = {
  name: 'embedded-stubs',
  setup(on) {
    on.onResolve({ filter: /^gantry:embedded-loader$/ }, () => ({
      path: 'loader',
      namespace: 'gantry-embedded',
    }));
    on.onResolve({ filter: /^[@a-z]/ }, (args) =>
      embedded.has(args.path) ? { path: args.path, namespace: 'gantry-embedded-stub' } : undefined,
    );
    on.onLoad({ filter: /.*/, namespace: 'gantry-embedded' }, () => ({
      contents: loaderSource,
      loader: 'js',
    }));
    on.onLoad({ filter: /.*/, namespace: 'gantry-embedded-stub' }, (args) => {
      const load = `require('gantry:embedded-loader').load(${JSON.stringify(MARK + args.path)})`;
      // yaml and zod: loaded at the first read of an export (scripts/lazy-embedded.ts), not at import.
      const names = lazyExports(args.path);
      return {
        contents: names === undefined ? `module.exports = ${load};` : lazyStubSource(load, names),
        loader: 'js',
        resolveDir: process.cwd(),
      };
    });
  },
};

/** In a section's own build, the other embedded dependencies stay `require()`s the loader answers. */
const othersExternal = (self: string): Plugin => ({
  name: 'embedded-others-external',
  setup(on) {
    on.onResolve({ filter: /^[@a-z]/ }, (args) =>
      embedded.has(args.path) && args.path !== self ? { path: args.path, external: true } : undefined,
    );
  },
});

interface Section {
  text: string;
  needs: string[];
}

/** Bundles each embedded dependency as CommonJS for `target`, with the given plugins first. */
export async function buildSections(
  target: string,
  plugins: Plugin[],
  common: BuildOptions,
): Promise<Map<string, Section>> {
  const sections = new Map<string, Section>();
  for (const name of EMBEDDED) {
    const names = lazyExports(name);
    const exported = names === undefined ? '*' : `{ ${names.join(', ')} }`;
    const result = await build({
      ...common,
      stdin: { contents: `export ${exported} from ${JSON.stringify(name)};`, resolveDir: process.cwd() },
      format: 'cjs',
      target,
      write: false,
      metafile: true,
      outfile: `${name}.js`,
      plugins: [...plugins, othersExternal(name)],
    });
    const text = result.outputFiles[0]?.text ?? '';
    if (/[\r\u2028\u2029]/.test(text))
      throw new Error(`embedded ${name}: a line terminator other than \\n would end its comment early`);
    const imports = Object.values(result.metafile.outputs).flatMap((o) => o.imports);
    const needs = [...new Set(imports.filter((i) => i.external && embedded.has(i.path)).map((i) => i.path))];
    sections.set(name, { text, needs });
  }
  return sections;
}

/** Appends to `file` the sections its stubs name, and the sections those need, sorted by name. */
export function appendSections(file: string, sections: Map<string, Section>): string[] {
  const bundle = readFileSync(file, 'utf8');
  const wanted = new Set<string>();
  const add = (name: string): void => {
    if (wanted.has(name)) return;
    const section = sections.get(name);
    if (section === undefined) throw new Error(`${file}: no embedded section for ${name}`);
    wanted.add(name);
    for (const need of section.needs) add(need);
  };
  for (const match of bundle.matchAll(new RegExp(`"${MARK}([^"]+)"`, 'g'))) add(match[1] ?? '');
  if (/require_undici\b/.test(bundle)) throw new Error(`${file}: undici is bundled inline, not embedded`);
  const names = [...wanted].sort();
  const parts = names.map((name) => {
    const lines = (sections.get(name)?.text ?? '').replace(/\n$/, '').split('\n');
    return [`gantry-embedded-begin ${name}`, ...lines, `gantry-embedded-end ${name}`]
      .map((line) => `${PREFIX}${line}`)
      .join('\n');
  });
  if (parts.length > 0) {
    const header = `\n${PREFIX}Dependencies compiled on first use (scripts/embedded-modules.ts): ${names.join(', ')}\n`;
    writeFileSync(file, `${bundle}${header}${parts.join('\n')}\n`);
  }
  return names.map((name) => path.basename(name));
}
