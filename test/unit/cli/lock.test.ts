import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../helpers/run-cli.ts';

const run = runCli;

// A target no test may reach: were anything contacted, the error would be ssh's, not the option's.
const dir = mkdtempSync(path.join(tmpdir(), 'gantry-lock-unit-'));
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

describe('gantry lock', () => {
  it('is in the command list', async () => {
    const r = await run(['--help']);
    expect(r.out).toContain('  lock status ');
    expect(r.out).toContain('  lock release ');
  });

  it.each([
    [['lock', '--help']],
    [['lock', 'status', '--help']],
    [['lock', 'release', '-h']],
    [['lock', 'help']],
  ])('%j prints its usage (exit 0)', async (argv) => {
    const r = await run(argv);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Usage: gantry lock status [-c gantry.yml] --target NAME [--json]');
    expect(r.out).toContain('gantry lock release [-c gantry.yml] --target NAME --force --reason TEXT');
  });

  it.each([
    [['lock'], 'gantry lock: unknown action "" (expected: status or release)'],
    [['lock', 'steal'], 'gantry lock: unknown action "steal"'],
    [['lock', 'status', '--force'], "Unknown option '--force'"],
    [['lock', 'status', '--reason', 'x'], "Unknown option '--reason'"],
    [['lock', 'release', '-c', config, '--target', 'prod'], "gantry lock: Option '--force': is required"],
    [
      ['lock', 'release', '-c', config, '--target', 'prod', '--reason', 'crashed'],
      "Option '--force': is required",
    ],
    [
      ['lock', 'release', '-c', config, '--target', 'prod', '--force'],
      "gantry lock: Option '--reason': is required",
    ],
    [
      ['lock', 'release', '-c', config, '--target', 'prod', '--force', '--reason', ' '],
      "Option '--reason': is required",
    ],
    // --force and --reason are checked before the config is read.
    [['lock', 'release', '-c', '/nonexistent/gantry.yml', '--reason', 'x'], "Option '--force'"],
    [
      ['lock', 'status', '-c', '/nonexistent/gantry.yml'],
      "Option '--config': cannot read /nonexistent/gantry.yml",
    ],
    [
      ['lock', 'status', '-c', config, '--target', 'staging'],
      `Option '--target': no target "staging" in the config`,
    ],
    [
      ['lock', 'release', '-c', config, '--target', 'nope', '--force', '--reason', 'x'],
      `Option '--target': no target "nope"`,
    ],
    // openSwarm reads the key files before it dials: a missing one names its gantry.yml key.
    [['lock', 'status', '-c', config, '--json'], "Input 'targets.prod.swarm.known-hosts-file': cannot read"],
  ])('%j is a usage error (exit 2) before anything is contacted', async (argv, message) => {
    const r = await run(argv);
    expect(r.code).toBe(2);
    expect(r.err).toContain(message);
    expect(r.out).toBe('');
  });
});
