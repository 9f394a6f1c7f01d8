// CommonJS modules served as objects of getters: the module is required at the first read of one of
// its exports, not when the bundle starts. For Node built-ins that cost start-up to load (node:http
// brings net, stream and its agent; node:https and tunnel bring tls; node:crypto, child_process,
// readline, worker_threads…) and that most runs, or all runs that stop at a bad input, never touch.
// The object has a getter for every export the module has when the bundle is built; a read returns
// the module's own value, so callers see the same functions, classes and objects as before.
import { createRequire } from 'node:module';
import type { Plugin } from 'esbuild';

const requireHere = createRequire(import.meta.url);

/** Built-ins worth deferring: none of them is loaded by Node itself before a bundle runs. */
export const DEFERRED_BUILTINS = new Set(
  [
    'assert',
    'child_process',
    'crypto',
    'dgram',
    'dns',
    'fs/promises',
    'http',
    'http2',
    'https',
    'net',
    'readline',
    'readline/promises',
    'stream/promises',
    'timers/promises',
    'tls',
    'worker_threads',
    'zlib',
  ].flatMap((name) => [name, `node:${name}`]),
);

/** CommonJS source whose module.exports reads `id` (required with the bundle's require) on first use. */
export function lazyModuleSource(
  id: string,
  exportNames: readonly string[] = Object.keys(requireHere(id)),
): string {
  const getters = [...exportNames]
    .sort()
    .map((name) => `  get ${JSON.stringify(name)}() { return load()[${JSON.stringify(name)}]; },`);
  return `let loaded;
const load = () => (loaded ??= require(${JSON.stringify(id)}));
module.exports = {
${getters.join('\n')}
};
`;
}

/** tunnel (proxy agents) is required by @actions/http-client at start, used only behind a proxy. */
export const lazyTunnelForActions: Plugin = {
  name: 'lazy-tunnel-for-actions',
  setup(on) {
    on.onResolve({ filter: /^tunnel$/ }, (args) =>
      /[\\/]node_modules[\\/]@actions[\\/]/.test(args.importer)
        ? { path: 'tunnel', namespace: 'lazy-tunnel' }
        : undefined,
    );
    on.onLoad({ filter: /.*/, namespace: 'lazy-tunnel' }, () => ({
      contents: lazyModuleSource('tunnel').replace('require("tunnel")', 'require("gantry:real-tunnel")'),
      loader: 'js',
    }));
    on.onResolve({ filter: /^gantry:real-tunnel$/ }, () => ({ path: requireHere.resolve('tunnel') }));
  },
};
