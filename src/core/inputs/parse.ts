import { ConfigurationError } from '../errors.ts';

/**
 * Pure parsers for the string values that GitHub passes as action inputs (and the CLI as flags).
 * Each takes the input's name so that its error names the input at fault.
 */

/** Splits a list on newlines or commas, honouring single and double quotes; drops empty items. */
export function parseList(name: string, raw: string): string[] {
  const items: string[] = [];
  let current = '';
  let quote: '"' | "'" | undefined;
  let quoted = false;
  const flush = () => {
    const item = quoted ? current : current.trim();
    if (item !== '' || quoted) items.push(item);
    current = '';
    quoted = false;
  };
  for (const char of raw) {
    if (quote !== undefined) {
      if (char === quote) quote = undefined;
      else current += char;
    } else if (char === '"' || char === "'") {
      if (current.trim() !== '') {
        throw new ConfigurationError(
          `a quote may only open an item, near ${JSON.stringify(current + char)}`,
          name,
        );
      }
      current = '';
      quote = char;
      quoted = true;
    } else if (char === ',' || char === '\n') {
      flush();
    } else if (char === '\r') {
      // Windows line endings count as newlines.
    } else if (quoted) {
      if (char.trim() !== '') {
        throw new ConfigurationError(`unexpected text after a closing quote: ${JSON.stringify(char)}`, name);
      }
    } else {
      current += char;
    }
  }
  if (quote !== undefined) throw new ConfigurationError(`unterminated ${quote} quote`, name);
  flush();
  return items;
}

/** Splits on newlines only (for values that may contain commas, such as `METHOD URL` lines). */
export function parseLines(raw: string): string[] {
  return raw
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
}

/** `true` or `false` only: a typo is an error, never a silent `false`. */
export function parseBoolean(name: string, raw: string): boolean {
  const value = raw.trim();
  if (value === 'true') return true;
  if (value === 'false') return false;
  throw new ConfigurationError(`expected true or false, got ${JSON.stringify(raw)}`, name);
}

const UNIT_MS = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 } as const;

/** Durations such as `500ms`, `90s`, `5m`, `1h`, `1m30s`; a bare number means seconds. Returns ms. */
export function parseDuration(name: string, raw: string): number {
  const value = raw.trim();
  if (/^\d+(\.\d+)?$/.test(value)) return Math.round(Number(value) * 1000);
  const part = /(\d+(?:\.\d+)?)(ms|s|m|h)/gy;
  let total = 0;
  let consumed = 0;
  for (let match = part.exec(value); match !== null; match = part.exec(value)) {
    total += Number(match[1]) * UNIT_MS[match[2] as keyof typeof UNIT_MS];
    consumed = part.lastIndex;
  }
  if (value === '' || consumed !== value.length) {
    throw new ConfigurationError(
      `expected a duration such as 90s, 5m or 1h, got ${JSON.stringify(raw)}`,
      name,
    );
  }
  return Math.round(total);
}

/** A whole number within [min, max]. */
export function parseInteger(name: string, raw: string, bounds: { min?: number; max?: number } = {}): number {
  const value = raw.trim();
  if (!/^-?\d+$/.test(value))
    throw new ConfigurationError(`expected a whole number, got ${JSON.stringify(raw)}`, name);
  const number = Number(value);
  const { min = Number.MIN_SAFE_INTEGER, max = Number.MAX_SAFE_INTEGER } = bounds;
  if (number < min || number > max) {
    throw new ConfigurationError(`expected a whole number from ${min} to ${max}, got ${number}`, name);
  }
  return number;
}

/** `KEY=value` lines (the value may contain `=`); blank lines and `#` comments skipped; keys unique. */
export function parseMap(name: string, raw: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const line of parseLines(raw)) {
    const at = line.indexOf('=');
    if (at <= 0) throw new ConfigurationError(`expected KEY=value lines, got ${JSON.stringify(line)}`, name);
    const key = line.slice(0, at).trim();
    if (map.has(key)) throw new ConfigurationError(`key ${key} is given twice`, name);
    map.set(key, line.slice(at + 1));
  }
  return map;
}
