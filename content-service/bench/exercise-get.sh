#!/usr/bin/env bash
# Benchmark: GET of an exercise by id against the same service's /actuator/health, measured in one run.
# Starts nothing: run it against a content-service already running on this machine, e.g.
#   ./backstride up infra && java -jar content-service/target/content-service-0.1.0-SNAPSHOT.jar &
#   content-service/bench/exercise-get.sh            # then ./backstride down and stop the service
# 1. wrk at max rate on /actuator/health, then on the exercise: prints both and the ratio (target >= 0.8)
# 2. the fixed-rate client (wrk has no fixed-rate mode) at half the exercise's max rate: p50/p99 (target p99 <= 10 ms)
# Environment: CONTENT_URL (loopback only, default http://127.0.0.1:8081), EXERCISE (glute-bridge),
# DURATION seconds per phase (15), THREADS (2), CONNECTIONS (32), JAVA (a JDK >= 21).
set -euo pipefail

BASE="${CONTENT_URL:-http://127.0.0.1:8081}"
EXERCISE="${EXERCISE:-glute-bridge}"
DURATION="${DURATION:-15}"
THREADS="${THREADS:-2}"
CONNECTIONS="${CONNECTIONS:-32}"
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
LOAD_CLIENT="$HERE/../src/test/java/io/backstride/content/bench/FixedRateLoad.java"

case "$BASE" in
  http://127.0.0.1:*|http://localhost:*|http://\[::1\]:*) ;;
  *) echo "exercise-get: refusing $BASE: loopback only" >&2; exit 2 ;;
esac
if ((DURATION < 1 || DURATION > 120)); then
  echo "exercise-get: DURATION must be 1..120 seconds" >&2; exit 2
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

HEALTH_URL="$BASE/actuator/health"
EXERCISE_URL="$BASE/api/v1/content/exercises/$EXERCISE"
curl -fsS -o /dev/null "$HEALTH_URL" || { echo "exercise-get: $HEALTH_URL does not answer 200; is the service up?" >&2; exit 1; }
curl -fsS -o /dev/null "$EXERCISE_URL" || { echo "exercise-get: $EXERCISE_URL does not answer 200" >&2; exit 1; }

rate_of() { # wrk output -> requests per second
  awk '/^Requests\/sec:/ {print $2}'
}

echo "== warm-up (5 s each, not measured)"
wrk -t"$THREADS" -c"$CONNECTIONS" -d5s "$HEALTH_URL" >/dev/null
wrk -t"$THREADS" -c"$CONNECTIONS" -d5s "$EXERCISE_URL" >/dev/null

echo "== max rate, ${DURATION}s each, $THREADS threads, $CONNECTIONS connections"
health_out="$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --latency "$HEALTH_URL")"
exercise_out="$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --latency "$EXERCISE_URL")"
echo "-- /actuator/health";              echo "$health_out"
echo "-- GET exercise $EXERCISE";        echo "$exercise_out"
health_rate="$(rate_of <<<"$health_out")"
exercise_rate="$(rate_of <<<"$exercise_out")"
ratio="$(awk -v e="$exercise_rate" -v h="$health_rate" 'BEGIN {printf "%.2f", e / h}')"
echo "== health ${health_rate} req/s, exercise ${exercise_rate} req/s, ratio ${ratio} (target >= 0.8)"

half="$(awk -v e="$exercise_rate" 'BEGIN {printf "%d", e / 2}')"
echo "== fixed rate ${half} req/s (half the exercise's max) for ${DURATION}s"

"$JAVA_BIN" "$LOAD_CLIENT" "$EXERCISE_URL" "$half" "$DURATION" "$CONNECTIONS"
echo "(target p99 <= 10 ms)"
