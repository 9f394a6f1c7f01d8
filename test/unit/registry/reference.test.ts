import { describe, expect, it } from 'vitest';
import {
  checkImageReference,
  checkRegistryHost,
  type ImageReference,
  isLoopbackHost,
  manifestUrl,
  normalizePinnedImage,
  parseImageReference,
} from '../../../src/core/registry/reference.ts';

const D = `sha256:${'a'.repeat(64)}`;

describe('parseImageReference', () => {
  it.each<[string, Omit<ImageReference, never>]>([
    [
      'nginx',
      {
        registry: 'docker.io',
        apiHost: 'registry-1.docker.io',
        repository: 'library/nginx',
        reference: 'latest',
      },
    ],
    [
      'nginx:1.27',
      {
        registry: 'docker.io',
        apiHost: 'registry-1.docker.io',
        repository: 'library/nginx',
        reference: '1.27',
      },
    ],
    [
      'grafana/grafana:11.0.0',
      {
        registry: 'docker.io',
        apiHost: 'registry-1.docker.io',
        repository: 'grafana/grafana',
        reference: '11.0.0',
      },
    ],
    [
      'docker.io/nginx:1',
      { registry: 'docker.io', apiHost: 'registry-1.docker.io', repository: 'library/nginx', reference: '1' },
    ],
    [
      'index.docker.io/acme/api:v2',
      { registry: 'docker.io', apiHost: 'registry-1.docker.io', repository: 'acme/api', reference: 'v2' },
    ],
    [
      'ghcr.io/acme/shop/api:v1.4.2',
      { registry: 'ghcr.io', apiHost: 'ghcr.io', repository: 'acme/shop/api', reference: 'v1.4.2' },
    ],
    [
      '127.0.0.1:5000/gantry/app:v1',
      { registry: '127.0.0.1:5000', apiHost: '127.0.0.1:5000', repository: 'gantry/app', reference: 'v1' },
    ],
    [
      '127.0.0.1:5000/gantry/app',
      {
        registry: '127.0.0.1:5000',
        apiHost: '127.0.0.1:5000',
        repository: 'gantry/app',
        reference: 'latest',
      },
    ],
    [
      'localhost/app:dev',
      { registry: 'localhost', apiHost: 'localhost', repository: 'app', reference: 'dev' },
    ],
    [
      '[::1]:5000/app:x_1',
      { registry: '[::1]:5000', apiHost: '[::1]:5000', repository: 'app', reference: 'x_1' },
    ],
    [
      `ghcr.io/acme/api@${D}`,
      { registry: 'ghcr.io', apiHost: 'ghcr.io', repository: 'acme/api', reference: D },
    ],
    [
      `ghcr.io/acme/api:v1@${D}`,
      { registry: 'ghcr.io', apiHost: 'ghcr.io', repository: 'acme/api', reference: D },
    ],
  ])('%s', (raw, expected) => {
    expect(parseImageReference(raw)).toEqual(expected);
  });

  it.each([
    ['ghcr.io/acme/api:bad/tag', /is not a valid repository name/],
    ['ghcr.io/acme/api:-x', /"-x" is not a valid tag/],
    ['ghcr.io/acme/API:v1', /"acme\/API" is not a valid repository name/],
    ['ghcr.io/acme/api@sha256:abc', /expected a sha256:<64 hex> digest/],
    ['ghcr.io/:v1', /"" is not a valid repository name/],
    ['--input=/etc/passwd', /"--input=\/etc\/passwd" is not a valid repository name/],
    ['ho/app:1 --debug', /"1 --debug" is not a valid tag/],
    ['UPPER/case:tag', /"UPPER\/case" is not a valid repository name/],
    ['a@sha256:zz', /expected a sha256:<64 hex> digest/],
    ['-x.io/app:1', /"-x.io" is not a valid registry host/],
    ['reg.io:0/app:1', /"reg.io:0" is not a valid registry host/],
    ['reg.io:70000/app:1', /"reg.io:70000" is not a valid registry host/],
    ['app:1\n::notice::x', /is not a valid repository name/],
  ])('%j is an error message', (raw, message) => {
    expect(parseImageReference(raw)).toMatch(message);
  });
});

describe('checkImageReference, checkRegistryHost, normalizePinnedImage: refusals name the input', () => {
  it('checkImageReference returns the reference trimmed, or names the input', () => {
    expect(checkImageReference('image', ' ghcr.io/acme/api:1 ')).toBe('ghcr.io/acme/api:1');
    expect(() => checkImageReference('image', '--input=/etc/passwd')).toThrow(
      /^Input 'image': expected an image reference such as registry.example\/app:1.2.3/,
    );
    expect(() => checkImageReference('--image', 'a@sha256:zz')).toThrow(/^Option '--image': /);
  });
  it.each(['ghcr.io', '127.0.0.1:5000', 'localhost:5000', '[::1]:5000', 'registry-1.docker.io'])(
    'checkRegistryHost accepts %s',
    (host) => expect(checkRegistryHost('registry', host)).toBe(host),
  );
  it.each(['-x', '--debug', 'a_b.io', 'ghcr.io:0', 'ghcr.io/acme', 'a b'])(
    'checkRegistryHost refuses %j',
    (host) => {
      expect(() => checkRegistryHost('registry', host)).toThrow(
        /^Input 'registry': expected a registry host/,
      );
    },
  );
  it.each([
    [`ghcr.io/Acme/Shop@${D}`, `ghcr.io/acme/shop@${D}`],
    [`Acme/Shop@${D}`, `acme/shop@${D}`],
    [`127.0.0.1:5000/gantry/app:v1@${D}`, `127.0.0.1:5000/gantry/app:v1@${D}`],
    [`REG.example:5000/App@${D}`, `REG.example:5000/app@${D}`],
  ])('normalizePinnedImage lower-cases the repository of %s (as the build action does)', (raw, expected) => {
    expect(normalizePinnedImage('images', raw)).toBe(expected);
  });
  it.each([`ghcr.io/acme/app:1`, `-x/app@${D}`, `ghcr.io/acme/app@sha256:${'A'.repeat(64)}`])(
    'normalizePinnedImage refuses %s naming the input',
    (raw) =>
      expect(() => normalizePinnedImage('images', raw)).toThrow(/^Input 'images': expected image@sha256/),
  );
});

describe('isLoopbackHost', () => {
  it.each([
    ['127.0.0.1:5000', true],
    ['127.0.0.1', true],
    ['127.10.0.3:80', true],
    ['localhost:5000', true],
    ['LOCALHOST', true],
    ['[::1]:5000', true],
    ['ghcr.io', false],
    ['registry-1.docker.io', false],
    ['10.0.0.1:5000', false],
    ['127.0.0.1.example.com', false],
    ['localhost.example.com:5000', false],
  ])('%s -> %s', (host, loopback) => {
    expect(isLoopbackHost(host)).toBe(loopback);
  });
});

describe('manifestUrl', () => {
  it.each([
    ['127.0.0.1:5000/gantry/app:v1', 'http://127.0.0.1:5000/v2/gantry/app/manifests/v1'],
    ['nginx:1.27', 'https://registry-1.docker.io/v2/library/nginx/manifests/1.27'],
    ['ghcr.io/acme/api:v1', 'https://ghcr.io/v2/acme/api/manifests/v1'],
    [`ghcr.io/acme/api@${D}`, `https://ghcr.io/v2/acme/api/manifests/${D}`],
  ])('%s -> %s', (raw, url) => {
    expect(manifestUrl(parseImageReference(raw) as ImageReference)).toBe(url);
  });
});
