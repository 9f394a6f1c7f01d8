import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { runGantry } from '../helpers/gantry-cli.ts';
import { type BundleRun, runActionBundle } from '../helpers/run-action-bundle.ts';
import { freePort } from './helpers/free-port.ts';
import { withoutMaskCommands } from './helpers/no-secret-output.ts';
import { sshSessions } from './helpers/ssh-sessions.ts';
import { removeStack } from './helpers/swarm-cleanup.ts';

// secrets -> deploy-swarm -> rotate -> prune-secrets, each bundle run as GitHub runs it, on the
// sandbox Swarm over SSH; then a real `docker service rollback` proves the pruning left the
// rollback target's secret in place.

const unavailable = inject('gantrySandboxUnavailable');
const env = (key: string): string => {
  const value = process.env[key];
  if (!value) throw new Error(`${key} is not set: is the sandbox up?`);
  return value;
};
const stack = `e2e-sec-${Math.random().toString(36).slice(2, 7)}`;
const stackFile = path.resolve(import.meta.dirname, '../fixtures/stacks/with-secrets.yml');
const localDocker = (...args: string[]): string =>
  execFileSync('docker', args, {
    env: { ...process.env, DOCKER_HOST: env('GANTRY_DOCKER_HOST') },
    encoding: 'utf8',
  }).trim();
const connection = () => ({
  host: env('GANTRY_SSH_HOST'),
  'ssh-key': readFileSync(env('GANTRY_SSH_KEY'), 'utf8'),
  'known-hosts': readFileSync(env('GANTRY_KNOWN_HOSTS'), 'utf8'),
});
/** The same connection as CLI options (a later `--host` etc. overrides one). */
const cliConnection = () => [
  '--host',
  env('GANTRY_SSH_HOST'),
  '--ssh-key',
  env('GANTRY_SSH_KEY'),
  '--known-hosts',
  env('GANTRY_KNOWN_HOSTS'),
];
// Throwaway values made at run time; one is multi-line.
const DB1 = `db-${Math.random().toString(36).slice(2)}-one`;
const DB2 = `db-${Math.random().toString(36).slice(2)}-two`;
const TOKEN = `tok-${Math.random().toString(36).slice(2)}\nsecond-line-${Math.random().toString(36).slice(2)}`;
const runs: BundleRun[] = [];

const secrets = async (db: string) => {
  const run = await runActionBundle('secrets', {
    inputs: {
      ...connection(),
      stack,
      secrets: `DB_PASSWORD: ${JSON.stringify(db)}\nAPI_TOKEN: |\n  ${TOKEN.replace('\n', '\n  ')}\n`,
    },
  });
  runs.push(run);
  return run;
};
const deploy = async (exported: Record<string, string>) => {
  const run = await runActionBundle('deploy-swarm', {
    inputs: {
      ...connection(),
      stack,
      'compose-file': stackFile,
      env: `APP_IMAGE=${env('GANTRY_APP_IMAGE')}:v1`,
      timeout: '90s',
    },
    env: exported,
  });
  runs.push(run);
  return run;
};
const stackSecrets = (): string[] =>
  localDocker('secret', 'ls', '--filter', `label=gantry.stack=${stack}`, '--format', '{{.Name}}')
    .split('\n')
    .filter(Boolean)
    .sort();
const serviceSecret = (): string =>
  localDocker(
    'service',
    'inspect',
    `${stack}_api`,
    '--format',
    '{{range .Spec.TaskTemplate.ContainerSpec.Secrets}}{{.SecretName}} {{end}}',
  );

afterAll(() => {
  removeStack(env('GANTRY_DOCKER_HOST'), stack);
  // Secrets may still be held by tasks shutting down: best effort, the labels make leftovers findable.
  for (const label of [stack, `${stack}-prune`, `${stack}-jump`, `${stack}-locked`]) {
    const ids = localDocker('secret', 'ls', '-q', '--filter', `label=gantry.stack=${label}`)
      .split('\n')
      .filter(Boolean);
    if (ids.length > 0) {
      try {
        localDocker('secret', 'rm', ...ids);
      } catch {
        // in use for a moment longer
      }
    }
  }
});

describe.skipIf(unavailable !== '')('versioned secrets and safe pruning on the sandbox Swarm', () => {
  it('creates, reuses, rotates and prunes without breaking rollback, and never prints a value', async () => {
    const first = await secrets(DB1);
    expect(first.exitCode, first.stdout).toBe(0);
    const created = JSON.parse(first.outputs.created ?? '[]') as string[];
    expect(created).toHaveLength(2);
    expect(
      created.every((name) => new RegExp(`^${stack}_(API_TOKEN|DB_PASSWORD)_[0-9a-f]{12}$`).test(name)),
    ).toBe(true);
    expect(first.env.DB_PASSWORD_SECRET).toMatch(new RegExp(`^${stack}_DB_PASSWORD_[0-9a-f]{12}$`));
    expect(first.outputs.env).toBe(
      `API_TOKEN_SECRET=${first.env.API_TOKEN_SECRET}\nDB_PASSWORD_SECRET=${first.env.DB_PASSWORD_SECRET}`,
    );

    const deployed = await deploy(first.env);
    expect(deployed.exitCode, deployed.stdout.slice(-2000)).toBe(0);
    expect(serviceSecret()).toContain(first.env.DB_PASSWORD_SECRET);

    const again = await secrets(DB1);
    expect(again.exitCode).toBe(0);
    expect(JSON.parse(again.outputs.created ?? '')).toEqual([]);
    expect(JSON.parse(again.outputs.reused ?? '')).toHaveLength(2);
    expect(stackSecrets()).toHaveLength(2);

    const rotated = await secrets(DB2);
    expect(JSON.parse(rotated.outputs.created ?? '')).toEqual([rotated.env.DB_PASSWORD_SECRET]);
    expect(rotated.env.DB_PASSWORD_SECRET).not.toBe(first.env.DB_PASSWORD_SECRET);
    const redeployed = await deploy(rotated.env);
    expect(redeployed.exitCode, redeployed.stdout.slice(-2000)).toBe(0);
    expect(redeployed.outputs.status).toBe('deployed');
    expect(serviceSecret()).toContain(rotated.env.DB_PASSWORD_SECRET);

    const pruned = await runActionBundle('prune-secrets', { inputs: { ...connection(), stack, keep: '1' } });
    runs.push(pruned);
    expect(pruned.exitCode, pruned.stdout).toBe(0);
    // The old DB_PASSWORD version is older than keep: 1 but the service's previous spec uses it.
    expect(JSON.parse(pruned.outputs.pruned ?? '')).toEqual([]);
    const protectedEntries = JSON.parse(pruned.outputs.protected ?? '') as Array<{
      name: string;
      reason: string;
    }>;
    expect(protectedEntries).toEqual([
      // A task of the old spec may also still be shutting down: then it is named too.
      expect.objectContaining({
        name: first.env.DB_PASSWORD_SECRET,
        reason: expect.stringMatching(
          new RegExp(`^rollback target of service ${stack}_api \\(previous spec\\)`),
        ),
      }),
    ]);
    expect(stackSecrets()).toHaveLength(3);

    // The rollback target still works, and so does every later update of the service.
    localDocker('service', 'rollback', `${stack}_api`);
    expect(serviceSecret()).toContain(first.env.DB_PASSWORD_SECRET);
    localDocker('service', 'update', '--env-add', 'AFTER_ROLLBACK=1', `${stack}_api`);
    expect(localDocker('service', 'inspect', `${stack}_api`, '--format', '{{.UpdateStatus.State}}')).toBe(
      'completed',
    );

    // No value reached any log, summary or output, other than in the runner's own mask commands.
    for (const run of runs) {
      const visible = [
        withoutMaskCommands(run.stdout),
        run.stderr,
        run.summary,
        JSON.stringify(run.outputs),
        run.post?.stdout ?? '',
      ].join('\n');
      for (const value of [DB1, DB2, ...TOKEN.split('\n'), Buffer.from(DB1).toString('base64')])
        expect(visible).not.toContain(value);
    }
  });

  it('prunes unreferenced old versions through the Engine API and keeps the newest', async () => {
    const other = `${stack}-prune`;
    for (const value of ['one', 'two', 'three']) {
      const run = await runActionBundle('secrets', {
        inputs: { ...connection(), stack: other, secrets: `CACHE_KEY=${value}-${stack}` },
      });
      expect(run.exitCode, run.stdout).toBe(0);
    }
    const dry = await runActionBundle('prune-secrets', {
      inputs: { ...connection(), stack: other, keep: '1', 'dry-run': 'true' },
    });
    expect(JSON.parse(dry.outputs.pruned ?? '')).toHaveLength(2);
    expect(
      localDocker('secret', 'ls', '--filter', `label=gantry.stack=${other}`, '-q').split('\n'),
    ).toHaveLength(3);
    const run = await runActionBundle('prune-secrets', {
      inputs: { ...connection(), stack: other, keep: '1' },
    });
    expect(run.exitCode, run.stdout).toBe(0);
    const kept = JSON.parse(run.outputs.kept ?? '') as Array<{ name: string }>;
    expect(JSON.parse(run.outputs.pruned ?? '')).toHaveLength(2);
    expect(
      localDocker('secret', 'ls', '--filter', `label=gantry.stack=${other}`, '--format', '{{.Name}}'),
    ).toBe(kept[0]?.name);
    expect(run.stdout).not.toMatch(/^\$ docker secret rm /m);
    expect(run.stdout).toMatch(/removed 2 of 2 secret\(s\) in \d+\.\ds/);
    expect(run.summary).toContain('2 pruned, 1 kept, 0 protected');
  });

  it('waits for a deploy holding the stack lock, then fails naming its own input (action and CLI); nothing pruned', async () => {
    const locked = `${stack}-locked`;
    for (const value of ['one', 'two']) {
      const run = await runActionBundle('secrets', {
        inputs: { ...connection(), stack: locked, secrets: `CACHE_KEY=${value}-${stack}` },
      });
      expect(run.exitCode, run.stdout).toBe(0);
    }
    const before = localDocker('secret', 'ls', '--filter', `label=gantry.stack=${locked}`, '-q');
    expect(before.split('\n')).toHaveLength(2);
    // Another deploy's lock: the config a deploy creates, valid for ten more minutes.
    const expires = new Date(Date.now() + 600_000).toISOString();
    execFileSync(
      'docker',
      [
        'config',
        'create',
        '--label',
        `gantry.stack=${locked}`,
        '--label',
        'gantry.lock.holder=run 77',
        '--label',
        `gantry.lock.expires=${expires}`,
        `gantry-lock-${locked}`,
        '-',
      ],
      { env: { ...process.env, DOCKER_HOST: env('GANTRY_DOCKER_HOST') }, input: 'run 77' },
    );
    try {
      const run = await runActionBundle('prune-secrets', {
        inputs: { ...connection(), stack: locked, keep: '1', 'lock-timeout': '2s' },
      });
      expect(run.exitCode).toBe(1);
      expect(run.stdout).toContain(`Waiting for the deploy lock of stack ${locked}, held by run 77`);
      expect(run.stdout).toMatch(
        new RegExp(
          `::error::Input 'lock-timeout': stack ${locked} is being deployed by run 77 \\(lock held until ${expires.replace(/\./g, '\\.')}\\); waited 2s`,
        ),
      );
      const cli = await runGantry([
        'prune',
        '--stack',
        locked,
        '--keep',
        '1',
        '--lock-timeout',
        '1s',
        ...cliConnection(),
      ]);
      expect(cli.code).toBe(2); // nothing changed on the server
      expect(cli.stderr).toMatch(
        new RegExp(`Option '--lock-timeout': stack ${locked} is being deployed by run 77 .*waited 1s`),
      );
      expect(localDocker('secret', 'ls', '--filter', `label=gantry.stack=${locked}`, '-q')).toBe(before);
    } finally {
      localDocker('config', 'rm', `gantry-lock-${locked}`);
    }
  });

  it('an unreachable host, a refused key or a wrong host key names its input (action and CLI) and creates nothing', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'gantry-e2e-refused-'));
    const strangerKey = path.join(dir, 'stranger');
    execFileSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-C', 'e2e-stranger', '-f', strangerKey]);
    const otherHostKey = readFileSync(`${strangerKey}.pub`, 'utf8').split(' ').slice(0, 2).join(' ');
    const port = new URL(env('GANTRY_SSH_HOST')).port;
    writeFileSync(path.join(dir, 'known_hosts'), `[127.0.0.1]:${port} ${otherHostKey}\n`);
    const closedPort = String(await freePort());
    const cases = [
      {
        input: 'host',
        option: '--host',
        action: { host: `ssh://deploy@127.0.0.1:${closedPort}` },
        cli: ['--host', `ssh://deploy@127.0.0.1:${closedPort}`],
        says: `cannot reach deploy@\\[127\\.0\\.0\\.1\\]:${closedPort} \\(ssh said: .*Connection refused`,
      },
      {
        input: 'ssh-key',
        option: '--ssh-key',
        action: { 'ssh-key': readFileSync(strangerKey, 'utf8') },
        cli: ['--ssh-key', strangerKey],
        says: 'deploy@\\[127\\.0\\.0\\.1\\]:\\d+ refused the key \\(ssh said: .*Permission denied',
      },
      {
        input: 'known-hosts',
        option: '--known-hosts',
        action: { 'known-hosts': readFileSync(path.join(dir, 'known_hosts'), 'utf8') },
        cli: ['--known-hosts', path.join(dir, 'known_hosts')],
        says: 'the host key of deploy@\\[127\\.0\\.0\\.1\\]:\\d+ does not match any line of (known-hosts|--known-hosts)',
      },
    ];
    const label = `${stack}-refused`;
    for (const c of cases) {
      const run = await runActionBundle('secrets', {
        inputs: { ...connection(), ...c.action, stack: label, secrets: 'NEVER=made' },
      });
      expect(run.exitCode, c.input).toBe(1);
      expect(run.stdout).toMatch(new RegExp(`::error::Input '${c.input}': ${c.says}`));
      const cli = await runGantry(
        ['secrets', '--stack', label, '--secret', 'NEVER', ...cliConnection(), ...c.cli],
        { NEVER: 'made' },
      );
      expect(cli.code, c.option).toBe(2);
      expect(cli.stderr).toMatch(new RegExp(`gantry secrets: Option '${c.option}': ${c.says}`));
      expect(cli.stderr).not.toContain('Usage:');
    }
    expect(localDocker('secret', 'ls', '--filter', `label=gantry.stack=${label}`, '-q')).toBe('');
  });

  it('reaches the manager through a jump host: two hops, each with the pinned key and host key only', async () => {
    // The sandbox's sshd is both the bastion (as `localhost`) and the manager (as 127.0.0.1): ssh
    // refuses a jump to the very address it jumps from. known-hosts pins both names.
    const pinned = readFileSync(env('GANTRY_KNOWN_HOSTS'), 'utf8').trim();
    const knownHosts = `${pinned}\n${pinned.replace(/^\[127\.0\.0\.1\]:/gm, '[localhost]:')}`;
    const jumpHost = `deploy@localhost:${new URL(env('GANTRY_SSH_HOST')).port}`;
    // Only this test's sessions are counted (the sshd is shared): see helpers/ssh-sessions.ts.
    const ssh = sshSessions(env('GANTRY_SSHD_LOG'));
    const run = await runActionBundle('secrets', {
      env: ssh.env,
      inputs: {
        ...connection(),
        'known-hosts': knownHosts,
        'jump-host': jumpHost,
        stack: `${stack}-jump`,
        secrets: 'VIA_JUMP=over-the-bastion',
      },
    });
    expect(run.exitCode, run.stdout.slice(-2000)).toBe(0);
    expect(JSON.parse(run.outputs.created ?? '[]')).toHaveLength(1);
    // One session to the bastion, from this test's address, carrying the one to the manager (which
    // sshd sees coming from the bastion, 127.0.0.1): every connection to the manager needs a bastion
    // session of its own, so one bastion session means one manager session, multiplexed after that.
    expect(ssh.accepted()).toBe(1);
    ssh.cleanup();
    expect(
      localDocker('secret', 'ls', '--filter', `label=gantry.stack=${stack}-jump`, '--format', '{{.Name}}'),
    ).toMatch(new RegExp(`^${stack}-jump_VIA_JUMP_[0-9a-f]{12}$`));
    // The CLI takes the same path: the same value, so the same version is reused.
    const dir = mkdtempSync(path.join(tmpdir(), 'gantry-e2e-jump-'));
    writeFileSync(path.join(dir, 'known_hosts'), `${knownHosts}\n`);
    const cli = await runGantry(
      [
        'secrets',
        '--stack',
        `${stack}-jump`,
        '--secret',
        'VIA_JUMP',
        '--host',
        env('GANTRY_SSH_HOST'),
        '--ssh-key',
        env('GANTRY_SSH_KEY'),
        '--known-hosts',
        path.join(dir, 'known_hosts'),
        '--jump-host',
        jumpHost,
      ],
      { VIA_JUMP: 'over-the-bastion' },
    );
    expect(cli.code, cli.stderr).toBe(0);
    expect(cli.stdout.trim()).toBe(`VIA_JUMP_SECRET=${JSON.parse(run.outputs.created ?? '[]')[0]}`);
    // Without the bastion's host key the hop is refused: nothing is created.
    const refused = await runActionBundle('secrets', {
      inputs: {
        ...connection(),
        'jump-host': jumpHost,
        stack: `${stack}-jump2`,
        secrets: 'VIA_JUMP=over-the-bastion',
      },
    });
    expect(refused.exitCode).toBe(1);
    expect(refused.stdout).toMatch(
      /::error::Input 'known-hosts': the host key of the jump host deploy@\[localhost\]:\d+ does not match any line of known-hosts.*Host key verification failed/,
    );
    expect(
      localDocker('secret', 'ls', '--filter', `label=gantry.stack=${stack}-jump2`, '--format', '{{.Name}}'),
    ).toBe('');
  });

  it('fails on an empty value, naming the input, and creates nothing', async () => {
    const run = await runActionBundle('secrets', {
      inputs: { ...connection(), stack: `${stack}-bad`, secrets: 'DB_PASSWORD=' },
    });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toMatch(/::error::Input 'secrets': .*DB_PASSWORD/);
    expect(
      localDocker('secret', 'ls', '--filter', `label=gantry.stack=${stack}-bad`, '--format', '{{.Name}}'),
    ).toBe('');
  });
});
