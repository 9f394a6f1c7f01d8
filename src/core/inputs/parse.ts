import { ConfigurationError } from '../errors.ts';

/**
 * Pure parsers for the string values that GitHub passes as action inputs (and the CLI as flags).
 * Each takes the input's name so that its error names the input at fault.
 *
 * Control characters are refused everywhere a value is one line (a single-line input, a list item,
 * a `KEY=value` line): a newline in a value that is ever printed would start a line of its own, and
 * the runner reads a line that starts with `::` as a workflow command. Errors say where the character
 * is, never the value (it may be a secret).
 */

/** C0 controls, DEL, C1 controls and the Unicode line and paragraph separators. */
export function isControlChar(char: string): boolean {
  const code = char.codePointAt(0) ?? 0;
  return code < 0x20 || (code >= 0x7f && code <= 0x9f) || code === 0x2028 || code === 0x2029;
}

/** The control characters each kind of value may hold: none, a tab, or tabs and line breaks. */
const ALLOWED = { none: '', tab: '\t', text: '\t\n\r' } as const;
type Kind = keyof typeof ALLOWED;

const codePoint = (char: string): string =>
  `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;

function refuseControl(name: string, raw: string, kind: Kind, what: string, where = ''): void {
  const chars = [...raw];
  const index = chars.findIndex((char) => isControlChar(char) && !ALLOWED[kind].includes(char));
  if (index < 0) return;
  const char = chars[index] ?? '';
  const named =
    char === '\n'
      ? 'a newline'
      : char === '\r'
        ? 'a carriage return'
        : `control character ${codePoint(char)}`;
  throw new ConfigurationError(
    `${where}holds ${named} at position ${index + 1} (value not shown); expected ${what}`,
    name,
  );
}

/**
 * The longest one-line value (a host, a name, a path, a registry, a list item): nothing Gantry reads
 * on one line needs more (a path's PATH_MAX is 4096 bytes), and a value past it is a mistake or an
 * attack, refused before it reaches anything.
 */
export const MAX_LINE_LENGTH = 8192;

function refuseLong(name: string, value: string, where: string): void {
  if (value.length > MAX_LINE_LENGTH)
    throw new ConfigurationError(
      `${where}is ${value.length} characters long (value not shown); at most ${MAX_LINE_LENGTH} on one line`,
      name,
    );
}

/** One line of text: no control character at all (surrounding whitespace, a YAML block's final newline included, is trimmed). */
export function checkLine(name: string, raw: string, where = ''): string {
  const value = raw.trim();
  refuseLong(name, value, where);
  refuseControl(name, value, 'none', 'one line of printable text', where);
  return value;
}

/** Multi-line text (a key, a kubeconfig, known_hosts lines): tabs and line breaks only. */
export function checkText(name: string, raw: string): string {
  refuseControl(name, raw, 'text', 'text with no control characters but tabs and line breaks');
  return raw;
}

/** Splits a list on newlines or commas, honouring single and double quotes; drops empty items. */
export function parseList(name: string, raw: string): string[] {
  const items: string[] = [];
  let current = '';
  let quote: '"' | "'" | undefined;
  let quoted = false;
  const flush = () => {
    const item = quoted ? current : current.trim();
    refuseLong(name, item, `item ${items.length + 1} `);
    refuseControl(
      name,
      item,
      'none',
      'one item per line, with no control characters',
      `item ${items.length + 1} `,
    );
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

/**
 * Splits on newlines only (for values that may contain commas, such as `METHOD URL` lines); a line
 * may hold tabs but no other control character (a lone carriage return included).
 */
export function parseLines(name: string, raw: string): string[] {
  const lines = raw
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
  for (const [index, line] of lines.entries()) {
    refuseControl(name, line, 'tab', 'lines with no control characters but tabs', `line ${index + 1} `);
  }
  return lines;
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
  for (const [index, line] of parseLines(name, raw).entries()) {
    const at = line.indexOf('=');
    // The line is not shown: its value may be a secret (build's `secrets`, the secrets action's values).
    if (at <= 0) {
      throw new ConfigurationError(
        `expected KEY=value lines, but line ${index + 1} ${at === 0 ? 'has an empty key' : 'has no ='} (line not shown: it may hold a secret)`,
        name,
      );
    }
    const key = line.slice(0, at).trim();
    if (map.has(key)) throw new ConfigurationError(`key ${key} is given twice`, name);
    map.set(key, line.slice(at + 1));
  }
  return map;
}

/** A variable name as a shell and `${VAR}` interpolation take it: a letter or _, then letters, digits or _. */
export const VARIABLE_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** `KEY=value` lines whose keys are variable names (an `env` input); the key, never the value, is quoted. */
export function parseEnvMap(name: string, raw: string): Map<string, string> {
  const map = parseMap(name, raw);
  for (const key of map.keys())
    if (!VARIABLE_NAME.test(key))
      throw new ConfigurationError(
        `${JSON.stringify(key)} is not a variable name (a letter or _, then letters, digits or _)`,
        name,
      );
  return map;
}
