// Gantry's hardening rules for action.yml and workflow files, as pure functions.
//
// Input: a SourceFile (repo-relative path, raw text, the `yaml` Document with positions, and its plain
// JS value) and, for the one rule that looks at other files, an `exists` function. Output: a list of
// violations, each with the file, a 1-based line, a rule id and a message that says what to change.
// No rule reads the file system itself, so every rule is tested on fixtures with exact results.
import { posix } from 'node:path';
import { type Document, LineCounter, parseDocument } from 'yaml';

export type FileKind = 'action' | 'workflow';

export type RuleId =
  | 'yaml-syntax'
  | 'pinned-uses'
  | 'no-expression-in-run'
  | 'workflow-permissions'
  | 'job-permissions'
  | 'pull-request-target-checkout'
  | 'action-node24'
  | 'action-bundle-exists'
  | 'input-description'
  | 'output-description'
  | 'boolean-input-default'
  | 'placeholder-sha';

export interface Violation {
  file: string;
  line: number;
  rule: RuleId;
  message: string;
}

export interface SourceFile {
  /** Repo-relative, forward slashes. */
  path: string;
  kind: FileKind;
  text: string;
  doc: Document.Parsed;
  /** `doc.toJS()`: plain objects, arrays and scalars. */
  data: unknown;
  lineCounter: LineCounter;
}

export interface RuleEnv {
  /** Whether a regular file exists at this repo-relative path. */
  exists: (path: string) => boolean;
}

export interface Rule {
  id: RuleId;
  appliesTo: readonly FileKind[];
  summary: string;
  check: (file: SourceFile, env: RuleEnv) => Violation[];
}

type PathKey = string | number;

/** Opens a GitHub expression. (Spelled as a template literal: Biome flags '${' in plain strings.) */
const EXPRESSION_OPEN = `\${{`;
type Dict = Record<string, unknown>;

export function loadSource(path: string, kind: FileKind, text: string): SourceFile {
  const lineCounter = new LineCounter();
  // YAML 1.2 core schema (the `yaml` default), as GitHub reads workflows: `on` stays the string "on".
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  let data: unknown;
  if (doc.errors.length === 0) {
    try {
      data = doc.toJS({ maxAliasCount: 100 });
    } catch {
      data = undefined;
    }
  }
  return { path, kind, text, doc, data, lineCounter };
}

function isDict(value: unknown): value is Dict {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function entries(value: unknown): [string, unknown][] {
  return isDict(value) ? Object.entries(value) : [];
}

function items(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/** Start offset of the node at `path` (or of the closest ancestor that exists). */
function offsetOf(file: SourceFile, path: readonly PathKey[]): number {
  for (let n = path.length; n >= 0; n--) {
    const node = file.doc.getIn(path.slice(0, n), true) as { range?: [number, number, number] } | undefined;
    if (node?.range) return node.range[0];
  }
  return 0;
}

function lineAt(file: SourceFile, offset: number): number {
  return file.lineCounter.linePos(offset).line;
}

function lineOf(file: SourceFile, path: readonly PathKey[]): number {
  return lineAt(file, offsetOf(file, path));
}

function violation(file: SourceFile, line: number, rule: RuleId, message: string): Violation {
  return { file: file.path, line, rule, message };
}

interface Located<T> {
  path: PathKey[];
  value: T;
}

/** Every step of every job (workflow) or of `runs.steps` (composite action), with its path. */
function steps(file: SourceFile): Located<Dict>[] {
  const out: Located<Dict>[] = [];
  const add = (list: unknown, base: PathKey[]) => {
    items(list).forEach((step, i) => {
      if (isDict(step)) out.push({ path: [...base, i], value: step });
    });
  };
  if (!isDict(file.data)) return out;
  if (file.kind === 'workflow') {
    for (const [id, job] of entries(file.data.jobs)) {
      if (isDict(job)) add(job.steps, ['jobs', id, 'steps']);
    }
  } else if (isDict(file.data.runs)) {
    add(file.data.runs.steps, ['runs', 'steps']);
  }
  return out;
}

/** Every `uses:` value: steps, and jobs that call a reusable workflow. */
function usesValues(file: SourceFile): Located<string>[] {
  const out: Located<string>[] = [];
  for (const step of steps(file)) {
    if (typeof step.value.uses === 'string')
      out.push({ path: [...step.path, 'uses'], value: step.value.uses });
  }
  if (file.kind === 'workflow' && isDict(file.data)) {
    for (const [id, job] of entries(file.data.jobs)) {
      if (isDict(job) && typeof job.uses === 'string')
        out.push({ path: ['jobs', id, 'uses'], value: job.uses });
    }
  }
  return out;
}

/** Event names of a workflow's `on:` (string, list or mapping form). */
export function workflowEvents(data: unknown): string[] {
  if (!isDict(data)) return [];
  const on = data.on;
  if (typeof on === 'string') return [on];
  if (Array.isArray(on)) return on.filter((e): e is string => typeof e === 'string');
  return Object.keys(isDict(on) ? on : {});
}

function workflowCall(data: unknown): Dict | undefined {
  if (!isDict(data) || !isDict(data.on)) return undefined;
  const call = data.on.workflow_call;
  // `workflow_call:` with nothing under it is valid and declares nothing.
  return isDict(call) ? call : undefined;
}

// ---------------------------------------------------------------------------------------------------------
// yaml-syntax: the file is one well-formed YAML mapping (GitHub's parser reports the same, with less context).

const yamlSyntax: Rule = {
  id: 'yaml-syntax',
  appliesTo: ['action', 'workflow'],
  summary: 'the file is well-formed YAML whose top level is a mapping',
  check(file) {
    const out = file.doc.errors.map((e) =>
      violation(file, lineAt(file, e.pos[0]), 'yaml-syntax', `YAML error: ${e.message}`),
    );
    if (out.length === 0 && !isDict(file.data)) {
      // toJS() failed (e.g. too many aliases) or the document is a scalar or a list.
      out.push(violation(file, 1, 'yaml-syntax', 'the top level must be a mapping'));
    }
    return out;
  },
};

// ---------------------------------------------------------------------------------------------------------
// pinned-uses: every third-party `uses:` (anything but `./…` and `docker://…`) is pinned to a full 40-hex
// commit SHA, with the release it is on as a `# vX.Y.Z` comment on the same line:
//     uses: actions/checkout@08eba0b27e820071cde6df949e0beb9ba4906955 # v4.3.0
// Tags and branches can be moved by whoever controls the other repository; a SHA cannot. The comment is
// what lets a reviewer (and Dependabot/Renovate) see which release it is.

const SHA_REF = /^[^@\s]+@[0-9a-f]{40}$/;
const VERSION_COMMENT = /^["']?\s+#\s*v\d+\.\d+\.\d+(?:$|[\s,;)])/;

const pinnedUses: Rule = {
  id: 'pinned-uses',
  appliesTo: ['action', 'workflow'],
  summary: 'third-party `uses:` pinned to a 40-hex commit SHA with a `# vX.Y.Z` comment on the same line',
  check(file) {
    const out: Violation[] = [];
    const lines = file.text.split(/\r?\n/);
    for (const uses of usesValues(file)) {
      const ref = uses.value.trim();
      if (ref.startsWith('./') || ref.startsWith('docker://')) continue;
      const line = lineOf(file, uses.path);
      if (!SHA_REF.test(ref)) {
        out.push(
          violation(
            file,
            line,
            'pinned-uses',
            `\`uses: ${ref}\` is not pinned: use the full 40-character commit SHA of a release, e.g. \`${ref.split('@')[0]}@<sha> # vX.Y.Z\``,
          ),
        );
        continue;
      }
      const lineText = lines[line - 1] ?? '';
      const at = lineText.indexOf(ref);
      const after = at === -1 ? '' : lineText.slice(at + ref.length);
      if (!VERSION_COMMENT.test(after)) {
        out.push(
          violation(
            file,
            line,
            'pinned-uses',
            `\`uses: ${ref}\` needs the release it pins as a comment on the same line, e.g. \`# v1.2.3\``,
          ),
        );
      }
    }
    return out;
  },
};

// ---------------------------------------------------------------------------------------------------------
// no-expression-in-run: no expression (`${{ … }}`) anywhere in a `run:` script (workflow steps and composite-action
// steps). The runner pastes expression results into the script text before the shell sees it, so any
// value containing quotes or `$(…)` becomes code. Values reach scripts through `env:` instead:
//     env: { TAG: "${{ inputs.tag }}" }
//     run: echo "$TAG"

const noExpressionInRun: Rule = {
  id: 'no-expression-in-run',
  appliesTo: ['action', 'workflow'],
  summary: 'no GitHub expression inside a `run:` script; pass values through `env:`',
  check(file) {
    const out: Violation[] = [];
    for (const step of steps(file)) {
      const run = step.value.run;
      if (typeof run !== 'string' || !run.includes(EXPRESSION_OPEN)) continue;
      const start = offsetOf(file, [...step.path, 'run']);
      const at = file.text.indexOf(EXPRESSION_OPEN, start);
      const line = lineAt(file, at === -1 ? start : at);
      const expr = /\$\{\{(.*?)\}\}/.exec(run)?.[1]?.trim() ?? '';
      out.push(
        violation(
          file,
          line,
          'no-expression-in-run',
          `\`run:\` script contains \`\${{ ${expr} }}\`: set it in the step's \`env:\` and use the shell variable instead`,
        ),
      );
    }
    return out;
  },
};

// ---------------------------------------------------------------------------------------------------------
// workflow-permissions: every workflow declares top-level `permissions:` (the default GITHUB_TOKEN may be
// read-write, depending on repository settings we do not control).
//
// job-permissions (the exact rule): every job declares its own `permissions:` UNLESS the workflow's
// top-level permissions are read-only, meaning one of
//   - `{}` (no scopes), `read-all`, or
//   - a mapping whose every value is `read` or `none`.
// So as soon as the top level grants any `write` (or `write-all`, or is missing), each job has to say what
// it needs, and the write scopes end up on the jobs that use them.

function isReadOnlyPermissions(value: unknown): boolean {
  if (value === 'read-all') return true;
  if (!isDict(value)) return false;
  return Object.values(value).every((v) => v === 'read' || v === 'none');
}

const workflowPermissions: Rule = {
  id: 'workflow-permissions',
  appliesTo: ['workflow'],
  summary: 'every workflow declares top-level `permissions:`',
  check(file) {
    if (!isDict(file.data) || 'permissions' in file.data) return [];
    return [
      violation(
        file,
        1,
        'workflow-permissions',
        'the workflow has no top-level `permissions:`: declare the least it needs, e.g. `permissions: { contents: read }` or `permissions: {}`',
      ),
    ];
  },
};

const jobPermissions: Rule = {
  id: 'job-permissions',
  appliesTo: ['workflow'],
  summary: 'each job declares `permissions:` unless the top-level permissions are `{}` or read-only',
  check(file) {
    if (!isDict(file.data) || isReadOnlyPermissions(file.data.permissions)) return [];
    const out: Violation[] = [];
    for (const [id, job] of entries(file.data.jobs)) {
      if (isDict(job) && !('permissions' in job)) {
        out.push(
          violation(
            file,
            lineOf(file, ['jobs', id]),
            'job-permissions',
            `job \`${id}\` has no \`permissions:\` while the workflow's top-level permissions are not read-only: declare the job's own`,
          ),
        );
      }
    }
    return out;
  },
};

// ---------------------------------------------------------------------------------------------------------
// pull-request-target-checkout: no `pull_request_target` trigger in a workflow that checks out the pull
// request's code (an `actions/checkout` step whose `ref:` mentions `github.event.pull_request.head`,
// `head_ref` or `refs/pull/`). `pull_request_target` runs with the base repository's secrets and a
// write token; running a fork's code there hands both to the fork.

const PR_HEAD_REF = /github\.event\.pull_request\.head|head_ref|refs\/pull\//;

const pullRequestTargetCheckout: Rule = {
  id: 'pull-request-target-checkout',
  appliesTo: ['workflow'],
  summary: 'no `pull_request_target` trigger together with a checkout of the pull request head',
  check(file) {
    if (!workflowEvents(file.data).includes('pull_request_target')) return [];
    const out: Violation[] = [];
    for (const step of steps(file)) {
      const uses = step.value.uses;
      if (typeof uses !== 'string' || !/^actions\/checkout@/i.test(uses.trim())) continue;
      const ref = isDict(step.value.with) ? step.value.with.ref : undefined;
      if (typeof ref === 'string' && PR_HEAD_REF.test(ref)) {
        out.push(
          violation(
            file,
            lineOf(file, [...step.path, 'with', 'ref']),
            'pull-request-target-checkout',
            `\`pull_request_target\` workflow checks out the pull request's code (\`ref: ${ref}\`): that code would run with this repository's secrets; use \`pull_request\`, or do not check out the head`,
          ),
        );
      }
    }
    return out;
  },
};

// ---------------------------------------------------------------------------------------------------------
// action-node24 / action-bundle-exists: JavaScript actions run on `node24`, and the `main`, `pre` and
// `post` files they name exist, resolved relative to the action.yml's folder (as the runner resolves them).

function nodeRuns(file: SourceFile): Dict | undefined {
  if (!isDict(file.data) || !isDict(file.data.runs)) return undefined;
  const using = file.data.runs.using;
  return typeof using === 'string' && using.startsWith('node') ? file.data.runs : undefined;
}

const actionNode24: Rule = {
  id: 'action-node24',
  appliesTo: ['action'],
  summary: 'JavaScript actions use `runs.using: node24`',
  check(file) {
    const runs = nodeRuns(file);
    if (runs === undefined || runs.using === 'node24') return [];
    return [
      violation(
        file,
        lineOf(file, ['runs', 'using']),
        'action-node24',
        `\`runs.using: ${String(runs.using)}\`: JavaScript actions must use \`node24\``,
      ),
    ];
  },
};

const actionBundleExists: Rule = {
  id: 'action-bundle-exists',
  appliesTo: ['action'],
  summary: 'the `main`/`pre`/`post` files of a JavaScript action exist relative to its action.yml',
  check(file, env) {
    const runs = nodeRuns(file);
    if (runs === undefined) return [];
    const out: Violation[] = [];
    for (const key of ['main', 'pre', 'post'] as const) {
      const target = runs[key];
      if (typeof target !== 'string') continue;
      const resolved = posix.normalize(posix.join(posix.dirname(file.path), target));
      if (!env.exists(resolved)) {
        out.push(
          violation(
            file,
            lineOf(file, ['runs', key]),
            'action-bundle-exists',
            `\`runs.${key}: ${target}\` resolves to \`${resolved}\`, which does not exist: build it (npm run build) or fix the path`,
          ),
        );
      }
    }
    return out;
  },
};

// ---------------------------------------------------------------------------------------------------------
// input-description / output-description: every action input and output, and every `workflow_call`
// input, secret and output, has a non-empty `description` (it is the only documentation a caller sees in
// the editor and on the Marketplace, and Gantry's README tables are generated from it).
//
// boolean-input-default (the exact rule): an input that is not `required: true` must have a `default:`
// when either its description mentions `true` or `false` (as words, any case) or, for `workflow_call`,
// it has `type: boolean`. A boolean that is documented but has no default leaves callers guessing what
// "not given" means; required inputs are exempt because they never fall back to a default.

interface Declared {
  what: string;
  path: PathKey[];
  value: unknown;
}

function declaredInputs(file: SourceFile): Declared[] {
  const out: Declared[] = [];
  if (file.kind === 'action' && isDict(file.data)) {
    for (const [id, v] of entries(file.data.inputs))
      out.push({ what: `input \`${id}\``, path: ['inputs', id], value: v });
  }
  const call = file.kind === 'workflow' ? workflowCall(file.data) : undefined;
  for (const [id, v] of entries(call?.inputs)) {
    out.push({
      what: `workflow_call input \`${id}\``,
      path: ['on', 'workflow_call', 'inputs', id],
      value: v,
    });
  }
  return out;
}

function declaredSecrets(file: SourceFile): Declared[] {
  const call = file.kind === 'workflow' ? workflowCall(file.data) : undefined;
  return entries(call?.secrets).map(([id, v]) => ({
    what: `workflow_call secret \`${id}\``,
    path: ['on', 'workflow_call', 'secrets', id],
    value: v,
  }));
}

function declaredOutputs(file: SourceFile): Declared[] {
  if (file.kind === 'action') {
    return isDict(file.data)
      ? entries(file.data.outputs).map(([id, v]) => ({
          what: `output \`${id}\``,
          path: ['outputs', id],
          value: v,
        }))
      : [];
  }
  return entries(workflowCall(file.data)?.outputs).map(([id, v]) => ({
    what: `workflow_call output \`${id}\``,
    path: ['on', 'workflow_call', 'outputs', id],
    value: v,
  }));
}

function descriptionOf(value: unknown): string {
  return isDict(value) && typeof value.description === 'string' ? value.description.trim() : '';
}

function describedCheck(file: SourceFile, list: Declared[], rule: RuleId): Violation[] {
  return list
    .filter((d) => descriptionOf(d.value) === '')
    .map((d) =>
      violation(
        file,
        lineOf(file, d.path),
        rule,
        `${d.what} has no \`description:\`: say what it is and its format`,
      ),
    );
}

const inputDescription: Rule = {
  id: 'input-description',
  appliesTo: ['action', 'workflow'],
  summary: 'every action input and `workflow_call` input/secret has a non-empty `description`',
  check: (file) =>
    describedCheck(file, [...declaredInputs(file), ...declaredSecrets(file)], 'input-description'),
};

const outputDescription: Rule = {
  id: 'output-description',
  appliesTo: ['action', 'workflow'],
  summary: 'every action output and `workflow_call` output has a non-empty `description`',
  check: (file) => describedCheck(file, declaredOutputs(file), 'output-description'),
};

const BOOLEAN_WORDS = /\b(?:true|false)\b/i;

const booleanInputDefault: Rule = {
  id: 'boolean-input-default',
  appliesTo: ['action', 'workflow'],
  summary: 'an optional input documented as `true`/`false` (or `type: boolean`) has a `default`',
  check(file) {
    const out: Violation[] = [];
    for (const input of declaredInputs(file)) {
      if (!isDict(input.value)) continue;
      const { required, type } = input.value;
      if (required === true || 'default' in input.value) continue;
      const documented = BOOLEAN_WORDS.test(descriptionOf(input.value));
      if (documented || type === 'boolean') {
        out.push(
          violation(
            file,
            lineOf(file, input.path),
            'boolean-input-default',
            `${input.what} is a boolean (${documented ? 'its description mentions true/false' : '`type: boolean`'}) but has no \`default:\`: add \`default: 'false'\` (or 'true')`,
          ),
        );
      }
    }
    return out;
  },
};

// ---------------------------------------------------------------------------------------------------------
// placeholder-sha: the all-zero SHA is the placeholder of the ready-to-copy caller workflows in
// `workflows/` (Gantry cannot name its own release commit in a file of that commit; the README says to
// replace it, and Dependabot keeps the real one current). Anywhere else it is a mistake: that `uses:`
// can never run.

const ZERO_SHA = /@0{40}$/;

const placeholderSha: Rule = {
  id: 'placeholder-sha',
  appliesTo: ['action', 'workflow'],
  summary: 'the all-zero placeholder SHA only in the ready-to-copy `workflows/*.yml`',
  check(file) {
    if (/^workflows\/[^/]+$/.test(file.path)) return [];
    return usesValues(file)
      .filter((u) => ZERO_SHA.test(u.value.trim()))
      .map((u) =>
        violation(
          file,
          lineOf(file, u.path),
          'placeholder-sha',
          `\`uses: ${u.value.trim()}\` is pinned to the all-zero placeholder SHA, which cannot run: use the commit SHA of a real release`,
        ),
      );
  },
};

export const RULES: readonly Rule[] = [
  yamlSyntax,
  pinnedUses,
  noExpressionInRun,
  workflowPermissions,
  jobPermissions,
  pullRequestTargetCheckout,
  actionNode24,
  actionBundleExists,
  inputDescription,
  outputDescription,
  booleanInputDefault,
  placeholderSha,
];

/** Applies every rule for the file's kind. */
export function checkFile(file: SourceFile, env: RuleEnv): Violation[] {
  return RULES.filter((r) => r.appliesTo.includes(file.kind)).flatMap((r) => r.check(file, env));
}

export function formatViolation(v: Violation): string {
  return `${v.file}:${v.line}: [${v.rule}] ${v.message}`;
}
