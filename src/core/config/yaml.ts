import {
  type Document,
  isMap,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  type Node,
  parseDocument,
  visit,
} from 'yaml';

/**
 * gantry.yml as a YAML document that remembers where every key and value is, so that an error can
 * say `gantry.yml:LINE:COL: key.path: message`.
 */

export type KeyPath = ReadonlyArray<string | number>;

export interface ConfigIssue {
  path: KeyPath;
  message: string;
  /** Point at the key itself (an unknown or badly named key) rather than at its value. */
  atKey?: boolean;
}

export interface PositionedDocument {
  document: Document;
  lineCounter: LineCounter;
  /** The document as plain data, after `${VAR}` references were replaced. */
  value: unknown;
  /** YAML syntax errors and unset variables, already positioned. */
  issues: Array<ConfigIssue & { line: number; col: number }>;
}

/** `a.b[0].c`, or `(top level)` for the document itself. */
export function formatKeyPath(path: KeyPath): string {
  let out = '';
  for (const part of path) out += typeof part === 'number' ? `[${part}]` : out === '' ? part : `.${part}`;
  return out === '' ? '(top level)' : out;
}

const REFERENCE = /\$\$|\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g;

/**
 * Reads the text, replacing `${NAME}` in string values (not keys) with the environment variable
 * NAME (`$$` is a literal `$`); an unset variable is an issue at that value.
 */
export function readPositioned(
  text: string,
  env: Readonly<Record<string, string | undefined>>,
): PositionedDocument {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const issues: PositionedDocument['issues'] = [];
  for (const error of document.errors) {
    const pos = lineCounter.linePos(error.pos[0]);
    const message = error.message.split('\n')[0] ?? error.message;
    issues.push({ path: [], message: `YAML: ${message.replace(/ at line \d+, column \d+.*$/, '')}`, ...pos });
  }
  if (issues.length > 0) return { document, lineCounter, value: undefined, issues };
  visit(document, {
    Scalar(key, node, ancestors) {
      if (key === 'key' || typeof node.value !== 'string' || !node.value.includes('$')) return;
      const missing: string[] = [];
      node.value = node.value.replace(REFERENCE, (whole, name: string | undefined) => {
        if (name === undefined) return '$';
        const value = env[name];
        if (value === undefined) missing.push(name);
        return value ?? whole;
      });
      if (missing.length > 0) {
        const pos = lineCounter.linePos(node.range?.[0] ?? 0);
        issues.push({
          path: pathOf(ancestors, node),
          message: `environment variable ${missing.join(', ')} is not set`,
          ...pos,
        });
      }
    },
  });
  try {
    return { document, lineCounter, value: document.toJS(), issues };
  } catch (error) {
    // Aliases that expand past the parser's limit (a "billion laughs" document) are refused, not expanded.
    const message = `YAML: ${(error as Error).message.split('\n')[0] ?? ''}`;
    return { document, lineCounter, value: undefined, issues: [{ path: [], message, line: 1, col: 1 }] };
  }
}

function pathOf(ancestors: readonly unknown[], leaf: unknown): Array<string | number> {
  const path: Array<string | number> = [];
  const chain = [...ancestors, leaf];
  for (let i = 0; i < chain.length; i++) {
    const item = chain[i];
    if (isPair(item) && isScalar(item.key)) path.push(String(item.key.value));
    if (isSeq(item)) path.push(item.items.indexOf(chain[i + 1] as never));
  }
  return path;
}

/** The node at `path`, or the deepest existing ancestor (a missing key is reported at its parent). */
function locate(document: Document, path: KeyPath, atKey: boolean): Node | undefined {
  let node: unknown = document.contents;
  let keyNode: unknown;
  for (const part of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(part));
      if (pair === undefined) return node;
      keyNode = pair.key;
      node = pair.value ?? pair.key;
    } else if (isSeq(node) && typeof part === 'number' && node.items[part] !== undefined) {
      keyNode = undefined;
      node = node.items[part];
    } else {
      return (node as Node | null) ?? undefined;
    }
  }
  return ((atKey && keyNode !== undefined ? keyNode : node) as Node | null) ?? undefined;
}

/** `LINE:COL` (1-based) of the key path in the document. */
export function positionOf(
  doc: PositionedDocument,
  path: KeyPath,
  atKey = false,
): { line: number; col: number } {
  const node = locate(doc.document, path, atKey);
  const offset = node?.range?.[0] ?? 0;
  return doc.lineCounter.linePos(offset);
}
