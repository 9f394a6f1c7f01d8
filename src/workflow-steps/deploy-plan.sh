#!/usr/bin/env bash
# The deploy job's plan step (release.yml): checks the target's inputs before anything is changed and
# computes what the deploy actions receive. Reads TARGET, IMAGE, IMAGE_REF, SERVICES, USER_ENV,
# HOST, STACK, MANIFESTS, KUSTOMIZE, HAS_APP_SECRETS, HAS_REGISTRY_PASSWORD, and the strategy inputs
# (PROXY_SERVICE, SWITCH_VARIABLE: Swarm only; SERVICE, CANARY_WEIGHT, CANARY_DURATION: Kubernetes only).
# With CHECK_ONLY=true it checks the inputs and writes nothing (the root action does that before building). Writes to GITHUB_OUTPUT:
#   images    `service=<image-ref>` lines (Swarm, one per SERVICES entry) or `<image>=<image-ref>` (Kubernetes)
#   env       USER_ENV plus `GANTRY_IMAGE=<image-ref>`
#   registry  the image's registry host, for the Swarm nodes' pull credentials (only with a registry password)
#   has-app-secrets  `true` or `false` (both targets: the secrets action then runs, and the stack names them)
set -euo pipefail
fail() {
  echo "::error title=$1::$2"
  exit 1
}
out=${GITHUB_OUTPUT:?}
image=${IMAGE,,}
check_only=${CHECK_ONLY:-false}
ref=${IMAGE_REF:-}
[[ -n "$ref" || "$check_only" == true ]] || fail image-ref "the build gave no image-ref (nothing was pushed)"
images=''
registry=''
case "${TARGET:-}" in
swarm)
  [[ -n "${HOST:-}" ]] || fail host "target swarm needs the host input (ssh://user@host)"
  [[ -n "${STACK:-}" ]] || fail stack "target swarm needs the stack input"
  for name in SERVICE CANARY_WEIGHT CANARY_DURATION; do
    input=$(echo "$name" | tr 'A-Z_' 'a-z-')
    [[ -z "${!name:-}" ]] || fail "$input" "$input is an input of target kubernetes only (strategy canary and a blue-green Service are Kubernetes'; Swarm's blue-green uses proxy-service)"
  done
  IFS=',' read -r -a services <<<"${SERVICES:-}"
  for service in "${services[@]}"; do
    service=$(echo "$service" | xargs)
    [[ -n "$service" ]] && images+="$service=$ref"$'\n'
  done
  if [[ "${HAS_REGISTRY_PASSWORD:-false}" == true ]]; then
    first=${image%%/*}
    if [[ "$image" == */* && ( "$first" == *.* || "$first" == *:* || "$first" == localhost ) ]]; then
      registry=$first
    else
      registry=docker.io
    fi
  fi
  ;;
kubernetes)
  # The strategy inputs go to deploy-k8s, which checks them; the Swarm proxy's are refused, never ignored.
  for name in PROXY_SERVICE SWITCH_VARIABLE; do
    input=$(echo "$name" | tr 'A-Z_' 'a-z-')
    [[ -z "${!name:-}" ]] || fail "$input" "$input is an input of target swarm only (blue-green on Kubernetes switches the selector of the Service named by the service input)"
  done
  [[ -n "${MANIFESTS:-}${KUSTOMIZE:-}" ]] || fail manifests "target kubernetes needs the manifests or kustomize input"
  if [[ "${HAS_APP_SECRETS:-false}" == true && -z "${STACK:-}" ]]; then
    fail stack "app-secrets with target kubernetes need the stack input (the prefix of the Secrets' names, <stack>-<name>-<version>)"
  fi
  images="$image=$ref"$'\n'
  ;;
*) fail target "target must be swarm or kubernetes, got '${TARGET:-}'" ;;
esac
[[ "$check_only" != true ]] || exit 0
env_lines=${USER_ENV:-}
[[ -z "$env_lines" || "$env_lines" == *$'\n' ]] || env_lines+=$'\n'
env_lines+="GANTRY_IMAGE=$ref"
{
  echo 'images<<GANTRY_EOF'
  printf '%s' "$images"
  echo 'GANTRY_EOF'
  echo 'env<<GANTRY_EOF'
  printf '%s\n' "$env_lines"
  echo 'GANTRY_EOF'
  echo "registry=$registry"
  echo "has-app-secrets=${HAS_APP_SECRETS:-false}"
} >>"$out"
