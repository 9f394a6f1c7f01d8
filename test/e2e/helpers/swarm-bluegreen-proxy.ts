import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { localDocker, removeReleasedStack, sandboxVar } from './sandbox-docker.ts';
import { removeStack } from './swarm-cleanup.ts';

/** proxy.yml: the switch proxy (UPSTREAM, and /preview/<colour>/ to each colour) behind the edge on `port`. */
const proxyFile = (stack: string, network: string, proxyService: string, port: number): string => {
  const image = `${sandboxVar('GANTRY_REGISTRY')}/gantry/proxy:haproxy`;
  return [
    'version: "3.8"',
    'services:',
    '  switch:',
    `    image: ${image}`,
    '    environment:',
    '      PROXY_ROLE: switch',
    `      UPSTREAM: ${stack}-none`,
    `      BLUE_UPSTREAM: ${stack}-blue_web`,
    `      GREEN_UPSTREAM: ${stack}-green_web`,
    '    networks: [bg]',
    '    deploy: { endpoint_mode: dnsrr }',
    '  edge:',
    `    image: ${image}`,
    `    environment: { PROXY_ROLE: edge, BACKEND: ${proxyService} }`,
    `    ports: [{ target: 8080, published: ${port}, mode: host }]`,
    '    networks: [bg]',
    '    deploy: { endpoint_mode: dnsrr }',
    'networks:',
    '  bg:',
    '    external: true',
    `    name: ${network}`,
    '',
  ].join('\n');
};

/**
 * The sandbox Swarm's blue-green set-up for `stack`: its colours `<stack>-blue|green` on the overlay
 * network `<stack>-net`, behind the sandbox's HAProxy image twice: the `switch` proxy Gantry updates
 * (`<stack>-edge_switch`) and an `edge` that owns the host-mode published `port` (the sandbox has no
 * routing mesh; the edge stands in for it, so the switch proxy can be replaced start-first).
 */
export function blueGreenProxy(stack: string, port: number) {
  const network = `${stack}-net`;
  const proxyStack = `${stack}-edge`;
  const proxyService = `${proxyStack}_switch`;
  return {
    network,
    proxyService,
    /** Writes proxy.yml into `work`, creates the network and deploys the proxy stack. */
    up(work: string): void {
      writeFileSync(path.join(work, 'proxy.yml'), proxyFile(stack, network, proxyService, port));
      localDocker('network', 'create', '--driver', 'overlay', '--attachable', network);
      localDocker('stack', 'deploy', '--compose-file', path.join(work, 'proxy.yml'), proxyStack);
    },
    /** Removes both colours, the proxy, the release's records (secrets, configs) and the network. */
    down(): void {
      const host = sandboxVar('GANTRY_DOCKER_HOST');
      for (const s of [`${stack}-blue`, `${stack}-green`, proxyStack]) removeStack(host, s);
      removeReleasedStack(stack);
      // The network goes once the stacks' tasks are gone: tried every second, 60 s at most.
      for (let i = 0; i < 60; i++) {
        try {
          localDocker('network', 'rm', network);
          break;
        } catch {
          execFileSync('sleep', ['1']);
        }
      }
    },
    /** The switch proxy service's labels (gantry.bluegreen.live, previous, previous-until). */
    labels: (): Record<string, string> =>
      JSON.parse(localDocker('service', 'inspect', '--format', '{{json .Spec.Labels}}', proxyService)),
    /** Whether the colour's stack has a service. */
    colorRuns: (color: string): boolean =>
      localDocker('service', 'ls', '-q', '--filter', `label=com.docker.stack.namespace=${stack}-${color}`) !==
      '',
  };
}

/**
 * blueGreenProxy for one e2e file, with its work folder: a beforeAll runs `setUp` (the file writes its
 * stack files and gantry.yml into the folder) and brings the proxy up; an afterAll takes it all down
 * and removes the folder. Neither runs when the sandbox is `unavailable`.
 */
export function useBlueGreenProxy(o: {
  stack: string;
  port: number;
  workPrefix: string;
  unavailable: string | undefined;
  setUp: () => void;
}) {
  const work = mkdtempSync(path.join(tmpdir(), o.workPrefix));
  const proxy = blueGreenProxy(o.stack, o.port);
  beforeAll(() => {
    if (o.unavailable) return;
    o.setUp();
    proxy.up(work);
  });
  afterAll(() => {
    if (o.unavailable) return;
    try {
      proxy.down();
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });
  return { ...proxy, work };
}
