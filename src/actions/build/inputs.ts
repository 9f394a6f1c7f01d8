import {
  BUILD_INPUTS,
  type BuildOptions,
  parseBuildOptions,
  type RawBuildInputs,
} from '../../core/build/options.ts';
import { mask, readSecret, readString, readText } from '../../runtime/inputs.ts';

/** Lists and `KEY=value` lines (every other input is a single line: a control character is refused). */
const MULTI_LINE = new Set(['image', 'platforms', 'build-args', 'secrets', 'tags', 'labels', 'digests']);

/** Reads the action's inputs by their action.yml names; the password and secret values are masked first. */
export function readBuildInputs(): BuildOptions {
  const raw: RawBuildInputs = {};
  for (const name of BUILD_INPUTS) {
    if (name === 'registry-password') raw[name] = readSecret(name);
    else raw[name] = MULTI_LINE.has(name) ? readText(name) : readString(name);
  }
  // Each `id=value` line's value is a secret: mask the whole input now, each value once parsed.
  mask(raw.secrets ?? '');
  const options = parseBuildOptions(raw);
  for (const value of options.secrets.values()) mask(value);
  return options;
}
