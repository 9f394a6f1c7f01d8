// The manifests the Kubernetes e2e files write: a Deployment of the sandbox app pulled with `regcred`.

const indent = (by: number, lines: string[] = []): string[] => lines.map((l) => `${' '.repeat(by)}${l}`);

export interface WebDeployment {
  /** The Deployment, its `app` label and its container (default `web`). */
  name?: string;
  replicas: number;
  /** More lines of the Deployment's spec, before its selector (progressDeadlineSeconds, strategy, …). */
  spec?: string[];
  /** More pod labels beside `app`, e.g. `org.opencontainers.image.version: v1`. */
  podLabels?: string;
  /** terminationGracePeriodSeconds (default 1). */
  grace?: number;
  /** Lines of the pod spec before its containers (initContainers). */
  pod?: string[];
  /** The container's image (default `${GANTRY_IMAGE}`, which Gantry substitutes). */
  image?: string;
  /** Lines of the container after its image. */
  container: string[];
  /** Lines of the pod spec after its containers (volumes). */
  volumes?: string[];
}

/** A Deployment of one container, its pods pulling with the image pull secret `regcred`. */
export const webDeployment = (d: WebDeployment): string => {
  const name = d.name ?? 'web';
  return [
    'apiVersion: apps/v1',
    'kind: Deployment',
    'metadata:',
    `  name: ${name}`,
    `  labels: { app: ${name} }`,
    'spec:',
    `  replicas: ${d.replicas}`,
    ...indent(2, d.spec),
    `  selector: { matchLabels: { app: ${name} } }`,
    '  template:',
    `    metadata: { labels: { app: ${name}${d.podLabels ? `, ${d.podLabels}` : ''} } }`,
    '    spec:',
    `      terminationGracePeriodSeconds: ${d.grace ?? 1}`,
    '      imagePullSecrets: [{ name: regcred }]',
    ...indent(6, d.pod),
    '      containers:',
    `        - name: ${name}`,
    `          image: ${d.image ?? '${GANTRY_IMAGE}'}`,
    ...indent(10, d.container),
    ...indent(6, d.volumes),
    '',
  ].join('\n');
};

/** A rolling update that keeps every old pod until its new one is Ready. */
export const SURGE_ONE =
  'strategy: { type: RollingUpdate, rollingUpdate: { maxUnavailable: 0, maxSurge: 1 } }';

/** The app's port, and Ready once `path` answers (probed every second; `more` lines of the probe). */
export const servesOn = (path: string, more: string[] = ['failureThreshold: 2']): string[] => [
  'ports: [{ containerPort: 8080 }]',
  'readinessProbe:',
  `  httpGet: { path: ${path}, port: 8080 }`,
  '  periodSeconds: 1',
  ...indent(2, more),
];

/** The pod's volume `token`, the Secret Gantry made of TOKEN (`${TOKEN_SECRET}`), and its mount at /etc/app. */
export const TOKEN_VOLUME = {
  mount: 'volumeMounts: [{ name: token, mountPath: /etc/app, readOnly: true }]',
  volumes: ['volumes:', '  - name: token', '    secret: { secretName: ${TOKEN_SECRET} }'],
};
