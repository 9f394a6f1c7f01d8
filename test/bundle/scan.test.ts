import { execFile } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { scanCommand } from '../../src/cli/commands/scan.ts';
import { trivyAssetName, trivyChecksumsName } from '../../src/core/scan/install.ts';
import { type GitHubApiServer, startGitHubApiServer } from '../helpers/github-api-server.ts';
import { actionMetadata, parseCommandFile, runActionBundle } from '../helpers/run-action-bundle.ts';
import { startServer, type TestServer } from '../helpers/servers.ts';
import { trivyStandIn } from '../helpers/trivy-stand-in.ts';
import { foreignWorkflowCommands } from '../helpers/workflow-commands.ts';

// dist/scan/index.js run as GitHub's runner runs it (actions/scan-run/action.yml: defaults, INPUT_*,
// GITHUB_OUTPUT, GITHUB_STEP_SUMMARY), with:
//   - real Trivy reports gated for real (the `report` input: no Trivy involved);
//   - the pull-request comment made against a GitHub API double that checks every request against
//     GitHub's OpenAPI description (GITHUB_API_URL points at it);
//   - the `image` path with a test double for the Trivy binary (no network here, so no real Trivy or
//     database): a shell script packed as a release archive and served with its checksum file from a
//     loopback server, so the download, the SHA-256 check, the extraction and the tool cache are real.

const root = path.resolve(import.meta.dirname, '../..');
const fixture = (name: string) => path.join(root, 'test/fixtures/trivy', name);
const VERSION = '0.75.0';
const TOKEN = 'ghs_test-token-for-the-double';

let api: GitHubApiServer;
let eventPath: string;

beforeAll(async () => {
  api = await startGitHubApiServer({ token: TOKEN });
  const dir = mkdtempSync(path.join(tmpdir(), 'gantry-scan-event-'));
  eventPath = path.join(dir, 'event.json');
  writeFileSync(
    eventPath,
    JSON.stringify({ action: 'synchronize', number: 42, pull_request: { number: 42 } }),
  );
}, 30_000);
afterAll(async () => api.close());

// The repository is the job's workspace: the scan action reads reports and ignore files only there
// (or in RUNNER_TEMP).
const prEnv = () => ({
  GITHUB_WORKSPACE: root,
  GITHUB_API_URL: api.url,
  GITHUB_EVENT_NAME: 'pull_request',
  GITHUB_EVENT_PATH: eventPath,
});

describe('dist/scan: gating an existing report', () => {
  it('fails on CRITICAL,HIGH for alpine 3.9, comments once and then updates the comment in place', async () => {
    const inputs = { report: fixture('alpine-39.json.golden'), comment: 'true', 'github-token': TOKEN };
    const first = await runActionBundle('scan-run', { inputs, env: prEnv() });
    expect(first.exitCode).toBe(1);
    expect(first.outputs.passed).toBe('false');
    expect(JSON.parse(first.outputs.counts ?? '')).toMatchObject({
      bySeverity: { CRITICAL: 2, HIGH: 0, MEDIUM: 4, LOW: 0, UNKNOWN: 0 },
      byClass: { vulnerability: 6, secret: 0, misconfiguration: 0 },
      total: 6,
    });
    expect(first.outputs['new-count']).toBe('6');
    expect(first.outputs.report).toBe(fixture('alpine-39.json.golden'));
    const category = 'gantry-scan/testdata/fixtures/images/alpine-39.tar.gz/';
    expect(first.outputs['sarif-category']).toBe(category);
    const sarifPath = first.outputs.sarif ?? '';
    expect(sarifPath.startsWith(first.runnerTemp)).toBe(true);
    const sarif = JSON.parse(readFileSync(sarifPath, 'utf8'));
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0].automationDetails.id).toBe(category);
    expect(sarif.runs[0].results).toHaveLength(6);
    expect(first.summary).toContain(
      '### ❌ Scan failed: `testdata/fixtures/images/alpine-39.tar.gz`: 2 findings fail the gate',
    );
    expect(first.summary).toContain('CVE-2019-14697');
    expect(first.stdout).toContain(
      '::error::Scan failed: 2 findings in testdata/fixtures/images/alpine-39.tar.gz fail the gate (2 CRITICAL); see the job summary',
    );
    expect(first.stdout).toContain(`::add-mask::${TOKEN}`);
    expect(first.stdout).toMatch(
      /Commented on #42: https:\/\/github\.com\/acme\/shop\/pull\/42#issuecomment-\d+/,
    );

    const onPr = () =>
      api.comments.filter((c) => c.owner === 'acme' && c.repo === 'shop' && c.issueNumber === 42);
    expect(onPr()).toHaveLength(1);
    const created = onPr()[0];
    expect(created?.body.split('\n')[0]).toBe(
      '<!-- gantry-scan:testdata/fixtures/images/alpine-39.tar.gz -->',
    );
    expect(created?.body).toContain('### ❌ Scan failed');

    // Second run, with a policy that passes: the same comment is updated, not duplicated.
    const second = await runActionBundle('scan-run', {
      inputs: { ...inputs, severity: 'HIGH' },
      env: prEnv(),
    });
    expect(second.exitCode).toBe(0);
    expect(second.outputs.passed).toBe('true');
    expect(second.stdout).toContain('Updated the comment on #42');
    expect(onPr()).toHaveLength(1);
    expect(onPr()[0]?.id).toBe(created?.id);
    expect(onPr()[0]?.body).toContain('### ✅ Scan passed');

    expect(api.requests.map((r) => `${r.operationId} ${r.status}`)).toEqual([
      'issues/list-comments 200',
      'issues/create-comment 201',
      'issues/list-comments 200',
      'issues/update-comment 200',
    ]);
    expect(api.violations).toEqual([]);
  });

  it('passes npm-with-suppressed on CRITICAL, and lists what Trivy suppressed', async () => {
    const run = await runActionBundle('scan-run', {
      inputs: { report: fixture('npm-with-suppressed.json.golden'), severity: 'CRITICAL' },
      env: { GITHUB_WORKSPACE: root },
    });
    expect(run.exitCode).toBe(0);
    expect(run.outputs.passed).toBe('true');
    expect(JSON.parse(run.outputs.counts ?? '').bySeverity.HIGH).toBe(1);
    expect(run.summary).toContain('### ✅ Scan passed: `package-lock.json`');
    expect(run.summary).toContain('Suppressed by Trivy, not counted');
    expect(existsSync(run.outputs.sarif ?? '')).toBe(true);
    expect(run.stdout).not.toContain('::error');
  });

  it('applies an ignore file and a baseline', async () => {
    const ws = mkdtempSync(path.join(tmpdir(), 'gantry-scan-ignore-'));
    writeFileSync(
      path.join(ws, 'ignore.yaml'),
      'vulnerabilities:\n  - id: CVE-2019-14697\n    statement: not reachable\n',
    );
    const ignored = await runActionBundle('scan-run', {
      inputs: { report: fixture('alpine-39.json.golden'), 'ignore-file': path.join(ws, 'ignore.yaml') },
      // An ignore file an earlier step wrote to RUNNER_TEMP is the job's too.
      env: { GITHUB_WORKSPACE: root, RUNNER_TEMP: ws },
    });
    expect(ignored.exitCode).toBe(0);
    expect(JSON.parse(ignored.outputs.counts ?? '').total).toBe(4);
    expect(ignored.summary).toContain('Ignored by ignore files, not counted (2)');

    const baseline = await runActionBundle('scan-run', {
      inputs: {
        report: fixture('alpine-39.json.golden'),
        'baseline-report': fixture('alpine-39.json.golden'),
      },
      env: { GITHUB_WORKSPACE: root },
    });
    expect(baseline.exitCode).toBe(0);
    expect(baseline.outputs['new-count']).toBe('0');
  });

  it('does not comment outside a pull request', async () => {
    const before = api.requests.length;
    const run = await runActionBundle('scan-run', {
      inputs: {
        report: fixture('npm.json.golden'),
        comment: 'true',
        severity: 'CRITICAL',
        'github-token': TOKEN,
      },
      env: { GITHUB_WORKSPACE: root, GITHUB_API_URL: api.url, GITHUB_EVENT_NAME: 'push' },
    });
    expect(run.stdout).toContain('not for a pull request: no comment');
    expect(api.requests.length).toBe(before);
  });

  it.each([
    [
      { report: fixture('alpine-39.json.golden'), severity: 'SEVERE' },
      `Input 'severity': unknown severity "SEVERE"`,
    ],
    [{ report: fixture('alpine-39.json.golden'), image: 'alpine:3.9' }, `Input 'report': give either image`],
    [{}, `Input 'image': is required`],
    [{ report: fixture('alpine-39.json.golden'), comment: 'yes' }, `Input 'comment': expected true or false`],
    [
      { report: fixture('alpine-39.json.golden'), 'upload-sarif': 'no' },
      `Input 'upload-sarif': expected true or false`,
    ],
    [
      { image: 'alpine:3.9', 'trivy-version': 'latest' },
      `Input 'trivy-version': expected a Trivy release version`,
    ],
    [{ image: 'alpine:3.9', scanners: 'vuln,rootkit' }, `Input 'scanners': unknown scanner "rootkit"`],
    [
      { report: 'nonexistent/report.json' },
      `Input 'report': cannot read ${root}/nonexistent/report.json: no such file`,
    ],
    [{ report: '/etc/passwd' }, `Input 'report': "/etc/passwd" is outside the workspace`],
    [{ report: fixture('alpine-310.sarif.golden') }, `Input 'report': `],
    [
      { report: fixture('alpine-39.json.golden'), 'ignore-file': 'nonexistent/.trivyignore' },
      `Input 'ignore-file': cannot read`,
    ],
  ])('fails a bad input before anything runs: %j', async (inputs, message) => {
    const before = api.requests.length;
    const run = await runActionBundle('scan-run', { inputs, env: prEnv() });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toContain(`::error::${message}`);
    expect(run.outputs).toEqual({});
    expect(api.requests.length).toBe(before);
  });
});

// ---------------------------------------------------------------------------------------------------------
// The image path: install (download + SHA-256 + tool cache), run, retry on TOOMANYREQUESTS.

const FAKE_TRIVY = trivyStandIn(VERSION);

let releases: TestServer;
let releaseDir: string;
const asset = trivyAssetName(VERSION, process.platform, process.arch);

beforeAll(async () => {
  releaseDir = mkdtempSync(path.join(tmpdir(), 'gantry-fake-trivy-release-'));
  const staging = path.join(releaseDir, 'staging');
  mkdirSync(staging);
  writeFileSync(path.join(staging, 'trivy'), FAKE_TRIVY);
  chmodSync(path.join(staging, 'trivy'), 0o755);
  writeFileSync(path.join(staging, 'LICENSE'), 'Apache-2.0\n');
  await promisify(execFile)('tar', ['czf', path.join(releaseDir, asset), '-C', staging, 'trivy', 'LICENSE']);
  const { stdout } = await promisify(execFile)('sha256sum', [asset], { cwd: releaseDir });
  writeFileSync(
    path.join(releaseDir, 'good-checksums.txt'),
    `${'0'.repeat(64)}  trivy_${VERSION}_windows-64bit.zip\n${stdout}`,
  );
  writeFileSync(path.join(releaseDir, 'bad-checksums.txt'), `${'ab'.repeat(32)}  ${asset}\n`);
  releases = await startServer((req, res) => {
    // /good/v0.75.0/<file> serves the right checksum file, /bad/… a wrong one.
    const [, flavour, tag, file] = (req.url ?? '').split('/');
    const name =
      file === trivyChecksumsName(VERSION)
        ? `${flavour}-checksums.txt`
        : tag === `v${VERSION}`
          ? file
          : undefined;
    if (name === undefined || !existsSync(path.join(releaseDir, name ?? ''))) {
      res.writeHead(404).end('Not Found');
      return;
    }
    res
      .writeHead(200, { 'content-type': 'application/octet-stream' })
      .end(readFileSync(path.join(releaseDir, name)));
  });
}, 30_000);
afterAll(async () => releases?.close());

function imageRun(
  flavour: 'good' | 'bad',
  extraEnv: Record<string, string> = {},
  inputs: Record<string, string> = {},
  dir = mkdtempSync(path.join(tmpdir(), 'gantry-scan-image-')),
) {
  const env = {
    GANTRY_TRIVY_DOWNLOAD_BASE: `${releases.url}/${flavour}`,
    RUNNER_TOOL_CACHE: path.join(dir, 'toolcache'),
    TRIVY_CACHE_DIR: path.join(dir, 'trivy-cache'),
    FAKE_TRIVY_ARGV: path.join(dir, 'argv.txt'),
    FAKE_TRIVY_REPORT: fixture('alpine-39.json.golden'),
    ...extraEnv,
  };
  return {
    dir,
    env,
    run: runActionBundle('scan-run', {
      inputs: { image: 'registry.example.com/shop/api:1.2.3', ...inputs },
      env: env,
    }),
  };
}

describe('dist/scan: scanning an image (Trivy test double, real download and checksum check)', () => {
  it('downloads the pinned release, verifies its SHA-256, caches it, and runs the exact argv', async () => {
    const { run: pending, env, dir } = imageRun('good');
    const run = await pending;
    expect(run.stdout).toContain(`Downloading ${releases.url}/good/v${VERSION}/${asset}`);
    expect(run.stdout).toMatch(/SHA-256 verified: [0-9a-f]{64}/);
    expect(readdirSync(path.join(env.RUNNER_TOOL_CACHE, 'trivy'))).toEqual([VERSION]);
    const argv = readFileSync(env.FAKE_TRIVY_ARGV, 'utf8').trimEnd().split('\n');
    const report = path.join(path.dirname(run.outputs.sarif ?? ''), 'trivy-report.json');
    expect(argv).toEqual([
      'image',
      '--format',
      'json',
      '--output',
      report,
      '--exit-code',
      '0',
      '--scanners',
      'vuln,secret,misconfig',
      '--cache-dir',
      path.join(dir, 'trivy-cache'),
      '--db-repository',
      'mirror.gcr.io/aquasec/trivy-db:2,ghcr.io/aquasecurity/trivy-db:2',
      '--java-db-repository',
      'mirror.gcr.io/aquasec/trivy-java-db:1,ghcr.io/aquasecurity/trivy-java-db:1',
      '--ignorefile',
      path.join(path.dirname(report), 'empty.trivyignore'),
      '--no-progress',
      '--timeout',
      '600s',
      '--',
      'registry.example.com/shop/api:1.2.3',
    ]);
    expect(run.outputs.report).toBe(report);
    expect(run.outputs['sarif-category']).toBe('gantry-scan/registry.example.com/shop/api/');
    expect(run.outputs.passed).toBe('false');
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toContain('The Actions cache service is not available here');
    const sarif = JSON.parse(readFileSync(run.outputs.sarif ?? '', 'utf8'));
    expect(sarif.runs[0].tool.driver.version).toBe(VERSION);
    expect(sarif.runs[0].automationDetails.id).toBe('gantry-scan/registry.example.com/shop/api/');
    expect(sarif.runs[0].properties.imageName).toBe('registry.example.com/shop/api:1.2.3');
  });

  it('refuses an archive whose SHA-256 does not match the checksum file, and caches nothing', async () => {
    const { run: pending, env } = imageRun('bad');
    const run = await pending;
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toMatch(
      new RegExp(
        `::error::Refusing to install trivy ${VERSION}: SHA-256 of ${asset.replace(/\./g, '\\.')} is [0-9a-f]{64}, but the release's checksum file says ${'ab'.repeat(32)}`,
      ),
    );
    expect(existsSync(path.join(env.RUNNER_TOOL_CACHE, 'trivy'))).toBe(false);
    expect(run.summary).toContain('### ❌ Scan could not run: `registry.example.com/shop/api:1.2.3`');
    expect(run.summary).toContain('Refusing to install trivy');
    expect(existsSync(env.FAKE_TRIVY_ARGV)).toBe(false);
    expect(run.outputs).toEqual({});
  });

  it('uses the tool cache on the next run, and a trivy on PATH at the pinned version first', async () => {
    const first = imageRun('good');
    expect((await first.run).stdout).toContain('SHA-256 verified');
    const second = await imageRun('bad', {}, {}, first.dir).run; // a bad mirror is never asked
    expect(second.stdout).toContain(`Using trivy ${VERSION} from the tool cache`);
    expect(second.stdout).not.toContain('Downloading');
    expect(second.outputs.passed).toBe('false');

    const bin = path.join(first.env.RUNNER_TOOL_CACHE, 'trivy', VERSION, process.arch);
    const onPath = await imageRun('bad', { PATH: `${bin}:${process.env.PATH ?? ''}` }).run;
    expect(onPath.stdout).toContain(`Using trivy ${VERSION} from PATH`);
    expect(onPath.outputs.passed).toBe('false');
  });

  it("fails with Trivy's own words when the scan fails, and still writes nothing half-done", async () => {
    const { run: pending } = imageRun('good', { FAKE_TRIVY_FAIL: '1' });
    const run = await pending;
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toContain('unable to find the specified image');
    expect(run.stdout).toContain('::group::Save the Trivy database');
    expect(run.stdout).not.toContain('Rate limited');
    expect(run.summary).toContain('unable to find the specified image');
    expect(run.outputs).toEqual({});
  });

  it.each([
    ['--input=/etc/passwd'],
    ['ho/app:1 --debug'],
    ['UPPER/case:tag'],
    ['a@sha256:zz'],
    ['registry.example.com/shop/api:1.2.3\n::notice::injected'],
    ['registry.example.com/shop/api:1.2.3\u0001'],
  ])('image %j is refused naming image, before Trivy is installed or run', async (image) => {
    const { run: pending, env } = imageRun('good', {}, { image });
    const run = await pending;
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toMatch(/^::error::Input 'image': /m);
    expect(foreignWorkflowCommands(run.stdout)).toEqual([]);
    expect(run.stdout).not.toContain('Downloading');
    expect(existsSync(env.FAKE_TRIVY_ARGV)).toBe(false);
  });

  it('retries a run refused with TOOMANYREQUESTS', async () => {
    const flagDir = mkdtempSync(path.join(tmpdir(), 'gantry-ratelimit-'));
    const { run: pending } = imageRun(
      'good',
      {
        FAKE_TRIVY_RATE_LIMIT_FILE: path.join(flagDir, 'limited-once'),
        GANTRY_TRIVY_RETRY_DELAYS_MS: '50,50',
      },
      { severity: 'MEDIUM,LOW', 'ignore-unfixed': 'true' },
    );
    const run = await pending;
    expect(run.stdout).toContain('Rate limited by a registry (TOOMANYREQUESTS); attempt 2 in 0s');
    expect(run.outputs.passed).toBe('false');
    expect(JSON.parse(run.outputs.counts ?? '').total).toBe(6);
  });
});

// ---------------------------------------------------------------------------------------------------------
// actions/scan (composite): its first step runs the same bundle; emulate the runner on that step.

describe('actions/scan (composite)', () => {
  const composite = parse(readFileSync(path.join(root, 'actions/scan/action.yml'), 'utf8')) as {
    inputs: Record<string, { default?: string }>;
    outputs: Record<string, { value: string }>;
    runs: {
      using: string;
      steps: {
        id?: string;
        run?: string;
        env?: Record<string, string>;
        uses?: string;
        if?: string;
        with?: Record<string, string>;
      }[];
    };
  };

  it('has the same inputs as actions/scan-run, each passed to the bundle as INPUT_<NAME>', () => {
    const js = actionMetadata('scan-run');
    expect(composite.inputs).toEqual(js.inputs);
    const gate = composite.runs.steps[0];
    expect(gate?.id).toBe('gate');
    expect(gate?.env).toEqual(
      Object.fromEntries(
        Object.keys(js.inputs ?? {}).map((n) => [`INPUT_${n.toUpperCase()}`, `\${{ inputs.${n} }}`]),
      ),
    );
    for (const [name, output] of Object.entries(composite.outputs)) {
      expect(output.value).toBe(`\${{ steps.gate.outputs.${name} }}`);
    }
  });

  it('uploads the SARIF with upload-sarif pinned by SHA, guarded by the upload-sarif input, also after a failed gate', () => {
    const upload = composite.runs.steps[1];
    expect(upload?.uses).toMatch(/^github\/codeql-action\/upload-sarif@[0-9a-f]{40}$/);
    expect(upload?.if).toBe(
      "${{ always() && inputs.upload-sarif == 'true' && steps.gate.outputs.sarif != '' }}",
    );
    expect(upload?.with).toMatchObject({
      sarif_file: '${{ steps.gate.outputs.sarif }}',
      category: '${{ steps.gate.outputs.sarif-category }}',
    });
  });

  it('its gate step, run as the runner runs a composite bash step, gates a report and sets the outputs', async () => {
    const gate = composite.runs.steps[0];
    const inputs: Record<string, string> = {
      ...Object.fromEntries(Object.entries(composite.inputs).map(([k, v]) => [k, v.default ?? ''])),
      report: fixture('alpine-39.json.golden'),
      'github-token': 'unused',
    };
    const env: Record<string, string> = {};
    for (const [key, value] of Object.entries(gate?.env ?? {})) {
      env[key] = value.replace(/\$\{\{ inputs\.([a-z-]+) \}\}/g, (_m, name: string) => inputs[name] ?? '');
    }
    const dir = mkdtempSync(path.join(tmpdir(), 'gantry-composite-'));
    const output = path.join(dir, 'output');
    writeFileSync(output, '');
    const result = await promisify(execFile)('bash', ['-e', '-c', gate?.run ?? ''], {
      cwd: dir,
      env: {
        PATH: `${path.dirname(process.execPath)}:${process.env.PATH ?? ''}`,
        GITHUB_ACTION_PATH: path.join(root, 'actions/scan'),
        GITHUB_OUTPUT: output,
        RUNNER_TEMP: dir,
        GITHUB_WORKSPACE: root,
        ...env,
      },
    }).then(
      () => 0,
      (error: { code?: number }) => error.code ?? -1,
    );
    expect(result).toBe(1);
    const outputs = parseCommandFile(readFileSync(output, 'utf8'));
    expect(outputs.passed).toBe('false');
    expect(outputs['sarif-category']).toBe('gantry-scan/testdata/fixtures/images/alpine-39.tar.gz/');
    expect(existsSync(outputs.sarif ?? '')).toBe(true);
  });
});

// ---------------------------------------------------------------------------------------------------------
// `gantry scan`: the same core on a terminal (called directly until src/cli/main.ts registers it).

describe('gantry scan', () => {
  const cli = async (argv: string[]) => {
    const out: string[] = [];
    const err: string[] = [];
    const code = await scanCommand(argv, {
      out: (t) => out.push(t),
      err: (t) => err.push(t),
      signal: new AbortController().signal,
    });
    return { code, out: out.join(''), err: err.join('\n') };
  };

  it('prints the summary and exits 1 when the gate fails, writing the SARIF when asked', async () => {
    const sarif = path.join(mkdtempSync(path.join(tmpdir(), 'gantry-cli-scan-')), 'out.sarif');
    const run = await cli(['--report', fixture('alpine-39.json.golden'), '--sarif', sarif]);
    expect(run.code).toBe(1);
    expect(run.out).toContain(
      '### ❌ Scan failed: `testdata/fixtures/images/alpine-39.tar.gz`: 2 findings fail the gate',
    );
    expect(run.err).toContain('2 finding(s) in testdata/fixtures/images/alpine-39.tar.gz fail the gate');
    expect(JSON.parse(readFileSync(sarif, 'utf8')).runs[0].automationDetails.id).toBe(
      'gantry-scan/testdata/fixtures/images/alpine-39.tar.gz/',
    );
  });

  it('exits 0 when it passes', async () => {
    const run = await cli(['--report', fixture('npm-with-suppressed.json.golden'), '--severity', 'CRITICAL']);
    expect(run.code).toBe(0);
    expect(run.out).toContain('### ✅ Scan passed');
  });

  it.each([
    [
      ['--report', fixture('npm.json.golden'), '--severity', 'SEVERE'],
      `Option '--severity': unknown severity "SEVERE"`,
    ],
    [
      ['--report', fixture('npm.json.golden'), '--image', 'x:1'],
      `Option '--report': give either --image or --report`,
    ],
    [[], `Option '--image': is required`],
  ])('refuses %j naming the option', async (argv, message) => {
    await expect(cli(argv)).rejects.toThrow(message);
  });
});
