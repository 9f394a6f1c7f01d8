#!/usr/bin/env bash
# sandbox/k8s/status.sh: is the sandbox Kubernetes cluster up? Exit 0 iff the API server answers
# /readyz and node `localhost` is Ready. Prints one status line, then (when up) KUBECONFIG=<path>
# as the last stdout line, which sandbox/sandbox.sh reads. Needs no root: it only asks the API.
set -uo pipefail

K8S_HOME=${K8S_HOME:-/var/lib/gantry-k8s}
KUBECONFIG_PATH=$K8S_HOME/kubeconfig
NODE_NAME=localhost

down() { echo "k8s down: $*"; exit 1; }

command -v kubectl >/dev/null 2>&1 || down "no kubectl on PATH"
[ -r "$KUBECONFIG_PATH" ] || down "no kubeconfig at $KUBECONFIG_PATH (run sandbox/k8s/up.sh)"
k() { kubectl --kubeconfig "$KUBECONFIG_PATH" --request-timeout=5s "$@"; }

k get --raw /readyz >/dev/null 2>&1 || down "API server https://127.0.0.1:16443 does not answer /readyz"
ready=$(k get node "$NODE_NAME" -o jsonpath='{.status.conditions[?(@.type=="Ready")].status}' 2>/dev/null)
[ "$ready" = True ] || down "API server answers, but node $NODE_NAME is not Ready (${ready:-not registered})"
version=$(k get --raw /version 2>/dev/null | sed -n 's/.*"gitVersion": *"\([^"]*\)".*/\1/p')
pods=$(k get pods -A --no-headers 2>/dev/null | wc -l)
echo "k8s up: ${version:-?} at https://127.0.0.1:16443, node $NODE_NAME Ready, $pods pods, K8S_HOME=$K8S_HOME"
echo "KUBECONFIG=$KUBECONFIG_PATH"
