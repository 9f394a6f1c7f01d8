// Where JSON values end, read from UTF-8 bytes without parsing them: strings and nesting followed, the
// rest (numbers, literals, whether the text is JSON at all) left to JSON.parse. Each function looks at
// bytes[0, length) only and answers `length` or more when the value may go on past it.

export const QUOTE = 0x22;
export const BACKSLASH = 0x5c;
export const COMMA = 0x2c;
export const COLON = 0x3a;
export const OPEN_OBJECT = 0x7b;
export const CLOSE_OBJECT = 0x7d;
export const OPEN_ARRAY = 0x5b;
export const CLOSE_ARRAY = 0x5d;

export const isSpace = (byte: number | undefined): boolean =>
  byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09;

const isDelimiter = (byte: number | undefined): boolean =>
  isSpace(byte) ||
  byte === COMMA ||
  byte === COLON ||
  byte === QUOTE ||
  byte === OPEN_OBJECT ||
  byte === CLOSE_OBJECT ||
  byte === OPEN_ARRAY ||
  byte === CLOSE_ARRAY;

/** The first index from `from` that is not white space (`length` when there is none). */
export function skipSpace(bytes: Uint8Array, from: number, length: number): number {
  let at = from;
  while (at < length && isSpace(bytes[at])) at += 1;
  return at;
}

/** The index after the closing quote of the string opening at `from`; `length` when not in view. */
export function endOfString(bytes: Uint8Array, from: number, length: number): number {
  // Most strings are short (keys, versions): a plain loop finds their end before indexOf is called.
  const near = Math.min(length, from + 32);
  let quote = from + 1;
  while (quote < near && bytes[quote] !== QUOTE) quote += 1;
  if (quote === near) quote = bytes.indexOf(QUOTE, near);
  while (quote !== -1 && quote < length) {
    let backslashes = 0;
    while (bytes[quote - 1 - backslashes] === BACKSLASH) backslashes += 1;
    if (backslashes % 2 === 0) return quote + 1;
    quote = bytes.indexOf(QUOTE, quote + 1);
  }
  return length;
}

/** The index after the value starting at `from`; `length` when its end is not in view. */
export function endOfValue(bytes: Uint8Array, from: number, length: number): number {
  const first = bytes[from];
  if (first === QUOTE) return endOfString(bytes, from, length);
  if (first === OPEN_OBJECT || first === OPEN_ARRAY) return endOfNested(bytes, from, length);
  // A number, true, false or null (or something JSON.parse refuses).
  let end = from;
  while (end < length && !isDelimiter(bytes[end])) end += 1;
  return end;
}

/** The index after the object or array opening at `from`: strings skipped whole, brackets counted. */
function endOfNested(bytes: Uint8Array, from: number, length: number): number {
  let depth = 0;
  let at = from;
  while (at < length) {
    const byte = bytes[at];
    if (byte === QUOTE) {
      at = endOfString(bytes, at, length);
      continue;
    }
    if (byte === OPEN_OBJECT || byte === OPEN_ARRAY) depth += 1;
    else if ((byte === CLOSE_OBJECT || byte === CLOSE_ARRAY) && --depth === 0) return at + 1;
    at += 1;
  }
  return length;
}
