#!/usr/bin/env bash
# The root action's first step: which release it runs. With CONFIG (the `config` input), or with no
# IMAGE and a gantry.yml in the workspace, the file describes the release (mode `file`: the release
# bundle runs it, as `gantry release` does); otherwise the inputs do (mode `inputs`: the stage bundles,
# after deploy-plan.sh checked the target's inputs). In mode `file`, an input that describes what the
# file describes is an error naming both. Reads CONFIG, IMAGE, TARGET and the describing inputs below;
# writes `mode`, `config` and `kind` (inputs mode: `swarm` or `kubernetes`) to GITHUB_OUTPUT.
set -euo pipefail
fail() {
  echo "::error title=$1::$2"
  exit 1
}
out=${GITHUB_OUTPUT:?}
config=${CONFIG:-}
workspace=${GITHUB_WORKSPACE:-$PWD}
if [[ -z "$config" && -z "${IMAGE:-}" && -f "$workspace/gantry.yml" ]]; then
  config=gantry.yml
fi
if [[ -z "$config" ]]; then
  kind=${TARGET:-swarm}
  [[ -n "${IMAGE:-}" ]] || fail image "give image (a release described by inputs) or config (a gantry.yml)"
  TARGET=$kind CHECK_ONLY=true bash "$(dirname "${BASH_SOURCE[0]}")/deploy-plan.sh"
  printf 'mode=inputs\nconfig=\nkind=%s\n' "$kind" >>"$out"
  exit 0
fi
[[ "$config" != *$'\n'* ]] || fail config "must be one path"
[[ -f "$workspace/$config" || -f "$config" ]] || fail config "no file $config in the workspace"
# Inputs that the file describes; name=value pairs of the composite's env (empty = not given).
conflicts=(image:IMAGE context:CONTEXT file:FILE build-args:BUILD_ARGS build-target:BUILD_TARGET
  services:SERVICES env:USER_ENV stack:STACK manifests:MANIFESTS kustomize:KUSTOMIZE namespace:NAMESPACE
  smoke-urls:SMOKE_URLS)
for pair in "${conflicts[@]}"; do
  name=${pair%%:*}
  var=${pair#*:}
  if [[ -n "${!var:-}" ]]; then
    fail "$name" "inputs $name and config both describe the release: with config ($config), give $name in the file"
  fi
done
if [[ -n "${COMPOSE_FILE:-}" && "$COMPOSE_FILE" != docker-stack.yml ]]; then
  fail compose-file "inputs compose-file and config both describe the release: with config ($config), give stack-files in the file"
fi
printf 'mode=file\nconfig=%s\nkind=\n' "$config" >>"$out"
