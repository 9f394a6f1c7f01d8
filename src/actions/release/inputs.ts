import { readFileSync } from 'node:fs';
import path from 'node:path';
import { checkTag } from '../../core/build/metadata.ts';
import { checkNoConflict, parsePinnedImages, secretsFromInput } from '../../core/config/action-inputs.ts';
import { loadConfig } from '../../core/config/load.ts';
import type { GantryConfig, Target } from '../../core/config/model.ts';
import { parseRunners } from '../../core/config/workflow-plan.ts';
import { checkPrivateKey, parseKnownHosts } from '../../core/connection/target.ts';
import { ConfigurationError } from '../../core/errors.ts';
import { parseKubeconfig } from '../../core/kubernetes/kubeconfig.ts';
import { kubeconfigCredentials } from '../../core/kubernetes/kubeconfig-secrets.ts';
import { DEFAULT_TRIVY_VERSION, parseTrivyVersion } from '../../core/scan/install.ts';
import { parseSecretValues } from '../../core/secrets/inputs.ts';
import { mask, readBoolean, readOr, readSecret, readString, readText } from '../../runtime/inputs.ts';
import { workspacePath } from '../../runtime/workspace.ts';

/** Credentials given as inputs (workflow secrets): written to private files for the run only. */
export interface Credentials {
  sshKey: string;
  knownHosts: string;
  kubeconfig: string;
}

export interface ReleaseInputs {
  mode: 'release' | 'plan';
  workspace: string;
  config: GantryConfig;
  target: Target;
  runners: Record<string, string>;
  credentials: Credentials;
  pinned: Map<string, string> | undefined;
  tag: string | undefined;
  dryRun: boolean;
  skipScan: boolean;
  skipSmoke: boolean;
  trivyVersion: string;
}

/** The variable the registry-password input reaches the build stage through (this process only). */
const REGISTRY_PASSWORD_VAR = 'GANTRY_INPUT_REGISTRY_PASSWORD';

function readConfig(workspace: string): GantryConfig {
  const file = workspacePath('config', readOr('config', 'gantry.yml'));
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new ConfigurationError(`cannot read ${file} (${(error as NodeJS.ErrnoException).code})`, 'config');
  }
  return loadConfig(text, {
    file: path.relative(workspace, file) || file,
    baseDir: path.dirname(file),
    env: process.env,
    // The inputs may give them (for any target of the file); a target released without either is
    // refused when it connects, naming the key, before anything changes.
    givenElsewhere: new Set(['ssh-key-file', 'known-hosts-file'] as const),
  });
}

function selectTarget(config: GantryConfig, name: string): Target {
  const names = Object.keys(config.targets);
  if (name === '') {
    if (names.length === 1) return config.targets[names[0] ?? ''] as Target;
    throw new ConfigurationError(`is required: the config has targets ${names.join(', ')}`, 'target');
  }
  // Own keys only: `constructor` or `toString` is no target, whatever a plain object inherits.
  const target = Object.hasOwn(config.targets, name) ? config.targets[name] : undefined;
  if (target === undefined)
    throw new ConfigurationError(
      `no target ${JSON.stringify(name)} in the config (it has ${names.join(', ')})`,
      'target',
    );
  return target;
}

/** The registry credentials: the file's, or the inputs' when the file has none. */
function withRegistry(config: GantryConfig, username: string, password: string): GantryConfig {
  if (password === '') return config;
  process.env[REGISTRY_PASSWORD_VAR] = password;
  checkNoConflict('registry-username', username, 'registry.username', config.registry?.username);
  const user = config.registry?.username ?? username;
  if (user === '') throw new ConfigurationError('is required with registry-password', 'registry-username');
  return { ...config, registry: { username: user, password: { env: REGISTRY_PASSWORD_VAR } } };
}

/**
 * The file's secrets that read `env: NAME`, from app-secrets (a missing one is an error naming it);
 * set in this process's environment unless `checkOnly` (mode: plan, before a workflow builds anything).
 */
function applyAppSecrets(config: GantryConfig, raw: string, checkOnly = false): void {
  const given = raw.trim() === '' ? new Map<string, string>() : parseSecretValues('app-secrets', raw);
  for (const value of given.values()) mask(value);
  const values = secretsFromInput('app-secrets', config, given);
  if (!checkOnly) for (const [name, value] of values) process.env[name] = value;
}

/** host and known-hosts: from the file, or from an input; both given and different is refused. */
function checkConnectionInputs(target: Target, knownHosts: string): void {
  if (target.kind !== 'swarm') return;
  const key = `targets.${target.name}.swarm`;
  checkNoConflict('host', readString('host').trim(), `${key}.host`, target.host);
  if (knownHosts.trim() !== '' && target.knownHostsFile !== undefined)
    throw new ConfigurationError(
      `conflicts with ${key}.known-hosts-file: give the host keys in one place`,
      'known-hosts',
    );
}

function readMode(): 'release' | 'plan' {
  const mode = readOr('mode', 'release');
  if (mode !== 'release' && mode !== 'plan')
    throw new ConfigurationError(`expected release or plan, got ${JSON.stringify(mode)}`, 'mode');
  return mode;
}

/**
 * The `kubeconfig` input, masked as the deploy actions mask it: the whole value and every credential
 * inside it (a base64 kubeconfig's token is not a line of the input); one that does not parse, line by line.
 */
function readKubeconfig(): string {
  const raw = readSecret('kubeconfig');
  for (const credential of kubeconfigCredentials(raw) ?? []) mask(credential);
  return raw;
}

/**
 * The connection inputs, checked when given whatever the target: a key, host keys or a kubeconfig
 * that cannot be one is refused before the build, not when the target is connected to.
 */
function checkCredentials(credentials: { sshKey: string; knownHosts: string; kubeconfig: string }): void {
  if (credentials.sshKey.trim() !== '') checkPrivateKey('ssh-key', credentials.sshKey);
  if (credentials.knownHosts.trim() !== '') parseKnownHosts('known-hosts', credentials.knownHosts);
  if (credentials.kubeconfig.trim() !== '') parseKubeconfig(credentials.kubeconfig, 'kubeconfig');
}

/** Reads and checks every input and the config; touches nothing outside this process. */
export function readReleaseInputs(): ReleaseInputs {
  // Secrets first: masked before anything else can print them.
  const appSecrets = readSecret('app-secrets');
  const credentials = {
    sshKey: readSecret('ssh-key'),
    knownHosts: readText('known-hosts'),
    kubeconfig: readKubeconfig(),
  };
  checkCredentials(credentials);
  const registryPassword = readSecret('registry-password');
  const workspace = process.env.GITHUB_WORKSPACE || process.cwd();
  const mode = readMode();
  let config = readConfig(workspace);
  const target = selectTarget(config, readString('target').trim());
  const runners = parseRunners('runners', readText('runners'));
  const imagesRaw = readText('images').trim();
  const pinned = imagesRaw === '' ? undefined : parsePinnedImages('images', imagesRaw, config);
  const requireSecrets = readBoolean('require-secrets', false);
  if (mode === 'release') {
    checkConnectionInputs(target, credentials.knownHosts);
    config = withRegistry(config, readString('registry-username').trim(), registryPassword);
    applyAppSecrets(config, appSecrets);
  } else if (requireSecrets) applyAppSecrets(config, appSecrets, true);
  const tag = readString('tag').trim();
  if (tag !== '') checkTag('tag', tag);
  return {
    mode,
    workspace,
    config,
    target,
    runners,
    credentials,
    pinned,
    tag: tag === '' ? undefined : tag,
    dryRun: readBoolean('dry-run', false),
    skipScan: readBoolean('skip-scan', false),
    skipSmoke: readBoolean('skip-smoke', false),
    trivyVersion: parseTrivyVersion('trivy-version', readOr('trivy-version', DEFAULT_TRIVY_VERSION)),
  };
}
