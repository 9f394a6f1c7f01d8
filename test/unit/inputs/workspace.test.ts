import { describe, expect, it } from 'vitest';
import { parseBuildOptions } from '../../../src/core/build/options.ts';
import { checkLine, MAX_LINE_LENGTH, parseEnvMap, parseList } from '../../../src/core/inputs/parse.ts';
import { checkInJobFolders, isInside, isRemoteContext } from '../../../src/core/inputs/workspace.ts';

// The checks the bad-input corpus found missing: files kept to the job's folders, one-line values of
// bounded length, names where docker and the shell expect names.
describe('isInside (paths already resolved, links followed)', () => {
  it.each([
    ['/ws', '/ws', true],
    ['/ws', '/ws/a/b', true],
    ['/ws', '/ws/..a', true],
    ['/ws', '/ws2/a', false],
    ['/ws', '/', false],
    ['/ws', '/etc/shadow', false],
    ['/ws/sub', '/ws', false],
  ])('%s holds %s: %s', (root, target, inside) => {
    expect(isInside(root, target)).toBe(inside);
  });

  it('refuses a file outside every root, naming the input and the path as given', () => {
    expect(() => checkInJobFolders('secret-files', '../x', ['/ws', '/tmp/runner'], '/x')).toThrow(
      /^Input 'secret-files': "\.\.\/x" is outside the workspace and the runner temporary folder/,
    );
    expect(() => checkInJobFolders('file', 'k', ['/ws', '/tmp/runner'], '/tmp/runner/k')).not.toThrow();
  });

  it.each([
    ['https://github.com/acme/app.git#main', true],
    ['git@github.com:acme/app.git', true],
    ['.', false],
    ['./https:', false],
  ])('a remote build context: %s is %s', (context, remote) => {
    expect(isRemoteContext(context)).toBe(remote);
  });
});

describe('one-line values and names', () => {
  it('refuses a value past the longest line, without repeating it', () => {
    expect(checkLine('registry', 'r'.repeat(MAX_LINE_LENGTH))).toHaveLength(MAX_LINE_LENGTH);
    const error = (() => {
      try {
        checkLine('registry', 'r'.repeat(MAX_LINE_LENGTH + 1));
      } catch (e) {
        return (e as Error).message;
      }
    })();
    expect(error).toBe(
      `Input 'registry': is ${MAX_LINE_LENGTH + 1} characters long (value not shown); at most ${MAX_LINE_LENGTH} on one line`,
    );
    expect(() => parseList('db-repository', `a,${'b'.repeat(MAX_LINE_LENGTH + 1)}`)).toThrow(
      /^Input 'db-repository': item 2 is 8193 characters long/,
    );
  });

  it('takes variable names as env keys, and nothing else', () => {
    expect([...parseEnvMap('env', 'A=1\n_b2=x=y').entries()]).toEqual([
      ['A', '1'],
      ['_b2', 'x=y'],
    ]);
    expect(() => parseEnvMap('env', '1BAD=x')).toThrow(`Input 'env': "1BAD" is not a variable name`);
    expect(() => parseEnvMap('env', 'A-B=x')).toThrow("Input 'env'");
  });

  const build = (extra: Record<string, string>) => () =>
    parseBuildOptions({ image: 'r.example/app', ...extra });
  it.each([
    ['target', 'shop;id'],
    ['target', '../etc'],
    ['target', 'a'.repeat(129)],
    ['build-args', '1BAD=x'],
    ['build-args', 'A-B=x'],
    ['labels', '1BAD=x'],
    ['secrets', '1BAD=x'],
  ])('build refuses %s %s', (input, value) => {
    expect(build({ [input]: value })).toThrow(`Input '${input}'`);
  });

  it.each([
    ['target', 'prod-stage.v2'],
    ['build-args', 'NODE_VERSION=24'],
    ['labels', 'org.opencontainers.image.source=https://x'],
    ['secrets', 'npm_token=x'],
  ])('build takes %s %s', (input, value) => {
    expect(build({ [input]: value })).not.toThrow();
  });
});
