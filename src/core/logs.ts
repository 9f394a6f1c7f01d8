/**
 * What `gantry logs` decides: the --since it accepts, which services to read, the argv of
 * `docker service logs` and `kubectl logs`, and the masking of secret values in what is printed. Pure.
 */
import { ConfigurationError } from './errors.ts';

/** `--since`: a duration (`10m`, `1h30m`, `45s`), the one form both docker and kubectl accept. */
export function checkSince(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (/^(?:\d+h)?(?:\d+m)?(?:\d+s)?$/.test(value) && value !== '' && /[1-9]/.test(value)) return value;
  throw new ConfigurationError(
    `${JSON.stringify(value)} is not a duration: give one like 30s, 10m, 2h or 1h30m`,
    '--since',
  );
}

/**
 * The services to read: all of them when none is asked for; else the one named, as given or with
 * the stack's prefix (`web` or `shop_web`). An unknown one is refused naming SERVICE and what there is.
 */
export function pickServices(
  available: readonly string[],
  requested: string | undefined,
  prefix: string,
  where: string,
): string[] {
  if (requested === undefined) return [...available];
  const found = available.find((n) => n === requested || n === `${prefix}${requested}`);
  if (found !== undefined) return [found];
  const names = available.map((n) => (n.startsWith(prefix) ? n.slice(prefix.length) : n));
  throw new ConfigurationError(
    `SERVICE ${JSON.stringify(requested)}: no such service in ${where} (${names.length === 0 ? 'it runs none' : `it has ${names.join(', ')}`})`,
  );
}

/** `docker service logs` of one service (never through a shell). */
export const swarmLogsArgs = (service: string, since: string | undefined, follow: boolean): string[] => [
  'service',
  'logs',
  '--no-trunc',
  ...(since === undefined ? [] : ['--since', since]),
  ...(follow ? ['--follow'] : []),
  '--',
  service,
];

/** `kubectl logs kind/name` of one workload, every container, each line prefixed with its pod and container. */
export const kubernetesLogsArgs = (
  namespace: string,
  workload: string,
  since: string | undefined,
  follow: boolean,
): string[] => [
  'logs',
  '--namespace',
  namespace,
  workload,
  '--all-containers',
  '--prefix',
  ...(since === undefined ? [] : [`--since=${since}`]),
  ...(follow ? ['--follow'] : []),
];

/**
 * The strings to mask: each value, and each line of a multi-line value (a log prints line by line).
 * Lines shorter than 4 characters are not masked on their own: they would blank out ordinary words.
 */
export function maskedStrings(values: Iterable<string>): string[] {
  const out = new Set<string>();
  for (const value of values) {
    if (value.trim() === '') continue;
    out.add(value);
    const trimmed = value.replace(/\r?\n$/, '');
    if (trimmed !== '') out.add(trimmed);
    for (const line of value.split(/\r?\n/)) if (line.trim().length >= 4) out.add(line);
  }
  return [...out].sort((a, b) => b.length - a.length);
}

/** Replaces every masked string (longest first) with ***. */
export const mask = (text: string, secrets: readonly string[]): string =>
  secrets.reduce((t, s) => t.split(s).join('***'), text);

/**
 * Masks a stream line by line: `push` takes chunks as they come and returns the complete lines,
 * masked; `end` returns what is left. A secret is never cut by a chunk boundary.
 */
export class LineMasker {
  private pending = '';
  private readonly secrets: readonly string[];

  constructor(secrets: readonly string[]) {
    this.secrets = secrets;
  }

  push(chunk: string): string {
    const text = this.pending + chunk;
    const end = text.lastIndexOf('\n');
    if (end === -1) {
      this.pending = text;
      return '';
    }
    this.pending = text.slice(end + 1);
    return mask(text.slice(0, end + 1), this.secrets);
  }

  end(): string {
    const rest = this.pending;
    this.pending = '';
    return rest === '' ? '' : `${mask(rest, this.secrets)}\n`;
  }
}
