import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runActionBundle } from '../helpers/run-action-bundle.ts';
import { closedPortUrl, json, startServer, type TestServer } from '../helpers/servers.ts';

// dist/smoke/index.js run as GitHub's runner runs it: defaults from action.yml, INPUT_* variables,
// GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files.

let healthy: TestServer;
let degraded: TestServer;
beforeAll(async () => {
  healthy = await startServer((_req, res) => json(res, 200, { status: 'healthy', version: 'v1' }));
  degraded = await startServer((_req, res) =>
    json(res, 200, { status: 'degraded', secret: 'x'.repeat(5000) }),
  );
});
afterAll(async () => {
  await healthy.close();
  await degraded.close();
});

describe('dist/smoke', () => {
  it('passes, sets the outputs and writes the summary', async () => {
    const run = await runActionBundle('smoke', {
      inputs: {
        urls: `${healthy.url}/health\nGET ${healthy.url}/`,
        timeout: '20s',
        'expect-json': '{"status":"healthy"}',
      },
    });
    expect(run.exitCode).toBe(0);
    expect(run.outputs.passed).toBe('true');
    const report = JSON.parse(run.outputs.report ?? '');
    expect(report).toMatchObject({ passed: true });
    expect(report.urls).toHaveLength(2);
    expect(report.urls[0]).toMatchObject({
      method: 'GET',
      url: `${healthy.url}/health`,
      passed: true,
      attempts: 1,
      lastStatus: 200,
      reason: null,
    });
    expect(typeof report.urls[0].lastLatencyMs).toBe('number');
    expect(run.summary).toContain('Smoke check passed (2 URLs');
    expect(run.stdout).toContain('::group::Smoke check: 2 URL(s)');
  });

  it('fails with one error annotation per failing URL and never prints more than 1 KB of a body', async () => {
    const down = await closedPortUrl();
    const run = await runActionBundle('smoke', {
      inputs: {
        urls: `${healthy.url}/\n${degraded.url}/health\n${down}/`,
        'expect-json': '{"status":"healthy"}',
        timeout: '2s',
        interval: '200ms',
      },
    });
    expect(run.exitCode).toBe(1);
    expect(run.outputs.passed).toBe('false');
    const annotations = run.stdout.split('\n').filter((l) => l.startsWith('::error'));
    expect(annotations).toHaveLength(3); // two URLs, then the step failure
    expect(annotations[0]).toMatch(
      /^::error title=Smoke check failed::GET http:\/\/127\.0\.0\.1:\d+\/health: body does not contain/,
    );
    expect(annotations[1]).toMatch(/connection refused/);
    expect(annotations[2]).toBe('::error::Smoke check failed for 2 of 3 URL(s)');
    expect(run.stdout).not.toContain('x'.repeat(1100));
    expect(run.summary).toContain('❌ Smoke check failed (2 of 3 URLs)');
  });

  it('masks header values and never prints them', async () => {
    const run = await runActionBundle('smoke', {
      inputs: { urls: healthy.url, headers: 'Authorization: Bearer sup3r-s3cret\nX-Api-Key: k3y-value' },
    });
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toContain('::add-mask::Bearer sup3r-s3cret');
    expect(run.stdout).toContain('::add-mask::k3y-value');
    const withoutMasks = run.stdout.replace(/^::add-mask::.*$/gm, '');
    expect(withoutMasks + run.stderr + run.summary + (run.outputs.report ?? '')).not.toMatch(
      /sup3r-s3cret|k3y-value/,
    );
    expect(healthy.headersSeen().at(-1)?.authorization).toBe('Bearer sup3r-s3cret');
  });

  it('fails a bad input before any request, naming the input', async () => {
    const before = healthy.hits();
    const run = await runActionBundle('smoke', { inputs: { urls: healthy.url, insecure: 'yes' } });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toContain(`::error::Input 'insecure': expected true or false, got "yes"`);
    expect(healthy.hits()).toBe(before);
    expect(run.outputs).toEqual({});
  });

  it('fails when the required urls input is empty', async () => {
    const run = await runActionBundle('smoke', {});
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toContain(`::error::Input 'urls': at least one URL is required`);
  });
});
