import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../helpers/run-cli.ts';

// `gantry canary promote|abort`: its refusals, made before anything is contacted (no cluster here).
const dir = mkdtempSync(path.join(tmpdir(), 'gantry-canary-'));
const config = path.join(dir, 'gantry.yml');
writeFileSync(
  config,
  [
    'image: registry.example.com/shop/api',
    'smoke: { urls: ["http://127.0.0.1:30600/health"] }',
    'targets:',
    '  rolling:',
    '    kubernetes:',
    '      manifests: [k8s/]',
    '  swarm:',
    '    swarm:',
    '      host: unix:///nonexistent/docker.sock',
    '      stack: shop',
    '',
  ].join('\n'),
);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('gantry canary', () => {
  it('--help prints the usage (exit 0)', async () => {
    const run = await runCli(['canary', '--help']);
    expect(run.code).toBe(0);
    expect(run.out).toContain('Usage: gantry canary promote|abort [-c gantry.yml] --target NAME');
  });

  it.each([
    [['canary'], 'expected "gantry canary promote" or "gantry canary abort", got ""'],
    [['canary', 'resume'], 'expected "gantry canary promote" or "gantry canary abort", got "resume"'],
    [['canary', 'promote', '-c', config, '--target', 'rolling'], 'target rolling is not a canary target'],
    [['canary', 'abort', '-c', config, '--target', 'swarm'], 'target swarm is not a canary target'],
  ])('%j is refused with exit 2', async (argv, message) => {
    const run = await runCli(argv);
    expect(run.code).toBe(2);
    expect(run.err).toContain(message);
  });
});
