#!/usr/bin/env bash
# Load on the submit endpoint at a fixed rate (open model, latency from the scheduled start), p50/p90/p99.
#   assessment-service/bench/submit-load.sh [RATE=200] [SECONDS=30] [WARMUP_SECONDS=10]
# Against a running service: SERVICE_URL=http://127.0.0.1:8082 assessment-service/bench/submit-load.sh
# Otherwise it starts the service jar itself (loopback only) against the local infrastructure, which must run:
#   ./backstride up infra    (Kafka on 9092, MongoDB on 27017)   ...   ./backstride down
set -euo pipefail
MODULE="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
ROOT="$(cd "$MODULE/.." && pwd)"
source "$MODULE/bench/java.sh"
JAVA=$(find_java)
RATE=${1:-200}
SECONDS_MEASURED=${2:-30}
WARMUP=${3:-10}
PORT=${BENCH_PORT:-18082}
CP=$(test_classpath "$MODULE")

SERVICE_PID=""
stop_service() {
  if [[ -n $SERVICE_PID ]]; then
    kill "$SERVICE_PID" 2>/dev/null || true
    wait "$SERVICE_PID" 2>/dev/null || true
  fi
}
trap stop_service EXIT

URL=${SERVICE_URL:-}
if [[ -z $URL ]]; then
  JAR="$MODULE/target/assessment-service-0.1.0-SNAPSHOT.jar"
  if [[ ! -f $JAR ]]; then
    (cd "$ROOT" && ./mvnw -q -o -pl assessment-service package -DskipTests)
  fi
  LOG="$MODULE/target/submit-load-service.log"
  echo "starting the service on 127.0.0.1:$PORT (log: $LOG)"
  "$JAVA" -Xmx512m -jar "$JAR" --server.address=127.0.0.1 --server.port="$PORT" \
    --spring.mongodb.uri="${MONGODB_URI:-mongodb://127.0.0.1:27017}" \
    --spring.mongodb.database="assessment-load-$(date +%s)" \
    --spring.kafka.bootstrap-servers="${KAFKA_BOOTSTRAP_SERVERS:-127.0.0.1:9092}" >"$LOG" 2>&1 &
  SERVICE_PID=$!
  URL="http://127.0.0.1:$PORT"
  for _ in $(seq 1 120); do
    if curl -fs "$URL/actuator/health/readiness" >/dev/null 2>&1; then break; fi
    kill -0 "$SERVICE_PID" 2>/dev/null || { echo "the service stopped; see $LOG" >&2; exit 1; }
    sleep 1
  done
  curl -fs "$URL/actuator/health/readiness" >/dev/null || { echo "the service did not become ready; see $LOG" >&2; exit 1; }
fi

"$JAVA" -cp "$CP" io.backstride.assessment.bench.SubmitLoad "$URL" "$RATE" "$SECONDS_MEASURED" "$WARMUP"
