import { ConfigurationError } from '../errors.ts';
import { parseBoolean, parseDuration, parseInteger, parseLines } from '../inputs/parse.ts';
import { parseStatusSpec, type StatusSpec } from './status-spec.ts';

/** The smoke check's inputs, by the names they have in actions/smoke/action.yml and as CLI flags. */
export const SMOKE_DEFAULTS = {
  'expect-status': '200',
  timeout: '120s',
  'request-timeout': '5s',
  interval: '1s',
  'max-interval': '5s',
  concurrency: '4',
  'consecutive-successes': '1',
  insecure: 'false',
} as const;

export const METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'] as const;
export type Method = (typeof METHODS)[number];

export interface SmokeTarget {
  method: Method;
  url: string;
  /** The Swarm node a `per-node` URL was expanded for (its hostname). */
  node?: string;
}

/** The host of a `per-node` URL template, replaced by each node's address after the deploy. */
export const PER_NODE_HOST = '{node}';

export interface SmokeOptions {
  targets: SmokeTarget[];
  expectStatus: StatusSpec;
  expectJson: unknown;
  expectBody: RegExp | undefined;
  headers: Record<string, string>;
  timeoutMs: number;
  requestTimeoutMs: number;
  intervalMs: number;
  maxIntervalMs: number;
  concurrency: number;
  consecutiveSuccesses: number;
  insecure: boolean;
  /** gantry.yml `per-node: true`: each URL's host is {node}, checked on every node of the Swarm. */
  perNode?: boolean;
}

export type RawSmokeInputs = Partial<
  Record<
    keyof typeof SMOKE_DEFAULTS | 'urls' | 'expect-json' | 'expect-body' | 'headers' | 'per-node',
    string
  >
>;

export function parseTargets(name: string, raw: string): SmokeTarget[] {
  const targets = parseLines(name, raw).map((line): SmokeTarget => {
    const parts = line.split(/\s+/);
    const [first, second] = parts;
    if (parts.length > 2 || first === undefined) {
      throw new ConfigurationError(
        `expected a URL or "METHOD URL" per line, got ${JSON.stringify(line)}`,
        name,
      );
    }
    const method = (second === undefined ? 'GET' : first.toUpperCase()) as Method;
    const url = second ?? first;
    if (!METHODS.includes(method)) {
      throw new ConfigurationError(
        `unknown method ${JSON.stringify(first)} (expected one of ${METHODS.join(', ')})`,
        name,
      );
    }
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      throw new ConfigurationError(`not a valid URL: ${JSON.stringify(url)}`, name);
    }
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
      throw new ConfigurationError(
        `only http and https URLs can be checked, got ${JSON.stringify(url)}`,
        name,
      );
    }
    return { method, url: parsed.href };
  });
  if (targets.length === 0) throw new ConfigurationError('at least one URL is required', name);
  return targets;
}

/** `Name: value` lines. Values are secrets: the caller masks them; no message here repeats one. */
export function parseHeaders(name: string, raw: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [index, line] of parseLines(name, raw).entries()) {
    const at = line.indexOf(':');
    const key = at > 0 ? line.slice(0, at).trim() : '';
    if (!/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(key)) {
      throw new ConfigurationError(`line ${index + 1} is not a "Name: value" header (value not shown)`, name);
    }
    const value = line.slice(at + 1).trim();
    // What an HTTP header value may hold (RFC 9110 field-value; Node refuses the rest at request time).
    if (/[^\t\x20-\x7e\x80-\xff]/.test(value)) {
      throw new ConfigurationError(
        `line ${index + 1}: the value of header ${key} holds a character a header value cannot (value not shown)`,
        name,
      );
    }
    headers[key] = value;
  }
  return headers;
}

function parseExpectJson(name: string, raw: string): unknown {
  if (raw.trim() === '') return undefined;
  try {
    return JSON.parse(raw);
  } catch (error) {
    throw new ConfigurationError(`is not valid JSON (${(error as Error).message})`, name);
  }
}

function parseRegExp(name: string, raw: string): RegExp | undefined {
  if (raw === '') return undefined;
  try {
    return new RegExp(raw);
  } catch (error) {
    throw new ConfigurationError(`is not a valid regular expression (${(error as Error).message})`, name);
  }
}

/** `per-node: true` wants {node} as every URL's host; without it, no URL may have that host. */
function checkPerNode(name: string, targets: SmokeTarget[], perNode: boolean): void {
  for (const target of targets) {
    const templated = new URL(target.url).hostname === PER_NODE_HOST;
    if (perNode && !templated)
      throw new ConfigurationError(
        `with per-node: true each URL's host is ${PER_NODE_HOST} (it becomes each node's address), got ${JSON.stringify(target.url)}`,
        name,
      );
    if (!perNode && templated)
      throw new ConfigurationError(
        `${JSON.stringify(target.url)} has the host ${PER_NODE_HOST}, which only per-node: true (gantry.yml) fills in`,
        name,
      );
  }
}

/**
 * Validates every input before anything is requested; throws ConfigurationError naming the input.
 * `prefix` is how another action names the same inputs (the deploy actions' `smoke-urls`, …).
 */
export function parseSmokeOptions(raw: RawSmokeInputs, prefix = ''): SmokeOptions {
  const n = (name: string) => `${prefix}${name}`;
  const get = (key: keyof typeof SMOKE_DEFAULTS): string => {
    const value = raw[key];
    return value === undefined || value.trim() === '' ? SMOKE_DEFAULTS[key] : value;
  };
  const options: SmokeOptions = {
    targets: parseTargets(n('urls'), raw.urls ?? ''),
    expectStatus: parseStatusSpec(n('expect-status'), get('expect-status')),
    expectJson: parseExpectJson(n('expect-json'), raw['expect-json'] ?? ''),
    expectBody: parseRegExp(n('expect-body'), raw['expect-body'] ?? ''),
    headers: parseHeaders(n('headers'), raw.headers ?? ''),
    timeoutMs: parseDuration(n('timeout'), get('timeout')),
    requestTimeoutMs: parseDuration(n('request-timeout'), get('request-timeout')),
    intervalMs: parseDuration(n('interval'), get('interval')),
    maxIntervalMs: parseDuration(n('max-interval'), get('max-interval')),
    concurrency: parseInteger(n('concurrency'), get('concurrency'), { min: 1, max: 64 }),
    consecutiveSuccesses: parseInteger(n('consecutive-successes'), get('consecutive-successes'), {
      min: 1,
      max: 100,
    }),
    insecure: parseBoolean(n('insecure'), get('insecure')),
  };
  const perNode = parseBoolean(n('per-node'), raw['per-node'] ?? 'false');
  checkPerNode(n('urls'), options.targets, perNode);
  if (perNode) options.perNode = true;
  if (options.timeoutMs <= 0) throw new ConfigurationError('must be longer than 0s', n('timeout'));
  if (options.requestTimeoutMs <= 0)
    throw new ConfigurationError('must be longer than 0s', n('request-timeout'));
  if (options.intervalMs <= 0) throw new ConfigurationError('must be longer than 0s', n('interval'));
  if (options.maxIntervalMs < options.intervalMs) {
    throw new ConfigurationError(`must be at least the interval (${get('interval')})`, n('max-interval'));
  }
  return options;
}

/** Stands for the URLs when none are given, so that the other options are still checked. */
const UNUSED_URL = 'http://smoke.invalid/';

/**
 * The smoke check a deploy runs after it converges, built the same way for every entry point: none
 * without URLs; every option checked and named with `prefix` (`smoke-` for the deploy actions'
 * inputs, `--smoke-` for the CLI's flags) whether or not there are URLs, so a bad value is refused
 * the same way in a run that checks nothing. `urls` is an input's text (blank: none) or the values
 * of a repeatable flag (none given: none).
 */
export function deploySmokeOptions(
  urls: string | readonly string[],
  rest: () => Omit<RawSmokeInputs, 'urls'>,
  prefix: string,
): SmokeOptions | undefined {
  const none = typeof urls === 'string' ? urls.trim() === '' : urls.length === 0;
  const options = parseSmokeOptions(
    { ...rest(), urls: none ? UNUSED_URL : typeof urls === 'string' ? urls : urls.join('\n') },
    prefix,
  );
  return none ? undefined : options;
}
