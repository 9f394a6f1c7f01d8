/**
 * Safe pruning of old secret versions, pure core: given what the server lists (secrets, services,
 * tasks; or Secrets and workloads), decide what may go and why the rest stays.
 */

export type { KubernetesPruneEntry, KubernetesPruneInput } from './kubernetes.ts';
export { referencesOf, selectKubernetesPrune } from './kubernetes.ts';
export {
  deleteSecretsArgs,
  listStackSecretsArgs,
  listWorkloadsArgs,
  REFERENCING_KINDS,
} from './kubernetes-argv.ts';
export type { KubeList, KubeMetadata, KubeObject, KubeSecret } from './kubernetes-types.ts';
export { isKubeList } from './kubernetes-types.ts';
export { podSpecSecretNames } from './pod-spec.ts';
export type { Candidate, PruneEntry, PruneSelection } from './select.ts';
export { checkKeep, parseKeep, selectVersions } from './select.ts';
export type { SwarmPruneInput } from './swarm.ts';
export { selectSwarmPrune } from './swarm.ts';
