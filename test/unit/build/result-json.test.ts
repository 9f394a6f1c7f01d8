import { describe, expect, it } from 'vitest';
import { buildResultJson } from '../../../src/core/build/result-json.ts';

const D = `sha256:${'d'.repeat(64)}`;
const meta = {
  tags: ['1.2.3', '1.2'],
  version: '1.2.3',
  revision: 'abc123',
  labels: { 'org.opencontainers.image.version': '1.2.3', 'org.opencontainers.image.title': 'shop' },
};

describe('buildResultJson (the action output and `gantry build --json`)', () => {
  it('puts the user labels over the computed ones, as the build argv does', () => {
    const json = buildResultJson(
      {
        mode: 'build',
        images: ['127.0.0.1:5000/acme/shop'],
        labels: new Map([
          ['org.opencontainers.image.title', 'Shop API'],
          ['team', 'payments'],
        ]),
        platforms: ['linux/amd64', 'linux/arm64'],
        push: true,
      },
      meta,
      {
        builder: 'buildx',
        digest: D,
        refs: ['127.0.0.1:5000/acme/shop:1.2.3'],
        metadata: { 'containerimage.digest': D },
      },
    );
    expect(json).toEqual({
      mode: 'build',
      builder: 'buildx',
      images: ['127.0.0.1:5000/acme/shop'],
      tags: ['1.2.3', '1.2'],
      refs: ['127.0.0.1:5000/acme/shop:1.2.3'],
      version: '1.2.3',
      revision: 'abc123',
      labels: {
        'org.opencontainers.image.version': '1.2.3',
        'org.opencontainers.image.title': 'Shop API',
        team: 'payments',
      },
      platforms: ['linux/amd64', 'linux/arm64'],
      pushed: true,
      digest: D,
      buildx: { 'containerimage.digest': D },
    });
  });

  it('says null, not undefined, for the digest of a build that pushed nothing', () => {
    const json = buildResultJson(
      { mode: 'build', images: ['shop'], labels: new Map(), platforms: [], push: false },
      meta,
      { builder: 'docker build', digest: undefined, refs: ['shop:1.2.3'], metadata: {} },
    );
    expect(json.digest).toBeNull();
    expect(JSON.parse(JSON.stringify(json))).toHaveProperty('digest', null);
    expect(json.pushed).toBe(false);
  });
});
