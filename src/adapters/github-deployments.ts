import type { GitHubApi } from './github.ts';

/**
 * GitHub deployment records for the deploy actions: one deployment per run and environment, its
 * status `in_progress` while deploying, then `success` or `failure` with the environment URL and
 * the run's log URL.
 */
export type DeploymentState = 'in_progress' | 'success' | 'failure' | 'error';

export interface DeploymentRequest {
  ref: string;
  environment: string;
  description: string;
  /** Shown on the environment; optional. */
  environmentUrl?: string;
  logUrl?: string;
}

export async function createDeployment(api: GitHubApi, request: DeploymentRequest): Promise<number> {
  const created = await api.octokit.rest.repos.createDeployment({
    ...api.repo,
    ref: request.ref,
    environment: request.environment,
    description: request.description.slice(0, 140),
    auto_merge: false,
    required_contexts: [],
    transient_environment: false,
    production_environment: /^prod/i.test(request.environment),
  });
  if (!('id' in created.data))
    throw new Error(`GitHub did not create a deployment: ${created.data.message ?? 'no reason given'}`);
  await setDeploymentStatus(api, created.data.id, 'in_progress', request);
  return created.data.id;
}

export async function setDeploymentStatus(
  api: GitHubApi,
  id: number,
  state: DeploymentState,
  request: Pick<DeploymentRequest, 'description' | 'environmentUrl' | 'logUrl'>,
): Promise<void> {
  await api.octokit.rest.repos.createDeploymentStatus({
    ...api.repo,
    deployment_id: id,
    state,
    description: request.description.slice(0, 140),
    ...(request.environmentUrl ? { environment_url: request.environmentUrl } : {}),
    ...(request.logUrl ? { log_url: request.logUrl } : {}),
    auto_inactive: state === 'success',
  });
}
