#!/usr/bin/env bash
# Says what runs of the multi-node sandbox, one line per node; exit 0 only when every node is up
# (engine, registry, sshd, Ready in the Swarm).   usage: status.sh [quiet]
set -uo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=sandbox/nodes/lib.sh
source "$HERE/lib.sh"
quiet="${1:-}"
say() { [[ "$quiet" == quiet ]] || printf '%-9s %s\n' "$1" "$2"; }
N="$(nodes_count)"
if [[ "$N" == 0 ]]; then
  say nodes "not set up (optional: up --nodes 3)"
  exit 1
fi
ok=0
declare -A seen=()
while read -r host state availability role; do
  [[ -n "$host" ]] && seen[$host]="$state $availability $role"
done < <(node_docker 1 node ls --format '{{.Hostname}} {{.Status}} {{.Availability}} {{if .ManagerStatus}}manager{{else}}worker{{end}}' 2>/dev/null)
for ((i = 1; i <= N; i++)); do
  name="$(node_name "$i")" dir="$(node_dir "$i")" parts=()
  node_answers "$i" && parts+=("engine up (pid $(pid_of "$dir/dockerd.pid" dockerd || echo '?'))") || { parts+=("engine down"); ok=1; }
  pid_of "$dir/registry.pid" docker-registry >/dev/null && parts+=("registry up") || { parts+=("registry down"); ok=1; }
  pid_of "$dir/sshd.pid" sshd >/dev/null && parts+=("sshd ssh://$(node_addr "$i"):22") || { parts+=("sshd down"); ok=1; }
  swarm="${seen[$name]:-not in the Swarm}"
  [[ "$swarm" == "Ready Active "* ]] || ok=1
  say "node$i" "$name $(node_addr "$i"): ${parts[*]}; swarm: $swarm"
done
exit "$ok"
