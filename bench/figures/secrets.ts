import { readFileSync } from 'node:fs';
import { DockerClient } from '../../src/adapters/docker.ts';
import { openSshSession } from '../../src/adapters/ssh.ts';
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

/**
 * Figures 3 and 4 over one real SSH session: Gantry's secrets and prune stages against the loops a
 * script would run (`docker secret create` per secret; `docker secret inspect` + `rm` per secret),
 * both through the same multiplexed connection, so only the per-command cost differs.
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
  const docker = new DockerClient({ env: session.env });
  const report = collectingReporter();
  const tag = Math.random().toString(36).slice(2, 7);
  try {
    // Figure 3: 20 secrets, then the same 20 again.
    const stack = `perf-sec-${tag}`;
    const values = new Map(Array.from({ length: 20 }, (_, i) => [`S${i}`, `value-${i}-${tag}`] as const));
    const desired = desiredSecrets({
      platform: 'swarm',
      stack,
      mode: 'content',
      values,
      commit: COMMIT,
      now: new Date(),
    });
    let before = docker.apiRequests;
    let started = performance.now();
    const plan = await applySwarmSecrets(
      docker,
      { stack, mode: 'content', desired, values, dryRun: false },
      report,
    );
    const createMs = performance.now() - started;
    const createRequests = docker.apiRequests - before;
    before = docker.apiRequests;
    started = performance.now();
    const rerun = await applySwarmSecrets(
      docker,
      { stack, mode: 'content', desired, values, dryRun: false },
      report,
    );
    const rerunMs = performance.now() - started;
    const rerunRequests = docker.apiRequests - before;
    const loopStack = `perf-loop-${tag}`;
    started = performance.now();
    for (const [name, value] of values) {
      await docker.run(
        ['secret', 'create', '--label', `gantry.stack=${loopStack}`, `${loopStack}_${name}`, '-'],
        { input: value },
      );
    }
    const loopMs = performance.now() - started;

    // Figure 4: 50 names x 10 versions, keep 3, against inspect + rm one at a time.
    const many = async (prefix: string) => {
      for (let version = 0; version < 10; version++) {
        const created = new Date(Date.UTC(2026, 0, 1, 0, 0, version));
        for (let n = 0; n < 50; n++) {
          await docker.api('POST', '/secrets/create', {
            Name: `${prefix}_N${n}_v${version}`,
            Labels: {
              'gantry.stack': prefix,
              'gantry.secret': `N${n}`,
              'gantry.version': `v${version}`,
              'gantry.created': created.toISOString(),
            },
            Data: Buffer.from(`${prefix}-${n}-${version}`).toString('base64'),
          });
        }
      }
    };
    const pruneStack = `perf-prune-${tag}`;
    const loopPrune = `perf-lprune-${tag}`;
    await many(pruneStack);
    await many(loopPrune);
    before = docker.apiRequests;
    started = performance.now();
    const selection = await pruneSwarmSecrets(
      docker,
      { stack: pruneStack, keep: 3, dryRun: false, lock: { holder: 'bench', waitMs: 60_000 } },
      report,
    );
    const pruneMs = performance.now() - started;
    const pruneRequests = docker.apiRequests - before + 1; // + the one `docker secret rm`
    started = performance.now();
    const ids = (
      await docker.run(['secret', 'ls', '-q', '--filter', `label=gantry.stack=${loopPrune}`])
    ).stdout
      .split('\n')
      .filter(Boolean);
    let loopCommands = 1;
    for (const id of ids) {
      const inspected = JSON.parse((await docker.run(['secret', 'inspect', id])).stdout) as Array<{
        Spec: { Labels: Record<string, string> };
      }>;
      loopCommands += 1;
      const version = Number(inspected[0]?.Spec.Labels['gantry.version']?.slice(1));
      if (version < 7) {
        await docker.run(['secret', 'rm', id]);
        loopCommands += 1;
      }
    }
    const loopPruneMs = performance.now() - started;
    return [
      {
        id: 'secrets-create',
        title:
          'Create 20 secrets: Gantry (one listing + one create request each) vs a `docker secret create` loop, same SSH connection',
        value: `${round(loopMs / createMs)}x faster (${round(createMs, 0)} ms, ${createRequests} requests, vs ${round(loopMs, 0)} ms, 20 commands)`,
        target: 'faster than the loop',
        met: createMs < loopMs && plan.create.length === 20,
        details: { createMs: round(createMs, 0), createRequests, loopMs: round(loopMs, 0) },
      },
      {
        id: 'secrets-rerun',
        title: 'Unchanged rerun of the same 20 secrets',
        value: `${rerun.create.length} created, ${rerunRequests} request, ${round(rerunMs, 0)} ms`,
        target: 'no creations',
        met: rerun.create.length === 0 && rerun.reuse.length === 20,
        details: { rerunMs: round(rerunMs, 0), rerunRequests },
      },
      {
        id: 'prune',
        title:
          'Prune 500 secrets (50 names x 10 versions) to keep 3: Gantry vs inspect + rm one at a time, same SSH connection',
        value: `${round(loopPruneMs / pruneMs)}x faster (${round(pruneMs, 0)} ms, ${pruneRequests} round trips, vs ${round(loopPruneMs / 1000, 1)} s, ${loopCommands} commands)`,
        target: 'faster than the loop, 350 removed',
        met: pruneMs < loopPruneMs && selection.pruned.length === 350,
        details: {
          pruned: selection.pruned.length,
          pruneMs: round(pruneMs, 0),
          pruneRequests,
          loopPruneMs: round(loopPruneMs, 0),
          loopCommands,
        },
      },
    ];
  } finally {
    for (const label of [`perf-sec-${tag}`, `perf-loop-${tag}`, `perf-prune-${tag}`, `perf-lprune-${tag}`]) {
      const ids = (
        await docker.run(['secret', 'ls', '-q', '--filter', `label=gantry.stack=${label}`], {
          allowFailure: true,
        })
      ).stdout
        .split('\n')
        .filter(Boolean);
      if (ids.length > 0) await docker.run(['secret', 'rm', ...ids], { allowFailure: true });
    }
    docker.close();
    await session.close();
  }
}
