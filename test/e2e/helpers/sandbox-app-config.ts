// The gantry.yml the Kubernetes e2e files write: the sandbox app's image released to the sandbox cluster.

const indent = (by: number, lines: string[]): string[] => lines.map((l) => `${' '.repeat(by)}${l}`);

/** gantry.yml's registry login for the sandbox registry (`--skip-build` reads the tag's digest with it). */
export const SANDBOX_REGISTRY = [
  'registry:',
  '  username: ${GANTRY_REGISTRY_USER}',
  '  password: { file: "${GANTRY_REGISTRY_PASSWORD_FILE}" }',
];

export interface ClusterTarget {
  kubeconfig: string;
  namespace: string;
  stack?: string;
  /** The manifests list's items, e.g. `deployment.yaml`. */
  manifests: string;
  timeout: string;
  /** More keys of the target, one a line. */
  more?: string[];
}

/** gantry.yml's `targets:` with one Kubernetes target, `cluster`. */
export const clusterTarget = (t: ClusterTarget): string[] => [
  'targets:',
  '  cluster:',
  '    kubernetes:',
  ...indent(6, [
    `kubeconfig: ${t.kubeconfig}`,
    `namespace: ${t.namespace}`,
    ...(t.stack === undefined ? [] : [`stack: ${t.stack}`]),
    `manifests: [${t.manifests}]`,
    `timeout: ${t.timeout}`,
    ...(t.more ?? []),
  ]),
];

/**
 * gantry.yml releasing the sandbox app's image to the `cluster` target, the scan off (deterministic
 * here: the scan stage is covered by the Swarm release test and the scan e2e); `top` adds top-level
 * keys (secrets, smoke, prune).
 */
export const sandboxAppConfig = (target: ClusterTarget, top: string[] = []): string =>
  [
    'image: ${GANTRY_APP_IMAGE}',
    ...SANDBOX_REGISTRY,
    'scan: { enabled: false }',
    ...top,
    ...clusterTarget(target),
    '',
  ].join('\n');
