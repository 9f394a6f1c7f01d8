import { describe, expect, it, test } from 'vitest';
import { type DockerAuth, dockerAuthFor, parseHelperAnswer } from '../../../src/core/registry/docker-auth.ts';

const b64 = (text: string) => Buffer.from(text).toString('base64');

describe('dockerAuthFor: what a docker config holds for a registry', () => {
  test.each<[string, unknown, string, DockerAuth | undefined]>([
    [
      'auths by host',
      { auths: { 'ghcr.io': { auth: b64('octo:s3cret:x') } } },
      'ghcr.io',
      { kind: 'basic', username: 'octo', password: 's3cret:x' },
    ],
    [
      'auths by URL',
      { auths: { 'https://127.0.0.1:5000': { auth: b64('ci:pw') } } },
      '127.0.0.1:5000',
      { kind: 'basic', username: 'ci', password: 'pw' },
    ],
    [
      'Docker Hub’s v1 key',
      { auths: { 'https://index.docker.io/v1/': { auth: b64('me:pw') } } },
      'docker.io',
      { kind: 'basic', username: 'me', password: 'pw' },
    ],
    [
      'username and password fields',
      { auths: { 'ghcr.io': { username: 'u', password: 'p' } } },
      'ghcr.io',
      { kind: 'basic', username: 'u', password: 'p' },
    ],
    ['another registry only', { auths: { 'ghcr.io': { auth: b64('u:p') } } }, 'quay.io', undefined],
    ['an empty entry (the store holds it)', { auths: { 'ghcr.io': {} } }, 'ghcr.io', undefined],
    ['no config at all', {}, 'ghcr.io', undefined],
    [
      'a helper for the host',
      { credHelpers: { 'ghcr.io': 'gh' }, auths: { 'ghcr.io': { auth: b64('u:p') } } },
      'ghcr.io',
      { kind: 'helper', helper: 'gh', serverUrl: 'ghcr.io' },
    ],
    [
      'the store before the file, as docker reads it',
      { credsStore: 'pass', auths: { 'ghcr.io': { auth: b64('u:p') } } },
      'ghcr.io',
      { kind: 'helper', helper: 'pass', serverUrl: 'ghcr.io' },
    ],
    [
      'the store for Docker Hub',
      { credsStore: 'desktop' },
      'docker.io',
      { kind: 'helper', helper: 'desktop', serverUrl: 'https://index.docker.io/v1/' },
    ],
    [
      'an identity token',
      { auths: { 'ghcr.io': { auth: b64('u:p'), identitytoken: 't' } } },
      'ghcr.io',
      { kind: 'unsupported', why: 'the docker login for ghcr.io is an identity token' },
    ],
  ])('%s', (_name, config, registry, expected) => {
    expect(dockerAuthFor(JSON.stringify(config), registry)).toEqual(expected);
  });

  it('a config that is not JSON says so', () => {
    expect(dockerAuthFor('{', 'ghcr.io')).toEqual({
      kind: 'unsupported',
      why: 'the docker config is not JSON',
    });
  });
});

describe('parseHelperAnswer', () => {
  it('reads Username and Secret; refuses an identity token or no JSON', () => {
    expect(parseHelperAnswer('{"ServerURL":"ghcr.io","Username":"u","Secret":"s"}')).toEqual({
      username: 'u',
      password: 's',
    });
    expect(parseHelperAnswer('{"Username":"<token>","Secret":"s"}')).toBe('holds an identity token');
    expect(parseHelperAnswer('credentials not found')).toBe('answered no JSON');
  });
});
