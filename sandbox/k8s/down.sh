#!/usr/bin/env bash
# sandbox/k8s/down.sh: stop the sandbox Kubernetes cluster that sandbox/k8s/up.sh started and
# clean what it owns on the host.
#   down.sh          stop the components by their PID files (only processes whose command line
#                    names K8S_HOME), remove the pod containers of OUR containerd, their network
#                    namespaces and CNI state, the /kubepods cgroups, the pod bridge gantry-k8s0
#                    and every mount under K8S_HOME; removes kube-proxy's iptables rules (every
#                    KUBE-* chain) and restores net.ipv4.conf.all.route_localnet.
#                    Cluster state (etcd) is kept.
#   down.sh --purge  also wipe cluster data (etcd, kubelet dir, containerd store, IPAM) and the
#                    pod log dirs of our pods; keeps binaries, source cache, PKI and configs.
#   down.sh --all    remove K8S_HOME entirely (refused without up.sh's .gantry-k8s marker).
# Never stops anything by name, never touches Docker's containerd.
set -euo pipefail

K8S_HOME=${K8S_HOME:-/var/lib/gantry-k8s}
DATA=$K8S_HOME/data
RUN=$K8S_HOME/run
CTR_SOCK=$RUN/containerd.sock
BRIDGE=gantry-k8s0
CNI_NET=gantry-k8s
CNI_CACHE=/var/lib/cni/results

T0=$SECONDS
log() { printf '[down %3ds] %s\n' $((SECONDS - T0)) "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

pid_of() { # component -> PID, if its PID file names a live process of ours
  local f=$RUN/$1.pid pid cmdline
  [ -s "$f" ] || return 1
  pid=$(<"$f")
  cmdline=$(tr '\0' ' ' 2>/dev/null <"/proc/$pid/cmdline") || return 1
  [[ $cmdline == *"$K8S_HOME/"* ]] || return 1
  echo "$pid"
}

# Alive and not a zombie: our daemons are children of PID 1, which reaps them only after a while.
alive() {
  local stat
  stat=$(cat 2>/dev/null "/proc/$1/stat") || return 1
  stat=${stat##*) }
  [ "${stat%% *}" != Z ]
}

stop_component() {
  local name=$1 pid
  if ! pid=$(pid_of "$name"); then rm -f "$RUN/$name.pid"; return 0; fi
  kill "$pid"
  for _ in $(seq 150); do alive "$pid" || break; sleep 0.2; done
  if alive "$pid"; then
    log "$name ($pid) did not stop in 30s: SIGKILL"
    kill -9 "$pid"
  fi
  rm -f "$RUN/$name.pid"
  log "stopped $name ($pid)"
}

ctr_k8s() { ctr -a "$CTR_SOCK" -n k8s.io "$@"; }

# Kill and delete every task and container in our containerd (namespace k8s.io); this also
# unmounts their root filesystems and ends their shims.
remove_pod_containers() {
  pid_of containerd >/dev/null || return 0
  local id left n=0
  # One runc v2 shim serves a whole pod and exits with the pod's last task, which can make
  # that Delete call report an error although the task is gone: only tasks still listed count.
  for id in $(ctr_k8s tasks ls -q 2>/dev/null); do
    ctr_k8s tasks delete --force "$id" >/dev/null 2>&1 || true
  done
  left=$(ctr_k8s tasks ls -q 2>/dev/null | tr '\n' ' ')
  [ -z "$left" ] || log "warning: tasks not deleted: $left"
  for id in $(ctr_k8s containers ls -q 2>/dev/null); do
    if ctr_k8s containers delete "$id" >/dev/null 2>&1; then n=$((n + 1)); else log "warning: cannot delete container $id"; fi
  done
  log "removed $n pod containers from our containerd"
}

kubepods_roots() { ls -d /sys/fs/cgroup/kubepods /sys/fs/cgroup/*/kubepods 2>/dev/null || true; }

# Anything still inside /kubepods (e.g. when our containerd had died) is a pod process of ours.
kill_pod_leftovers() {
  local -a pids
  local root
  mapfile -t pids < <(for root in $(kubepods_roots); do find "$root" -name cgroup.procs -exec cat {} + 2>/dev/null; done | sort -u)
  [ ${#pids[@]} -gt 0 ] || return 0
  log "killing leftover pod processes: ${pids[*]}"
  kill -9 "${pids[@]}" 2>/dev/null || true
  sleep 1
}

# Network namespaces and CNI cache entries of our pod sandboxes (found through the CNI cache,
# which names each sandbox's netns), then all IPAM reservations: no pod of ours is left.
cleanup_cni() {
  local f id ns n=0
  for f in "$CNI_CACHE/$CNI_NET"-*; do
    [ -f "$f" ] || continue
    id=$(basename "$f"); id=${id#"$CNI_NET"-}; id=${id%-*}
    while read -r ns; do
      case $ns in
        /var/run/netns/cni-* | /run/netns/cni-*)
          if [ -e "$ns" ] && ! ip netns delete "$(basename "$ns")" 2>/dev/null; then
            log "warning: cannot delete netns $ns"
          fi ;;
      esac
    done < <(grep -o '"sandbox":"[^"]*"' "$f" | cut -d'"' -f4)
    rm -f "$f" "$CNI_CACHE/cni-loopback-$id-lo"
    n=$((n + 1))
  done
  rm -rf "${DATA:?}/cni-ipam/$CNI_NET"
  [ $n = 0 ] || log "removed $n pod network namespaces and their CNI state"
}

cleanup_cgroups() {
  local root
  for root in $(kubepods_roots); do
    find "$root" -depth -type d -exec rmdir {} + 2>/dev/null || true
    if [ -d "$root" ]; then log "warning: $root could not be removed (processes left?)"; fi
  done
}

# Mounts under K8S_HOME (the kubelet's rshared root dir, pod volumes, sandbox /dev/shm), deepest first.
cleanup_mounts() {
  local m n=0 home
  home=$(realpath -m "$K8S_HOME")
  while read -r m; do
    m=$(printf '%b' "$m")    # mountinfo escapes blanks as \040
    umount "$m" 2>/dev/null || umount -l "$m" 2>/dev/null || { log "warning: cannot unmount $m"; continue; }
    n=$((n + 1))
  done < <(awk -v p="$home/" 'index($5, p) == 1 {print $5}' /proc/self/mountinfo | sort -r)
  [ $n = 0 ] || log "unmounted $n mounts under $K8S_HOME"
}

# kube-proxy's iptables rules: its jumps from the built-in chains, then its KUBE-* chains, in the
# nat, filter and mangle tables (IPv4 only: the cluster is single-stack). Nothing else on this host
# makes KUBE-* chains (the kubelet runs with makeIPTablesUtilChains: false). Jumps are deleted by
# rule number, highest first, so no rule text goes through a shell. `kube-proxy --cleanup` is not
# used: it leaves its KUBE-PROXY-CANARY chains and KUBE-MARK-DROP behind and fails without ipset.
# Then route_localnet goes back to its value before up.sh started kube-proxy.
cleanup_proxy_rules() {
  local t chain n before=$RUN/route_localnet.before removed=0
  for t in nat filter mangle; do
    for chain in PREROUTING INPUT FORWARD OUTPUT POSTROUTING; do
      for n in $(iptables -w 5 -t $t -L $chain --line-numbers -n 2>/dev/null | awk '$2 ~ /^KUBE-/ {print $1}' | sort -rn); do
        iptables -w 5 -t $t -D $chain "$n" && removed=$((removed + 1))
      done
    done
    for chain in $(iptables -w 5 -t $t -S 2>/dev/null | awk '$1 == "-N" && $2 ~ /^KUBE-/ {print $2}'); do
      iptables -w 5 -t $t -F "$chain"
    done
    for chain in $(iptables -w 5 -t $t -S 2>/dev/null | awk '$1 == "-N" && $2 ~ /^KUBE-/ {print $2}'); do
      iptables -w 5 -t $t -X "$chain" && removed=$((removed + 1))
    done
  done
  [ $removed = 0 ] || log "removed kube-proxy's iptables rules ($removed jumps and chains)"
  if [ -s "$before" ]; then
    cat "$before" >/proc/sys/net/ipv4/conf/all/route_localnet || log "warning: cannot restore route_localnet"
    rm -f "$before"
  fi
}

delete_bridge() {
  ip link show "$BRIDGE" >/dev/null 2>&1 || return 0
  ip link delete "$BRIDGE"
  log "deleted bridge $BRIDGE"
}

# /var/log/pods/<ns>_<pod>_<uid> of our pods (the kubelet of 1.20 cannot move them) and the
# /var/log/containers links into them.
remove_pod_logs() {
  local p uid d l n=0
  for p in "$DATA"/kubelet/pods/*/; do
    [ -d "$p" ] || continue
    uid=$(basename "$p")
    for d in /var/log/pods/*_"$uid"; do
      if [ -d "$d" ]; then rm -rf "$d"; n=$((n + 1)); fi
    done
  done
  for l in /var/log/containers/*.log; do
    if [ -L "$l" ] && [ ! -e "$l" ]; then
      case $(readlink "$l") in /var/log/pods/*) rm -f "$l" ;; esac
    fi
  done
  [ $n = 0 ] || log "removed $n pod log dirs from /var/log/pods"
}

main() {
  local mode=stop
  case ${1:-} in
    "") ;;
    --purge) mode=purge ;;
    --all) mode=all ;;
    *) die "usage: down.sh [--purge|--all]" ;;
  esac
  [ "$(id -u)" = 0 ] || die "must run as root"
  case $K8S_HOME in /?*) ;; *) die "K8S_HOME must be an absolute path" ;; esac
  [ "$K8S_HOME" != / ] || die "K8S_HOME must not be /"
  if [ ! -d "$K8S_HOME" ]; then log "nothing at $K8S_HOME"; return 0; fi
  [ -f "$K8S_HOME/.gantry-k8s" ] || die "$K8S_HOME has no .gantry-k8s marker (not made by up.sh); refusing"
  exec 9>"$K8S_HOME/.lock"
  flock -n 9 || die "another up.sh or down.sh is running on $K8S_HOME"

  stop_component kube-proxy
  stop_component kubelet
  stop_component kube-scheduler
  stop_component kube-controller-manager
  stop_component kube-apiserver
  remove_pod_containers
  kill_pod_leftovers
  stop_component containerd
  stop_component etcd
  cleanup_cni
  cleanup_cgroups
  cleanup_mounts
  delete_bridge
  cleanup_proxy_rules

  case $mode in
    purge | all)
      remove_pod_logs
      rm -rf "${DATA:?}" "${RUN:?}"
      log "purged cluster data ($DATA)"
      ;;
  esac
  if [ $mode = all ]; then
    rm -rf "${K8S_HOME:?}"
    log "removed $K8S_HOME"
  fi
  log "down ($mode)"
}

main "$@"
