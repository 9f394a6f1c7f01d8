import { describe, expect, it } from 'vitest';
import { isApiUnreachable } from '../../../src/core/kubernetes/api-unreachable.ts';
import { waitRollouts } from '../../../src/pipeline/kubernetes/watch.ts';
import { collectingReporter } from '../../../src/pipeline/reporter.ts';
import { fakeKubectl } from './fake-kubectl.ts';

// The API server restarting mid-rollout: kubectl's words when it is out of reach, told apart from
// a rollout's own failure; the watch asks again until the deadline. The same with the sandbox
// cluster's API server really restarted: test/e2e/fault-apiserver-restart.e2e.test.ts.

describe('isApiUnreachable', () => {
  it.each([
    [
      'The connection to the server 127.0.0.1:16443 was refused - did you specify the right host or port?',
      true,
    ],
    ['Unable to connect to the server: dial tcp 127.0.0.1:16443: connect: connection refused', true],
    [
      'error: an error on the server ("unable to decode an event from the watch stream: http2: client connection lost") has prevented the request from succeeding',
      true,
    ],
    ['Error from server (ServiceUnavailable): the server is currently unable to handle the request', true],
    ['error: watch closed before UntilWithoutRetry timeout', true],
    ['Get "https://127.0.0.1:16443/apis/apps/v1/namespaces/x/deployments/web": unexpected EOF', true],
    ['Get "https://127.0.0.1:16443/apis/apps/v1/namespaces/x/deployments/web": EOF', true],
    ['Unable to connect to the server: net/http: TLS handshake timeout', true],
    ['error: deployment "web" exceeded its progress deadline', false],
    ['error: timed out waiting for the condition', false],
    ['Error from server (NotFound): deployments.apps "web" not found', false],
    ['Error from server (Forbidden): deployments.apps "web" is forbidden', false],
  ])('%s → %s', (text, expected) => {
    expect(isApiUnreachable(text)).toBe(expected);
  });
});

describe('waitRollouts while the API server restarts', () => {
  const web = { kind: 'Deployment', name: 'web', namespace: 'shop' };

  it('watches again after the API server went away, and reports the verdict the rollout reaches', async () => {
    const answers = [
      {
        exitCode: 1,
        stderr:
          'error: an error on the server ("unable to decode an event from the watch stream: http2: client connection lost") has prevented the request from succeeding',
      },
      {
        exitCode: 1,
        stderr:
          'The connection to the server 127.0.0.1:16443 was refused - did you specify the right host or port?',
      },
      { exitCode: 1, stderr: 'error: deployment "web" exceeded its progress deadline' },
    ];
    const { kubectl, calls } = fakeKubectl(() => answers.shift() ?? {});
    const report = collectingReporter();
    const [waited] = await waitRollouts(kubectl, [web], 30_000, report);
    expect(waited).toEqual({
      workload: web,
      ok: false,
      reason: 'deployment "web" exceeded its progress deadline',
    });
    expect(calls.filter((c) => c.startsWith('rollout status'))).toHaveLength(3);
    expect(
      report.lines.filter((l) =>
        /^warning: deployment\/web: lost the API server \(.*\); watching again in \d/.test(l),
      ),
    ).toHaveLength(2);
  }, 20_000);

  it('out of reach until the deadline: a failure that says so', async () => {
    const { kubectl } = fakeKubectl(() => ({
      exitCode: 1,
      stderr: 'The connection to the server 127.0.0.1:16443 was refused',
    }));
    const [waited] = await waitRollouts(kubectl, [web], 1_500, collectingReporter());
    expect(waited?.ok).toBe(false);
    expect(waited?.reason).toBe(
      'lost contact with the API server until the deadline: The connection to the server 127.0.0.1:16443 was refused',
    );
  }, 20_000);
});
