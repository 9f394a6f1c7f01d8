/**
 * A made-up kubeconfig for tests that read inputs and never connect: its server is port 1 on
 * loopback (nothing answers there), context `ctx`, namespace `shop`, no credentials.
 */
export const UNREACHABLE_KUBECONFIG = [
  'apiVersion: v1',
  'kind: Config',
  'clusters: [{ name: c, cluster: { server: "https://127.0.0.1:1" } }]',
  'users: [{ name: u, user: {} }]',
  'contexts: [{ name: ctx, context: { cluster: c, user: u, namespace: shop } }]',
  'current-context: ctx',
  '',
].join('\n');
