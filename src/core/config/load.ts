import path from 'node:path';
import type * as z from 'zod';
import { parseBuildOptions, type RawBuildInputs } from '../build/options.ts';
import { ConfigurationError } from '../errors.ts';
import { checkSecretName } from '../secrets/inputs.ts';
import { parseSmokeOptions, type RawSmokeInputs } from '../smoke/options.ts';
import type { GantryConfig, ImagePin, ReleaseImage, Target } from './model.ts';
import { preDeployIssues, preDeployJobs } from './pre-deploy.ts';
import { configSchema, type RawConfig, reasonOf, type SmokeConfig } from './schema.ts';
import { blueGreenOf, kubernetesStrategyIssues, kubernetesStrategyOf, strategyIssues } from './strategy.ts';
import { type ConfigIssue, formatKeyPath, type KeyPath, positionOf, readPositioned } from './yaml.ts';

export interface LoadOptions {
  /** How errors name the file, e.g. `gantry.yml`. */
  file: string;
  /** Relative paths in the file are resolved against this folder (the file's). */
  baseDir: string;
  /** For `${VAR}` references. */
  env: Readonly<Record<string, string | undefined>>;
  /**
   * Swarm keys whose value the caller gives another way (the release action's `ssh-key` and
   * `known-hosts` inputs): not required in the file then.
   */
  givenElsewhere?: ReadonlySet<'ssh-key-file' | 'known-hosts-file'>;
}

/** The smoke section as the smoke action's raw inputs (expect-json may be written as YAML). */
export function rawSmokeInputs(smoke: SmokeConfig): RawSmokeInputs {
  const { urls, 'expect-json': json, insecure, 'per-node': perNode, ...rest } = smoke;
  const raw: RawSmokeInputs = { urls: urls.join('\n') };
  for (const [key, value] of Object.entries(rest))
    if (value !== undefined) raw[key as keyof typeof rest] = value;
  if (json !== undefined) raw['expect-json'] = typeof json === 'string' ? json : JSON.stringify(json);
  if (insecure !== undefined) raw.insecure = String(insecure);
  if (perNode !== undefined) raw['per-node'] = String(perNode);
  return raw;
}

/** The default variable of an image key: `api` → `API_IMAGE`, `admin-ui` → `ADMIN_UI_IMAGE`. */
export const imageVariableOf = (key: string): string => `${key.toUpperCase().replaceAll('-', '_')}_IMAGE`;

/** An image key: lower-case letters, digits and `-`, starting with a letter or digit. */
const IMAGE_KEY = /^[a-z0-9][a-z0-9-]*$/;

type BuildSource = Omit<ReleaseImage, 'key'>;

/**
 * The release's images as the file gives them (paths not yet resolved): `image:` is one, with the
 * `build:` settings; each of `images:` takes `build:` as its defaults, its build args merged over them.
 */
export function releaseImages(
  config: RawConfig,
): Array<BuildSource & { key: string; variable: string | undefined }> {
  const b = config.build;
  if (config.images === undefined) {
    const name = config.image ?? '';
    return [
      {
        key: name.split('/').at(-1) ?? name,
        name,
        context: b.context,
        dockerfile: b.dockerfile,
        target: b.target,
        platforms: b.platforms,
        buildArgs: b['build-args'],
        variable: undefined,
      },
    ];
  }
  return Object.entries(config.images).map(([key, i]) => ({
    key,
    name: i.name,
    context: i.context ?? b.context,
    dockerfile: i.dockerfile ?? b.dockerfile,
    target: i.target ?? b.target,
    platforms: i.platforms ?? b.platforms,
    buildArgs: { ...b['build-args'], ...i['build-args'] },
    variable: i.variable ?? imageVariableOf(key),
  }));
}

/** The build action's raw inputs for one image of this config (a placeholder stands for the password). */
export function rawBuildInputs(
  config: RawConfig | GantryConfig,
  image: BuildSource,
  extraTags: readonly string[],
  password: string,
) {
  const tagLatest = 'tagLatest' in config.build ? config.build.tagLatest : config.build['tag-latest'];
  const raw: RawBuildInputs = {
    image: image.name,
    context: image.context,
    file: image.dockerfile ?? '',
    platforms: image.platforms.join(','),
    push: 'true',
    'build-args': Object.entries(image.buildArgs)
      .map(([k, v]) => `${k}=${v}`)
      .join('\n'),
    target: image.target ?? '',
    cache: 'none',
    tags: extraTags.join('\n'),
    'tag-latest': String(tagLatest),
    'registry-username': config.registry?.username ?? '',
    'registry-password': config.registry === undefined ? '' : password,
  };
  return raw;
}

/** Which config key an action input of the build is written as (for `images:`, under the image). */
const IMAGE_KEYS: Record<string, string> = {
  image: 'name',
  context: 'context',
  file: 'dockerfile',
  platforms: 'platforms',
  'build-args': 'build-args',
  target: 'target',
};
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

function crossCheck(config: RawConfig, givenElsewhere: ReadonlySet<string>): ConfigIssue[] {
  const out: ConfigIssue[] = [];
  for (const name of Object.keys(config.secrets?.values ?? {}))
    attempt(
      out,
      () => ['secrets', 'values', name],
      () => checkSecretName('secrets', name),
    );
  for (const issue of out) issue.atKey = true;
  out.push(...imageIssues(config));
  for (const image of config.image !== undefined || config.images !== undefined ? releaseImages(config) : [])
    attempt(
      out,
      (input) =>
        config.images === undefined
          ? (BUILD_KEYS[input ?? ''] ?? ['build'])
          : IMAGE_KEYS[input ?? ''] !== undefined
            ? ['images', image.key, IMAGE_KEYS[input ?? ''] ?? '']
            : (BUILD_KEYS[input ?? ''] ?? ['build']),
      () => parseBuildOptions(rawBuildInputs(config, image, [], 'placeholder')),
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
    if (config.images !== undefined) {
      const kind = swarm !== undefined ? 'swarm' : 'kubernetes';
      const key = swarm !== undefined ? 'image-variable' : 'image-name';
      if ((swarm?.['image-variable'] ?? target.kubernetes?.['image-name']) !== undefined)
        out.push({
          path: ['targets', name, kind, key],
          message: `is for image:; with images:, each image names its own (variable:, and its name on Kubernetes)`,
          atKey: true,
        });
    }
    if (swarm !== undefined) {
      smoke(['targets', name, 'swarm', 'smoke'], swarm.smoke);
      out.push(...strategyIssues(swarm, name));
      if (swarm.host.target.kind === 'ssh') {
        for (const key of ['ssh-key-file', 'known-hosts-file'] as const)
          if (swarm[key] === undefined && !givenElsewhere.has(key))
            out.push({
              path: ['targets', name, 'swarm', key],
              message: 'is required for an ssh:// host',
            });
      }
    }
    out.push(...preDeployIssues(config, name));
    const kube = target.kubernetes;
    if (kube !== undefined) {
      smoke(['targets', name, 'kubernetes', 'smoke'], kube.smoke);
      out.push(...kubernetesStrategyIssues(kube, name));
      if (kube.strategy === 'canary' && (kube.smoke ?? config.smoke) === undefined)
        out.push({
          path: ['targets', name, 'kubernetes', 'strategy'],
          message: 'canary needs a smoke check (smoke: urls), run through the Service while the canary runs',
        });
      if ((kube.smoke ?? config.smoke)?.['per-node'] === true)
        out.push({
          path:
            kube.smoke?.['per-node'] === true
              ? ['targets', name, 'kubernetes', 'smoke', 'per-node']
              : ['smoke', 'per-node'],
          message: `is for Swarm targets (it checks each URL on every Swarm node); target ${name} is Kubernetes`,
        });
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

/** `image:` or `images:` (exactly one); image keys, names and variables checked and unique. */
function imageIssues(config: RawConfig): ConfigIssue[] {
  if ((config.image === undefined) === (config.images === undefined))
    return [
      {
        path: [config.image === undefined ? 'image' : 'images'],
        message:
          config.image === undefined
            ? 'is required (or images: for several images)'
            : 'give either image: (one image) or images: (several), not both',
        atKey: config.image !== undefined,
      },
    ];
  const out: ConfigIssue[] = [];
  const seen = { name: new Map<string, string>(), variable: new Map<string, string>() };
  for (const image of config.images === undefined ? [] : releaseImages(config)) {
    if (!IMAGE_KEY.test(image.key))
      out.push({
        path: ['images', image.key],
        message: 'an image key holds lower-case letters, digits and - (and starts with a letter or digit)',
        atKey: true,
      });
    for (const field of ['name', 'variable'] as const) {
      const value = image[field] ?? '';
      const other = seen[field].get(value);
      if (other !== undefined)
        out.push({
          path: ['images', image.key, field],
          message: `${value} is also image ${other}'s ${field}`,
        });
      seen[field].set(value, image.key);
    }
  }
  return out;
}

/** Where each image goes on a target: the variable, and on Kubernetes the manifests' image name. */
function imagePins(
  config: RawConfig,
  single: { variable: string; imageName: string | undefined },
): ImagePin[] {
  return releaseImages(config).map((i) => ({
    key: i.key,
    variable: i.variable ?? single.variable,
    imageName: config.images === undefined ? (single.imageName ?? i.name) : i.name,
  }));
}

/** `blueGreen` on a blue-green Swarm target; absent on a rolling one. */
const blueGreenProp = (s: Parameters<typeof blueGreenOf>[0]) => {
  const settings = blueGreenOf(s);
  return settings === undefined ? {} : { blueGreen: settings };
};

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
        images: imagePins(config, { variable: s['image-variable'] ?? 'GANTRY_IMAGE', imageName: undefined }),
        env: s.env,
        envGroups: s['env-groups'],
        timeoutMs: s.timeout,
        noProgressMs: s['no-progress-timeout'],
        lockWaitMs: s['lock-timeout'],
        rollback: s.rollback,
        pruneServices: s['prune-services'],
        ...blueGreenProp(s),
        smoke: smokeOf(s.smoke),
        preDeploy: preDeployJobs(s['pre-deploy']),
        replicas: s.replicas,
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
        images: imagePins(config, { variable: 'GANTRY_IMAGE', imageName: k['image-name'] }),
        env: k.env,
        envGroups: k['env-groups'],
        timeoutMs: k.timeout,
        lockWaitMs: k['lock-timeout'],
        rollback: k.rollback,
        ...kubernetesStrategyOf(k),
        smoke: smokeOf(k.smoke),
        preDeploy: preDeployJobs(k['pre-deploy']),
        replicas: k.replicas,
      };
    }
  }
  return {
    images: releaseImages(config).map(({ variable: _variable, ...i }) => ({
      ...i,
      context: abs(i.context),
      dockerfile: i.dockerfile === undefined ? undefined : abs(i.dockerfile),
    })),
    multiImage: config.images !== undefined,
    registry: config.registry,
    build: {
      context: abs(config.build.context),
      dockerfile: config.build.dockerfile === undefined ? undefined : abs(config.build.dockerfile),
      platforms: config.build.platforms,
      buildArgs: config.build['build-args'],
      target: config.build.target,
      tagLatest: config.build['tag-latest'],
      parallel: config.build.parallel,
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
  if (config !== undefined)
    for (const issue of crossCheck(config, options.givenElsewhere ?? new Set())) add(issue);
  if (lines.length > 0 || config === undefined) {
    lines.sort((a, b) => a.line - b.line || a.col - b.col);
    throw new ConfigurationError(
      lines.map((l) => `${options.file}:${l.line}:${l.col}: ${l.text}`).join('\n'),
    );
  }
  return model(config, options.baseDir);
}
