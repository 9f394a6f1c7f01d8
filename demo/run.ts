// `npm run demo`: a whole release on the local sandbox, through Gantry's own stages, then a broken
// release that is caught and rolled back. Exits 0 only when every stage behaved as expected.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DockerClient } from '../src/adapters/docker.ts';
import { liveSmokeEffects } from '../src/adapters/http-probe.ts';
import { openSshSession } from '../src/adapters/ssh.ts';
import { parseDockerTarget, parseKnownHosts } from '../src/core/connection/target.ts';
import { desiredSecrets } from '../src/core/secrets/index.ts';
import { runSmokeCheck } from '../src/core/smoke/check.ts';
import { parseSmokeOptions } from '../src/core/smoke/options.ts';
import { checkStackFiles, interpolationEnv } from '../src/core/swarm/request.ts';
import { pruneSwarmSecrets } from '../src/pipeline/prune/swarm.ts';
import type { Reporter } from '../src/pipeline/reporter.ts';
import { applySwarmSecrets } from '../src/pipeline/secrets/swarm.ts';
import { deploySwarmStack } from '../src/pipeline/swarm/deploy.ts';

const root = path.resolve(import.meta.dirname, '..');
const started = Date.now();
const stamp = () => `${((Date.now() - started) / 1000).toFixed(1).padStart(6)}s`;
const say = (line: string) => process.stdout.write(`${line}\n`);
const report: Reporter = {
  group: async (title, body) => {
    say(`${stamp()}   ${title}`);
    return body();
  },
  info: (line) => say(`          ${line}`),
  warning: (message) => say(`${stamp()}   warning: ${message}`),
  error: (message) => say(`${stamp()}   error: ${message}`),
};
const results: Array<{ stage: string; ok: boolean; seconds: number; detail: string }> = [];
async function stage<T>(
  name: string,
  body: () => Promise<{ ok: boolean; detail: string; value: T }>,
): Promise<T> {
  say(`\n${stamp()} ▸ ${name}`);
  const t = Date.now();
  const { ok, detail, value } = await body();
  results.push({ stage: name, ok, seconds: (Date.now() - t) / 1000, detail });
  say(`${stamp()} ${ok ? '✔' : '✘'} ${name}: ${detail}`);
  if (!ok) finish();
  return value;
}
function finish(): never {
  say('\nGantry demo: summary\n');
  for (const r of results)
    say(`  ${r.ok ? '✔' : '✘'} ${r.stage.padEnd(34)} ${r.seconds.toFixed(1).padStart(6)}s  ${r.detail}`);
  const ok = results.every((r) => r.ok);
  say(
    `\n${ok ? 'Every stage behaved as expected.' : 'A stage did not behave as expected.'} (${((Date.now() - started) / 1000).toFixed(1)}s)`,
  );
  process.exit(ok ? 0 : 1);
}

const sandboxScript = path.join(root, 'sandbox/sandbox.sh');
const env = await stage('Sandbox up (Swarm, registry, sshd)', async () => {
  execFileSync('bash', [sandboxScript, 'up'], { stdio: ['ignore', 'inherit', 'inherit'] });
  const lines = execFileSync('bash', [sandboxScript, 'env'], { encoding: 'utf8' })
    .split('\n')
    .filter((l) => l.includes('='));
  const value = Object.fromEntries(
    lines.map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]),
  ) as Record<string, string>;
  return { ok: true, detail: `${value.GANTRY_SSH_HOST}, registry ${value.GANTRY_REGISTRY}`, value };
});

const work = mkdtempSync(path.join(tmpdir(), 'gantry-demo-'));
const local = new DockerClient({
  env: { DOCKER_HOST: env.GANTRY_DOCKER_HOST ?? 'unix:///var/run/docker.sock', DOCKER_CONFIG: work },
});
const image = `${env.GANTRY_REGISTRY}/gantry/demo`;
const password = readFileSync(env.GANTRY_REGISTRY_PASSWORD_FILE ?? '', 'utf8').trim();
const buildAndPush = async (tag: string, broken: boolean) => {
  await local.run(
    ['login', '--username', env.GANTRY_REGISTRY_USER ?? '', '--password-stdin', env.GANTRY_REGISTRY ?? ''],
    { input: password, secrets: [password] },
  );
  await local.run(
    [
      'build',
      '--quiet',
      '--build-arg',
      `VERSION=${tag}`,
      '--build-arg',
      `BROKEN=${broken}`,
      '--tag',
      `${image}:${tag}`,
      path.join(root, 'sandbox/images/app'),
    ],
    { timeoutMs: 300_000 },
  );
  const pushed = await local.run(['push', `${image}:${tag}`], { timeoutMs: 300_000 });
  const digest = /digest: (sha256:[a-f0-9]{64})/.exec(pushed.stdout)?.[1];
  return {
    ok: digest !== undefined,
    detail: `${image}:${tag} pushed as ${digest ?? '(no digest)'}`,
    value: `${image}@${digest}`,
  };
};

try {
  const v1 = await stage('Build and push release 1', () => buildAndPush('1.0.0', false));
  await stage('Scan gate', async () => {
    let trivy = false;
    try {
      execFileSync('trivy', ['--version'], { stdio: 'ignore' });
      trivy = true;
    } catch {
      // not installed
    }
    return {
      ok: true,
      detail: trivy
        ? 'trivy is installed: run `npx gantry scan --image …` for the gate (not part of the offline demo)'
        : 'skipped: trivy is not installed (the gate itself is tested on real Trivy reports)',
      value: undefined,
    };
  });

  const target = parseDockerTarget('host', env.GANTRY_SSH_HOST ?? '');
  if (target.kind !== 'ssh') throw new Error('the sandbox host is not ssh://');
  const session = await openSshSession({
    target,
    privateKey: readFileSync(env.GANTRY_SSH_KEY ?? '', 'utf8'),
    knownHosts: parseKnownHosts('known-hosts', readFileSync(env.GANTRY_KNOWN_HOSTS ?? '', 'utf8')),
    insecureIgnoreHostKey: false,
    baseDir: work,
  });
  const docker = new DockerClient({ env: session.env });
  const stack = 'gantry-demo';
  const webPort = '18765';
  try {
    const dbPassword = `demo-${Math.random().toString(36).slice(2)}`;
    const secretEnv = await stage('Versioned secrets', async () => {
      const values = new Map([['DB_PASSWORD', dbPassword]]);
      const desired = desiredSecrets({
        platform: 'swarm',
        stack,
        mode: 'content',
        values,
        commit: '0000000000000000000000000000000000000000',
        now: new Date(),
      });
      const plan = await applySwarmSecrets(
        docker,
        { stack, mode: 'content', desired, values, dryRun: false },
        report,
      );
      return {
        ok: true,
        detail: `${plan.create.length} created, ${plan.reuse.length} reused: ${Object.values(plan.env).join(', ')}`,
        value: plan.env,
      };
    });
    const deploy = async (appImage: string, release: string) => {
      const vars = new Map([['APP_IMAGE', appImage], ['WEB_PORT', webPort], ...Object.entries(secretEnv)]);
      const composePath = path.join(root, 'demo/stack.yml');
      const analysis = checkStackFiles(
        [{ path: composePath, text: readFileSync(composePath, 'utf8') }],
        interpolationEnv(process.env, vars),
        stack,
        { compose: 'compose-file', env: 'env' },
      );
      return deploySwarmStack(
        docker,
        {
          stack,
          composePaths: [composePath],
          analysis,
          env: Object.fromEntries(vars),
          imagePins: new Map(),
          prune: false,
          withRegistryAuth: false,
          timeoutMs: 180_000,
          noProgressMs: 120_000,
          rollback: true,
          dryRun: false,
          smoke: parseSmokeOptions({
            urls: `http://127.0.0.1:${webPort}/health`,
            'expect-json': JSON.stringify({ status: 'healthy', version: release }),
            timeout: '30s',
          }),
          pendingSecrets: [],
          lock: { holder: 'gantry demo', waitMs: 60_000 },
          workDir: work,
        },
        report,
      );
    };
    await stage('Deploy release 1 over SSH, smoke-tested', async () => {
      const result = await deploy(v1, '1.0.0');
      return {
        ok: result.status === 'deployed',
        detail: `status=${result.status}: ${result.message}`,
        value: undefined,
      };
    });
    const v2 = await stage('Build and push release 2 (broken health check)', () =>
      buildAndPush('2.0.0-broken', true),
    );
    await stage('Deploy release 2: caught and rolled back', async () => {
      const result = await deploy(v2, '2.0.0-broken');
      return {
        ok: result.status === 'rolled-back',
        detail: `status=${result.status} (expected rolled-back)`,
        value: undefined,
      };
    });
    await stage('Release 1 answers again', async () => {
      const options = parseSmokeOptions({
        urls: `http://127.0.0.1:${webPort}/health`,
        'expect-json': '{"status":"healthy","version":"1.0.0"}',
        timeout: '30s',
      });
      const smoke = await runSmokeCheck(options, liveSmokeEffects({ headers: {}, insecure: false }));
      return {
        ok: smoke.passed,
        detail: smoke.passed
          ? `GET /health -> {"status":"healthy","version":"1.0.0"}`
          : (smoke.urls[0]?.reason ?? ''),
        value: undefined,
      };
    });
    await stage('Prune old secret versions (keep 1)', async () => {
      const selection = await pruneSwarmSecrets(
        docker,
        { stack, keep: 1, dryRun: false, lock: { holder: 'gantry demo', waitMs: 60_000 } },
        report,
      );
      return {
        ok: true,
        detail: `${selection.pruned.length} pruned, ${selection.kept.length} kept, ${selection.protected.length} protected`,
        value: undefined,
      };
    });
  } finally {
    docker.close();
    await session.close();
  }
} finally {
  await local.run(['logout', env.GANTRY_REGISTRY ?? ''], { allowFailure: true });
  rmSync(work, { recursive: true, force: true });
}
say(
  `\nThe stack ${'gantry-demo'} is left running: http://127.0.0.1:18765/health (remove it with DOCKER_HOST=${env.GANTRY_DOCKER_HOST} docker stack rm gantry-demo).`,
);
finish();
