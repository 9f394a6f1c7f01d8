import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { getOctokit } from '@actions/github';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GitHubApi, pullRequestNumber, repoFromEnv } from '../../../src/adapters/github.ts';
import { type GitHubApiServer, startGitHubApiServer } from '../../helpers/github-api-server.ts';

// The GitHub API double checks every request against GitHub's own OpenAPI description. These tests
// prove both halves: that the comment upsert Gantry uses is valid for it, and that the server catches
// requests that are not.

let server: GitHubApiServer;
const repo = { owner: 'acme', repo: 'shop' };
const octokit = () => getOctokit('t0ken', { baseUrl: server.url });

beforeAll(async () => {
  server = await startGitHubApiServer({ token: 't0ken' });
}, 30_000);
afterAll(async () => server.close());

const raw = async (method: string, path: string, body?: unknown) => {
  const res = await fetch(`${server.url}${path}`, {
    method,
    headers: { authorization: 'token t0ken', 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return res.status;
};

describe('GitHubApi.upsertComment against the OpenAPI-checked server', () => {
  it('creates the comment once, then updates it in place, across pages of other comments', async () => {
    const api = new GitHubApi(repo, octokit());
    for (let i = 0; i < 105; i++)
      await octokit().rest.issues.createComment({ ...repo, issue_number: 7, body: `other ${i}` });
    const first = await api.upsertComment(7, '<!-- gantry-scan:app -->', '<!-- gantry-scan:app -->\nv1');
    expect(first.action).toBe('created');
    const second = await api.upsertComment(7, '<!-- gantry-scan:app -->', '<!-- gantry-scan:app -->\nv2');
    expect(second).toMatchObject({ action: 'updated', id: first.id });
    const mine = server.comments.filter((c) => c.body.includes('gantry-scan:app'));
    expect(mine).toHaveLength(1);
    expect(mine[0]?.body).toBe('<!-- gantry-scan:app -->\nv2');
    // The second upsert read both pages (100 + 6) before it found the marker on page 2.
    const lists = server.requests.filter((r) => r.operationId === 'issues/list-comments');
    expect(lists.map((r) => r.url)).toContain('/repos/acme/shop/issues/7/comments?per_page=100&page=2');
    // A second image gets its own comment.
    expect((await api.upsertComment(7, '<!-- gantry-scan:db -->', '<!-- gantry-scan:db -->\nx')).action).toBe(
      'created',
    );
    expect(server.violations).toEqual([]);
  });
});

describe('the server refuses what GitHub would refuse, and records it', () => {
  it.each([
    ['POST', '/repos/acme/shop/issues/7/comments', {}, 422, 'body'],
    ['POST', '/repos/acme/shop/issues/7/comments', { body: 42 }, 422, 'body'],
    ['PATCH', '/repos/acme/shop/issues/comments/not-a-number', { body: 'x' }, 422, 'path-param'],
    ['GET', '/repos/acme/shop/issues/7/comments?per_page=lots', undefined, 422, 'query'],
    ['GET', '/repos/acme/shop/issues/7/comments?colour=red', undefined, 422, 'query'],
    ['POST', '/repos/acme/shop/issues/7/commentz', { body: 'x' }, 404, 'unknown-route'],
    ['PUT', '/repos/acme/shop/issues/comments/1', { body: 'x' }, 404, 'unknown-route'],
  ] as const)('%s %s %j → %i (%s)', async (method, path, body, status, kind) => {
    const before = server.violations.length;
    expect(await raw(method, path, body)).toBe(status);
    expect(server.violations.slice(before).map((v) => v.kind)).toContain(kind);
  });

  it('answers 401 to a wrong token', async () => {
    const before = server.violations.length;
    const res = await fetch(`${server.url}/repos/acme/shop/issues/7/comments`, {
      headers: { authorization: 'token nope' },
    });
    expect(res.status).toBe(401);
    expect(server.violations.slice(before).map((v) => v.kind)).toEqual(['auth']);
  });

  it('records a valid call that no test scripted', async () => {
    const before = server.violations.length;
    expect(await raw('GET', '/repos/acme/shop')).toBe(501);
    expect(server.violations.slice(before)).toMatchObject([{ kind: 'unscripted', operationId: 'repos/get' }]);
  });

  it('validates scripted responses too', async () => {
    const bad = await startGitHubApiServer({
      handlers: ({ operationId }) =>
        operationId === 'issues/get-comment' ? { status: 200, body: { id: 'not-a-number' } } : undefined,
    });
    try {
      const res = await fetch(`${bad.url}/repos/acme/shop/issues/comments/1`);
      expect(res.status).toBe(200);
      expect(bad.violations.map((v) => v.kind)).toEqual(['response']);
    } finally {
      await bad.close();
    }
  });
});

describe('the run context', () => {
  const event = (payload: unknown) => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'gantry-event-')), 'event.json');
    writeFileSync(file, typeof payload === 'string' ? payload : JSON.stringify(payload));
    return file;
  };

  it.each([
    ['pull_request', { pull_request: { number: 42 } }, 42],
    ['pull_request_target', { pull_request: { number: 7 } }, 7],
    ['push', { pull_request: { number: 42 } }, undefined],
    ['pull_request', { pull_request: { number: '42' } }, undefined],
    ['pull_request', {}, undefined],
    ['pull_request', 'not json', undefined],
  ])('%s %j → %s', (name, payload, number) => {
    expect(pullRequestNumber({ GITHUB_EVENT_NAME: name, GITHUB_EVENT_PATH: event(payload) })).toBe(number);
  });

  it('reads owner/repo', () => {
    expect(repoFromEnv({ GITHUB_REPOSITORY: 'acme/shop' })).toEqual({ owner: 'acme', repo: 'shop' });
    expect(repoFromEnv({ GITHUB_REPOSITORY: 'acme' })).toBeUndefined();
    expect(repoFromEnv({})).toBeUndefined();
  });
});
