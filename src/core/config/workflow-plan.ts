import path from 'node:path';
import { ConfigurationError } from '../errors.ts';
import type { GantryConfig } from './model.ts';

/** The platforms a workflow builds on when gantry.yml names none for an image. */
export const DEFAULT_PLATFORMS = ['linux/amd64'];

/** Runner label per platform, the reusable workflow's default. */
export const DEFAULT_RUNNERS: Readonly<Record<string, string>> = {
  'linux/amd64': 'ubuntu-24.04',
  'linux/arm64': 'ubuntu-24.04-arm',
};

/** One build job of the workflow's matrix: one image on one platform, on a native runner. */
export interface BuildLeg {
  key: string;
  image: string;
  /** Relative to the workspace ('.' for the workspace itself). */
  context: string;
  /** Relative to the workspace; '' for `<context>/Dockerfile`. */
  file: string;
  target: string;
  /** `KEY=value` lines. */
  'build-args': string;
  platform: string;
  runner: string;
  /** `<key>-<platform with every other character as ->`: names the leg's digest artifact. */
  slug: string;
}

export interface WorkflowPlan {
  buildMatrix: BuildLeg[];
  imagesMatrix: Array<{ key: string; image: string }>;
  scan: { enabled: boolean; severity: string; 'ignore-unfixed': boolean; 'ignore-file': string };
  tagLatest: boolean;
}

const slugOf = (key: string, platform: string): string => `${key}-${platform.replace(/[^A-Za-z0-9]/g, '-')}`;

const relative = (workspace: string, file: string): string => path.relative(workspace, file) || '.';

/** Checks the `runners` input: a JSON object of platform to runner label. */
export function parseRunners(input: string, raw: string): Record<string, string> {
  if (raw.trim() === '') return { ...DEFAULT_RUNNERS };
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    throw new ConfigurationError('is not JSON: expected an object of platform to runner label', input);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
    throw new ConfigurationError('expected a JSON object of platform to runner label', input);
  const runners: Record<string, string> = {};
  for (const [platform, label] of Object.entries(parsed)) {
    if (typeof label !== 'string' || label.trim() === '')
      throw new ConfigurationError(`the runner label of ${platform} must be a non-empty string`, input);
    runners[platform] = label;
  }
  return runners;
}

/**
 * What the reusable workflow runs for a gantry.yml, computed without touching anything: one build leg
 * per (image, platform), one merge per image, and the scan settings of the file.
 */
export function workflowPlan(
  config: GantryConfig,
  runners: Readonly<Record<string, string>>,
  runnersInput: string,
  workspace: string,
): WorkflowPlan {
  const buildMatrix: BuildLeg[] = [];
  for (const image of config.images) {
    const platforms = image.platforms.length > 0 ? image.platforms : DEFAULT_PLATFORMS;
    for (const platform of platforms) {
      const runner = runners[platform];
      if (runner === undefined)
        throw new ConfigurationError(
          `has no runner for ${platform} (image ${image.key} builds it): add "${platform}": "<runner label>"`,
          runnersInput,
        );
      buildMatrix.push({
        key: image.key,
        image: image.name,
        context: relative(workspace, image.context),
        file: image.dockerfile === undefined ? '' : relative(workspace, image.dockerfile),
        target: image.target ?? '',
        'build-args': Object.entries(image.buildArgs)
          .map(([k, v]) => `${k}=${v}`)
          .join('\n'),
        platform,
        runner,
        slug: slugOf(image.key, platform),
      });
    }
  }
  return {
    buildMatrix,
    imagesMatrix: config.images.map((image) => ({ key: image.key, image: image.name })),
    scan: {
      enabled: config.scan.enabled,
      severity: config.scan.severities.join(','),
      'ignore-unfixed': config.scan.ignoreUnfixed,
      'ignore-file': config.scan.ignoreFiles.map((f) => relative(workspace, f)).join('\n'),
    },
    tagLatest: config.build.tagLatest,
  };
}
