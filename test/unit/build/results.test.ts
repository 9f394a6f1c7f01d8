import { describe, expect, it, test } from 'vitest';
import {
  backoffMs,
  digestFromBuildxMetadata,
  digestFromPushOutput,
  digestFromRepoDigest,
  isRetryablePushError,
} from '../../../src/core/build/results.ts';

const D = `sha256:${'c'.repeat(64)}`;

describe('digest parsers', () => {
  it('reads docker push output (docker 20.10)', () => {
    const out = `The push refers to repository [127.0.0.1:5000/gantry/app]\n5f70bf18a086: Pushed\n1.2.3: digest: ${D} size: 739`;
    expect(digestFromPushOutput(out)).toBe(D);
    expect(digestFromPushOutput('nothing')).toBeUndefined();
  });
  it('reads RepoDigests', () => {
    expect(digestFromRepoDigest(`127.0.0.1:5000/gantry/app@${D}\n`)).toBe(D);
  });
  it('reads buildx metadata', () => {
    expect(digestFromBuildxMetadata(JSON.stringify({ 'containerimage.digest': D, 'image.name': 'x' }))).toBe(
      D,
    );
    expect(digestFromBuildxMetadata('{}')).toBeUndefined();
    expect(digestFromBuildxMetadata('not json')).toBeUndefined();
  });
});

describe('push retries', () => {
  test.each<[string, boolean]>([
    ['received unexpected HTTP status: 503 Service Unavailable', true],
    ['toomanyrequests: You have reached your pull rate limit', true],
    ['429 Too Many Requests', true],
    ['received unexpected HTTP status: 502 Bad Gateway', true],
    ['Put "https://r/v2/x/blobs/uploads/": read tcp: connection reset by peer', true],
    ['unexpected EOF', true],
    // docker 20.10 when the registry closed the connection on a manifest PUT (seen through a resetting proxy)
    ['Put "http://127.0.0.1:18346/v2/fault2/app/manifests/main": EOF', true],
    ['write tcp 127.0.0.1:4242->127.0.0.1:5000: write: broken pipe', true],
    ['failed to read EOF marker in Dockerfile', false],
    ['unauthorized: authentication required', false],
    ['denied: requested access to the resource is denied', false],
    ['name unknown: repository name not known to registry (NAME_UNKNOWN)', false],
    ['Dockerfile parse error line 3', false],
  ])('%s → %s', (text, expected) => {
    expect(isRetryablePushError(text)).toBe(expected);
  });
  it('backs off exponentially with a cap', () => {
    expect([1, 2, 3, 4, 5, 6].map((n) => backoffMs(n))).toEqual([2000, 4000, 8000, 16000, 30000, 30000]);
  });
});
