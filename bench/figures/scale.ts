import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
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
 * The requests Gantry makes, counted on the wire: a `docker` first on PATH that passes every
 * command to the real one, and for `docker system dial-stdio` (Gantry's one connection to the
 * engine, over SSH) copies what Gantry sends into `log`, where each HTTP request starts a line.
 * Returns the PATH to run Gantry with.
 */
function countingPath(dir: string, log: string): string {
  const path_ = process.env.PATH ?? '';
  const real = path_
    .split(':')
    .map((p) => path.join(p, 'docker'))
    .find((p) => existsSync(p));
  if (real === undefined) throw new Error('no docker on PATH');
  const bin = path.join(dir, 'counting-bin');
  mkdirSync(bin, { recursive: true });
  writeFileSync(
    path.join(bin, 'docker'),
    `#!/bin/sh
if [ "$1" = system ] && [ "$2" = dial-stdio ]; then
  tee -a '${log}' | '${real}' "$@"
  exit
fi
exec '${real}' "$@"
`,
  );
  chmodSync(path.join(bin, 'docker'), 0o755);
  return `${bin}:${path_}`;
}

/**
 * The watch's polls and the requests of each: a poll starts with the stack's services with their
 * status (GET /services?status=true…); its requests are the ones up to the next poll (median).
 */
function requestsPerPoll(log: string): { polls: number; requests: number } {
  const requests = readFileSync(log, 'latin1').match(/^[A-Z]+ \/\S*/gm) ?? [];
  const starts = requests.flatMap((r, i) => (/^GET (\/v[\d.]+)?\/services\?status=true/.test(r) ? [i] : []));
  const cycles = starts.slice(1).map((at, i) => at - (starts[i] ?? 0));
  return { polls: starts.length, requests: median(cycles) };
}

/**
 * Scale of a stack: deploys of 1, 5, 15 and 30 services, each an update after a warm-up that
 * creates the stack. Gantry's time beyond Swarm's own update (start to convergence, read from
 * Swarm), and the requests per poll of its watch, counted on the wire.
 */
export async function scaleFigure(
  root: string,
  sandbox: Sandbox,
  workDir: string,
  sizes = [1, 5, 15, 30],
): Promise<Figure> {
  const log = path.join(workDir, 'dial-stdio.log');
  const env = { ...process.env, PATH: countingPath(workDir, log) };
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
      writeFileSync(log, '');
      const measured = await deploy('m');
      if (measured.code !== 0)
        throw new Error(`gantry deploy of ${count} services failed: ${measured.stderr.slice(-1500)}`);
      const swarm = await swarmTimes(sandbox as never, stack);
      const { polls, requests: perPoll } = requestsPerPoll(log);
      const swarmMs = swarm.converged - swarm.started;
      rows[count] = {
        gantryMs: round(measured.ms, 0),
        swarmMs,
        beyondMs: round(measured.ms - swarmMs, 0),
        polls,
        perPoll,
      };
    } finally {
      if (process.env.GANTRY_BENCH_KEEP_LOG)
        writeFileSync(`${process.env.GANTRY_BENCH_KEEP_LOG}-${count}`, readFileSync(log));
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
    title: `Scale of a stack (${sizes.join(', ')} services, one update each): Gantry's time beyond Swarm's own update (its start to every task in its desired state), and requests per poll of its watch (counted on the wire)`,
    value: `beyond Swarm: ${sizes.map((n) => `${n}: ${round((rows[n]?.beyondMs ?? 0) / 1000, 1)} s`).join(', ')}; requests per poll: ${[...perPoll].join(', ')}`,
    target: 'requests per poll the same for every size; overhead grows less than linearly',
    met: perPoll.size === 1 && Object.values(rows).every((r) => r.polls > 0) && growth < sizeRatio,
    details: { rows, overheadGrowth: round(growth, 2), servicesGrowth: sizeRatio },
  };
}
