import { parseArgs } from 'node:util';
import {
  checkForceRelease,
  forceReleaseJson,
  formatForceRelease,
  formatLockStatus,
  lockStatusJson,
} from '../../core/lock-status.ts';
import { forceReleaseTargetLock, readTargetLock } from '../../pipeline/lock/target-lock.ts';
import { readConfigFile, selectTarget } from '../../pipeline/release/config-file.ts';
import type { CliContext } from '../context.ts';
import { cliLockHolder } from '../lock-holder.ts';
import { terminalReporter } from '../reporter.ts';

export const LOCK_USAGE = `Usage: gantry lock status [-c gantry.yml] --target NAME [--json]
       gantry lock release [-c gantry.yml] --target NAME --force --reason TEXT [--json]

The deploy lock of a gantry.yml target (Swarm: the stack's config object gantry-lock-<stack>;
Kubernetes: the Lease gantry-deploy-lock in the target's namespace), reached as "gantry release"
reaches the target.

  status    who holds the lock, since when and until when (stale once past its expiry: the next
            deploy takes it over), or free; and the last forced release recorded on the target.
            Reads the lock, never takes it. Exit 0 whether held or free.
  release   removes the lock whoever holds it (a deploy may still be running: look first), and
            records who forced it, when and why on the target (Swarm: the config object
            gantry-forced-release-<stack>; Kubernetes: a Warning Event GantryLockForceReleased on
            the Lease). A free lock: "nothing to release", exit 0.

  -c, --config FILE   the config (default gantry.yml)
  --target NAME       the target (optional when the config has one)
  --json              print one JSON object (stable keys) instead of text
  --force             release: required, removes a lock someone else holds
  --reason TEXT       release: required, why (recorded with who and when)

Exit code 0: done, 1: the target failed the request, 2: bad arguments or config (named), or the
target refused the connection.
`;

const common = {
  config: { type: 'string', short: 'c', default: 'gantry.yml' },
  target: { type: 'string' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

const releaseOptions = { ...common, force: { type: 'boolean' }, reason: { type: 'string' } } as const;

const json = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;

async function statusCommand(argv: string[], ctx: CliContext): Promise<number> {
  const { values } = parseArgs({ args: argv, strict: true, options: common });
  if (values.help) {
    ctx.out(LOCK_USAGE);
    return 0;
  }
  const target = selectTarget(readConfigFile(values.config), values.target);
  const status = await readTargetLock(target, terminalReporter(ctx), ctx.signal);
  ctx.out(values.json ? json(lockStatusJson(status)) : formatLockStatus(status, new Date()));
  return 0;
}

async function releaseCommand(argv: string[], ctx: CliContext): Promise<number> {
  const { values } = parseArgs({ args: argv, strict: true, options: releaseOptions });
  if (values.help) {
    ctx.out(LOCK_USAGE);
    return 0;
  }
  // Both checked before the config is read or anything is contacted.
  const reason = checkForceRelease(values.force, values.reason);
  const target = selectTarget(readConfigFile(values.config), values.target);
  const by = cliLockHolder('gantry lock release');
  const result = await forceReleaseTargetLock(target, { by, reason }, terminalReporter(ctx), ctx.signal);
  ctx.out(values.json ? json(forceReleaseJson(result)) : formatForceRelease(result, new Date()));
  return 0;
}

/** `gantry lock status|release`: the first word picks what is done. */
export async function lockCommand(argv: string[], ctx: CliContext): Promise<number> {
  const [action, ...rest] = argv;
  if (action === 'status') return statusCommand(rest, ctx);
  if (action === 'release') return releaseCommand(rest, ctx);
  if (action === '--help' || action === '-h' || action === 'help') {
    ctx.out(LOCK_USAGE);
    return 0;
  }
  ctx.err(
    `gantry lock: unknown action ${JSON.stringify(action ?? '')} (expected: status or release)\n\n${LOCK_USAGE}`,
  );
  return 2;
}
