#!/bin/sh
# Runs inside a node's network namespace, in a new mount and UTS namespace (up.sh starts it with
# nsenter --net + unshare): dockerd needs a sysfs that shows this namespace's network devices, but the
# host's cgroup tree (a fresh sysfs hides it), and its own hostname (the Swarm node's name).
#   usage: engine.sh NAME STATE-DIR EXEC-ROOT
set -eu
name="$1" dir="$2" exec_root="$3"
hostname "$name"
mkdir -p "$dir/cgroup"
mount --rbind /sys/fs/cgroup "$dir/cgroup"
mount -t sysfs sysfs /sys
mount --rbind "$dir/cgroup" /sys/fs/cgroup
exec dockerd --data-root "$dir/data" --exec-root "$exec_root" --pidfile "$dir/dockerd.pid" \
  --host "unix://$dir/docker.sock" --storage-driver vfs --iptables=false
