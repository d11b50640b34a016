#!/usr/bin/env bash
# What the gateway costs compared with a plain reverse proxy, on this machine, in one run:
#   (a) a fast backend directly (nginx serving a static JSON body),
#   (b) nginx proxying to that backend (keep-alive upstream),
#   (c) the gateway jar proxying to it on an open route: /openapi/content (same filters as every API route:
#       request id, size limit, identity-header stripping, security headers, circuit breaker, retry; no token,
#       no rate limit),
#   (d) the gateway on an API route, /api/v1/content/bench, with a valid RS256 JWT (signature, claims, role
#       rules, per-user and per-client rate limiting in memory, limits raised so nothing is refused).
# Max throughput: wrk, same threads/connections/duration for all. Latency at a fixed rate (wrk has no fixed-rate
# mode and wrk2 is not packaged here): a wrk Lua script makes every connection wait C*1000/R ms between requests,
# which paces the total near R requests/s; R is half the gateway's lower max (c or d), the same R for all four,
# and "added p99" is a target's p99 minus the backend's p99 at that rate.
# The machine is shared (other builds may be running): besides requests/s, the script reports each proxy's CPU time
# per request (from /proc, the JVM's JIT and GC included), which depends far less on what else is running. A JVM
# needs many requests before its code is compiled, and under CPU contention that takes long: the gateway is warmed up
# in rounds until its throughput stops growing by more than 10 % (at most -r rounds, default 20).
#
# Usage: gateway/bench/proxy-benchmark.sh [-d 20s] [-c 64] [-w 10s] [-r 20] [--keep]
#   needs: gateway/target/gateway-*.jar (./mvnw -pl gateway package -DskipTests), wrk, nginx, openssl, curl, xxd,
#   python3
#   (installed with apt-get when missing and this runs as root), a JDK >= 21 (bin/find-jdk.sh).
# Everything listens on 127.0.0.1 only, on free ports, and everything started here is stopped on exit.
set -euo pipefail

DURATION=20s
CONNECTIONS=64
WARMUP=10s
ROUNDS=20
KEEP=false
while [ $# -gt 0 ]; do
  case "$1" in
    -d) DURATION="$2"; shift 2 ;;
    -c) CONNECTIONS="$2"; shift 2 ;;
    -w) WARMUP="$2"; shift 2 ;;
    -r) ROUNDS="$2"; shift 2 ;;
    --keep) KEEP=true; shift ;;
    -h|--help) sed -n '2,26p' "$0"; exit 0 ;;
    *) echo "unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
done
THREADS=1 # the machine has 2 cores shared by the load generator, the proxies and the backend

ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
log() { printf '[bench] %s\n' "$*" >&2; }

# --- tools -------------------------------------------------------------------------------------------------
missing=()
for tool in wrk nginx openssl curl xxd python3; do
  command -v "$tool" >/dev/null 2>&1 || missing+=("$tool")
done
if [ ${#missing[@]} -gt 0 ]; then
  packages="${missing[*]} "
  if [ "$(id -u)" = 0 ]; then
    log "installing: ${packages}(apt-get)"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${packages} >/dev/null \
      || { echo "could not install ${packages}: install them (apt-get install -y wrk nginx) and run again" >&2; exit 1; }
  else
    echo "missing: ${missing[*]} — install with: sudo apt-get install -y ${packages}" >&2
    exit 1
  fi
fi
NGINX="$(command -v nginx)"
. "$ROOT/bin/find-jdk.sh"

JAR="$(ls "$ROOT"/gateway/target/gateway-*.jar 2>/dev/null | grep -v '\.original$' | head -n1 || true)"
if [ -z "$JAR" ]; then
  echo "no gateway jar: build it first with ./mvnw -pl gateway package -DskipTests" >&2
  exit 1
fi

# --- work directory, ports, cleanup ------------------------------------------------------------------------
WORK="$(mktemp -d /tmp/backstride-proxy-bench.XXXXXX)"
chmod 755 "$WORK"
PIDS=()
cleanup() {
  for pid in "${PIDS[@]}"; do
    kill "$pid" 2>/dev/null || true
  done
  for pid in "${PIDS[@]}"; do
    for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$pid" 2>/dev/null || true
  done
  if [ "$KEEP" = true ]; then log "raw results kept in $WORK"; else rm -rf "$WORK"; fi
}
trap cleanup EXIT INT TERM

free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'
}
BACKEND_PORT=$(free_port)
PROXY_PORT=$(free_port)
GATEWAY_PORT=$(free_port)
while [ "$PROXY_PORT" = "$BACKEND_PORT" ]; do PROXY_PORT=$(free_port); done
while [ "$GATEWAY_PORT" = "$BACKEND_PORT" ] || [ "$GATEWAY_PORT" = "$PROXY_PORT" ]; do GATEWAY_PORT=$(free_port); done
BACKEND="http://127.0.0.1:$BACKEND_PORT"

# --- bench signing key, JWKS and token (what identity-service would publish and issue) ----------------------
b64url() { base64 -w0 | tr '+/' '-_' | tr -d '='; }
openssl genrsa -out "$WORK/bench-key.pem" 2048 2>/dev/null
MODULUS=$(openssl rsa -in "$WORK/bench-key.pem" -noout -modulus | cut -d= -f2 | xxd -r -p | b64url)
printf '{"keys":[{"kty":"RSA","kid":"bench-1","use":"sig","alg":"RS256","e":"AQAB","n":"%s"}]}' "$MODULUS" \
  > "$WORK/jwks.json"
NOW=$(date +%s)
HEADER=$(printf '{"alg":"RS256","typ":"JWT","kid":"bench-1"}' | b64url)
PAYLOAD=$(printf '{"sub":"bench-runner","iss":"%s","aud":["backstride-api"],"iat":%d,"nbf":%d,"exp":%d,"roles":["RUNNER"],"tenant":"bench-organiser","runner_id":"bench-runner","client_id":"backstride-web","scope":"openid profile"}' \
  "$BACKEND" "$NOW" "$NOW" $((NOW + 3600)) | b64url)
SIGNATURE=$(printf '%s.%s' "$HEADER" "$PAYLOAD" | openssl dgst -sha256 -sign "$WORK/bench-key.pem" -binary | b64url)
TOKEN="$HEADER.$PAYLOAD.$SIGNATURE"

# --- backend and proxy: two nginx instances ----------------------------------------------------------------
BODY='{"id":"bench","title":"Easing back into running","summary":"A steady, pain-free return to running after an episode of low back pain.","tags":["load","walking","core"],"minutes":12,"version":7}'
nginx_conf() { # name, workers, server block
  mkdir -p "$WORK/$1"
  cat > "$WORK/$1/nginx.conf" <<EOF
worker_processes $2;
pid $WORK/$1/nginx.pid;
error_log $WORK/$1/error.log warn;
daemon off;
events { worker_connections 4096; }
http {
  access_log off;
  client_body_temp_path $WORK/$1/body;
  proxy_temp_path $WORK/$1/proxy;
  fastcgi_temp_path $WORK/$1/fastcgi;
  uwsgi_temp_path $WORK/$1/uwsgi;
  scgi_temp_path $WORK/$1/scgi;
  keepalive_requests 1000000;
  $3
}
EOF
}
nginx_conf backend 1 "server {
    listen 127.0.0.1:$BACKEND_PORT;
    location = /oauth2/jwks { default_type application/json; alias $WORK/jwks.json; }
    location / { default_type application/json; return 200 '$BODY'; }
  }"
nginx_conf proxy auto "upstream backend { server 127.0.0.1:$BACKEND_PORT; keepalive 128; }
  server {
    listen 127.0.0.1:$PROXY_PORT;
    location / {
      proxy_pass http://backend;
      proxy_http_version 1.1;
      proxy_set_header Connection \"\";
      proxy_set_header Host \$host;
      proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
    }
  }"
for name in backend proxy; do
  "$NGINX" -t -q -c "$WORK/$name/nginx.conf" -p "$WORK/$name" 2>"$WORK/$name/test.log" \
    || { cat "$WORK/$name/test.log" >&2; exit 1; }
  "$NGINX" -c "$WORK/$name/nginx.conf" -p "$WORK/$name" &
  PIDS+=($!)
done
BACKEND_PID=${PIDS[0]}
PROXY_PID=${PIDS[1]}

# --- the gateway, from a copy of the jar (a rebuild of target/ must not pull it from under the process) ------
cp "$JAR" "$WORK/gateway.jar"
log "starting the gateway ($(basename "$JAR"), $("$JAVA_HOME/bin/java" -version 2>&1 | head -n1))"
SERVER_PORT=$GATEWAY_PORT \
CONTENT_SERVICE_URL=$BACKEND \
IDENTITY_ISSUER=$BACKEND \
IDENTITY_JWKS_URI=$BACKEND/oauth2/jwks \
GATEWAY_RATE_LIMIT_USER_PER_SECOND=1000000 GATEWAY_RATE_LIMIT_USER_BURST=1000000 \
GATEWAY_RATE_LIMIT_CLIENT_PER_SECOND=1000000 GATEWAY_RATE_LIMIT_CLIENT_BURST=1000000 \
REDIS_URL='' \
  "$JAVA_HOME/bin/java" --enable-native-access=ALL-UNNAMED -jar "$WORK/gateway.jar" --logging.level.root=WARN > "$WORK/gateway.log" 2>&1 &
PIDS+=($!)
GATEWAY_PID=$!
for _ in $(seq 300); do
  [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$GATEWAY_PORT/actuator/health/readiness")" = 200 ] && break
  kill -0 "${PIDS[-1]}" 2>/dev/null || { cat "$WORK/gateway.log" >&2; echo "the gateway did not start" >&2; exit 1; }
  sleep 1
done

A="$BACKEND/api/v1/content/bench"
B="http://127.0.0.1:$PROXY_PORT/api/v1/content/bench"
C="http://127.0.0.1:$GATEWAY_PORT/openapi/content"
D="http://127.0.0.1:$GATEWAY_PORT/api/v1/content/bench"
AUTH="Authorization: Bearer $TOKEN"
expect() { # status url [curl args...]
  local want=$1 url=$2; shift 2
  local code
  code=$(curl -s -o /dev/null -w '%{http_code}' "$@" "$url")
  [ "$code" = "$want" ] || { echo "sanity check failed: $url answered $code, not $want" >&2; tail -n 40 "$WORK/gateway.log" >&2; exit 1; }
}
expect 200 "$A"; expect 200 "$B"; expect 200 "$C"; expect 200 "$D" -H "$AUTH"
expect 401 "$D" # the JWT route really is protected

# --- measurements ------------------------------------------------------------------------------------------
cat > "$WORK/paced.lua" <<'EOF'
-- every connection waits the same time between its requests: C connections then send about C*1000/wait requests/s
local wait_ms = tonumber(os.getenv("BENCH_WAIT_MS"))
function delay() return wait_ms end
EOF

HZ=$(getconf CLK_TCK)
# CPU ticks used so far by a process and its children (nginx's workers)
ticks() {
  local total=0 pid
  for pid in "$1" $(pgrep -P "$1" || true); do
    total=$((total + $(awk '{print $14 + $15}' "/proc/$pid/stat" 2>/dev/null || echo 0)))
  done
  echo "$total"
}
declare -A CPU_US
# run NAME PID URL [extra wrk args...]: wrk's output to $WORK/NAME.txt, the process's CPU per request to CPU_US
run() {
  local name=$1 pid=$2 url=$3; shift 3
  local before after
  before=$(ticks "$pid")
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "$@" "$url" > "$WORK/$name.txt"
  after=$(ticks "$pid")
  local requests
  requests=$(awk '/requests in/ {print $1}' "$WORK/$name.txt")
  CPU_US[$name]=$(awk -v t=$((after - before)) -v hz="$HZ" -v n="$requests" 'BEGIN { printf "%.0f", (n > 0 ? t / hz * 1e6 / n : 0) }')
  if grep -q 'Non-2xx\|Socket errors' "$WORK/$name.txt"; then
    log "$name: $(grep 'Non-2xx\|Socket errors' "$WORK/$name.txt" | tr -s ' ')"
  fi
}
rps() { awk '/^Requests\/sec:/ {printf "%.0f", $2}' "$WORK/$1.txt"; }
# percentile from wrk's latency distribution, in milliseconds
pct() {
  awk -v p="$2" '$1 == p"%" {
      v = $2; unit = v; gsub(/[0-9.]/, "", unit); sub(/[a-z]+$/, "", v)
      if (unit == "us") v /= 1000; else if (unit == "s") v *= 1000; else if (unit == "m") v *= 60000
      printf "%.2f", v }' "$WORK/$1.txt"
}
# warm URL [extra wrk args...]: rounds of $WARMUP until two rounds in a row beat the best so far by less than 10 %
warm() {
  local url=$1; shift
  local best=0 flat=0 current round
  for round in $(seq "$ROUNDS"); do
    current=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" "$@" "$url" | awk '/^Requests\/sec:/ {printf "%.0f", $2}')
    log "  warm-up round $round: $current requests/s"
    if [ $((current * 10)) -le $((best * 11)) ]; then flat=$((flat + 1)); else flat=0; fi
    [ "$current" -gt "$best" ] && best=$current
    [ "$flat" -ge 2 ] && return 0
  done
  log "  still getting faster after $ROUNDS rounds: the figures below are for a JVM not fully warm"
}

log "warming up: nginx one round of $WARMUP, the gateway until steady"
wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" "$A" > /dev/null
wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" "$B" > /dev/null
log "gateway, JWT route (its code path includes the open route's)"; warm "$D" -H "$AUTH"
log "gateway, open route"; warm "$C"

log "max throughput: wrk -t$THREADS -c$CONNECTIONS -d$DURATION"
run a-backend "$BACKEND_PID" "$A"
run b-nginx "$PROXY_PID" "$B"
run c-gateway-open "$GATEWAY_PID" "$C"
run d-gateway-jwt "$GATEWAY_PID" "$D" -H "$AUTH"

MAX_C=$(rps c-gateway-open)
MAX_D=$(rps d-gateway-jwt)
RATE=$(( (MAX_C < MAX_D ? MAX_C : MAX_D) / 2 ))
[ "$RATE" -ge 1 ] || RATE=1
WAIT_MS=$(( CONNECTIONS * 1000 / RATE ))
[ "$WAIT_MS" -ge 1 ] || WAIT_MS=1
log "fixed rate: about $RATE requests/s (each of $CONNECTIONS connections waits ${WAIT_MS} ms between requests)"
export BENCH_WAIT_MS=$WAIT_MS
run a-backend-paced "$BACKEND_PID" "$A" -s "$WORK/paced.lua"
run b-nginx-paced "$PROXY_PID" "$B" -s "$WORK/paced.lua"
run c-gateway-open-paced "$GATEWAY_PID" "$C" -s "$WORK/paced.lua"
run d-gateway-jwt-paced "$GATEWAY_PID" "$D" -s "$WORK/paced.lua" -H "$AUTH"

# --- report ------------------------------------------------------------------------------------------------
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else printf "n/a" }'; }
minus() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a - b }'; }
BASE_P99=$(pct a-backend-paced 99)
echo
echo "## Proxy benchmark ($(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg))"
echo "wrk -t$THREADS -c$CONNECTIONS -d$DURATION (warm-up $WARMUP each); backend: nginx, 1 worker, ${#BODY}-byte JSON"
echo
echo "| target | max req/s | p50 ms | p99 ms | CPU µs/req | paced req/s | paced p50 ms | paced p99 ms | added p99 ms |"
echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
for row in "a-backend:(a) backend direct" "b-nginx:(b) nginx proxy" "c-gateway-open:(c) gateway, open route" \
           "d-gateway-jwt:(d) gateway, JWT route"; do
  key=${row%%:*}; label=${row#*:}
  echo "| $label | $(rps "$key") | $(pct "$key" 50) | $(pct "$key" 99) | ${CPU_US[$key]} | $(rps "$key-paced") | $(pct "$key-paced" 50) | $(pct "$key-paced" 99) | $(minus "$(pct "$key-paced" 99)" "$BASE_P99") |"
done
echo
echo "- gateway (open) / nginx throughput: $(ratio "$MAX_C" "$(rps b-nginx)") (goal >= 0.6)"
echo "- gateway (JWT) / nginx throughput: $(ratio "$MAX_D" "$(rps b-nginx)")"
echo "- gateway JWT / open throughput: $(ratio "$MAX_D" "$MAX_C") (goal >= 0.85)"
echo "- per CPU second (1 / CPU per request), gateway / nginx: open $(ratio "${CPU_US[b-nginx]}" "${CPU_US[c-gateway-open]}"), JWT $(ratio "${CPU_US[b-nginx]}" "${CPU_US[d-gateway-jwt]}"); JWT / open $(ratio "${CPU_US[c-gateway-open]}" "${CPU_US[d-gateway-jwt]}")"
echo "- p99 added at ~$RATE req/s over the backend's $BASE_P99 ms: nginx $(minus "$(pct b-nginx-paced 99)" "$BASE_P99") ms, gateway open $(minus "$(pct c-gateway-open-paced 99)" "$BASE_P99") ms, gateway JWT $(minus "$(pct d-gateway-jwt-paced 99)" "$BASE_P99") ms"
