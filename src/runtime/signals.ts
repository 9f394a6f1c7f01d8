/**
 * The run's cancellation: an AbortSignal that fires when the runner sends SIGTERM or SIGINT (a
 * cancelled workflow run), for every command and wait the action starts to stop at.
 *
 * `on`, not `once`: execa's signal-exit re-raises a signal no other listener is left to handle. A
 * `once` listener is gone after its first call, so signal-exit then killed the action mid-clean-up
 * (a deploy lock left held until `post`, a Lease until it expired).
 */
export function cancellationSignal(): AbortSignal {
  const cancel = new AbortController();
  process.on('SIGTERM', () => cancel.abort());
  process.on('SIGINT', () => cancel.abort());
  return cancel.signal;
}
