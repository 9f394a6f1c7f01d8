import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { type Figure, gantryBin, median, round, run } from '../lib.ts';
import { swarmTimes } from './deploy.ts';

interface Sandbox {
  GANTRY_SSH_HOST: string;
  GANTRY_SSH_KEY: string;
  GANTRY_KNOWN_HOSTS: string;
  GANTRY_APP_IMAGE: string;
  GANTRY_DOCKER_HOST: string;
}

/** A stack of `count` small services (FROM scratch + busybox), one replica each, start-first. */
function stackFile(dir: string, count: number): string {
  const services = Array.from({ length: count }, (_, i) => `  s${i + 1}: *service`).join('\n');
  const file = path.join(dir, `perf-scale-${count}.yml`);
  writeFileSync(
    file,
    `version: "3.8"
x-service: &service
  image: \${APP_IMAGE}
  environment:
    APP_VERSION: \${RELEASE}
  deploy:
    replicas: 1
    update_config:
      order: start-first
      monitor: 1s
services:
${services}
`,
  );
  return file;
}

/**
 * The watch's polls and the Engine API requests of each, from Gantry's trace (GANTRY_TRACE=1): every
 * read of the watch says how many requests its client had made so far; a poll's requests are the
 * difference from the read before (median). Requests, not round trips on a socket: each is one HTTP
 * request to the engine over the one SSH connection.
 */
function requestsPerPoll(stderr: string): { polls: number; requests: number } {
  const counts = [...stderr.matchAll(/^gantry-trace \d+ \+\d+ms watch: read, \w+, (\d+) requests$/gm)].map(
    (m) => Number(m[1]),
  );
  const cycles = counts.slice(1).map((count, i) => count - (counts[i] ?? 0));
  return { polls: counts.length, requests: median(cycles) };
}

/**
 * Scale of a stack: deploys of 1, 5, 15 and 30 services, each an update after a warm-up that
 * creates the stack. Gantry's time beyond Swarm's own update (start to convergence, read from
 * Swarm), and the Engine API requests per poll of its watch, from its trace.
 */
export async function scaleFigure(
  root: string,
  sandbox: Sandbox,
  workDir: string,
  sizes = [1, 5, 15, 30],
): Promise<Figure> {
  const env = { ...process.env, GANTRY_TRACE: '1' };
  const engine = { ...process.env, DOCKER_HOST: sandbox.GANTRY_DOCKER_HOST };
  const rows: Record<
    string,
    { gantryMs: number; swarmMs: number; beyondMs: number; polls: number; perPoll: number }
  > = {};
  for (const count of sizes) {
    const file = stackFile(workDir, count);
    const stack = `perf-scale-${count}`;
    const deploy = (release: string) =>
      run(
        process.execPath,
        [
          gantryBin(root),
          'deploy',
          'swarm',
          '--host',
          sandbox.GANTRY_SSH_HOST,
          '--ssh-key',
          sandbox.GANTRY_SSH_KEY,
          '--known-hosts',
          sandbox.GANTRY_KNOWN_HOSTS,
          '--stack',
          stack,
          '-c',
          file,
          '--env',
          `APP_IMAGE=${sandbox.GANTRY_APP_IMAGE}:v1`,
          '--env',
          `RELEASE=${release}`,
        ],
        env,
      );
    try {
      const warm = await deploy('w');
      if (warm.code !== 0)
        throw new Error(`gantry deploy of ${count} services failed: ${warm.stderr.slice(-1500)}`);
      const measured = await deploy('m');
      if (measured.code !== 0)
        throw new Error(`gantry deploy of ${count} services failed: ${measured.stderr.slice(-1500)}`);
      const swarm = await swarmTimes(sandbox as never, stack);
      const { polls, requests: perPoll } = requestsPerPoll(measured.stderr);
      const swarmMs = swarm.converged - swarm.started;
      rows[count] = {
        gantryMs: round(measured.ms, 0),
        swarmMs,
        beyondMs: round(measured.ms - swarmMs, 0),
        polls,
        perPoll,
      };
    } finally {
      await run('docker', ['stack', 'rm', stack], engine);
    }
  }
  const perPoll = new Set(Object.values(rows).map((r) => r.perPoll));
  const first = rows[sizes[0] ?? 1];
  const last = rows[sizes[sizes.length - 1] ?? 30];
  const growth = first && last ? last.beyondMs / Math.max(first.beyondMs, 1) : Number.NaN;
  const sizeRatio = (sizes[sizes.length - 1] ?? 30) / (sizes[0] ?? 1);
  return {
    id: 'stack-scale',
    title: `Scale of a stack (${sizes.join(', ')} services, one update each): Gantry's time beyond Swarm's own update (its start to every task in its desired state), and Engine API requests per poll of its watch (from its trace)`,
    value: `beyond Swarm: ${sizes.map((n) => `${n}: ${round((rows[n]?.beyondMs ?? 0) / 1000, 1)} s`).join(', ')}; requests per poll: ${[...perPoll].join(', ')}`,
    target: 'requests per poll the same for every size; overhead grows less than linearly',
    met: perPoll.size === 1 && Object.values(rows).every((r) => r.polls > 0) && growth < sizeRatio,
    details: { rows, overheadGrowth: round(growth, 2), servicesGrowth: sizeRatio },
  };
}
