import { describe, expect, it, test } from 'vitest';
import {
  computeMetadata,
  type GitContext,
  gitContextFromEnv,
  normalizeImageName,
  sanitizeTag,
} from '../../../src/core/build/metadata.ts';

const SHA = '0123456789abcdef0123456789abcdef01234567';
const HEAD = 'fedcba9876543210fedcba9876543210fedcba98';
const now = new Date('2026-03-07T02:30:00Z');

const ctx = (ref: string, eventName = 'push', extra: Partial<GitContext> = {}): GitContext => ({
  ref,
  sha: SHA,
  eventName,
  now,
  sourceUrl: 'https://github.com/acme/shop',
  ...extra,
});

const tagsOf = (git: GitContext, tagLatest = false, extra: string[] = []) =>
  computeMetadata(git, { extra, tagLatest }, 'shop').tags;

describe('tags from the git context', () => {
  test.each<[string, GitContext, string[]]>([
    ['release', ctx('refs/tags/v1.2.3'), ['1.2.3', '1.2', '1', 'sha-0123456']],
    ['release without v', ctx('refs/tags/1.2.3'), ['1.2.3', '1.2', '1', 'sha-0123456']],
    ['release 0.x', ctx('refs/tags/v0.4.0'), ['0.4.0', '0.4', '0', 'sha-0123456']],
    ['release 10.20.30', ctx('refs/tags/v10.20.30'), ['10.20.30', '10.20', '10', 'sha-0123456']],
    ['pre-release rc', ctx('refs/tags/v2.0.0-rc.1'), ['2.0.0-rc.1', 'sha-0123456']],
    ['pre-release alpha', ctx('refs/tags/v1.0.0-alpha'), ['1.0.0-alpha', 'sha-0123456']],
    ['pre-release beta.2', ctx('refs/tags/v3.1.0-beta.2'), ['3.1.0-beta.2', 'sha-0123456']],
    [
      'build metadata',
      ctx('refs/tags/v1.2.3+build.5'),
      ['1.2.3-build.5', '1.2.3', '1.2', '1', 'sha-0123456'],
    ],
    ['pre-release + build', ctx('refs/tags/v2.0.0-rc.1+b7'), ['2.0.0-rc.1-b7', 'sha-0123456']],
    ['leading zero is not semver', ctx('refs/tags/v01.2.3'), ['v01.2.3', 'sha-0123456']],
    ['two-part version is not semver', ctx('refs/tags/v1.2'), ['v1.2', 'sha-0123456']],
    ['non-version tag', ctx('refs/tags/Release/2026-03'), ['release-2026-03', 'sha-0123456']],
    ['branch main', ctx('refs/heads/main'), ['main', 'sha-0123456']],
    [
      'branch with slashes and uppercase',
      ctx('refs/heads/Feature/Login-Page'),
      ['feature-login-page', 'sha-0123456'],
    ],
    ['branch with invalid chars', ctx('refs/heads/fix/issue#42@home'), ['fix-issue-42-home', 'sha-0123456']],
    ['branch with leading dot and dash', ctx('refs/heads/.-hidden'), ['hidden', 'sha-0123456']],
    ['branch of only invalid chars', ctx('refs/heads/@@@'), ['sha-0123456']],
    ['very long branch', ctx(`refs/heads/${'a'.repeat(200)}`), ['a'.repeat(128), 'sha-0123456']],
    ['branch releases/v1', ctx('refs/heads/releases/v1'), ['releases-v1', 'sha-0123456']],
    ['branch with underscores', ctx('refs/heads/my_branch'), ['my_branch', 'sha-0123456']],
    [
      'pull request uses the head sha',
      ctx('refs/pull/7/merge', 'pull_request', { pullRequest: { number: 7, headSha: HEAD } }),
      ['pr-7', 'sha-fedcba9'],
    ],
    [
      'pull_request_target',
      ctx('refs/heads/main', 'pull_request_target', { pullRequest: { number: 12, headSha: HEAD } }),
      ['pr-12', 'sha-fedcba9'],
    ],
    ['pull request without payload', ctx('refs/pull/9/merge', 'pull_request'), ['pr-9', 'sha-0123456']],
    ['schedule', ctx('refs/heads/main', 'schedule'), ['schedule-20260307', 'sha-0123456']],
    [
      'schedule just before midnight UTC',
      ctx('refs/heads/main', 'schedule', { now: new Date('2026-12-31T23:59:59Z') }),
      ['schedule-20261231', 'sha-0123456'],
    ],
    [
      'workflow_dispatch on a branch',
      ctx('refs/heads/develop', 'workflow_dispatch'),
      ['develop', 'sha-0123456'],
    ],
    [
      'workflow_dispatch on a tag',
      ctx('refs/tags/v4.5.6', 'workflow_dispatch'),
      ['4.5.6', '4.5', '4', 'sha-0123456'],
    ],
    ['release event', ctx('refs/tags/v1.0.1', 'release'), ['1.0.1', '1.0', '1', 'sha-0123456']],
    ['empty ref', ctx(''), ['sha-0123456']],
    ['unknown ref', ctx('refs/remotes/origin/x'), ['sha-0123456']],
    [
      'merge_group ref',
      ctx('refs/heads/gh-readonly-queue/main/pr-1-abc', 'merge_group'),
      ['gh-readonly-queue-main-pr-1-abc', 'sha-0123456'],
    ],
  ])('%s', (_name, git, expected) => {
    expect(tagsOf(git)).toEqual(expected);
  });

  test.each<[string, string, string[]]>([
    ['stable release', 'refs/tags/v1.2.3', ['1.2.3', '1.2', '1', 'sha-0123456', 'latest']],
    ['pre-release: no latest', 'refs/tags/v2.0.0-rc.1', ['2.0.0-rc.1', 'sha-0123456']],
    ['branch: no latest', 'refs/heads/main', ['main', 'sha-0123456']],
  ])('tag-latest: %s', (_name, ref, expected) => {
    expect(tagsOf(ctx(ref), true)).toEqual(expected);
  });

  it('adds extra tags last and drops duplicates', () => {
    expect(tagsOf(ctx('refs/tags/v1.2.3'), false, ['stable', '1.2'])).toEqual([
      '1.2.3',
      '1.2',
      '1',
      'sha-0123456',
      'stable',
    ]);
  });

  it('rejects a SHA that is not hex', () => {
    expect(() => tagsOf({ ...ctx('refs/heads/main'), sha: 'nope' })).toThrow(/GITHUB_SHA/);
  });
});

describe('OCI labels', () => {
  it('labels a release', () => {
    const meta = computeMetadata(
      ctx('refs/tags/v1.2.3+build.5', 'push', { licenses: 'MIT' }),
      { extra: [], tagLatest: false },
      'shop',
    );
    expect(meta.labels).toEqual({
      'org.opencontainers.image.created': '2026-03-07T02:30:00.000Z',
      'org.opencontainers.image.licenses': 'MIT',
      'org.opencontainers.image.revision': SHA,
      'org.opencontainers.image.source': 'https://github.com/acme/shop',
      'org.opencontainers.image.title': 'shop',
      'org.opencontainers.image.version': '1.2.3+build.5',
    });
  });
  it('labels a pull request with its head commit', () => {
    const meta = computeMetadata(
      ctx('refs/pull/7/merge', 'pull_request', { pullRequest: { number: 7, headSha: HEAD } }),
      { extra: [], tagLatest: false },
      'shop',
    );
    expect(meta.revision).toBe(HEAD);
    expect(meta.labels['org.opencontainers.image.version']).toBe('pr-7');
  });
  it('falls back to the sha tag as version', () => {
    const meta = computeMetadata(ctx(''), { extra: [], tagLatest: false }, 'shop');
    expect(meta.version).toBe('sha-0123456');
  });
});

describe('gitContextFromEnv', () => {
  it('reads the env and the pull_request payload', () => {
    expect(
      gitContextFromEnv(
        {
          GITHUB_REF: 'refs/pull/3/merge',
          GITHUB_SHA: SHA,
          GITHUB_EVENT_NAME: 'pull_request',
          GITHUB_SERVER_URL: 'https://github.com',
          GITHUB_REPOSITORY: 'acme/shop',
        },
        {
          pull_request: { number: 3, head: { sha: HEAD } },
          repository: { license: { spdx_id: 'Apache-2.0' } },
        },
        now,
      ),
    ).toEqual({
      ref: 'refs/pull/3/merge',
      sha: SHA,
      eventName: 'pull_request',
      now,
      pullRequest: { number: 3, headSha: HEAD },
      sourceUrl: 'https://github.com/acme/shop',
      licenses: 'Apache-2.0',
    });
  });
});

describe('sanitizeTag and image names', () => {
  test.each([
    ['Feature/X', 'feature-x'],
    ['-lead', 'lead'],
    ['a..b', 'a..b'],
    ['trailing-', 'trailing'],
    ['ünïcode', 'n-code'],
  ])('sanitizeTag(%j) = %j', (input, expected) => {
    expect(sanitizeTag(input)).toBe(expected);
  });

  test.each([
    ['Acme/Shop', 'acme/shop'],
    ['GHCR.io/Acme/Shop', 'GHCR.io/acme/shop'],
    ['127.0.0.1:5000/gantry/app', '127.0.0.1:5000/gantry/app'],
    ['localhost/app', 'localhost/app'],
    ['shop', 'shop'],
  ])('normalizeImageName(%j) = %j', (input, expected) => {
    expect(normalizeImageName('image', input)).toBe(expected);
  });

  test.each([
    ['acme/shop:1.0', /without a tag or digest/],
    ['acme/shop@sha256:abc', /without a tag or digest/],
    ['acme//shop', /not a valid image name/],
    ['acme/-shop', /not a valid image name/],
    ['acme/sh op', /not a valid image name/],
  ])('rejects %j', (input, message) => {
    expect(() => normalizeImageName('image', input)).toThrow(message);
    expect(() => normalizeImageName('image', input)).toThrow(/^Input 'image'/);
  });
});
