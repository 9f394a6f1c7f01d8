/** The parts of Kubernetes objects (as `kubectl get -o json` prints them) that pruning reads. */

export interface KubeMetadata {
  name: string;
  namespace?: string;
  uid?: string;
  labels?: Record<string, string>;
  creationTimestamp?: string;
  ownerReferences?: { kind: string; name: string; controller?: boolean }[];
  [key: string]: unknown;
}

export interface KubeObject {
  apiVersion?: string;
  kind: string;
  metadata: KubeMetadata;
  spec?: unknown;
  status?: unknown;
  /** ControllerRevision's payload. */
  data?: unknown;
  [key: string]: unknown;
}

/** `kubectl get … -o json` of several objects. */
export interface KubeList<T extends KubeObject = KubeObject> {
  apiVersion?: string;
  kind: string;
  items: T[];
  [key: string]: unknown;
}

export interface KubeSecret extends KubeObject {
  kind: 'Secret';
  type?: string;
}

export const isKubeList = (value: KubeObject | KubeList): value is KubeList =>
  Array.isArray((value as KubeList).items);
