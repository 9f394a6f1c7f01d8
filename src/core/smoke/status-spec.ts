import { ConfigurationError } from '../errors.ts';

/** An accepted set of HTTP status codes, e.g. `200,204` or `200-299,304`. */
export type StatusSpec = ReadonlyArray<readonly [number, number]>;

export function parseStatusSpec(name: string, raw: string): StatusSpec {
  const ranges: Array<[number, number]> = [];
  for (const part of raw.split(/[,\s]+/).filter((p) => p !== '')) {
    const match = /^(\d{3})(?:-(\d{3}))?$/.exec(part);
    const low = Number(match?.[1]);
    const high = match?.[2] === undefined ? low : Number(match[2]);
    if (match === null || low < 100 || high > 599 || low > high) {
      throw new ConfigurationError(
        `expected status codes or ranges such as 200,204 or 200-299, got ${JSON.stringify(part)}`,
        name,
      );
    }
    ranges.push([low, high]);
  }
  if (ranges.length === 0) throw new ConfigurationError('expected at least one status code', name);
  return ranges;
}

export const statusMatches = (spec: StatusSpec, status: number): boolean =>
  spec.some(([low, high]) => status >= low && status <= high);

export const formatStatusSpec = (spec: StatusSpec): string =>
  spec.map(([low, high]) => (low === high ? `${low}` : `${low}-${high}`)).join(',');
