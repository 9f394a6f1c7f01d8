import {
  addResult,
  isMisconfiguration,
  isModifiedFinding,
  isReportHead,
  isResultHead,
  isSecret,
  isVulnerability,
  parseTrivyReport,
  type Result,
  scanOf,
  TrivyReportError,
  type Vulnerability,
} from './report.ts';
import type { Finding, SuppressedFinding, TrivyScan } from './types.ts';

/**
 * A Trivy JSON report read from its bytes, one finding at a time: the same scan as
 * `parseTrivyReport(text)`, without the whole report as one string and one tree of objects.
 *
 * A monorepo's report can hold hundreds of thousands of findings, each with its CVSS vectors,
 * references and dates that the gate never reads: as one string it can pass V8's maximum string
 * length (about 512 MiB), and as one tree of objects it takes several times its size. Here only the
 * report's two upper levels (the report, each result) are walked byte by byte; each finding is cut out
 * and parsed on its own, checked, and only the fields a finding is made of are kept (equal long texts,
 * the same CVE's description under many packages, are kept once).
 *
 * Anything unusual (not JSON, a shape the checks refuse, a `__proto__` key) goes to
 * `parseTrivyReport` of the whole text, so a bad report fails with exactly the same words.
 */
export function parseTrivyReportBytes(bytes: Uint8Array): TrivyScan {
  let position = 0;
  return parseTrivyReportFrom({
    read: (into, offset) => {
      const count = Math.min(into.length - offset, bytes.length - position);
      into.set(bytes.subarray(position, position + count), offset);
      position += count;
      return count;
    },
    size: bytes.length,
    whole: () => bytes,
  });
}

/** A report's bytes, read piece by piece (a file, say); `whole` only for a report that fails. */
export interface ReportSource {
  /** Reads the next bytes into `into` from `offset`; 0 at the end. */
  read(into: Uint8Array, offset: number): number;
  /** Its size if known: the first window holds at most this much (plus one byte, to see the end). */
  size?: number;
  whole(): Uint8Array;
}

/** `parseTrivyReportBytes` of a report read piece by piece: at most a window of it held at once. */
export function parseTrivyReportFrom(source: ReportSource): TrivyScan {
  try {
    const scan = new ReportWalker(source).report();
    if (scan !== undefined) return scan;
  } catch (error) {
    // Bad JSON, or a suppressed finding of the wrong shape: the whole text names it as before.
    if (!(error instanceof SyntaxError || error instanceof TrivyReportError)) throw error;
  }
  return parseTrivyReport(decoder.decode(source.whole()));
}

/** The window's first size; it grows (doubling) only for a single value longer than it. */
const WINDOW_BYTES = 4 * 1024 * 1024;

// Like readFileSync(file, 'utf8'): invalid sequences become U+FFFD and a byte-order mark is kept
// (JSON.parse then refuses it, as before).
const decoder = new TextDecoder('utf-8', { ignoreBOM: true });

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const COLON = 0x3a;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;
const isSpace = (byte: number | undefined): boolean =>
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

/** The lists of a result whose elements are read one by one, and the check each element must pass. */
const LISTS: Record<string, (value: unknown) => boolean> = {
  Vulnerabilities: isVulnerability,
  Secrets: isSecret,
  Misconfigurations: isMisconfiguration,
  ExperimentalModifiedFindings: isModifiedFinding,
};
/** The fields of a vulnerability that a finding is made of; the rest (CVSS, references, dates) is dropped. */
const VULNERABILITY_FIELDS = [
  'VulnerabilityID',
  'PkgName',
  'PkgID',
  'PkgPath',
  'PkgIdentifier',
  'InstalledVersion',
  'FixedVersion',
  'Status',
  'Title',
  'Description',
  'Severity',
  'PrimaryURL',
] as const;
/** Long texts repeated across findings (one CVE under many packages), kept once. */
const SHARED_TEXTS = new Set(['Title', 'Description', 'PrimaryURL']);

/** Walks the report; undefined (or a SyntaxError) when it is not the plain case, for the caller's fallback. */
class ReportWalker {
  private at = 0;
  private readonly texts = new Map<string, string>();
  private readonly findings: Finding[] = [];
  private readonly suppressed: SuppressedFinding[] = [];

  private readonly source: ReportSource;
  /** The window: bytes[0, length) of the report, from where the value being read starts. */
  private bytes: Uint8Array;
  private length = 0;
  private ended = false;

  constructor(source: ReportSource) {
    this.source = source;
    this.bytes = new Uint8Array(Math.min(WINDOW_BYTES, (source.size ?? WINDOW_BYTES) + 1));
  }

  /** Reads more of the report into the window, dropping what is before `keep`; false at its end. */
  private more(keep: number): boolean {
    if (this.ended) return false;
    if (keep > 0) {
      this.bytes.copyWithin(0, keep, this.length);
      this.length -= keep;
      this.at -= keep;
    }
    if (this.length === this.bytes.length) {
      const larger = new Uint8Array(this.bytes.length * 2);
      larger.set(this.bytes.subarray(0, this.length));
      this.bytes = larger;
    }
    const read = this.source.read(this.bytes, this.length);
    if (read === 0) this.ended = true;
    this.length += read;
    return read > 0;
  }

  /** Whether there is a byte at `at` (reading more when the window has none). */
  private has(): boolean {
    while (this.at >= this.length) if (!this.more(this.at)) return false;
    return true;
  }

  report(): TrivyScan | undefined {
    const head: Record<string, unknown> = {};
    const ok = this.object((key) => {
      if (key in head) return false; // a repeated key (JSON.parse keeps the last): left to it
      if (key !== 'Results' || this.peek() !== OPEN_ARRAY) {
        head[key] = this.value();
        return key !== 'Results' || head.Results === null;
      }
      head.Results = [];
      return this.array((index) => this.result(index));
    });
    this.skipSpace();
    if (!ok || this.has() || !isReportHead(head)) return undefined;
    return scanOf(head as { ArtifactName?: string; ArtifactType?: string }, this.findings, this.suppressed);
  }

  private result(index: number): boolean {
    const result: Record<string, unknown> = {};
    const ok = this.object((key) => {
      const check = LISTS[key];
      if (key in result) return false; // a repeated key: left to JSON.parse
      if (check === undefined || this.peek() !== OPEN_ARRAY) {
        result[key] = this.value();
        return check === undefined || result[key] === null;
      }
      const list: unknown[] = [];
      result[key] = list;
      return this.array(() => {
        const element = this.value();
        if (!check(element)) return false;
        list.push(key === 'Vulnerabilities' ? this.reduced(element as Vulnerability) : element);
        return true;
      });
    });
    if (!ok || !isResultHead(result)) return false;
    addResult(result as Result, index, this.findings, this.suppressed);
    return true;
  }

  /** The fields a finding is made of, long texts shared. */
  private reduced(v: Vulnerability): Vulnerability {
    const kept: Record<string, unknown> = {};
    for (const field of VULNERABILITY_FIELDS) {
      const value = v[field];
      if (value === undefined) continue;
      kept[field] = SHARED_TEXTS.has(field) && typeof value === 'string' ? this.shared(value) : value;
    }
    return kept as Vulnerability;
  }

  private shared(text: string): string {
    const known = this.texts.get(text);
    if (known !== undefined) return known;
    this.texts.set(text, text);
    return text;
  }

  /** `{ "key": value, … }`, each member's value read by `member`; false stops the walk. */
  private object(member: (key: string) => boolean): boolean {
    if (!this.take(OPEN_OBJECT)) return false;
    if (this.take(CLOSE_OBJECT)) return true;
    do {
      this.skipSpace();
      if (this.peek() !== QUOTE) return false;
      const key = this.value();
      if (typeof key !== 'string' || key === '__proto__' || !this.take(COLON)) return false;
      this.skipSpace();
      if (!member(key)) return false;
    } while (this.take(COMMA));
    return this.take(CLOSE_OBJECT);
  }

  /** `[ element, … ]`, each element read by `element`; false stops the walk. */
  private array(element: (index: number) => boolean): boolean {
    if (!this.take(OPEN_ARRAY)) return false;
    if (this.take(CLOSE_ARRAY)) return true;
    let index = 0;
    do {
      this.skipSpace();
      if (!element(index++)) return false;
    } while (this.take(COMMA));
    return this.take(CLOSE_ARRAY);
  }

  /** The JSON value starting here, parsed by JSON.parse (which throws a SyntaxError for bad JSON). */
  private value(): unknown {
    // The whole value in the window: read on (keeping it from its start) until its end is seen.
    let start = this.at;
    let end = this.endOfValue(start);
    while (end === this.length && this.more(start)) {
      start = this.at;
      end = this.endOfValue(start);
    }
    this.at = end;
    return JSON.parse(decoder.decode(this.bytes.subarray(start, end)));
  }

  /** Where the value starting at `from` ends: strings and nesting followed, the rest left to JSON.parse. */
  private endOfValue(from: number): number {
    const bytes = this.bytes;
    const first = bytes[from];
    if (first === QUOTE) return this.endOfString(from);
    if (first === OPEN_OBJECT || first === OPEN_ARRAY) {
      let depth = 0;
      for (let i = from; i < this.length; i++) {
        const byte = bytes[i];
        if (byte === QUOTE) i = this.endOfString(i) - 1;
        else if (byte === OPEN_OBJECT || byte === OPEN_ARRAY) depth += 1;
        else if ((byte === CLOSE_OBJECT || byte === CLOSE_ARRAY) && --depth === 0) return i + 1;
      }
      return this.length;
    }
    // A number, true, false or null (or something JSON.parse refuses).
    let end = from;
    while (end < this.length && !isDelimiter(bytes[end])) end += 1;
    return end;
  }

  /** The index after the closing quote of the string opening at `from`. */
  private endOfString(from: number): number {
    const bytes = this.bytes;
    let quote = bytes.indexOf(QUOTE, from + 1);
    while (quote !== -1 && quote < this.length) {
      let backslashes = 0;
      while (bytes[quote - 1 - backslashes] === BACKSLASH) backslashes += 1;
      if (backslashes % 2 === 0) return quote + 1;
      quote = bytes.indexOf(QUOTE, quote + 1);
    }
    return this.length;
  }

  private peek(): number | undefined {
    return this.has() ? this.bytes[this.at] : undefined;
  }

  private take(byte: number): boolean {
    this.skipSpace();
    if (this.peek() !== byte) return false;
    this.at += 1;
    return true;
  }

  private skipSpace(): void {
    while (isSpace(this.peek())) this.at += 1;
  }
}
