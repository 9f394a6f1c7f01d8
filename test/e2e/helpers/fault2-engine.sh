#!/usr/bin/env bash
# A Swarm target of the engine-restart fault test's own, so that its engine can be restarted without
# touching the shared sandbox engine: Debian's dockerd in a network namespace (gantry-f2) with its own
# data root, exec root and socket, a single-node Swarm, a read-only view of the sandbox registry on
# the namespace's loopback (the same storage and users), and an sshd whose deploy user drives that
# engine (SetEnv DOCKER_HOST). Inside the namespace Swarm's default ports are its own. The dockerd is
# started the way sandbox/nodes starts a node's (sandbox/nodes/engine.sh).
#   usage: fault2-engine.sh up|restart-engine|down   (root; the sandbox must be up)
# up prints GANTRY_F2_HOST=ssh://deploy@ADDR and GANTRY_F2_KNOWN_HOSTS=FILE.
set -euo pipefail

HERE="$(cd "$(dirname "$0")" && pwd)"
ENGINE_SH="$(cd "$HERE/../../.." && pwd)/sandbox/nodes/engine.sh"
NS=gantry-f2
DIR=${GANTRY_F2_HOME:-/var/lib/gantry-fault2}
RUN=/run/gantry-fault2
HOST_VETH=gantry-f2h
HOST_ADDR=10.231.183.1
ADDR=10.231.183.2
SANDBOX=/var/lib/gantry-sandbox
SOCK="$DIR/docker.sock"
USER_NAME=deploy

d() { DOCKER_HOST="unix://$SOCK" timeout 20 docker "$@"; }
answers() { d version --format '{{.Server.Version}}' >/dev/null 2>&1; }
pid_in() { [[ -s "$1" ]] && kill -0 "$(cat "$1")" 2>/dev/null && cat "$1"; }

netns_up() {
  [[ -e "/var/run/netns/$NS" ]] && return 0
  ip netns add "$NS"
  ip netns exec "$NS" ip link set lo up
  ip link add "$HOST_VETH" type veth peer name eth0 netns "$NS"
  ip addr add "$HOST_ADDR/30" dev "$HOST_VETH"
  ip link set "$HOST_VETH" up
  ip netns exec "$NS" ip addr add "$ADDR/30" dev eth0
  ip netns exec "$NS" ip link set eth0 up
}

engine_start() {
  answers && return 0
  mkdir -p "$DIR" "$RUN"
  nsenter --net="/var/run/netns/$NS" unshare --mount --uts --propagation private \
    setsid "$ENGINE_SH" "$NS" "$DIR" "$RUN/exec" >>"$DIR/dockerd.log" 2>&1 </dev/null 9>&- &
  for _ in $(seq 240); do answers && return 0; sleep 0.25; done
  tail -n 20 "$DIR/dockerd.log" >&2
  echo "dockerd of $NS did not answer within 60s" >&2
  exit 1
}

engine_stop() {
  local pid
  pid=$(pid_in "$DIR/dockerd.pid") || return 0
  kill -TERM "$pid"
  for _ in $(seq 300); do kill -0 "$pid" 2>/dev/null || return 0; sleep 0.1; done
  kill -KILL "$pid" 2>/dev/null || true
}

swarm_up() {
  [[ "$(d info --format '{{.Swarm.LocalNodeState}}')" == active ]] && return 0
  d swarm init --advertise-addr "$ADDR" >/dev/null
}

registry_up() {
  pid_in "$DIR/registry.pid" >/dev/null && return 0
  cat >"$DIR/registry.yml" <<YML
version: 0.1
log: { level: warn }
storage:
  filesystem: { rootdirectory: $SANDBOX/registry/data }
  maintenance: { readonly: { enabled: true } }
http: { addr: "127.0.0.1:5000" }
auth:
  htpasswd: { realm: gantry-sandbox, path: $SANDBOX/registry/htpasswd }
YML
  nsenter --net="/var/run/netns/$NS" setsid docker-registry serve "$DIR/registry.yml" \
    >>"$DIR/registry.log" 2>&1 </dev/null 9>&- &
  echo $! >"$DIR/registry.pid"
}

sshd_up() {
  pid_in "$DIR/sshd.pid" >/dev/null && return 0
  mkdir -p "$DIR/keys" /run/sshd
  [[ -f "$DIR/host_ed25519" ]] || ssh-keygen -q -t ed25519 -N '' -C gantry-fault2-host -f "$DIR/host_ed25519"
  ssh-keygen -y -f "$SANDBOX/ssh/deploy_ed25519" >"$DIR/keys/$USER_NAME"
  chmod 0644 "$DIR/keys/$USER_NAME"
  echo "$ADDR $(cut -d' ' -f1,2 "$DIR/host_ed25519.pub")" >"$DIR/known_hosts"
  cat >"$DIR/sshd_config" <<CFG
ListenAddress $ADDR:22
HostKey $DIR/host_ed25519
PidFile $DIR/sshd.pid
LogLevel VERBOSE
AuthorizedKeysFile $DIR/keys/%u
StrictModes no
AllowUsers $USER_NAME
PermitRootLogin no
PasswordAuthentication no
KbdInteractiveAuthentication no
UsePAM no
X11Forwarding no
AllowTcpForwarding no
PrintMotd no
MaxStartups 100:30:200
MaxSessions 100
SetEnv DOCKER_HOST=unix://$SOCK
CFG
  /usr/sbin/sshd -t -f "$DIR/sshd_config"
  nsenter --net="/var/run/netns/$NS" /usr/sbin/sshd -f "$DIR/sshd_config" -E "$DIR/sshd.log" </dev/null 9>&-
}

up() {
  netns_up
  mkdir -p "$DIR"
  engine_start
  swarm_up
  registry_up
  sshd_up
  echo "GANTRY_F2_HOST=ssh://$USER_NAME@$ADDR"
  echo "GANTRY_F2_KNOWN_HOSTS=$DIR/known_hosts"
  echo "GANTRY_F2_DOCKER_HOST=unix://$SOCK"
  echo "GANTRY_F2_ADDR=$ADDR"
}

down() {
  local pid
  for f in sshd registry; do
    pid=$(pid_in "$DIR/$f.pid") && kill -TERM "$pid" || true
  done
  if answers; then d swarm leave --force >/dev/null 2>&1 || true; fi
  engine_stop
  # containerd and shims dockerd left, found by this engine's own exec root.
  for pid in $(pgrep -f "$RUN/exec" || true); do kill -KILL "$pid" 2>/dev/null || true; done
  ip link del "$HOST_VETH" 2>/dev/null || true
  ip netns del "$NS" 2>/dev/null || true
  rm -rf "$DIR" "$RUN"
}

case "${1:-}" in
  up) up ;;
  restart-engine) engine_stop; sleep "${2:-0}"; engine_start ;;
  down) down ;;
  *) echo "usage: $0 up|restart-engine [seconds down]|down" >&2; exit 2 ;;
esac
