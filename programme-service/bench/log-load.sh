#!/usr/bin/env bash
# programme-service load benchmark (issue #6 item 7): RUNNERS runners each log an easy session (warm-up), then a second
# easy session of the same exercise at RATE logs/s (measured, open model); ProgressionApplied matched to each log; Kafka's
# ConsumerPerformance on the same broker in the same run. Summary: benchmarks/target/programme-load.txt.
#
#   programme-service/bench/log-load.sh [RUNNERS=60000] [RATE=1000]      (or positional: log-load.sh 60000 1000)
#
# Optional settings (environment or KEY=VALUE arguments):
#   WARMUP_RATE=RATE        logs/s of the warm-up phase
#   MAX_IN_FLIGHT=150       requests in flight at most (the service answers 503 beyond backstride.web.max-concurrent-requests=200)
#   MONGO=indexed|stock     indexed: IndexedMongoServer (default); stock: local-stack.jar mongo --memory
#   MONGO_HEAP=3g KAFKA_HEAP=256m SERVICE_HEAP=576m
#   SERVICE_JVM="..."       replaces the service's JVM options (default as deployed: -XX:+UseSerialGC -Xmx576m, full JIT)
#   SERVICE_CPUS=0          pin the service to these CPUs (taskset list) to measure its capacity per CPU; with
#   OTHER_CPUS=1            the driver, Kafka and MongoDB pinned to the others (they inherit the driver's affinity)
#   SERVICE_JAR=path        default programme-service/target/programme-service-0.1.0-SNAPSHOT.jar (build it first:
#                           ./mvnw -o -q -pl programme-service package -DskipTests)
# Ports: Kafka 29092/29093, MongoDB 47017, service 18083 (KAFKA_PORT, KAFKA_CONTROLLER_PORT, MONGO_PORT, SERVICE_PORT).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"

positional=()
for arg in "$@"; do
  if [[ $arg == *=* ]]; then export "${arg?}"; else positional+=("$arg"); fi
done
RUNNERS=${positional[0]:-${RUNNERS:-60000}}
RATE=${positional[1]:-${RATE:-1000}}

# shellcheck source=../../bin/find-jdk.sh
. bin/find-jdk.sh

./mvnw -o -q -pl benchmarks package -DskipTests
./mvnw -o -q -pl benchmarks dependency:build-classpath -Dmdep.outputFile=target/classpath.txt >/dev/null

props=(-Dbackstride.root="$ROOT")
[[ -n ${WARMUP_RATE:-} ]] && props+=(-Dwarmup.rate="$WARMUP_RATE")
[[ -n ${MAX_IN_FLIGHT:-} ]] && props+=(-Dmax.in.flight="$MAX_IN_FLIGHT")
[[ -n ${MONGO:-} ]] && props+=(-Dmongo="$MONGO")
[[ -n ${MONGO_HEAP:-} ]] && props+=(-Dmongo.heap="$MONGO_HEAP")
[[ -n ${KAFKA_HEAP:-} ]] && props+=(-Dkafka.heap="$KAFKA_HEAP")
[[ -n ${SERVICE_HEAP:-} ]] && props+=(-Dservice.heap="$SERVICE_HEAP")
[[ -n ${SERVICE_JVM:-} ]] && props+=(-Dservice.jvm="$SERVICE_JVM")
[[ -n ${SERVICE_JAR:-} ]] && props+=(-Dservice.jar="$SERVICE_JAR")
[[ -n ${SERVICE_CPUS:-} ]] && props+=(-Dservice.cpus="$SERVICE_CPUS")
pin=()
if [[ -n ${OTHER_CPUS:-} ]]; then
  command -v taskset >/dev/null || { echo "log-load: OTHER_CPUS needs taskset (util-linux)" >&2; exit 2; }
  pin=(taskset -c "$OTHER_CPUS")
fi
[[ -n ${KAFKA_PORT:-} ]] && props+=(-Dkafka.port="$KAFKA_PORT")
[[ -n ${KAFKA_CONTROLLER_PORT:-} ]] && props+=(-Dkafka.controller.port="$KAFKA_CONTROLLER_PORT")
[[ -n ${MONGO_PORT:-} ]] && props+=(-Dmongo.port="$MONGO_PORT")
[[ -n ${SERVICE_PORT:-} ]] && props+=(-Dservice.port="$SERVICE_PORT")

exec "${pin[@]}" "$JAVA_HOME/bin/java" -Xmx1g "${props[@]}" \
  -cp "benchmarks/target/classes:$(cat benchmarks/target/classpath.txt)" \
  io.backstride.benchmarks.ProgrammeLoadBenchmark "$RUNNERS" "$RATE"
