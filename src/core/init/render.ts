import type { DetectedImage, Detection } from './detect.ts';

/**
 * The text `gantry init` writes: a commented gantry.yml and a caller of Gantry's reusable release
 * workflow, both from a Detection. Pure; every value is a placeholder or something found in the
 * directory, never a secret.
 */

const DOCS = 'https://github.com/gantry-dev/gantry/blob/main/docs';
const SWARM_HOST = 'ssh://deploy@swarm-manager.example.com';
/** The placeholder pin of the ready-to-copy workflows in workflows/: it cannot run until replaced. */
const ZERO_SHA = '0'.repeat(40);

export interface TargetPlan {
  name: string;
  kind: 'swarm' | 'kubernetes';
}

/** The targets of the file: `production` for one kind, `swarm` and `kubernetes` for both. */
export function targetsOf(d: Detection): TargetPlan[] {
  const kinds = [...(d.swarm ? ['swarm' as const] : []), ...(d.kubernetes ? ['kubernetes' as const] : [])];
  return kinds.map((kind) => ({ name: kinds.length === 1 ? 'production' : kind, kind }));
}

const flow = (items: readonly string[]): string => `[${items.join(', ')}]`;
const pad = (text: string, width = 38): string => (text.length >= width ? `${text} ` : text.padEnd(width));
const line = (text: string, comment?: string): string =>
  comment === undefined ? text : `${pad(text)}# ${comment}`;

function header(d: Detection): string[] {
  const found = [
    d.dockerfile,
    ...(d.swarm?.stackFiles ?? []),
    ...(d.kubernetes?.kustomize !== undefined
      ? [`${d.kubernetes.kustomize}/kustomization.yaml`]
      : (d.kubernetes?.manifests ?? [])),
  ];
  const first = targetsOf(d)[0]?.name ?? 'production';
  return [
    `# gantry.yml, written by \`gantry init\` from ${found.join(', ')}.`,
    '# Check every line marked TODO, then `gantry plan --target ' +
      `${first}\` prints what a release would do.`,
    `# Every key: ${DOCS}/cli.md#gantryyml`,
    '',
  ];
}

function imageLines(d: Detection): string[] {
  const from = d.registryBase === undefined ? 'TODO: your registry/repository' : 'from the git remote origin';
  const [single] = d.images;
  if (d.images.length === 1 && single !== undefined && single.key === undefined)
    return [line(`image: ${single.name}`, `registry/repository, no tag (${from})`), ''];
  const out = [line('images:', `one image per stage of ${d.dockerfile} the deploy uses (${from})`)];
  for (const i of d.images) out.push(imageEntry(i));
  return [...out, ''];
}

function imageEntry(i: DetectedImage): string {
  const fields = [`name: ${i.name}`, `target: ${i.target}`];
  if (i.variable !== undefined) fields.push(`variable: ${i.variable}`);
  const entry = `  ${i.key}: { ${fields.join(', ')} }`;
  return i.variable === undefined
    ? line(
        entry,
        `the stack file or manifests should use \${${(i.key ?? '').toUpperCase().replaceAll('-', '_')}_IMAGE}`,
      )
    : entry;
}

function registryLines(d: Detection): string[] {
  const user = d.githubRepository?.split('/')[0] ?? 'deploy';
  return [
    line('# registry:', 'log in before the push (ghcr.io: a token with write:packages)'),
    `#   username: ${user}`,
    '#   password: { env: REGISTRY_TOKEN }',
    '',
  ];
}

function buildLines(d: Detection): string[] {
  const out = ['build:', '  context: .'];
  if (d.dockerfile !== 'Dockerfile') out.push(`  dockerfile: ${d.dockerfile}`);
  if (d.images.length > 1) out.push(line('  parallel: 1', 'images built at once'));
  return [...out, ''];
}

function secretLines(d: Detection): string[] {
  if (d.secrets.length === 0)
    return [
      line('# secrets:', 'NAMES only: each value from an env var or a file, never this file'),
      '#   values:',
      '#     DB_PASSWORD: { env: DB_PASSWORD }',
      '',
    ];
  return [
    line('secrets:', 'NAMES only: each value from an env var or a file, never this file'),
    line('  version: content', 'a new version only when a value changes'),
    '  values:',
    ...d.secrets.map((s, i) =>
      i === 0
        ? line(`    ${s}: { env: ${s} }`, 'TODO: set it where gantry runs (or { file: path })')
        : `    ${s}: { env: ${s} }`,
    ),
    '',
  ];
}

function smokeLines(d: Detection): string[] {
  return [
    line('# smoke:', 'TODO: a URL that answers when the release works'),
    `#   urls: [https://${d.app}.example.com/health]`,
    '#   timeout: 2m',
    '',
  ];
}

function swarmLines(d: Detection, name: string): string[] {
  const s = d.swarm;
  if (s === undefined) return [];
  const out = [
    `  ${name}:`,
    '    swarm:',
    line(`      host: ${SWARM_HOST}`, 'TODO: your Swarm manager'),
    line(`      ssh-key-file: \${HOME}/.ssh/id_ed25519`, 'TODO: the deploy key'),
    line(`      known-hosts-file: \${HOME}/.ssh/known_hosts`, 'pins the host key'),
    `      stack: ${d.app}`,
    `      stack-files: ${flow(s.stackFiles)}`,
  ];
  const [single] = d.images;
  if (d.images.length === 1 && single?.variable !== undefined && single.variable !== 'GANTRY_IMAGE')
    out.push(line(`      image-variable: ${single.variable}`, `the stack file's \${${single.variable}}`));
  if (s.services.length === 0)
    out.push(
      `      # TODO: no service of ${s.stackFiles.join(', ')} takes its image from a variable: write`,
      `      # image: \${GANTRY_IMAGE} in the services this release deploys.`,
    );
  out.push('      timeout: 10m');
  return out;
}

function kubernetesLines(d: Detection, name: string): string[] {
  const k = d.kubernetes;
  if (k === undefined) return [];
  const out = [
    `  ${name}:`,
    '    kubernetes:',
    line(`      # kubeconfig: \${HOME}/.kube/config`, "default: kubectl's own"),
    line(`      # namespace: ${d.app}`, 'for objects that name none, and the Secrets (it must exist)'),
    line(`      stack: ${d.app}`, "the Secrets' prefix: <stack>-<name>-<version>"),
  ];
  if (k.kustomize !== undefined) out.push(`      kustomize: ${k.kustomize}`);
  else out.push(`      manifests: ${flow(k.manifests)}`);
  const [single] = d.images;
  if (d.images.length === 1 && single?.variable !== undefined && single.variable !== 'GANTRY_IMAGE')
    out.push(
      `      # TODO: the manifests' image is \${${single.variable}}; Gantry fills \${GANTRY_IMAGE} (and pins`,
      '      # the containers whose image is the image: above).',
    );
  out.push('      timeout: 10m');
  return out;
}

/** The commented gantry.yml for what was found. */
export function renderGantryYml(d: Detection): string {
  const targets = targetsOf(d).flatMap((t) =>
    t.kind === 'swarm' ? swarmLines(d, t.name) : kubernetesLines(d, t.name),
  );
  const targetLines =
    targets.length > 0
      ? ['targets:', ...targets]
      : [
          '# TODO: no docker-stack.yml, compose file or Kubernetes manifest was found: say where to deploy.',
          'targets:',
          '  production:',
          '    swarm:',
          line(`      host: ${SWARM_HOST}`, 'TODO: your Swarm manager'),
          `      ssh-key-file: \${HOME}/.ssh/id_ed25519`,
          `      known-hosts-file: \${HOME}/.ssh/known_hosts`,
          `      stack: ${d.app}`,
          '      stack-files: [docker-stack.yml]',
        ];
  return [
    ...header(d),
    ...imageLines(d),
    ...registryLines(d),
    ...buildLines(d),
    ...secretLines(d),
    ...smokeLines(d),
    line('prune: { keep: 3 }', 'secret versions kept'),
    '',
    ...targetLines,
    '',
  ].join('\n');
}

// ---------------------------------------------------------------------------------------------------
// The caller workflow

function workflowImage(d: Detection): string {
  const first = d.images[0];
  if (d.registryBase !== undefined && d.images.length === 1) return `ghcr.io/\${{ github.repository }}`;
  return first?.name ?? `registry.example.com/${d.app}`;
}

function workflowTarget(d: Detection, kind: 'swarm' | 'kubernetes'): string[] {
  if (kind === 'swarm') {
    const s = d.swarm;
    const out = [
      '      target: swarm',
      line(`      host: ${SWARM_HOST}`, 'TODO: your Swarm manager'),
      `      known-hosts: \${{ vars.SWARM_KNOWN_HOSTS }}`,
      `      stack: ${d.app}`,
      `      compose-file: ${(s?.stackFiles ?? ['docker-stack.yml']).join(',')}`,
    ];
    const services = (d.images[0]?.users ?? []).filter((u) => s?.services.includes(u));
    if (services.length > 0)
      out.push(line(`      services: ${services.join(',')}`, 'pinned to the new image by digest'));
    return out;
  }
  const k = d.kubernetes;
  return [
    '      target: kubernetes',
    k?.kustomize !== undefined
      ? `      kustomize: ${k.kustomize}`
      : `      manifests: ${k?.manifests.join(',')}`,
    line(`      stack: ${d.app}`, "the Secrets' prefix"),
  ];
}

function workflowSecrets(d: Detection, kind: 'swarm' | 'kubernetes'): string[] {
  const out = [
    '    secrets:',
    kind === 'swarm'
      ? `      ssh-key: \${{ secrets.DEPLOY_SSH_KEY }}`
      : `      kubeconfig: \${{ secrets.KUBECONFIG }}`,
  ];
  if (d.secrets.length > 0)
    out.push('      app-secrets: |', ...d.secrets.map((s) => `        ${s}=\${{ secrets.${s} }}`));
  return out;
}

function workflowNotes(d: Detection, kind: 'swarm' | 'kubernetes'): string[] {
  const notes: string[] = [];
  const [first, ...rest] = d.images;
  if (rest.length > 0 && first !== undefined)
    notes.push(
      `# The reusable workflow releases one image: this job builds ${first.key} (stage ${first.target}).`,
      `# gantry.yml lists all ${d.images.length} (${d.images.map((i) => i.key).join(', ')}): \`gantry release\` releases them together.`,
    );
  if (first?.variable !== undefined && first.variable !== 'GANTRY_IMAGE')
    notes.push(
      `# The deploy fills \${GANTRY_IMAGE}; the ${kind === 'swarm' ? 'stack file uses' : 'manifests use'} \${${first.variable}}: TODO.`,
    );
  const other = targetsOf(d).find((t) => t.kind !== kind);
  if (other !== undefined)
    notes.push(
      `# gantry.yml also has the ${other.kind} target: the reusable workflow deploys to one target per call.`,
    );
  return notes;
}

/** The caller of Gantry's reusable release workflow, pinned like workflows/*.yml (zero SHA + version). */
export function renderWorkflow(d: Detection, gantryVersion: string): string {
  const kind = targetsOf(d)[0]?.kind ?? 'swarm';
  const what =
    kind === 'swarm' ? 'deploy the stack to Docker Swarm over SSH' : 'apply the manifests to Kubernetes';
  const app = d.images[0]?.target === undefined ? [] : [`      build-target: ${d.images[0].target}`];
  return [
    '# Written by `gantry init`. On a release tag (v1.2.3): build, scan, then inside the `production`',
    `# environment ${what}, smoke-test,`,
    '# roll back automatically on failure, prune old secret versions.',
    '#',
    '# Replace the all-zero SHA below with the commit of the Gantry release you pin; "Pinning Gantry" in',
    `# ${DOCS}/workflows.md`,
    '# shows how, and a Dependabot config that keeps it current. The zero SHA cannot run.',
    ...workflowNotes(d, kind),
    'name: release',
    '',
    'on:',
    '  push:',
    "    tags: ['v*']",
    '',
    'permissions: {}',
    '',
    'jobs:',
    '  release:',
    "    # What the reusable workflow's jobs need; each of them then takes only its own share.",
    '    permissions:',
    "      actions: read # find Gantry's own commit from this run (no id-token needed)",
    '      contents: read',
    "      packages: write # push to ghcr.io with the job's token",
    `    uses: gantry-dev/gantry/.github/workflows/release.yml@${ZERO_SHA} # v${gantryVersion}`,
    '    with:',
    `      image: ${workflowImage(d)}`,
    ...app,
    '      environment: production',
    ...workflowTarget(d, kind),
    `      # smoke-urls: https://${d.app}.example.com/health   # TODO`,
    ...workflowSecrets(d, kind),
    '',
  ].join('\n');
}
