import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { actionMetadata, runActionBundle } from '../helpers/run-action-bundle.ts';
import { bundleCases, type CorpusCase } from '../unit/inputs/corpus/expand.ts';
import { HUNDRED_KB } from '../unit/inputs/corpus/kinds.ts';
import { ACCEPTED, KNOWN_GAPS } from '../unit/inputs/corpus/known-gaps.ts';

// The bad-input corpus (test/unit/inputs/corpus/) through the real bundles, as GitHub's runner runs
// them: every row of every input, one at a time, on a valid set of inputs. Each must be refused
// before anything is contacted: a loopback port every host, URL and API points at counts
// connections (none), recording `ssh`, `docker`, `kubectl`, `trivy` and `git` first on PATH count
// commands (none); the step fails with one error naming the input (or the input it conflicts
// with), no stack trace, no secret or 100 KB value repeated, no workflow command but masks.

const root = path.resolve(import.meta.dirname, '../..');
const SECRET = 'corpus-secret-4f7c1d';
const work = mkdtempSync(path.join(tmpdir(), 'gantry-corpus-'));
const spyDir = path.join(work, 'spy');
mkdirSync(spyDir);
for (const tool of ['ssh', 'docker', 'kubectl', 'trivy', 'git']) {
  writeFileSync(path.join(spyDir, tool), `#!/bin/sh\necho "${tool} $*" >> "$GANTRY_SPY_LOG"\nexit 1\n`);
  chmodSync(path.join(spyDir, tool), 0o755);
}

/** A loopback port of one case's own, counting the connections made to it. */
async function listener(): Promise<{ server: Server; port: number; count: () => number }> {
  let connections = 0;
  const server = createServer((socket) => {
    connections++;
    socket.destroy();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, port: (server.address() as { port: number }).port, count: () => connections };
}

/** A workspace with the files the valid inputs name. */
function workspace(port: number): string {
  const ws = mkdtempSync(path.join(work, 'ws-'));
  writeFileSync(path.join(ws, 'docker-stack.yml'), 'services:\n  api:\n    image: ${APP_IMAGE}\n');
  writeFileSync(path.join(ws, 'app.yml'), 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: app\n');
  writeFileSync(path.join(ws, 'kustomization.yaml'), 'resources: [app.yml]\n');
  writeFileSync(path.join(ws, 'Dockerfile'), 'FROM scratch\n');
  writeFileSync(path.join(ws, 'key.txt'), 'v');
  writeFileSync(
    path.join(ws, 'report.json'),
    readFileSync(path.join(root, 'test/fixtures/trivy/alpine-39.json.golden')),
  );
  writeFileSync(
    path.join(ws, 'gantry.yml'),
    [
      'image: registry.example/app',
      'targets:',
      '  production:',
      '    swarm:',
      `      host: ssh://deploy@127.0.0.1:${port}`,
      '      stack: shop',
      '',
    ].join('\n'),
  );
  return ws;
}

async function refuse(c: CorpusCase) {
  const { server, port, count } = await listener();
  const fill = (value: string): string => value.replaceAll('{port}', String(port));
  const ws = workspace(port);
  const spyLog = path.join(ws, '..', `${path.basename(ws)}.calls`);
  const inputs = Object.fromEntries(
    Object.entries({
      ...c.base.inputs,
      ...c.row.with,
      [c.input]: c.row.value,
    }).map(([k, v]) => [k, fill(v)]),
  );
  // Inputs the action does not have (registry-password for smoke) are left out.
  const own = new Set(Object.keys(actionMetadata(c.base.action).inputs ?? {}));
  const run = await runActionBundle(c.base.action, {
    inputs: Object.fromEntries(Object.entries(inputs).filter(([k]) => own.has(k))),
    env: {
      PATH: `${spyDir}:${process.env.PATH ?? ''}`,
      GANTRY_SPY_LOG: spyLog,
      GITHUB_WORKSPACE: ws,
      GITHUB_API_URL: `http://127.0.0.1:${port}`,
      GITHUB_TOKEN: SECRET,
      RUNNER_TOOL_CACHE: path.join(ws, 'tool-cache'),
    },
    timeoutMs: 60_000,
  });
  server.close();
  return {
    run,
    connected: count(),
    calls: existsSync(spyLog) ? readFileSync(spyLog, 'utf8') : '',
  };
}

const unmasked = (text: string): string =>
  text
    .split('\n')
    .filter((l) => !l.startsWith('::add-mask::'))
    .join('\n');

const named = bundleCases().map((c) => [`${c.action}: ${c.input}: ${c.row.label}`, c] as const);
const cases = named.filter(([name]) => !Object.hasOwn(KNOWN_GAPS, name) && !Object.hasOwn(ACCEPTED, name));

describe.concurrent('the bad-input corpus through the bundles', () => {
  it('lists as known gaps or accepted values only rows of the corpus', () => {
    const names = new Set<string>(named.map(([name]) => name));
    expect(Object.keys(KNOWN_GAPS).filter((gap) => !names.has(gap))).toEqual([]);
    expect(Object.keys(ACCEPTED).filter((row) => !names.has(row))).toEqual([]);
  });

  it.each(cases)('%s', async (_name, c) => {
    const { run, connected, calls } = await refuse(c);
    const out = unmasked(run.stdout);
    const errors = out.split('\n').filter((l) => l.startsWith('::error'));
    const named = [c.input, ...Object.keys(c.row.with ?? {})];
    expect(run.exitCode, out.slice(0, 2000)).toBe(1);
    expect(errors, out.slice(0, 2000)).toHaveLength(1);
    expect(
      named.some((input) => errors[0]?.includes(`Input '${input}'`)),
      `${errors[0]?.slice(0, 500)} names none of ${named.join(', ')}`,
    ).toBe(true);
    expect(calls).toBe('');
    expect(connected).toBe(0);
    const foreign = out.split('\n').filter((l) => l.startsWith('::') && !/^::(error|debug|warning)/.test(l));
    expect(foreign).toEqual([]);
    expect(`${run.stdout}\n${run.stderr}`).not.toMatch(/\n\s+at .+:\d+:\d+\)?/);
    expect(`${out}\n${run.stderr}`).not.toContain(SECRET);
    if (c.row.value === HUNDRED_KB) expect(out.length).toBeLessThan(20_000);
  });
});
