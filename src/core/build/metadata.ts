import { ConfigurationError } from '../errors.ts';

/**
 * Tags and OCI labels from the git context: pure, so every ref and event is a table row in the
 * tests. The decisions (documented in the README's build section):
 * - `v1.2.3` (or `1.2.3`) gives `1.2.3`, `1.2`, `1`; a pre-release (`v2.0.0-rc.1`) gives only the
 *   full version, so `1` never moves to a release candidate.
 * - build metadata (`v1.2.3+build.5`): docker tags cannot hold `+`, so the full tag turns it into
 *   `-` (`1.2.3-build.5`, distinct per build) and a stable release still gives `1.2.3`, `1.2`, `1`.
 *   The `version` label keeps the `+` (labels may).
 * - always `sha-<7 hex>`; a pull request uses its head commit (not the merge commit) and `pr-<n>`.
 * - a branch gives its sanitised name; a tag that is not a version gives its sanitised name.
 * - `schedule` gives `schedule-<yyyymmdd>` (UTC, from the clock passed in) instead of the branch.
 * - `latest` only when asked (`tag-latest`) and only on a stable release tag.
 */

export interface GitContext {
  /** GITHUB_REF, e.g. refs/tags/v1.2.3, refs/heads/main, refs/pull/7/merge */
  ref: string;
  /** GITHUB_SHA */
  sha: string;
  /** GITHUB_EVENT_NAME */
  eventName: string;
  /** The event payload's pull_request.head.sha and number, when there is one. */
  pullRequest?: { number: number; headSha: string };
  /** GITHUB_SERVER_URL/GITHUB_REPOSITORY, e.g. https://github.com/acme/shop */
  sourceUrl?: string;
  /** The repository's SPDX licence, when known. */
  licenses?: string;
  /** The clock, passed in. */
  now: Date;
}

export interface SemVer {
  major: string;
  minor: string;
  patch: string;
  prerelease: string | undefined;
  build: string | undefined;
}

const SEMVER =
  /^v?(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[A-Za-z-][0-9A-Za-z-]*)(?:\.(?:0|[1-9]\d*|\d*[A-Za-z-][0-9A-Za-z-]*))*))?(?:\+([0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?$/;

export function parseSemVer(text: string): SemVer | undefined {
  const m = SEMVER.exec(text);
  if (m === null) return undefined;
  return {
    major: m[1] ?? '0',
    minor: m[2] ?? '0',
    patch: m[3] ?? '0',
    prerelease: m[4],
    build: m[5],
  };
}

const TAG_MAX = 128;

/** A valid docker tag from any text: lowercase, `/` and invalid chars to `-`, no leading `.`/`-`, ≤128. */
export function sanitizeTag(text: string): string {
  const tag = text
    .toLowerCase()
    .replace(/[^a-z0-9_.-]+/g, '-')
    .replace(/^[.-]+/, '')
    .slice(0, TAG_MAX)
    .replace(/[.-]+$/, '');
  return tag;
}

export const TAG_PATTERN = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;

export function checkTag(input: string, tag: string): string {
  if (!TAG_PATTERN.test(tag)) {
    throw new ConfigurationError(
      `${JSON.stringify(tag)} is not a valid docker tag (letters, digits, _ . -; not starting with . or -; at most 128)`,
      input,
    );
  }
  return tag;
}

// distribution/reference: [host[:port]/]path-component(/path-component)*, lowercase components.
const COMPONENT = '[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*';
const HOST =
  '(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?(?:\\.[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*|\\[[0-9a-fA-F:]+\\])(?::[0-9]+)?';
const NAME = new RegExp(`^(?:${HOST}/)?${COMPONENT}(?:/${COMPONENT})*$`);

/**
 * An image name (repository, no tag or digest), lowercased except its registry host. Throws a
 * ConfigurationError naming `input` when it is not a valid reference name.
 */
export function normalizeImageName(input: string, raw: string): string {
  const value = raw.trim();
  if (value === '') throw new ConfigurationError('an image name is empty', input);
  if (/@|:[^/]*$/.test(value.replace(/^[^/]*:\d+\//, '')))
    throw new ConfigurationError(
      `${JSON.stringify(value)}: give the name without a tag or digest (tags come from the git ref and \`tags\`)`,
      input,
    );
  const slash = value.indexOf('/');
  const first = slash < 0 ? '' : value.slice(0, slash);
  const isHost = first !== '' && (/[.:]/.test(first) || first === 'localhost');
  const name = isHost ? `${first}/${value.slice(slash + 1).toLowerCase()}` : value.toLowerCase();
  if (!NAME.test(name) || name.length > 255) {
    throw new ConfigurationError(
      `${JSON.stringify(value)} is not a valid image name (lowercase letters, digits and separators . _ -, components joined by /)`,
      input,
    );
  }
  return name;
}

export interface TagOptions {
  /** Extra raw tags (already checked). */
  extra: readonly string[];
  tagLatest: boolean;
}

export interface ComputedMetadata {
  /** Tags without the image name, in priority order; the first is the `version`. */
  tags: string[];
  /** The version the labels carry (`1.2.3+build.5`, `main`, `pr-7`). */
  version: string;
  /** The commit that was built (the PR head for a pull request). */
  revision: string;
  labels: Record<string, string>;
}

const refKind = (ref: string): { kind: 'tag' | 'branch' | 'pull' | 'other'; name: string } => {
  if (ref.startsWith('refs/tags/')) return { kind: 'tag', name: ref.slice('refs/tags/'.length) };
  if (ref.startsWith('refs/heads/')) return { kind: 'branch', name: ref.slice('refs/heads/'.length) };
  const pull = /^refs\/pull\/(\d+)\/(?:merge|head)$/.exec(ref);
  if (pull) return { kind: 'pull', name: pull[1] ?? '' };
  return { kind: 'other', name: ref };
};

const yyyymmdd = (d: Date): string =>
  `${d.getUTCFullYear()}${String(d.getUTCMonth() + 1).padStart(2, '0')}${String(d.getUTCDate()).padStart(2, '0')}`;

const isPullEvent = (event: string) => event === 'pull_request' || event === 'pull_request_target';

/** The tags, version and labels of one build. Pure. */
export function computeMetadata(git: GitContext, options: TagOptions, title: string): ComputedMetadata {
  const revision = (isPullEvent(git.eventName) && git.pullRequest?.headSha) || git.sha;
  if (!/^[0-9a-f]{7,64}$/i.test(revision)) {
    throw new ConfigurationError(`GITHUB_SHA ${JSON.stringify(revision)} is not a commit SHA`, 'GITHUB_SHA');
  }
  const tags: string[] = [];
  let version: string | undefined;
  let stableRelease = false;
  const ref = refKind(git.ref);
  if (git.eventName === 'schedule') {
    version = `schedule-${yyyymmdd(git.now)}`;
    tags.push(version);
  } else if (isPullEvent(git.eventName) || ref.kind === 'pull') {
    const number = git.pullRequest?.number ?? (ref.kind === 'pull' ? Number(ref.name) : undefined);
    if (number !== undefined && Number.isInteger(number) && number > 0) {
      version = `pr-${number}`;
      tags.push(version);
    }
  } else if (ref.kind === 'tag') {
    const semver = parseSemVer(ref.name);
    if (semver !== undefined) {
      const core = `${semver.major}.${semver.minor}.${semver.patch}`;
      const full = `${core}${semver.prerelease ? `-${semver.prerelease}` : ''}`;
      version = `${full}${semver.build ? `+${semver.build}` : ''}`;
      tags.push(semver.build ? `${full}-${semver.build}` : full);
      if (semver.prerelease === undefined) {
        stableRelease = true;
        if (semver.build) tags.push(core);
        tags.push(`${semver.major}.${semver.minor}`, semver.major);
      }
    } else {
      const tag = sanitizeTag(ref.name);
      if (tag !== '') {
        version = tag;
        tags.push(tag);
      }
    }
  } else if (ref.kind === 'branch') {
    const tag = sanitizeTag(ref.name);
    if (tag !== '') {
      version = tag;
      tags.push(tag);
    }
  }
  const sha = `sha-${revision.slice(0, 7).toLowerCase()}`;
  tags.push(sha);
  if (options.tagLatest && stableRelease) tags.push('latest');
  for (const extra of options.extra) tags.push(extra);
  const unique = [...new Set(tags)];
  const labels: Record<string, string> = {
    'org.opencontainers.image.created': git.now.toISOString(),
    'org.opencontainers.image.revision': revision,
    'org.opencontainers.image.version': version ?? sha,
    'org.opencontainers.image.title': title,
  };
  if (git.sourceUrl) labels['org.opencontainers.image.source'] = git.sourceUrl;
  if (git.licenses) labels['org.opencontainers.image.licenses'] = git.licenses;
  return { tags: unique, version: version ?? sha, revision, labels: sortKeys(labels) };
}

const sortKeys = (record: Record<string, string>): Record<string, string> =>
  Object.fromEntries(Object.entries(record).sort(([a], [b]) => a.localeCompare(b)));

/** The last path component of the first image: the default `title` label. */
export const imageTitle = (image: string): string => image.split('/').at(-1) ?? image;

/** Reads the git context from a runner's environment and event payload (plain data in, plain data out). */
export function gitContextFromEnv(
  env: Record<string, string | undefined>,
  event: unknown,
  now: Date,
): GitContext {
  const payload = (event ?? {}) as {
    pull_request?: { number?: unknown; head?: { sha?: unknown } };
    repository?: { license?: { spdx_id?: unknown } | null };
  };
  const pr = payload.pull_request;
  const spdx = payload.repository?.license?.spdx_id;
  const context: GitContext = {
    ref: env.GITHUB_REF ?? '',
    sha: env.GITHUB_SHA ?? '',
    eventName: env.GITHUB_EVENT_NAME ?? '',
    now,
  };
  if (pr && typeof pr.number === 'number' && typeof pr.head?.sha === 'string') {
    context.pullRequest = { number: pr.number, headSha: pr.head.sha };
  }
  if (env.GITHUB_SERVER_URL && env.GITHUB_REPOSITORY)
    context.sourceUrl = `${env.GITHUB_SERVER_URL}/${env.GITHUB_REPOSITORY}`;
  if (typeof spdx === 'string' && spdx !== 'NOASSERTION') context.licenses = spdx;
  return context;
}
