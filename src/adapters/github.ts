import { readFileSync } from 'node:fs';
import type { getOctokit } from '@actions/github';

/**
 * GitHub's REST API through @actions/github's Octokit. The base URL is GITHUB_API_URL (set by the
 * runner, and by GHES runners to their own API), which @actions/github reads when it is loaded.
 * Only the calls Gantry makes are wrapped, each typed by Octokit; deploy actions add their deployment
 * and status calls here next to the comment ones. @actions/github is loaded by createGitHubApi, at
 * the first call, not at start-up (it is large to evaluate).
 */

export type Octokit = ReturnType<typeof getOctokit>;

export interface Repo {
  owner: string;
  repo: string;
}

/** `owner/name` from GITHUB_REPOSITORY. */
export function repoFromEnv(env: NodeJS.ProcessEnv = process.env): Repo | undefined {
  const [owner, repo, ...rest] = (env.GITHUB_REPOSITORY ?? '').split('/');
  if (!owner || !repo || rest.length > 0) return undefined;
  return { owner, repo };
}

/** The pull request number of the event that started the run, when it is a pull-request event. */
export function pullRequestNumber(env: NodeJS.ProcessEnv = process.env): number | undefined {
  const event = env.GITHUB_EVENT_NAME ?? '';
  if (!['pull_request', 'pull_request_target', 'pull_request_review'].includes(event)) return undefined;
  const file = env.GITHUB_EVENT_PATH;
  if (!file) return undefined;
  try {
    const payload = JSON.parse(readFileSync(file, 'utf8')) as { pull_request?: { number?: unknown } };
    const number = payload.pull_request?.number;
    return typeof number === 'number' && Number.isInteger(number) && number > 0 ? number : undefined;
  } catch {
    return undefined;
  }
}

/** A GitHubApi authenticated with `token`, loading @actions/github on first use. */
export async function createGitHubApi(token: string, repo: Repo): Promise<GitHubApi> {
  const { getOctokit } = await import('@actions/github');
  return new GitHubApi(repo, getOctokit(token));
}

export class GitHubApi {
  readonly octokit: Octokit;
  readonly repo: Repo;

  constructor(repo: Repo, octokit: Octokit) {
    this.octokit = octokit;
    this.repo = repo;
  }

  /**
   * Creates or updates the one comment on an issue or pull request that contains `marker` (a hidden
   * HTML comment): lists the comments (every page), updates the first one holding the marker in
   * place, and creates it when there is none. Re-running a workflow never adds a second comment.
   */
  async upsertComment(
    issueNumber: number,
    marker: string,
    body: string,
  ): Promise<{ action: 'created' | 'updated'; id: number; url: string }> {
    const comments = await this.octokit.paginate(this.octokit.rest.issues.listComments, {
      ...this.repo,
      issue_number: issueNumber,
      per_page: 100,
    });
    const existing = comments.find((comment) => comment.body?.includes(marker) ?? false);
    if (existing !== undefined) {
      const { data } = await this.octokit.rest.issues.updateComment({
        ...this.repo,
        comment_id: existing.id,
        body,
      });
      return { action: 'updated', id: data.id, url: data.html_url };
    }
    const { data } = await this.octokit.rest.issues.createComment({
      ...this.repo,
      issue_number: issueNumber,
      body,
    });
    return { action: 'created', id: data.id, url: data.html_url };
  }
}

/** GitHub's limit on a comment body; a longer body is refused with 422. */
export const MAX_COMMENT_CHARS = 65_536;
