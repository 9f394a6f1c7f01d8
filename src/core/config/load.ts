import path from 'node:path';
import type * as z from 'zod';
import { parseBuildOptions, type RawBuildInputs } from '../build/options.ts';
import { ConfigurationError } from '../errors.ts';
import { checkSecretName } from '../secrets/inputs.ts';
import { parseSmokeOptions, type RawSmokeInputs } from '../smoke/options.ts';
import type { GantryConfig, Target } from './model.ts';
import { configSchema, type RawConfig, reasonOf, type SmokeConfig } from './schema.ts';
import { type ConfigIssue, formatKeyPath, type KeyPath, positionOf, readPositioned } from './yaml.ts';

export interface LoadOptions {
  /** How errors name the file, e.g. `gantry.yml`. */
  file: string;
  /** Relative paths in the file are resolved against this folder (the file's). */
  baseDir: string;
  /** For `${VAR}` references. */
  env: Readonly<Record<string, string | undefined>>;
}

/** The smoke section as the smoke action's raw inputs (expect-json may be written as YAML). */
export function rawSmokeInputs(smoke: SmokeConfig): RawSmokeInputs {
  const { urls, 'expect-json': json, insecure, ...rest } = smoke;
  const raw: RawSmokeInputs = { urls: urls.join('\n') };
  for (const [key, value] of Object.entries(rest))
    if (value !== undefined) raw[key as keyof typeof rest] = value;
  if (json !== undefined) raw['expect-json'] = typeof json === 'string' ? json : JSON.stringify(json);
  if (insecure !== undefined) raw.insecure = String(insecure);
  return raw;
}

/** The build action's raw inputs for this config (a placeholder stands for the password). */
export function rawBuildInputs(
  config: RawConfig | GantryConfig,
  extraTags: readonly string[],
  password: string,
) {
  const build = config.build;
  const args = 'buildArgs' in build ? build.buildArgs : build['build-args'];
  const raw: RawBuildInputs = {
    image: config.image,
    context: build.context,
    file: build.dockerfile ?? '',
    platforms: build.platforms.join(','),
    push: 'true',
    'build-args': Object.entries(args)
      .map(([k, v]) => `${k}=${v}`)
      .join('\n'),
    target: build.target ?? '',
    cache: 'none',
    tags: extraTags.join('\n'),
    'registry-username': config.registry?.username ?? '',
    'registry-password': config.registry === undefined ? '' : password,
  };
  return raw;
}

/** Which config key an action input of the build is written as. */
const BUILD_KEYS: Record<string, KeyPath> = {
  image: ['image'],
  context: ['build', 'context'],
  file: ['build', 'dockerfile'],
  platforms: ['build', 'platforms'],
  'build-args': ['build', 'build-args'],
  target: ['build', 'target'],
  'registry-username': ['registry', 'username'],
  'registry-password': ['registry', 'password'],
};

function zodIssues(error: z.ZodError, value: unknown): ConfigIssue[] {
  const out: ConfigIssue[] = [];
  for (const issue of error.issues) {
    const at = issue.path as Array<string | number>;
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) out.push({ path: [...at, key], message: 'unknown key', atKey: true });
      continue;
    }
    let message = issue.message;
    if (valueAt(value, at) === undefined) message = 'is required';
    out.push({ path: at, message });
  }
  return out;
}

function valueAt(value: unknown, at: KeyPath): unknown {
  let node = value;
  for (const part of at) node = (node as Record<string | number, unknown> | null | undefined)?.[part];
  return node;
}

/** Runs one of the actions' parsers; its ConfigurationError becomes an issue at the key it names. */
function attempt(out: ConfigIssue[], keyOf: (input: string | undefined) => KeyPath, body: () => void) {
  try {
    body();
  } catch (error) {
    if (!(error instanceof ConfigurationError)) throw error;
    out.push({ path: keyOf(error.input), message: reasonOf(error) });
  }
}

function crossCheck(config: RawConfig): ConfigIssue[] {
  const out: ConfigIssue[] = [];
  for (const name of Object.keys(config.secrets?.values ?? {}))
    attempt(
      out,
      () => ['secrets', 'values', name],
      () => checkSecretName('secrets', name),
    );
  for (const issue of out) issue.atKey = true;
  attempt(
    out,
    (input) => BUILD_KEYS[input ?? ''] ?? ['build'],
    () => parseBuildOptions(rawBuildInputs(config, [], 'placeholder')),
  );
  const smoke = (at: KeyPath, s: SmokeConfig | undefined) => {
    if (s !== undefined)
      attempt(
        out,
        (input) => [...at, input ?? 'urls'],
        () => parseSmokeOptions(rawSmokeInputs(s)),
      );
  };
  smoke(['smoke'], config.smoke);
  for (const [name, target] of Object.entries(config.targets)) {
    if (!/^[A-Za-z0-9][A-Za-z0-9_.-]*$/.test(name))
      out.push({
        path: ['targets', name],
        message: 'a target name holds letters, digits, _ . - (and starts with a letter or digit)',
        atKey: true,
      });
    const swarm = target.swarm;
    if (swarm !== undefined) {
      smoke(['targets', name, 'swarm', 'smoke'], swarm.smoke);
      if (swarm.host.target.kind === 'ssh') {
        for (const key of ['ssh-key-file', 'known-hosts-file'] as const)
          if (swarm[key] === undefined)
            out.push({
              path: ['targets', name, 'swarm', key],
              message: 'is required for an ssh:// host',
            });
      }
    }
    const kube = target.kubernetes;
    if (kube !== undefined) {
      smoke(['targets', name, 'kubernetes', 'smoke'], kube.smoke);
      if (kube.manifests.length === 0 && kube.kustomize === undefined)
        out.push({
          path: ['targets', name, 'kubernetes', 'manifests'],
          message: 'is required (or kustomize)',
        });
      if (kube.stack === undefined && Object.keys(config.secrets?.values ?? {}).length > 0)
        out.push({
          path: ['targets', name, 'kubernetes', 'stack'],
          message: 'is required with secrets: the prefix of the versioned Secrets (<stack>-<name>-<version>)',
        });
    }
  }
  return out;
}

function model(config: RawConfig, baseDir: string): GantryConfig {
  const abs = (p: string) => path.resolve(baseDir, p);
  const smokeOf = (s: SmokeConfig | undefined) => {
    const chosen = s ?? config.smoke;
    return chosen === undefined ? undefined : parseSmokeOptions(rawSmokeInputs(chosen));
  };
  const targets: Record<string, Target> = {};
  for (const [name, t] of Object.entries(config.targets)) {
    if (t.swarm !== undefined) {
      const s = t.swarm;
      targets[name] = {
        name,
        kind: 'swarm',
        host: s.host.raw,
        target: s.host.target,
        sshKeyFile: s['ssh-key-file'] === undefined ? undefined : abs(s['ssh-key-file']),
        knownHostsFile: s['known-hosts-file'] === undefined ? undefined : abs(s['known-hosts-file']),
        jumpHost: s['jump-host'],
        stack: s.stack,
        stackFiles: s['stack-files'].map(abs),
        imageVariable: s['image-variable'],
        env: s.env,
        timeoutMs: s.timeout,
        noProgressMs: s['no-progress-timeout'],
        lockWaitMs: s['lock-timeout'],
        rollback: s.rollback,
        pruneServices: s['prune-services'],
        smoke: smokeOf(s.smoke),
      };
    } else if (t.kubernetes !== undefined) {
      const k = t.kubernetes;
      targets[name] = {
        name,
        kind: 'kubernetes',
        stack: k.stack,
        kubeconfig: k.kubeconfig === undefined ? undefined : abs(k.kubeconfig),
        context: k.context,
        namespace: k.namespace,
        manifests: k.manifests,
        kustomize: k.kustomize === undefined ? undefined : abs(k.kustomize),
        imageName: k['image-name'] ?? config.image,
        env: k.env,
        timeoutMs: k.timeout,
        lockWaitMs: k['lock-timeout'],
        rollback: k.rollback,
        smoke: smokeOf(k.smoke),
      };
    }
  }
  return {
    image: config.image,
    registry: config.registry,
    build: {
      context: abs(config.build.context),
      dockerfile: config.build.dockerfile === undefined ? undefined : abs(config.build.dockerfile),
      platforms: config.build.platforms,
      buildArgs: config.build['build-args'],
      target: config.build.target,
    },
    scan: {
      enabled: config.scan.enabled,
      severities: config.scan.severity,
      ignoreUnfixed: config.scan['ignore-unfixed'],
      ignoreFiles: config.scan['ignore-files'].map(abs),
      scanners: config.scan.scanners,
    },
    secrets: {
      version: config.secrets?.version ?? 'content',
      values: Object.entries(config.secrets?.values ?? {}).map(([name, source]) => ({ name, source })),
    },
    prune: config.prune,
    targets,
    baseDir,
  };
}

/**
 * Parses and checks gantry.yml; touches nothing. Throws one ConfigurationError listing every
 * problem, each line `FILE:LINE:COL: key.path: message`.
 */
export function loadConfig(text: string, options: LoadOptions): GantryConfig {
  const doc = readPositioned(text, options.env);
  const lines: Array<{ line: number; col: number; text: string }> = [];
  const add = (issue: ConfigIssue, pos = positionOf(doc, issue.path, issue.atKey)) =>
    lines.push({ ...pos, text: `${formatKeyPath(issue.path)}: ${issue.message}` });
  for (const issue of doc.issues) add(issue, issue);
  let config: RawConfig | undefined;
  if (lines.length === 0) {
    const parsed = configSchema.safeParse(doc.value ?? {});
    if (parsed.success) config = parsed.data;
    else for (const issue of zodIssues(parsed.error, doc.value)) add(issue);
  }
  if (config !== undefined) for (const issue of crossCheck(config)) add(issue);
  if (lines.length > 0 || config === undefined) {
    lines.sort((a, b) => a.line - b.line || a.col - b.col);
    throw new ConfigurationError(
      lines.map((l) => `${options.file}:${l.line}:${l.col}: ${l.text}`).join('\n'),
    );
  }
  return model(config, options.baseDir);
}
