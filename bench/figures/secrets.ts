import { readFileSync } from 'node:fs';
import { DockerClient } from '../../src/adapters/docker.ts';
import { openSshSession } from '../../src/adapters/ssh.ts';
import { mapConcurrent } from '../../src/core/concurrent.ts';
import { parseDockerTarget, parseKnownHosts } from '../../src/core/connection/target.ts';
import { desiredSecrets } from '../../src/core/secrets/index.ts';
import { pruneSwarmSecrets } from '../../src/pipeline/prune/swarm.ts';
import { collectingReporter } from '../../src/pipeline/reporter.ts';
import { applySwarmSecrets } from '../../src/pipeline/secrets/swarm.ts';
import { type Figure, round } from '../lib.ts';

interface Sandbox {
  GANTRY_SSH_HOST: string;
  GANTRY_SSH_KEY: string;
  GANTRY_KNOWN_HOSTS: string;
}

const COMMIT = '0123456789abcdef0123456789abcdef01234567';
const SECRETS = 200;
const NAMES = 500;
const VERSIONS = 10;
const KEEP = 3;
/** The loop's prune runs on a sample this size (names x VERSIONS); its cost per version is what scales. */
const LOOP_NAMES = 20;

const timed = async <T>(work: () => Promise<T>): Promise<{ value: T; ms: number }> => {
  const started = performance.now();
  const value = await work();
  return { value, ms: performance.now() - started };
};

/** `names` x VERSIONS secret versions of `stack` with Gantry's labels, created 8 at a time (set-up, not measured). */
async function versions(docker: DockerClient, stack: string, names: number): Promise<void> {
  const all = Array.from({ length: names * VERSIONS }, (_, i) => ({
    n: i % names,
    v: Math.floor(i / names),
  }));
  await mapConcurrent(all, 8, ({ n, v }) =>
    docker.api('POST', '/secrets/create', {
      Name: `${stack}_N${n}_v${v}`,
      Labels: {
        'gantry.stack': stack,
        'gantry.secret': `N${n}`,
        'gantry.version': `v${v}`,
        'gantry.created': new Date(Date.UTC(2026, 0, 1, 0, 0, v)).toISOString(),
      },
      Data: Buffer.from(`${stack}-${n}-${v}`).toString('base64'),
    }),
  );
}

/** The script's prune: list, then `docker secret inspect` each and `docker secret rm` the old ones. */
async function loopPrune(docker: DockerClient, stack: string): Promise<number> {
  const ids = (await docker.run(['secret', 'ls', '-q', '--filter', `label=gantry.stack=${stack}`])).stdout
    .split('\n')
    .filter(Boolean);
  let commands = 1;
  for (const id of ids) {
    const inspected = JSON.parse((await docker.run(['secret', 'inspect', id])).stdout) as Array<{
      Spec: { Labels: Record<string, string> };
    }>;
    commands += 1;
    if (Number(inspected[0]?.Spec.Labels['gantry.version']?.slice(1)) < VERSIONS - KEEP) {
      await docker.run(['secret', 'rm', id]);
      commands += 1;
    }
  }
  return commands;
}

/**
 * Figure 5 over one real SSH session: 200 secrets created in one release, and 5,000 versions (500
 * names x 10) pruned to keep 3, by Gantry's secrets and prune stages against the loops a script
 * would run (`docker secret create` per secret; `docker secret inspect` + `rm` per version), both
 * through the same multiplexed connection. The loop's prune is run on 200 versions and its cost per
 * version scaled to 5,000 (8,500 commands would take most of an hour here). The engine's own floor,
 * one request at a time on one connection, is measured beside them.
 */
export async function secretsFigures(sandbox: Sandbox, workDir: string): Promise<Figure[]> {
  const target = parseDockerTarget('host', sandbox.GANTRY_SSH_HOST);
  if (target.kind !== 'ssh') throw new Error('the sandbox host is not ssh://');
  const session = await openSshSession({
    target,
    privateKey: readFileSync(sandbox.GANTRY_SSH_KEY, 'utf8'),
    knownHosts: parseKnownHosts('known-hosts', readFileSync(sandbox.GANTRY_KNOWN_HOSTS, 'utf8')),
    insecureIgnoreHostKey: false,
    baseDir: workDir,
  });
  const docker = new DockerClient({ env: session.env, connections: 8 });
  const report = collectingReporter();
  const tag = Math.random().toString(36).slice(2, 7);
  const stacks = ['sec', 'loop', 'floor', 'prune', 'lprune'].map((s) => `perf-${s}-${tag}`);
  const [stack, loopStack, floorStack, pruneStack, loopPruneStack] = stacks as [
    string,
    string,
    string,
    string,
    string,
  ];
  try {
    await docker.api('GET', '/info'); // the connection is open before anything is timed
    const values = new Map(
      Array.from({ length: SECRETS }, (_, i) => [`S${i}`, `value-${i}-${tag}`] as const),
    );
    const desired = desiredSecrets({
      platform: 'swarm',
      stack,
      mode: 'content',
      values,
      commit: COMMIT,
      now: new Date(),
    });
    const request = { stack, mode: 'content' as const, desired, values, dryRun: false };
    let before = docker.apiRequests;
    const create = await timed(() => applySwarmSecrets(docker, request, report));
    const createRequests = docker.apiRequests - before;
    before = docker.apiRequests;
    const rerun = await timed(() => applySwarmSecrets(docker, request, report));
    const rerunRequests = docker.apiRequests - before;
    const floor = await timed(async () => {
      for (let i = 0; i < SECRETS; i++)
        await docker.api('POST', '/secrets/create', {
          Name: `${floorStack}_S${i}`,
          Labels: { 'gantry.stack': floorStack },
          Data: Buffer.from(`floor-${i}`).toString('base64'),
        });
    });
    const loop = await timed(async () => {
      for (const [name, value] of values)
        await docker.run(
          ['secret', 'create', '--label', `gantry.stack=${loopStack}`, `${loopStack}_${name}`, '-'],
          { input: value },
        );
    });

    const setUp = await timed(() => versions(docker, pruneStack, NAMES));
    await versions(docker, loopPruneStack, LOOP_NAMES);
    before = docker.apiRequests;
    const prune = await timed(() =>
      pruneSwarmSecrets(
        docker,
        { stack: pruneStack, keep: KEEP, dryRun: false, lock: { holder: 'bench', waitMs: 60_000 } },
        report,
      ),
    );
    const pruneRequests = docker.apiRequests - before;
    const removals = prune.value.pruned.length;
    const loopRun = await timed(() => loopPrune(docker, loopPruneStack));
    const loopPerVersion = loopRun.ms / (LOOP_NAMES * VERSIONS);
    const loopPruneMs = loopPerVersion * NAMES * VERSIONS;
    const loopCommands = Math.round(((loopRun.value - 1) * NAMES) / LOOP_NAMES) + 1;
    return secretsRows({
      create: { ms: create.ms, requests: createRequests, created: create.value.create.length },
      rerun: { ms: rerun.ms, requests: rerunRequests, created: rerun.value.create.length },
      floorMs: floor.ms,
      loopMs: loop.ms,
      prune: { ms: prune.ms, requests: pruneRequests, removals, setUpMs: setUp.ms },
      loopPrune: {
        sampleMs: loopRun.ms,
        sampleCommands: loopRun.value,
        ms: loopPruneMs,
        commands: loopCommands,
      },
    });
  } finally {
    for (const label of stacks) {
      const filters = encodeURIComponent(JSON.stringify({ label: [`gantry.stack=${label}`] }));
      const left = await docker
        .api<Array<{ ID: string }>>('GET', `/secrets?filters=${filters}`)
        .catch(() => []);
      await mapConcurrent(left, 8, (s) => docker.api('DELETE', `/secrets/${s.ID}`).catch(() => undefined));
    }
    docker.close();
    await session.close();
  }
}

interface Measured {
  create: { ms: number; requests: number; created: number };
  rerun: { ms: number; requests: number; created: number };
  floorMs: number;
  loopMs: number;
  prune: { ms: number; requests: number; removals: number; setUpMs: number };
  loopPrune: { sampleMs: number; sampleCommands: number; ms: number; commands: number };
}

function secretsRows(m: Measured): Figure[] {
  const createRatio = m.loopMs / m.create.ms;
  const pruneRatio = m.loopPrune.ms / m.prune.ms;
  // Listing and lock requests: everything but the removals (one DELETE per removed version).
  const listing = m.prune.requests - m.prune.removals;
  const s = (ms: number) => `${round(ms / 1000, 1)} s`;
  return [
    {
      id: 'secrets-create',
      title: `Create ${SECRETS} secrets in one release: Gantry (one listing request, then the creates 4 at a time through the Engine API) vs a \`docker secret create\` loop, same SSH connection`,
      value: `${round(createRatio, 1)}x faster (${s(m.create.ms)}, ${m.create.requests} requests, vs ${s(m.loopMs)}, ${SECRETS} commands); the engine one request at a time: ${s(m.floorMs)}`,
      target: '≥ 20x faster than the loop',
      met: createRatio >= 20 && m.create.created === SECRETS,
      details: { ...m.create, loopMs: round(m.loopMs, 0), oneAtATimeMs: round(m.floorMs, 0) },
    },
    {
      id: 'secrets-rerun',
      title: `Unchanged rerun of the same ${SECRETS} secrets`,
      value: `${m.rerun.created} created, ${m.rerun.requests} request, ${round(m.rerun.ms, 0)} ms`,
      target: 'no creations, one listing request',
      met: m.rerun.created === 0 && m.rerun.requests === 1,
      details: { ...m.rerun },
    },
    {
      id: 'prune',
      title: `Prune ${NAMES * VERSIONS} secret versions (${NAMES} names x ${VERSIONS}) to keep ${KEEP}: Gantry (listing, then the removals 4 at a time through the Engine API) vs \`docker secret inspect\` + \`rm\` one at a time, same SSH connection (the loop run on ${LOOP_NAMES * VERSIONS} versions, its time per version scaled)`,
      value: `${round(pruneRatio, 1)}x faster (${s(m.prune.ms)}: ${listing} listing and lock requests + ${m.prune.removals} removals, vs ${s(m.loopPrune.ms)}, ${m.loopPrune.commands} commands; the sample: ${s(m.loopPrune.sampleMs)}, ${m.loopPrune.sampleCommands} commands)`,
      target: `≥ 20x faster than the loop, listing requests independent of the names, ${NAMES * (VERSIONS - KEEP)} removed`,
      met: pruneRatio >= 20 && listing <= 6 && m.prune.removals === NAMES * (VERSIONS - KEEP),
      details: {
        pruneMs: round(m.prune.ms, 0),
        requests: m.prune.requests,
        listingAndLockRequests: listing,
        removals: m.prune.removals,
        perRemovalMs: round(m.prune.ms / Math.max(1, m.prune.removals), 2),
        setUpOf5000VersionsMs: round(m.prune.setUpMs, 0),
        loopSampleMs: round(m.loopPrune.sampleMs, 0),
        loopSampleCommands: m.loopPrune.sampleCommands,
        loopScaledMs: round(m.loopPrune.ms, 0),
      },
    },
  ];
}
