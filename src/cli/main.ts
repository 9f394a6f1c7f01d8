import { ToolError } from '../adapters/exec.ts';
import { isConfigurationError, StepFailure } from '../core/errors.ts';
import { BUILD_USAGE, buildCommand } from './commands/build.ts';
import { CANARY_USAGE, canaryCommand } from './commands/canary.ts';
import { DEPLOY_KUBERNETES_USAGE, deployKubernetesCommand } from './commands/deploy-kubernetes.ts';
import { DEPLOY_SWARM_USAGE, deploySwarmCommand } from './commands/deploy-swarm.ts';
import { HISTORY_USAGE, historyCommand } from './commands/history.ts';
import { INIT_USAGE, initCommand } from './commands/init.ts';
import { LOCK_USAGE, lockCommand } from './commands/lock.ts';
import { LOGS_USAGE, logsCommand } from './commands/logs.ts';
import { PLAN_USAGE, planCommand } from './commands/plan.ts';
import { PRUNE_USAGE, pruneCommand } from './commands/prune.ts';
import { RELEASE_USAGE, releaseCommand } from './commands/release.ts';
import { ROLLBACK_USAGE, rollbackCommand } from './commands/rollback.ts';
import { SCAN_USAGE, scanCommand } from './commands/scan.ts';
import { SECRETS_USAGE, secretsCommand } from './commands/secrets.ts';
import { SMOKE_USAGE, smokeCommand } from './commands/smoke.ts';
import { STATUS_USAGE, statusCommand } from './commands/status.ts';
import { SWITCH_USAGE, switchCommand } from './commands/switch.ts';
import type { CliContext } from './context.ts';
import { gantryVersion } from './version.ts';

const USAGE = `Usage: gantry <command> [options]

Commands:
  release            the whole release from gantry.yml: build, scan, secrets, deploy, smoke, prune
  plan               print what "gantry release" would do for a target of gantry.yml; touches nothing
  build              build and push an image tagged from the git ref (the build action's engine)
  scan               gate a Trivy report or scan an image (the scan action's engine)
  secrets            create versioned secrets on Swarm or Kubernetes (the secrets action's engine)
  deploy swarm       deploy a stack to Docker Swarm over SSH (the deploy-swarm action's engine)
  deploy kubernetes  apply manifests with kubectl, gated rollouts and undo (the deploy-k8s action's engine)
  smoke              check that URLs answer as expected (the smoke action's engine)
  prune              remove old secret versions nothing uses (the prune-secrets action's engine)
  lock status        who holds a target's deploy lock, since and until when (stale?)
  lock release       remove a target's deploy lock: --force --reason TEXT, recorded on the target
  status             what runs on a target now: images, releases, replicas, secrets, update state, lock
  logs               the logs of a target's services, secret values masked (--since, --follow)
  history            the releases deployed to a target, newest first, read from the target itself
  rollback           deploy the previous release (or --to TAG) again from the target's record
  switch back        point a blue-green target's proxy back at the previous colour, at once
  canary             promote or abort a canary left running on a Kubernetes target
  init               write a commented gantry.yml and a release workflow for this directory

Run "gantry <command> --help" for a command's options.
"gantry --version" (or -V) prints the version.
`;

type Command = (argv: string[], ctx: CliContext) => Promise<number>;

const DEPLOY_USAGE = `${DEPLOY_SWARM_USAGE}\n${DEPLOY_KUBERNETES_USAGE}`;

/** `deploy swarm` and `deploy kubernetes`: the first word picks the target. */
const deployCommand: Command = async (argv, ctx) => {
  const [target, ...rest] = argv;
  if (target === 'swarm') return deploySwarmCommand(rest, ctx);
  if (target === 'kubernetes') return deployKubernetesCommand(rest, ctx);
  if (target === '--help' || target === '-h') {
    ctx.out(DEPLOY_USAGE);
    return 0;
  }
  ctx.err(
    `gantry deploy: unknown target ${JSON.stringify(target ?? '')} (expected: swarm or kubernetes)\n\n${DEPLOY_USAGE}`,
  );
  return 2;
};

const USAGES: Record<string, string> = {
  smoke: SMOKE_USAGE,
  deploy: DEPLOY_USAGE,
  scan: SCAN_USAGE,
  build: BUILD_USAGE,
  release: RELEASE_USAGE,
  plan: PLAN_USAGE,
  secrets: SECRETS_USAGE,
  prune: PRUNE_USAGE,
  lock: LOCK_USAGE,
  status: STATUS_USAGE,
  logs: LOGS_USAGE,
  history: HISTORY_USAGE,
  rollback: ROLLBACK_USAGE,
  switch: SWITCH_USAGE,
  canary: CANARY_USAGE,
  init: INIT_USAGE,
};

const COMMANDS: Record<string, Command> = {
  smoke: smokeCommand,
  deploy: deployCommand,
  scan: scanCommand,
  build: buildCommand,
  release: releaseCommand,
  plan: planCommand,
  secrets: secretsCommand,
  prune: pruneCommand,
  lock: lockCommand,
  status: statusCommand,
  logs: logsCommand,
  history: historyCommand,
  rollback: rollbackCommand,
  switch: switchCommand,
  canary: canaryCommand,
  init: initCommand,
};

/** Runs one CLI invocation and returns its exit code: 0 ok, 1 a failed check, 2 a usage error. */
export async function main(argv: string[], ctx: CliContext): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    ctx.out(USAGE);
    return name === undefined ? 2 : 0;
  }
  if (name === '--version' || name === '-V') {
    ctx.out(gantryVersion());
    return 0;
  }
  const command = COMMANDS[name];
  if (command === undefined) {
    ctx.err(`gantry: unknown command ${JSON.stringify(name)}\n\n${USAGE}`);
    return 2;
  }
  try {
    return await command(rest, ctx);
  } catch (error) {
    if (error instanceof TypeError && 'code' in error) {
      // parseArgs throws TypeErrors with ERR_PARSE_ARGS_* codes for unknown or malformed flags.
      ctx.err(`gantry ${name}: ${error.message}\n\n${USAGES[name] ?? USAGE}`);
      return 2;
    }
    if (isConfigurationError(error)) {
      // The message names the option or config key at fault; the whole usage would bury it.
      ctx.err(`gantry ${name}: ${error.message}\n(see "gantry ${name} --help")\n`);
      return 2;
    }
    if (error instanceof StepFailure) {
      ctx.err(`gantry ${name}: ${error.message}`);
      return 1;
    }
    if (error instanceof ToolError) {
      // A tool that failed (trivy could not find the image, say): its own words, no stack; a failed check.
      ctx.err(`gantry ${name}: ${error.message}`);
      return 1;
    }
    throw error;
  }
}
