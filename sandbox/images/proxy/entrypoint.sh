#!/bin/sh
# Runs HAProxy in the foreground with the configuration of $PROXY_ROLE (switch or edge).
set -eu
case "${PROXY_ROLE:-switch}" in
  switch) [ -n "${UPSTREAM:-}" ] || { echo "gantry-sandbox-proxy: UPSTREAM is not set" >&2; exit 2; } ;;
  edge) [ -n "${BACKEND:-}" ] || { echo "gantry-sandbox-proxy: BACKEND is not set" >&2; exit 2; } ;;
  *) echo "gantry-sandbox-proxy: PROXY_ROLE must be switch or edge" >&2; exit 2 ;;
esac
echo "gantry-sandbox-proxy: ${PROXY_ROLE:-switch} -> ${UPSTREAM:-${BACKEND:-}}"
exec /usr/sbin/haproxy -db -f "/etc/haproxy/${PROXY_ROLE:-switch}.cfg"
