import { parseSmokeOptions, type RawSmokeInputs, type SmokeOptions } from '../../core/smoke/options.ts';
import { mask, readString } from '../../runtime/inputs.ts';

/** Reads the action's inputs by their action.yml names; header values are masked first. */
export function readSmokeInputs(): SmokeOptions {
  const raw: RawSmokeInputs = {};
  for (const name of [
    'urls',
    'expect-status',
    'expect-json',
    'expect-body',
    'timeout',
    'request-timeout',
    'interval',
    'max-interval',
    'concurrency',
    'consecutive-successes',
    'insecure',
  ] as const) {
    raw[name] = readString(name);
  }
  raw.headers = readString('headers');
  const options = parseSmokeOptions(raw);
  for (const value of Object.values(options.headers)) mask(value);
  return options;
}
