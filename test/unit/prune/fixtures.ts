import { readFileSync } from 'node:fs';
import type { KubeList } from '../../../src/core/prune/index.ts';
import type { SwarmSecret, SwarmService, SwarmTask } from '../../../src/core/swarm/engine-types.ts';

const read = <T>(dir: string, name: string): T =>
  JSON.parse(readFileSync(new URL(`../../fixtures/${dir}/${name}.json`, import.meta.url), 'utf8')) as T;

/** Real Docker Engine API v1.41 output (see test/fixtures/docker/README.md). */
export const docker = {
  secrets: () => read<SwarmSecret[]>('docker', 'secrets'),
  services: () => read<SwarmService[]>('docker', 'services'),
  tasks: () => read<SwarmTask[]>('docker', 'tasks'),
  tasksAfterBrokenRollback: () => read<SwarmTask[]>('docker', 'tasks-rollback-missing-secret'),
};

export type KubeFixture =
  | 'secrets'
  | 'secrets-unfiltered'
  | 'deployments'
  | 'replicasets'
  | 'pods'
  | 'cronjobs'
  | 'statefulsets'
  | 'daemonsets'
  | 'jobs';

/** `kubectl get <kind> -o json` Lists (see test/fixtures/kubernetes/README.md). */
export const kube = (name: KubeFixture): KubeList => read<KubeList>('kubernetes', name);
