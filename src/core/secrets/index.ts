/**
 * Versioned secrets, pure core: parse the `secrets`/`secret-files` inputs, compute versions and
 * names, and plan what to create. The shell reads files, hashes nothing itself, and talks to servers.
 */
export type { SecretInputs } from './inputs.ts';
export {
  checkSecretName,
  maskParts,
  parseSecretFiles,
  parseSecretInputs,
  parseSecretValues,
  SECRET_NAME,
} from './inputs.ts';
export type { KubernetesSecretObject } from './kubernetes.ts';
export {
  checkReusedContent,
  createSecretsArgs,
  existingSecret,
  getSecretsByNameArgs,
  secretManifest,
  secretsListManifest,
} from './kubernetes.ts';
export type { SecretLabelsInput } from './naming.ts';
export {
  checkKubernetesLabels,
  checkSecretStack,
  DNS1123_SUBDOMAIN_MAX,
  envName,
  formatCreated,
  isDns1123Subdomain,
  isKubernetesLabelValue,
  isSwarmSecretName,
  kubernetesSecretName,
  kubernetesSecretNames,
  LABEL,
  parseCreated,
  SWARM_NAME_MAX,
  secretLabels,
  swarmSecretName,
} from './naming.ts';
export type {
  DesiredSecret,
  DesiredSecretsInput,
  ExistingSecret,
  PlanSecretsInput,
  ReusedSecret,
  SecretPlan,
  SecretPlatform,
} from './plan.ts';
export { desiredSecrets, planSecrets } from './plan.ts';
export type { VersionMode } from './version.ts';
export {
  compactUtc,
  contentDigest,
  contentVersion,
  parseVersionMode,
  runVersion,
  secretVersion,
} from './version.ts';
