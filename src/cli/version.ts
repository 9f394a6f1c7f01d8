// The version `gantry --version` prints. The bundle (dist/cli/index.js, also the published package) has it
// from package.json at build time: scripts/build.ts defines GANTRY_VERSION. Run from the source (tests,
// `npm run gantry`), there is no define and the checkout's package.json is read instead.
import { readFileSync } from 'node:fs';

declare const GANTRY_VERSION: string | undefined;

export function gantryVersion(): string {
  if (typeof GANTRY_VERSION === 'string') return GANTRY_VERSION;
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
    version: string;
  };
  return pkg.version;
}
