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
# Inputs that the file describes: name|variable of the composite's env|the input's default|where the
# file says it. Given (not empty, not its default) with config is an error naming both: ignored, it would
# change nothing (a kube-context, a rollback: false) while the release said it went as asked.
conflicts=(
  "image|IMAGE||image (or images)" "context|CONTEXT||build.context" "file|FILE||build.dockerfile"
  "build-args|BUILD_ARGS||build.build-args" "build-target|BUILD_TARGET||build.target"
  "tag-latest|TAG_LATEST|false|build.tag-latest" "severity|SEVERITY|CRITICAL,HIGH|scan.severity"
  "ignore-unfixed|IGNORE_UNFIXED|false|scan.ignore-unfixed" "ignore-file|IGNORE_FILE||scan.ignore-files"
  "services|SERVICES||the target's images" "env|USER_ENV||the target's env" "stack|STACK||the target's stack"
  "compose-file|COMPOSE_FILE|docker-stack.yml|the target's stack-files"
  "jump-host|JUMP_HOST||the target's jump-host" "secrets-version|SECRETS_VERSION|content|secrets.version"
  "keep-secrets|KEEP_SECRETS|3|prune.keep" "manifests|MANIFESTS||the target's manifests"
  "kustomize|KUSTOMIZE||the target's kustomize" "namespace|NAMESPACE||the target's namespace"
  "kube-context|KUBE_CONTEXT||the target's context"
  "kubectl-version|KUBECTL_VERSION||none in the file: with config the runner's kubectl runs; remove kubectl-version"
  "timeout|DEPLOY_TIMEOUT|10m|the target's timeout"
  "rollback|ROLLBACK|true|the target's rollback" "strategy|STRATEGY|rolling|the target's strategy"
  "proxy-service|PROXY_SERVICE||the target's proxy-service"
  "switch-variable|SWITCH_VARIABLE||the target's switch-variable"
  "preview-urls|PREVIEW_URLS||the target's preview-urls" "keep-previous|KEEP_PREVIOUS||the target's keep-previous"
  "service|SERVICE||the target's service" "canary-weight|CANARY_WEIGHT||the target's canary-weight"
  "canary-duration|CANARY_DURATION||the target's canary-duration"
  "smoke-urls|SMOKE_URLS||smoke.urls"
  "smoke-expect-status|SMOKE_EXPECT_STATUS|200|smoke.expect-status"
  "smoke-expect-json|SMOKE_EXPECT_JSON||smoke.expect-json" "smoke-timeout|SMOKE_TIMEOUT|2m|smoke.timeout"
  "environment|ENVIRONMENT||the job's environment: (GitHub records the deployment)"
  "environment-url|ENVIRONMENT_URL||the job's environment: url"
)
for entry in "${conflicts[@]}"; do
  IFS='|' read -r name var default key <<<"$entry"
  value=${!var:-}
  if [[ -n "$value" && "$value" != "$default" ]]; then
    fail "$name" "inputs $name and config both describe the release: with config ($config), give it in the file ($key)"
  fi
done
printf 'mode=file\nconfig=%s\nkind=\n' "$config" >>"$out"
