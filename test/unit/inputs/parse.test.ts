import { describe, expect, it } from 'vitest';
import { ConfigurationError } from '../../../src/core/errors.ts';
import {
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
    expect(parseLines('GET http://a/?x=1,2\n\n# note\n  POST http://b  \n')).toEqual([
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
