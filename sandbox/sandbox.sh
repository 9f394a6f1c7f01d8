#!/usr/bin/env bash
# Gantry sandbox: a real, local deploy target on this machine.
#
#   sandbox.sh up [--kubernetes]      bring it up (idempotent; a second `up` changes nothing)
#   sandbox.sh down [--kubernetes]    stop and remove everything `up` started or created
#   sandbox.sh status [--kubernetes]  say what runs; exit 0 only when everything is up
#   sandbox.sh env                    print the connection details as KEY=value lines
#
# What `up` gives: a Docker engine (reused if one answers, otherwise Debian's docker.io started
# here with its own data root), a single-node Swarm, a registry with htpasswd auth (Debian's
# docker-registry binary, run as a process), an sshd on a loopback port with a `deploy` user who
# may use the engine over `docker -H ssh://…`, and the test app images pushed to that registry.
# State lives outside the repository in ${GANTRY_SANDBOX_HOME:-/var/lib/gantry-sandbox}.
# See sandbox/README.md.
set -euo pipefail

SANDBOX_HOME="${GANTRY_SANDBOX_HOME:-/var/lib/gantry-sandbox}"
SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
APP_CONTEXT="$SCRIPT_DIR/images/app"
PROXY_CONTEXT="$SCRIPT_DIR/images/proxy"
K8S_DIR="$SCRIPT_DIR/k8s"
NODES_DIR="$SCRIPT_DIR/nodes"

STATE="$SANDBOX_HOME/state"
CONFIG_FILE="$SANDBOX_HOME/config"
DOCKER_DIR="$SANDBOX_HOME/docker"
REGISTRY_DIR="$SANDBOX_HOME/registry"
SSH_DIR="$SANDBOX_HOME/ssh"
CLIENT_CONFIG_DIR="$SANDBOX_HOME/client-docker-config"
HOME_ROOT="$SANDBOX_HOME/home"
EXEC_ROOT="${GANTRY_SANDBOX_EXEC_ROOT:-/run/gantry-sandbox/docker}"
LOCK_FILE="${GANTRY_SANDBOX_LOCK:-/run/lock/gantry-sandbox.lock}"
[[ -n "${GANTRY_SANDBOX_LOCK:-}" || -w /run/lock ]] || LOCK_FILE="${TMPDIR:-/tmp}/gantry-sandbox.lock"
DEFAULT_SOCKET="/var/run/docker.sock"

DEPLOY_USER="${GANTRY_SANDBOX_DEPLOY_USER:-deploy}"
REGISTRY_USER="${GANTRY_SANDBOX_REGISTRY_USER:-gantry}"
APP_REPO_PATH="gantry/app"
APP_TAGS=(v1 v2 broken)
PROXY_REPO_PATH="gantry/proxy"
PROXY_TAG=haproxy

log() { printf 'sandbox: %s\n' "$*" >&2; }
die() {
  printf 'sandbox: error: %s\n' "$*" >&2
  exit 1
}

# Exit code 3: this machine cannot host the sandbox (not root and no engine, not Debian-like, apt
# failed). The e2e set-up skips on it outside CI; any other failure is a failure.
cannot_host() {
  printf 'sandbox: cannot host the sandbox here: %s\n' "$*" >&2
  exit 3
}

usage() {
  cat >&2 <<'EOF'
usage: sandbox.sh up|down|status [--kubernetes | --nodes [N]]
       sandbox.sh env

  up      bring the sandbox up (Docker engine, Swarm, registry, sshd, deploy user, app images);
          with --kubernetes, also the Kubernetes cluster (sandbox/k8s/up.sh)
  down    stop and remove everything up started or created; with --kubernetes, only the cluster
  status  report what runs (exit 0 when all is up); with --kubernetes, the cluster's status
  env     print connection details as KEY=value lines
  --nodes N  (up) also a separate N-node Swarm (default 3), each node its own dockerd in a network
          namespace on a bridge (sandbox/nodes/); down/status --nodes: only those nodes

environment: GANTRY_SANDBOX_HOME (state folder, default /var/lib/gantry-sandbox),
  GANTRY_SANDBOX_REGISTRY_PORT (default 5000), GANTRY_SANDBOX_SSH_PORT (default 2222)
EOF
}

# ---------------------------------------------------------------------------------------------
# Configuration: ports are chosen on the first `up` and remembered, so later commands agree.
load_config() {
  REGISTRY_PORT="${GANTRY_SANDBOX_REGISTRY_PORT:-5000}"
  SSH_PORT="${GANTRY_SANDBOX_SSH_PORT:-2222}"
  if [[ -f "$CONFIG_FILE" ]]; then
    local saved_registry_port saved_ssh_port
    saved_registry_port="$(sed -n 's/^REGISTRY_PORT=//p' "$CONFIG_FILE")"
    saved_ssh_port="$(sed -n 's/^SSH_PORT=//p' "$CONFIG_FILE")"
    if [[ -n "${GANTRY_SANDBOX_REGISTRY_PORT:-}" && "$GANTRY_SANDBOX_REGISTRY_PORT" != "$saved_registry_port" ]] ||
      [[ -n "${GANTRY_SANDBOX_SSH_PORT:-}" && "$GANTRY_SANDBOX_SSH_PORT" != "$saved_ssh_port" ]]; then
      if [[ "${COMMAND:-}" == up ]]; then
        die "the sandbox in $SANDBOX_HOME was set up with registry port $saved_registry_port and ssh port $saved_ssh_port; run 'sandbox.sh down' first to change them"
      fi
    fi
    REGISTRY_PORT="$saved_registry_port"
    SSH_PORT="$saved_ssh_port"
  fi
  [[ "$REGISTRY_PORT" =~ ^[0-9]+$ ]] || die "GANTRY_SANDBOX_REGISTRY_PORT must be a port number, got '$REGISTRY_PORT'"
  [[ "$SSH_PORT" =~ ^[0-9]+$ ]] || die "GANTRY_SANDBOX_SSH_PORT must be a port number, got '$SSH_PORT'"
  REGISTRY="127.0.0.1:$REGISTRY_PORT"
  APP_IMAGE="$REGISTRY/$APP_REPO_PATH"
  if [[ "$SSH_PORT" == 22 ]]; then KNOWN_HOSTS_NAME="127.0.0.1"; else KNOWN_HOSTS_NAME="[127.0.0.1]:$SSH_PORT"; fi
}

save_config() {
  mkdir -p "$SANDBOX_HOME"
  if [[ ! -f "$CONFIG_FILE" ]]; then
    printf 'REGISTRY_PORT=%s\nSSH_PORT=%s\n' "$REGISTRY_PORT" "$SSH_PORT" >"$CONFIG_FILE"
  fi
}

is_root() { [[ "$(id -u)" == 0 ]]; }

pid_alive() {
  # pid_alive PIDFILE EXPECTED-EXE-BASENAME: the pidfile names a live process running that program.
  local pidfile="$1" exe="$2" pid
  [[ -f "$pidfile" ]] || return 1
  pid="$(tr -dc '0-9' <"$pidfile")"
  [[ -n "$pid" ]] || return 1
  kill -0 "$pid" 2>/dev/null || return 1
  [[ "$(tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null)" == *"$exe"* ]]
}

read_pid() { tr -dc '0-9' <"$1"; }

process_exists() { # PID: a process that has not exited (a zombie has)
  local state
  [[ -n "$1" ]] && state="$(awk '{print $3}' "/proc/$1/stat" 2>/dev/null)" && [[ -n "$state" && "$state" != Z ]]
}

# ---------------------------------------------------------------------------------------------
# Docker engine
docker_answers() {
  local host="$1"
  DOCKER_HOST="$host" timeout 10 docker version --format '{{.Server.Version}}' >/dev/null 2>&1
}

# Sets ENGINE_URL to an engine that answers, or returns 1.
find_engine() {
  if [[ -f "$STATE/engine-url" ]]; then
    ENGINE_URL="$(cat "$STATE/engine-url")"
    docker_answers "$ENGINE_URL" && return 0
  fi
  if [[ -n "${DOCKER_HOST:-}" && "$DOCKER_HOST" != ssh://* ]]; then
    ENGINE_URL="$DOCKER_HOST"
    docker_answers "$ENGINE_URL" && return 0
  fi
  ENGINE_URL="unix://$DEFAULT_SOCKET"
  docker_answers "$ENGINE_URL" && return 0
  return 1
}

dk() { DOCKER_HOST="$ENGINE_URL" docker "$@"; }

# ---------------------------------------------------------------------------------------------
# Packages
require_debian() {
  if [[ ! -f /etc/debian_version ]] || ! command -v apt-get >/dev/null 2>&1; then
    cannot_host "this machine is not Debian-like (no /etc/debian_version or apt-get), so the sandbox cannot install $*; install them yourself (or start a Docker engine) and run up again"
  fi
}

APT_UPDATED=0
apt_install() {
  local packages=("$@")
  is_root || cannot_host "missing packages: ${packages[*]}; installing them needs root (run 'sudo npm run sandbox -- up' or install them yourself)"
  require_debian "${packages[*]}"
  mkdir -p "$SANDBOX_HOME"
  local aptlog="$SANDBOX_HOME/apt.log" created_policy=0
  # No init system here: stop package scripts from starting docker, sshd or the registry.
  if [[ ! -e /usr/sbin/policy-rc.d ]]; then
    printf '#!/bin/sh\n# gantry sandbox: do not start services while installing\nexit 101\n' >/usr/sbin/policy-rc.d
    chmod 0755 /usr/sbin/policy-rc.d
    created_policy=1
  fi
  log "installing with apt: ${packages[*]} (log: $aptlog)"
  local rc=0
  {
    if [[ "$APT_UPDATED" == 0 ]]; then
      DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=900 update && APT_UPDATED=1
    fi
    DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=900 install -y --no-install-recommends \
      "${packages[@]}"
  } >"$aptlog" 2>&1 || rc=$?
  if [[ "$created_policy" == 1 ]]; then rm -f /usr/sbin/policy-rc.d; fi
  if [[ "$rc" != 0 ]]; then
    tail -n 15 "$aptlog" >&2 || true
    cannot_host "apt-get could not install ${packages[*]} (exit $rc); see $aptlog"
  fi
}

# Which packages are missing for what this machine needs.
missing_packages() {
  local need_engine="$1" missing=()
  if [[ "$need_engine" == 1 ]] && ! command -v dockerd >/dev/null 2>&1; then missing+=(docker.io); fi
  if ! command -v docker >/dev/null 2>&1; then missing+=(docker.io); fi
  if ! command -v docker-registry >/dev/null 2>&1; then missing+=(docker-registry); fi
  if [[ ! -x /usr/sbin/sshd ]]; then missing+=(openssh-server); fi
  if ! command -v ssh-keygen >/dev/null 2>&1 || ! command -v ssh >/dev/null 2>&1; then missing+=(openssh-client); fi
  if ! dpkg-query -W -f='${Status}' busybox-static 2>/dev/null | grep -q 'install ok installed'; then
    missing+=(busybox-static)
  fi
  if ! command -v htpasswd >/dev/null 2>&1; then missing+=(apache2-utils); fi
  if [[ ! -x /usr/sbin/haproxy ]]; then missing+=(haproxy); fi
  if ! command -v curl >/dev/null 2>&1; then missing+=(curl); fi
  if ! command -v flock >/dev/null 2>&1; then missing+=(util-linux); fi
  if ! command -v pgrep >/dev/null 2>&1; then missing+=(procps); fi
  if ! command -v ip >/dev/null 2>&1; then missing+=(iproute2); fi
  printf '%s\n' "${missing[@]}" | sort -u | grep -v '^$' || true
}

# ---------------------------------------------------------------------------------------------
# up: engine
start_engine() {
  is_root || die "no Docker engine answers (DOCKER_HOST=${DOCKER_HOST:-unset}, $DEFAULT_SOCKET) and starting one needs root"
  command -v dockerd >/dev/null 2>&1 || die "dockerd is missing after installing docker.io"
  mkdir -p "$DOCKER_DIR/data" "$EXEC_ROOT" "$STATE"
  if [[ -S "$DEFAULT_SOCKET" ]]; then
    # A socket nobody answers on (an engine that died): dockerd replaces it.
    log "replacing the dead socket $DEFAULT_SOCKET"
  fi
  local group_args=()
  if getent group docker >/dev/null; then group_args=(--group docker); fi
  log "starting dockerd (data root $DOCKER_DIR/data, log $DOCKER_DIR/dockerd.log)"
  setsid dockerd \
    --data-root "$DOCKER_DIR/data" \
    --exec-root "$EXEC_ROOT" \
    --pidfile "$DOCKER_DIR/dockerd.pid" \
    --storage-driver=vfs \
    --iptables=false \
    --host "unix://$DEFAULT_SOCKET" \
    "${group_args[@]}" \
    </dev/null >>"$DOCKER_DIR/dockerd.log" 2>&1 9>&- &
  local launcher=$!
  echo "$launcher" >"$DOCKER_DIR/dockerd.pid.launch"
  ENGINE_URL="unix://$DEFAULT_SOCKET"
  local i
  for ((i = 0; i < 120; i++)); do
    if docker_answers "$ENGINE_URL"; then
      echo "$ENGINE_URL" >"$STATE/engine-url"
      touch "$STATE/engine-started"
      log "dockerd answers on $ENGINE_URL (pid $(read_pid "$DOCKER_DIR/dockerd.pid"))"
      return 0
    fi
    if ! kill -0 "$launcher" 2>/dev/null; then
      tail -n 20 "$DOCKER_DIR/dockerd.log" >&2 || true
      die "dockerd exited while starting; see $DOCKER_DIR/dockerd.log"
    fi
    sleep 0.5
  done
  tail -n 20 "$DOCKER_DIR/dockerd.log" >&2 || true
  die "dockerd did not answer on $ENGINE_URL within 60s; see $DOCKER_DIR/dockerd.log"
}

ensure_engine() {
  if find_engine; then
    if [[ ! -f "$STATE/engine-url" ]]; then
      mkdir -p "$STATE"
      echo "$ENGINE_URL" >"$STATE/engine-url"
      log "reusing the Docker engine that answers on $ENGINE_URL (it will not be stopped by down)"
    fi
    return 0
  fi
  if [[ -f "$STATE/engine-url" && ! -f "$STATE/engine-started" ]]; then
    die "the Docker engine this sandbox was set up with ($(cat "$STATE/engine-url")) no longer answers; start it again, or run 'sandbox.sh down' and 'up'"
  fi
  start_engine
}

ensure_swarm() {
  local state
  state="$(dk info --format '{{.Swarm.LocalNodeState}} {{.Swarm.ControlAvailable}}' 2>/dev/null || true)"
  case "$state" in
    "active true") return 0 ;;
    "active false") die "this engine is a Swarm worker, not a manager; the sandbox needs a manager" ;;
    "pending "* | "locked "*) die "this engine's Swarm is '$state'; fix or leave it first" ;;
  esac
  log "initialising a single-node Swarm (advertise 127.0.0.1)"
  dk swarm init --advertise-addr 127.0.0.1 >/dev/null
  dk info --format '{{.Swarm.NodeID}}' >"$STATE/swarm-created"
}

# ---------------------------------------------------------------------------------------------
# up: registry
registry_answers() {
  local code
  code="$(curl -s -o /dev/null -m 3 -w '%{http_code}' "http://$REGISTRY/v2/" 2>/dev/null || true)"
  [[ "$code" == 401 ]]
}

ensure_registry() {
  if pid_alive "$REGISTRY_DIR/registry.pid" docker-registry && registry_answers; then return 0; fi
  is_root || die "the registry is not running and starting it needs root"
  mkdir -p "$REGISTRY_DIR/data"
  chmod 0700 "$REGISTRY_DIR"
  if [[ ! -s "$REGISTRY_DIR/password" ]]; then
    (
      umask 077
      head -c 32 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 32 >"$REGISTRY_DIR/password"
    )
  fi
  chmod 0600 "$REGISTRY_DIR/password"
  if [[ ! -s "$REGISTRY_DIR/htpasswd" ]]; then
    htpasswd -B -i -c "$REGISTRY_DIR/htpasswd" "$REGISTRY_USER" <"$REGISTRY_DIR/password" 2>/dev/null
    chmod 0600 "$REGISTRY_DIR/htpasswd"
  fi
  cat >"$REGISTRY_DIR/config.yml" <<EOF
# Written by gantry sandbox/sandbox.sh
version: 0.1
log:
  level: info
  fields:
    service: gantry-sandbox-registry
storage:
  cache:
    blobdescriptor: inmemory
  filesystem:
    rootdirectory: $REGISTRY_DIR/data
  delete:
    enabled: true
http:
  addr: 127.0.0.1:$REGISTRY_PORT
  headers:
    X-Content-Type-Options: [nosniff]
auth:
  htpasswd:
    realm: gantry-sandbox
    path: $REGISTRY_DIR/htpasswd
health:
  storagedriver:
    enabled: true
    interval: 10s
    threshold: 3
EOF
  if curl -s -o /dev/null -m 2 "http://$REGISTRY/" 2>/dev/null; then
    die "something else already listens on $REGISTRY; set GANTRY_SANDBOX_REGISTRY_PORT to a free port"
  fi
  log "starting the registry on $REGISTRY (log $REGISTRY_DIR/registry.log)"
  setsid docker-registry serve "$REGISTRY_DIR/config.yml" </dev/null >>"$REGISTRY_DIR/registry.log" 2>&1 9>&- &
  echo $! >"$REGISTRY_DIR/registry.pid"
  local i
  for ((i = 0; i < 60; i++)); do
    registry_answers && return 0
    # Right after the fork the child is still this script (and while it execs its cmdline reads
    # empty): only a process that is gone has exited.
    pid_alive "$REGISTRY_DIR/registry.pid" docker-registry || process_exists "$(read_pid "$REGISTRY_DIR/registry.pid")" || {
      tail -n 20 "$REGISTRY_DIR/registry.log" >&2 || true
      die "the registry exited while starting; see $REGISTRY_DIR/registry.log"
    }
    sleep 0.25
  done
  die "the registry did not answer on http://$REGISTRY/v2/ within 15s; see $REGISTRY_DIR/registry.log"
}

# ---------------------------------------------------------------------------------------------
# up: deploy user and sshd
ensure_deploy_user() {
  if ! getent group docker >/dev/null; then
    is_root || die "the 'docker' group is missing and creating it needs root"
    groupadd --system docker
    touch "$STATE/group-created"
  fi
  if id "$DEPLOY_USER" >/dev/null 2>&1; then
    if ! id -nG "$DEPLOY_USER" | tr ' ' '\n' | grep -qx docker; then
      is_root || die "user $DEPLOY_USER is not in the docker group and fixing that needs root"
      usermod -aG docker "$DEPLOY_USER"
    fi
    return 0
  fi
  is_root || die "the '$DEPLOY_USER' user is missing and creating it needs root"
  mkdir -p "$HOME_ROOT"
  chmod 0755 "$HOME_ROOT"
  log "creating user $DEPLOY_USER (group docker, home $HOME_ROOT/$DEPLOY_USER)"
  useradd --create-home --home-dir "$HOME_ROOT/$DEPLOY_USER" --shell /bin/bash --groups docker \
    --comment "Gantry sandbox deploy user" "$DEPLOY_USER"
  # An unset password is "locked" ("!"), and sshd (without PAM) refuses locked accounts.
  usermod -p '*' "$DEPLOY_USER"
  echo "$DEPLOY_USER" >"$STATE/user-created"
  # The engine's socket may not belong to group docker (a reused engine): tell, do not change it.
  local sock="${ENGINE_URL#unix://}"
  if [[ "$ENGINE_URL" == unix://* && -S "$sock" ]] && [[ "$(stat -c %G "$sock")" != docker ]]; then
    log "warning: $sock belongs to group $(stat -c %G "$sock"), not docker; $DEPLOY_USER may not reach the engine"
  fi
}

sshd_running() { pid_alive "$SSH_DIR/sshd.pid" sshd; }

ensure_sshd() {
  mkdir -p "$SSH_DIR/authorized_keys"
  chmod 0755 "$SANDBOX_HOME" "$SSH_DIR" "$SSH_DIR/authorized_keys"
  local changed=0
  if [[ ! -f "$SSH_DIR/ssh_host_ed25519_key" ]]; then
    ssh-keygen -q -t ed25519 -N '' -C "gantry-sandbox-host" -f "$SSH_DIR/ssh_host_ed25519_key"
    changed=1
  fi
  if [[ ! -f "$SSH_DIR/deploy_ed25519" ]]; then
    ssh-keygen -q -t ed25519 -N '' -C "gantry-sandbox-deploy" -f "$SSH_DIR/deploy_ed25519"
    changed=1
  fi
  chmod 0600 "$SSH_DIR/ssh_host_ed25519_key" "$SSH_DIR/deploy_ed25519"
  local want_auth want_known
  want_auth="$(cat "$SSH_DIR/deploy_ed25519.pub")"
  want_known="$KNOWN_HOSTS_NAME $(cut -d' ' -f1,2 "$SSH_DIR/ssh_host_ed25519_key.pub")"
  if [[ "$(cat "$SSH_DIR/authorized_keys/$DEPLOY_USER" 2>/dev/null)" != "$want_auth" ]]; then
    printf '%s\n' "$want_auth" >"$SSH_DIR/authorized_keys/$DEPLOY_USER"
    chmod 0644 "$SSH_DIR/authorized_keys/$DEPLOY_USER"
  fi
  if [[ "$(cat "$SSH_DIR/known_hosts" 2>/dev/null)" != "$want_known" ]]; then
    printf '%s\n' "$want_known" >"$SSH_DIR/known_hosts"
    chmod 0644 "$SSH_DIR/known_hosts"
  fi

  local setenv=""
  if [[ "$ENGINE_URL" != "unix://$DEFAULT_SOCKET" ]]; then setenv="SetEnv DOCKER_HOST=$ENGINE_URL"; fi
  local config
  config="$(
    cat <<EOF
# Written by gantry sandbox/sandbox.sh: a loopback-only sshd for the deploy user.
Port $SSH_PORT
ListenAddress 127.0.0.1
HostKey $SSH_DIR/ssh_host_ed25519_key
PidFile $SSH_DIR/sshd.pid
LogLevel VERBOSE
AuthorizedKeysFile $SSH_DIR/authorized_keys/%u
# The keys file is root's, in the sandbox folder, which may sit under a world-writable /tmp.
StrictModes no
AllowUsers $DEPLOY_USER
PermitRootLogin no
PubkeyAuthentication yes
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
ClientAliveInterval 30
Subsystem sftp internal-sftp
$setenv
EOF
  )"
  if [[ "$(cat "$SSH_DIR/sshd_config" 2>/dev/null)" != "$config" ]]; then
    printf '%s\n' "$config" >"$SSH_DIR/sshd_config"
    changed=1
  fi
  if sshd_running && [[ "$changed" == 0 ]]; then return 0; fi
  is_root || die "sshd is not running and starting it needs root"
  if sshd_running; then
    log "restarting sshd (its configuration changed)"
    kill_pid_and_wait "$(read_pid "$SSH_DIR/sshd.pid")" sshd 10
  fi
  if [[ ! -d /run/sshd ]]; then
    mkdir -p /run/sshd
    chmod 0755 /run/sshd
    touch "$STATE/run-sshd-created"
  fi
  /usr/sbin/sshd -t -f "$SSH_DIR/sshd_config" || die "sshd rejected $SSH_DIR/sshd_config"
  if (exec 3<>"/dev/tcp/127.0.0.1/$SSH_PORT") 2>/dev/null; then
    die "something else already listens on 127.0.0.1:$SSH_PORT; set GANTRY_SANDBOX_SSH_PORT to a free port"
  fi
  log "starting sshd on 127.0.0.1:$SSH_PORT (log $SSH_DIR/sshd.log)"
  /usr/sbin/sshd -f "$SSH_DIR/sshd_config" -E "$SSH_DIR/sshd.log" </dev/null 9>&-
  local i
  for ((i = 0; i < 40; i++)); do
    if sshd_running && (exec 3<>"/dev/tcp/127.0.0.1/$SSH_PORT") 2>/dev/null; then
      verify_ssh
      return 0
    fi
    sleep 0.25
  done
  tail -n 20 "$SSH_DIR/sshd.log" >&2 || true
  die "sshd did not start on 127.0.0.1:$SSH_PORT; see $SSH_DIR/sshd.log"
}

# One real round trip (only when sshd was (re)started): the deploy user reaches the engine.
verify_ssh() {
  local out
  if ! out="$(ssh -F /dev/null -o BatchMode=yes -o IdentitiesOnly=yes -o StrictHostKeyChecking=yes \
    -o UserKnownHostsFile="$SSH_DIR/known_hosts" -i "$SSH_DIR/deploy_ed25519" -p "$SSH_PORT" \
    "$DEPLOY_USER@127.0.0.1" docker version --format '{{.Server.Version}}' 2>&1)"; then
    printf '%s\n' "$out" >&2
    # Stop this sshd, so that the next `up` starts it again and checks again.
    kill "$(read_pid "$SSH_DIR/sshd.pid")" 2>/dev/null || true
    die "the deploy user cannot run docker over ssh (see above and $SSH_DIR/sshd.log)"
  fi
  log "ssh check: $DEPLOY_USER@127.0.0.1:$SSH_PORT reaches engine $out"
}

# ---------------------------------------------------------------------------------------------
# up: app images
app_hash() {
  (cd "$APP_CONTEXT" && cat Dockerfile serve.sh handle.sh .dockerignore busybox | sha256sum | cut -d' ' -f1)
}

registry_curl() {
  # Credentials go through a config on stdin, never on argv.
  printf 'user = "%s:%s"\n' "$REGISTRY_USER" "$(cat "$REGISTRY_DIR/password")" |
    curl -s -m 5 -K - "$@"
}

images_present() {
  local tags tag
  tags="$(registry_curl "http://$REGISTRY/v2/$APP_REPO_PATH/tags/list" 2>/dev/null || true)"
  for tag in "${APP_TAGS[@]}"; do
    [[ "$tags" == *"\"$tag\""* ]] || return 1
  done
}

ensure_images() {
  [[ -x /bin/busybox ]] || die "/bin/busybox is missing (package busybox-static)"
  if ! cmp -s /bin/busybox "$APP_CONTEXT/busybox"; then
    cp /bin/busybox "$APP_CONTEXT/busybox"
    chmod 0755 "$APP_CONTEXT/busybox"
  fi
  local hash
  hash="$(app_hash)"
  if [[ "$(cat "$STATE/app-hash" 2>/dev/null)" == "$hash" ]] && images_present; then return 0; fi
  mkdir -p "$CLIENT_CONFIG_DIR"
  chmod 0700 "$CLIENT_CONFIG_DIR"
  DOCKER_CONFIG="$CLIENT_CONFIG_DIR" dk login --username "$REGISTRY_USER" --password-stdin "$REGISTRY" \
    <"$REGISTRY_DIR/password" >/dev/null 2>&1 || die "docker login to $REGISTRY failed"
  local tag broken
  for tag in "${APP_TAGS[@]}"; do
    broken=false
    [[ "$tag" == broken ]] && broken=true
    log "building $APP_IMAGE:$tag"
    DOCKER_CONFIG="$CLIENT_CONFIG_DIR" dk build -q --build-arg "VERSION=$tag" --build-arg "BROKEN=$broken" \
      -t "$APP_IMAGE:$tag" "$APP_CONTEXT" >/dev/null 2>"$SANDBOX_HOME/build.log" || {
      cat "$SANDBOX_HOME/build.log" >&2
      die "building $APP_IMAGE:$tag failed"
    }
    DOCKER_CONFIG="$CLIENT_CONFIG_DIR" dk push -q "$APP_IMAGE:$tag" >/dev/null || die "pushing $APP_IMAGE:$tag failed"
  done
  echo "$hash" >"$STATE/app-hash"
  log "pushed $APP_IMAGE:{${APP_TAGS[*]}}"
}

# ---------------------------------------------------------------------------------------------
# up: the proxy image (blue-green tests): Debian's haproxy, its shared libraries and busybox, FROM scratch
proxy_rootfs() {
  local root="$PROXY_CONTEXT/rootfs" lib
  rm -rf "$root"
  mkdir -p "$root/usr/sbin" "$root/bin"
  cp /usr/sbin/haproxy "$root/usr/sbin/haproxy"
  cp /bin/busybox "$root/bin/busybox"
  ln -s busybox "$root/bin/sh"
  ln -s busybox "$root/bin/wget"
  for lib in $(ldd /usr/sbin/haproxy | grep -o '/[^ ]*'); do
    mkdir -p "$root$(dirname "$lib")"
    cp -L "$lib" "$root$lib"
  done
}

proxy_hash() {
  (cd "$PROXY_CONTEXT" && cat Dockerfile switch.cfg edge.cfg entrypoint.sh .dockerignore /usr/sbin/haproxy /bin/busybox |
    sha256sum | cut -d' ' -f1)
}

ensure_proxy_image() {
  [[ -x /usr/sbin/haproxy ]] || die "/usr/sbin/haproxy is missing (package haproxy)"
  local hash image="$REGISTRY/$PROXY_REPO_PATH:$PROXY_TAG" tags
  hash="$(proxy_hash)"
  tags="$(registry_curl "http://$REGISTRY/v2/$PROXY_REPO_PATH/tags/list" 2>/dev/null || true)"
  if [[ "$(cat "$STATE/proxy-hash" 2>/dev/null)" == "$hash" && "$tags" == *"\"$PROXY_TAG\""* ]]; then return 0; fi
  proxy_rootfs
  log "building $image"
  DOCKER_CONFIG="$CLIENT_CONFIG_DIR" dk build -q -t "$image" "$PROXY_CONTEXT" >/dev/null 2>"$SANDBOX_HOME/build.log" || {
    cat "$SANDBOX_HOME/build.log" >&2
    die "building $image failed"
  }
  DOCKER_CONFIG="$CLIENT_CONFIG_DIR" dk push -q "$image" >/dev/null || die "pushing $image failed"
  rm -rf "$PROXY_CONTEXT/rootfs"
  echo "$hash" >"$STATE/proxy-hash"
  log "pushed $image"
}

# ---------------------------------------------------------------------------------------------
# Kubernetes delegation
k8s_script() {
  local name="$1"
  if [[ ! -f "$K8S_DIR/$name" ]]; then
    die "Kubernetes support is not there yet: $K8S_DIR/$name does not exist"
  fi
  printf '%s\n' "$K8S_DIR/$name"
}

k8s_up() {
  local script out kubeconfig
  script="$(k8s_script up.sh)"
  out="$(bash "$script")" || die "$script failed"
  printf '%s\n' "$out"
  kubeconfig="$(printf '%s\n' "$out" | sed -n 's/^KUBECONFIG=//p' | tail -n 1)"
  [[ -n "$kubeconfig" ]] || die "$script did not print KUBECONFIG=/path as its last line"
  mkdir -p "$STATE"
  printf '%s\n' "$kubeconfig" >"$STATE/kubeconfig-path"
}

# Prints the kubeconfig path when the cluster runs; returns 1 otherwise, saying why on stderr when
# the cluster was brought up once (stdout stays the path, or nothing).
k8s_kubeconfig() {
  [[ -f "$K8S_DIR/status.sh" ]] || return 1
  local out kubeconfig
  if ! out="$(bash "$K8S_DIR/status.sh" 2>&1)"; then
    [[ -f "$STATE/kubeconfig-path" ]] && log "no KUBECONFIG printed: $(printf '%s\n' "$out" | head -n 1)"
    return 1
  fi
  kubeconfig="$(printf '%s\n' "$out" | sed -n 's/^KUBECONFIG=//p' | tail -n 1)"
  if [[ -z "$kubeconfig" && -f "$STATE/kubeconfig-path" ]]; then kubeconfig="$(cat "$STATE/kubeconfig-path")"; fi
  [[ -n "$kubeconfig" ]] || return 1
  printf '%s\n' "$kubeconfig"
}

# ---------------------------------------------------------------------------------------------
# The multi-node Swarm (sandbox/nodes/): a separate Swarm that shares this sandbox's registry
# storage and users and its deploy user's key. up.sh prints its env lines (also kept for `env`).
nodes_up() {
  is_root || cannot_host "the nodes need root (network namespaces, a bridge, one dockerd per node)"
  local rc=0
  NODES_REGISTRY_DIR="$REGISTRY_DIR" NODES_REGISTRY_PORT="$REGISTRY_PORT" \
    NODES_AUTHORIZED_KEYS="$SSH_DIR/authorized_keys" NODES_DEPLOY_USER="$DEPLOY_USER" \
    NODES_DEPLOY_KEY="$SSH_DIR/deploy_ed25519" bash "$NODES_DIR/up.sh" "$1" || rc=$?
  [[ "$rc" != 3 ]] || exit 3
  [[ "$rc" == 0 ]] || die "$NODES_DIR/up.sh failed (exit $rc)"
}

nodes_down() {
  with_lock
  is_root || die "taking the nodes down needs root"
  bash "$NODES_DIR/down.sh"
}

# ---------------------------------------------------------------------------------------------
# Commands
with_lock() {
  if [[ -e "$LOCK_FILE" && ! -w "$LOCK_FILE" ]]; then exec 9<"$LOCK_FILE"; else exec 9>>"$LOCK_FILE"; fi
  if ! flock -n 9; then
    log "waiting for another sandbox.sh to finish (lock $LOCK_FILE)"
    flock -w 1200 9 || die "timed out waiting for the lock $LOCK_FILE"
  fi
}

cmd_up() {
  local kubernetes="$1" started=$SECONDS
  with_lock
  if [[ "$kubernetes" == 1 ]]; then k8s_script up.sh >/dev/null; fi
  local need_engine=0
  if ! find_engine; then need_engine=1; fi
  if ! is_root && [[ "$need_engine" == 1 ]]; then
    cannot_host "no Docker engine answers (DOCKER_HOST=${DOCKER_HOST:-unset}, $DEFAULT_SOCKET) and this is not root, so none can be installed or started"
  fi
  local missing
  missing="$(missing_packages "$need_engine")"
  if [[ -n "$missing" ]]; then
    # shellcheck disable=SC2086
    apt_install $missing
  fi
  if ! is_root && ! cmd_status quiet; then
    cannot_host "the sandbox is not (fully) up and bringing it up needs root (to create the '$DEPLOY_USER' user and start sshd)"
  fi
  save_config
  mkdir -p "$STATE"
  chmod 0755 "$SANDBOX_HOME"
  [[ -f "$SANDBOX_HOME/.gantry-sandbox" ]] || touch "$SANDBOX_HOME/.gantry-sandbox"
  ensure_engine
  ensure_swarm
  ensure_registry
  ensure_deploy_user
  ensure_sshd
  ensure_images
  ensure_proxy_image
  write_env_file
  log "up (took $((SECONDS - started))s); 'npm run sandbox -- env' prints the connection details"
  if [[ "$kubernetes" == 1 ]]; then k8s_up; fi
}

write_env_file() {
  local content
  content="$(
    printf 'GANTRY_SSH_HOST=ssh://%s@127.0.0.1:%s\n' "$DEPLOY_USER" "$SSH_PORT"
    printf 'GANTRY_SSH_KEY=%s\n' "$SSH_DIR/deploy_ed25519"
    printf 'GANTRY_KNOWN_HOSTS=%s\n' "$SSH_DIR/known_hosts"
    printf 'GANTRY_SSHD_LOG=%s\n' "$SSH_DIR/sshd.log"
    printf 'GANTRY_REGISTRY=%s\n' "$REGISTRY"
    printf 'GANTRY_REGISTRY_USER=%s\n' "$REGISTRY_USER"
    printf 'GANTRY_REGISTRY_PASSWORD_FILE=%s\n' "$REGISTRY_DIR/password"
    printf 'GANTRY_APP_IMAGE=%s\n' "$APP_IMAGE"
    printf 'GANTRY_DOCKER_HOST=%s\n' "$ENGINE_URL"
  )"
  # Written only when it changes, so that a second `up` changes nothing.
  if [[ "$(cat "$SANDBOX_HOME/env" 2>/dev/null)" != "$content" ]]; then
    printf '%s\n' "$content" >"$SANDBOX_HOME/env"
  fi
}

cmd_env() {
  [[ -f "$SANDBOX_HOME/env" ]] || die "the sandbox is not up (no $SANDBOX_HOME/env); run 'npm run sandbox -- up'"
  cat "$SANDBOX_HOME/env"
  local kubeconfig
  if kubeconfig="$(k8s_kubeconfig)"; then printf 'KUBECONFIG=%s\n' "$kubeconfig"; fi
  if [[ -f "${GANTRY_NODES_HOME:-/var/lib/gantry-nodes}/env" ]] && bash "$NODES_DIR/status.sh" quiet; then
    cat "${GANTRY_NODES_HOME:-/var/lib/gantry-nodes}/env"
  fi
}

# cmd_status [quiet]: exit 0 when every part is up.
cmd_status() {
  local quiet="${1:-}" ok=0 line
  say() { [[ "$quiet" == quiet ]] || printf '%-9s %s\n' "$1" "$2"; }
  if [[ ! -f "$SANDBOX_HOME/.gantry-sandbox" ]]; then
    say sandbox "not set up (no state in $SANDBOX_HOME)"
    return 1
  fi
  if find_engine; then
    local version owner="reused, not started by the sandbox"
    version="$(dk version --format '{{.Server.Version}} (API {{.Server.APIVersion}})' 2>/dev/null || true)"
    [[ -f "$STATE/engine-started" ]] && owner="started by the sandbox, pid $(read_pid "$DOCKER_DIR/dockerd.pid" 2>/dev/null || echo '?')"
    say engine "up: $ENGINE_URL, Docker $version, $owner"
    line="$(dk info --format '{{.Swarm.LocalNodeState}} {{.Swarm.ControlAvailable}}' 2>/dev/null || true)"
    if [[ "$line" == "active true" ]]; then
      local who="existing"
      [[ -f "$STATE/swarm-created" ]] && who="created by the sandbox"
      say swarm "up: manager ($who)"
    else
      say swarm "down: node state '$line'"
      ok=1
    fi
  else
    say engine "down: no engine answers"
    say swarm "down"
    ok=1
  fi
  if pid_alive "$REGISTRY_DIR/registry.pid" docker-registry && registry_answers; then
    say registry "up: http://$REGISTRY (pid $(read_pid "$REGISTRY_DIR/registry.pid"), user $REGISTRY_USER)"
    if images_present; then
      say images "up: $APP_IMAGE:{${APP_TAGS[*]}}"
    else
      say images "missing: $APP_IMAGE:{${APP_TAGS[*]}}"
      ok=1
    fi
  else
    say registry "down"
    say images "unknown (registry down)"
    ok=1
  fi
  if sshd_running; then
    say sshd "up: ssh://$DEPLOY_USER@127.0.0.1:$SSH_PORT (pid $(read_pid "$SSH_DIR/sshd.pid"), log $SSH_DIR/sshd.log)"
  else
    say sshd "down"
    ok=1
  fi
  if id "$DEPLOY_USER" >/dev/null 2>&1; then
    say user "up: $DEPLOY_USER ($(id -nG "$DEPLOY_USER"))"
  else
    say user "missing: $DEPLOY_USER"
    ok=1
  fi
  if [[ -f "$K8S_DIR/status.sh" ]] && [[ "$quiet" != quiet ]]; then
    if bash "$K8S_DIR/status.sh" >/dev/null 2>&1; then say k8s "up"; else say k8s "down (optional: up --kubernetes)"; fi
  fi
  if [[ "$quiet" != quiet ]]; then bash "$NODES_DIR/status.sh" || true; fi
  return "$ok"
}

kill_pid_and_wait() {
  # kill_pid_and_wait PID NAME SECONDS
  local pid="$1" name="$2" wait_s="$3" i
  kill -0 "$pid" 2>/dev/null || return 0
  log "stopping $name (pid $pid)"
  kill -TERM "$pid" 2>/dev/null || true
  for ((i = 0; i < wait_s * 4; i++)); do
    kill -0 "$pid" 2>/dev/null || return 0
    sleep 0.25
  done
  log "$name did not stop within ${wait_s}s; killing it"
  kill -KILL "$pid" 2>/dev/null || true
  sleep 0.5
}

cmd_down() {
  local kubernetes="$1"
  with_lock
  if [[ "$kubernetes" == 1 ]]; then
    local script
    script="$(k8s_script down.sh)"
    bash "$script" || die "$script failed"
    rm -f "$STATE/kubeconfig-path"
    return 0
  fi
  if [[ -f "$K8S_DIR/status.sh" && -f "$K8S_DIR/down.sh" ]] && bash "$K8S_DIR/status.sh" >/dev/null 2>&1; then
    log "the Kubernetes cluster runs: taking it down first"
    bash "$K8S_DIR/down.sh" || die "$K8S_DIR/down.sh failed"
  fi
  if [[ -d "${GANTRY_NODES_HOME:-/var/lib/gantry-nodes}" ]]; then
    log "the nodes (up --nodes) are there: taking them down first"
    bash "$NODES_DIR/down.sh"
  fi
  if [[ ! -d "$SANDBOX_HOME" ]]; then
    log "nothing to do: $SANDBOX_HOME does not exist"
    return 0
  fi
  if [[ ! -f "$SANDBOX_HOME/.gantry-sandbox" ]]; then
    die "$SANDBOX_HOME does not look like a sandbox folder (no .gantry-sandbox marker); not touching it"
  fi
  is_root || die "down needs root (to stop sshd and remove the '$DEPLOY_USER' user)"

  # sshd, and any session of the deploy user still open.
  if sshd_running; then kill_pid_and_wait "$(read_pid "$SSH_DIR/sshd.pid")" sshd 10; fi
  if [[ -f "$STATE/user-created" ]] && id "$DEPLOY_USER" >/dev/null 2>&1; then
    pkill -TERM -u "$DEPLOY_USER" 2>/dev/null || true
    sleep 0.5
    pkill -KILL -u "$DEPLOY_USER" 2>/dev/null || true
    log "removing user $DEPLOY_USER"
    userdel "$DEPLOY_USER" 2>/dev/null || userdel -f "$DEPLOY_USER"
  fi
  if [[ -f "$STATE/group-created" ]]; then groupdel docker 2>/dev/null || true; fi
  if [[ -f "$STATE/run-sshd-created" ]]; then rmdir /run/sshd 2>/dev/null || true; fi

  # Registry.
  if pid_alive "$REGISTRY_DIR/registry.pid" docker-registry; then
    kill_pid_and_wait "$(read_pid "$REGISTRY_DIR/registry.pid")" registry 10
  fi

  # Swarm and engine.
  if find_engine; then
    if [[ -f "$STATE/swarm-created" ]] &&
      [[ "$(dk info --format '{{.Swarm.NodeID}}' 2>/dev/null)" == "$(cat "$STATE/swarm-created")" ]]; then
      log "leaving the Swarm the sandbox created"
      dk swarm leave --force >/dev/null 2>&1 || log "warning: 'docker swarm leave --force' failed"
    fi
    if [[ ! -f "$STATE/engine-started" ]]; then
      # A reused engine keeps running; only the images the sandbox built go.
      local images
      images="$(dk images --format '{{.Repository}}:{{.Tag}}' "$APP_IMAGE" 2>/dev/null || true)"
      # shellcheck disable=SC2086
      if [[ -n "$images" ]]; then dk rmi $images >/dev/null 2>&1 || true; fi
    fi
  fi
  if [[ -f "$STATE/engine-started" ]]; then
    if [[ -f "$DOCKER_DIR/dockerd.pid" ]] && pid_alive "$DOCKER_DIR/dockerd.pid" dockerd; then
      kill_pid_and_wait "$(read_pid "$DOCKER_DIR/dockerd.pid")" dockerd 30
    fi
    # containerd shims and other helpers dockerd started, found by the sandbox's own exec root.
    local pids
    pids="$(pgrep -f -- "$EXEC_ROOT/" || true)"
    if [[ -n "$pids" ]]; then
      log "stopping helpers left by dockerd: $(echo "$pids" | tr '\n' ' ')"
      # shellcheck disable=SC2086
      kill -TERM $pids 2>/dev/null || true
      sleep 1
      # shellcheck disable=SC2086
      kill -KILL $pids 2>/dev/null || true
    fi
  fi

  # Network interfaces the engine made (dockerd leaves its bridges behind when it stops).
  if [[ -f "$STATE/engine-started" ]] && command -v ip >/dev/null 2>&1; then
    local link
    for link in $(ip -o link show 2>/dev/null | awk -F': ' '{ sub(/@.*/, "", $2); print $2 }' |
      grep -E '^(docker0|docker_gwbridge|br-[0-9a-f]{12}|veth[0-9a-f]+|vx-[0-9a-f-]+)$' || true); do
      ip link delete "$link" 2>/dev/null || true
    done
  fi

  # Mounts under the sandbox's folders, deepest first, then the folders.
  local mnt
  while read -r mnt; do
    if [[ -n "$mnt" ]]; then umount -l "$mnt" 2>/dev/null || true; fi
  done < <(awk -v a="$SANDBOX_HOME/" -v b="$EXEC_ROOT/" 'index($2, a) == 1 || index($2, b) == 1 { print $2 }' /proc/mounts | sort -r)
  if [[ -f "$STATE/engine-started" ]]; then
    rm -rf "$EXEC_ROOT"
    rmdir "$(dirname "$EXEC_ROOT")" 2>/dev/null || true
  fi
  rm -f "$APP_CONTEXT/busybox"
  log "removing $SANDBOX_HOME"
  rm -rf "$SANDBOX_HOME"
  log "down"
}

main() {
  COMMAND="${1:-}"
  [[ $# -gt 0 ]] && shift
  local kubernetes=0 arg nodes=0
  while [[ $# -gt 0 ]]; do
    arg="$1"
    shift
    case "$arg" in
      --kubernetes) kubernetes=1 ;;
      --nodes)
        nodes=3
        if [[ "${1:-}" =~ ^[0-9]+$ ]]; then
          nodes="$1"
          shift
        fi
        ;;
      -h | --help)
        usage
        exit 0
        ;;
      *)
        usage
        die "unknown argument: $arg"
        ;;
    esac
  done
  load_config
  case "$COMMAND" in
    up)
      cmd_up "$kubernetes"
      if [[ "$nodes" != 0 ]]; then nodes_up "$nodes"; fi
      ;;
    down)
      if [[ "$nodes" != 0 ]]; then nodes_down; else cmd_down "$kubernetes"; fi
      ;;
    status)
      if [[ "$nodes" != 0 ]]; then exec bash "$NODES_DIR/status.sh"; fi
      if [[ "$kubernetes" == 1 ]]; then
        local script
        script="$(k8s_script status.sh)"
        exec bash "$script"
      fi
      cmd_status
      ;;
    env) cmd_env ;;
    -h | --help | help)
      usage
      exit 0
      ;;
    *)
      usage
      exit 2
      ;;
  esac
}

main "$@"
