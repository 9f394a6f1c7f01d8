// Embedded dependencies that are imported statically but used late: yaml and zod. Every module that
// parses gantry.yml, a stack file, a kubeconfig or a Trivy file imports them at its top, so they were
// compiled and evaluated when a bundle started (yaml and zod: about 450 KB of code, 10 to 15 ms of CPU
// before the first input was read), although a run that stops at a bad input never calls them.
//
// Their stub (scripts/embedded-modules.ts) is not the module itself but an object with a getter for each
// of its exports, known when the bundle is built: the section is compiled and evaluated at the first read
// of one (the first `parse(…)`, the first schema built: src/core/lazy.ts), and the getter returns the
// module's own value, so callers see the same functions and classes as before.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const requireHere = createRequire(import.meta.url);
const root = path.resolve(import.meta.dirname, '..');

/** The names of `name`'s exports its stub has getters for, and its section is built with. */
export function lazyExports(name: string): string[] | undefined {
  if (name === 'yaml') return Object.keys(requireHere('yaml')).sort();
  if (name === 'zod') return zodNamesUsed();
  return undefined;
}

/**
 * zod as the sources use it. Its section exports only these names, so it stays as small as esbuild's tree
 * shaking made it inline (the whole of zod, locales included, is 760 KB). The sources may import zod only
 * as `import * as z from 'zod'` (or types): then every value they read is a `z.name` found here; any
 * other import fails the build rather than leave a name out.
 */
function zodNamesUsed(): string[] {
  const exported = new Set(Object.keys(requireHere('zod')));
  const used = new Set<string>();
  for (const file of sourceFiles(path.join(root, 'src'))) {
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(/^import\s+([^;]*?)\s+from\s+'zod';/gm)) {
      const clause = match[1] ?? '';
      if (clause !== '* as z' && !clause.startsWith('type '))
        throw new Error(
          `${path.relative(root, file)}: import zod as \`import * as z from 'zod'\` (scripts/lazy-embedded.ts)`,
        );
    }
    if (!/from\s+'zod';/.test(text)) continue;
    for (const match of text.matchAll(/(?<![\w$.])z\.([A-Za-z_$][\w$]*)/g))
      if (exported.has(match[1] ?? '')) used.add(match[1] ?? '');
  }
  return [...used].sort();
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.name.endsWith('.ts') ? [full] : [];
  });
}

/** The stub of a lazily loaded embedded dependency: a getter per export, loading the section once. */
export function lazyStubSource(loadCall: string, names: readonly string[]): string {
  const getters = names.map((n) => `  get ${JSON.stringify(n)}() { return load()[${JSON.stringify(n)}]; },`);
  return `let loaded;
const load = () => (loaded ??= ${loadCall});
module.exports = {
${getters.join('\n')}
};
`;
}
