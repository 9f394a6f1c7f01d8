#!/usr/bin/env bash
# Keeps Gantry's own checkout (`.gantry`, next to the caller's code in the workspace) out of the image:
# when the build context is the workspace root, `.gantry` is appended to the ignore file(s) the build
# will read (`.dockerignore`, and `<Dockerfile>.dockerignore` when it exists, which BuildKit prefers).
# Usage: dockerignore-gantry.sh CONTEXT [DOCKERFILE]. Changes only the job's checkout, never the repository.
set -euo pipefail
context=${1:-.}
dockerfile=${2:-}
workspace=${GITHUB_WORKSPACE:-$PWD}
[[ -d "$context" ]] || exit 0
if [[ "$(cd "$context" && pwd -P)" != "$(cd "$workspace" && pwd -P)" ]]; then
  exit 0 # a subfolder context cannot contain .gantry
fi
add() {
  if [[ -s "$1" && -n "$(tail -c1 "$1")" ]]; then printf '\n' >>"$1"; fi
  printf '%s\n' '/.gantry' >>"$1"
  echo "Added /.gantry to $1"
}
add "$context/.dockerignore"
[[ -n "$dockerfile" ]] || dockerfile="$context/Dockerfile"
if [[ -f "$dockerfile.dockerignore" ]]; then add "$dockerfile.dockerignore"; fi
