import {
  CLOSE_ARRAY,
  CLOSE_OBJECT,
  COLON,
  COMMA,
  endOfValue,
  isSpace,
  OPEN_ARRAY,
  OPEN_OBJECT,
  QUOTE,
} from './json-bytes.ts';
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
import { ElementBatch, type KeyFilter, keepKeys } from './report-batch.ts';
import type { Finding, SuppressedFinding, TrivyScan } from './types.ts';

/**
 * A Trivy JSON report read from its bytes, one finding at a time: the same scan as
 * `parseTrivyReport(text)`, without the whole report as one string and one tree of objects.
 *
 * A monorepo's report can hold hundreds of thousands of findings, each with its CVSS vectors,
 * references and dates that the gate never reads: as one string it can pass V8's maximum string
 * length (about 512 MiB), and as one tree of objects it takes several times its size. Here only the
 * report's two upper levels (the report, each result) are walked byte by byte; a list's findings are
 * read a window at a time (report-batch.ts): the fields a vulnerability is made of are cut out of each
 * and the window's findings parsed by one JSON.parse, checked, and kept (equal long texts, the same
 * CVE's description under many packages, are kept once).
 *
 * Anything unusual (not JSON, a shape the checks refuse, a `__proto__` key) goes to
 * `parseTrivyReport` of the whole text, so a bad report fails with exactly the same words. One
 * exception: a vulnerability's fields that no finding is made of are passed over, their strings and
 * nesting followed but their contents not parsed, so bad JSON inside one of them (a `CVSS` of
 * `{"V3Score": 7.5.1}`) is not an error here; nothing read from the report comes from them.
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
const KEEP_VULNERABILITY_FIELDS: KeyFilter = keepKeys(VULNERABILITY_FIELDS);
/** Long texts repeated across findings (one CVE under many packages), kept once. */
const SHARED_TEXTS = ['Title', 'Description', 'PrimaryURL'] as const;

/** Walks the report; undefined (or a SyntaxError) when it is not the plain case, for the caller's fallback. */
class ReportWalker {
  private at = 0;
  private readonly texts = new Map<string, string>();
  private readonly findings: Finding[] = [];
  private readonly suppressed: SuppressedFinding[] = [];
  private readonly batch = new ElementBatch();

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
      return this.list(check, key === 'Vulnerabilities', list);
    });
    if (!ok || !isResultHead(result)) return false;
    addResult(result as Result, index, this.findings, this.suppressed);
    return true;
  }

  /** The fields a finding is made of, long texts shared. */
  private reduced(v: Vulnerability): Vulnerability {
    // The batch kept only these fields (and any key written with an escape, read by name later).
    for (const field of SHARED_TEXTS) {
      const value = v[field];
      if (typeof value === 'string') v[field] = this.shared(value);
    }
    return v;
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

  /**
   * A list's elements, a window's worth at a time (report-batch.ts): each must pass `check`; a
   * vulnerability keeps only the fields a finding is made of. False stops the walk.
   */
  private list(check: (value: unknown) => boolean, vulnerabilities: boolean, list: unknown[]): boolean {
    if (!this.take(OPEN_ARRAY)) return false;
    if (this.take(CLOSE_ARRAY)) return true;
    const keep = vulnerabilities ? KEEP_VULNERABILITY_FIELDS : undefined;
    do {
      this.skipSpace();
      let end = this.batch.scan(this.bytes, this.at, this.length, keep);
      while (end === this.at) {
        if (!this.more(this.at)) return false;
        end = this.batch.scan(this.bytes, this.at, this.length, keep);
      }
      this.at = end;
      for (const element of this.batch.parse()) {
        if (!check(element)) return false;
        list.push(vulnerabilities ? this.reduced(element as Vulnerability) : element);
      }
    } while (this.take(COMMA));
    return this.take(CLOSE_ARRAY);
  }

  /** The JSON value starting here, parsed by JSON.parse (which throws a SyntaxError for bad JSON). */
  private value(): unknown {
    // The whole value in the window: read on (keeping it from its start) until its end is seen.
    let start = this.at;
    let end = endOfValue(this.bytes, start, this.length);
    while (end === this.length && this.more(start)) {
      start = this.at;
      end = endOfValue(this.bytes, start, this.length);
    }
    this.at = end;
    return JSON.parse(decoder.decode(this.bytes.subarray(start, end)));
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
