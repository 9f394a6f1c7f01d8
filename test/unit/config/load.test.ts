import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/core/config/load.ts';

const load = (text: string, env: Record<string, string> = {}) =>
  loadConfig(text, { file: 'gantry.yml', baseDir: '/project', env });
const errorOf = (text: string, env: Record<string, string> = {}): string => {
  try {
    load(text, env);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected the config to be refused');
};

const SWARM = `image: 127.0.0.1:5000/shop/api
targets:
  prod:
    swarm:
      host: ssh://deploy@10.0.0.1:2222
      ssh-key-file: keys/deploy
      known-hosts-file: keys/known_hosts
      stack: shop
`;

describe('loadConfig: a good config', () => {
  it('fills defaults, resolves paths against the config folder, parses durations and smoke', () => {
    const config = load(`${SWARM}      timeout: 5m
      stack-files: [deploy/stack.yml]
smoke:
  urls: [http://10.0.0.1/health]
  expect-json: { status: ok }
secrets:
  values:
    DB_PASSWORD: { env: DB_PASSWORD }
    TLS_KEY: { file: tls.key }
`);
    const target = config.targets.prod;
    if (target?.kind !== 'swarm') throw new Error('expected a swarm target');
    expect(target.stackFiles).toEqual(['/project/deploy/stack.yml']);
    expect(target.sshKeyFile).toBe('/project/keys/deploy');
    expect(target.timeoutMs).toBe(300_000);
    expect(target.noProgressMs).toBe(180_000);
    expect(target.images.map((pin) => pin.variable)).toEqual(['GANTRY_IMAGE']);
    expect(target.smoke?.targets).toEqual([{ method: 'GET', url: 'http://10.0.0.1/health' }]);
    expect(target.smoke?.expectJson).toEqual({ status: 'ok' });
    expect(config.secrets.values).toEqual([
      { name: 'DB_PASSWORD', source: { env: 'DB_PASSWORD' } },
      { name: 'TLS_KEY', source: { file: 'tls.key' } },
    ]);
    expect(config.build.context).toBe('/project');
    expect(config.scan.severities).toEqual(['CRITICAL', 'HIGH']);
    expect(config.prune).toEqual({ enabled: true, keep: 3 });
  });

  it('reads a jump host, and the Kubernetes lock wait', () => {
    const swarm = load(`${SWARM}      jump-host: bastion@jump.example.com:2200\n`).targets.prod;
    expect(swarm).toMatchObject({
      jumpHost: { kind: 'ssh', user: 'bastion', host: 'jump.example.com', port: 2200 },
    });
    expect(load(SWARM).targets.prod).toMatchObject({ jumpHost: undefined });
    const k8s = load(
      'image: x\ntargets:\n  k8s:\n    kubernetes:\n      manifests: [k8s]\n      lock-timeout: 90s\n',
    ).targets.k8s;
    expect(k8s).toMatchObject({ kind: 'kubernetes', lockWaitMs: 90_000 });
  });

  it('replaces ${VAR} references from the environment ($$ is a literal $)', () => {
    const config = load(`${SWARM.replace('10.0.0.1:2222', '${HOST}')}      env: { PRICE: "$$5" }\n`, {
      HOST: 'example.org',
    });
    expect(config.targets.prod).toMatchObject({ host: 'ssh://deploy@example.org', env: { PRICE: '$5' } });
  });
});

// Each bad config with the exact message: file:line:column: key path: what is wrong.
describe.each([
  ['an unknown top-level key', `${SWARM}colour: red\n`, 'gantry.yml:9:1: colour: unknown key'],
  [
    'an unknown key in a target',
    `${SWARM}      stacks: x\n`,
    'gantry.yml:9:7: targets.prod.swarm.stacks: unknown key',
  ],
  [
    'a missing image',
    SWARM.replace(/^image: .*\n/, ''),
    'gantry.yml:1:1: image: is required (or images: for several images)',
  ],
  [
    'an image with a tag',
    SWARM.replace('shop/api', 'shop/api:v1'),
    'gantry.yml:1:8: image: "127.0.0.1:5000/shop/api:v1": give the name without a tag or digest (tags come from the git ref and `tags`)',
  ],
  [
    'a bad duration (the actions parser)',
    `${SWARM}      timeout: 5 minutes\n`,
    'gantry.yml:9:16: targets.prod.swarm.timeout: expected a duration such as 90s, 5m or 1h, got "5 minutes"',
  ],
  [
    'a bad stack name',
    SWARM.replace('stack: shop', 'stack: -shop'),
    'gantry.yml:8:14: targets.prod.swarm.stack: expected letters, digits, _ . - (at most 63), got "-shop"',
  ],
  [
    'a host that is not ssh:// or unix://',
    SWARM.replace('ssh://deploy@10.0.0.1:2222', 'http://x'),
    'gantry.yml:5:13: targets.prod.swarm.host: expected an ssh:// or unix:// address, got "http://x"',
  ],
  [
    'an ssh host without its key file (at the mapping it belongs in)',
    SWARM.replace('      ssh-key-file: keys/deploy\n', ''),
    'gantry.yml:5:7: targets.prod.swarm.ssh-key-file: is required for an ssh:// host',
  ],
  [
    'a bad secret name (the key is pointed at)',
    `${SWARM}secrets:\n  values:\n    1PASSWORD: { env: X }\n`,
    'gantry.yml:11:5: secrets.values.1PASSWORD: secret name "1PASSWORD" is not valid: expected a letter or _ then letters, digits or _',
  ],
  [
    'a secret with a value in the file',
    `${SWARM}secrets:\n  values:\n    PASSWORD: hunter2\n`,
    'gantry.yml:11:15: secrets.values.PASSWORD: expected { env: VARIABLE } or { file: path }',
  ],
  [
    'a secret with both sources',
    `${SWARM}secrets:\n  values:\n    PASSWORD: { env: X, file: y }\n`,
    'gantry.yml:11:15: secrets.values.PASSWORD: give exactly one of env (an environment variable) or file (a path)',
  ],
  [
    'a bad smoke timeout (parseSmokeOptions names the key)',
    `${SWARM}smoke:\n  urls: [http://x/health]\n  timeout: soon\n`,
    'gantry.yml:11:12: smoke.timeout: expected a duration such as 90s, 5m or 1h, got "soon"',
  ],
  [
    'a smoke URL that is not http',
    `${SWARM}smoke:\n  urls: [ftp://x]\n`,
    'gantry.yml:10:9: smoke.urls: only http and https URLs can be checked, got "ftp://x"',
  ],
  [
    'an unknown severity',
    `${SWARM}scan:\n  severity: [CRITICAL, URGENT]\n`,
    'gantry.yml:10:13: scan.severity: unknown severity "URGENT" (expected some of CRITICAL, HIGH, MEDIUM, LOW, UNKNOWN)',
  ],
  [
    'a bad platform (parseBuildOptions)',
    `${SWARM}build:\n  platforms: [linux]\n`,
    'gantry.yml:10:14: build.platforms: expected os/arch[/variant] such as linux/amd64, got "linux"',
  ],
  [
    'prune keep 0',
    `${SWARM}prune:\n  keep: 0\n`,
    'gantry.yml:10:9: prune.keep: expected a whole number from 1 to 1000, got 0',
  ],
  [
    'a target with both kinds',
    `${SWARM}    kubernetes:\n      manifests: [k8s/]\n`,
    'gantry.yml:4:5: targets.prod: give exactly one of swarm or kubernetes',
  ],
  [
    'a kubernetes target without manifests',
    'image: x\ntargets:\n  k8s:\n    kubernetes:\n      namespace: shop\n',
    'gantry.yml:5:7: targets.k8s.kubernetes.manifests: is required (or kustomize)',
  ],
  [
    'a kubernetes target without a stack when there are secrets',
    'image: x\nsecrets:\n  values:\n    DB: { env: DB }\ntargets:\n  k8s:\n    kubernetes:\n      manifests: [k8s]\n',
    'gantry.yml:8:7: targets.k8s.kubernetes.stack: is required with secrets: the prefix of the versioned Secrets (<stack>-<name>-<version>)',
  ],
  [
    'a bad namespace',
    'image: x\ntargets:\n  k8s:\n    kubernetes:\n      namespace: Shop_1\n      manifests: [k8s]\n',
    'gantry.yml:5:18: targets.k8s.kubernetes.namespace: "Shop_1" is not a valid namespace name (DNS-1123 label)',
  ],
  [
    'a jump host without a user',
    `${SWARM}      jump-host: jump.example.com\n`,
    'gantry.yml:9:18: targets.prod.swarm.jump-host: expected user@host[:port], got "jump.example.com"',
  ],
  [
    'an unset ${VAR}',
    SWARM.replace('stack: shop', 'stack: ${STACK}'),
    'gantry.yml:8:14: targets.prod.swarm.stack: environment variable STACK is not set',
  ],
  [
    'a YAML duplicate key',
    `${SWARM}image: y\n`,
    'gantry.yml:9:1: (top level): YAML: Map keys must be unique',
  ],
  [
    'a list where a mapping belongs',
    '- a\n- b\n',
    'gantry.yml:1:1: (top level): expected a mapping (image:, build:, targets:, …)',
  ],
])('loadConfig refuses %s', (_name, text, message) => {
  it('with the position and the key', () => {
    expect(errorOf(text).split('\n')).toContain(message);
  });
});

it('lists every problem, sorted by position, one per line', () => {
  expect(errorOf(`${SWARM}      timeout: x\ncolour: red\n`)).toBe(
    [
      'gantry.yml:9:16: targets.prod.swarm.timeout: expected a duration such as 90s, 5m or 1h, got "x"',
      'gantry.yml:10:1: colour: unknown key',
    ].join('\n'),
  );
});
