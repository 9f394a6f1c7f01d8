import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/core/config/load.ts';

const load = (target: string) =>
  loadConfig(
    [
      'image: registry.example.com/shop/api',
      'targets:',
      '  prod:',
      '    kubernetes:',
      '      namespace: shop',
      '      manifests: [k8s/app.yml]',
      ...target.split('\n').map((l) => `      ${l}`),
      '',
    ].join('\n'),
    { file: 'gantry.yml', baseDir: '/project', env: {} },
  ).targets.prod;

const settings = (target: string) => {
  const t = load(target);
  return t?.kind === 'kubernetes' ? { blueGreen: t.blueGreen, canary: t.canary } : 'not kubernetes';
};

describe('gantry.yml strategy keys (Kubernetes)', () => {
  it('is rolling by default, with neither blue-green nor canary settings', () => {
    expect(settings('')).toEqual({ blueGreen: undefined, canary: undefined });
    expect(settings('strategy: rolling')).toEqual({ blueGreen: undefined, canary: undefined });
  });

  it('reads blue-green with its defaults (keep-previous 10m, no preview URLs)', () => {
    expect(settings('strategy: blue-green\nservice: web')).toEqual({
      blueGreen: { service: 'web', previewUrls: [], keepPreviousMs: 600_000 },
      canary: undefined,
    });
  });

  it('reads preview-urls and keep-previous', () => {
    expect(
      settings(
        'strategy: blue-green\nservice: web\npreview-urls: ["http://10.0.0.5/health"]\nkeep-previous: 0',
      ),
    ).toEqual({
      blueGreen: { service: 'web', previewUrls: ['http://10.0.0.5/health'], keepPreviousMs: 0 },
      canary: undefined,
    });
  });

  const smoke = 'smoke: { urls: ["http://10.96.0.10/health"] }';

  it('reads canary with its defaults (weight 20, 60s), a Service, and canary-duration: manual', () => {
    expect(settings(`strategy: canary\n${smoke}`)).toEqual({
      blueGreen: undefined,
      canary: { service: undefined, weightPercent: 20, durationMs: 60_000 },
    });
    expect(
      settings(`strategy: canary\nservice: web\ncanary-weight: 25\ncanary-duration: 90s\n${smoke}`),
    ).toEqual({ blueGreen: undefined, canary: { service: 'web', weightPercent: 25, durationMs: 90_000 } });
    expect(settings(`strategy: canary\ncanary-duration: manual\n${smoke}`)).toEqual({
      blueGreen: undefined,
      canary: { service: undefined, weightPercent: 20, durationMs: 'manual' },
    });
  });

  it.each([
    [
      'strategy: bluegreen',
      'targets.prod.kubernetes.strategy: expected rolling, blue-green or canary, got "bluegreen"',
    ],
    [
      'strategy: blue-green',
      'gantry.yml:5:7: targets.prod.kubernetes.service: is required with strategy: blue-green',
    ],
    [
      'strategy: blue-green\nservice: Web_1',
      'targets.prod.kubernetes.service: "Web_1" is not a valid Service name',
    ],
    [
      'service: web',
      'gantry.yml:7:7: targets.prod.kubernetes.service: is for strategy: blue-green or canary',
    ],
    ['keep-previous: 5m', 'targets.prod.kubernetes.keep-previous: is for strategy: blue-green'],
    ['preview-urls: [http://x/]', 'targets.prod.kubernetes.preview-urls: is for strategy: blue-green'],
    ['canary-weight: 20', 'targets.prod.kubernetes.canary-weight: is for strategy: canary'],
    [
      'strategy: blue-green\nservice: web\ncanary-duration: 1m',
      'targets.prod.kubernetes.canary-duration: is for strategy: canary',
    ],
    [
      'strategy: blue-green\nservice: web\nkeep-previous: soon',
      'targets.prod.kubernetes.keep-previous: expected a duration',
    ],
    [
      'strategy: blue-green\nservice: web\npreview-urls: ["ftp://x/"]',
      'targets.prod.kubernetes.preview-urls: expected http(s) URLs, got "ftp://x/"',
    ],
    [
      'strategy: blue-green\nservice: web\nreplicas: live',
      'targets.prod.kubernetes.replicas: live is not kept with strategy: blue-green yet',
    ],
    [
      'strategy: blue-green\nservice: web\npre-deploy: [{ name: migrate, command: [sh, -c, "true"] }]',
      'targets.prod.kubernetes.pre-deploy: is not run with strategy: blue-green yet',
    ],
    [
      'strategy: canary\ncanary-weight: 0',
      'targets.prod.kubernetes.canary-weight: expected a whole number from 1 to 99, got 0',
    ],
    [
      'strategy: canary\ncanary-weight: 100',
      'targets.prod.kubernetes.canary-weight: expected a whole number from 1 to 99',
    ],
    [
      'strategy: canary\ncanary-weight: half',
      'targets.prod.kubernetes.canary-weight: expected a whole number',
    ],
    [
      'strategy: canary\ncanary-duration: long',
      'targets.prod.kubernetes.canary-duration: expected a duration',
    ],
    [
      'strategy: canary',
      'targets.prod.kubernetes.strategy: canary needs a smoke check (smoke: urls), run through the Service while the canary runs',
    ],
    [
      'strategy: canary\npre-deploy: [{ name: migrate, command: [sh, -c, "true"] }]',
      'targets.prod.kubernetes.pre-deploy: is not run with strategy: canary yet',
    ],
  ])('%j is refused naming the key', (target, message) => {
    expect(() => load(target)).toThrow(message);
  });
});
