import { type K8sObject, podSpecOf } from './manifests.ts';

/**
 * Fills in `protocol: TCP` where a port list entry leaves it out, exactly as the API server's own
 * defaulting does. Needed for server-side apply on API servers before 1.21: there `protocol` is a
 * key of the associative lists `Service.spec.ports` and `containers[].ports`, and an entry without
 * it is refused ("associative list with keys has an element that omits key field \"protocol\"",
 * kubernetes-sigs/structured-merge-diff#130, fixed by kubernetes/kubernetes#98576 in 1.21). Later
 * servers default it themselves, so the applied object means the same on every version.
 */
export function defaultPortProtocols(objects: readonly K8sObject[]): K8sObject[] {
  return objects.map((o) => {
    const copy = structuredClone(o);
    if (copy.kind === 'Service') fillProtocols((copy.spec as { ports?: unknown } | undefined)?.ports);
    const spec = podSpecOf(copy) as
      | { containers?: Array<{ ports?: unknown }>; initContainers?: Array<{ ports?: unknown }> }
      | undefined;
    for (const container of [...(spec?.initContainers ?? []), ...(spec?.containers ?? [])])
      fillProtocols(container.ports);
    return copy;
  });
}

function fillProtocols(ports: unknown): void {
  if (!Array.isArray(ports)) return;
  for (const port of ports)
    if (typeof port === 'object' && port !== null && !('protocol' in port))
      (port as Record<string, unknown>).protocol = 'TCP';
}
