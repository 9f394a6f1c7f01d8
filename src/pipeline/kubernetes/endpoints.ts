import type { Kubectl } from '../../adapters/kubectl.ts';
import type { Reporter } from '../reporter.ts';

/**
 * Waiting for pods to leave a Service's Endpoints, shared by a blue-green colour's drain and a
 * removed canary: a pod stopped while still listed keeps answering until kube-proxy drops it.
 */

/** How long kube-proxy is given to follow an Endpoints change before a colour's pods are stopped. */
export const PROXY_FOLLOW_MS = 3000;

/** How long the Endpoints are polled before Gantry goes on with a warning. */
const ENDPOINTS_WAIT_MS = 30_000;

interface EndpointsJson {
  subsets?: Array<{ addresses?: Array<{ ip: string }>; notReadyAddresses?: Array<{ ip: string }> }>;
}

/** Where the Endpoints are read: one Service's, or (service undefined) every Endpoints of the namespace. */
export interface EndpointsAt {
  namespace: string;
  service: string | undefined;
}

/** The IPs the Endpoints list (ready or not); none when kubectl cannot read them. */
async function listedIps(kubectl: Kubectl, at: EndpointsAt): Promise<string[]> {
  const which = at.service === undefined ? [] : [at.service];
  const result = await kubectl.run(
    ['get', 'endpoints', ...which, '--namespace', at.namespace, '--output', 'json'],
    { quiet: true, allowFailure: true },
  );
  if (result.exitCode !== 0) return [];
  const parsed = JSON.parse(result.stdout) as EndpointsJson & { items?: EndpointsJson[] };
  const subsets = (parsed.items ?? [parsed]).flatMap((e) => e.subsets ?? []);
  return subsets.flatMap((s) => [...(s.addresses ?? []), ...(s.notReadyAddresses ?? [])].map((a) => a.ip));
}

/**
 * Polls (up to 30 s) until the Endpoints hold none of `ips`, warns `warning` if they still do
 * then, and gives kube-proxy PROXY_FOLLOW_MS to rewrite its rules.
 */
export async function waitEndpointsWithout(
  kubectl: Kubectl,
  at: EndpointsAt,
  ips: ReadonlySet<string>,
  warning: string,
  report: Reporter,
): Promise<void> {
  const deadline = Date.now() + ENDPOINTS_WAIT_MS;
  for (;;) {
    const listed = await listedIps(kubectl, at);
    if (!listed.some((ip) => ips.has(ip))) break;
    if (Date.now() > deadline) {
      report.warning(warning);
      break;
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  await new Promise((resolve) => setTimeout(resolve, PROXY_FOLLOW_MS));
}
