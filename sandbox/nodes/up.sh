#!/usr/bin/env bash
# Brings up (or completes) an N-node Docker Swarm on this machine; sandbox.sh up --nodes N runs it
# after the single-node sandbox is up, whose registry storage, htpasswd and deploy user it shares.
#
#   up.sh N      (environment from sandbox.sh: NODES_REGISTRY_DIR, NODES_REGISTRY_PORT,
#                 NODES_AUTHORIZED_KEYS, NODES_DEPLOY_USER, NODES_DEPLOY_KEY)
#
# Per node i: netns gantry-node<i> with a veth on the bridge gantry-nodes0 at 10.231.0.1<i>; dockerd
# (engine.sh) with its own data root, exec root, pidfile and socket; a registry on the namespace's
# own 127.0.0.1:<port> serving the sandbox registry's storage with its htpasswd (so an image is
# 127.0.0.1:5000/gantry/app on the host and on every node); an sshd on 10.231.0.1<i>:22 whose deploy
# user drives that node's engine. Node 1 runs `swarm init`, the others join with the worker token.
# Idempotent: what runs is left alone, what is missing is started. Prints the env lines at the end.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=sandbox/nodes/lib.sh
source "$HERE/lib.sh"

# Exit 3 (as sandbox.sh): this machine cannot host the nodes.
for tool in dockerd docker-registry nsenter unshare ip /usr/sbin/sshd; do
  command -v "$tool" >/dev/null 2>&1 || {
    printf 'sandbox nodes: cannot host the nodes here: %s is missing\n' "$tool" >&2
    exit 3
  }
done
N="${1:-3}"
[[ "$N" =~ ^[2-9]$ ]] || ndie "the node count must be 2 to 9, got '$N'"
: "${NODES_REGISTRY_DIR:?} ${NODES_REGISTRY_PORT:?} ${NODES_AUTHORIZED_KEYS:?} ${NODES_DEPLOY_USER:?} ${NODES_DEPLOY_KEY:?}"
old="$(nodes_count)"
if [[ "$old" != 0 && "$old" != "$N" ]]; then
  ndie "the nodes are up with $old nodes; run 'sandbox.sh down --nodes' first to change the count"
fi
mkdir -p "$NODES_HOME/ssh" "$NODES_RUN"
chmod 0755 "$NODES_HOME" "$NODES_HOME/ssh"
echo "$N" >"$NODES_HOME/count"

ensure_bridge() {
  if ! ip link show "$NODES_BRIDGE" >/dev/null 2>&1; then
    ip link add "$NODES_BRIDGE" type bridge
    ip addr add "$NODES_BRIDGE_ADDR/24" dev "$NODES_BRIDGE"
  fi
  ip link set "$NODES_BRIDGE" up
}

ensure_netns() {
  local i="$1" ns veth
  ns="$(node_ns "$i")" veth="$(node_veth "$i")"
  if [[ ! -e "/var/run/netns/$ns" ]]; then
    ip netns add "$ns"
    ip netns exec "$ns" ip link set lo up
  fi
  if ! ip link show "$veth" >/dev/null 2>&1; then
    ip link add "$veth" type veth peer name eth0 netns "$ns"
    ip netns exec "$ns" ip addr add "$(node_addr "$i")/24" dev eth0
    ip netns exec "$ns" ip link set eth0 up
  fi
  ip link set "$veth" master "$NODES_BRIDGE"
  ip link set "$veth" up
}

ensure_engine() {
  local i="$1" dir k
  dir="$(node_dir "$i")"
  mkdir -p "$dir"
  node_answers "$i" && return 0
  nlog "starting dockerd of $(node_name "$i") at $(node_addr "$i") (log $dir/dockerd.log)"
  nsenter --net="/var/run/netns/$(node_ns "$i")" unshare --mount --uts --propagation private \
    setsid "$HERE/engine.sh" "$(node_name "$i")" "$dir" "$NODES_RUN/n$i" \
    >>"$dir/dockerd.log" 2>&1 </dev/null 9>&- &
  for ((k = 0; k < 120; k++)); do
    node_answers "$i" && return 0
    sleep 0.25
  done
  tail -n 20 "$dir/dockerd.log" >&2 || true
  ndie "dockerd of $(node_name "$i") did not answer within 30s; see $dir/dockerd.log"
}

ensure_registry() {
  local i="$1" dir
  dir="$(node_dir "$i")"
  cat >"$dir/registry.yml" <<YML
# Written by gantry sandbox/nodes/up.sh: the sandbox registry's storage and users, on this node's loopback.
version: 0.1
log: { level: warn }
storage:
  filesystem: { rootdirectory: $NODES_REGISTRY_DIR/data }
  delete: { enabled: true }
http: { addr: "127.0.0.1:$NODES_REGISTRY_PORT" }
auth:
  htpasswd: { realm: gantry-sandbox, path: $NODES_REGISTRY_DIR/htpasswd }
YML
  pid_of "$dir/registry.pid" docker-registry >/dev/null && return 0
  nsenter --net="/var/run/netns/$(node_ns "$i")" setsid docker-registry serve "$dir/registry.yml" \
    >>"$dir/registry.log" 2>&1 </dev/null 9>&- &
  echo $! >"$dir/registry.pid"
}

ensure_host_key() {
  local k="$NODES_HOME/ssh/host_ed25519"
  [[ -f "$k" ]] || ssh-keygen -q -t ed25519 -N '' -C gantry-nodes-host -f "$k"
  chmod 0600 "$k"
  local i lines=""
  for ((i = 1; i <= N; i++)); do lines+="$(node_addr "$i") $(cut -d' ' -f1,2 "$k.pub")"$'\n'; done
  printf '%s' "$lines" >"$NODES_HOME/ssh/known_hosts"
  chmod 0644 "$NODES_HOME/ssh/known_hosts"
}

ensure_sshd() {
  local i="$1" dir
  dir="$(node_dir "$i")"
  cat >"$dir/sshd_config" <<CFG
# Written by gantry sandbox/nodes/up.sh: the deploy user on $(node_name "$i") drives its engine.
ListenAddress $(node_addr "$i"):22
HostKey $NODES_HOME/ssh/host_ed25519
PidFile $dir/sshd.pid
LogLevel VERBOSE
AuthorizedKeysFile $NODES_AUTHORIZED_KEYS/%u
StrictModes no
AllowUsers $NODES_DEPLOY_USER
PermitRootLogin no
PasswordAuthentication no
KbdInteractiveAuthentication no
UsePAM no
X11Forwarding no
AllowAgentForwarding no
AllowTcpForwarding local
PermitUserEnvironment no
PrintMotd no
MaxStartups 100:30:200
MaxSessions 100
SetEnv DOCKER_HOST=unix://$(node_socket "$i")
CFG
  pid_of "$dir/sshd.pid" sshd >/dev/null && return 0
  mkdir -p /run/sshd
  /usr/sbin/sshd -t -f "$dir/sshd_config" || ndie "sshd rejected $dir/sshd_config"
  nsenter --net="/var/run/netns/$(node_ns "$i")" /usr/sbin/sshd -f "$dir/sshd_config" -E "$dir/sshd.log" </dev/null 9>&-
}

swarm_state() { node_docker "$1" info --format '{{.Swarm.LocalNodeState}}' 2>/dev/null || true; }

ensure_swarm() {
  local manager_addr i
  manager_addr="$(node_addr 1)"
  if [[ "$(swarm_state 1)" != active ]]; then
    nlog "swarm init on $(node_name 1)"
    node_docker 1 swarm init --advertise-addr "$manager_addr" --listen-addr "$manager_addr:2377" >/dev/null
  fi
  local token
  token="$(node_docker 1 swarm join-token -q worker)"
  for ((i = 2; i <= N; i++)); do
    [[ "$(swarm_state "$i")" =~ ^(active|pending)$ ]] && continue
    nlog "$(node_name "$i") joins the Swarm"
    node_docker "$i" swarm join --token "$token" --advertise-addr "$(node_addr "$i")" "$manager_addr:2377" >/dev/null
  done
  # A node a test left drained is put back to work.
  local drained
  drained="$(node_docker 1 node ls --filter role=worker --format '{{.Hostname}} {{.Availability}}' | awk '$2 != "Active" { print $1 }')"
  for i in $drained; do node_docker 1 node update --availability active "$i" >/dev/null; done
}

# Every node Ready and its registry and sshd answering (the first up waits here for the joins).
wait_ready() {
  local k i ready
  for ((k = 0; k < 120; k++)); do
    ready="$(node_docker 1 node ls --format '{{.Status}}' 2>/dev/null | grep -c '^Ready$' || true)"
    if [[ "$ready" == "$N" ]]; then
      for ((i = 1; i <= N; i++)); do
        ip netns exec "$(node_ns "$i")" curl -s -m 2 -o /dev/null "http://127.0.0.1:$NODES_REGISTRY_PORT/v2/" || continue 2
        (exec 3<>"/dev/tcp/$(node_addr "$i")/22") 2>/dev/null || continue 2
      done
      return 0
    fi
    sleep 0.5
  done
  node_docker 1 node ls >&2 || true
  ndie "the nodes did not all become Ready with their registry and sshd within 60s"
}

write_env() {
  local i content
  content="$(
    printf 'GANTRY_NODES=%s\n' "$N"
    printf 'GANTRY_NODES_MANAGER_SSH=ssh://%s@%s\n' "$NODES_DEPLOY_USER" "$(node_addr 1)"
    printf 'GANTRY_NODES_SSH_KEY=%s\n' "$NODES_DEPLOY_KEY"
    printf 'GANTRY_NODES_KNOWN_HOSTS=%s\n' "$NODES_HOME/ssh/known_hosts"
    printf 'GANTRY_NODES_ADDRESSES=%s\n' "$(for ((i = 1; i <= N; i++)); do node_addr "$i"; echo; done | paste -sd' ')"
    for ((i = 1; i <= N; i++)); do
      printf 'GANTRY_NODE_%s_NAME=%s\n' "$i" "$(node_name "$i")"
      printf 'GANTRY_NODE_%s_ADDR=%s\n' "$i" "$(node_addr "$i")"
      printf 'GANTRY_NODE_%s_SSH=ssh://%s@%s\n' "$i" "$NODES_DEPLOY_USER" "$(node_addr "$i")"
      printf 'GANTRY_NODE_%s_DOCKER_HOST=unix://%s\n' "$i" "$(node_socket "$i")"
      printf 'GANTRY_NODE_%s_PIDFILE=%s/dockerd.pid\n' "$i" "$(node_dir "$i")"
    done
  )"
  [[ "$(cat "$NODES_HOME/env" 2>/dev/null)" == "$content" ]] || printf '%s\n' "$content" >"$NODES_HOME/env"
}

started=$SECONDS
ensure_bridge
ensure_host_key
for ((i = 1; i <= N; i++)); do
  ensure_netns "$i"
  ensure_engine "$i"
  ensure_registry "$i"
  ensure_sshd "$i"
done
ensure_swarm
wait_ready
write_env
nlog "$N nodes up (took $((SECONDS - started))s)"
node_docker 1 node ls --format '{{.Hostname}} {{.Status}} {{.Availability}} {{.ManagerStatus}}' >&2
cat "$NODES_HOME/env"
