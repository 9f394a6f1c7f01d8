#!/usr/bin/env bash
# sandbox/k8s/status.sh: is the sandbox Kubernetes cluster up? Exit 0 iff the API server answers
# /readyz, node `localhost` is Ready and kube-proxy answers its healthz (Services route). Prints one status line, then (when up) KUBECONFIG=<path>
# as the last stdout line, which sandbox/sandbox.sh reads. Needs no root: it only asks the API.
set -uo pipefail

K8S_HOME=${K8S_HOME:-/var/lib/gantry-k8s}
KUBECONFIG_PATH=$K8S_HOME/kubeconfig
NODE_NAME=localhost
PROXY_HEALTHZ=http://127.0.0.1:10356/healthz

down() { echo "k8s down: $*"; exit 1; }

command -v kubectl >/dev/null 2>&1 || down "no kubectl on PATH"
[ -r "$KUBECONFIG_PATH" ] || down "no kubeconfig at $KUBECONFIG_PATH (run sandbox/k8s/up.sh)"
k() { kubectl --kubeconfig "$KUBECONFIG_PATH" --request-timeout=5s "$@"; }

k get --raw /readyz >/dev/null 2>&1 || down "API server https://127.0.0.1:16443 does not answer /readyz"
ready=$(k get node "$NODE_NAME" -o jsonpath='{.status.conditions[?(@.type=="Ready")].status}' 2>/dev/null)
[ "$ready" = True ] || down "API server answers, but node $NODE_NAME is not Ready (${ready:-not registered})"
# kube-proxy's healthz: 200 once it has synced its iptables rules and keeps syncing.
proxy=$(/usr/bin/python3 -c '
import sys, urllib.error, urllib.request
try:
    with urllib.request.urlopen(sys.argv[1], timeout=3) as r:
        print(r.status)
except urllib.error.HTTPError as e:
    print(e.code)
' "$PROXY_HEALTHZ" 2>/dev/null)
[ "$proxy" = 200 ] || down "API server answers and node $NODE_NAME is Ready, but kube-proxy's $PROXY_HEALTHZ answers ${proxy:-nothing} (run sandbox/k8s/up.sh)"
version=$(k get --raw /version 2>/dev/null | sed -n 's/.*"gitVersion": *"\([^"]*\)".*/\1/p')
pods=$(k get pods -A --no-headers 2>/dev/null | wc -l)
echo "k8s up: ${version:-?} at https://127.0.0.1:16443, node $NODE_NAME Ready, kube-proxy (iptables) healthy, $pods pods, K8S_HOME=$K8S_HOME"
echo "KUBECONFIG=$KUBECONFIG_PATH"
