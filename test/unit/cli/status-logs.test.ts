import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli as run } from '../../helpers/run-cli.ts';

// A target no test may reach: were anything contacted, the error would be ssh's, not the option's.
const dir = mkdtempSync(path.join(tmpdir(), 'gantry-status-unit-'));
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

describe('gantry status / gantry logs', () => {
  it('are in the command list', async () => {
    const r = await run(['--help']);
    expect(r.out).toContain('  status ');
    expect(r.out).toContain('  logs ');
  });

  it.each([
    [['status', '--help'], 'Usage: gantry status [-c gantry.yml] --target NAME [--json]'],
    [['status', '-h'], 'Usage: gantry status'],
    [
      ['logs', '--help'],
      'Usage: gantry logs [-c gantry.yml] --target NAME [SERVICE] [--since 10m] [--follow]',
    ],
    [['logs', 'web', '-h'], 'Usage: gantry logs'],
  ])('%j prints its usage (exit 0)', async (argv, usage) => {
    const r = await run(argv);
    expect(r.code).toBe(0);
    expect(r.out).toContain(usage);
  });

  it.each([
    [['status', 'web'], "Unexpected argument 'web'"],
    [['status', '--follow'], "Unknown option '--follow'"],
    [['logs', '--json'], "Unknown option '--json'"],
    [['logs', '-c', config, 'web', 'db'], 'gantry logs: one SERVICE at most (got "web", "db")'],
    [
      ['logs', '-c', config, '--since', '10 minutes'],
      'gantry logs: Option \'--since\': "10 minutes" is not a duration',
    ],
    [['logs', '-c', config, '--since', '$(reboot)'], "Option '--since': "],
    [['status', '-c', '/nonexistent/gantry.yml'], "Option '--config': cannot read /nonexistent/gantry.yml"],
    [['logs', '-c', '/nonexistent/gantry.yml'], "Option '--config': cannot read /nonexistent/gantry.yml"],
    [
      ['status', '-c', config, '--target', 'staging'],
      'Option \'--target\': no target "staging" in the config',
    ],
    [['logs', '-c', config, '--target', 'staging', 'web'], 'Option \'--target\': no target "staging"'],
    // openSwarm reads the key files before it dials: a missing one names its gantry.yml key.
    [['status', '-c', config], 'targets.prod.swarm.known-hosts-file'],
    [['logs', '-c', config, 'web', '--since', '5m'], 'targets.prod.swarm.known-hosts-file'],
  ])('%j: exit 2, %s', async (argv, message) => {
    const r = await run(argv);
    expect(r.err).toContain(message);
    expect(r.code).toBe(2);
  });
});
