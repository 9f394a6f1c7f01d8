import { describe, expect, it } from 'vitest';
import { isJsonSubset } from '../../../src/core/smoke/json-subset.ts';
import { parseHeaders, parseSmokeOptions, parseTargets } from '../../../src/core/smoke/options.ts';
import { parseStatusSpec, statusMatches } from '../../../src/core/smoke/status-spec.ts';

describe('parseStatusSpec / statusMatches', () => {
  it.each([
    ['200', 200, true],
    ['200', 201, false],
    ['200,204', 204, true],
    ['200-299', 250, true],
    ['200-299', 300, false],
    ['200-299,304', 304, true],
    ['200 204', 204, true],
  ])('%j accepts %d: %s', (spec, status, ok) => {
    expect(statusMatches(parseStatusSpec('expect-status', spec), status)).toBe(ok);
  });
  it.each(['', 'ok', '20', '299-200', '99', '600', '200-', '2xx'])('rejects %j', (spec) => {
    expect(() => parseStatusSpec('expect-status', spec)).toThrow(/^Input 'expect-status': /);
  });
});

describe('isJsonSubset', () => {
  it.each([
    [{ status: 'healthy' }, { status: 'healthy', version: 'v1' }, true],
    [{ status: 'healthy' }, { status: 'unhealthy' }, false],
    [{ status: 'healthy' }, { state: 'healthy' }, false],
    [{ a: { b: 1 } }, { a: { b: 1, c: 2 } }, true],
    [{ a: { b: 1 } }, { a: { b: '1' } }, false],
    [{ a: [1, 2] }, { a: [1, 2, 3] }, true],
    [{ a: [2] }, { a: [1, 2] }, false],
    [{ a: null }, { a: null }, true],
    [{ a: null }, {}, false],
    [{}, { anything: true }, true],
    [{ a: 1 }, [1], false],
    ['x', 'x', true],
    [{ toString: 'x' }, {}, false],
  ])('%j ⊆ %j is %s', (expected, actual, result) => {
    expect(isJsonSubset(expected, actual)).toBe(result);
  });
});

describe('parseTargets', () => {
  it('reads URLs and METHOD URL lines', () => {
    expect(parseTargets('urls', 'http://a.test/health\nhead https://b.test/\n\n# skip\n')).toEqual([
      { method: 'GET', url: 'http://a.test/health' },
      { method: 'HEAD', url: 'https://b.test/' },
    ]);
  });
  it.each([
    ['', /at least one URL is required/],
    ['not a url', /expected a URL or "METHOD URL" per line, got "not a url"/],
    ['nope', /not a valid URL/],
    ['ftp://a.test/', /only http and https/],
    ['FETCH http://a.test/', /unknown method "FETCH"/],
    ['GET http://a.test/ extra', /expected a URL or "METHOD URL"/],
  ])('rejects %j', (raw, message) => {
    expect(() => parseTargets('urls', raw)).toThrow(message);
  });
});

describe('parseHeaders', () => {
  it('parses Name: value lines', () => {
    expect(parseHeaders('headers', 'Authorization: Bearer abc:def\nX-Trace:  1 ')).toEqual({
      Authorization: 'Bearer abc:def',
      'X-Trace': '1',
    });
  });
  it('never repeats a value in its error', () => {
    let message = '';
    try {
      parseHeaders('headers', 'Authorization Bearer s3cr3t-token');
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toBe(`Input 'headers': line 1 is not a "Name: value" header (value not shown)`);
    expect(message).not.toContain('s3cr3t');
  });
  it.each([
    [
      'X-A: a\rInjected: 1',
      `Input 'headers': line 1 holds a carriage return at position 7 (value not shown)`,
    ],
    [
      'X-A: a\u0001b',
      `Input 'headers': line 1 holds control character U+0001 at position 7 (value not shown)`,
    ],
    [
      'X-A: caf\u00e9 \u2603',
      `Input 'headers': line 1: the value of header X-A holds a character a header value cannot (value not shown)`,
    ],
  ])('refuses a value a request cannot carry, naming headers: %j', (raw, message) => {
    expect(() => parseHeaders('headers', raw)).toThrow(message);
  });
  it('keeps a tab and Latin-1 in a value, as HTTP allows', () => {
    expect(parseHeaders('headers', 'X-A: a\tcaf\u00e9')).toEqual({ 'X-A': 'a\tcaf\u00e9' });
  });
});

describe('parseSmokeOptions', () => {
  it('applies the defaults of action.yml', () => {
    const options = parseSmokeOptions({ urls: 'http://a.test/' });
    expect(options).toMatchObject({
      timeoutMs: 120_000,
      requestTimeoutMs: 5000,
      intervalMs: 1000,
      maxIntervalMs: 5000,
      concurrency: 4,
      consecutiveSuccesses: 1,
      insecure: false,
      expectJson: undefined,
      expectBody: undefined,
    });
    expect(options.expectStatus).toEqual([[200, 200]]);
  });
  it.each([
    [{ 'expect-json': '{bad' }, /^Input 'expect-json': is not valid JSON/],
    [{ 'expect-body': '(' }, /^Input 'expect-body': is not a valid regular expression/],
    [{ insecure: 'yes' }, /^Input 'insecure': expected true or false/],
    [{ concurrency: '0' }, /^Input 'concurrency': expected a whole number from 1 to 64/],
    [{ timeout: '0s' }, /^Input 'timeout': must be longer than 0s/],
    [{ interval: '10s', 'max-interval': '5s' }, /^Input 'max-interval': must be at least the interval/],
    [{ 'consecutive-successes': '101' }, /^Input 'consecutive-successes'/],
  ])('rejects %j', (extra, message) => {
    expect(() => parseSmokeOptions({ urls: 'http://a.test/', ...extra })).toThrow(message);
  });
});
