import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../helpers/run-cli.ts';

// `gantry switch back`: its refusals, made before anything is contacted (the hosts below do not exist).
const dir = mkdtempSync(path.join(tmpdir(), 'gantry-switch-'));
const config = path.join(dir, 'gantry.yml');
writeFileSync(
  config,
  [
    'image: registry.example.com/shop/api',
    'targets:',
    '  rolling:',
    '    swarm:',
    '      host: unix:///nonexistent/docker.sock',
    '      stack: shop',
    '  k8s:',
    '    kubernetes:',
    '      manifests: [k8s/]',
    '',
  ].join('\n'),
);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('gantry switch', () => {
  it('--help prints the usage (exit 0)', async () => {
    const run = await runCli(['switch', '--help']);
    expect(run.code).toBe(0);
    expect(run.out).toContain('Usage: gantry switch back|expire [-c gantry.yml] --target NAME');
  });

  it.each([
    [['switch'], 'expected "gantry switch back" or "gantry switch expire", got ""'],
    [['switch', 'forward'], 'expected "gantry switch back" or "gantry switch expire", got "forward"'],
    [['switch', 'back', '-c', config, '--target', 'rolling'], 'target rolling is not a blue-green target'],
    [['switch', 'back', '-c', config, '--target', 'k8s'], 'target k8s is not a blue-green target'],
    [['switch', 'expire', '-c', config, '--target', 'rolling'], 'target rolling is not a blue-green target'],
  ])('%j is refused with exit 2', async (argv, message) => {
    const run = await runCli(argv);
    expect(run.code).toBe(2);
    expect(run.err).toContain(message);
  });

  it('an unknown flag is a usage error (exit 2)', async () => {
    const run = await runCli(['switch', 'back', '--to', 'blue']);
    expect(run.code).toBe(2);
    expect(run.err).toContain("Unknown option '--to'");
  });
});
