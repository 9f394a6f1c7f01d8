import { parse, stringify } from 'yaml';
import { ConfigurationError } from '../errors.ts';
import { interpolate, missingVariables } from './interpolation.ts';

/** What a stack file declares, read after interpolation, for validation and the dry-run plan. */
export interface ComposeService {
  name: string;
  image: string | undefined;
  replicas: number | undefined;
  mode: string | undefined;
  secrets: string[];
  publishedPorts: string[];
}

export interface ComposeSecret {
  key: string;
  /** The engine's name: `name:` when given, else `<stack>_<key>`. */
  name: string;
  external: boolean;
}

export interface ComposeAnalysis {
  services: ComposeService[];
  secrets: ComposeSecret[];
  missing: string[];
}

interface RawCompose {
  services?: Record<string, RawService | null>;
  secrets?: Record<string, { name?: string; external?: boolean | { name?: string }; file?: string } | null>;
}
interface RawService {
  image?: string;
  secrets?: Array<string | { source?: string }>;
  ports?: Array<string | number | { published?: number | string; target?: number; mode?: string }>;
  deploy?: { replicas?: number; mode?: string };
}

function interpolateValues(value: unknown, env: ReadonlyMap<string, string>): unknown {
  if (typeof value === 'string') return interpolate(value, env);
  if (Array.isArray(value)) return value.map((item) => interpolateValues(item, env));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, interpolateValues(v, env)]));
  }
  return value;
}

export interface ComposeFile {
  path: string;
  text: string;
}

/**
 * Reads one or more stack files the way `docker stack deploy -c a -c b` merges them (later files
 * override services and secrets by key). `input` names the action input for errors.
 */
export function analyseCompose(
  files: readonly ComposeFile[],
  env: ReadonlyMap<string, string>,
  stack: string,
  input = 'compose-file',
): ComposeAnalysis {
  const services = new Map<string, ComposeService>();
  const secrets = new Map<string, ComposeSecret>();
  const missing = new Set<string>();
  for (const file of files) {
    for (const name of missingVariables(file.text, env)) missing.add(name);
    let doc: RawCompose;
    try {
      // Like docker: parse the file as written, then interpolate scalar values.
      doc = interpolateValues(parse(file.text) ?? {}, env) as RawCompose;
    } catch (error) {
      throw new ConfigurationError(
        `${file.path} is not valid YAML: ${(error as Error).message.split('\n')[0]}`,
        input,
      );
    }
    if (typeof doc !== 'object' || Array.isArray(doc))
      throw new ConfigurationError(`${file.path} is not a compose mapping`, input);
    for (const [name, raw] of Object.entries(doc.services ?? {})) {
      const spec = raw ?? {};
      const previous = services.get(name);
      services.set(name, {
        name,
        image: spec.image ?? previous?.image,
        replicas: spec.deploy?.replicas ?? previous?.replicas,
        mode: spec.deploy?.mode ?? previous?.mode,
        secrets:
          spec.secrets?.map((s) => (typeof s === 'string' ? s : (s.source ?? ''))) ?? previous?.secrets ?? [],
        publishedPorts:
          spec.ports?.map((p) =>
            typeof p === 'object'
              ? `${p.published ?? ''}:${p.target ?? ''}${p.mode ? `/${p.mode}` : ''}`
              : String(p),
          ) ??
          previous?.publishedPorts ??
          [],
      });
    }
    for (const [key, raw] of Object.entries(doc.secrets ?? {})) {
      const spec = raw ?? {};
      const externalName = typeof spec.external === 'object' ? spec.external.name : undefined;
      secrets.set(key, {
        key,
        name: spec.name ?? externalName ?? `${stack}_${key}`,
        external: spec.external !== undefined && spec.external !== false,
      });
    }
  }
  if (services.size === 0) throw new ConfigurationError('declares no services', input);
  for (const service of services.values()) {
    for (const key of service.secrets) {
      if (!secrets.has(key)) {
        throw new ConfigurationError(
          `service ${service.name} uses secret ${key}, which the top-level secrets: do not declare`,
          input,
        );
      }
    }
  }
  return {
    services: [...services.values()].sort((a, b) => a.name.localeCompare(b.name)),
    secrets: [...secrets.values()].sort((a, b) => a.key.localeCompare(b.key)),
    missing: [...missing].sort(),
  };
}

/** `service=image@sha256:<64 hex>` lines → a map; only digests, so a deploy is exactly what was built. */
export function parseImagePins(input: string, lines: readonly string[]): Map<string, string> {
  const pins = new Map<string, string>();
  for (const line of lines) {
    const match = /^([A-Za-z0-9][A-Za-z0-9_.-]*)=(\S+@sha256:[a-f0-9]{64})$/.exec(line.trim());
    if (match === null) {
      throw new ConfigurationError(
        `expected service=image@sha256:<digest> lines, got ${JSON.stringify(line)}`,
        input,
      );
    }
    const [, service = '', image = ''] = match;
    if (pins.has(service)) throw new ConfigurationError(`service ${service} is pinned twice`, input);
    pins.set(service, image);
  }
  return pins;
}

/** A compose override that pins images; passed as the last `-c`. Unknown services are an error. */
export function imageOverride(
  pins: ReadonlyMap<string, string>,
  services: readonly ComposeService[],
  input = 'images',
): string {
  const known = new Set(services.map((s) => s.name));
  const unknown = [...pins.keys()].filter((name) => !known.has(name));
  if (unknown.length > 0) {
    throw new ConfigurationError(`names services the stack file does not have: ${unknown.join(', ')}`, input);
  }
  return stringify({
    version: '3.8',
    services: Object.fromEntries([...pins].map(([service, image]) => [service, { image }])),
  });
}

/**
 * `env-groups`: each line is a set of variables that must be all set or all empty (the four
 * settings of an S3 backend, say). Returns the first partial group as an error message.
 */
export function checkEnvGroups(
  input: string,
  lines: readonly string[],
  env: ReadonlyMap<string, string>,
): void {
  for (const line of lines) {
    const names = line
      .split(',')
      .map((n) => n.trim())
      .filter((n) => n !== '');
    if (names.some((n) => !/^[A-Za-z_][A-Za-z0-9_]*$/.test(n))) {
      throw new ConfigurationError(
        `expected comma-separated variable names, got ${JSON.stringify(line)}`,
        input,
      );
    }
    const set = names.filter((n) => (env.get(n) ?? '') !== '');
    if (set.length > 0 && set.length < names.length) {
      const unset = names.filter((n) => !set.includes(n));
      throw new ConfigurationError(
        `${set.join(', ')} ${set.length === 1 ? 'is' : 'are'} set but ${unset.join(', ')} ${unset.length === 1 ? 'is' : 'are'} not: set all of ${names.join(', ')} or none`,
        input,
      );
    }
  }
}
