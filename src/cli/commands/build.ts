import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { parseArgs } from 'node:util';
import { type BuildResult, checkClassicBuilder, executeBuild, hasBuildx } from '../../adapters/buildx.ts';
import { DockerClient } from '../../adapters/docker.ts';
import { createDockerConfig, login, removeDockerConfig } from '../../adapters/docker-config.ts';
import { exec } from '../../adapters/exec.ts';
import {
  type ComputedMetadata,
  computeMetadata,
  gitContextFromEnv,
  imageTitle,
} from '../../core/build/metadata.ts';
import {
  BUILD_INPUTS,
  type BuildOptions,
  parseBuildOptions,
  type RawBuildInputs,
  registryOf,
} from '../../core/build/options.ts';
import { buildResultJson } from '../../core/build/result-json.ts';
import { ConfigurationError } from '../../core/errors.ts';
import type { CliContext } from '../context.ts';

export const BUILD_USAGE = `Usage: gantry build --image NAME [options]

Builds (and with --push, pushes) an image tagged and labelled from the git ref, as the build
action does. The ref and commit come from GITHUB_REF/GITHUB_SHA when set, else from the local git
checkout (an exact tag on HEAD, else the branch). Exit code 0: built, 1: the build failed,
2: bad arguments.

Options (the same names as the build action's inputs):
  --image NAME                 image name(s) without tag (repeatable)
  --context DIR                build context (default .)
  --file PATH                  Dockerfile
  --platforms LIST             e.g. linux/amd64,linux/arm64 (more than one needs buildx)
  --push                       push the tags
  --build-arg KEY=value        (repeatable)
  --secret ID=ENVVAR           BuildKit secret ID, its value read from the environment variable ENVVAR
  --target STAGE
  --cache gha|registry|none    (default none on the CLI)
  --provenance, --sbom         attach attestations
  --tag TAG                    extra tag (repeatable)
  --tag-latest                 also tag latest on a stable release
  --label KEY=value            (repeatable)
  --registry HOST              registry to log in to
  --registry-username USER     log in with the password from GANTRY_REGISTRY_PASSWORD
                               or --registry-password-file
  --registry-password-file F
  --mode build|push-by-digest|merge
  --digest sha256:…            for --mode merge (repeatable)
  --ref REF, --sha SHA         override the git context
  --json                       print the metadata JSON on stdout
`;

async function git(args: string[]): Promise<string | undefined> {
  const result = await exec('git', args, { allowFailure: true, timeoutMs: 10_000 }).catch(() => undefined);
  return result?.exitCode === 0 ? result.stdout.trim() : undefined;
}

export async function buildCommand(argv: string[], ctx: CliContext): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    options: {
      image: { type: 'string', multiple: true },
      context: { type: 'string' },
      file: { type: 'string' },
      platforms: { type: 'string' },
      push: { type: 'boolean' },
      'build-arg': { type: 'string', multiple: true },
      secret: { type: 'string', multiple: true },
      target: { type: 'string' },
      cache: { type: 'string' },
      provenance: { type: 'boolean' },
      sbom: { type: 'boolean' },
      tag: { type: 'string', multiple: true },
      'tag-latest': { type: 'boolean' },
      label: { type: 'string', multiple: true },
      registry: { type: 'string' },
      'registry-username': { type: 'string' },
      'registry-password-file': { type: 'string' },
      mode: { type: 'string' },
      digest: { type: 'string', multiple: true },
      ref: { type: 'string' },
      sha: { type: 'string' },
      json: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    ctx.out(BUILD_USAGE);
    return 0;
  }
  const secretLines = (values.secret ?? []).map((spec) => {
    const m = /^([A-Za-z0-9_.-]+)=(\w+)$/.exec(spec);
    if (m === null)
      throw new ConfigurationError(`expected ID=ENVVAR, got ${JSON.stringify(spec)}`, '--secret');
    const value = process.env[m[2] ?? ''];
    if (value === undefined)
      throw new ConfigurationError(`environment variable ${m[2]} is not set`, '--secret');
    return `${m[1]}=${value}`;
  });
  let password = process.env.GANTRY_REGISTRY_PASSWORD ?? '';
  if (values['registry-password-file'])
    password = readFileSync(values['registry-password-file'], 'utf8').replace(/\r?\n$/, '');
  const raw: RawBuildInputs = {
    image: (values.image ?? []).join('\n'),
    context: values.context ?? '',
    file: values.file ?? '',
    platforms: values.platforms ?? '',
    push: values.push ? 'true' : 'false',
    'build-args': (values['build-arg'] ?? []).join('\n'),
    secrets: secretLines.join('\n'),
    target: values.target ?? '',
    cache: values.cache ?? 'none',
    provenance: values.provenance ? 'true' : 'false',
    sbom: values.sbom ? 'true' : 'false',
    tags: (values.tag ?? []).join('\n'),
    'tag-latest': values['tag-latest'] ? 'true' : 'false',
    labels: (values.label ?? []).join('\n'),
    registry: values.registry ?? '',
    'registry-username': values['registry-username'] ?? '',
    'registry-password': values['registry-username'] ? password : '',
    mode: values.mode ?? '',
    digests: (values.digest ?? []).join('\n'),
  };
  for (const name of BUILD_INPUTS) raw[name] ??= '';
  const options = parseBuildOptions(raw);

  const meta = await buildMetadata(options, values.ref, values.sha);
  const result = await runBuild(options, meta, password, ctx);
  const metadata = buildResultJson(options, meta, result);
  if (values.json) ctx.out(JSON.stringify(metadata, null, 2));
  else
    ctx.out([...result.refs, ...(result.digest ? [`${options.images[0]}@${result.digest}`] : [])].join('\n'));
  return 0;
}

/**
 * Tags, version and labels from the git ref: the override, else GITHUB_REF/GITHUB_SHA, else the
 * local checkout (an exact tag on HEAD, else the branch). Runs git (read-only) only.
 */
export async function buildMetadata(
  options: BuildOptions,
  refOverride?: string,
  shaOverride?: string,
): Promise<ComputedMetadata> {
  let ref = refOverride ?? (process.env.GITHUB_REF || undefined);
  if (ref === undefined) {
    const tag = await git(['describe', '--exact-match', '--tags', 'HEAD']);
    const branch = tag === undefined ? await git(['symbolic-ref', '--short', 'HEAD']) : undefined;
    ref = tag !== undefined ? `refs/tags/${tag}` : branch !== undefined ? `refs/heads/${branch}` : '';
  }
  const sha = shaOverride ?? (process.env.GITHUB_SHA || (await git(['rev-parse', 'HEAD'])) || '');
  const gitContext = gitContextFromEnv({ ...process.env, GITHUB_REF: ref, GITHUB_SHA: sha }, {}, new Date());
  return computeMetadata(
    gitContext,
    { extra: options.extraTags, tagLatest: options.tagLatest },
    imageTitle(options.images[0] ?? ''),
  );
}

/** Builds (and pushes) with buildx, or the classic builder when buildx is absent; logs in first. */
export async function runBuild(
  options: BuildOptions,
  meta: ComputedMetadata,
  password: string,
  ctx: CliContext,
  log: (line: string) => void = (line) => ctx.err(line),
): Promise<BuildResult> {
  const secrets = [...options.secrets.values(), ...(password ? [password] : [])];
  const env: Record<string, string> = {};
  const buildx = await hasBuildx(new DockerClient({ env, log, signal: ctx.signal }));
  if (!buildx) {
    checkClassicBuilder(options);
    log('warning: docker buildx is not installed: using the classic docker build and docker push');
  }
  let configDir: string | undefined;
  const registry = registryOf(options);
  try {
    if (options.registryUsername !== undefined && options.registryPassword !== undefined) {
      configDir = createDockerConfig(tmpdir());
      env.DOCKER_CONFIG = configDir;
      await login(new DockerClient({ env, secrets, log, signal: ctx.signal }), {
        registry,
        username: options.registryUsername,
        password: options.registryPassword,
        passwordInput: '--registry-password-file',
      });
    }
    return await executeBuild(
      new DockerClient({ env, secrets, log, signal: ctx.signal }),
      options,
      meta,
      buildx,
      {
        info: log,
        warning: (message) => log(`warning: ${message}`),
      },
    );
  } finally {
    if (configDir !== undefined) await removeDockerConfig(configDir, [registry]);
  }
}
