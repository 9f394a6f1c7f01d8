import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { runGantry } from '../helpers/gantry-cli.ts';
import { bringNodesUp, type Nodes, nodeDocker, removeNodesStack } from './helpers/nodes.ts';
import { until } from './helpers/poll.ts';
import { sandboxAppDigest } from './helpers/registry-digest.ts';
import { localDocker, sandboxVar } from './helpers/sandbox-docker.ts';
import { SANDBOX_SCRIPT } from './helpers/sandbox-env.ts';

// Releases across the sandbox's three-node Swarm (`sandbox.sh up --nodes 3`: one manager, two
// workers, each its own dockerd in its own network namespace at 10.231.0.1<i>), through
// `gantry release` over SSH to the manager: three replicas one per node with host-mode ports and a
// per-node smoke check; versioned secrets on the workers and prune; a worker drained mid-update and
// a worker stopped; a worker given as the host; diagnostics of a task failing on a worker; a release
// of two images. Each node pulls the pinned image itself from the sandbox registry, with the
// credentials the release sends along (--with-registry-auth).

const unavailable = inject('gantrySandboxUnavailable');
const found = unavailable ? unavailable : bringNodesUp();
const skip = typeof found === 'string' ? found : '';
if (skip) process.stderr.write(`\n[e2e] SKIPPING the multi-node tests: ${skip}\n\n`);
const nodes = found as Nodes;
const run = Math.random().toString(36).slice(2, 7);
const work = mkdtempSync(path.join(tmpdir(), 'gantry-e2e-multi-'));
const stacks = {
  web: `multi-web-${run}`,
  spread: `multi-spread-${run}`,
  diag: `multi-diag-${run}`,
  img: `multi-img-${run}`,
};
const PORT = { web: 18501, img: 18502 };
const NAMES = ['gantry-node1', 'gantry-node2', 'gantry-node3'];

interface Target {
  stack: string;
  stackFile: string;
  host?: string;
  smoke?: string[];
  perNode?: boolean;
  images?: string[];
}

/** A gantry.yml (with the stack file beside it) releasing to the nodes' Swarm. */
function project(name: string, t: Target): string {
  const dir = path.join(work, name);
  rmSync(dir, { recursive: true, force: true });
  execFileSync('mkdir', ['-p', dir]);
  writeFileSync(path.join(dir, 'stack.yml'), t.stackFile);
  const image =
    t.images === undefined
      ? ['image: ${GANTRY_APP_IMAGE}']
      : [
          'images:',
          ...t.images.map((key) => `  ${key}: { name: "\${GANTRY_REGISTRY}/gantry/${stacks.img}-${key}" }`),
        ];
  const smoke =
    t.smoke === undefined
      ? []
      : [
          'smoke:',
          `  urls: ${JSON.stringify(t.smoke)}`,
          `  per-node: ${t.perNode === true}`,
          '  expect-json: { status: healthy }',
          '  timeout: 60s',
        ];
  writeFileSync(
    path.join(dir, 'gantry.yml'),
    [
      ...image,
      'registry:',
      '  username: ${GANTRY_REGISTRY_USER}',
      '  password: { file: "${GANTRY_REGISTRY_PASSWORD_FILE}" }',
      'secrets:',
      '  values:',
      '    TOKEN: { env: E2E_TOKEN }',
      ...smoke,
      'prune: { keep: 1 }',
      'targets:',
      '  nodes:',
      '    swarm:',
      `      host: ${t.host ?? '${GANTRY_NODES_MANAGER_SSH}'}`,
      '      ssh-key-file: ${GANTRY_NODES_SSH_KEY}',
      '      known-hosts-file: ${GANTRY_NODES_KNOWN_HOSTS}',
      `      stack: ${t.stack}`,
      '      stack-files: [stack.yml]',
      '      timeout: 3m',
      '      no-progress-timeout: 90s',
      '',
    ].join('\n'),
  );
  return path.join(dir, 'gantry.yml');
}

/** Three replicas, one per node (spread over node.id, at most one per node), each serving the node's port. */
const WEB_STACK = `version: "3.8"
services:
  web:
    image: \${GANTRY_IMAGE}
    secrets: [{ source: token, target: token }]
    ports: [{ target: 8080, published: ${PORT.web}, mode: host }]
    deploy:
      replicas: 3
      placement:
        max_replicas_per_node: 1
        preferences: [{ spread: node.id }]
      update_config: { parallelism: 0, order: stop-first, failure_action: pause, monitor: 3s }
secrets:
  token: { external: true, name: "\${TOKEN_SECRET}" }
`;

/** Three replicas spread over the nodes, no port: Swarm may put two on one node when one is gone. */
const SPREAD_STACK = `version: "3.8"
services:
  app:
    image: \${GANTRY_IMAGE}
    secrets: [{ source: token, target: token }]
    deploy:
      replicas: 3
      placement: { preferences: [{ spread: node.id }] }
      update_config: { parallelism: 1, delay: 3s, order: stop-first, failure_action: pause, monitor: 3s }
secrets:
  token: { external: true, name: "\${TOKEN_SECRET}" }
`;

const release = (config: string, tag: string, token: string) =>
  runGantry(['release', '-c', config, '--target', 'nodes', '--skip-build', '--tag', tag], {
    ...nodes.env,
    E2E_TOKEN: token,
  });

const manager = (...args: string[]) => nodeDocker(nodes, 1, ...args);

/** Running tasks of a service: `node image` lines, sorted. */
const running = (service: string): string[] =>
  manager(
    'service',
    'ps',
    '--no-trunc',
    service,
    '--filter',
    'desired-state=running',
    '--format',
    '{{.Node}} {{.Image}} {{.CurrentState}}',
  )
    .split('\n')
    .filter((l) => / Running /.test(l))
    .map((l) => l.split(' ').slice(0, 2).join(' '))
    .sort();

const specImage = (service: string) =>
  manager('service', 'inspect', service, '--format', '{{.Spec.TaskTemplate.ContainerSpec.Image}}');

/** The token file a task of `service` on node i sees (read on that node's own engine). */
function tokenOnNode(i: number, service: string): string {
  const id =
    nodeDocker(nodes, i, 'ps', '-q', '--filter', `label=com.docker.swarm.service.name=${service}`).split(
      '\n',
    )[0] ?? '';
  expect(id, `a task of ${service} runs on node ${i}`).not.toBe('');
  return nodeDocker(nodes, i, 'exec', id, 'cat', '/run/secrets/token');
}

const secretNames = (stack: string): string[] =>
  manager('secret', 'ls', '--filter', `label=gantry.stack=${stack}`, '--format', '{{.Name}}')
    .split('\n')
    .filter(Boolean)
    .sort();

/** Node i's state as the manager sees it: `ready active`, `down active`, `ready drain`. */
const nodeState = (i: number) =>
  manager('node', 'inspect', NAMES[i - 1] ?? '', '--format', '{{.Status.State}} {{.Spec.Availability}}');

afterAll(() => {
  if (skip) return;
  try {
    // A test that failed half-way may leave a node stopped or drained: `up` puts it back.
    execFileSync('bash', [SANDBOX_SCRIPT, 'up', '--nodes', '3'], { stdio: 'ignore' });
    for (const stack of Object.values(stacks)) removeNodesStack(nodes, stack);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
});

describe.skipIf(skip !== '')('gantry release on a three-node Swarm', () => {
  it('spreads three replicas one per node; the per-node smoke check reaches every node; workers get the secret', async () => {
    const config = project('web', {
      stack: stacks.web,
      stackFile: WEB_STACK,
      smoke: [`http://{node}:${PORT.web}/health`],
      perNode: true,
    });
    const v1 = await release(config, 'v1', `one-${run}`);
    expect(v1.code, v1.stdout + v1.stderr).toBe(0);
    expect(v1.stderr).toContain(
      "docker login 127.0.0.1:5000 (the Swarm's nodes pull with these credentials)",
    );
    expect(v1.stderr).toContain(`per-node smoke check on ${NAMES.join(', ')}`);
    const digest = await sandboxAppDigest('v1');
    expect(running(`${stacks.web}_web`)).toEqual(
      NAMES.map((n) => `${n} ${sandboxVar('GANTRY_APP_IMAGE')}@${digest}`),
    );
    for (const i of [1, 2, 3]) {
      const health = await fetch(`http://${nodes.node(i).addr}:${PORT.web}/health`).then((r) => r.json());
      expect(health).toEqual({ status: 'healthy', version: 'v1' });
      expect(tokenOnNode(i, `${stacks.web}_web`)).toBe(`one-${run}`);
    }
    // The single-node sandbox's own engine knows nothing of this stack.
    expect(localDocker('service', 'ls', '--filter', `name=${stacks.web}`, '-q')).toBe('');
  });

  it('a new secret version reaches the workers; prune keeps what the services still need', async () => {
    const config = path.join(work, 'web', 'gantry.yml');
    const v2 = await release(config, 'v2', `two-${run}`);
    expect(v2.code, v2.stdout + v2.stderr).toBe(0);
    const afterTwo = secretNames(stacks.web);
    expect(afterTwo).toHaveLength(2);
    for (const i of [2, 3]) expect(tokenOnNode(i, `${stacks.web}_web`)).toBe(`two-${run}`);
    const v3 = await release(config, 'v1', `three-${run}`);
    expect(v3.code, v3.stdout + v3.stderr).toBe(0);
    const afterThree = secretNames(stacks.web);
    // keep 1: the current version, and the one the service's previous spec (rollback target) names;
    // the first version, used by no task on any node and no spec, is gone.
    expect(afterThree).toHaveLength(2);
    expect(afterThree).not.toContain(afterTwo.find((n) => !afterThree.includes(n)));
    expect(v3.stderr).toMatch(/protect .*previous/);
    for (const i of [1, 2, 3]) expect(tokenOnNode(i, `${stacks.web}_web`)).toBe(`three-${run}`);
  });

  it('refuses a worker as the host before anything changes, naming the manager', async () => {
    const config = project('worker', { stack: stacks.web, stackFile: WEB_STACK, host: nodes.node(2).ssh });
    const before = { image: specImage(`${stacks.web}_web`), secrets: secretNames(stacks.web) };
    const refused = await release(config, 'v2', `four-${run}`);
    expect(refused.code, refused.stdout + refused.stderr).toBe(2);
    expect(refused.stderr).toContain('targets.nodes.swarm.host');
    expect(refused.stderr).toContain(
      `reaches gantry-node2 (${nodes.node(2).addr}), a Swarm worker, not a manager`,
    );
    expect(refused.stderr).toContain(`this Swarm's managers: ${nodes.node(1).addr}`);
    expect(refused.stderr).toContain('docker node ls --filter role=manager');
    expect({ image: specImage(`${stacks.web}_web`), secrets: secretNames(stacks.web) }).toEqual(before);
  });

  it('diagnoses a task failing on a worker: its node, its error and its logs, through the manager', async () => {
    const stackFile = `version: "3.8"
services:
  probe:
    image: \${GANTRY_IMAGE}
    secrets: [{ source: token, target: token }]
    deploy:
      replicas: 1
      placement: { constraints: [node.hostname == gantry-node2] }
      update_config: { order: stop-first, failure_action: pause, monitor: 4s }
secrets:
  token: { external: true, name: "\${TOKEN_SECRET}" }
`;
    const config = project('diag', { stack: stacks.diag, stackFile });
    const ok = await release(config, 'v1', `diag-${run}`);
    expect(ok.code, ok.stdout + ok.stderr).toBe(0);
    const broken = await release(config, 'broken', `diag-${run}`);
    expect(broken.code, broken.stdout + broken.stderr).toBe(1);
    expect(broken.stdout).toMatch(/↺ deploy .*rolled-back/);
    const diagnostics = broken.stderr.slice(broken.stderr.indexOf(`Diagnostics: ${stacks.diag}_probe`));
    const brokenDigest = await sandboxAppDigest('broken');
    // The task list names the node each task ran on; the error names the task that failed there.
    expect(diagnostics).toMatch(
      new RegExp(
        `${stacks.diag}_probe\\.1\\tgantry-node2\\t\\S+@${brokenDigest}\\t(Complete|Failed|Shutdown|Rejected) `,
      ),
    );
    expect(diagnostics).toMatch(
      /error: .*_probe: update paused: update paused due to failure or early termination of task [a-z0-9]+/,
    );
    // The worker's log lines, through the manager, each prefixed with its task and node.
    expect(diagnostics).toMatch(
      new RegExp(
        `${stacks.diag}_probe\\.1\\.[a-z0-9]+@gantry-node2 +\\| gantry-sandbox-app broken: listening on :8080 \\(broken=true\\)`,
      ),
    );
    expect(running(`${stacks.diag}_probe`)).toEqual([
      `gantry-node2 ${sandboxVar('GANTRY_APP_IMAGE')}@${await sandboxAppDigest('v1')}`,
    ]);
  });

  it('a worker drained mid-update: the verdict matches what runs, and the report names the node', async () => {
    const config = project('spread', { stack: stacks.spread, stackFile: SPREAD_STACK });
    const v1 = await release(config, 'v1', `s-${run}`);
    expect(v1.code, v1.stdout + v1.stderr).toBe(0);
    expect(running(`${stacks.spread}_app`).map((l) => l.split(' ')[0])).toEqual(NAMES);
    const pending = release(config, 'v2', `s-${run}`);
    await until(
      'the v2 update to start',
      () =>
        /updating/.test(
          manager(
            'service',
            'inspect',
            `${stacks.spread}_app`,
            '--format',
            '{{if .UpdateStatus}}{{.UpdateStatus.State}}{{end}}',
          ),
        ),
      120_000,
    );
    manager('node', 'update', '--availability', 'drain', 'gantry-node3');
    try {
      const v2 = await pending;
      // Swarm decides: the update goes on without the node (deployed, v2 everywhere), or a task it
      // just updated there ends early, the update pauses and Gantry rolls back (v1 everywhere).
      // Either way the verdict matches what runs, and nothing runs on the drained node.
      expect([0, 1], v2.stdout + v2.stderr).toContain(v2.code);
      const serving = await sandboxAppDigest(v2.code === 0 ? 'v2' : 'v1');
      expect(v2.stdout).toMatch(
        v2.code === 0 ? /✔ deploy .*converged/ : /↺ deploy .*rolled-back: .*the previous version is serving/,
      );
      expect(v2.stderr).toContain(
        `warning: node gantry-node3 (${nodes.node(3).addr}): ready, drain: Swarm places no task there`,
      );
      await until('three tasks running', () => running(`${stacks.spread}_app`).length === 3, 60_000);
      for (const task of running(`${stacks.spread}_app`))
        expect(task).toMatch(new RegExp(`^gantry-node[12] .*@${serving}$`));
    } finally {
      manager('node', 'update', '--availability', 'active', 'gantry-node3');
    }
  });

  it('a worker stopped (its dockerd killed): the release converges on the others and names the node', async () => {
    const config = path.join(work, 'spread', 'gantry.yml');
    await until(
      'gantry-node3 to run a task again',
      () => running(`${stacks.spread}_app`).length === 3,
      60_000,
    );
    const pid = readFileSync(nodes.node(3).pidfile, 'utf8').trim();
    execFileSync('kill', ['-TERM', pid]);
    try {
      await until('the manager to see gantry-node3 down', () => nodeState(3).startsWith('down'), 120_000);
      // A new secret version: the service's spec changes, so every task is replaced.
      const v1 = await release(config, 'v1', `stopped-${run}`);
      const v1Digest = await sandboxAppDigest('v1');
      expect(v1.code, v1.stdout + v1.stderr).toBe(0);
      expect(v1.stderr).toMatch(
        new RegExp(
          `warning: node gantry-node3 \\(${nodes.node(3).addr.replaceAll('.', '\\.')}\\): down.*: Swarm places no task there`,
        ),
      );
      const tasks = running(`${stacks.spread}_app`);
      expect(tasks).toHaveLength(3);
      for (const task of tasks) expect(task).toMatch(new RegExp(`^gantry-node[12] .*@${v1Digest}$`));
    } finally {
      execFileSync('bash', [SANDBOX_SCRIPT, 'up', '--nodes', '3'], { stdio: 'ignore' });
    }
    expect(nodeState(3)).toBe('ready active');
  });

  it('releases two images (images:) across the nodes, each pinned by digest', async () => {
    // Two repositories holding the app's v1 and v2, pushed from the host's engine to the sandbox registry.
    const image = sandboxVar('GANTRY_APP_IMAGE');
    const registry = sandboxVar('GANTRY_REGISTRY');
    const dockerConfig = mkdtempSync(path.join(work, 'docker-config-'));
    const host = (...args: string[]) =>
      execFileSync('docker', args, {
        env: { ...process.env, DOCKER_HOST: sandboxVar('GANTRY_DOCKER_HOST'), DOCKER_CONFIG: dockerConfig },
        input: args[0] === 'login' ? readFileSync(sandboxVar('GANTRY_REGISTRY_PASSWORD_FILE')) : undefined,
        stdio: ['pipe', 'pipe', 'pipe'],
      });
    host('login', '--username', sandboxVar('GANTRY_REGISTRY_USER'), '--password-stdin', registry);
    for (const [key, from] of [
      ['api', 'v1'],
      ['admin', 'v2'],
    ] as const) {
      host('tag', `${image}:${from}`, `${registry}/gantry/${stacks.img}-${key}:r1`);
      host('push', '-q', `${registry}/gantry/${stacks.img}-${key}:r1`);
    }
    const stackFile = `version: "3.8"
services:
  api:
    image: \${API_IMAGE}
    ports: [{ target: 8080, published: ${PORT.img}, mode: host }]
    deploy: { replicas: 3, placement: { max_replicas_per_node: 1 } }
  admin:
    image: \${ADMIN_IMAGE}
    secrets: [{ source: token, target: token }]
    deploy: { replicas: 2, placement: { constraints: [node.role == worker] } }
secrets:
  token: { external: true, name: "\${TOKEN_SECRET}" }
`;
    const config = project('img', {
      stack: stacks.img,
      stackFile,
      images: ['api', 'admin'],
      smoke: [`http://{node}:${PORT.img}/health`],
      perNode: true,
    });
    const r1 = await release(config, 'r1', `img-${run}`);
    expect(r1.code, r1.stdout + r1.stderr).toBe(0);
    const api = running(`${stacks.img}_api`);
    const admin = running(`${stacks.img}_admin`);
    expect(api.map((l) => l.split(' ')[0])).toEqual(NAMES);
    expect(admin.map((l) => l.split(' ')[0])).toEqual(['gantry-node2', 'gantry-node3']);
    for (const line of [...api, ...admin]) expect(line).toMatch(/@sha256:[0-9a-f]{64}$/);
    expect(specImage(`${stacks.img}_admin`)).toMatch(new RegExp(`/gantry/${stacks.img}-admin@sha256:`));
    for (const i of [1, 2, 3])
      expect(await fetch(`http://${nodes.node(i).addr}:${PORT.img}/version`).then((r) => r.text())).toContain(
        'v1',
      );
    expect(tokenOnNode(2, `${stacks.img}_admin`)).toBe(`img-${run}`);
  });
});
