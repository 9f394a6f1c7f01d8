import { describe, expect, it } from 'vitest';
import { type Challenge, parseWwwAuthenticate, tokenUrl } from '../../../src/core/registry/challenge.ts';

describe('parseWwwAuthenticate', () => {
  it.each<[string, Challenge[]]>([
    ['Basic realm="gantry-sandbox"', [{ scheme: 'basic', params: { realm: 'gantry-sandbox' } }]],
    [
      'Bearer realm="https://ghcr.io/token",service="ghcr.io",scope="repository:acme/api:pull"',
      [
        {
          scheme: 'bearer',
          params: { realm: 'https://ghcr.io/token', service: 'ghcr.io', scope: 'repository:acme/api:pull' },
        },
      ],
    ],
    [
      // Docker Hub's shape; parameter names are case-insensitive, spaces after commas allowed.
      'Bearer Realm="https://auth.docker.io/token", Service="registry.docker.io", scope="repository:library/nginx:pull,push"',
      [
        {
          scheme: 'bearer',
          params: {
            realm: 'https://auth.docker.io/token',
            service: 'registry.docker.io',
            scope: 'repository:library/nginx:pull,push',
          },
        },
      ],
    ],
    ['bearer realm=https://x.test/t', [{ scheme: 'bearer', params: { realm: 'https://x.test/t' } }]],
    ['Basic realm="a \\"quoted\\" realm"', [{ scheme: 'basic', params: { realm: 'a "quoted" realm' } }]],
    [
      'Basic realm="r1", Bearer realm="https://t.test/token",service="s"',
      [
        { scheme: 'basic', params: { realm: 'r1' } },
        { scheme: 'bearer', params: { realm: 'https://t.test/token', service: 's' } },
      ],
    ],
    ['Bearer', [{ scheme: 'bearer', params: {} }]],
    ['', []],
  ])('%s', (header, expected) => {
    expect(parseWwwAuthenticate(header)).toEqual(expected);
  });
});

describe('tokenUrl', () => {
  it.each<[Challenge, string | undefined]>([
    [
      {
        scheme: 'bearer',
        params: { realm: 'https://ghcr.io/token', service: 'ghcr.io', scope: 'repository:acme/api:pull' },
      },
      'https://ghcr.io/token?service=ghcr.io&scope=repository%3Aacme%2Fapi%3Apull',
    ],
    // No scope in the challenge: pull on the repository.
    [
      { scheme: 'bearer', params: { realm: 'https://auth.docker.io/token', service: 'registry.docker.io' } },
      'https://auth.docker.io/token?service=registry.docker.io&scope=repository%3Alibrary%2Fnginx%3Apull',
    ],
    // A realm with a query keeps it.
    [
      { scheme: 'bearer', params: { realm: 'https://t.test/token?client=x' } },
      'https://t.test/token?client=x&scope=repository%3Alibrary%2Fnginx%3Apull',
    ],
    [{ scheme: 'bearer', params: {} }, undefined],
    [{ scheme: 'bearer', params: { realm: 'not a url' } }, undefined],
    [{ scheme: 'bearer', params: { realm: 'file:///etc/passwd' } }, undefined],
  ])('%j', (challenge, url) => {
    expect(tokenUrl(challenge, 'library/nginx')).toBe(url);
  });
});
