import path from 'node:path';
import { parse } from 'yaml';
import { substitute } from './interpolation.ts';
import {
  CASTS,
  FORBIDDEN_SERVICE_PROPERTIES,
  minorOf,
  normalizeVersion,
  type Section,
  unknownProperty,
} from './stack-schema.ts';

/**
 * Reads stack files the way `docker stack deploy -c a.yml -c b.yml` reads them (the Docker CLI's
 * compose loader), so that the plan is computed from what Docker will deploy:
 * - YAML with anchors and merge keys (`<<: *base`), one top-level mapping per file;
 * - `version:` a string, 3.0 to 3.13 (absent or "3": 3.13), the same in every file;
 * - interpolation of values, never of keys or comments, including under `x-*` fields; a value
 *   Docker converts (replicas, ports, `external`) must convert after substitution;
 * - the properties each version allows, and the service properties Docker forbids;
 * - `env_file` and secret/config `file:` paths relative to the first file's folder;
 * - later files override earlier ones per service field (secrets, configs and ports merged by
 *   source/published port), and top-level secrets, configs and networks by key;
 * - engine names: a non-external object is `<stack>_<key>` unless it has `name:`; an external one is
 *   its `name:` (or the deprecated `external.name`), else its key, never stack-prefixed.
 * Every refusal carries Docker's own reason.
 */

export interface StackObject {
  key: string;
  /** The name on the engine (see above). */
  name: string;
  external: boolean;
}

export interface StackService {
  name: string;
  image: string | undefined;
  replicas: number | undefined;
  mode: string | undefined;
  /** Secret and config keys (sources), in file order. */
  secrets: string[];
  configs: string[];
  /** Network keys; empty means the stack's `default` network. */
  networks: string[];
  publishedPorts: string[];
}

export interface StackView {
  /** `version:` as the first file writes it (a later `-c` file must say the same); absent: undefined. */
  version: string | undefined;
  services: StackService[];
  secrets: StackObject[];
  configs: StackObject[];
  /** Declared networks, plus `default` when a service uses it without declaring it. */
  networks: StackObject[];
  /** Files Docker reads when it loads or deploys the stack (env_file, secret and config `file:`). */
  files: string[];
  /** Variables used in a value (outside `x-*` fields) without a default, that are not set. */
  missing: string[];
}

export interface StackFileText {
  path: string;
  text: string;
}

/** A refusal: Docker's reason, and the file it comes from when there is one. */
export class StackFileError extends Error {
  readonly reason: string;
  readonly file: string | undefined;
  constructor(reason: string, file: string | undefined) {
    super(file === undefined ? reason : `${file}: ${reason}`);
    this.reason = reason;
    this.file = file;
  }
}

type Dict = Record<string, unknown>;
const isDict = (value: unknown): value is Dict =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

const GO_INT = /^[+-]?\d+$/;
const GO_FLOAT = /^[+-]?(?:\d+\.?\d*(?:e[+-]?\d+)?|\.\d+(?:e[+-]?\d+)?|inf(?:inity)?|nan)$/i;
function cast(kind: 'int' | 'float' | 'bool', value: string): unknown {
  if (kind === 'bool') {
    const lower = value.toLowerCase();
    if (['y', 'yes', 'true', 'on'].includes(lower)) return true;
    if (['n', 'no', 'false', 'off'].includes(lower)) return false;
    throw new Error(`invalid boolean: ${value}`);
  }
  if (kind === 'int') {
    if (!GO_INT.test(value))
      throw new Error(`strconv.Atoi: parsing ${JSON.stringify(value)}: invalid syntax`);
    return Number(value);
  }
  if (!GO_FLOAT.test(value))
    throw new Error(`strconv.ParseFloat: parsing ${JSON.stringify(value)}: invalid syntax`);
  return Number(value);
}

const castFor = (parts: readonly string[]) =>
  CASTS.find(([pattern]) => {
    const want = pattern.split('.');
    return want.length === parts.length && want.every((p, i) => p === '*' || p === parts[i]);
  })?.[1];

/** Interpolates every string value (not keys), as Docker does, collecting Gantry's unset names. */
function interpolateTree(
  value: unknown,
  parts: string[],
  env: ReadonlyMap<string, string>,
  missing: Set<string>,
): unknown {
  if (typeof value === 'string') {
    const result = substitute(value, env);
    const where = parts.join('.');
    if (result.error !== undefined) {
      throw new StackFileError(
        `invalid interpolation format for ${where}: ${JSON.stringify(result.error)}; you may need to escape any $ with another $`,
        undefined,
      );
    }
    // Docker interpolates `x-*` fields too, but nothing deploys them: no variable is required there.
    const unset = parts.some((p) => p.startsWith('x-')) ? [] : result.unset;
    for (const name of unset) missing.add(name);
    if (result.value === value) return value;
    const kind = castFor(parts);
    if (kind === undefined) return result.value;
    try {
      return cast(kind, result.value);
    } catch (error) {
      // `replicas: ${REPLICAS}` with REPLICAS unset: the unset variable is the reason given.
      if (unset.length > 0) return result.value;
      throw new StackFileError(
        `error while interpolating ${where}: failed to cast to expected type: ${(error as Error).message}`,
        undefined,
      );
    }
  }
  if (Array.isArray(value)) return value.map((item) => interpolateTree(item, [...parts, '[]'], env, missing));
  if (isDict(value)) {
    const out: Dict = {};
    for (const [key, item] of Object.entries(value))
      out[key] = interpolateTree(item, [...parts, key], env, missing);
    return out;
  }
  return value;
}

/** Go's `%v` of a scalar, for `version:` as Docker prints it. */
const goString = (value: unknown): string => (value === null ? '<nil>' : String(value));

function typeName(value: unknown): string {
  if (Array.isArray(value)) return 'array';
  if (isDict(value)) return 'mapping';
  if (value === null) return 'null';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}
function expect(
  value: unknown,
  where: string,
  type: 'string' | 'integer' | 'mapping',
  nullable = false,
): void {
  if (value === undefined || (nullable && value === null)) return;
  const actual = typeName(value);
  if (actual === type) return;
  throw new StackFileError(`${where} must be a ${type}`, undefined);
}

function checkProperties(section: Section, minor: number, value: Dict, where: string): void {
  const unknown = unknownProperty(section, minor, Object.keys(value));
  if (unknown !== undefined)
    throw new StackFileError(`${where} Additional property ${unknown} is not allowed`, undefined);
}

/** The schema checks Docker makes that matter for the plan (see stack-schema.ts). */
function validate(doc: Dict, minor: number): void {
  checkProperties('top', minor, doc, '(root)');
  expect(doc.version, 'version', 'string');
  expect(doc.services, 'services', 'mapping');
  for (const [name, service] of Object.entries((doc.services as Dict | undefined) ?? {})) {
    if (!/^[a-zA-Z0-9._-]+$/.test(name))
      throw new StackFileError(`services Additional property ${name} is not allowed`, undefined);
    const where = `services.${name}`;
    expect(service, where, 'mapping');
    const spec = service as Dict;
    checkProperties('service', minor, spec, where);
    expect(spec.image, `${where}.image`, 'string');
    expect(spec.deploy, `${where}.deploy`, 'mapping', true);
    if (isDict(spec.deploy)) {
      checkProperties('deploy', minor, spec.deploy, `${where}.deploy`);
      expect(spec.deploy.mode, `${where}.deploy.mode`, 'string');
      expect(spec.deploy.replicas, `${where}.deploy.replicas`, 'integer');
    }
  }
  for (const [section, key] of [
    ['network', 'networks'],
    ['secret', 'secrets'],
    ['config', 'configs'],
  ] as const) {
    expect(doc[key], key, 'mapping');
    for (const [name, spec] of Object.entries((doc[key] as Dict | undefined) ?? {})) {
      if (spec === null && section === 'network') continue;
      expect(spec, `${key}.${name}`, 'mapping');
      checkProperties(section, minor, spec as Dict, `${key}.${name}`);
    }
  }
}

interface LoadedService {
  image?: string;
  replicas?: number;
  mode?: string;
  secrets: string[];
  configs: string[];
  networks: string[];
  ports: Map<string, string>;
}
interface LoadedFile {
  version: string;
  written: string | undefined;
  services: Map<string, LoadedService>;
  secrets: Map<string, StackObject>;
  configs: Map<string, StackObject>;
  networks: Map<string, StackObject>;
  files: string[];
}

const sources = (list: unknown): string[] =>
  Array.isArray(list)
    ? list.map((item) => (typeof item === 'string' ? item : isDict(item) ? String(item.source ?? '') : ''))
    : [];

function portKey(port: unknown): [string, string] {
  if (isDict(port)) {
    const text = `${port.published ?? ''}:${port.target ?? ''}${port.mode ? `/${String(port.mode)}` : ''}`;
    return [String(port.published ?? text), text];
  }
  const text = String(port);
  return [text.includes(':') ? (text.split(':').at(-2) ?? text) : text, text];
}

/** A top-level secret, config or network, named as Docker names it on the engine. */
function objectOf(kind: string, key: string, raw: unknown, stack: string): StackObject {
  const spec = isDict(raw) ? raw : {};
  const external = spec.external === true || isDict(spec.external);
  const name = typeof spec.name === 'string' && spec.name !== '' ? spec.name : undefined;
  const externalName =
    isDict(spec.external) && typeof spec.external.name === 'string' ? spec.external.name : '';
  if (!external) return { key, name: name ?? `${stack}_${key}`, external };
  if (externalName !== '') {
    if (name !== undefined)
      throw new StackFileError(
        `${kind} ${key}: ${kind}.external.name and ${kind}.name conflict; only use ${kind}.name`,
        undefined,
      );
    return { key, name: externalName, external };
  }
  return { key, name: name ?? key, external };
}

function loadFile(
  file: StackFileText,
  env: ReadonlyMap<string, string>,
  stack: string,
  workingDir: string,
  missing: Set<string>,
): LoadedFile {
  let parsed: unknown;
  try {
    parsed = parse(file.text, { merge: true, maxAliasCount: -1 });
  } catch (error) {
    throw new StackFileError(`not valid YAML: ${(error as Error).message.split('\n')[0]}`, undefined);
  }
  if (!isDict(parsed)) throw new StackFileError('top-level object must be a mapping', undefined);
  const version = normalizeVersion('version' in parsed ? goString(parsed.version) : '');
  const services = isDict(parsed.services) ? parsed.services : {};
  const forbidden = Object.values(services)
    .filter(isDict)
    .flatMap((s) => Object.keys(s).filter((k) => k in FORBIDDEN_SERVICE_PROPERTIES));
  if (forbidden.length > 0) {
    const lines = [...new Set(forbidden)].sort().map((p) => `${p}: ${FORBIDDEN_SERVICE_PROPERTIES[p]}`);
    // `docker stack config` says the first words, `docker stack deploy` the rest.
    throw new StackFileError(
      `Configuration contains forbidden properties (Compose file contains unsupported options: ${lines.join('; ')})`,
      undefined,
    );
  }
  const doc = interpolateTree(parsed, [], env, missing) as Dict;
  const minor = minorOf(version);
  if (minor === undefined)
    throw new StackFileError(`unsupported Compose file version: ${version}`, undefined);
  // Unset variables are reported first (see `missing`): the values they left empty are not judged.
  if (missing.size === 0) validate(doc, minor);

  const loaded: LoadedFile = {
    version,
    written: 'version' in parsed ? goString(parsed.version) : undefined,
    services: new Map(),
    secrets: new Map(),
    configs: new Map(),
    networks: new Map(),
    files: [],
  };
  const resolve = (p: string) => (path.isAbsolute(p) ? p : path.join(workingDir, p));
  for (const [name, raw] of Object.entries((doc.services as Dict | undefined) ?? {})) {
    const spec = raw as Dict;
    const deploy = isDict(spec.deploy) ? spec.deploy : {};
    const envFiles =
      typeof spec.env_file === 'string' ? [spec.env_file] : Array.isArray(spec.env_file) ? spec.env_file : [];
    for (const envFile of envFiles) loaded.files.push(resolve(String(envFile)));
    const networks = Array.isArray(spec.networks)
      ? spec.networks.map(String)
      : isDict(spec.networks)
        ? Object.keys(spec.networks)
        : [];
    loaded.services.set(name, {
      ...(typeof spec.image === 'string' && spec.image !== '' ? { image: spec.image } : {}),
      ...(typeof deploy.replicas === 'number' ? { replicas: deploy.replicas } : {}),
      ...(typeof deploy.mode === 'string' && deploy.mode !== '' ? { mode: deploy.mode } : {}),
      secrets: sources(spec.secrets),
      configs: sources(spec.configs),
      networks,
      ports: new Map(Array.isArray(spec.ports) ? spec.ports.map(portKey) : []),
    });
  }
  for (const [kind, key, target] of [
    ['secret', 'secrets', loaded.secrets],
    ['config', 'configs', loaded.configs],
    ['network', 'networks', loaded.networks],
  ] as const) {
    for (const [name, raw] of Object.entries((doc[key] as Dict | undefined) ?? {})) {
      const object = objectOf(kind, name, raw, stack);
      target.set(name, object);
      if (kind !== 'network' && !object.external && isDict(raw)) {
        if (typeof raw.driver === 'string' && raw.driver !== '') {
          if (typeof raw.file === 'string' && raw.file !== '')
            throw new StackFileError(
              `${kind} ${name}: ${kind}.driver and ${kind}.file conflict; only use ${kind}.driver`,
              undefined,
            );
        } else if (typeof raw.file === 'string' && raw.file !== '') loaded.files.push(resolve(raw.file));
      }
    }
  }
  return loaded;
}

/** Later wins by key, the earlier order kept (Docker merges these lists by source/port). */
function mergeList(base: string[], override: string[]): string[] {
  return [...new Set([...base, ...override])];
}

function mergeService(base: LoadedService, override: LoadedService): LoadedService {
  return {
    ...base,
    ...(override.image !== undefined ? { image: override.image } : {}),
    ...(override.replicas !== undefined ? { replicas: override.replicas } : {}),
    ...(override.mode !== undefined ? { mode: override.mode } : {}),
    secrets: mergeList(base.secrets, override.secrets),
    configs: mergeList(base.configs, override.configs),
    networks: mergeList(base.networks, override.networks),
    ports: new Map([...base.ports, ...override.ports]),
  };
}

const byKey = (objects: Iterable<StackObject>) => [...objects].sort((a, b) => a.key.localeCompare(b.key));

/**
 * Loads and merges the stack files. Throws a StackFileError with Docker's reason for anything
 * Docker refuses when it loads the files; what it refuses only when it deploys (an undeclared
 * secret, a missing file) is for the caller to check (see checkDeployable).
 */
export function loadStack(
  files: readonly StackFileText[],
  env: ReadonlyMap<string, string>,
  stack: string,
): StackView {
  const missing = new Set<string>();
  const workingDir = path.dirname(files[0]?.path ?? '.');
  let version: string | undefined;
  let written: string | undefined;
  const services = new Map<string, LoadedService>();
  const secrets = new Map<string, StackObject>();
  const configs = new Map<string, StackObject>();
  const networks = new Map<string, StackObject>();
  const read: string[] = [];
  for (const file of files) {
    let loaded: LoadedFile;
    try {
      loaded = loadFile(file, env, stack, workingDir, missing);
    } catch (error) {
      if (error instanceof StackFileError && error.file === undefined)
        throw new StackFileError(error.reason, file.path);
      throw error;
    }
    if (version === undefined) {
      version = loaded.version;
      written = loaded.written;
    }
    if (loaded.version !== version) {
      throw new StackFileError(
        `version mismatched between two composefiles : ${version} and ${loaded.version}`,
        file.path,
      );
    }
    for (const [name, service] of loaded.services) {
      const previous = services.get(name);
      services.set(name, previous === undefined ? service : mergeService(previous, service));
    }
    for (const [target, source] of [
      [secrets, loaded.secrets],
      [configs, loaded.configs],
      [networks, loaded.networks],
    ] as const)
      for (const [key, object] of source) target.set(key, object);
    read.push(...loaded.files);
  }
  const view: StackService[] = [...services]
    .map(([name, s]) => ({
      name,
      image: s.image,
      replicas: s.replicas,
      mode: s.mode,
      secrets: s.secrets,
      configs: s.configs,
      networks: s.networks,
      publishedPorts: [...s.ports.values()],
    }))
    .sort((a, b) => a.name.localeCompare(b.name));
  const usesDefault = view.some((s) => s.networks.length === 0 || s.networks.includes('default'));
  if (usesDefault && !networks.has('default'))
    networks.set('default', { key: 'default', name: `${stack}_default`, external: false });
  return {
    version: written,
    services: view,
    secrets: byKey(secrets.values()),
    configs: byKey(configs.values()),
    networks: byKey(networks.values()),
    files: [...new Set(read)],
    missing: [...missing].sort(),
  };
}

/**
 * What `docker stack deploy` refuses after loading: a stack without services, a service that
 * uses a secret, config or network the file does not declare, a mode it does not know, replicas
 * on a global service. (`docker stack config` accepts these.)
 */
export function deployRefusal(view: StackView): string | undefined {
  if (view.services.length === 0) return 'declares no services';
  const declared = {
    secret: new Set(view.secrets.map((s) => s.key)),
    config: new Set(view.configs.map((s) => s.key)),
    network: new Set(view.networks.map((s) => s.key)),
  };
  for (const service of view.services) {
    for (const [kind, keys] of [
      ['secret', service.secrets],
      ['config', service.configs],
      ['network', service.networks],
    ] as const) {
      const undeclared = keys.find((key) => !declared[kind].has(key));
      if (undeclared !== undefined)
        return `service ${service.name} uses ${kind} ${undeclared}, which the top-level ${kind}s: do not declare (Docker: undefined ${kind} "${undeclared}")`;
    }
    const mode = service.mode ?? 'replicated';
    if (!['replicated', 'global', 'replicated-job', 'global-job'].includes(mode))
      return `service ${service.name}: Unknown mode: ${mode}`;
    if (service.replicas !== undefined && (mode === 'global' || mode === 'global-job'))
      return `service ${service.name}: replicas can only be used with replicated or replicated-job mode`;
  }
  return undefined;
}
