import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { BUILD_INPUTS, parseBuildOptions, type RawBuildInputs } from '../../core/build/options.ts';
import { buildResultJson } from '../../core/build/result-json.ts';
import { ConfigurationError } from '../../core/errors.ts';
import { runMerge } from '../../pipeline/build/merge.ts';
import { buildMetadata, runBuild } from '../../pipeline/build/run.ts';
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
                               merge joins per-platform digests into one OCI image index
                               under every tag through the registry's HTTP API (no buildx)
  --digest sha256:…            for --mode merge (repeatable)
  --ref REF, --sha SHA         override the git context
  --json                       print the metadata JSON on stdout
`;

const CLI_MERGE_INPUTS = {
  digests: '--digest',
  password: '--registry-password-file',
  credentials: '--registry-username',
  registry: '--registry',
};

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
  const log = (line: string) => ctx.err(line);
  const result =
    options.mode === 'merge'
      ? await runMerge(options, meta.tags, { signal: ctx.signal, log, inputs: CLI_MERGE_INPUTS })
      : await runBuild(options, meta, password, { signal: ctx.signal, log });
  const platforms = 'platforms' in result ? result.platforms : options.platforms;
  const metadata = buildResultJson({ ...options, platforms }, meta, result);
  if (values.json) ctx.out(JSON.stringify(metadata, null, 2));
  else
    ctx.out([...result.refs, ...(result.digest ? [`${options.images[0]}@${result.digest}`] : [])].join('\n'));
  return 0;
}
