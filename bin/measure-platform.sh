#!/usr/bin/env bash
# Measures the local platform from a stopped state: seconds until every component is healthy, and the resident memory
# (VmRSS) of every process `./backstride up` started. Stops the platform afterwards unless --keep.
#   bin/measure-platform.sh [--keep] [--settle SECONDS] [COMPONENT|STAGE...]
# Exits 0 within the targets (all healthy <= 60 s, total RSS <= 2.5 GiB), 1 when over them or when `up` failed.
# A component's first start records its AOT cache (JDK 25+), so run it twice to see the usual start.
set -euo pipefail

TARGET_SECONDS=60
TARGET_RSS_MIB=2560

cd "$(dirname "${BASH_SOURCE[0]}")/.."
keep="" settle=5 components=()
while (($#)); do
  case $1 in
    --keep) keep=1 ;;
    --settle)
      [[ ${2:-} =~ ^[0-9]+$ ]] || { echo "measure-platform: --settle needs a number of seconds" >&2; exit 2; }
      settle=$2
      shift
      ;;
    -h | --help) sed -n '2,6s/^# \{0,1\}//p' "$0"; exit 0 ;;
    -*) echo "measure-platform: unknown option '$1'" >&2; exit 2 ;;
    *) components+=("$1") ;;
  esac
  shift
done

status=$(./backstride status || true) # exits 3 unless everything runs
if grep -q ' running ' <<<"$status"; then
  echo "measure-platform: the platform is running: ./backstride down first, to measure a start from stopped" >&2
  exit 1
fi

output=$(mktemp)
trap 'rm -f "$output"' EXIT
if ! ./backstride up "${components[@]}" | tee "$output"; then
  echo "measure-platform: ./backstride up failed" >&2
  exit 1
fi
healthy=$(sed -n 's/^Backstride is up: all healthy in \([0-9.]*\) s.*/\1/p' "$output")

sleep "$settle" # let start-up garbage settle before reading the memory
echo
printf '%-22s %8s %10s %6s  %s\n' COMPONENT PID "RSS MiB" HEAP "AOT CACHE"
total_kib=0
while read -r name state pid _; do
  [[ $state == running ]] || continue
  rss_kib=$(awk '/^VmRSS:/ {print $2}' "/proc/$pid/status" 2>/dev/null || echo 0)
  args=$(tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null || true)
  heap=$(sed -n 's/.* -Xmx\([^ ]*\).*/\1/p' <<<"$args")
  case $args in
    *-XX:AOTCache=*) aot=used ;;
    *-XX:AOTCacheOutput=*) aot="recording (first start)" ;;
    *) aot=off ;;
  esac
  total_kib=$((total_kib + rss_kib))
  printf '%-22s %8s %10s %6s  %s\n' "$name" "$pid" "$(awk -v k="$rss_kib" 'BEGIN {printf "%.1f", k / 1024}')" "$heap" "$aot"
done < <(./backstride status || true)
total_mib=$(awk -v k="$total_kib" 'BEGIN {printf "%.1f", k / 1024}')
printf '%-22s %8s %10s\n' total "" "$total_mib"
echo

verdict=0
if awk -v s="$healthy" -v t="$TARGET_SECONDS" 'BEGIN {exit !(s <= t)}'; then mark=ok; else mark=OVER verdict=1; fi
echo "all healthy in $healthy s (target <= $TARGET_SECONDS s): $mark"
if ((total_kib <= TARGET_RSS_MIB * 1024)); then mark=ok; else mark=OVER verdict=1; fi
echo "total RSS $total_mib MiB (target <= $TARGET_RSS_MIB MiB): $mark"

if [[ -z $keep ]]; then
  echo
  ./backstride down
fi
exit "$verdict"
