// `npm run demo`: a whole release of a three-image app (api, worker, admin: one multi-stage
// Dockerfile) on the local sandbox THROUGH THE CLI (`gantry release` with demo/gantry.yml), then a
// release whose pre-deploy migration fails (nothing deployed), then a release whose admin alone is
// broken, caught and rolled back with the other two, then the first
// version answers again, then old secret versions are pruned. Exits 0 only when every stage behaved as expected.
import { execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const started = Date.now();
const stamp = () => `${((Date.now() - started) / 1000).toFixed(1).padStart(6)}s`;
const say = (line: string) => process.stdout.write(`${line}\n`);
const results: Array<{ step: string; ok: boolean; seconds: number; detail: string }> = [];

const sandboxScript = path.join(root, 'sandbox/sandbox.sh');
const config = path.join(root, 'demo/gantry.yml');
const cli = path.join(root, 'src/cli/gantry.ts');
const version = '1.0.0';
const port = process.env.DEMO_WEB_PORT ?? '18765';
const workerPort = process.env.DEMO_WORKER_PORT ?? '18766';
const SERVICES = ['api', 'worker', 'admin'];
const stack = process.env.DEMO_STACK ?? 'gantry-demo';

/** Runs `gantry ARGS` with the demo's environment; its output streams through, stdout is kept. */
function gantry(args: string[], env: Record<string, string>): Promise<{ code: number; stdout: string }> {
  say(`${stamp()} $ gantry ${args.join(' ')}`);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, ...args], {
      cwd: root,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      process.stdout.write(chunk);
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? 1, stdout }));
  });
}

async function step(name: string, body: () => Promise<{ ok: boolean; detail: string }>): Promise<boolean> {
  say(`\n${stamp()} ▸ ${name}`);
  const t = Date.now();
  const { ok, detail } = await body();
  results.push({ step: name, ok, seconds: (Date.now() - t) / 1000, detail });
  say(`${stamp()} ${ok ? '✔' : '✘'} ${name}: ${detail}`);
  return ok;
}

/** The stage lines of a `gantry release` summary, e.g. `✔ build  12.3s  pushed …`. */
const stageLines = (stdout: string) =>
  stdout
    .split('\n')
    .filter((l) => /^ {2}[✔–✘↺] /.test(l))
    .map((l) => l.trim());

function finish(): never {
  say('\nGantry demo: summary\n');
  for (const r of results) {
    say(
      `  ${r.ok ? '✔' : '✘'} ${r.step.padEnd(44)} ${r.seconds.toFixed(1).padStart(6)}s  ${r.detail.split('\n')[0]}`,
    );
    for (const line of r.detail.split('\n').slice(1)) say(`        ${line}`);
  }
  const ok = results.length === 7 && results.every((r) => r.ok);
  say(
    `\n${ok ? 'Every stage behaved as expected.' : 'A stage did not behave as expected.'} (${((Date.now() - started) / 1000).toFixed(1)}s)`,
  );
  process.exit(ok ? 0 : 1);
}

let env: Record<string, string> = {};
const up = await step('Sandbox up (Swarm, registry, sshd)', async () => {
  execFileSync('bash', [sandboxScript, 'up'], { stdio: ['ignore', 'inherit', 'inherit'] });
  const lines = execFileSync('bash', [sandboxScript, 'env'], { encoding: 'utf8' })
    .split('\n')
    .filter((l) => l.includes('='));
  env = Object.fromEntries(lines.map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]));
  // The secret comes from a file; a new value per demo run: a new secret version, so the prune at
  // the end has something to do.
  const secrets = mkdtempSync(path.join(tmpdir(), 'gantry-demo-secrets-'));
  writeFileSync(path.join(secrets, 'db_password.txt'), `demo-${randomBytes(12).toString('hex')}`, {
    mode: 0o600,
  });
  Object.assign(env, {
    DEMO_VERSION: version,
    DEMO_WEB_PORT: port,
    DEMO_WORKER_PORT: workerPort,
    DEMO_STACK: stack,
    DEMO_SECRETS_DIR: secrets,
    DEMO_ADMIN_BROKEN: 'false',
    DEMO_MIGRATION_FAILS: 'false',
    // The optional object-storage group is left empty: the release says "storage: not set".
    DEMO_B2_ENDPOINT: '',
    DEMO_B2_KEY_ID: '',
    DEMO_B2_APP_KEY: '',
    DEMO_B2_BUCKET_NAME: '',
  });
  return { ok: true, detail: `${env.GANTRY_SSH_HOST}, registry ${env.GANTRY_REGISTRY}` };
});
if (!up) finish();

await step('gantry plan (touches nothing)', async () => {
  const run = await gantry(['plan', '-c', config, '--target', 'sandbox', '--tag', version], env);
  const stages = ['build', 'scan', 'secrets', 'pre-deploy', 'deploy', 'smoke', 'prune'];
  const ok = run.code === 0 && stages.every((s, i) => run.stdout.includes(`${i + 1}. ${s}`));
  return { ok, detail: `exit ${run.code}: ${stages.length} stages listed` };
});

/** Each service's image as Swarm runs it (`name@sha256:…`). */
function serviceImages(): string[] {
  try {
    return SERVICES.map((service) =>
      execFileSync(
        'docker',
        [
          'service',
          'inspect',
          `${stack}_${service}`,
          '--format',
          '{{.Spec.TaskTemplate.ContainerSpec.Image}}',
        ],
        { env: { ...process.env, DOCKER_HOST: env.GANTRY_DOCKER_HOST ?? '' }, encoding: 'utf8' },
      ).trim(),
    );
  } catch {
    return []; // a service that does not exist: the release before did not deploy
  }
}
let released: string[] = [];

await step(`Release ${version}: three images, gantry release (exit 0 expected)`, async () => {
  const run = await gantry(['release', '-c', config, '--target', 'sandbox', '--tag', version], env);
  released = run.code === 0 ? serviceImages() : [];
  const pinned = released.length === 3 && released.every((image) => /@sha256:[0-9a-f]{64}$/.test(image));
  return {
    ok: run.code === 0 && pinned,
    detail: [`exit ${run.code}`, ...stageLines(run.stdout), ...released.map((i) => `running ${i}`)].join(
      '\n',
    ),
  };
});

await step('Release 1.0.1 whose migration fails: nothing deployed (exit 1)', async () => {
  const run = await gantry(['release', '-c', config, '--target', 'sandbox', '--tag', '1.0.1'], {
    ...env,
    DEMO_VERSION: '1.0.1',
    DEMO_MIGRATION_FAILS: 'true',
  });
  const lines = stageLines(run.stdout);
  const stopped = lines.some(
    (l) => l.startsWith('✘ pre-deploy') && l.includes('column "email" already exists'),
  );
  const back = serviceImages();
  const same = released.length === 3 && back.every((image, i) => image === released[i]);
  return {
    ok: run.code === 1 && stopped && same,
    detail: [
      `exit ${run.code} (expected 1)`,
      ...lines,
      same ? 'api, worker and admin still run release 1.0.0' : `running ${back.join(', ')}`,
    ].join('\n'),
  };
});

// The same version again, its admin broken this time: only the admin image builds anew.
await step('Release 1.0.1 with a broken admin: all three rolled back (exit 1)', async () => {
  const run = await gantry(['release', '-c', config, '--target', 'sandbox', '--tag', '1.0.1'], {
    ...env,
    DEMO_VERSION: '1.0.1',
    DEMO_ADMIN_BROKEN: 'true',
  });
  const lines = stageLines(run.stdout);
  const rolledBack = lines.some((l) => l.startsWith('↺ deploy'));
  const back = serviceImages();
  const same = released.length === 3 && back.every((image, i) => image === released[i]);
  return {
    ok: run.code === 1 && rolledBack && same,
    detail: [
      `exit ${run.code} (expected 1)`,
      ...lines,
      same ? 'api, worker and admin are back on release 1.0.0' : `running ${back.join(', ')}`,
    ].join('\n'),
  };
});

await step(`Release ${version} answers again (gantry smoke)`, async () => {
  const run = await gantry(
    [
      'smoke',
      `http://127.0.0.1:${port}/health`,
      `http://127.0.0.1:${workerPort}/health`,
      '--expect-json',
      JSON.stringify({ status: 'healthy', version }),
      '--timeout',
      '30s',
    ],
    env,
  );
  return {
    ok: run.code === 0,
    detail: `admin and worker GET /health -> {"status":"healthy","version":"${version}"}: exit ${run.code}`,
  };
});

await step('gantry prune (keep 1)', async () => {
  const run = await gantry(
    [
      'prune',
      '--stack',
      stack,
      '--keep',
      '1',
      '--host',
      env.GANTRY_SSH_HOST ?? '',
      '--ssh-key',
      env.GANTRY_SSH_KEY ?? '',
      '--known-hosts',
      env.GANTRY_KNOWN_HOSTS ?? '',
    ],
    env,
  );
  const counts = (() => {
    try {
      const s = JSON.parse(run.stdout) as Record<'pruned' | 'kept' | 'protected', unknown[]>;
      return `${s.pruned.length} pruned, ${s.kept.length} kept, ${s.protected.length} protected`;
    } catch {
      return run.stdout.trim();
    }
  })();
  return { ok: run.code === 0, detail: `exit ${run.code}: ${counts}` };
});

say(
  `\nThe stack ${stack} is left running: http://127.0.0.1:${port}/health (admin), http://127.0.0.1:${workerPort}/health (worker) (remove it with DOCKER_HOST=${env.GANTRY_DOCKER_HOST} docker stack rm ${stack}).`,
);
finish();
