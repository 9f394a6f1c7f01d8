import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { removeKubeconfigDir } from '../../adapters/kubeconfig.ts';
import { ConfigurationError } from '../../core/errors.ts';
import { parseDuration, parseMap } from '../../core/inputs/parse.ts';
import { checkNamespace } from '../../core/kubernetes/kubeconfig.ts';
import { parseImages, traceAnnotations } from '../../core/kubernetes/manifests.ts';
import { deploySmokeOptions } from '../../core/smoke/options.ts';
import { deployKubernetes } from '../../pipeline/kubernetes/deploy.ts';
import { buildObjects, connect } from '../../pipeline/kubernetes/prepare.ts';
import { readManifestSources } from '../../pipeline/kubernetes/sources.ts';
import { CLI_KUBERNETES_NAMES, readFlagFile } from '../connection.ts';
import type { CliContext } from '../context.ts';
import { cliLockHolder } from '../lock-holder.ts';
import { terminalReporter } from '../reporter.ts';

export const DEPLOY_KUBERNETES_USAGE = `Usage: gantry deploy kubernetes -f MANIFESTS [options]

Applies manifests with the same engine as the deploy-k8s action: server-side apply (field manager
gantry), images pinned by digest, rollout status of every Deployment, StatefulSet and DaemonSet,
smoke check, and rollout undo of what this run changed when something fails.
Exit code 0: deployed (or planned), 1: failed or rolled back, 2: bad arguments.

  -f, --manifests PATH     file, folder or glob (repeatable)
  -k, --kustomize DIR      render a kustomization with kubectl kustomize
  --kubeconfig FILE        kubeconfig (default: KUBECONFIG, then ~/.kube/config)
  --context NAME           context (default: the kubeconfig's current-context)
  -n, --namespace NAME     namespace for objects that name none
  --image NAME=IMAGE@sha256:…   pin containers whose image is NAME (repeatable)
  --env KEY=VALUE          substituted for \${KEY} in the manifests (repeatable)
  --timeout DURATION       rollout deadline (default 10m)
  --lock-timeout DURATION  wait for another deploy in the namespace (default 5m)
  --smoke-url URL          check after the rollouts (repeatable); --smoke-expect-json JSON
  --no-rollback            leave a failed release in place
  --dry-run                server-side dry run: print the plan, change nothing
`;

const NAMES = CLI_KUBERNETES_NAMES;

export async function deployKubernetesCommand(argv: string[], ctx: CliContext): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    options: {
      manifests: { type: 'string', short: 'f', multiple: true },
      kustomize: { type: 'string', short: 'k' },
      kubeconfig: { type: 'string' },
      context: { type: 'string' },
      namespace: { type: 'string', short: 'n' },
      image: { type: 'string', multiple: true },
      env: { type: 'string', multiple: true },
      timeout: { type: 'string' },
      'lock-timeout': { type: 'string' },
      'smoke-url': { type: 'string', multiple: true },
      'smoke-expect-json': { type: 'string' },
      'no-rollback': { type: 'boolean' },
      'dry-run': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    ctx.out(DEPLOY_KUBERNETES_USAGE);
    return 0;
  }
  const entries = values.manifests ?? [];
  if (entries.length === 0 && values.kustomize === undefined)
    throw new ConfigurationError('is required (or --kustomize)', '--manifests');
  const kubeconfig = readFlagFile('--kubeconfig', values.kubeconfig);
  const namespace = checkNamespace('--namespace', values.namespace ?? '');
  const sources = readManifestSources(entries, process.cwd(), '--manifests');
  const images = parseImages('--image', values.image ?? []);
  const env = parseMap('--env', (values.env ?? []).join('\n'));
  const timeoutMs = parseDuration('--timeout', values.timeout ?? '10m');
  const lockWaitMs = parseDuration('--lock-timeout', values['lock-timeout'] ?? '5m');
  const smoke = deploySmokeOptions(
    values['smoke-url'] ?? [],
    () => ({ 'expect-json': values['smoke-expect-json'] ?? '' }),
    '--smoke-',
  );
  const annotations = traceAnnotations(process.env);
  const early =
    values.kustomize === undefined
      ? await buildObjects({
          kubectl: undefined,
          sources,
          kustomizeDir: undefined,
          env,
          images,
          annotations,
          namespace,
          names: NAMES,
        })
      : undefined;
  const report = terminalReporter(ctx);
  const workDir = mkdtempSync(path.join(tmpdir(), 'gantry-'));
  let kubeDir = '';
  try {
    const connected = await connect({
      kubeconfig,
      context: values.context ?? '',
      namespace,
      kubectlVersion: '',
      baseDir: workDir,
      names: NAMES,
      report,
      signal: ctx.signal,
      onKubeconfig: (file) => {
        kubeDir = file.dir;
      },
    });
    const objects =
      early ??
      (await buildObjects({
        kubectl: connected.kubectl,
        sources,
        kustomizeDir: values.kustomize === undefined ? undefined : path.resolve(values.kustomize),
        env,
        images,
        annotations,
        namespace,
        names: NAMES,
      }));
    const result = await deployKubernetes(
      connected.kubectl,
      {
        objects,
        namespace,
        defaultNamespace: connected.defaultNamespace,
        timeoutMs,
        rollback: values['no-rollback'] !== true,
        dryRun: values['dry-run'] === true,
        smoke,
        workDir,
        signal: ctx.signal,
        lock: {
          holder: cliLockHolder('gantry deploy kubernetes'),
          waitMs: lockWaitMs,
          waitInput: '--lock-timeout',
        },
      },
      report,
    );
    ctx.err(`${result.status}: ${result.message}`);
    return result.status === 'deployed' ? 0 : 1;
  } finally {
    removeKubeconfigDir(kubeDir);
    rmSync(workDir, { recursive: true, force: true });
  }
}
