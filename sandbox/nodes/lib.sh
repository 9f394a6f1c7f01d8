# shellcheck shell=bash
# Shared names of the multi-node sandbox (sourced by up.sh, down.sh and status.sh).
#
# Node i (1 = the manager) is Debian's dockerd in network namespace gantry-node<i>, at 10.231.0.1<i>
# on the bridge gantry-nodes0 (10.231.0.1/24). The bridge has no route and no NAT to anything
# outside this machine: only loopback and these addresses are ever used.
NODES_HOME="${GANTRY_NODES_HOME:-/var/lib/gantry-nodes}"
NODES_RUN="${GANTRY_NODES_RUN:-/run/gantry-nodes}"
NODES_NET=10.231.0
NODES_BRIDGE=gantry-nodes0
NODES_BRIDGE_ADDR="$NODES_NET.1"

node_ns() { printf 'gantry-node%s' "$1"; }
node_name() { printf 'gantry-node%s' "$1"; }
node_addr() { printf '%s.1%s' "$NODES_NET" "$1"; }
node_veth() { printf 'gantry-nv%s' "$1"; }
node_dir() { printf '%s/node%s' "$NODES_HOME" "$1"; }
node_socket() { printf '%s/node%s/docker.sock' "$NODES_HOME" "$1"; }
node_docker() {
  local i="$1"
  shift
  DOCKER_HOST="unix://$(node_socket "$i")" timeout 20 docker "$@"
}
node_answers() { node_docker "$1" version --format '{{.Server.Version}}' >/dev/null 2>&1; }

# pid_of FILE NAME: the live pid in FILE whose command line mentions NAME, or nothing (exit 1).
pid_of() {
  local pid
  [[ -f "$1" ]] || return 1
  pid="$(tr -dc '0-9' <"$1")"
  [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null || return 1
  [[ "$(tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null)" == *"$2"* ]] || return 1
  printf '%s\n' "$pid"
}

# The node count `up` was asked for (remembered for down, status and env).
nodes_count() { cat "$NODES_HOME/count" 2>/dev/null || echo 0; }

nlog() { printf 'sandbox nodes: %s\n' "$*" >&2; }
ndie() {
  printf 'sandbox nodes: error: %s\n' "$*" >&2
  exit 1
}
