import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ConfigurationError } from '../../core/errors.ts';
import {
  checkSecretName,
  checkSecretStack,
  desiredSecrets,
  parseSecretFiles,
  parseVersionMode,
  type SecretPlan,
} from '../../core/secrets/index.ts';
import { applyKubernetesSecrets } from '../../pipeline/secrets/kubernetes.ts';
import { applySwarmSecrets } from '../../pipeline/secrets/swarm.ts';
import { CONNECTION_OPTIONS, CONNECTION_USAGE, cliTarget } from '../connection.ts';
import type { CliContext } from '../context.ts';
import { onTarget } from '../on-target.ts';
import { terminalReporter } from '../reporter.ts';

export const SECRETS_USAGE = `Usage: gantry secrets --stack NAME (--secret NAME | --secret-file NAME=PATH)... [options]

Creates the versioned secrets of a stack with the same engine as the secrets action: immutable,
named <stack>_<NAME>_<version> on Swarm and <stack>-<name>-<version> on Kubernetes; an unchanged
value reuses its version. Values are read from environment variables or files, never from the
command line, and reach the server on stdin. Prints NAME_SECRET=<versioned name> lines on stdout
(for >> "$GITHUB_ENV", or an env file); the log goes to stderr.
Exit code 0: done (or planned), 2: bad arguments.

  --stack NAME             stack name, the prefix of every secret name
  --secret NAME            a secret whose value is the environment variable NAME (repeatable)
  --secret-file NAME=PATH  a secret whose value is the file's content (repeatable)
  --version content|run    content (default): a hash of the value; run: <sha>-<UTC time>
  --commit SHA             gantry.commit label (default: GITHUB_SHA, else git rev-parse HEAD)
${CONNECTION_USAGE}
  --dry-run                list and plan, create nothing
`;

/** The commit to record: the flag, GITHUB_SHA, the working tree's HEAD, else zeros. */
function commitOf(flag: string | undefined): string {
  if (flag !== undefined) {
    if (!/^[0-9a-f]{7,64}$/i.test(flag))
      throw new ConfigurationError('expected a commit SHA (hex)', '--commit');
    return flag;
  }
  if (process.env.GITHUB_SHA) return process.env.GITHUB_SHA;
  try {
    return execFileSync('git', ['rev-parse', 'HEAD'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    return '0000000';
  }
}

/** NAME -> value, from environment variables and files; every problem names its flag. */
export function readCliSecretValues(
  names: readonly string[],
  files: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
  cwd: string,
): Map<string, string | Uint8Array> {
  const values = new Map<string, string | Uint8Array>();
  for (const name of names) {
    checkSecretName('--secret', name);
    if (values.has(name)) throw new ConfigurationError(`secret ${name} is given twice`, '--secret');
    const value = env[name];
    if (value === undefined || value === '')
      throw new ConfigurationError(
        `secret ${name}: the environment variable ${name} is empty or not set`,
        '--secret',
      );
    values.set(name, value);
  }
  for (const [name, file] of parseSecretFiles('--secret-file', files.join('\n'))) {
    if (values.has(name))
      throw new ConfigurationError(`secret ${name} is also given with --secret`, '--secret-file');
    let content: Buffer;
    try {
      content = readFileSync(path.resolve(cwd, file));
    } catch (error) {
      throw new ConfigurationError(
        `cannot read ${file} for ${name} (${(error as NodeJS.ErrnoException).code})`,
        '--secret-file',
      );
    }
    if (content.length === 0) throw new ConfigurationError(`${file} (for ${name}) is empty`, '--secret-file');
    values.set(name, content);
  }
  if (values.size === 0)
    throw new ConfigurationError('no secrets given: use --secret or --secret-file', '--secret');
  return values;
}

export async function secretsCommand(argv: string[], ctx: CliContext): Promise<number> {
  const { values: flags } = parseArgs({
    args: argv,
    strict: true,
    options: {
      ...CONNECTION_OPTIONS,
      stack: { type: 'string' },
      secret: { type: 'string', multiple: true },
      'secret-file': { type: 'string', multiple: true },
      version: { type: 'string' },
      commit: { type: 'string' },
      'dry-run': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (flags.help) {
    ctx.out(SECRETS_USAGE);
    return 0;
  }
  const stack = checkSecretStack('--stack', flags.stack ?? '');
  const mode = parseVersionMode('--version', flags.version ?? 'content');
  const secretValues = readCliSecretValues(
    flags.secret ?? [],
    flags['secret-file'] ?? [],
    process.env,
    process.cwd(),
  );
  const target = cliTarget(flags);
  const dryRun = flags['dry-run'] === true;
  const desired = desiredSecrets({
    platform: target.target,
    stack,
    mode,
    values: secretValues,
    commit: commitOf(flags.commit),
    now: new Date(),
    input: '--secret',
  });
  const request = { stack, mode, desired, values: secretValues, dryRun, input: '--secret' };
  const report = terminalReporter(ctx);
  const plan = await onTarget<SecretPlan>(target, report, ctx.signal, {
    kubernetes: (connected) => {
      const namespace = connected.defaultNamespace;
      return report.group(`Secrets of stack ${stack} in namespace ${namespace}`, () =>
        applyKubernetesSecrets(connected.kubectl, { ...request, namespace }, report),
      );
    },
    swarm: (engine) =>
      report.group(`Secrets of stack ${stack}`, () => applySwarmSecrets(engine.docker, request, report)),
  });
  for (const [key, value] of Object.entries(plan.env)) ctx.out(`${key}=${value}\n`);
  ctx.err(
    `${dryRun ? 'planned' : 'done'}: ${plan.create.length} ${dryRun ? 'to create' : 'created'}, ${plan.reuse.length} reused\n`,
  );
  return 0;
}
