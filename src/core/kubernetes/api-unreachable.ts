/**
 * Whether kubectl's words say the API server could not be reached or dropped the connection (it is
 * restarting, or the network to it broke), rather than anything about the rollout itself. Such a
 * failure says nothing about the workload: the watch asks again. `exceeded its progress deadline`,
 * kubectl's own `--timeout` (`timed out waiting for the condition`), a missing object or a refusal
 * are verdicts, not lost contact.
 */
const UNREACHABLE = [
  /connection refused|connection to the server \S+ was refused/i,
  /connection reset by peer/i,
  /unable to connect to the server/i,
  /the server is currently unable to handle the request/i,
  /http2: (client connection lost|server sent GOAWAY)/i,
  /unexpected EOF/i,
  /(^|[\s:])EOF$/m,
  /watch closed before/i,
  /TLS handshake timeout/i,
  /i\/o timeout/i,
  /no route to host/i,
  /etcdserver: (leader changed|request timed out|no leader)/i,
  /apiserver not ready/i,
];

export function isApiUnreachable(kubectlOutput: string): boolean {
  if (/exceeded its progress deadline|timed out waiting for the condition/i.test(kubectlOutput)) return false;
  return UNREACHABLE.some((pattern) => pattern.test(kubectlOutput));
}
