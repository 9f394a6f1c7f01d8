// A scripted kubectl for the Kubernetes deploy phases: every call is recorded, and answered by a
// script with kubectl's exit code, stdout and stderr (JSON parsed the way the adapter parses it).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ToolError } from '../../../src/adapters/exec.ts';
import type { Kubectl } from '../../../src/adapters/kubectl.ts';
import type { K8sObject } from '../../../src/core/kubernetes/manifests.ts';

export const deployment = (image: string, ns = 'shop'): K8sObject => ({
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  metadata: { name: 'web', namespace: ns },
  spec: {
    selector: { matchLabels: { app: 'web' } },
    template: { metadata: { labels: { app: 'web' } }, spec: { containers: [{ name: 'web', image }] } },
  },
});
export const service: K8sObject = {
  apiVersion: 'v1',
  kind: 'Service',
  metadata: { name: 'web', namespace: 'shop' },
  spec: { ports: [{ port: 80 }] },
};
export const list = (...items: K8sObject[]) => JSON.stringify({ apiVersion: 'v1', kind: 'List', items });

export type Answer = { exitCode?: number; stdout?: string; stderr?: string } | Error;
export function fakeKubectl(script: (args: string[]) => Answer) {
  const calls: string[] = [];
  const run = async (args: readonly string[], options: { allowFailure?: boolean } = {}) => {
    calls.push(args.join(' '));
    const answer = script([...args]);
    if (answer instanceof Error) throw answer;
    const result = {
      command: `kubectl ${args.join(' ')}`,
      exitCode: answer.exitCode ?? 0,
      stdout: answer.stdout ?? '',
      stderr: answer.stderr ?? '',
    };
    if (result.exitCode !== 0 && !options.allowFailure)
      throw new ToolError(
        `${result.command} exited with code ${result.exitCode}`,
        result.command,
        result.exitCode,
        result.stderr,
      );
    return result;
  };
  const kubectl = {
    run,
    json: async (args: readonly string[], options = {}) => {
      const { stdout } = await run(args, options);
      const { parseKubectlJson } = await import('../../../src/core/kubernetes/state.ts');
      return parseKubectlJson(stdout);
    },
  } as unknown as Kubectl;
  return { kubectl, calls };
}

export const request = (objects: K8sObject[], extra: Record<string, unknown> = {}) => ({
  objects,
  namespace: 'shop',
  defaultNamespace: 'shop',
  timeoutMs: 60_000,
  rollback: true,
  dryRun: false,
  smoke: undefined,
  workDir: mkdtempSync(path.join(tmpdir(), 'gantry-k8s-pipeline-')),
  ...extra,
});
