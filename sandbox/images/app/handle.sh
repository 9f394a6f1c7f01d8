#!/bin/sh
# One HTTP/1.0 exchange on stdin/stdout (the accepted connection).
cr=$(printf '\r')
IFS=' ' read -r method target _proto || exit 0
# Drain the request headers (up to the empty line).
while IFS= read -r line; do
  line="${line%"$cr"}"
  [ -z "$line" ] && break
done
path="${target%%\?*}"
version="${APP_VERSION:-dev}"

respond() {
  # respond STATUS CONTENT-TYPE BODY
  printf 'HTTP/1.0 %s\r\nContent-Type: %s\r\nContent-Length: %s\r\nCache-Control: no-store\r\nConnection: close\r\nServer: gantry-sandbox-app/%s\r\n\r\n' \
    "$1" "$2" "${#3}" "$version"
  [ "$method" = "HEAD" ] || printf '%s' "$3"
}

case "$method" in
  GET | HEAD) ;;
  *)
    respond '405 Method Not Allowed' 'application/json' '{"error":"method not allowed"}'
    exit 0
    ;;
esac

case "$path" in
  /health)
    if [ "${APP_BROKEN:-false}" = "true" ]; then
      respond '503 Service Unavailable' 'application/json' "{\"status\":\"unhealthy\",\"version\":\"$version\"}"
    else
      respond '200 OK' 'application/json' "{\"status\":\"healthy\",\"version\":\"$version\"}"
    fi
    ;;
  /version)
    respond '200 OK' 'text/plain' "$version"
    ;;
  /)
    respond '200 OK' 'text/plain' "gantry sandbox app $version (host $(hostname))"
    ;;
  *)
    respond '404 Not Found' 'application/json' '{"error":"not found"}'
    ;;
esac
