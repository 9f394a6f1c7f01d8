/**
 * The `metadata` JSON of one build: the build action's `metadata` output and `gantry build --json`
 * print this one object, so a script can move between the two. Pure.
 */
import type { ComputedMetadata } from './metadata.ts';
import type { BuildMode } from './options.ts';

/** What the build printed back: the shape of the buildx adapter's result. */
export interface BuildOutcome {
  builder: 'buildx' | 'docker build' | 'registry';
  digest: string | undefined;
  refs: string[];
  metadata: Record<string, unknown>;
}

export interface BuildResultJson {
  mode: BuildMode;
  builder: BuildOutcome['builder'];
  images: string[];
  tags: string[];
  refs: string[];
  version: string;
  revision: string;
  /** The labels on the image: the computed OCI labels, then the user's `labels` over them. */
  labels: Record<string, string>;
  platforms: string[];
  pushed: boolean;
  digest: string | null;
  /** buildx's own metadata file (or Gantry's for the classic builder). */
  buildx: Record<string, unknown>;
}

export function buildResultJson(
  options: {
    mode: BuildMode;
    images: string[];
    labels: Map<string, string>;
    platforms: string[];
    push: boolean;
  },
  meta: ComputedMetadata,
  result: BuildOutcome,
): BuildResultJson {
  return {
    mode: options.mode,
    builder: result.builder,
    images: options.images,
    tags: meta.tags,
    refs: result.refs,
    version: meta.version,
    revision: meta.revision,
    labels: { ...meta.labels, ...Object.fromEntries(options.labels) },
    platforms: options.platforms,
    pushed: options.push,
    digest: result.digest ?? null,
    buildx: result.metadata,
  };
}
