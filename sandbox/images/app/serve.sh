#!/bin/sh
# Entry point: listen on $PORT and run handle.sh once per connection (busybox nc -ll -e forks
# a child per connection). Runs as PID 1, so it handles SIGTERM itself for fast rolling updates.
set -eu
port="${PORT:-8080}"
delay="${APP_STARTUP_DELAY:-0}"
if [ "$delay" != "0" ]; then
  echo "gantry-sandbox-app ${APP_VERSION:-dev}: waiting ${delay}s before listening"
  sleep "$delay"
fi
echo "gantry-sandbox-app ${APP_VERSION:-dev}: listening on :${port} (broken=${APP_BROKEN:-false})"
nc -ll -p "$port" -e /bin/sh /app/handle.sh &
server=$!
trap 'echo "gantry-sandbox-app: stopping"; kill "$server" 2>/dev/null; exit 0' TERM INT
wait "$server"
