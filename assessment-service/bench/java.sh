# Sourced by the benchmark scripts: finds a JDK 21 or newer (JAVA_HOME first) and the module's test classpath.
find_java() {
  local candidate
  for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/*; do
    [[ -n $candidate && -x $candidate/bin/java ]] || continue
    local version
    version=$("$candidate/bin/java" -XshowSettings:properties -version 2>&1 | awk -F= '/java.specification.version/ {gsub(/ /, "", $2); print $2}')
    if [[ ${version%%.*} -ge 21 ]]; then
      echo "$candidate/bin/java"
      return
    fi
  done
  echo "no JDK 21 or newer found: set JAVA_HOME" >&2
  exit 1
}

# Compiles the test tree (offline when possible) and prints its classpath.
test_classpath() {
  local module=$1 cp_file
  cp_file="$module/target/bench-classpath.txt"
  (cd "$module/.." && ./mvnw -q -o -pl "$(basename "$module")" test-compile dependency:build-classpath \
      -Dmdep.outputFile="bench-classpath-tmp.txt" -Dmdep.includeScope=test >/dev/null) \
    || (cd "$module/.." && ./mvnw -q -pl "$(basename "$module")" test-compile dependency:build-classpath \
      -Dmdep.outputFile="bench-classpath-tmp.txt" -Dmdep.includeScope=test >/dev/null)
  mv "$module/bench-classpath-tmp.txt" "$cp_file"
  echo "$module/target/test-classes:$module/target/classes:$(cat "$cp_file")"
}
