/**
 * Who holds a deploy lock, for the messages of whoever waits for it: the run URL in a workflow,
 * user@host from the CLI. Shared by the Swarm lock (a config object) and the Kubernetes Lease.
 */
export function lockHolder(env: Record<string, string | undefined>, fallback: string): string {
  const { GITHUB_SERVER_URL, GITHUB_REPOSITORY, GITHUB_RUN_ID, GITHUB_RUN_ATTEMPT } = env;
  if (GITHUB_SERVER_URL && GITHUB_REPOSITORY && GITHUB_RUN_ID) {
    return `${GITHUB_SERVER_URL}/${GITHUB_REPOSITORY}/actions/runs/${GITHUB_RUN_ID}${GITHUB_RUN_ATTEMPT ? `/attempts/${GITHUB_RUN_ATTEMPT}` : ''}`;
  }
  return fallback;
}
