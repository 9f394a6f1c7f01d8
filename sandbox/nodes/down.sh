#!/usr/bin/env bash
# Stops what nodes/up.sh started (by pid: sshd, registry, dockerd and what dockerd left: containerd,
# shims, docker-proxy) and removes the namespaces, veths, bridge and state.   usage: down.sh
set -uo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=sandbox/nodes/lib.sh
source "$HERE/lib.sh"

stop_pid() { # stop_pid PID NAME: TERM, wait up to 20 s, then KILL
  local pid="$1" k
  kill -TERM "$pid" 2>/dev/null || return 0
  for ((k = 0; k < 80; k++)); do
    kill -0 "$pid" 2>/dev/null || return 0
    sleep 0.25
  done
  nlog "$2 (pid $pid) did not stop; killing it"
  kill -KILL "$pid" 2>/dev/null || true
}

[[ -d "$NODES_HOME" ]] || { nlog "nothing to do: $NODES_HOME does not exist"; exit 0; }
for dir in "$NODES_HOME"/node*; do
  [[ -d "$dir" ]] || continue
  pid="$(pid_of "$dir/sshd.pid" sshd)" && stop_pid "$pid" sshd
  pid="$(pid_of "$dir/registry.pid" docker-registry)" && stop_pid "$pid" registry
  if [[ -S "$dir/docker.sock" ]]; then
    DOCKER_HOST="unix://$dir/docker.sock" timeout 20 docker swarm leave --force >/dev/null 2>&1 || true
  fi
  if pid="$(pid_of "$dir/dockerd.pid" dockerd)"; then
    nlog "stopping dockerd of $(basename "$dir") (pid $pid)"
    stop_pid "$pid" dockerd
  fi
done
# What the engines started and left behind, found by the nodes' own exec roots and state folder.
pids="$(pgrep -f -- "$NODES_RUN/|$NODES_HOME/" || true)"
if [[ -n "$pids" ]]; then
  nlog "stopping helpers left by the engines: $(echo "$pids" | tr '\n' ' ')"
  # shellcheck disable=SC2086
  kill -KILL $pids 2>/dev/null || true
  sleep 0.5
fi
for ns in $(ip netns list 2>/dev/null | awk '/^gantry-node[0-9]+/ { print $1 }'); do
  for pid in $(ip netns pids "$ns" 2>/dev/null); do kill -KILL "$pid" 2>/dev/null || true; done
  ip netns delete "$ns"
done
for link in $(ip -o link show 2>/dev/null | awk -F': ' '{ sub(/@.*/, "", $2); print $2 }' | grep -E '^gantry-nv[0-9]+$' || true); do
  ip link delete "$link" 2>/dev/null || true
done
ip link delete "$NODES_BRIDGE" 2>/dev/null || true
while read -r mnt; do
  [[ -n "$mnt" ]] && umount -l "$mnt" 2>/dev/null
done < <(awk -v a="$NODES_HOME/" -v b="$NODES_RUN/" 'index($2, a) == 1 || index($2, b) == 1 { print $2 }' /proc/mounts | sort -r)
rm -rf "$NODES_HOME" "$NODES_RUN"
nlog "down"
