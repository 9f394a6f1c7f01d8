import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/core/config/load.ts';

const load = (target: string) =>
  loadConfig(
    [
      'image: registry.example.com/shop/api',
      'targets:',
      '  prod:',
      '    swarm:',
      '      host: ssh://deploy@prod.example.com',
      '      ssh-key-file: key',
      '      known-hosts-file: known_hosts',
      '      stack: shop',
      ...target.split('\n').map((l) => `      ${l}`),
      '',
    ].join('\n'),
    { file: 'gantry.yml', baseDir: '/project', env: {} },
  );

describe('gantry.yml strategy keys (Swarm)', () => {
  it('is rolling by default, with no blue-green settings', () => {
    const t = load('')?.targets.prod;
    expect(t?.kind === 'swarm' && t.blueGreen).toBeUndefined();
  });

  it('reads blue-green with its defaults (keep-previous 10m, no preview URLs)', () => {
    const t = load(
      'strategy: blue-green\nproxy-service: edge_proxy\nswitch-variable: UPSTREAM=shop-{color}_api',
    ).targets.prod;
    expect(t?.kind === 'swarm' ? t.blueGreen : 'not swarm').toEqual({
      proxyService: 'edge_proxy',
      switchVariable: { name: 'UPSTREAM', template: 'shop-{color}_api' },
      previewUrls: [],
      keepPreviousMs: 600_000,
    });
  });

  it('refuses pre-deploy jobs with blue-green (its deploy does not run them yet), naming the key', () => {
    expect(() =>
      load(
        [
          'strategy: blue-green',
          'proxy-service: edge_proxy',
          'switch-variable: UPSTREAM=shop-{color}_api',
          'pre-deploy: [{ name: migrate, command: [sh, -c, "true"] }]',
        ].join('\n'),
      ),
    ).toThrow('targets.prod.swarm.pre-deploy: is not run with strategy: blue-green yet');
  });

  it("refuses replicas: live with blue-green (its colours deploy the file's counts), naming the key", () => {
    expect(() =>
      load(
        'strategy: blue-green\nproxy-service: edge_proxy\nswitch-variable: UPSTREAM=x-{color}\nreplicas: live',
      ),
    ).toThrow('targets.prod.swarm.replicas: live is not kept with strategy: blue-green yet');
  });

  it('reads preview-urls and keep-previous 0', () => {
    const t = load(
      [
        'strategy: blue-green',
        'proxy-service: edge_proxy',
        'switch-variable: UPSTREAM=shop-{color}_api',
        'preview-urls: ["http://127.0.0.1:8080/preview/{color}/health"]',
        'keep-previous: 0',
      ].join('\n'),
    ).targets.prod;
    expect(t?.kind === 'swarm' ? t.blueGreen : undefined).toMatchObject({
      previewUrls: ['http://127.0.0.1:8080/preview/{color}/health'],
      keepPreviousMs: 0,
    });
  });

  it.each([
    [
      'strategy: blue-green',
      [
        'gantry.yml:5:7: targets.prod.swarm.proxy-service: is required with strategy: blue-green',
        'gantry.yml:5:7: targets.prod.swarm.switch-variable: is required with strategy: blue-green',
      ],
    ],
    ['strategy: canary', ['targets.prod.swarm.strategy: canary is not available on Swarm targets']],
    ['proxy-service: edge_proxy', ['targets.prod.swarm.proxy-service: is for strategy: blue-green']],
    [
      'strategy: blue-green\nproxy-service: edge_proxy\nswitch-variable: UPSTREAM=shop_api',
      ['targets.prod.swarm.switch-variable: the value must hold {color}'],
    ],
    [
      'strategy: blue-green\nproxy-service: edge_proxy\nswitch-variable: U={color}\npreview-urls: ["ftp://x/{color}"]',
      ['targets.prod.swarm.preview-urls: expected http(s) URLs, got "ftp://x/{color}"'],
    ],
    [
      'strategy: blue-green\nproxy-service: edge_proxy\nswitch-variable: U={color}\nkeep-previous: soon',
      ['targets.prod.swarm.keep-previous: expected a duration'],
    ],
  ])('%j is refused naming the key', (target, messages) => {
    for (const m of messages) expect(() => load(target)).toThrow(m);
  });
});
