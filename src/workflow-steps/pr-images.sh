#!/usr/bin/env bash
# pr-security.yml: names the two images to scan. Reads TAGS (the build's `tags` output, `name:tag` lines),
# IMAGE, BASELINE (may be empty) and BASE_REF; writes `pr` (the first built tag) and `baseline` (BASELINE,
# or `<image>:<base branch>` with the branch turned into a tag as Gantry's build does: lowercased,
# characters outside [a-z0-9_.-] replaced by `-`, no leading or trailing `.`/`-`, at most 128).
set -euo pipefail
pr=${TAGS%%$'\n'*}
[[ -n "$pr" ]] || {
  echo "::error title=build::the build loaded no image tag"
  exit 1
}
baseline=${BASELINE:-}
if [[ -z "$baseline" ]]; then
  branch=${BASE_REF,,}
  branch=$(printf '%s' "$branch" | sed -E 's/[^a-z0-9_.-]+/-/g; s/^[.-]+//' | cut -c1-128 | sed -E 's/[.-]+$//')
  baseline="${IMAGE,,}:${branch:-latest}"
fi
echo "PR image: $pr; baseline: $baseline"
{
  echo "pr=$pr"
  echo "baseline=$baseline"
} >>"$GITHUB_OUTPUT"
