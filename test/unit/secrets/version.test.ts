import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  contentDigest,
  contentVersion,
  parseVersionMode,
  runVersion,
  secretVersion,
} from '../../../src/core/secrets/index.ts';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

describe('contentVersion', () => {
  it.each([
    [sha256(''), 'e3b0c44298fc'],
    ['ABCDEF0123456789'.repeat(4), 'abcdef012345'],
  ])('%s -> %s', (hex, version) => expect(contentVersion(hex)).toBe(version));

  it.each(['', 'abc', 'g'.repeat(64), 'a'.repeat(63), 'a'.repeat(65)])('rejects %j', (hex) => {
    expect(() => contentVersion(hex)).toThrow(/not a SHA-256/);
  });
});

describe('contentDigest', () => {
  it("is the value's SHA-256, as sha256sum prints it", () => {
    // printf 'hunter2' | sha256sum
    expect(contentDigest('hunter2')).toBe('f52fbd32b2b3b86ff88ef6c490628285f482af15ddcb29541f94bcf526a3f6c7');
    expect(contentDigest('v')).toBe(sha256('v'));
    expect(contentDigest('v')).not.toBe(contentDigest('w'));
  });
  it('takes bytes as well as text', () => {
    expect(contentDigest(new TextEncoder().encode('päss'))).toBe(contentDigest('päss'));
  });
});

describe('runVersion', () => {
  it.each([
    ['0123456789abcdef0123456789abcdef01234567', '2026-11-23T22:41:05.999Z', '0123456-20261123224105'],
    ['ABCDEF1', '2026-01-02T03:04:05Z', 'abcdef1-20260102030405'],
    ['abcdef1234', '2026-12-31T23:59:59+02:00', 'abcdef1-20261231215959'],
  ])('%s at %s -> %s', (sha, date, version) => expect(runVersion(sha, new Date(date))).toBe(version));

  it.each(['', 'abc', 'zzzzzzz', 'abcdef1-x'])('rejects sha %j', (sha) => {
    expect(() => runVersion(sha, new Date())).toThrow(/not a commit SHA/);
  });
  it('rejects an invalid date', () =>
    expect(() => runVersion('abcdef1', new Date('x'))).toThrow(/invalid date/));
});

describe('parseVersionMode', () => {
  it.each([
    ['', 'content'],
    ['content', 'content'],
    [' run\n', 'run'],
  ])('%j -> %s', (raw, mode) => expect(parseVersionMode('version', raw)).toBe(mode));
  it.each(['Run', 'sha', 'hash'])('rejects %j', (raw) => {
    expect(() => parseVersionMode('version', raw)).toThrow(/^Input 'version': expected content or run/);
  });
});

describe('secretVersion', () => {
  const run = { sha: 'abcdef1234567', date: new Date('2026-11-23T10:00:00Z') };
  it.each([
    ['content', contentVersion(contentDigest('pw'))],
    ['run', 'abcdef1-20261123100000'],
  ] as const)('%s', (mode, version) => {
    expect(secretVersion(mode, { stack: 'shop', name: 'DB', value: 'pw' }, run)).toBe(version);
  });
});
