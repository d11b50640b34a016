#!/usr/bin/env bash
# JMH benchmark of scoring one full initial assessment (1 fork, 3 x 2 s warm-up, 3 x 2 s measurement).
#   assessment-service/bench/scoring-benchmark.sh
set -euo pipefail
MODULE="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$MODULE/bench/java.sh"
JAVA=$(find_java)
CP=$(test_classpath "$MODULE")
exec "$JAVA" -cp "$CP" io.backstride.assessment.bench.ScoringBenchmark "$@"
