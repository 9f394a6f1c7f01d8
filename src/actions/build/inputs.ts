import {
  BUILD_INPUTS,
  type BuildOptions,
  parseBuildOptions,
  type RawBuildInputs,
} from '../../core/build/options.ts';
import { mask, readSecret, readString } from '../../runtime/inputs.ts';

/** Reads the action's inputs by their action.yml names; the password and secret values are masked first. */
export function readBuildInputs(): BuildOptions {
  const raw: RawBuildInputs = {};
  for (const name of BUILD_INPUTS) {
    raw[name] = name === 'registry-password' ? readSecret(name) : readString(name);
  }
  // Each `id=value` line's value is a secret: mask the whole input now, each value once parsed.
  mask(raw.secrets ?? '');
  const options = parseBuildOptions(raw);
  for (const value of options.secrets.values()) mask(value);
  return options;
}
