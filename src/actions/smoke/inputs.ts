import { parseSmokeOptions, type RawSmokeInputs, type SmokeOptions } from '../../core/smoke/options.ts';
import { mask, readString, readText } from '../../runtime/inputs.ts';

/** Inputs that take several lines (every other one is a single line: a control character is refused). */
const MULTI_LINE = new Set(['urls', 'expect-json']);

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
    raw[name] = MULTI_LINE.has(name) ? readText(name) : readString(name);
  }
  raw.headers = readText('headers');
  const options = parseSmokeOptions(raw);
  for (const value of Object.values(options.headers)) mask(value);
  return options;
}
