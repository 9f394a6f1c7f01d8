import { describe, expect, it } from 'vitest';
import { ConfigurationError } from '../../../src/core/errors.ts';
import {
  checkLine,
  checkText,
  parseBoolean,
  parseDuration,
  parseInteger,
  parseLines,
  parseList,
  parseMap,
} from '../../../src/core/inputs/parse.ts';

describe('parseList', () => {
  it.each([
    ['', []],
    ['a', ['a']],
    ['a,b', ['a', 'b']],
    ['a\nb\n', ['a', 'b']],
    ['a, b ,\n c', ['a', 'b', 'c']],
    ['"a,b",c', ['a,b', 'c']],
    ["'x y', z", ['x y', 'z']],
    ['"", a', ['', 'a']],
    ['a\r\nb', ['a', 'b']],
    [' "with \'inner\' quotes" ', ["with 'inner' quotes"]],
  ])('%j -> %j', (raw, expected) => {
    expect(parseList('tags', raw)).toEqual(expected);
  });

  it.each([
    ['"open', /unterminated " quote/],
    ['ab"c"', /a quote may only open an item/],
    ['"a"b', /unexpected text after a closing quote/],
  ])('rejects %j naming the input', (raw, message) => {
    expect(() => parseList('tags', raw)).toThrow(ConfigurationError);
    expect(() => parseList('tags', raw)).toThrow(message);
    expect(() => parseList('tags', raw)).toThrow(/^Input 'tags': /);
  });
});

describe('parseLines', () => {
  it('keeps commas, drops blanks and comments', () => {
    expect(parseLines('urls', 'GET http://a/?x=1,2\n\n# note\n  POST http://b  \n')).toEqual([
      'GET http://a/?x=1,2',
      'POST http://b',
    ]);
  });
});

describe('parseBoolean', () => {
  it.each([
    ['true', true],
    ['false', false],
    [' true\n', true],
  ])('%j -> %s', (raw, expected) => expect(parseBoolean('insecure', raw)).toBe(expected));

  it.each(['True', 'yes', '1', 'flase', ''])('rejects %j', (raw) => {
    expect(() => parseBoolean('insecure', raw)).toThrow(
      `Input 'insecure': expected true or false, got ${JSON.stringify(raw)}`,
    );
  });
});

describe('parseDuration', () => {
  it.each([
    ['90s', 90_000],
    ['5m', 300_000],
    ['1h', 3_600_000],
    ['500ms', 500],
    ['1m30s', 90_000],
    ['1.5s', 1500],
    ['30', 30_000],
    [' 2m ', 120_000],
  ])('%j -> %d ms', (raw, ms) => expect(parseDuration('timeout', raw)).toBe(ms));

  it.each(['', 'abc', '5 m', '5min', '-1s', 's', '1d', '10s5'])('rejects %j', (raw) => {
    expect(() => parseDuration('timeout', raw)).toThrow(/^Input 'timeout': expected a duration/);
  });
});

describe('parseInteger', () => {
  it.each([
    ['3', {}, 3],
    [' 10 ', { min: 1, max: 10 }, 10],
    ['-2', {}, -2],
  ])('%j within %j -> %d', (raw, bounds, expected) =>
    expect(parseInteger('keep', raw, bounds)).toBe(expected),
  );

  it.each([
    ['0', { min: 1 }, /from 1 to/],
    ['11', { max: 10 }, /to 10, got 11/],
    ['2.5', {}, /expected a whole number, got "2.5"/],
    ['three', {}, /expected a whole number/],
  ])('rejects %j within %j', (raw, bounds, message) => {
    expect(() => parseInteger('keep', raw, bounds)).toThrow(message);
  });
});

describe('parseMap', () => {
  it('parses KEY=value lines, keeping = in values', () => {
    expect([...parseMap('env', 'A=1\nB = x=y\n\n# c\nC=')]).toEqual([
      ['A', '1'],
      ['B', ' x=y'],
      ['C', ''],
    ]);
  });
  it.each([
    ['novalue', /expected KEY=value lines/],
    ['=x', /expected KEY=value lines/],
    ['A=1\nA=2', /key A is given twice/],
  ])('rejects %j', (raw, message) => expect(() => parseMap('env', raw)).toThrow(message));
});

describe('control characters', () => {
  it.each([
    ['a\u0007', 'control character U+0007 at position 2'],
    ['a\nb', 'a newline at position 2'],
    ['a\rb', 'a carriage return at position 2'],
    ['a\tb', 'control character U+0009 at position 2'],
    ['a\u2028b', 'control character U+2028 at position 2'],
    ['a\u0085b', 'control character U+0085 at position 2'],
  ])('checkLine refuses %j naming the input, never the value', (raw, where) => {
    expect(() => checkLine('image', raw)).toThrow(
      `Input 'image': holds ${where} (value not shown); expected one line of printable text`,
    );
  });
  it('checkLine trims, so a YAML block scalar with its final newline is one line', () => {
    expect(checkLine('image', '  app:1\n')).toBe('app:1');
  });
  it('checkText keeps tabs and line breaks, refuses other controls', () => {
    expect(checkText('ssh-key', 'a\r\n\tb\n')).toBe('a\r\n\tb\n');
    expect(() => checkText('ssh-key', 'a\n\u001b[31m')).toThrow(
      "Input 'ssh-key': holds control character U+001B at position 3 (value not shown)",
    );
  });
  it('a list item, a line and a KEY=value line are each checked where they are', () => {
    expect(() => parseList('tags', 'v1, v2\u0001')).toThrow(
      "Input 'tags': item 2 holds control character U+0001",
    );
    expect(() => parseLines('urls', 'http://a/\nhttp://b/\u0000')).toThrow(
      "Input 'urls': line 2 holds control character U+0000",
    );
    expect(parseLines('urls', 'GET\thttp://a/')).toEqual(['GET\thttp://a/']);
    expect(() => parseMap('secrets', 'A=b\u001b')).toThrow(
      "Input 'secrets': line 1 holds control character U+001B",
    );
  });
  it('a KEY=value line without = is refused without repeating it (it may be a secret)', () => {
    let message = '';
    try {
      parseMap('secrets', 'A=1\nhunter2-secret-value');
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toBe(
      "Input 'secrets': expected KEY=value lines, but line 2 has no = (line not shown: it may hold a secret)",
    );
  });
});
