// Finds the repository and commit of the Gantry reusable workflow this job belongs to, so that the job
// can check Gantry out at exactly that commit and run its actions from there (`uses: ./…` resolves in
// the CALLER's repository, so Gantry's own actions are not otherwise reachable at the right version).
// The reusable workflows run this file as the `run:` of one step (`shell: node {0}`) before anything of
// Gantry is checked out; test/unit/workflows/self-ref.test.ts checks that each copy equals this file.
// In order:
//   1. GANTRY_REF, the `gantry-ref` input (`owner/repo@<sha or ref>`), when the caller sets it;
//   2. the job's OIDC token (claims `job_workflow_ref`, `job_workflow_sha`), when the job may request
//      one (`id-token: write`);
//   3. the run's `referenced_workflows` (GET /repos/{repo}/actions/runs/{run_id}, `actions: read`): the
//      entry whose path is `<owner>/<repo>/.github/workflows/<GANTRY_WORKFLOW>@…`.
// Writes `repository`, `sha` and `source` to GITHUB_OUTPUT. No dependencies and no `require`/`import`
// statement (node:fs is imported dynamically): it runs on the runner's own `node` (20 or later) before
// any install, from a file the runner names without an extension, as CommonJS or as an ES module.

const env = process.env;
const workflowFile = env.GANTRY_WORKFLOW || '';

function fail(message) {
  console.log(`::error title=Gantry could not find its own version::${message}`);
  process.exit(1);
}

function parseExplicit(value) {
  const m = /^([A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+)@([A-Za-z0-9_./-]+)$/.exec(value.trim());
  if (!m) fail(`gantry-ref must look like owner/repo@<commit sha>, got "${value}"`);
  return { repository: m[1], sha: m[2], source: 'gantry-ref input' };
}

/** `owner/repo/.github/workflows/file.yml@ref` -> owner/repo, when the file is ours. */
function repositoryOf(workflowRef) {
  const at = workflowRef.indexOf('@');
  const path = at === -1 ? workflowRef : workflowRef.slice(0, at);
  const m = /^([^/]+\/[^/]+)\/\.github\/workflows\/([^/]+)$/.exec(path);
  if (!m || (workflowFile !== '' && m[2] !== workflowFile)) return undefined;
  return m[1];
}

function decodeJwtPayload(jwt) {
  const part = String(jwt).split('.')[1];
  if (!part) throw new Error('the OIDC token is not a JWT');
  return JSON.parse(Buffer.from(part.replace(/-/g, '+').replace(/_/g, '/'), 'base64').toString('utf8'));
}

async function fromOidc() {
  const url = new URL(env.ACTIONS_ID_TOKEN_REQUEST_URL);
  url.searchParams.set('audience', 'gantry-self-ref');
  const res = await fetch(url, {
    headers: { authorization: `Bearer ${env.ACTIONS_ID_TOKEN_REQUEST_TOKEN}` },
  });
  if (!res.ok) throw new Error(`the OIDC token request answered ${res.status}`);
  const { value } = await res.json();
  console.log(`::add-mask::${value}`);
  const claims = decodeJwtPayload(value);
  const repository = repositoryOf(String(claims.job_workflow_ref || ''));
  if (!repository || !/^[0-9a-f]{40}$/.test(String(claims.job_workflow_sha || ''))) {
    throw new Error(
      `the OIDC token names job_workflow_ref "${claims.job_workflow_ref}", not .github/workflows/${workflowFile}`,
    );
  }
  return { repository, sha: claims.job_workflow_sha, source: 'OIDC token (job_workflow_sha)' };
}

async function fromRun() {
  const api = env.GITHUB_API_URL || 'https://api.github.com';
  const url = `${api}/repos/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}`;
  const res = await fetch(url, {
    headers: {
      accept: 'application/vnd.github+json',
      authorization: `Bearer ${env.GITHUB_TOKEN}`,
      'x-github-api-version': '2022-11-28',
    },
  });
  if (!res.ok) {
    throw new Error(
      `GET ${url} answered ${res.status} (the calling job needs \`permissions: actions: read\`)`,
    );
  }
  const run = await res.json();
  const found = new Map();
  for (const w of run.referenced_workflows || []) {
    const repository = repositoryOf(String(w.path || ''));
    if (repository && /^[0-9a-f]{40}$/.test(String(w.sha || '')))
      found.set(`${repository}@${w.sha}`, { repository, sha: w.sha });
  }
  if (found.size === 0) {
    throw new Error(
      `this run references no .github/workflows/${workflowFile} (referenced_workflows is empty)`,
    );
  }
  if (found.size > 1) {
    throw new Error(
      `this run references .github/workflows/${workflowFile} at ${[...found.keys()].join(', ')}: set the gantry-ref input to say which`,
    );
  }
  return { ...[...found.values()][0], source: 'run referenced_workflows' };
}

async function main() {
  let result;
  if ((env.GANTRY_REF || '').trim() !== '') {
    result = parseExplicit(env.GANTRY_REF);
  } else {
    const errors = [];
    if (env.ACTIONS_ID_TOKEN_REQUEST_URL && env.ACTIONS_ID_TOKEN_REQUEST_TOKEN) {
      try {
        result = await fromOidc();
      } catch (error) {
        errors.push(`OIDC: ${error.message}`);
      }
    }
    if (result === undefined) {
      try {
        result = await fromRun();
      } catch (error) {
        errors.push(`run: ${error.message}`);
      }
    }
    if (result === undefined)
      fail(`${errors.join('; ')}. Set the gantry-ref input (owner/repo@<sha>) to skip the lookup.`);
  }
  console.log(`Gantry: ${result.repository}@${result.sha} (from the ${result.source})`);
  const { appendFileSync } = await import('node:fs');
  appendFileSync(
    env.GITHUB_OUTPUT,
    `repository=${result.repository}\nsha=${result.sha}\nsource=${result.source}\n`,
  );
}

main().catch((error) => fail(error.message));
