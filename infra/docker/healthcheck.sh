#!/bin/bash
# Docker HEALTHCHECK for the service images. The JRE base image ships neither curl nor wget,
# so ask the readiness group over bash's /dev/tcp and accept only an HTTP 200.
set -eu
exec 3<>"/dev/tcp/127.0.0.1/${SERVER_PORT:-8080}"
printf 'GET %s HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n' \
  "${HEALTHCHECK_PATH:-/actuator/health/readiness}" >&3
IFS= read -r status_line <&3
case "$status_line" in
  "HTTP/1."?" 200"*) exit 0 ;;
  *) echo "not ready: ${status_line%$'\r'}" >&2; exit 1 ;;
esac
