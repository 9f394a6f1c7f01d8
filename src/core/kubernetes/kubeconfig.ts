import { parse } from 'yaml';
import { ConfigurationError } from '../errors.ts';

/**
 * The `kubeconfig` input: plain YAML or base64 of it (what `base64 -w0 ~/.kube/config` prints, the
 * usual way to store it as a secret). Checked before anything is written or called: it must be a
 * kubeconfig with clusters and contexts, and the chosen context must exist.
 */

export interface Kubeconfig {
  /** The YAML text to write (decoded when the input was base64). */
  text: string;
  contexts: Array<{ name: string; cluster: string; namespace: string | undefined }>;
  currentContext: string | undefined;
}

export interface ResolvedContext {
  name: string;
  cluster: string;
  /** The context's default namespace, when it has one. */
  namespace: string | undefined;
}

export function decodeKubeconfig(raw: string): string {
  const trimmed = raw.trim();
  // Base64 has no ':' and no newline inside a YAML mapping's first key; YAML kubeconfigs always have ':'.
  if (!trimmed.includes(':') && /^[A-Za-z0-9+/=\s_-]+$/.test(trimmed)) {
    return Buffer.from(trimmed.replace(/\s+/g, ''), 'base64').toString('utf8');
  }
  return raw;
}

export function parseKubeconfig(raw: string, input = 'kubeconfig'): Kubeconfig {
  if (raw.trim() === '') throw new ConfigurationError('is empty', input);
  const text = decodeKubeconfig(raw);
  let doc: unknown;
  try {
    doc = parse(text);
  } catch (error) {
    // The YAML error may quote a line of the file, which can hold a credential: only its position.
    const pos = (error as { linePos?: Array<{ line: number }> }).linePos?.[0]?.line;
    throw new ConfigurationError(
      `is neither a kubeconfig (YAML) nor base64 of one${pos === undefined ? '' : ` (YAML error at line ${pos})`}`,
      input,
    );
  }
  const config = doc as {
    kind?: unknown;
    clusters?: unknown;
    contexts?: unknown;
    users?: unknown;
    'current-context'?: unknown;
  } | null;
  if (
    typeof config !== 'object' ||
    config === null ||
    !Array.isArray(config.clusters) ||
    !Array.isArray(config.contexts)
  ) {
    throw new ConfigurationError(
      'is not a kubeconfig: expected a YAML document (or base64 of one) with `clusters` and `contexts` lists',
      input,
    );
  }
  if (config.kind !== undefined && config.kind !== 'Config')
    throw new ConfigurationError(
      `is not a kubeconfig: kind is ${String(config.kind)}, expected Config`,
      input,
    );
  const clusters = new Set(
    (config.clusters as Array<{ name?: unknown }>).map((c) => (typeof c?.name === 'string' ? c.name : '')),
  );
  const contexts = (config.contexts as Array<{ name?: unknown; context?: Record<string, unknown> }>).map(
    (c) => ({
      name: typeof c?.name === 'string' ? c.name : '',
      cluster: typeof c?.context?.cluster === 'string' ? c.context.cluster : '',
      namespace:
        typeof c?.context?.namespace === 'string' && c.context.namespace !== ''
          ? c.context.namespace
          : undefined,
    }),
  );
  for (const c of contexts) {
    if (c.name === '')
      throw new ConfigurationError('is not a valid kubeconfig: a context has no name', input);
    if (!clusters.has(c.cluster))
      throw new ConfigurationError(
        `context ${c.name} names cluster ${JSON.stringify(c.cluster)}, which it does not define`,
        input,
      );
  }
  const current = config['current-context'];
  return {
    text,
    contexts,
    currentContext: typeof current === 'string' && current !== '' ? current : undefined,
  };
}

/** The context to use: the `context` input, else the kubeconfig's current-context. */
export function resolveContext(
  config: Kubeconfig,
  context: string,
  names: { context: string; kubeconfig: string } = { context: 'context', kubeconfig: 'kubeconfig' },
): ResolvedContext {
  const wanted = context.trim() || config.currentContext;
  const list = config.contexts.map((c) => c.name).join(', ') || 'none';
  if (wanted === undefined)
    throw new ConfigurationError(
      `the kubeconfig has no current-context; set it to one of: ${list}`,
      names.context,
    );
  const found = config.contexts.find((c) => c.name === wanted);
  if (found === undefined) {
    throw new ConfigurationError(
      context.trim() === ''
        ? `its current-context ${wanted} is not among its contexts (${list})`
        : `the kubeconfig has no context ${JSON.stringify(wanted)}; it has: ${list}`,
      context.trim() === '' ? names.kubeconfig : names.context,
    );
  }
  return found;
}

/** A namespace name as Kubernetes accepts it (DNS-1123 label). */
export function checkNamespace(input: string, raw: string): string | undefined {
  const value = raw.trim();
  if (value === '') return undefined;
  if (!/^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/.test(value))
    throw new ConfigurationError(
      `${JSON.stringify(value)} is not a valid namespace name (DNS-1123 label)`,
      input,
    );
  return value;
}
