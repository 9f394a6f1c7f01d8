#!/usr/bin/env bash
# The hand-written deploy Gantry is measured against, waiting as a careful operator would:
# `docker stack deploy`, then once a second, until Swarm has converged: every service's UpdateStatus
# is completed (or absent: a service just created has none), and every running task runs the
# service's current spec, at least as many as its replicas. A running task is one whose state is
# running, whatever Swarm wants of it: a task the update replaced is told to stop (desired state
# shutdown) but runs on, the old version, until Docker stops it about 2 s after its successor
# started; until then the script waits. The spec is compared by the task's image and environment
# (what the stack file sets and each run changes; `docker service inspect` fills in defaults the
# task's copy does not have, so whole specs never compare equal). All over one SSH connection: the
# docker CLI's ssh runs through a ControlMaster opened by the first command.
# Per poll: docker service inspect, docker service ps, docker inspect of the tasks (3 commands).
# With TASKS=desired it counts only the tasks meant to run (desired state running), and so reports
# while the replaced ones still run: the narrower reading, kept for comparison.
# Usage: baseline-deploy-wait.sh SSH_HOST KEY KNOWN_HOSTS STACK FILE   (APP_IMAGE, RELEASE in the env)
set -euo pipefail
host=$1 key=$2 known=$3 stack=$4 file=$5
real_ssh=$(command -v ssh)
dir=$(mktemp -d)
ssh_opts=(-i "$key" -o IdentitiesOnly=yes -o UserKnownHostsFile="$known" -o StrictHostKeyChecking=yes
  -o BatchMode=yes -o ControlMaster=auto -o ControlPath="$dir/control" -o ControlPersist=120)
trap '"$real_ssh" -o ControlPath="$dir/control" -O exit gantry-bench >/dev/null 2>&1 || true; rm -rf "$dir"' EXIT
printf '#!/bin/sh\nexec %s %s "$@"\n' "$real_ssh" "$(printf '%q ' "${ssh_opts[@]}")" > "$dir/ssh"
chmod +x "$dir/ssh"
export PATH="$dir:$PATH" DOCKER_HOST="$host"

docker stack deploy --compose-file "$file" --detach=true "$stack" >/dev/null
mapfile -t services < <(docker service ls -q --filter "label=com.docker.stack.namespace=$stack")
converged='
  ($tasks | map(select(.DesiredState == "running"))) as $running
  | all($services[];
      . as $s
      | ((.UpdateStatus.State // "completed") == "completed")
      and ([$running[] | select(.ServiceID == $s.ID)] as $mine
        | ($mine | length) >= ($s.Spec.Mode.Replicated.Replicas // 1)
        and all($mine[]; .Status.State == "running"
          and (.Spec.ContainerSpec | {Image, Env}) == ($s.Spec.TaskTemplate.ContainerSpec | {Image, Env}))))'
ps_filter=(--filter desired-state=running)
if [ "${TASKS:-running}" != desired ]; then
  converged="$converged"'
  and all($tasks[] | select(.DesiredState != "running");
      .Status.State | IN("complete", "shutdown", "failed", "rejected", "remove", "orphaned"))'
  ps_filter=()
fi
while :; do
  sleep 1
  inspect=$(docker service inspect "${services[@]}")
  mapfile -t tasks < <(docker service ps -q --no-trunc "${ps_filter[@]}" "${services[@]}")
  [ "${#tasks[@]}" -gt 0 ] || continue
  task_json=$(docker inspect "${tasks[@]}")
  if jq -en --argjson services "$inspect" --argjson tasks "$task_json" "$converged" >/dev/null; then break; fi
done
