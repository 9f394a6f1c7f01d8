import { jobLines, resolveJobs } from '../pre-deploy/jobs.ts';
import { desiredSecrets } from '../secrets/plan.ts';
import type { SmokeOptions } from '../smoke/options.ts';
import { formatStatusSpec } from '../smoke/status-spec.ts';
import { blueGreenPlanLines } from '../strategy/blue-green.ts';
import { canaryPlanLines } from '../strategy/canary.ts';
import { k8sBlueGreenPlanLines } from '../strategy/k8s-blue-green.ts';
import { checkEnvGroupMap, formatEnvGroup } from './env-groups.ts';
import type { GantryConfig, ReleaseImage, Target } from './model.ts';

/** What `gantry release` would do, stage by stage, as data (`gantry plan` prints it). Pure. */

export const STAGES = ['build', 'scan', 'secrets', 'pre-deploy', 'deploy', 'smoke', 'prune'] as const;
export type StageName = (typeof STAGES)[number];

export interface PlannedStage {
  stage: StageName;
  /** `run`, or why it is skipped. */
  run: true | string;
  lines: string[];
}

export interface PlanInput {
  config: GantryConfig;
  target: Target;
  /** The tags the build would push (from the git ref and --tag). */
  tags: readonly string[];
  /** The tag deployed with --skip-build (required then). */
  tag: string | undefined;
  skipBuild: boolean;
  skipSmoke: boolean;
  trivyInstalled: boolean;
  /** Secret values that could be read (env set, file readable); absent ones print no version. */
  secretValues: ReadonlyMap<string, string | Uint8Array>;
  commit: string;
  now: Date;
  /** The environment the stack files and env-groups are read with (the process's, then the target's env). */
  env?: ReadonlyMap<string, string>;
}

/** An image as the deploy uses it: pinned to the pushed digest, or to the digest the given tag resolves to. */
export const deployedImage = (input: PlanInput, image: ReleaseImage): string =>
  input.skipBuild ? `${image.name}@<digest of :${input.tag ?? ''}>` : `${image.name}@<digest of the push>`;

/** Each image's deployed reference, by key. */
const deployedImages = (input: PlanInput): Map<string, string> =>
  new Map(input.config.images.map((i) => [i.key, deployedImage(input, i)]));

function smokeLines(smoke: SmokeOptions): string[] {
  const expect: string[] = [`status ${formatStatusSpec(smoke.expectStatus)}`];
  if (smoke.expectJson !== undefined) expect.push(`JSON containing ${JSON.stringify(smoke.expectJson)}`);
  if (smoke.expectBody !== undefined) expect.push(`body matching /${smoke.expectBody.source}/`);
  return [
    ...smoke.targets.map((t) => `${t.method} ${t.url}`),
    `expect ${expect.join(', ')}; within ${smoke.timeoutMs / 1000}s, ${smoke.consecutiveSuccesses} success(es) in a row`,
    'a failure rolls the deploy back',
  ];
}

/** Where a Kubernetes target's Secrets go: its namespace, else its context's. */
const kubeNamespace = (target: Target): string =>
  target.kind === 'kubernetes' && target.namespace !== undefined
    ? `namespace ${target.namespace}`
    : "the context's namespace";

function secretsStage(input: PlanInput): PlannedStage {
  const { config, target } = input;
  const secrets = config.secrets.values;
  if (secrets.length === 0) return { stage: 'secrets', run: 'no secrets in the config', lines: [] };
  // The config loader requires a Kubernetes target's stack when there are secrets.
  const stack = target.stack ?? '';
  const known = new Map([...input.secretValues].filter(([name]) => secrets.some((s) => s.name === name)));
  const desired = desiredSecrets({
    platform: target.kind,
    stack,
    mode: config.secrets.version,
    values: known,
    commit: input.commit,
    now: input.now,
  });
  const unknown = `<${config.secrets.version === 'content' ? 'version from content: value not available' : 'commit-time'}>`;
  const lines = secrets.map(({ name, source }) => {
    const from = source.env !== undefined ? `env ${source.env}` : `file ${source.file}`;
    const found = desired.find((d) => d.name === name);
    const fullName =
      found?.fullName ??
      (target.kind === 'swarm'
        ? `${stack}_${name}_${unknown}`
        : `${`${stack}-${name}`.toLowerCase().replaceAll('_', '-')}-${unknown}`);
    return `${name} (from ${from}) -> ${fullName} as \${${name}_SECRET}; created if absent`;
  });
  if (target.kind === 'kubernetes') lines.push(`immutable Secrets in ${kubeNamespace(target)}`);
  lines.push(`version mode: ${config.secrets.version}`);
  return { stage: 'secrets', run: true, lines };
}

/** Each env group's state (`storage: not set`); a partial group throws, naming it. */
function envGroupLines(input: PlanInput): string[] {
  const { target } = input;
  const env = new Map([...(input.env ?? []), ...Object.entries(target.env)]);
  return checkEnvGroupMap(`targets.${target.name}.${target.kind}.env-groups`, target.envGroups, env).map(
    (s) => `env group ${formatEnvGroup(s)}`,
  );
}

function deployStage(input: PlanInput, images: ReadonlyMap<string, string>): PlannedStage {
  const { target } = input;
  const groups = envGroupLines(input);
  if (target.kind === 'swarm') {
    const vars = Object.keys(target.env);
    return {
      stage: 'deploy',
      run: true,
      lines: [
        `docker stack deploy ${target.stack} on ${target.host} (Swarm${
          target.jumpHost
            ? `, via jump host ${target.jumpHost.user}@${target.jumpHost.host}:${target.jumpHost.port}`
            : ''
        })`,
        `stack files: ${target.stackFiles.join(', ')}`,
        ...target.images.map((pin) => `\${${pin.variable}} = ${images.get(pin.key) ?? ''}`),
        ...(vars.length > 0 ? [`variables: ${vars.join(', ')}`] : []),
        ...groups,
        `wait for convergence: ${target.timeoutMs / 1000}s (no progress: ${target.noProgressMs / 1000}s); lock wait ${target.lockWaitMs / 1000}s`,
        ...(target.blueGreen === undefined
          ? [target.rollback ? 'rollback: automatic on failure' : 'rollback: off']
          : blueGreenPlanLines(target.stack, target.blueGreen)),
      ],
    };
  }
  return {
    stage: 'deploy',
    run: true,
    lines: [
      `kubectl apply --server-side${target.context ? ` --context ${target.context}` : ''}${target.namespace ? ` -n ${target.namespace}` : ''} (Kubernetes${target.kubeconfig ? `, kubeconfig ${target.kubeconfig}` : ''})`,
      ...(target.manifests.length > 0 ? [`manifests: ${target.manifests.join(', ')}`] : []),
      ...(target.kustomize ? [`kustomize: ${target.kustomize}`] : []),
      ...groups,
      ...target.images.map((pin) => `containers with image ${pin.imageName} -> ${images.get(pin.key) ?? ''}`),
      `rollout status: ${target.timeoutMs / 1000}s; lock wait ${target.lockWaitMs / 1000}s (Lease gantry-deploy-lock)`,
      ...(target.blueGreen === undefined
        ? [target.rollback ? 'rollback: kubectl rollout undo on failure' : 'rollback: off']
        : k8sBlueGreenPlanLines(target.blueGreen)),
      ...(target.canary === undefined ? [] : canaryPlanLines(target.canary)),
    ],
  };
}

/** `replicas: live` (the default, `manifest`, adds no line: the release says what it resets). */
const replicasLine = (target: Target): string =>
  `replicas: live: a count scaled by hand since the last release is kept (unless the release changes the ${target.kind === 'swarm' ? "stack file's" : "manifest's"}), and said so`;

/** The target's pre-deploy jobs (no stage when it has none): run under the deploy's lock, before it applies anything. */
function preDeployStage(input: PlanInput, images: ReadonlyMap<string, string>): PlannedStage[] {
  const { target } = input;
  if (target.preDeploy.length === 0) return [];
  const only = images.size === 1 ? [...images.values()][0] : undefined;
  const jobs = resolveJobs(`targets.${target.name}.${target.kind}.pre-deploy`, target.preDeploy, {
    image: (key) => (key === undefined ? only : images.get(key)),
    secret: (name) => `${name}'s version of this release`,
    reference: (_input, raw) => raw,
  });
  return [
    {
      stage: 'pre-deploy',
      run: true,
      lines: [
        ...jobLines(jobs),
        target.kind === 'swarm'
          ? "each a one-off replicated-job service on the stack's networks, removed when it ends"
          : 'each a Job (backoffLimit 0) in the namespace, kept until the next release',
        'in order, under the deploy lock; a failure or a timeout stops the release before anything is deployed',
      ],
    },
  ];
}

/** How one image is built and pushed (prefixed with its key when the release has several). */
function buildLines(input: PlanInput, image: ReleaseImage): string[] {
  const at = input.config.multiImage ? `${image.key}: ` : '';
  const args = Object.entries(image.buildArgs);
  return [
    `${at}context ${image.context}${image.dockerfile ? `, Dockerfile ${image.dockerfile}` : ''}${image.platforms.length > 0 ? `, platforms ${image.platforms.join(',')}` : ''}${image.target ? `, stage ${image.target}` : ''}`,
    ...(args.length > 0 ? [`${at}build args: ${args.map(([k, v]) => `${k}=${v}`).join(' ')}`] : []),
    `${at}push ${input.tags.map((t) => `${image.name}:${t}`).join(', ')}`,
  ];
}

function buildStage(input: PlanInput, images: ReadonlyMap<string, string>): PlannedStage {
  const { config } = input;
  const names = config.images.map((i) => `${i.name}:${input.tag ?? ''}`).join(', ');
  if (input.skipBuild)
    return {
      stage: 'build',
      run: `--skip-build: deploy ${names} (already pushed)`,
      lines: [
        `the tag is resolved to its digest in the registry before anything is deployed: ${[...images.values()].join(', ')}`,
        ...(config.registry ? [`read as ${config.registry.username}`] : []),
      ],
    };
  return {
    stage: 'build',
    run: true,
    lines: [
      ...config.images.flatMap((image) => buildLines(input, image)),
      ...(config.multiImage && config.images.length > 1
        ? [
            `${config.build.parallel > 1 ? `${config.build.parallel} at a time` : 'one after another'}; a failed build stops the release`,
          ]
        : []),
      ...(config.registry ? [`log in as ${config.registry.username}`] : []),
    ],
  };
}

export function planRelease(input: PlanInput): PlannedStage[] {
  const { config, target } = input;
  const images = deployedImages(input);
  const build = buildStage(input, images);
  const s = config.scan;
  const scan: PlannedStage = !s.enabled
    ? { stage: 'scan', run: 'scan.enabled is false', lines: [] }
    : {
        stage: 'scan',
        run: true,
        lines: [
          ...[...images.values()].map((image) => `trivy image ${image} (${s.scanners.join(',')})`),
          `fail on ${s.severities.join(',')}${s.ignoreUnfixed ? ', unfixed ignored' : ''}${s.ignoreFiles.length > 0 ? `; ignore files ${s.ignoreFiles.join(', ')}` : ''}`,
          ...(input.trivyInstalled ? [] : ['trivy is not installed here: the release would print "skipped"']),
        ],
      };
  const smoke: PlannedStage = input.skipSmoke
    ? { stage: 'smoke', run: '--skip-smoke', lines: [] }
    : target.smoke === undefined
      ? { stage: 'smoke', run: 'no smoke check in the config', lines: [] }
      : { stage: 'smoke', run: true, lines: smokeLines(target.smoke) };
  const prune: PlannedStage = !config.prune.enabled
    ? { stage: 'prune', run: 'prune.enabled is false', lines: [] }
    : target.stack === undefined
      ? { stage: 'prune', run: "the target has no stack (the Secrets' prefix)", lines: [] }
      : {
          stage: 'prune',
          run: true,
          lines: [
            target.kind === 'swarm'
              ? `keep the ${config.prune.keep} newest version(s) of each secret of stack ${target.stack}, and any in use`
              : `keep the ${config.prune.keep} newest version(s) of each Secret of stack ${target.stack} in ${kubeNamespace(target)}, and any a workload or a retained ReplicaSet references`,
            'only after a verified deploy',
          ],
        };
  const jobs = preDeployStage(input, images);
  const deploy = deployStage(input, images);
  if (target.replicas === 'live') deploy.lines.push(replicasLine(target));
  return [build, scan, secretsStage(input), ...jobs, deploy, smoke, prune];
}

export function formatPlan(target: Target, stages: readonly PlannedStage[]): string {
  const out = [`Plan for target ${target.name} (${target.kind}):`];
  stages.forEach((s, i) => {
    out.push(`${i + 1}. ${s.stage}${s.run === true ? '' : `: skipped (${s.run})`}`);
    for (const line of s.lines) out.push(`     ${line}`);
  });
  return `${out.join('\n')}\n`;
}
