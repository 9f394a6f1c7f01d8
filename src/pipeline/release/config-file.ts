import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { findExecutable } from '../../adapters/executable.ts';
import { loadConfig } from '../../core/config/load.ts';
import type { GantryConfig, Target, ValueSource } from '../../core/config/model.ts';
import { ConfigurationError } from '../../core/errors.ts';
import { isRemoteContext } from '../../core/inputs/workspace.ts';

/** Reads gantry.yml (relative paths in it are relative to its folder) and checks it. */
export function readConfigFile(file: string): GantryConfig {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new ConfigurationError(
      `cannot read ${file} (${(error as NodeJS.ErrnoException).code}): give the config with -c FILE`,
      '--config',
    );
  }
  return loadConfig(text, {
    file: path.relative(process.cwd(), file) || file,
    baseDir: path.dirname(path.resolve(file)),
    env: process.env,
  });
}

export function selectTarget(config: GantryConfig, name: string | undefined): Target {
  const names = Object.keys(config.targets);
  if (name === undefined) {
    if (names.length === 1) return config.targets[names[0] ?? ''] as Target;
    throw new ConfigurationError(`is required: one of ${names.join(', ')}`, '--target');
  }
  const target = config.targets[name];
  if (target === undefined)
    throw new ConfigurationError(
      `no target ${JSON.stringify(name)} in the config (it has ${names.join(', ')})`,
      '--target',
    );
  return target;
}

/** A file a gantry.yml key names, read ('' when the key is absent); a file that cannot be read names the key. */
export function readNamedFile(key: string, file: string | undefined): string {
  if (file === undefined) return '';
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    throw new ConfigurationError(`cannot read ${file} (${(error as NodeJS.ErrnoException).code})`, key);
  }
}

/** A value from its source; `undefined` when the variable is unset or the file unreadable. */
export function readSource(source: ValueSource, baseDir: string): string | Uint8Array | undefined {
  if (source.env !== undefined) return process.env[source.env] || undefined;
  try {
    const content = readFileSync(path.resolve(baseDir, source.file));
    return content.length === 0 ? undefined : content;
  } catch {
    return undefined;
  }
}

/** Every secret's value; a missing one is a ConfigurationError naming the secret and its source. */
export function readSecretValues(config: GantryConfig, required: boolean): Map<string, string | Uint8Array> {
  const values = new Map<string, string | Uint8Array>();
  for (const { name, source } of config.secrets.values) {
    const value = readSource(source, config.baseDir);
    if (value !== undefined) values.set(name, value);
    else if (required)
      throw new ConfigurationError(
        source.env !== undefined
          ? `secret ${name}: environment variable ${source.env} is not set (or empty)`
          : `secret ${name}: cannot read ${source.file} (or it is empty)`,
        `secrets.values.${name}`,
      );
  }
  return values;
}

/** Whether an executable of this name is on PATH (looked up, never run). */
export const onPath = (name: string): boolean => findExecutable(name) !== undefined;

/** What a file a gantry.yml key names must be: a file or a folder. */
type FileKind = 'file' | 'folder';

function kindOf(file: string): FileKind | undefined {
  try {
    const stat = statSync(file);
    return stat.isDirectory() ? 'folder' : stat.isFile() ? 'file' : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The files the release to `target` reads, there before anything runs (a missing key file used to
 * be found only when the target was connected to, after the build and push): the target's key,
 * known_hosts, stack files, kubeconfig and kustomize folder, the registry password file, and with
 * a build, each image's context and Dockerfile. A file may be anywhere the operator can read (keys
 * live in ~/.ssh); a missing one is refused naming its key. Manifests may be globs: kubectl's to read.
 */
export function checkConfigFiles(config: GantryConfig, target: Target, build: boolean): void {
  const at = target.kind === 'swarm' ? `targets.${target.name}.swarm` : `targets.${target.name}.kubernetes`;
  const wanted: Array<[string, string | undefined, FileKind]> = [];
  if (target.kind === 'swarm') {
    wanted.push([`${at}.ssh-key-file`, target.sshKeyFile, 'file']);
    wanted.push([`${at}.known-hosts-file`, target.knownHostsFile, 'file']);
    for (const file of target.stackFiles) wanted.push([`${at}.stack-files`, file, 'file']);
  } else {
    wanted.push([`${at}.kubeconfig`, target.kubeconfig, 'file']);
    wanted.push([`${at}.kustomize`, target.kustomize, 'folder']);
  }
  const password = config.registry?.password;
  if (password?.file !== undefined)
    wanted.push(['registry.password.file', path.resolve(config.baseDir, password.file), 'file']);
  if (build)
    for (const image of config.images) {
      const key = config.multiImage ? `images.${image.key}` : 'build';
      if (!isRemoteContext(image.context)) wanted.push([`${key}.context`, image.context, 'folder']);
      wanted.push([`${key}.dockerfile`, image.dockerfile, 'file']);
    }
  for (const [key, file, kind] of wanted)
    if (file !== undefined && kindOf(file) !== kind)
      throw new ConfigurationError(`${file} is not ${kind === 'file' ? 'a file' : 'a folder'}`, key);
}
