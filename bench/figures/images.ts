import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { type Figure, gantryBin, median, round, run, traceTimes } from '../lib.ts';
import { swarmTimes } from './deploy.ts';

interface Sandbox {
  GANTRY_SSH_HOST: string;
  GANTRY_SSH_KEY: string;
  GANTRY_KNOWN_HOSTS: string;
  GANTRY_REGISTRY: string;
  GANTRY_REGISTRY_USER: string;
  GANTRY_REGISTRY_PASSWORD_FILE: string;
  GANTRY_DOCKER_HOST: string;
}

const KEYS = ['api', 'worker', 'admin'] as const;
const STACK = 'perf-img';

/** One Dockerfile, three targets (the sandbox app FROM scratch); VERSION changes each release. */
const DOCKERFILE = `FROM scratch AS base
COPY busybox /bin/busybox
RUN ["/bin/busybox", "--install", "-s", "/bin"]
COPY serve.sh handle.sh /app/
ARG VERSION=dev
ENV PORT=8080 APP_VERSION=\${VERSION} APP_BROKEN=false APP_STARTUP_DELAY=0
HEALTHCHECK --interval=2s --timeout=3s --start-period=4s --retries=3 \\
  CMD ["/bin/sh", "-c", "wget -q -O- http://127.0.0.1:\${PORT}/health >/dev/null || exit 1"]
ENTRYPOINT ["/bin/sh", "/app/serve.sh"]
FROM base AS api
RUN ["/bin/sh", "-c", "echo api > /app/role"]
FROM base AS worker
RUN ["/bin/sh", "-c", "echo worker > /app/role"]
FROM base AS admin
RUN ["/bin/sh", "-c", "echo admin > /app/role"]
`;

/** The project a release builds: Dockerfile, stack file (three services) and gantry.yml. */
function project(root: string, dir: string, sandbox: Sandbox): string {
  mkdirSync(dir, { recursive: true });
  for (const file of ['busybox', 'serve.sh', 'handle.sh'])
    copyFileSync(path.join(root, 'sandbox/images/app', file), path.join(dir, file));
  writeFileSync(path.join(dir, 'Dockerfile'), DOCKERFILE);
  writeFileSync(
    path.join(dir, 'stack.yml'),
    [
      'version: "3.8"',
      'services:',
      ...KEYS.flatMap((key) => [
        `  ${key}:`,
        `    image: \${${key.toUpperCase()}_IMAGE}`,
        '    deploy: { replicas: 1, update_config: { monitor: 1s } }',
      ]),
      '',
    ].join('\n'),
  );
  const file = path.join(dir, 'gantry.yml');
  writeFileSync(
    file,
    [
      'images:',
      ...KEYS.map(
        (key) => `  ${key}: { name: "${sandbox.GANTRY_REGISTRY}/perf/img-${key}", target: ${key} }`,
      ),
      'registry:',
      `  username: ${sandbox.GANTRY_REGISTRY_USER}`,
      `  password: { file: "${sandbox.GANTRY_REGISTRY_PASSWORD_FILE}" }`,
      'build:',
      '  context: .',
      // biome-ignore lint/suspicious/noTemplateCurlyInString: gantry.yml's own interpolation, from RELEASE
      '  build-args: { VERSION: "${RELEASE}" }',
      `  parallel: ${KEYS.length}`,
      'targets:',
      '  sandbox:',
      '    swarm:',
      `      host: ${sandbox.GANTRY_SSH_HOST}`,
      `      ssh-key-file: ${sandbox.GANTRY_SSH_KEY}`,
      `      known-hosts-file: ${sandbox.GANTRY_KNOWN_HOSTS}`,
      `      stack: ${STACK}`,
      '      stack-files: [stack.yml]',
      '',
    ].join('\n'),
  );
  return file;
}

/** Each image's build (docker build and push) as [start, end] epoch ms, from the trace. */
function builds(stderr: string): Array<[number, number]> {
  const t = traceTimes(stderr);
  return KEYS.map((key) => [
    t.get(`build ${key}: start`) ?? Number.NaN,
    t.get(`build ${key}: pushed`) ?? Number.NaN,
  ]);
}

/** Each release stage's time (ms), from its `stage <name>: start` and end trace lines. */
function stages(stderr: string): Record<string, number> {
  const starts = new Map<string, number>();
  const spent: Record<string, number> = {};
  for (const m of stderr.matchAll(/^gantry-trace (\d+) \+\d+ms stage (\S+): (\S+)$/gm)) {
    const [, at, stage, what] = m as unknown as [string, string, string, string];
    if (what === 'start') starts.set(stage, Number(at));
    else spent[stage] = Number(at) - (starts.get(stage) ?? Number(at));
  }
  return spent;
}

/** Each traced event (its first time) at ms since the process started: where a release's time went. */
function timeline(stderr: string): Record<string, number> {
  const at: Record<string, number> = {};
  for (const m of stderr.matchAll(/^gantry-trace \d+ \+(\d+)ms (.+)$/gm)) {
    // Each watch read is its own line (with its request count): only the verdict's is kept.
    if (!m[2]?.startsWith('watch: read')) at[m[2] ?? ''] ??= Number(m[1]);
  }
  return at;
}

/** The longest time any two builds ran at once, and the builds' span (ms). */
function overlap(spans: Array<[number, number]>): { overlapMs: number; spanMs: number; sumMs: number } {
  let overlapMs = 0;
  for (const [i, a] of spans.entries())
    for (const b of spans.slice(i + 1))
      overlapMs = Math.max(overlapMs, Math.min(a[1], b[1]) - Math.max(a[0], b[0]));
  const spanMs = Math.max(...spans.map((s) => s[1])) - Math.min(...spans.map((s) => s[0]));
  const sumMs = spans.reduce((sum, s) => sum + (s[1] - s[0]), 0);
  return { overlapMs: Math.max(0, overlapMs), spanMs, sumMs };
}

/**
 * Figure 6: a release of three images from one gantry.yml (`images:`, build.parallel 3) through
 * `gantry release` on the sandbox: three `docker build` + `docker push` (no buildx on this machine:
 * Gantry falls back to the classic builder, which stands in for buildx), then one deploy of the
 * three services. After a warm-up release, `runs` releases each with a new VERSION; the figure is
 * the time beyond the build stage and Swarm's own update, and how much the builds overlapped (read
 * from the build stage's timestamps, GANTRY_TRACE).
 */
export async function imagesFigure(
  root: string,
  sandbox: Sandbox,
  workDir: string,
  runs = 3,
): Promise<Figure> {
  const config = project(root, path.join(workDir, 'images'), sandbox);
  const release = (tag: string) =>
    run(
      process.execPath,
      [gantryBin(root), 'release', '-c', config, '--target', 'sandbox', '--tag', tag],
      { ...process.env, GANTRY_TRACE: '1', RELEASE: tag, GITHUB_REF: '', GITHUB_SHA: '' },
      600_000,
      root, // the build's version and revision come from this repository's git, as in a checkout
    );
  const rows: Array<
    {
      totalMs: number;
      buildStageMs: number;
      swarmMs: number;
      beyondMs: number;
      stagesMs: Record<string, number>;
      timelineMs: Record<string, number>;
    } & ReturnType<typeof overlap>
  > = [];
  const tag = Math.random().toString(36).slice(2, 6);
  try {
    const warm = await release(`w-${tag}`);
    if (warm.code !== 0) throw new Error(`warm-up release failed: ${warm.stderr.slice(-2000)}`);
    for (let i = 0; i < runs; i++) {
      const r = await release(`r${i}-${tag}`);
      if (r.code !== 0) throw new Error(`release failed: ${r.stderr.slice(-2000)}`);
      const t = traceTimes(r.stderr);
      const buildStageMs =
        (t.get('stage build: ok') ?? Number.NaN) - (t.get('stage build: start') ?? Number.NaN);
      await new Promise((resolve) => setTimeout(resolve, 1000));
      const swarm = await swarmTimes(sandbox as never, STACK);
      const swarmMs = swarm.converged - swarm.started;
      rows.push({
        totalMs: round(r.ms, 0),
        buildStageMs,
        swarmMs,
        beyondMs: round(r.ms - buildStageMs - swarmMs, 0),
        stagesMs: stages(r.stderr),
        timelineMs: timeline(r.stderr),
        ...overlap(builds(r.stderr)),
      });
    }
  } finally {
    const engine = { ...process.env, DOCKER_HOST: sandbox.GANTRY_DOCKER_HOST };
    await run('docker', ['stack', 'rm', STACK], engine);
    // The releases' records (configs gantry-release-<stack>-…) go with the stack.
    const records = (await run('docker', ['config', 'ls', '--format', '{{.Name}}'], engine)).stdout
      .split('\n')
      .filter((name) => name.startsWith(`gantry-release-${STACK}-`));
    if (records.length > 0) await run('docker', ['config', 'rm', ...records], engine);
  }
  const beyond = median(rows.map((r) => r.beyondMs));
  const overlapMs = median(rows.map((r) => r.overlapMs));
  const s = (ms: number) => `${round(ms / 1000, 1)} s`;
  return {
    id: 'release-images',
    title:
      "Release of three images from one gantry.yml (images:, build.parallel 3; docker build + push, the classic builder standing in for buildx), one deploy of three services: time beyond the build stage and Swarm's own update (its start to every task in its desired state, the replaced ones stopped), and the builds' overlap (median)",
    value: `${s(beyond)} beyond (release ${s(median(rows.map((r) => r.totalMs)))}, build stage ${s(median(rows.map((r) => r.buildStageMs)))}, Swarm's update ${s(median(rows.map((r) => r.swarmMs)))}); builds overlapped ${s(overlapMs)} (their sum ${s(median(rows.map((r) => r.sumMs)))} in a span of ${s(median(rows.map((r) => r.spanMs)))})`,
    target: '< 3 s beyond; builds overlapping',
    met: beyond < 3000 && overlapMs > 0,
    details: { runs, rows },
  };
}
