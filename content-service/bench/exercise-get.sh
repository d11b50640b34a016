#!/usr/bin/env bash
# Benchmark: GET of an exercise by id against the same service's /actuator/health, measured in one run.
# The read API needs an access token: the script keeps its own RSA key pair (made with openssl on first use) and
# mints a short-lived RUNNER token with it; the service must be started trusting that key's public half instead
# of identity-service's keys. Starts nothing: run it against a content-service already running on this machine:
#   ./backstride up infra
#   taskset -c 0 java -jar content-service/target/content-service-0.1.0-SNAPSHOT.jar \
#     --backstride.security.public-key-location=file:"$(content-service/bench/exercise-get.sh key)" &
#   CLIENT_CPUS=1 content-service/bench/exercise-get.sh   # then ./backstride down and stop the service
# On a small machine the load client competes with the service for the same cores, and at "half the max rate" the
# client's own CPU use (the fixed-rate client needs ~60 us per request) pushes the machine to saturation, so the
# tail measures the client. Keep them apart: the service on one CPU (taskset), the clients on another (CLIENT_CPUS).
# 1. wrk at max rate on /actuator/health (open, no token), then on the exercise (with the token): prints both and
#    the ratio (target >= 0.8)
# 2. the fixed-rate client (wrk has no fixed-rate mode) at half the exercise's max rate: p50/p99 (target p99 <= 10 ms)
# Commands: (none) run the benchmark; `key` make the key pair if missing and print the public key's path;
# `token` print a fresh bench access token (the JWT, without "Bearer ").
# Environment: CONTENT_URL (loopback only, default http://127.0.0.1:8081), EXERCISE (glute-bridge),
# DURATION seconds per phase (15), WARMUP seconds per endpoint before measuring (20: a service just started on one
# CPU is still compiling after 5 s), THREADS (2), CONNECTIONS (32), JAVA (a JDK >= 21), CLIENT_CPUS (a taskset CPU
# list for wrk and the fixed-rate client, e.g. 1; default: not pinned),
# BENCH_KEYS (key pair directory, default content-service/target/bench-keys), ISSUER (the service's issuer:
# IDENTITY_ISSUER or http://localhost:9000). The key pair is for local benchmarks only: a service started with it
# trusts the bench key and nothing else.
set -euo pipefail

BASE="${CONTENT_URL:-http://127.0.0.1:8081}"
EXERCISE="${EXERCISE:-glute-bridge}"
DURATION="${DURATION:-15}"
WARMUP="${WARMUP:-20}"
CLIENT_CPUS="${CLIENT_CPUS:-}"
THREADS="${THREADS:-2}"
CONNECTIONS="${CONNECTIONS:-32}"
ISSUER="${ISSUER:-${IDENTITY_ISSUER:-http://localhost:9000}}"
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
KEYS="${BENCH_KEYS:-$HERE/../target/bench-keys}"
LOAD_CLIENT="$HERE/../src/test/java/io/backstride/content/bench/FixedRateLoad.java"

command -v openssl >/dev/null || { echo "exercise-get: openssl not found" >&2; exit 2; }

# The bench key pair: private.pem (mode 600) signs tokens, public.pem is what the service is started with.
key_pair() {
  if [[ ! -s "$KEYS/private.pem" || ! -s "$KEYS/public.pem" ]]; then
    mkdir -p "$KEYS"
    (umask 077 && openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$KEYS/private.pem" 2>/dev/null)
    openssl pkey -in "$KEYS/private.pem" -pubout -out "$KEYS/public.pem"
  fi
  echo "$(cd "$KEYS" && pwd)/public.pem"
}

base64url() {
  openssl base64 -A | tr '+/' '-_' | tr -d '='
}

# A RUNNER access token as identity-service would issue it (RS256; issuer, audience backstride-api, expiry),
# valid for the whole run and not much longer.
mint_token() {
  local ttl="$1" now header payload
  key_pair >/dev/null
  now="$(date +%s)"
  header="$(printf '{"alg":"RS256","typ":"JWT","kid":"bench"}' | base64url)"
  payload="$(printf '{"sub":"bench-runner-account","iss":"%s","aud":["backstride-api"],"iat":%d,"exp":%d,"jti":"bench-%d-%d","roles":["RUNNER"],"runner_id":"bench-runner","tenant":"bench-race","client_id":"backstride-bench"}' \
    "$ISSUER" "$now" "$((now + ttl))" "$now" "$$" | base64url)"
  printf '%s.%s.%s\n' "$header" "$payload" \
    "$(printf '%s.%s' "$header" "$payload" | openssl dgst -sha256 -sign "$KEYS/private.pem" -binary | base64url)"
}

case "${1:-run}" in
  key) key_pair; exit 0 ;;
  token) mint_token 600; exit 0 ;;
  run) ;;
  *) echo "usage: exercise-get.sh [key|token]" >&2; exit 2 ;;
esac

case "$BASE" in
  http://127.0.0.1:*|http://localhost:*|http://\[::1\]:*) ;;
  *) echo "exercise-get: refusing $BASE: loopback only" >&2; exit 2 ;;
esac
if ((DURATION < 1 || DURATION > 120 || WARMUP < 1 || WARMUP > 300)); then
  echo "exercise-get: DURATION must be 1..120 seconds and WARMUP 1..300" >&2; exit 2
fi
PIN=()
if [[ -n "$CLIENT_CPUS" ]]; then
  command -v taskset >/dev/null || { echo "exercise-get: CLIENT_CPUS needs taskset (util-linux)" >&2; exit 2; }
  PIN=(taskset -c "$CLIENT_CPUS")
fi
command -v wrk >/dev/null || { echo "exercise-get: wrk not found (apt-get install -y wrk)" >&2; exit 2; }

find_java() {
  for candidate in "${JAVA:-}" "${JAVA_HOME:+$JAVA_HOME/bin/java}" /usr/lib/jvm/temurin-25-jdk-amd64/bin/java java; do
    [[ -n "$candidate" ]] && command -v "$candidate" >/dev/null || continue
    local major
    major="$("$candidate" -XshowSettings:properties -version 2>&1 | sed -n 's/ *java.specification.version = //p')"
    if [[ "${major%%.*}" -ge 21 ]]; then echo "$candidate"; return; fi
  done
  echo "exercise-get: no JDK >= 21 found (set JAVA or JAVA_HOME)" >&2; exit 2
}
JAVA_BIN="$(find_java)"

PUBLIC_KEY="$(key_pair)"
# warm-ups (15 s) + two max-rate phases + the fixed-rate client's warm-up (5 s) and run, with room to spare
TOKEN="$(mint_token $((2 * WARMUP + 3 * DURATION + 120)))"
AUTH="Authorization: Bearer $TOKEN"

HEALTH_URL="$BASE/actuator/health"
EXERCISE_URL="$BASE/api/v1/content/exercises/$EXERCISE"
curl -fsS -o /dev/null "$HEALTH_URL" || { echo "exercise-get: $HEALTH_URL does not answer 200; is the service up?" >&2; exit 1; }
status="$(curl -sS -o /dev/null -w '%{http_code}' -H "$AUTH" "$EXERCISE_URL")"
if [[ "$status" == 401 ]]; then
  echo "exercise-get: the service refuses the bench token (401): start it with" >&2
  echo "  --backstride.security.public-key-location=file:$PUBLIC_KEY (and issuer $ISSUER, or set ISSUER)" >&2
  exit 1
elif [[ "$status" != 200 ]]; then
  echo "exercise-get: $EXERCISE_URL answers $status, not 200" >&2; exit 1
fi

rate_of() { # wrk output -> requests per second
  awk '/^Requests\/sec:/ {print $2}'
}

echo "== warm-up (${WARMUP} s each, not measured)${CLIENT_CPUS:+; clients on CPU $CLIENT_CPUS}"
"${PIN[@]}" wrk -t"$THREADS" -c"$CONNECTIONS" -d"${WARMUP}s" "$HEALTH_URL" >/dev/null
"${PIN[@]}" wrk -t"$THREADS" -c"$CONNECTIONS" -d"${WARMUP}s" -H "$AUTH" "$EXERCISE_URL" >/dev/null

echo "== max rate, ${DURATION}s each, $THREADS threads, $CONNECTIONS connections"
health_out="$("${PIN[@]}" wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --latency "$HEALTH_URL")"
exercise_out="$("${PIN[@]}" wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --latency -H "$AUTH" "$EXERCISE_URL")"
echo "-- /actuator/health";                         echo "$health_out"
echo "-- GET exercise $EXERCISE (with a token)";   echo "$exercise_out"
if grep -q "Non-2xx or 3xx responses" <<<"$exercise_out"; then
  echo "exercise-get: some exercise responses were not 2xx (token expired?); the figures are not valid" >&2; exit 1
fi
health_rate="$(rate_of <<<"$health_out")"
exercise_rate="$(rate_of <<<"$exercise_out")"
ratio="$(awk -v e="$exercise_rate" -v h="$health_rate" 'BEGIN {printf "%.2f", e / h}')"
echo "== health ${health_rate} req/s, exercise ${exercise_rate} req/s, ratio ${ratio} (target >= 0.8)"

half="$(awk -v e="$exercise_rate" 'BEGIN {printf "%d", e / 2}')"
echo "== fixed rate ${half} req/s (half the exercise's max) for ${DURATION}s"

BENCH_AUTHORIZATION="Bearer $TOKEN" "${PIN[@]}" "$JAVA_BIN" "$LOAD_CLIENT" "$EXERCISE_URL" "$half" "$DURATION" "$CONNECTIONS"
echo "(target p99 <= 10 ms)"
