#!/usr/bin/env bash
# Load on the submit endpoint at a fixed rate (open model, latency from the scheduled start), p50/p90/p99.
#   assessment-service/bench/submit-load.sh [RATE=200] [SECONDS=30] [WARMUP_SECONDS=10]
# It starts the service jar itself (loopback only) against the local infrastructure, which must run:
#   ./backstride up infra    (Kafka on 9092, MongoDB on 27017)   ...   ./backstride down
# The API needs access tokens and the runners' consent: the script makes a bench signing key
# (target/bench-keys, BenchTokens), starts the service trusting it (public-key-location, issuer), and the load
# generator signs a RUNNER token per runner and writes each runner's consent into the service's consent read
# model before the warm-up (untimed).
# Against a running service instead: SERVICE_URL=http://127.0.0.1:8082 MONGODB_DATABASE=assessment-service
# assessment-service/bench/submit-load.sh; that service must have been started with
#   --backstride.security.public-key-location=file:<module>/target/bench-keys/public.pem
#   --backstride.security.issuer=http://bench.backstride.local      (or BENCH_ISSUER)
# and MONGODB_URI/MONGODB_DATABASE must name its database (the consents are written there).
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
KEYS="$MODULE/target/bench-keys"
ISSUER=${BENCH_ISSUER:-http://bench.backstride.local}
MONGO_URI=${MONGODB_URI:-mongodb://127.0.0.1:27017}
"$JAVA" -cp "$CP" io.backstride.assessment.bench.BenchTokens "$KEYS"

SERVICE_PID=""
stop_service() {
  if [[ -n $SERVICE_PID ]]; then
    kill "$SERVICE_PID" 2>/dev/null || true
    wait "$SERVICE_PID" 2>/dev/null || true
  fi
}
trap stop_service EXIT

URL=${SERVICE_URL:-}
DATABASE=${MONGODB_DATABASE:-assessment-service}
if [[ -z $URL ]]; then
  JAR="$MODULE/target/assessment-service-0.1.0-SNAPSHOT.jar"
  if [[ ! -f $JAR || -n $(find "$MODULE/src/main" "$MODULE/pom.xml" -newer "$JAR" -type f -print -quit) ]]; then
    (cd "$ROOT" && ./mvnw -q -o -pl assessment-service package -DskipTests)
  fi
  DATABASE="assessment-load-$(date +%s)"
  LOG="$MODULE/target/submit-load-service.log"
  echo "starting the service on 127.0.0.1:$PORT (log: $LOG)"
  "$JAVA" -Xmx512m -jar "$JAR" --server.address=127.0.0.1 --server.port="$PORT" \
    --spring.mongodb.uri="$MONGO_URI" \
    --spring.mongodb.database="$DATABASE" \
    --spring.kafka.bootstrap-servers="${KAFKA_BOOTSTRAP_SERVERS:-127.0.0.1:9092}" \
    --backstride.security.public-key-location="file:$KEYS/public.pem" \
    --backstride.security.issuer="$ISSUER" >"$LOG" 2>&1 &
  SERVICE_PID=$!
  URL="http://127.0.0.1:$PORT"
  for _ in $(seq 1 120); do
    if curl -fs "$URL/actuator/health/readiness" >/dev/null 2>&1; then break; fi
    kill -0 "$SERVICE_PID" 2>/dev/null || { echo "the service stopped; see $LOG" >&2; exit 1; }
    sleep 1
  done
  curl -fs "$URL/actuator/health/readiness" >/dev/null || { echo "the service did not become ready; see $LOG" >&2; exit 1; }
fi

"$JAVA" -Dbench.keys="$KEYS" -Dbench.issuer="$ISSUER" -Dbench.mongodb.uri="$MONGO_URI" \
  -Dbench.mongodb.database="$DATABASE" \
  -cp "$CP" io.backstride.assessment.bench.SubmitLoad "$URL" "$RATE" "$SECONDS_MEASURED" "$WARMUP"
