import { type GitHubApiServer, startGitHubApiServer } from './github-api-server.ts';

/**
 * A loopback GitHub API that answers the deployment calls (create a deployment, then its statuses)
 * the way GitHub documents them, every request and answer checked against GitHub's OpenAPI
 * description by the server underneath. `states` lists the statuses set, in order.
 */
export async function startDeploymentsApi(
  token: string,
): Promise<{ github: GitHubApiServer; states: string[]; environments: string[] }> {
  const now = '2026-11-23T12:00:00Z';
  const api = 'http://api.test/repos/acme/shop';
  const states: string[] = [];
  const environments: string[] = [];
  const github = await startGitHubApiServer({
    token,
    handlers: ({ operationId, params, body }) => {
      const b = body as Record<string, unknown>;
      if (operationId === 'repos/create-deployment') {
        environments.push(String(b.environment));
        return {
          status: 201,
          body: {
            url: `${api}/deployments/7`,
            id: 7,
            node_id: 'DE_7',
            sha: String(b.ref),
            ref: String(b.ref),
            task: 'deploy',
            payload: {},
            environment: String(b.environment),
            description: String(b.description ?? ''),
            creator: null,
            created_at: now,
            updated_at: now,
            statuses_url: `${api}/deployments/7/statuses`,
            repository_url: api,
          },
        };
      }
      if (operationId === 'repos/create-deployment-status') {
        states.push(String(b.state));
        return {
          status: 201,
          body: {
            url: `${api}/deployments/${params.deployment_id}/statuses/${states.length}`,
            id: states.length,
            node_id: `DES_${states.length}`,
            state: String(b.state),
            creator: null,
            description: String(b.description ?? ''),
            environment: environments.at(-1) ?? 'production',
            target_url: `${api}/runs/4242`,
            created_at: now,
            updated_at: now,
            deployment_url: `${api}/deployments/7`,
            repository_url: api,
            // Given only when the request gave them (both are optional URIs in GitHub's description).
            ...(b.environment_url === undefined ? {} : { environment_url: String(b.environment_url) }),
            ...(b.log_url === undefined ? {} : { log_url: String(b.log_url) }),
          },
        };
      }
      return undefined;
    },
  });
  return { github, states, environments };
}
