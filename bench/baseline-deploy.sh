#!/usr/bin/env bash
# The hand-written deploy that Gantry is measured against: `docker stack deploy` over SSH, then
# `docker service ls` every second until every service shows n/n replicas. Same host key pinning
# (an ssh config with the known_hosts file), no connection sharing: what such scripts usually do.
# Usage: baseline-deploy.sh SSH_HOST KEY KNOWN_HOSTS STACK FILE   (APP_IMAGE, RELEASE in the env)
set -euo pipefail
host=$1 key=$2 known=$3 stack=$4 file=$5
real_ssh=$(command -v ssh)
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
printf '#!/bin/sh\nexec %s -i %s -o IdentitiesOnly=yes -o UserKnownHostsFile=%s -o StrictHostKeyChecking=yes -o BatchMode=yes "$@"\n' "$real_ssh" "$key" "$known" > "$dir/ssh"
chmod +x "$dir/ssh"
export PATH="$dir:$PATH" DOCKER_HOST="$host"
docker stack deploy --compose-file "$file" --detach=true "$stack" >/dev/null
while :; do
  sleep 1
  pending=$(docker service ls --filter "label=com.docker.stack.namespace=$stack" --format '{{.Replicas}}' | awk -F'[/ ]' '$1 != $2' | wc -l)
  [ "$pending" -eq 0 ] && break
done
