# Sourced by ./mvnw, ./backstride and .ci/run: makes JAVA_HOME point at a JDK >= 21.
# Order: an already suitable JAVA_HOME, then `java` on the PATH, then the newest JDK under /usr/lib/jvm.
_bs_noglob=""; case $- in *f*) _bs_noglob=1; set +f ;; esac
_bs_java_major() {
  "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p' | head -n1
}
_bs_ok() { [ -x "$1/bin/java" ] && [ -x "$1/bin/javac" ] && [ "$(_bs_java_major "$1/bin/java")" -ge 21 ] 2>/dev/null; }
if [ -n "${JAVA_HOME-}" ] && _bs_ok "$JAVA_HOME"; then
  :
else
  _bs_found=""
  _bs_path_java="$(command -v java 2>/dev/null || true)"
  if [ -n "$_bs_path_java" ]; then
    _bs_home="$(dirname "$(dirname "$(readlink -f "$_bs_path_java")")")"
    if _bs_ok "$_bs_home"; then _bs_found="$_bs_home"; fi
  fi
  if [ -z "$_bs_found" ]; then
    for _bs_home in $(ls -d /usr/lib/jvm/*/ /Library/Java/JavaVirtualMachines/*/Contents/Home/ 2>/dev/null | sort -rV); do
      _bs_home="${_bs_home%/}"
      if _bs_ok "$_bs_home"; then _bs_found="$_bs_home"; break; fi
    done
  fi
  if [ -z "$_bs_found" ]; then
    echo "Backstride needs a JDK 21 or newer: none found (JAVA_HOME=${JAVA_HOME-unset}, java on PATH: ${_bs_path_java:-none}). Install one (e.g. Temurin 21/25) and set JAVA_HOME to it." >&2
    exit 1
  fi
  JAVA_HOME="$_bs_found"
fi
export JAVA_HOME
export PATH="$JAVA_HOME/bin:$PATH"
[ -z "$_bs_noglob" ] || set -f
unset _bs_found _bs_home _bs_path_java _bs_noglob
