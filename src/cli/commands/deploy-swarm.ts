import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { parseDockerTarget } from '../../core/connection/target.ts';
import { parseDuration, parseMap } from '../../core/inputs/parse.ts';
import { deploySmokeOptions } from '../../core/smoke/options.ts';
import { checkEnvGroups, parseImagePins } from '../../core/swarm/compose.ts';
import { checkImagePins } from '../../core/swarm/image-pins.ts';
import { checkStackFiles, checkStackName, interpolationEnv } from '../../core/swarm/request.ts';
import { deploySwarmStack } from '../../pipeline/swarm/deploy.ts';
import { openDockerEngine } from '../../pipeline/swarm/engine.ts';
import { engineAccess, readFlagFile } from '../connection.ts';
import type { CliContext } from '../context.ts';
import { cliLockHolder } from '../lock-holder.ts';
import { terminalReporter } from '../reporter.ts';

export const DEPLOY_SWARM_USAGE = `Usage: gantry deploy swarm --host ssh://user@host[:port] --stack NAME -c FILE [options]

Deploys a stack with the same engine as the deploy-swarm action: pinned host key, one SSH
connection, the stack's lock, convergence watch, smoke check and automatic rollback.
Exit code 0: deployed (or planned), 1: failed or rolled back, 2: bad arguments.

  --host URL               ssh://user@host[:port] or unix:///var/run/docker.sock
  --ssh-key FILE           private key file (default: none, for unix://)
  --known-hosts FILE       known_hosts file with the host's line (required for ssh://)
  --jump-host USER@HOST[:PORT]  a bastion to go through (its line in --known-hosts too)
  --stack NAME             stack name
  -c, --compose-file FILE  stack file (repeatable)
  --env KEY=VALUE          interpolation variable (repeatable)
  --image SERVICE=IMAGE@sha256:…   pin a service (repeatable)
  --env-group A,B,C        variables that must be all set or all empty (repeatable)
  --smoke-url URL          check after convergence (repeatable); --smoke-expect-json JSON
  --timeout DURATION       convergence deadline (default 10m); --no-progress-timeout (3m)
  --lock-timeout DURATION  wait for another deploy of the stack (default 5m)
  --no-rollback            leave a failed release in place
  --prune                  remove services no longer in the stack file
  --dry-run                print the plan, change nothing
`;

export async function deploySwarmCommand(argv: string[], ctx: CliContext): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    options: {
      host: { type: 'string' },
      'ssh-key': { type: 'string' },
      'known-hosts': { type: 'string' },
      'jump-host': { type: 'string' },
      stack: { type: 'string' },
      'compose-file': { type: 'string', short: 'c', multiple: true },
      env: { type: 'string', multiple: true },
      image: { type: 'string', multiple: true },
      'env-group': { type: 'string', multiple: true },
      'smoke-url': { type: 'string', multiple: true },
      'smoke-expect-json': { type: 'string' },
      timeout: { type: 'string' },
      'no-progress-timeout': { type: 'string' },
      'lock-timeout': { type: 'string' },
      'no-rollback': { type: 'boolean' },
      prune: { type: 'boolean' },
      'dry-run': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    ctx.out(DEPLOY_SWARM_USAGE);
    return 0;
  }
  const target = parseDockerTarget('--host', values.host ?? '');
  const stack = checkStackName('--stack', values.stack ?? '');
  const envInput = parseMap('--env', (values.env ?? []).join('\n'));
  const interpolation = interpolationEnv(process.env, envInput);
  const composePaths = (values['compose-file'] ?? ['docker-stack.yml']).map((p) => path.resolve(p));
  const analysis = checkStackFiles(
    composePaths.map((p) => ({ path: p, text: readFlagFile('--compose-file', p) })),
    interpolation,
    stack,
    { compose: '--compose-file', env: '--env' },
  );
  checkEnvGroups('--env-group', values['env-group'] ?? [], interpolation);
  const smoke = deploySmokeOptions(
    values['smoke-url'] ?? [],
    () => ({ 'expect-json': values['smoke-expect-json'] ?? '' }),
    '--smoke-',
  );
  // Every option is read and checked before the SSH connection opens: a bad one names itself.
  const imagePins = checkImagePins(
    '--image',
    parseImagePins('--image', values.image ?? []),
    analysis.services,
  );
  const timeoutMs = parseDuration('--timeout', values.timeout ?? '10m');
  const noProgressMs = parseDuration('--no-progress-timeout', values['no-progress-timeout'] ?? '3m');
  const lockWaitMs = parseDuration('--lock-timeout', values['lock-timeout'] ?? '5m');
  const report = terminalReporter(ctx);
  const workDir = mkdtempSync(path.join(tmpdir(), 'gantry-'));
  const access = engineAccess(target, values);
  const engine = await openDockerEngine(access, workDir, report, ctx.signal).catch((error: unknown) => {
    rmSync(workDir, { recursive: true, force: true });
    throw error;
  });
  const { docker } = engine;
  try {
    const result = await deploySwarmStack(
      docker,
      {
        stack,
        composePaths,
        analysis,
        env: Object.fromEntries(envInput),
        imagePins,
        prune: values.prune === true,
        withRegistryAuth: false,
        timeoutMs,
        noProgressMs,
        rollback: values['no-rollback'] !== true,
        dryRun: values['dry-run'] === true,
        smoke,
        pendingSecrets: [],
        lock: {
          holder: cliLockHolder('gantry deploy swarm'),
          waitMs: lockWaitMs,
          waitInput: '--lock-timeout',
        },
        workDir,
        signal: ctx.signal,
      },
      report,
    );
    ctx.err(`${result.status}: ${result.message}`);
    return result.status === 'deployed' ? 0 : 1;
  } finally {
    await engine.close();
    rmSync(workDir, { recursive: true, force: true });
  }
}
