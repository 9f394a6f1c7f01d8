import { isCI } from '../../helpers/ci.ts';

/**
 * Whether a Kubernetes e2e file runs, skips, or fails for want of a cluster. `.ci/run` brings the
 * cluster up (sandbox/k8s) unless told not to (GANTRY_CI_KUBERNETES=0); then it sets
 * GANTRY_E2E_KUBERNETES=absent and the tests skip with that reason printed, even if a cluster
 * happens to run on the machine. Otherwise a missing cluster skips outside CI and fails under CI
 * (any non-empty CI but `false`/`0`: helpers/ci.ts).
 */
export interface KubernetesGate {
  /** Why the tests do not run; undefined when they do. */
  skipReason: string | undefined;
  /** Under CI and no cluster, while one is expected: the file must fail. */
  mustFail: boolean;
}

export function kubernetesGate(missingReason: string | undefined, what: string): KubernetesGate {
  const absent = process.env.GANTRY_E2E_KUBERNETES === 'absent';
  const skipReason = absent
    ? 'GANTRY_E2E_KUBERNETES=absent: this run leaves the Kubernetes sandbox out on purpose'
    : missingReason;
  const ci = isCI() && !absent;
  if (skipReason !== undefined && !ci) process.stderr.write(`\n[e2e] SKIPPING ${what}: ${skipReason}\n\n`);
  return { skipReason, mustFail: skipReason !== undefined && ci };
}
