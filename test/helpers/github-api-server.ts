import { readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';

/**
 * A stand-in for api.github.com on a loopback port (point GITHUB_API_URL at `url`), checked against
 * GitHub's own OpenAPI description (@octokit/openapi, api.github.com.json): each request must match an
 * operation by method and path template, and its path parameters, query and JSON body must validate
 * against the operation's schemas; every scripted response is validated against the operation's
 * response schema too, so the double cannot drift from what GitHub answers. A request that matches no
 * operation gets 404, an invalid one 422 (GitHub's answers), and both are recorded as violations.
 *
 * Scripted behaviour: issue comments (list with pagination, create, get, update, delete) in memory.
 * Other operations can be scripted with `handlers`; an operation nobody scripted answers 501 and is
 * recorded as a violation (the test exercised a call it did not expect).
 */

const SPEC_FILE = path.resolve(
  import.meta.dirname,
  '../../node_modules/@octokit/openapi/generated/api.github.com.json',
);

type Json = Record<string, unknown>;
type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';
const METHODS: readonly Method[] = ['get', 'post', 'put', 'patch', 'delete'];

interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema?: Json;
}

interface Operation {
  operationId: string;
  method: Method;
  template: string;
  /** JSON pointer (in the spec) of the operation object. */
  pointer: string;
  regex: RegExp;
  paramNames: string[];
  literalSegments: number;
  parameters: Parameter[];
  bodyRequired: boolean;
  hasJsonBody: boolean;
  responses: Record<string, { hasJson: boolean }>;
}

export interface Violation {
  method: string;
  url: string;
  operationId?: string;
  kind: 'unknown-route' | 'path-param' | 'query' | 'body' | 'response' | 'unscripted' | 'auth';
  message: string;
}

export interface RecordedRequest {
  method: string;
  url: string;
  operationId: string | undefined;
  body: unknown;
  status: number;
}

export interface Comment {
  id: number;
  issueNumber: number;
  owner: string;
  repo: string;
  body: string;
  created_at: string;
  updated_at: string;
}

export interface Scripted {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export type Handler = (call: {
  operationId: string;
  params: Record<string, string>;
  query: URLSearchParams;
  body: unknown;
}) => Scripted | undefined;

export interface GitHubApiServer {
  url: string;
  violations: Violation[];
  requests: RecordedRequest[];
  comments: Comment[];
  close(): Promise<void>;
}

export interface GitHubApiServerOptions {
  /** When set, requests must carry `authorization: token <token>` (or Bearer), else 401 + violation. */
  token?: string;
  handlers?: Handler;
}

interface Spec {
  ajvParams: Ajv;
  ajvBody: Ajv;
  operations: Operation[];
  doc: Json;
}

let spec: Spec | undefined;

const escapePointer = (segment: string): string => segment.replace(/~/g, '~0').replace(/\//g, '~1');

function resolveRef<T>(doc: Json, value: unknown): T {
  let current = value as Json;
  while (current && typeof current.$ref === 'string') {
    const parts = (current.$ref as string).replace(/^#\//, '').split('/');
    current = parts.reduce<Json>(
      (node, part) => node[part.replace(/~1/g, '/').replace(/~0/g, '~')] as Json,
      doc,
    );
  }
  return current as T;
}

function addFormats(ajv: Ajv): void {
  const fn = (addFormatsModule as unknown as { default?: (a: Ajv) => void }).default ?? addFormatsModule;
  (fn as unknown as (a: Ajv) => void)(ajv);
}

/** Loads the description once per process (13 MB; about two seconds). */
export function loadSpec(): Spec {
  if (spec !== undefined) return spec;
  const doc = JSON.parse(readFileSync(SPEC_FILE, 'utf8')) as Json;
  const ajvParams = new Ajv({ strict: false, allErrors: true, logger: false, coerceTypes: true });
  const ajvBody = new Ajv({ strict: false, allErrors: true, logger: false });
  for (const ajv of [ajvParams, ajvBody]) {
    addFormats(ajv);
    ajv.addSchema(doc, 'gh');
  }
  const operations: Operation[] = [];
  for (const [template, item] of Object.entries(doc.paths as Record<string, Json>)) {
    for (const method of METHODS) {
      const op = item[method] as Json | undefined;
      if (op === undefined) continue;
      const paramNames: string[] = [];
      const regexText = template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{([^}]+)\}/g, (_m, name) => {
        paramNames.push(name as string);
        return '([^/]+)';
      });
      const parameters = [
        ...((item.parameters as unknown[]) ?? []),
        ...((op.parameters as unknown[]) ?? []),
      ].map((p) => resolveRef<Parameter>(doc, p));
      const requestBody = resolveRef<Json | undefined>(doc, op.requestBody);
      const content = requestBody?.content as Json | undefined;
      const responses: Record<string, { hasJson: boolean }> = {};
      for (const [status, response] of Object.entries((op.responses as Json) ?? {})) {
        const resolved = resolveRef<Json>(doc, response);
        responses[status] = {
          hasJson: Boolean((resolved.content as Json | undefined)?.['application/json']),
        };
      }
      operations.push({
        operationId: op.operationId as string,
        method,
        template,
        pointer: `gh#/paths/${escapePointer(template)}/${method}`,
        regex: new RegExp(`^${regexText}/?$`),
        paramNames,
        literalSegments: template.split('/').filter((s) => s !== '' && !s.startsWith('{')).length,
        parameters,
        bodyRequired: requestBody?.required === true,
        hasJsonBody: content?.['application/json'] !== undefined,
        responses,
      });
    }
  }
  // The most specific template wins (`/repos/{o}/{r}/issues/comments/{id}` over a looser match).
  operations.sort((a, b) => b.literalSegments - a.literalSegments);
  spec = { ajvParams, ajvBody, operations, doc };
  return spec;
}

const validators = new Map<string, ValidateFunction>();
function validator(ajv: Ajv, key: string, schema: Json): ValidateFunction {
  const cacheKey = `${ajv === spec?.ajvParams ? 'p' : 'b'}:${key}`;
  let fn = validators.get(cacheKey);
  if (fn === undefined) {
    fn = ajv.compile(schema);
    validators.set(cacheKey, fn);
  }
  return fn;
}

const errorText = (fn: ValidateFunction): string =>
  (fn.errors ?? []).map((e) => `${e.instancePath || '(root)'} ${e.message ?? ''}`).join('; ');

export function matchOperation(method: string, pathname: string) {
  const { operations } = loadSpec();
  for (const op of operations) {
    if (op.method !== method.toLowerCase()) continue;
    const match = op.regex.exec(pathname);
    if (match === null) continue;
    const params: Record<string, string> = {};
    op.paramNames.forEach((name, i) => {
      params[name] = decodeURIComponent(match[i + 1] ?? '');
    });
    return { op, params };
  }
  return undefined;
}

/** Checks one request against its operation; returns the violations (empty when it is valid). */
export function checkRequest(
  op: Operation,
  params: Record<string, string>,
  query: URLSearchParams,
  body: unknown,
): { kind: Violation['kind']; message: string }[] {
  const { ajvParams, ajvBody } = loadSpec();
  const problems: { kind: Violation['kind']; message: string }[] = [];
  for (const param of op.parameters) {
    if (param.in !== 'path' && param.in !== 'query') continue;
    const raw = param.in === 'path' ? params[param.name] : (query.get(param.name) ?? undefined);
    if (raw === undefined) {
      if (param.required)
        problems.push({
          kind: param.in === 'path' ? 'path-param' : 'query',
          message: `${param.name} is required`,
        });
      continue;
    }
    const holder = { value: raw as unknown };
    const fn = validator(ajvParams, `${op.pointer}:${param.in}:${param.name}`, {
      type: 'object',
      properties: { value: param.schema ?? {} },
    });
    if (!fn(holder)) {
      problems.push({
        kind: param.in === 'path' ? 'path-param' : 'query',
        message: `${param.name}=${JSON.stringify(raw)}: ${errorText(fn)}`,
      });
    }
  }
  const declared = new Set(op.parameters.filter((p) => p.in === 'query').map((p) => p.name));
  for (const name of new Set(query.keys())) {
    if (!declared.has(name)) problems.push({ kind: 'query', message: `unknown query parameter ${name}` });
  }
  if (op.hasJsonBody) {
    if (body === undefined) {
      if (op.bodyRequired) problems.push({ kind: 'body', message: 'a JSON body is required' });
    } else {
      const fn = validator(ajvBody, `${op.pointer}:body`, {
        $ref: `${op.pointer}/requestBody/content/application~1json/schema`,
      });
      if (!fn(body)) problems.push({ kind: 'body', message: errorText(fn) });
    }
  } else if (body !== undefined && op.method !== 'get' && op.method !== 'delete') {
    problems.push({ kind: 'body', message: 'the operation takes no JSON body' });
  }
  return problems;
}

function checkResponse(op: Operation, status: number, body: unknown): string | undefined {
  const { ajvBody, doc } = loadSpec();
  const declared = op.responses[String(status)];
  if (declared === undefined) return `status ${status} is not a documented response`;
  if (!declared.hasJson) return undefined;
  const responsePointer = `${op.pointer}/responses/${status}`;
  // Responses may themselves be $refs to components/responses.
  const raw = (doc.paths as Record<string, Record<string, Json>>)[op.template]?.[op.method]?.responses as
    | Json
    | undefined;
  const response = raw?.[String(status)] as Json | undefined;
  const ref =
    typeof response?.$ref === 'string'
      ? `gh${response.$ref}/content/application~1json/schema`
      : `${responsePointer}/content/application~1json/schema`;
  const fn = validator(ajvBody, `${ref}`, { $ref: ref });
  return fn(body) ? undefined : errorText(fn);
}

const GITHUB_USER = {
  login: 'github-actions[bot]',
  id: 41898282,
  node_id: 'MDM6Qm90NDE4OTgyODI=',
  avatar_url: 'https://avatars.githubusercontent.com/in/15368?v=4',
  gravatar_id: '',
  url: 'https://api.github.com/users/github-actions%5Bbot%5D',
  html_url: 'https://github.com/apps/github-actions',
  followers_url: 'https://api.github.com/users/github-actions%5Bbot%5D/followers',
  following_url: 'https://api.github.com/users/github-actions%5Bbot%5D/following{/other_user}',
  gists_url: 'https://api.github.com/users/github-actions%5Bbot%5D/gists{/gist_id}',
  starred_url: 'https://api.github.com/users/github-actions%5Bbot%5D/starred{/owner}{/repo}',
  subscriptions_url: 'https://api.github.com/users/github-actions%5Bbot%5D/subscriptions',
  organizations_url: 'https://api.github.com/users/github-actions%5Bbot%5D/orgs',
  repos_url: 'https://api.github.com/users/github-actions%5Bbot%5D/repos',
  events_url: 'https://api.github.com/users/github-actions%5Bbot%5D/events{/privacy}',
  received_events_url: 'https://api.github.com/users/github-actions%5Bbot%5D/received_events',
  type: 'Bot',
  site_admin: false,
};

/** A comment as GitHub's REST API returns it (the `issue-comment` schema). */
export function commentResource(comment: Comment): Json {
  const repoUrl = `https://api.github.com/repos/${comment.owner}/${comment.repo}`;
  return {
    id: comment.id,
    node_id: `IC_kwDO${comment.id}`,
    url: `${repoUrl}/issues/comments/${comment.id}`,
    html_url: `https://github.com/${comment.owner}/${comment.repo}/pull/${comment.issueNumber}#issuecomment-${comment.id}`,
    body: comment.body,
    user: GITHUB_USER,
    created_at: comment.created_at,
    updated_at: comment.updated_at,
    issue_url: `${repoUrl}/issues/${comment.issueNumber}`,
    author_association: 'NONE',
    performed_via_github_app: null,
    reactions: {
      url: `${repoUrl}/issues/comments/${comment.id}/reactions`,
      total_count: 0,
      '+1': 0,
      '-1': 0,
      laugh: 0,
      hooray: 0,
      confused: 0,
      heart: 0,
      rocket: 0,
      eyes: 0,
    },
  };
}

const notFound = { message: 'Not Found', documentation_url: 'https://docs.github.com/rest', status: '404' };

function scriptComments(
  store: Comment[],
  nextId: () => number,
  baseUrl: string,
  call: Parameters<Handler>[0],
): Scripted | undefined {
  const { operationId, params, query, body } = call;
  const now = new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
  const inRepo = (c: Comment) => c.owner === params.owner && c.repo === params.repo;
  switch (operationId) {
    case 'issues/list-comments': {
      const issueNumber = Number(params.issue_number);
      const all = store.filter((c) => inRepo(c) && c.issueNumber === issueNumber);
      const perPage = Number(query.get('per_page') ?? 30);
      const page = Number(query.get('page') ?? 1);
      const slice = all.slice((page - 1) * perPage, page * perPage);
      const headers: Record<string, string> = {};
      if (page * perPage < all.length) {
        const next = new URL(
          `${baseUrl}/repos/${params.owner}/${params.repo}/issues/${issueNumber}/comments`,
        );
        next.searchParams.set('per_page', String(perPage));
        next.searchParams.set('page', String(page + 1));
        headers.link = `<${next.toString()}>; rel="next"`;
      }
      return { status: 200, body: slice.map(commentResource), headers };
    }
    case 'issues/create-comment': {
      const comment: Comment = {
        id: nextId(),
        issueNumber: Number(params.issue_number),
        owner: params.owner ?? '',
        repo: params.repo ?? '',
        body: (body as { body: string }).body,
        created_at: now,
        updated_at: now,
      };
      store.push(comment);
      return {
        status: 201,
        body: commentResource(comment),
        headers: { location: String(commentResource(comment).url) },
      };
    }
    case 'issues/get-comment':
    case 'issues/update-comment':
    case 'issues/delete-comment': {
      const at = store.findIndex((c) => inRepo(c) && c.id === Number(params.comment_id));
      const found = store[at];
      if (found === undefined) return { status: 404, body: notFound };
      if (operationId === 'issues/get-comment') return { status: 200, body: commentResource(found) };
      if (operationId === 'issues/delete-comment') {
        store.splice(at, 1);
        return { status: 204 };
      }
      found.body = (body as { body: string }).body;
      found.updated_at = now;
      return { status: 200, body: commentResource(found) };
    }
    default:
      return undefined;
  }
}

export async function startGitHubApiServer(options: GitHubApiServerOptions = {}): Promise<GitHubApiServer> {
  loadSpec();
  const violations: Violation[] = [];
  const requests: RecordedRequest[] = [];
  const comments: Comment[] = [];
  let lastId = 1_000_000;
  let baseUrl = '';

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const method = req.method ?? 'GET';
      const url = new URL(req.url ?? '/', baseUrl);
      const text = Buffer.concat(chunks).toString('utf8');
      const send = (
        status: number,
        body?: unknown,
        headers: Record<string, string> = {},
        operationId?: string,
      ) => {
        requests.push({ method, url: url.pathname + url.search, operationId, body: parsed, status });
        res.writeHead(status, {
          ...(body === undefined ? {} : { 'content-type': 'application/json; charset=utf-8' }),
          'x-github-media-type': 'github.v3; format=json',
          ...headers,
        });
        res.end(body === undefined ? undefined : JSON.stringify(body));
      };
      const record = (kind: Violation['kind'], message: string, operationId?: string) =>
        violations.push({
          method,
          url: url.pathname + url.search,
          kind,
          message,
          ...(operationId === undefined ? {} : { operationId }),
        });

      let parsed: unknown;
      if (text !== '') {
        try {
          parsed = JSON.parse(text);
        } catch {
          record('body', 'the body is not JSON');
          send(400, { message: 'Problems parsing JSON', documentation_url: 'https://docs.github.com/rest' });
          return;
        }
      }
      const matched = matchOperation(method, url.pathname);
      if (matched === undefined) {
        record('unknown-route', `no operation in GitHub's OpenAPI description for ${method} ${url.pathname}`);
        send(404, notFound);
        return;
      }
      const { op, params } = matched;
      if (options.token !== undefined) {
        const auth = req.headers.authorization ?? '';
        if (auth !== `token ${options.token}` && auth !== `Bearer ${options.token}`) {
          record(
            'auth',
            `expected the token, got ${auth === '' ? 'no authorization header' : 'another one'}`,
            op.operationId,
          );
          send(
            401,
            { message: 'Bad credentials', documentation_url: 'https://docs.github.com/rest', status: '401' },
            {},
            op.operationId,
          );
          return;
        }
      }
      const problems = checkRequest(op, params, url.searchParams, parsed);
      if (problems.length > 0) {
        for (const p of problems) record(p.kind, p.message, op.operationId);
        send(
          422,
          {
            message: 'Invalid request.',
            errors: problems.map((p) => p.message),
            documentation_url: 'https://docs.github.com/rest',
            status: '422',
          },
          {},
          op.operationId,
        );
        return;
      }
      const call = { operationId: op.operationId, params, query: url.searchParams, body: parsed };
      const scripted = options.handlers?.(call) ?? scriptComments(comments, () => ++lastId, baseUrl, call);
      if (scripted === undefined) {
        record(
          'unscripted',
          `${op.operationId} is valid but this test server has no script for it`,
          op.operationId,
        );
        send(501, { message: `not scripted: ${op.operationId}` }, {}, op.operationId);
        return;
      }
      const responseProblem = checkResponse(op, scripted.status, scripted.body);
      if (responseProblem !== undefined) record('response', responseProblem, op.operationId);
      send(scripted.status, scripted.body, scripted.headers, op.operationId);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: baseUrl,
    violations,
    requests,
    comments,
    close: () =>
      new Promise((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
