import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { removeKubeconfigDir } from '../../adapters/kubeconfig.ts';
import type { GantryConfig, KubernetesTarget } from '../../core/config/model.ts';
import { ConfigurationError } from '../../core/errors.ts';
import { traceAnnotations } from '../../core/kubernetes/manifests.ts';
import { deployKubernetes } from '../../pipeline/kubernetes/deploy.ts';
import { buildObjects, connect, type KubernetesInputNames } from '../../pipeline/kubernetes/prepare.ts';
import { readManifestSources } from '../../pipeline/kubernetes/sources.ts';
import type { Reporter } from '../../pipeline/reporter.ts';
import type { ReleaseFlags, StageLog } from './stage.ts';

/** Deploy (with its smoke check and rollout undo) on one Kubernetes target, as deploy-k8s does. */
export async function releaseKubernetes(
  config: GantryConfig,
  target: KubernetesTarget,
  image: string,
  flags: ReleaseFlags,
  log: StageLog,
  report: Reporter,
  signal: AbortSignal,
): Promise<void> {
  const key = `targets.${target.name}.kubernetes`;
  const names: KubernetesInputNames = {
    kubeconfig: `${key}.kubeconfig`,
    context: `${key}.context`,
    namespace: `${key}.namespace`,
    manifests: `${key}.manifests`,
    kustomize: `${key}.kustomize`,
    env: `${key}.env`,
    images: `${key}.image-name`,
  };
  let kubeconfig = '';
  if (target.kubeconfig !== undefined) {
    try {
      kubeconfig = readFileSync(target.kubeconfig, 'utf8');
    } catch (error) {
      throw new ConfigurationError(
        `cannot read ${target.kubeconfig} (${(error as NodeJS.ErrnoException).code})`,
        names.kubeconfig,
      );
    }
  }
  log.skip('secrets', 'Swarm targets only');
  const sources = readManifestSources(target.manifests, config.baseDir, names.manifests);
  // Pinned by digest when the build pushed one; a --skip-build tag is substituted as ${GANTRY_IMAGE}.
  const images = image.includes('@sha256:')
    ? new Map([[target.imageName, image]])
    : new Map<string, string>();
  const env = new Map([['GANTRY_IMAGE', image], ...Object.entries(target.env)]);
  const workDir = mkdtempSync(path.join(tmpdir(), 'gantry-release-'));
  let kubeDir = '';
  const smoke = flags.skipSmoke ? undefined : target.smoke;
  try {
    const connected = await connect({
      kubeconfig,
      context: target.context ?? '',
      namespace: target.namespace,
      kubectlVersion: '',
      baseDir: workDir,
      names,
      report,
      signal,
      onKubeconfig: (file) => {
        kubeDir = file.dir;
      },
    });
    const objects = await buildObjects({
      kubectl: connected.kubectl,
      sources,
      kustomizeDir: target.kustomize,
      env,
      images,
      annotations: traceAnnotations(process.env),
      namespace: target.namespace,
      names,
    });
    const deployed = await log.run('deploy', async () => {
      const result = await deployKubernetes(
        connected.kubectl,
        {
          objects,
          namespace: target.namespace,
          defaultNamespace: connected.defaultNamespace,
          timeoutMs: target.timeoutMs,
          rollback: target.rollback,
          dryRun: flags.dryRun,
          smoke,
          workDir,
          signal,
        },
        report,
      );
      const status =
        result.status === 'deployed' ? 'ok' : result.status === 'rolled-back' ? 'rolled-back' : 'failed';
      return { status, detail: `${result.status}: ${result.message}`, value: result };
    });
    const result = deployed.value;
    if (flags.skipSmoke) log.skip('smoke', '--skip-smoke');
    else if (smoke === undefined) log.skip('smoke', 'no smoke check in the config');
    else if (result.smoke === undefined)
      log.skip('smoke', flags.dryRun ? 'dry run' : 'the rollout did not finish');
    else
      log.add({
        stage: 'smoke',
        status: result.smoke.passed ? 'ok' : 'failed',
        detail: result.smoke.urls
          .map((u) => `${u.url}: ${u.passed ? 'passed' : `failed (${u.reason})`}`)
          .join('; '),
        seconds: result.smoke.elapsedMs / 1000,
      });
    log.skip('prune', 'Swarm targets only');
  } finally {
    removeKubeconfigDir(kubeDir);
    rmSync(workDir, { recursive: true, force: true });
  }
}
