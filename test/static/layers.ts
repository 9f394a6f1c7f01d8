// The layering of ARCHITECTURE.md as code: every import edge between our own modules in src/, read
// with the TypeScript compiler's parser (type-only imports, `export … from` and `import('…')` types
// included), judged against the layer rules, and searched for cycles. Paths are repo-relative with
// forward slashes, so a violation reads the same on every machine.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

export interface Edge {
  from: string;
  to: string;
  typeOnly: boolean;
}

/** Relative module specifiers a source text imports, with whether each is a type-only import. */
export function importsOf(fileName: string, text: string): { specifier: string; typeOnly: boolean }[] {
  return allImportsOf(fileName, text).filter((f) => f.specifier.startsWith('.'));
}

/** Every module specifier a source text imports: ours (relative) and packages (`node:fs`, `execa`). */
export function allImportsOf(fileName: string, text: string): { specifier: string; typeOnly: boolean }[] {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const found: { specifier: string; typeOnly: boolean }[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = node.importClause;
      const typeOnly =
        clause !== undefined &&
        (clause.isTypeOnly ||
          (clause.name === undefined &&
            clause.namedBindings !== undefined &&
            ts.isNamedImports(clause.namedBindings) &&
            clause.namedBindings.elements.length > 0 &&
            clause.namedBindings.elements.every((e) => e.isTypeOnly)));
      found.push({ specifier: node.moduleSpecifier.text, typeOnly });
    } else if (
      ts.isExportDeclaration(node) &&
      node.moduleSpecifier !== undefined &&
      ts.isStringLiteral(node.moduleSpecifier)
    ) {
      found.push({ specifier: node.moduleSpecifier.text, typeOnly: node.isTypeOnly });
    } else if (
      ts.isImportTypeNode(node) &&
      ts.isLiteralTypeNode(node.argument) &&
      ts.isStringLiteral(node.argument.literal)
    ) {
      found.push({ specifier: node.argument.literal.text, typeOnly: true });
    } else if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments[0] !== undefined &&
      ts.isStringLiteral(node.arguments[0])
    ) {
      found.push({ specifier: node.arguments[0].text, typeOnly: false });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** Packages that do I/O, which src/core never imports (DESIGN.md: plain data in, plain data out). */
const IO_PACKAGES = /^(node:)?(child_process|fs|fs\/promises|net|http|https|tls|dgram)$|^@actions\/|^execa$/;

/** Why a core module's package import breaks the layering, or undefined when it is allowed. */
export function coreImportViolation(file: string, specifier: string, typeOnly: boolean): string | undefined {
  if (layerOf(file) !== 'core' || typeOnly || !IO_PACKAGES.test(specifier)) return undefined;
  return `${file} -> ${specifier}: core does no I/O (that is an adapter's job)`;
}

/** Every package import of the .ts files under `root`, with the file that makes it. */
export function packageImports(
  repoRoot: string,
  root: string,
): { file: string; specifier: string; typeOnly: boolean }[] {
  return sourceFiles(repoRoot, root).flatMap((file) =>
    allImportsOf(file, readFileSync(path.join(repoRoot, file), 'utf8'))
      .filter((i) => !i.specifier.startsWith('.'))
      .map((i) => ({ file, ...i })),
  );
}

function sourceFiles(repoRoot: string, root: string): string[] {
  return (readdirSync(path.join(repoRoot, root), { recursive: true }) as string[])
    .filter((f) => f.endsWith('.ts'))
    .map((f) => path.posix.join(root, f.split(path.sep).join('/')))
    .sort();
}

/** Every import edge between the .ts files under `root` (a repo-relative folder, e.g. `src`). */
export function importEdges(repoRoot: string, root: string): Edge[] {
  return sourceFiles(repoRoot, root).flatMap((from) =>
    importsOf(from, readFileSync(path.join(repoRoot, from), 'utf8')).map(({ specifier, typeOnly }) => ({
      from,
      to: path.posix.normalize(path.posix.join(path.posix.dirname(from), specifier)),
      typeOnly,
    })),
  );
}

export type Layer = 'core' | 'adapters' | 'pipeline' | 'runtime' | 'actions' | 'cli' | 'other';

export function layerOf(file: string): Layer {
  const top = file.split('/')[1];
  switch (top) {
    case 'core':
    case 'adapters':
    case 'pipeline':
    case 'runtime':
    case 'actions':
    case 'cli':
      return top;
    default:
      return 'other';
  }
}

/** What each layer may import (besides itself; see the two sibling rules below). */
export const MAY_IMPORT: Record<Layer, readonly Layer[]> = {
  core: ['core'],
  adapters: ['adapters', 'core'],
  pipeline: ['pipeline', 'adapters', 'core'],
  runtime: ['runtime', 'pipeline', 'adapters', 'core'],
  actions: ['actions', 'runtime', 'pipeline', 'adapters', 'core'],
  cli: ['cli', 'pipeline', 'adapters', 'core'],
  other: [],
};

/** `src/actions/<name>/…` → `<name>`; `src/cli/commands/<name>.ts` → `<name>`. */
function actionOf(file: string): string | undefined {
  return /^src\/actions\/([^/]+)\//.exec(file)?.[1];
}
function commandOf(file: string): string | undefined {
  return /^src\/cli\/commands\/([^/]+)\.ts$/.exec(file)?.[1];
}

/**
 * Which deploy target a module is about, from its path: a folder or file named `swarm`/`deploy-swarm…`
 * or `kubernetes…`/`k8s`/`deploy-k8s…`. Modules of neither (errors, inputs, lock holder) are neutral.
 */
export function platformOf(file: string): 'swarm' | 'kubernetes' | undefined {
  for (const segment of file.replace(/\.ts$/, '').split('/')) {
    if (/^(deploy-)?swarm(-|$)/.test(segment)) return 'swarm';
    if (/^(deploy-)?(kubernetes|k8s)(-|$)/.test(segment)) return 'kubernetes';
  }
  return undefined;
}

/** Why an edge breaks the layering, or undefined when it is allowed. */
export function violation(edge: Edge): string | undefined {
  const from = layerOf(edge.from);
  const to = layerOf(edge.to);
  const what = `${edge.from} -> ${edge.to}${edge.typeOnly ? ' (type-only)' : ''}`;
  if (from === 'other' || to === 'other') return `${what}: outside the layers of ARCHITECTURE.md`;
  if (!MAY_IMPORT[from].includes(to)) return `${what}: ${from} may not import ${to}`;
  const fromAction = actionOf(edge.from);
  const toAction = actionOf(edge.to);
  if (fromAction !== undefined && toAction !== undefined && fromAction !== toAction)
    return `${what}: an action does not import another action`;
  const fromPlatform = platformOf(edge.from);
  const toPlatform = platformOf(edge.to);
  if (fromPlatform !== undefined && toPlatform !== undefined && fromPlatform !== toPlatform) {
    return `${what}: ${fromPlatform} code does not import ${toPlatform} code (shared pieces go in a neutral module)`;
  }
  const fromCommand = commandOf(edge.from);
  const toCommand = commandOf(edge.to);
  if (toCommand !== undefined && fromCommand !== undefined && fromCommand !== toCommand) {
    return `${what}: a CLI command does not import another command`;
  }
  return undefined;
}

/** Every cycle (strongly connected set of two or more files, or a file importing itself), sorted. */
export function cycles(edges: readonly Edge[]): string[][] {
  const next = new Map<string, string[]>();
  for (const { from, to } of edges) {
    next.set(from, [...(next.get(from) ?? []), to]);
    if (!next.has(to)) next.set(to, []);
  }
  // Tarjan's strongly connected components.
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const connect = (v: string): void => {
    index.set(v, counter);
    low.set(v, counter);
    counter++;
    stack.push(v);
    onStack.add(v);
    for (const w of next.get(v) ?? []) {
      if (!index.has(w)) {
        connect(w);
        low.set(v, Math.min(low.get(v) ?? 0, low.get(w) ?? 0));
      } else if (onStack.has(w)) {
        low.set(v, Math.min(low.get(v) ?? 0, index.get(w) ?? 0));
      }
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string | undefined;
      do {
        w = stack.pop();
        if (w === undefined) break;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1 || (next.get(v) ?? []).includes(v)) found.push(component.sort());
    }
  };
  for (const v of [...next.keys()].sort()) if (!index.has(v)) connect(v);
  return found.sort((a, b) => (a[0] ?? '').localeCompare(b[0] ?? ''));
}
