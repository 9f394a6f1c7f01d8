import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/core/config/load.ts';
import { parseSmokeOptions } from '../../../src/core/smoke/options.ts';

// `per-node: true` (gantry.yml): each smoke URL is a template whose host is {node}.

const load = (text: string) => loadConfig(text, { file: 'gantry.yml', baseDir: '/project', env: {} });
const errorOf = (fn: () => unknown): string => {
  try {
    fn();
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected a refusal');
};

const CONFIG = `image: 127.0.0.1:5000/shop/api
targets:
  prod:
    swarm:
      host: unix:///var/run/docker.sock
      stack: shop
      smoke:
        urls: ["http://{node}:18500/health"]
        per-node: true
`;

describe('smoke per-node', () => {
  it('keeps the template and marks the options per-node', () => {
    const options = parseSmokeOptions({
      urls: 'http://{node}:18500/health\nHEAD https://{node}/',
      'per-node': 'true',
    });
    expect(options.perNode).toBe(true);
    expect(options.targets).toEqual([
      { method: 'GET', url: 'http://{node}:18500/health' },
      { method: 'HEAD', url: 'https://{node}/' },
    ]);
    expect(parseSmokeOptions({ urls: 'http://10.0.0.1/' }).perNode).toBeUndefined();
  });

  it.each([
    [
      { urls: 'http://10.0.0.1/health', 'per-node': 'true' },
      /urls.*with per-node: true each URL's host is \{node\}/,
    ],
    [
      { urls: 'http://{node}/health' },
      /urls.*has the host \{node\}, which only per-node: true \(gantry\.yml\) fills in/,
    ],
    [{ urls: 'http://{node}/', 'per-node': 'yes' }, /per-node/],
  ])('refuses %j', (raw, message) => {
    expect(errorOf(() => parseSmokeOptions(raw))).toMatch(message);
  });

  it('reads per-node from gantry.yml on a Swarm target', () => {
    const target = load(CONFIG).targets.prod;
    expect(target?.smoke?.perNode).toBe(true);
    expect(target?.smoke?.targets).toEqual([{ method: 'GET', url: 'http://{node}:18500/health' }]);
  });

  it('refuses per-node on a Kubernetes target, naming the key, and a template without it', () => {
    const kube = `image: 127.0.0.1:5000/shop/api
smoke:
  urls: ["http://{node}/health"]
  per-node: true
targets:
  k:
    kubernetes:
      manifests: [k8s/]
`;
    expect(errorOf(() => load(kube))).toMatch(
      /smoke\.per-node.*is for Swarm targets.*target k is Kubernetes/s,
    );
    expect(errorOf(() => load(CONFIG.replace('        per-node: true\n', '')))).toMatch(
      /targets\.prod\.swarm\.smoke\.urls.*has the host \{node\}/s,
    );
    expect(errorOf(() => load(CONFIG.replace('per-node: true', 'per-node: "yes"')))).toMatch(
      /targets\.prod\.swarm\.smoke\.per-node/,
    );
  });
});
