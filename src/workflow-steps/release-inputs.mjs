// The first job of release.yml (`gantry`) checks the workflow's inputs before anything is built and says
// how the release is described:
//   - with `config` (a gantry.yml in the caller's repository; gantry.yml at its root when neither config nor
//     image is given) the file describes the images, the build, the scan, the secrets and the target; an
//     input that describes them too is an error naming it and `config`. Writes `deploy-with=release` (the
//     deploy job runs actions/release with the file) and `config` (the file's path); the matrices then
//     come from actions/release in `mode: plan`.
//   - without it, the inputs describe one image (as before `config` existed): `image` is required and
//     `target` is `swarm` (also when empty) or `kubernetes`. Writes `deploy-with` (`swarm`|`kubernetes`)
//     and the same outputs the plan gives: `build-matrix` (one entry per platform), `images-matrix` (one
//     entry), `scan` and `tag-latest`.
// Reads INPUTS (`toJSON(inputs)` of the workflow). Plain JavaScript with no dependency: it runs on the
// runner's own `node` from Gantry's checkout (`node .gantry/src/workflow-steps/release-inputs.mjs`).
// test/unit/workflows/release-inputs.test.ts runs it; CONFIG_INPUTS's defaults are checked against
// release.yml's own.
import { appendFileSync, existsSync, realpathSync } from 'node:fs';
import path from 'node:path';

/**
 * The inputs that describe what the file describes, with their release.yml defaults: with `config`, each
 * must keep its default. The others (environment, target, platforms, cache, registry-username, host,
 * known-hosts, environment-url, gantry-ref) apply to both kinds of release.
 */
export const CONFIG_INPUTS = {
  image: '',
  context: '.',
  file: '',
  'build-args': '',
  'build-target': '',
  'tag-latest': 'false',
  severity: 'CRITICAL,HIGH',
  'ignore-unfixed': 'false',
  'ignore-file': '',
  'jump-host': '',
  stack: '',
  'compose-file': 'docker-stack.yml',
  services: '',
  env: '',
  'secrets-version': 'content',
  'keep-secrets': '3',
  manifests: '',
  kustomize: '',
  namespace: '',
  'kube-context': '',
  'kubectl-version': '',
  timeout: '10m',
  rollback: 'true',
  strategy: 'rolling',
  'proxy-service': '',
  'switch-variable': '',
  'preview-urls': '',
  'keep-previous': '',
  service: '',
  'canary-weight': '',
  'canary-duration': '',
  'smoke-urls': '',
  'smoke-expect-status': '200',
  'smoke-expect-json': '',
  'smoke-timeout': '2m',
};

/** The inputs that apply with and without `config`. */
export const SHARED_INPUTS = [
  'config',
  'environment',
  'target',
  'platforms',
  'cache',
  'registry-username',
  'host',
  'known-hosts',
  'environment-url',
  'gantry-ref',
];

export class InputError extends Error {
  constructor(input, message) {
    super(message);
    this.input = input;
  }
}

const text = (value) => (value === undefined || value === null ? '' : String(value));

/** `{"linux/amd64": "ubuntu-24.04", …}` -> entries, or an error naming `platforms`. */
export function parsePlatforms(raw) {
  let map;
  try {
    map = JSON.parse(raw);
  } catch {
    map = undefined;
  }
  const ok =
    typeof map === 'object' &&
    map !== null &&
    !Array.isArray(map) &&
    Object.keys(map).length > 0 &&
    Object.values(map).every((v) => typeof v === 'string' && v.trim() !== '');
  if (!ok) throw new InputError('platforms', `${raw} is not a JSON map of platform to runner label`);
  return Object.entries(map);
}

/** What the file describes may not be given as an input too; an unknown input is a bug of ours. */
function checkConfigInputs(inputs) {
  for (const [name, value] of Object.entries(inputs)) {
    if (SHARED_INPUTS.includes(name)) continue;
    if (!(name in CONFIG_INPUTS))
      throw new InputError(name, `release-inputs.mjs does not know the input ${name}`);
    if (text(value).trim() !== CONFIG_INPUTS[name]) {
      throw new InputError(
        name,
        `config (${text(inputs.config)}) describes the release, and ${name} is given too: remove ${name} from the caller, or drop config and describe the release with inputs`,
      );
    }
  }
}

/** The key an image gets without a file: its repository's last part, as gantry.yml's `image:` does. */
export const keyOfImage = (image) => (image.trim().split('/').at(-1) ?? '').toLowerCase();

/** The one-image plan of a release without `config`, in the shape actions/release's `mode: plan` gives. */
export function legacyPlan(inputs) {
  const image = text(inputs.image).trim();
  if (image === '') {
    throw new InputError(
      'image',
      'give either config (the path of a gantry.yml in your repository; gantry.yml at its root is read without it) or image (one image described by inputs)',
    );
  }
  const target = text(inputs.target).trim() || 'swarm';
  if (target !== 'swarm' && target !== 'kubernetes') {
    throw new InputError(
      'target',
      `without config, target must be swarm or kubernetes, got '${target}' (a name of gantry.yml's targets: needs the config input)`,
    );
  }
  const key = keyOfImage(image);
  const build = parsePlatforms(text(inputs.platforms)).map(([platform, runner]) => ({
    key,
    image,
    context: text(inputs.context) || '.',
    file: text(inputs.file),
    target: text(inputs['build-target']),
    'build-args': text(inputs['build-args']),
    platform,
    runner,
    slug: `${key}-${platform.replace(/[^A-Za-z0-9]/g, '-')}`,
  }));
  return {
    'deploy-with': target,
    'build-matrix': JSON.stringify(build),
    'images-matrix': JSON.stringify([{ key, image }]),
    scan: JSON.stringify({
      enabled: true,
      severity: text(inputs.severity),
      'ignore-unfixed': text(inputs['ignore-unfixed']) === 'true',
      'ignore-file': text(inputs['ignore-file']),
    }),
    'tag-latest': text(inputs['tag-latest']) === 'true' ? 'true' : 'false',
  };
}

/** The file a release without `config` and without `image` reads, when the caller's repository has it. */
export const DEFAULT_CONFIG = 'gantry.yml';

/**
 * The outputs for these inputs (`toJSON(inputs)`), or an InputError naming the input at fault.
 * `hasDefaultConfig`: whether the caller's workspace holds gantry.yml (then it is the config when
 * neither config nor image is given).
 */
export function releaseInputs(inputs, hasDefaultConfig = false) {
  let config = text(inputs.config).trim();
  if (config === '' && text(inputs.image).trim() === '' && hasDefaultConfig) config = DEFAULT_CONFIG;
  if (config === '') return legacyPlan(inputs);
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is refused
  if (/[\u0000-\u001f\u007f]/.test(config)) throw new InputError('config', 'must be one path on one line');
  checkConfigInputs({ ...inputs, config });
  parsePlatforms(text(inputs.platforms));
  return { 'deploy-with': 'release', config };
}

/** A workflow command's message: `%`, CR and LF escaped as the runner expects. */
export const escapeCommand = (message) =>
  message.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');

function main() {
  let outputs;
  try {
    const workspace = process.env.GITHUB_WORKSPACE || process.cwd();
    outputs = releaseInputs(
      JSON.parse(process.env.INPUTS || '{}'),
      existsSync(path.join(workspace, DEFAULT_CONFIG)),
    );
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    console.log(`::error title=${error.input}::${escapeCommand(error.message)}`);
    process.exit(1);
  }
  const lines = Object.entries(outputs).map(([k, v]) => `${k}=${v}\n`);
  appendFileSync(process.env.GITHUB_OUTPUT, lines.join(''));
  console.log(
    outputs['deploy-with'] === 'release'
      ? `The release is described by ${outputs.config}.`
      : `One image, target ${outputs['deploy-with']}.`,
  );
}

// Compared as real paths: Node runs the main module from its real path, the caller may name it through a link.
if (process.argv[1] && realpathSync(process.argv[1]) === realpathSync(import.meta.filename)) main();
