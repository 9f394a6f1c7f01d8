import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  parseSwitchMode,
  STRATEGY_INPUTS,
  type SwitchMode,
  swarmStrategyFromInputs,
} from '../../core/config/swarm-strategy-inputs.ts';
import { parseReplicasMode, type ReplicasMode } from '../../core/deploy/replicas-mode.ts';
import { ConfigurationError } from '../../core/errors.ts';
import { actionJobs, parsePreDeployInput } from '../../core/pre-deploy/input.ts';
import type { ResolvedJob } from '../../core/pre-deploy/jobs.ts';
import { checkRegistryHost } from '../../core/registry/reference.ts';
import type { SmokeOptions } from '../../core/smoke/options.ts';
import { type BlueGreenSettings, colorStack } from '../../core/strategy/blue-green.ts';
import {
  type ComposeAnalysis,
  type ComposeFile,
  checkEnvGroups,
  parseImagePins,
} from '../../core/swarm/compose.ts';
import { checkImagePins } from '../../core/swarm/image-pins.ts';
import { checkStackFiles, checkStackName, interpolationEnv } from '../../core/swarm/request.ts';
import { readSwarmConnection, type SwarmConnection } from '../../runtime/connection.ts';
import { readDeploymentInputs } from '../../runtime/deployment-record.ts';
import {
  readBoolean,
  readDuration,
  readLines,
  readListOr,
  readMap,
  readRequired,
  readSecret,
  readString,
  readText,
  readTexts,
} from '../../runtime/inputs.ts';
import { readDeploySmokeInputs } from '../../runtime/smoke-inputs.ts';

export interface DeploySwarmInputs {
  connection: SwarmConnection;
  stack: string;
  composePaths: string[];
  analysis: ComposeAnalysis;
  env: Record<string, string>;
  imagePins: Map<string, string>;
  registry: { server: string; username: string; password: string } | undefined;
  prune: boolean;
  timeoutMs: number;
  noProgressMs: number;
  rollback: boolean;
  lockTimeoutMs: number;
  smoke: SmokeOptions | undefined;
  /** `replicas`: what the deploy does with a count scaled by hand since the last release. */
  replicas: ReplicasMode;
  /** `pre-deploy`: jobs run under the lock before the stack is deployed. */
  preDeploy: ResolvedJob[];
  dryRun: boolean;
  environment: string;
  environmentUrl: string;
  /** `strategy: blue-green`: the colours and the proxy switch; undefined for rolling. */
  blueGreen: BlueGreenSettings | undefined;
  /** The stack files as read and the `env` input: a colour's stack is checked again with them. */
  files: ComposeFile[];
  envInput: ReadonlyMap<string, string>;
}

/** The action's `switch` input: deploy (empty), or a switch back or expiry on a blue-green stack. */
export const readSwitchMode = (): SwitchMode => parseSwitchMode('switch', readString('switch'));

/** The strategy inputs, checked by gantry.yml's schema for the keys of the same names. */
function readBlueGreen(preDeploy: string, replicas: ReplicasMode): BlueGreenSettings | undefined {
  const jobs = parsePreDeployInput('pre-deploy', preDeploy).length;
  return swarmStrategyFromInputs(readTexts(STRATEGY_INPUTS), { preDeployJobs: jobs, replicas });
}

/** What a switch back or an expiry reads: the connection, the stack and its blue-green settings. */
export interface SwitchInputs {
  connection: SwarmConnection;
  stack: string;
  blueGreen: BlueGreenSettings;
  timeoutMs: number;
  lockTimeoutMs: number;
}

/** The inputs of `switch: back|expire` (the stack files are not read: nothing is deployed). */
export function readSwitchInputs(): SwitchInputs {
  if (readBoolean('dry-run', false))
    throw new ConfigurationError('is not available with switch (a switch changes only the proxy)', 'dry-run');
  const connection = readSwarmConnection();
  const stack = checkStackName('stack', readRequired('stack'));
  const blueGreen = readBlueGreen('', 'manifest');
  if (blueGreen === undefined)
    throw new ConfigurationError(
      'is for strategy: blue-green (with proxy-service and switch-variable)',
      'switch',
    );
  return {
    connection,
    stack,
    blueGreen,
    timeoutMs: readDuration('timeout', '10m'),
    lockTimeoutMs: readDuration('lock-timeout', '5m'),
  };
}

/** Reads and checks every input, and the stack files, before anything touches the engine. */
export function readDeploySwarmInputs(): DeploySwarmInputs {
  const connection = readSwarmConnection();
  const stack = checkStackName('stack', readRequired('stack'));
  const replicas = parseReplicasMode('replicas', readString('replicas'));
  const preDeploy = readText('pre-deploy');
  const blueGreen = readBlueGreen(preDeploy, replicas);
  const envInput = readMap('env');
  // A blue-green stack file may name its colour, ${GANTRY_COLOR}: checked here as blue, deployed as the idle one.
  const interpolation = interpolationEnv(
    process.env,
    blueGreen === undefined ? envInput : new Map([...envInput, ['GANTRY_COLOR', 'blue']]),
  );

  const workspace = process.env.GITHUB_WORKSPACE || process.cwd();
  const composePaths = readListOr('compose-file', ['docker-stack.yml']).map((p) =>
    path.resolve(workspace, p),
  );
  const files: ComposeFile[] = composePaths.map((file) => {
    try {
      return { path: file, text: readFileSync(file, 'utf8') };
    } catch (error) {
      throw new ConfigurationError(
        `cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
        'compose-file',
      );
    }
  });
  const analysis = checkStackFiles(
    files,
    interpolation,
    blueGreen === undefined ? stack : colorStack(stack, 'blue'),
    { compose: 'compose-file', env: 'env' },
  );
  checkEnvGroups('env-groups', readLines('env-groups'), interpolation);
  const imagePins = checkImagePins(
    'images',
    parseImagePins('images', readLines('images')),
    analysis.services,
  );

  const server = readString('registry').trim();
  if (server !== '') checkRegistryHost('registry', server);
  const username = readString('registry-username').trim();
  const password = readSecret('registry-password');
  if ((username === '') !== (password === ''))
    throw new ConfigurationError(
      `is required with ${username === '' ? 'registry-password' : 'registry-username'}`,
      username === '' ? 'registry-username' : 'registry-password',
    );
  if ((username !== '' || password !== '') && server === '')
    throw new ConfigurationError('is required with registry-username', 'registry');
  if (server !== '' && (username === '' || password === '')) {
    throw new ConfigurationError(
      'registry-username and registry-password are both required with registry',
      username === '' ? 'registry-username' : 'registry-password',
    );
  }

  const smoke = readDeploySmokeInputs();

  return {
    connection,
    stack,
    composePaths,
    analysis,
    env: Object.fromEntries(envInput),
    imagePins,
    registry: server === '' ? undefined : { server, username, password },
    prune: readBoolean('prune', false),
    timeoutMs: readDuration('timeout', '10m'),
    noProgressMs: readDuration('no-progress-timeout', '3m'),
    rollback: readBoolean('rollback', true),
    replicas,
    lockTimeoutMs: readDuration('lock-timeout', '5m'),
    smoke,
    preDeploy: actionJobs(
      'pre-deploy',
      parsePreDeployInput('pre-deploy', preDeploy),
      imagePins,
      interpolation,
    ),
    dryRun: readBoolean('dry-run', false),
    ...readDeploymentInputs(),
    blueGreen,
    files,
    envInput,
  };
}
