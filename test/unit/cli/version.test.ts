import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../../src/cli/main.ts';

// From the source there is no build-time version: it is the checkout's package.json (the bundle's is
// checked in test/bundle/cli-package.test.ts).
const version = (
  JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../../../package.json'), 'utf8')) as {
    version: string;
  }
).version;

describe('gantry --version', () => {
  it.each([['--version'], ['-V']])('%s prints the package version and exits 0', async (flag) => {
    const out: string[] = [];
    const err: string[] = [];
    const code = await main([flag], {
      out: (t) => out.push(t),
      err: (t) => err.push(t),
      signal: new AbortController().signal,
    });
    expect({ code, out, err }).toEqual({ code: 0, out: [version], err: [] });
    expect(version).toMatch(/^\d+\.\d+\.\d+/);
  });
});
