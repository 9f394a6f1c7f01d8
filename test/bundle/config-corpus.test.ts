import { execFile } from 'node:child_process';
import {
  chmodSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { configCases } from '../unit/config/corpus/expand.ts';
import { CONFIG_ACCEPTED, CONFIG_KNOWN_GAPS } from '../unit/config/corpus/known-gaps.ts';
import { HUNDRED_KB, SECRET } from '../unit/config/corpus/rows.ts';

// The gantry.yml corpus (test/unit/config/corpus/) through the CLI bundle as an operator runs it:
// `node dist/cli/index.js release -c gantry.yml --target prod --dry-run`, one row at a time, in a
// folder with the files the valid config names. Each must exit 2 naming the key path, before
// anything runs: a loopback port every host and URL points at counts connections (none), recording
// `ssh`, `docker`, `kubectl`, `trivy` and `git` first on PATH count commands (none); no stack
// trace, no secret (the values the config's env sources hold), no 100 KB value repeated.

const root = path.resolve(import.meta.dirname, '../..');
const work = mkdtempSync(path.join(tmpdir(), 'gantry-config-corpus-'));
// A copy of the bundle taken once: a rebuild of dist/ while the rows run must not break them.
const cli = path.join(work, 'cli', 'index.js');
mkdirSync(path.dirname(cli));
for (const file of ['index.js', 'package.json'])
  copyFileSync(path.join(root, 'dist/cli', file), path.join(work, 'cli', file));
const spyDir = path.join(work, 'spy');
mkdirSync(spyDir);
for (const tool of ['ssh', 'docker', 'kubectl', 'trivy', 'git']) {
  writeFileSync(path.join(spyDir, tool), `#!/bin/sh\necho "${tool} $*" >> "$GANTRY_SPY_LOG"\nexit 1\n`);
  chmodSync(path.join(spyDir, tool), 0o755);
}

async function listener(): Promise<{ server: Server; port: number; count: () => number }> {
  let connections = 0;
  const server = createServer((socket) => {
    connections++;
    socket.destroy();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, port: (server.address() as { port: number }).port, count: () => connections };
}

/** A project folder with the files the valid config names. */
function project(text: string): string {
  const dir = mkdtempSync(path.join(work, 'p-'));
  writeFileSync(path.join(dir, 'gantry.yml'), text);
  writeFileSync(path.join(dir, 'Dockerfile'), 'FROM scratch AS runtime\n');
  writeFileSync(path.join(dir, 'docker-stack.yml'), 'services:\n  api:\n    image: ${GANTRY_IMAGE}\n');
  writeFileSync(path.join(dir, 'app.yml'), 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: app\n');
  writeFileSync(
    path.join(dir, 'key'),
    '-----BEGIN OPENSSH PRIVATE KEY-----\nAAAA\n-----END OPENSSH PRIVATE KEY-----\n',
  );
  writeFileSync(
    path.join(dir, 'known_hosts'),
    '[127.0.0.1]:1 ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGantryTestKeyOnly\n',
  );
  return dir;
}

function run(dir: string, port: number): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [cli, 'release', '-c', 'gantry.yml', '--target', 'prod', '--dry-run'],
      {
        cwd: dir,
        timeout: 30_000,
        maxBuffer: 64 * 1024 * 1024,
        env: {
          PATH: `${spyDir}:${process.env.PATH ?? ''}`,
          HOME: dir,
          TMPDIR: dir,
          CI: 'true',
          GANTRY_SPY_LOG: path.join(dir, 'calls'),
          GITHUB_REF: 'refs/tags/v1.2.3',
          GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
          GITHUB_API_URL: `http://127.0.0.1:${port}`,
          CORPUS_SECRET: SECRET,
          CORPUS_REGISTRY_PASSWORD: SECRET,
          A: SECRET,
        },
      },
      (error, stdout, stderr) =>
        resolve({
          code: error === null ? 0 : typeof error.code === 'number' ? error.code : -1,
          stdout,
          stderr,
        }),
    );
  });
}

const all = configCases();
const cases = all.filter(
  (c) => !Object.hasOwn(CONFIG_KNOWN_GAPS, c.name) && !Object.hasOwn(CONFIG_ACCEPTED, c.name),
);

describe.concurrent('the gantry.yml corpus through the CLI bundle', () => {
  it('lists as known gaps or accepted values only rows of the corpus', () => {
    const names = new Set(all.map((c) => c.name));
    expect(new Set(names).size, 'row names are unique').toBe(all.length);
    expect(
      [...Object.keys(CONFIG_KNOWN_GAPS), ...Object.keys(CONFIG_ACCEPTED)].filter((n) => !names.has(n)),
    ).toEqual([]);
  });

  it.each(cases.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const { server, port, count } = await listener();
    const dir = project(c.text.replaceAll('{port}', String(port)));
    const result = await run(dir, port);
    server.close();
    const calls = existsSync(path.join(dir, 'calls')) ? readFileSync(path.join(dir, 'calls'), 'utf8') : '';
    const both = `${result.stdout}\n${result.stderr}`;
    expect(result.code, both.slice(0, 2000)).toBe(2);
    expect(result.stderr.slice(0, 2000)).toContain(c.names);
    expect(calls).toBe('');
    expect(count()).toBe(0);
    expect(both).not.toMatch(/\n\s+at .+:\d+:\d+\)?/);
    expect(both).not.toContain(SECRET);
    if (c.text.includes(HUNDRED_KB)) expect(both.length).toBeLessThan(20_000);
  });
});
