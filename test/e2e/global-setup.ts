import { spawn } from 'node:child_process';
import type { TestProject } from 'vitest/node';
import { isCI } from '../helpers/ci.ts';
import { parseEnvLines, SANDBOX_SCRIPT, toSandboxEnv, UNAVAILABLE_KEY } from './helpers/sandbox-env.ts';

// Brings the sandbox up once per e2e run (`sandbox/sandbox.sh up --kubernetes`: idempotent, about a
// second when it already runs; the first time on a machine the cluster's cold build takes ~5 min), then copies its `env` lines into process.env (the test workers
// inherit it) and provides them as `inject('gantrySandbox')`.
//
// When the machine cannot host the sandbox (the script exits 3: not root and no engine, not
// Debian-like, apt failed), the tests skip with the reason, except under CI (any non-empty CI but
// `false`/`0`, see helpers/ci.ts), where that fails the run. Any other failure of `up` fails the run everywhere.
// GANTRY_E2E_KUBERNETES=absent leaves the Kubernetes cluster out (its tests then skip, saying so).

declare module 'vitest' {
  export interface ProvidedContext {
    gantrySandbox: Record<string, string>;
    gantrySandboxUnavailable: string;
  }
}

const CANNOT_HOST = 3;

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function run(args: string[], echoStderr: boolean): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn('bash', [SANDBOX_SCRIPT, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
      if (echoStderr) process.stderr.write(chunk);
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

export default async function setup(project: TestProject): Promise<void> {
  const ci = isCI();
  const withCluster = process.env.GANTRY_E2E_KUBERNETES !== 'absent';
  const up = await run(withCluster ? ['up', '--kubernetes'] : ['up'], true);
  if (up.code !== 0) {
    const reason = up.stderr.trim().split('\n').slice(-3).join(' ') || `sandbox.sh up exited ${up.code}`;
    if (up.code === CANNOT_HOST && !ci) {
      process.stderr.write(`\n[e2e] SKIPPING the sandbox tests: ${reason}\n\n`);
      process.env[UNAVAILABLE_KEY] = reason;
      project.provide('gantrySandboxUnavailable', reason);
      project.provide('gantrySandbox', {});
      return;
    }
    throw new Error(
      `the e2e sandbox could not be brought up (exit ${up.code}${ci ? `, CI=${process.env.CI}` : ''}): ${reason}`,
    );
  }
  const envRun = await run(['env'], false);
  if (envRun.code !== 0) {
    throw new Error(`sandbox.sh env failed (exit ${envRun.code}): ${envRun.stderr.trim()}`);
  }
  const sandbox = toSandboxEnv(parseEnvLines(envRun.stdout));
  Object.assign(process.env, sandbox.raw);
  delete process.env[UNAVAILABLE_KEY];
  project.provide('gantrySandbox', sandbox.raw);
  project.provide('gantrySandboxUnavailable', '');
}
