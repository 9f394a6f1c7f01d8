import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DockerClient } from '../../../src/adapters/docker.ts';
import type { ReleaseEntry } from '../../../src/core/release-history.ts';
import { readSwarmHistory, writeSwarmHistory } from '../../../src/pipeline/release/history-swarm.ts';
import { recordRelease } from '../../../src/pipeline/release/outcome.ts';
import { runCli } from '../../helpers/run-cli.ts';

// A target no test may reach: were anything contacted, the error would be ssh's, not the option's.
const dir = mkdtempSync(path.join(tmpdir(), 'gantry-history-unit-'));
const config = path.join(dir, 'gantry.yml');
writeFileSync(path.join(dir, 'stack.yml'), 'services: {}\n');
writeFileSync(
  config,
  [
    'image: registry.example/shop',
    'targets:',
    '  prod:',
    '    swarm:',
    '      host: ssh://deploy@192.0.2.1',
    '      ssh-key-file: no-such-key',
    '      known-hosts-file: no-such-known-hosts',
    '      stack: shop',
    '      stack-files: [stack.yml]',
    '',
  ].join('\n'),
);

describe('gantry history and gantry rollback: parsing', () => {
  it('are in the command list', async () => {
    const r = await runCli(['--help']);
    expect(r.out).toContain('  history ');
    expect(r.out).toContain('  rollback ');
  });

  it.each([
    [['history', '--help'], 'Usage: gantry history [-c gantry.yml] --target NAME [--json]'],
    [['history', '-h'], 'the last 20 kept'],
    [['rollback', '--help'], 'Usage: gantry rollback [-c gantry.yml] --target NAME [--to TAG]'],
    [['rollback', '-h'], 'a prune\nremoved it'],
  ])('%j prints its usage (exit 0)', async (argv, text) => {
    const r = await runCli(argv);
    expect(r.code).toBe(0);
    expect(r.out).toContain(text);
  });

  it.each([
    [['history', '--to', 'x'], "gantry history: Unknown option '--to'"],
    [['history', 'extra'], 'gantry history: Unexpected argument'],
    [['rollback', '--json'], "gantry rollback: Unknown option '--json'"],
    [['rollback', '--tag', '1.0'], "Unknown option '--tag'"],
    [['history', '-c', config, '--target', 'staging'], "Option '--target': "],
    [['rollback', '-c', config, '--target', 'staging', '--to', '1.0'], "Option '--target': "],
    [['history', '-c', path.join(dir, 'missing.yml')], 'missing.yml'],
    [['rollback', '-c', path.join(dir, 'missing.yml')], 'missing.yml'],
    [['history', '-c', config, '--target', 'prod'], 'targets.prod.swarm.known-hosts-file'],
    [['rollback', '-c', config, '--target', 'prod'], 'targets.prod.swarm.known-hosts-file'],
  ])('%j: exit 2 naming the option or key, nothing contacted', async (argv, message) => {
    const r = await runCli(argv);
    expect(r.code).toBe(2);
    expect(r.err).toContain(message);
  });
});

/** A Docker Engine that keeps configs in memory, as the Engine API lists and creates them. */
function fakeDocker() {
  const configs: Array<{ ID: string; Spec: { Name: string; Labels: Record<string, string>; Data: string } }> =
    [];
  let next = 0;
  const docker = {
    api: async (
      method: string,
      url: string,
      body?: { Name: string; Labels: Record<string, string>; Data: string },
    ) => {
      if (method === 'POST' && url === '/configs/create' && body !== undefined) {
        if (configs.some((c) => c.Spec.Name === body.Name)) throw new Error('name conflicts');
        configs.push({ ID: `id${next++}`, Spec: { ...body } });
        return {};
      }
      if (method === 'GET' && url.startsWith('/configs?filters=')) {
        const { label } = JSON.parse(decodeURIComponent(url.split('=')[1] ?? '')) as { label: string[] };
        return configs.filter((c) =>
          label.every((l) => {
            const [k, v] = l.split('=');
            return c.Spec.Labels[k ?? ''] === v;
          }),
        );
      }
      if (method === 'DELETE' && url.startsWith('/configs/')) {
        configs.splice(
          configs.findIndex((c) => c.ID === url.slice('/configs/'.length)),
          1,
        );
        return {};
      }
      throw new Error(`unexpected ${method} ${url}`);
    },
  };
  return { docker: docker as unknown as DockerClient, configs };
}

const entry = (tag: string, minute: number): ReleaseEntry => ({
  tag,
  images: { shop: `registry.example/shop@sha256:${'a'.repeat(64)}` },
  secrets: { TOKEN: `shop_TOKEN_${tag}` },
  at: new Date(Date.UTC(2026, 11, 6, 12, minute)).toISOString(),
  by: 'me@host (gantry release)',
  verdict: 'deployed',
});

describe('the record on a Swarm (fake engine)', () => {
  it('writes one labelled config per release, keeps the newest 20, per stack', async () => {
    const { docker, configs } = fakeDocker();
    for (let i = 0; i < 23; i++) await writeSwarmHistory(docker, 'shop', entry(`t${i}`, i));
    await writeSwarmHistory(docker, 'other', entry('o', 30));
    const read = await readSwarmHistory(docker, 'shop');
    expect(read).toHaveLength(20);
    expect(read.map((e) => e.tag).sort()).toEqual(Array.from({ length: 20 }, (_, i) => `t${i + 3}`).sort());
    const config = configs.find((c) => c.Spec.Labels['gantry.release.tag'] === 't22');
    expect(config?.Spec.Labels).toMatchObject({ 'gantry.stack': 'shop', 'gantry.release': '1' });
    expect(config?.Spec.Name.length).toBeLessThanOrEqual(64);
    expect(await readSwarmHistory(docker, 'other')).toEqual([entry('o', 30)]);
  });

  it('a failure to write the record is a warning, never a failed release', async () => {
    const warnings: string[] = [];
    const report = {
      group: async <T>(_t: string, b: () => Promise<T>) => b(),
      info: () => {},
      warning: (m: string) => warnings.push(m),
      error: () => {},
    };
    const flags = {
      dryRun: false,
      skipBuild: false,
      skipSmoke: false,
      tag: 'v1',
      lockHolder: 'me',
      record: { tag: 'v1', by: 'me' },
    };
    const result = { status: 'deployed' as const, message: 'ok', smoke: undefined };
    await expect(
      recordRelease(
        flags,
        new Map([['shop', 'x@sha256:1']]),
        [],
        result,
        async () => {
          throw new Error('permission denied');
        },
        report,
      ),
    ).resolves.toBeUndefined();
    expect(warnings).toEqual(['the release was not recorded on the target: permission denied']);
    const written: ReleaseEntry[] = [];
    await recordRelease(
      { ...flags, dryRun: true },
      new Map(),
      [],
      result,
      async (e) => {
        written.push(e);
      },
      report,
    );
    await recordRelease(
      { dryRun: false, skipBuild: false, skipSmoke: false, tag: 'v1', lockHolder: 'me' },
      new Map(),
      [],
      result,
      async (e) => {
        written.push(e);
      },
      report,
    );
    expect(written).toEqual([]);
  });
});
