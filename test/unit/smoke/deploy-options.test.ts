import { describe, expect, it } from 'vitest';
import { deploySmokeOptions } from '../../../src/core/smoke/options.ts';

// The smoke check after a deploy, as the deploy actions (`smoke-…` inputs) and the CLI
// (`--smoke-…` flags) build it: one function, the naming prefix the only difference.
describe('deploySmokeOptions', () => {
  it.each([
    ['a blank input', ' \n'],
    ['no flag given', [] as string[]],
  ])('is none for %s, the other options still checked', (_, urls) => {
    expect(deploySmokeOptions(urls, () => ({ timeout: '30s', 'expect-status': '200' }), 'smoke-')).toBe(
      undefined,
    );
    expect(() => deploySmokeOptions(urls, () => ({ timeout: 'soon' }), 'smoke-')).toThrow(
      "Input 'smoke-timeout'",
    );
    expect(() => deploySmokeOptions(urls, () => ({ 'expect-status': '299-200' }), 'smoke-')).toThrow(
      "Input 'smoke-expect-status'",
    );
    expect(() => deploySmokeOptions(urls, () => ({ 'expect-json': 'status: ok' }), 'smoke-')).toThrow(
      "Input 'smoke-expect-json'",
    );
  });

  it('parses an input text and repeated flags alike', () => {
    const fromInput = deploySmokeOptions(
      'http://a.test/\nHEAD http://b.test/',
      () => ({ timeout: '30s' }),
      'smoke-',
    );
    const fromFlags = deploySmokeOptions(
      ['http://a.test/', 'HEAD http://b.test/'],
      () => ({ timeout: '30s' }),
      '--smoke-',
    );
    expect(fromFlags).toEqual(fromInput);
    expect(fromInput?.targets).toEqual([
      { method: 'GET', url: 'http://a.test/' },
      { method: 'HEAD', url: 'http://b.test/' },
    ]);
    expect(fromInput?.timeoutMs).toBe(30_000);
  });

  it.each([
    ['smoke-', "Input 'smoke-timeout'"],
    ['--smoke-', "Option '--smoke-timeout'"],
  ])('names a bad value with the prefix %s', (prefix, named) => {
    expect(() => deploySmokeOptions('http://a.test/', () => ({ timeout: 'soon' }), prefix)).toThrow(named);
  });

  it('refuses a flag given with no URL in it, as before (no silent skip)', () => {
    expect(() => deploySmokeOptions([' '], () => ({}), '--smoke-')).toThrow("Option '--smoke-urls'");
  });
});
