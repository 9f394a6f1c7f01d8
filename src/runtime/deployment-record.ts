import * as core from '@actions/core';
import { createGitHubApi, type GitHubApi, repoFromEnv } from '../adapters/github.ts';
import { createDeployment, setDeploymentStatus } from '../adapters/github-deployments.ts';
import { ConfigurationError } from '../core/errors.ts';
import { readSecret, readString } from './inputs.ts';

/**
 * The deploy actions' `environment` and `environment-url`, checked with the other inputs before
 * anything runs: the URL must be http(s), and `github-token` is needed when a deployment is recorded.
 */
export function readDeploymentInputs(): { environment: string; environmentUrl: string } {
  const environment = readString('environment').trim();
  const environmentUrl = readString('environment-url').trim();
  if (environmentUrl !== '' && !/^https?:$/.test(URL.parse(environmentUrl)?.protocol ?? '')) {
    throw new ConfigurationError(
      `expected an http:// or https:// URL (the link GitHub shows on the deployment), got ${JSON.stringify(environmentUrl)}`,
      'environment-url',
    );
  }
  // Read (masked and checked) whether or not a deployment is recorded: a bad token is refused alike.
  const token = readSecret('github-token');
  if (environment !== '' && token.trim() === '')
    throw new ConfigurationError('is required with environment', 'github-token');
  return { environment, environmentUrl };
}

/** A GitHub deployment this run opened (the `environment` input), to be closed with a verdict. */
export interface DeploymentRecord {
  api: GitHubApi;
  id: number;
  environmentUrl: string;
  logUrl: string;
}

export async function startDeploymentRecord(
  environment: string,
  environmentUrl: string,
  description: string,
): Promise<DeploymentRecord> {
  const token = readSecret('github-token');
  if (token.trim() === '') throw new ConfigurationError('is required with environment', 'github-token');
  const repo = repoFromEnv();
  if (repo === undefined)
    throw new ConfigurationError('needs GITHUB_REPOSITORY (owner/name) in the environment', 'environment');
  const api = await createGitHubApi(token, repo);
  const { GITHUB_SERVER_URL, GITHUB_REPOSITORY, GITHUB_RUN_ID } = process.env;
  const logUrl =
    GITHUB_SERVER_URL && GITHUB_RUN_ID
      ? `${GITHUB_SERVER_URL}/${GITHUB_REPOSITORY}/actions/runs/${GITHUB_RUN_ID}`
      : '';
  const id = await createDeployment(api, {
    ref: process.env.GITHUB_SHA || process.env.GITHUB_REF || 'HEAD',
    environment,
    description,
    environmentUrl,
    logUrl,
  });
  core.info(`GitHub deployment ${id} to ${environment}: in progress`);
  return { api, id, environmentUrl, logUrl };
}

/** Never fails the step: the deploy's own verdict matters more than its record. */
export async function finishDeploymentRecord(
  record: DeploymentRecord,
  ok: boolean,
  description: string,
): Promise<void> {
  try {
    await setDeploymentStatus(record.api, record.id, ok ? 'success' : 'failure', {
      description,
      environmentUrl: record.environmentUrl,
      logUrl: record.logUrl,
    });
    core.info(`GitHub deployment ${record.id}: ${ok ? 'success' : 'failure'}`);
  } catch (error) {
    core.warning(`Could not set the GitHub deployment status: ${(error as Error).message}`);
  }
}

/**
 * Runs a deploy under its GitHub deployment record: opened just before the deploy (when an
 * `environment` is given and this is not a dry run), closed with the deploy's verdict, and closed as
 * failed when the deploy throws before it has one.
 */
export async function withDeploymentRecord<T extends { status: string; message: string }>(
  inputs: { environment: string; environmentUrl: string; dryRun: boolean },
  description: string,
  deploy: () => Promise<T>,
): Promise<T> {
  if (inputs.environment === '' || inputs.dryRun) return deploy();
  const record = await startDeploymentRecord(inputs.environment, inputs.environmentUrl, description);
  let result: T;
  try {
    result = await deploy();
  } catch (error) {
    await finishDeploymentRecord(record, false, 'the deploy stopped with an error');
    throw error;
  }
  await finishDeploymentRecord(record, result.status === 'deployed', result.message);
  return result;
}
