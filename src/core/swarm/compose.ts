import { stringify } from 'yaml';
import { ConfigurationError } from '../errors.ts';
import {
  deployRefusal,
  loadStack,
  StackFileError,
  type StackFileText,
  type StackObject,
  type StackService,
  type StackView,
} from './stack-file.ts';

/** What the stack files declare, read as Docker reads them (see stack-file.ts). */
export type ComposeService = StackService;
/** A secret, config or network with its engine name. */
export type ComposeSecret = StackObject;
export type ComposeAnalysis = StackView;
export type ComposeFile = StackFileText;

/**
 * Reads one or more stack files the way `docker stack deploy -c a -c b` reads and merges them,
 * refusing (with Docker's reason) what Docker refuses. `input` names the action input for errors.
 */
export function analyseCompose(
  files: readonly ComposeFile[],
  env: ReadonlyMap<string, string>,
  stack: string,
  input = 'compose-file',
): ComposeAnalysis {
  let view: StackView;
  try {
    view = loadStack(files, env, stack);
  } catch (error) {
    if (error instanceof StackFileError) throw new ConfigurationError(error.message, input);
    throw error;
  }
  if (view.missing.length > 0) return view; // reported first, by the caller
  const refusal = deployRefusal(view);
  if (refusal !== undefined) throw new ConfigurationError(refusal, input);
  return view;
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

/**
 * A compose override that pins images; passed as the last `-c`. Unknown services are an error.
 * Its `version:` is the stack file's (`version`, as written, or none): Docker refuses files whose
 * versions differ ("version mismatched between two composefiles").
 */
export function imageOverride(
  pins: ReadonlyMap<string, string>,
  services: readonly ComposeService[],
  input = 'images',
  version?: string,
): string {
  const known = new Set(services.map((s) => s.name));
  const unknown = [...pins.keys()].filter((name) => !known.has(name));
  if (unknown.length > 0) {
    throw new ConfigurationError(`names services the stack file does not have: ${unknown.join(', ')}`, input);
  }
  return stringify({
    ...(version === undefined ? {} : { version }),
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
    if (names.some((n) => !/^[A-Za-z_][A-Za-z0-9_]{0,254}$/.test(n))) {
      throw new ConfigurationError(
        `expected comma-separated variable names (at most 255 characters each), got ${JSON.stringify(line)}`,
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
