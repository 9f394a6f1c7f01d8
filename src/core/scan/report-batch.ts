import {
  BACKSLASH,
  CLOSE_ARRAY,
  CLOSE_OBJECT,
  COLON,
  COMMA,
  endOfString,
  endOfValue,
  OPEN_ARRAY,
  OPEN_OBJECT,
  QUOTE,
  skipSpace,
} from './json-bytes.ts';

/**
 * A list's elements read a batch at a time: every element complete in a window of the report's bytes
 * is copied into one JSON array text, parsed by one JSON.parse. With `keep`, an object element keeps
 * only the members whose key `keep` accepts; the others (a finding's CVSS vectors, references and
 * dates, most of its bytes) are passed over without being parsed at all.
 *
 * Anything that is not plain JSON here throws a SyntaxError (JSON.parse's own, or ours), for the
 * caller's fall-back to the whole text.
 */
export class ElementBatch {
  private out = new Uint8Array(64 * 1024);
  private size = 0;
  private readonly decoder = new TextDecoder('utf-8', { ignoreBOM: true });

  /**
   * Copies the elements that are complete in bytes[from, length), `from` at the first one; returns the
   * index after the last of them (`from` when not even one is complete in view).
   */
  scan(bytes: Uint8Array, from: number, length: number, keep: KeyFilter | undefined): number {
    if (this.out.length < length - from + 2) this.out = new Uint8Array(length - from + 2);
    this.size = 0;
    this.write(OPEN_ARRAY);
    let end = from;
    let at = from;
    for (;;) {
      const mark = this.size;
      if (end !== from) this.write(COMMA);
      const next =
        keep !== undefined && bytes[at] === OPEN_OBJECT
          ? this.members(bytes, at, length, keep)
          : this.value(bytes, at, length);
      if (next >= length) {
        this.size = mark;
        break;
      }
      end = next;
      const separator = skipSpace(bytes, next, length);
      if (separator >= length || bytes[separator] !== COMMA) break;
      at = skipSpace(bytes, separator + 1, length);
      if (at >= length) break;
    }
    this.write(CLOSE_ARRAY);
    return end;
  }

  /** The elements of the last scan. */
  parse(): unknown[] {
    return JSON.parse(this.decoder.decode(this.out.subarray(0, this.size))) as unknown[];
  }

  private write(byte: number): void {
    this.out[this.size++] = byte;
  }

  private copy(bytes: Uint8Array, from: number, to: number): void {
    this.out.set(bytes.subarray(from, to), this.size);
    this.size += to - from;
  }

  /** The value at `from` copied whole; returns the index after it (`length` or more: not in view). */
  private value(bytes: Uint8Array, from: number, length: number): number {
    const end = endOfValue(bytes, from, length);
    if (end === from && from < length) throw new SyntaxError(`expected a value at byte ${from}`);
    if (end < length) this.copy(bytes, from, end);
    return end;
  }

  /**
   * The object at `from` with only the members `keep` accepts; as `value`. Kept members that follow
   * each other are copied as one run, separators and all.
   */
  private members(bytes: Uint8Array, from: number, length: number, keep: KeyFilter): number {
    this.write(OPEN_OBJECT);
    const run = { start: -1, end: -1, copied: false };
    let at = skipSpace(bytes, from + 1, length);
    if (bytes[at] === CLOSE_OBJECT) return this.closeObject(at, bytes, run);
    while (at < length) {
      if (bytes[at] !== QUOTE) throw new SyntaxError(`expected a key at byte ${at}`);
      const keyEnd = endOfString(bytes, at, length);
      const colon = skipSpace(bytes, keyEnd, length);
      if (colon >= length) return length;
      if (bytes[colon] !== COLON) throw new SyntaxError(`expected ':' at byte ${colon}`);
      const start = skipSpace(bytes, colon + 1, length);
      const end = start < length ? endOfValue(bytes, start, length) : length;
      const next = skipSpace(bytes, end, length);
      if (next >= length) return length;
      if (!keep(bytes, at, keyEnd)) this.flush(bytes, run);
      else if (run.start === -1) [run.start, run.end] = [at, end];
      else run.end = end;
      if (bytes[next] === CLOSE_OBJECT) return this.closeObject(next, bytes, run);
      if (bytes[next] !== COMMA) throw new SyntaxError(`expected ',' or '}' at byte ${next}`);
      at = skipSpace(bytes, next + 1, length);
    }
    return length;
  }

  /** Copies the run of kept members, if any, after a comma when one was copied before it. */
  private flush(bytes: Uint8Array, run: { start: number; end: number; copied: boolean }): void {
    if (run.start === -1) return;
    if (run.copied) this.write(COMMA);
    this.copy(bytes, run.start, run.end);
    run.copied = true;
    run.start = -1;
  }

  private closeObject(
    at: number,
    bytes: Uint8Array,
    run: { start: number; end: number; copied: boolean },
  ): number {
    this.flush(bytes, run);
    this.write(CLOSE_OBJECT);
    return at + 1;
  }
}

/** Whether the member whose key (quotes included) is bytes[from, to) is kept. */
export type KeyFilter = (bytes: Uint8Array, from: number, to: number) => boolean;

/**
 * A filter keeping the members named in `keys`, and any key written with an escape (`"Pkg\u004eame"`
 * is PkgName to JSON.parse): the parsed element is read by name afterwards, so keeping more is safe.
 */
export function keepKeys(keys: readonly string[]): KeyFilter {
  const byLength = new Map<number, Uint8Array[]>();
  for (const key of keys) {
    const quoted = new TextEncoder().encode(JSON.stringify(key));
    byLength.set(quoted.length, [...(byLength.get(quoted.length) ?? []), quoted]);
  }
  return (bytes, from, to) => {
    for (const key of byLength.get(to - from) ?? []) if (equalAt(bytes, from, key)) return true;
    for (let at = from; at < to; at++) if (bytes[at] === BACKSLASH) return true;
    return false;
  };
}

function equalAt(bytes: Uint8Array, from: number, key: Uint8Array): boolean {
  for (let i = 0; i < key.length; i++) if (bytes[from + i] !== key[i]) return false;
  return true;
}
