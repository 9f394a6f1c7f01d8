// The first job of pr-security.yml (`gantry`): which images a pull request builds and scans.
//   node pr-plan.mjs check   reads INPUTS (`toJSON(inputs)`); with `config` (or, when neither config nor
//                            image is given, gantry.yml at the workspace root) writes `config` (its path),
//                            and an input that describes what the file describes is an error naming it and
//                            config. Without, writes nothing but checks that `image` is given.
//   node pr-plan.mjs matrix  reads INPUTS, BUILD_MATRIX and SCAN (actions/release `mode: plan` outputs,
//                            empty without config) and writes `images` (JSON array, one entry per image:
//                            key, image, context, file, target, build-args; each image is built once, for
//                            the runner's own platform) and `scan` (severity, ignore-unfixed, ignore-file).
// Plain JavaScript with no dependency (the runner's own node, from Gantry's checkout);
// test/unit/workflows/pr-plan.test.ts runs it, and checks CONFIG_INPUTS against pr-security.yml.
import { appendFileSync, existsSync, realpathSync } from 'node:fs';
import path from 'node:path';

/** The inputs that describe what gantry.yml describes, with their pr-security.yml defaults. */
export const CONFIG_INPUTS = {
  image: '',
  'baseline-image': '',
  context: '.',
  file: '',
  'build-args': '',
  'build-target': '',
  severity: 'CRITICAL,HIGH',
  'ignore-unfixed': 'false',
  'ignore-file': '',
};

/** The inputs that apply with and without `config`. */
export const SHARED_INPUTS = ['config', 'cache', 'comment', 'registry-username', 'gantry-ref'];

export const DEFAULT_CONFIG = 'gantry.yml';

export class InputError extends Error {
  constructor(input, message) {
    super(message);
    this.input = input;
  }
}

const text = (value) => (value === undefined || value === null ? '' : String(value));

/** The config path (or '' for one image described by inputs); an InputError when the inputs conflict. */
export function prConfig(inputs, hasDefaultConfig) {
  let config = text(inputs.config).trim();
  if (config === '' && text(inputs.image).trim() === '' && hasDefaultConfig) config = DEFAULT_CONFIG;
  if (config === '') {
    if (text(inputs.image).trim() === '')
      throw new InputError(
        'image',
        'give either config (the path of a gantry.yml in your repository; gantry.yml at its root is read without it) or image',
      );
    return '';
  }
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is refused
  if (/[\u0000-\u001f\u007f]/.test(config)) throw new InputError('config', 'must be one path on one line');
  for (const [name, value] of Object.entries(inputs)) {
    if (SHARED_INPUTS.includes(name)) continue;
    if (!(name in CONFIG_INPUTS)) throw new InputError(name, `pr-plan.mjs does not know the input ${name}`);
    if (text(value).trim() !== CONFIG_INPUTS[name])
      throw new InputError(
        name,
        `config (${config}) describes the images, and ${name} is given too: remove ${name} from the caller, or drop config`,
      );
  }
  return config;
}

/** One entry per image: from the plan's build matrix (first leg of each key), or from the inputs. */
export function prMatrix(inputs, buildMatrix, scan) {
  if (buildMatrix !== '') {
    const seen = new Map();
    for (const leg of JSON.parse(buildMatrix)) {
      if (seen.has(leg.key)) continue;
      const { key, image, context, file, target } = leg;
      seen.set(key, { key, image, context, file, target, 'build-args': leg['build-args'] });
    }
    const settings = JSON.parse(scan);
    return {
      images: JSON.stringify([...seen.values()]),
      scan: JSON.stringify({
        severity: settings.severity,
        'ignore-unfixed': settings['ignore-unfixed'],
        'ignore-file': settings['ignore-file'],
      }),
    };
  }
  const image = text(inputs.image).trim();
  return {
    images: JSON.stringify([
      {
        key: (image.split('/').at(-1) ?? '').toLowerCase(),
        image,
        context: text(inputs.context) || '.',
        file: text(inputs.file),
        target: text(inputs['build-target']),
        'build-args': text(inputs['build-args']),
      },
    ]),
    scan: JSON.stringify({
      severity: text(inputs.severity),
      'ignore-unfixed': text(inputs['ignore-unfixed']) === 'true',
      'ignore-file': text(inputs['ignore-file']),
    }),
  };
}

function main(command) {
  const env = process.env;
  const inputs = JSON.parse(env.INPUTS || '{}');
  let outputs;
  try {
    if (command === 'check') {
      const workspace = env.GITHUB_WORKSPACE || process.cwd();
      const config = prConfig(inputs, existsSync(path.join(workspace, DEFAULT_CONFIG)));
      outputs = config === '' ? {} : { config };
    } else if (command === 'matrix') {
      outputs = prMatrix(inputs, env.BUILD_MATRIX || '', env.SCAN || '');
    } else {
      console.log('::error::usage: pr-plan.mjs check|matrix');
      process.exit(2);
    }
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    const message = error.message.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
    console.log(`::error title=${error.input}::${message}`);
    process.exit(1);
  }
  appendFileSync(
    env.GITHUB_OUTPUT,
    Object.entries(outputs)
      .map(([k, v]) => `${k}=${v}\n`)
      .join(''),
  );
}

// Compared as real paths: Node runs the main module from its real path, the caller may name it through a link.
if (process.argv[1] && realpathSync(process.argv[1]) === realpathSync(import.meta.filename))
  main(process.argv[2]);
