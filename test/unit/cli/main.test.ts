import { describe, expect, it } from 'vitest';
import { runCli } from '../../helpers/run-cli.ts';

const run = runCli;

describe('gantry: secrets, prune and deploy kubernetes are registered', () => {
  it('the command list names them', async () => {
    const r = await run(['--help']);
    expect(r.code).toBe(0);
    for (const command of ['deploy kubernetes', 'secrets', 'prune']) expect(r.out).toContain(`  ${command} `);
  });

  it.each([
    [['secrets', '--help'], 'Usage: gantry secrets --stack NAME'],
    [['prune', '--help'], 'Usage: gantry prune --stack NAME'],
    [['deploy', 'kubernetes', '--help'], 'Usage: gantry deploy kubernetes -f MANIFESTS'],
    [['deploy', '--help'], 'Usage: gantry deploy kubernetes -f MANIFESTS'],
  ])('%j prints its usage', async (argv, usage) => {
    const r = await run(argv);
    expect(r.code).toBe(0);
    expect(r.out).toContain(usage);
  });

  it.each([
    [['deploy', 'nomad'], 'gantry deploy: unknown target "nomad" (expected: swarm or kubernetes)'],
    [['prune', '--stack', 'shop', '--keep', '0'], "gantry prune: Option '--keep'"],
    [['prune', '--stack', 'shop'], "gantry prune: Option '--host': is required with --target swarm"],
    [
      ['secrets', '--stack', 'shop', '--secret', 'GANTRY_TEST_UNSET'],
      "Option '--secret': secret GANTRY_TEST_UNSET",
    ],
    [
      ['secrets', '--stack', 'shop', '--secret', 'A', '--target', 'kubernetes', '-n', 'Bad_NS'],
      "gantry secrets: Option '--namespace'",
    ],
    [['secrets', '--stack', 'shop', '--value', 'x'], "Unknown option '--value'"],
    [['deploy', 'kubernetes'], "gantry deploy: Option '--manifests': is required"],
  ])('%j is a usage error (exit 2) before anything is contacted', async (argv, message) => {
    const r = await run(argv, { A: 'x' });
    expect(r.code).toBe(2);
    expect(r.err).toContain(message);
  });

  it('an unknown flag prints the usage; a bad value names the option and points at --help', async () => {
    const unknown = await run(['prune', '--stack', 'shop', '--value', 'x']);
    expect(unknown.err).toContain('Usage: gantry prune --stack NAME');
    const bad = await run(['prune', '--stack', 'shop', '--keep', '0']);
    expect(bad.err).not.toContain('Usage:');
    expect(bad.err).toMatch(/^gantry prune: Option '--keep': .*\n\(see "gantry prune --help"\)\n$/);
  });
});
