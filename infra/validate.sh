#!/usr/bin/env bash
# Validates infra/ offline: no Docker engine, no cluster, no Grafana or Prometheus server needed.
#   infra/validate.sh                  run every check whose tool is here; skip the others, saying why
#   infra/validate.sh --install-tools  first apt-get install the missing tools (root, Debian/Ubuntu)
# Exits non-zero if any check fails. Tools used when present: promtool (apt: prometheus),
# prometheus-blackbox-exporter, docker compose v2 or docker-compose v1, kubectl or kustomize,
# node + npm (Kubernetes schemas from the npm package kubernetes-models), shellcheck.
set -uo pipefail

cd "$(dirname "$0")/.." || exit 2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

passed=0 failed=0 skipped=0
failures=()

have() { command -v "$1" >/dev/null 2>&1; }

# check NAME COMMAND...: runs one check and records its outcome.
check() {
  local name=$1
  shift
  printf '\n== %s\n' "$name"
  if "$@"; then
    passed=$((passed + 1))
    echo "PASS"
  else
    failed=$((failed + 1))
    failures+=("$name")
    echo "FAIL"
  fi
}

skip() {
  printf '\n== %s\nSKIP: %s\n' "$1" "$2"
  skipped=$((skipped + 1))
}

install_tools() {
  local packages=()
  have promtool || packages+=(prometheus)
  have prometheus-blackbox-exporter || have blackbox_exporter || packages+=(prometheus-blackbox-exporter)
  have docker-compose || docker compose version >/dev/null 2>&1 || packages+=(docker-compose)
  have shellcheck || packages+=(shellcheck)
  python3 -c 'import yaml' 2>/dev/null || packages+=(python3-yaml)
  [ ${#packages[@]} -eq 0 ] && return 0
  echo "Installing: ${packages[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get install -y -q "${packages[@]}" >"$work/apt.log" 2>&1 ||
    { apt-get update -q >/dev/null 2>&1 && apt-get install -y -q "${packages[@]}" >"$work/apt.log" 2>&1; } ||
    { echo "apt-get install failed; checks that need these tools will be skipped:"; tail -n 5 "$work/apt.log"; }
}

[ "${1-}" = "--install-tools" ] && install_tools

# A Python 3 with PyYAML: the one on PATH, else Debian's (python3-yaml).
PY=""
for candidate in python3 /usr/bin/python3; do
  if have "$candidate" && "$candidate" -c 'import yaml' 2>/dev/null; then
    PY=$candidate
    break
  fi
done
if [ -z "$PY" ]; then
  echo "No Python 3 with PyYAML (apt-get install python3-yaml): cannot validate infra/." >&2
  exit 2
fi
checks() { "$PY" infra/validate.py "$@"; }

# ---------------------------------------------------------------- files parse
check "YAML files parse (duplicate keys are errors)" checks yaml
check "Grafana dashboards: JSON, layout, datasources, variables" checks dashboards "$work/dashboard-queries.yml"
check "Metric and label names exist (prometheus/expected-metrics.txt)" checks metrics

# ---------------------------------------------------------------- Prometheus
check "Alerts: severity, summary, description, runbook heading, unit test" checks alerts
check "Runbook links resolve" checks runbook-links
if have promtool; then
  check "promtool check config prometheus/prometheus.yml" promtool check config infra/prometheus/prometheus.yml
  check "promtool check rules prometheus/alerts.yml" promtool check rules infra/prometheus/alerts.yml
  check "promtool test rules prometheus/alerts-test.yml" promtool test rules infra/prometheus/alerts-test.yml
  check "promtool: every dashboard query is valid PromQL" promtool check rules "$work/dashboard-queries.yml"

  k8s_prometheus() {
    local out
    if out=$(promtool check config infra/k8s/prometheus/prometheus.yml 2>&1); then
      echo "$out"
      return 0
    fi
    if ! grep -q "field kubernetes_sd_configs not found" <<<"$out"; then
      echo "$out"
      return 1
    fi
    # Debian's promtool is built without Kubernetes service discovery: check the rest of the file
    # (relabelling, jobs, rules) with file SD in its place.
    echo "note: this promtool has no Kubernetes SD; checking the file with kubernetes_sd_configs replaced by file_sd_configs"
    mkdir -p "$work/prometheus-k8s/targets" && echo '[]' >"$work/prometheus-k8s/targets/none.json"
    checks prometheus-k8s "$work/prometheus-k8s/prometheus.yml" &&
      promtool check config "$work/prometheus-k8s/prometheus.yml"
  }
  check "promtool check config k8s/prometheus/prometheus.yml" k8s_prometheus
else
  for what in "check config prometheus.yml" "check rules alerts.yml" "test rules alerts-test.yml" \
    "dashboard queries are valid PromQL" "check config k8s/prometheus/prometheus.yml"; do
    skip "promtool $what" "promtool not installed (apt-get install prometheus, or run with --install-tools)"
  done
fi

blackbox=""
have prometheus-blackbox-exporter && blackbox=prometheus-blackbox-exporter
have blackbox_exporter && blackbox=blackbox_exporter
if [ -n "$blackbox" ]; then
  blackbox_config() {
    local out
    out=$("$blackbox" --config.check --config.file=infra/prometheus/blackbox.yml 2>&1) || { echo "$out"; return 1; }
    echo "  config is ok"
  }
  check "blackbox exporter --config.check prometheus/blackbox.yml" blackbox_config
else
  skip "blackbox exporter config" "no blackbox exporter installed (apt-get install prometheus-blackbox-exporter)"
fi

# ---------------------------------------------------------------- compose and image
check "compose.yaml: health checks, start order, limits, pinned images, no secrets, .env.example" checks compose
if docker compose version >/dev/null 2>&1; then
  # Compose v2 parses and interpolates the file client-side: no Docker engine needed.
  check "docker compose config -q" docker compose -f infra/compose.yaml --profile identity config -q
elif have docker-compose; then
  compose_v1() {
    # v1 knows the Compose schema of 2021, which has no top-level `name`: check everything else.
    checks compose-v1 "$work/compose.yaml" &&
      docker-compose -f "$work/compose.yaml" --project-directory infra --profile identity config -q
  }
  check "docker-compose (v1) config -q, without the top-level name" compose_v1
else
  skip "docker compose config" "neither the docker compose v2 plugin nor docker-compose is installed"
fi
check "Dockerfile: JDK build, JRE runtime, non-root, HEALTHCHECK, container-aware heap" checks dockerfile
if have shellcheck; then
  check "shellcheck validate.sh, healthcheck.sh" shellcheck infra/validate.sh infra/docker/healthcheck.sh
else
  check "bash -n validate.sh, healthcheck.sh" bash -c 'bash -n infra/validate.sh && bash -n infra/docker/healthcheck.sh'
fi

# ---------------------------------------------------------------- Kubernetes
render() {
  if have kubectl; then
    kubectl kustomize "$1"
  else
    kustomize build "$1"
  fi
}
if have kubectl || have kustomize; then
  render_all() { { render infra/k8s && echo "---" && render infra/k8s/identity-service; } >"$work/k8s.yaml"; }
  check "kustomize build k8s and k8s/identity-service" render_all
else
  skip "kustomize build" "neither kubectl nor kustomize installed: reading the kustomization's resources with Python instead"
  { checks k8s-resources infra/k8s && echo "---" && checks k8s-resources infra/k8s/identity-service; } >"$work/k8s.yaml"
fi
check "Kubernetes hardening: probes, limits, non-root, read-only, HPA, PDB, NetworkPolicy" checks k8s "$work/k8s.yaml"

schema_dir=infra/k8s/schema-check
if have node && have npm; then
  if [ ! -d "$schema_dir/node_modules/kubernetes-models" ]; then
    npm ci --prefix "$schema_dir" --no-audit --no-fund --silent >"$work/npm.log" 2>&1 || cat "$work/npm.log"
  fi
  if [ -d "$schema_dir/node_modules/kubernetes-models" ]; then
    k8s_schema() { checks k8s-json "$work/k8s.yaml" | node "$schema_dir/check.mjs"; }
    check "Kubernetes schemas (kubernetes-models, offline)" k8s_schema
  else
    skip "Kubernetes schemas" "npm could not install kubernetes-models (no registry?)"
  fi
else
  skip "Kubernetes schemas" "node and npm not installed"
fi

# ---------------------------------------------------------------- result
echo
if [ "$failed" -gt 0 ]; then
  echo "Result: $failed of $((passed + failed)) checks FAILED (${skipped} skipped):"
  printf '  - %s\n' "${failures[@]}"
  exit 1
fi
echo "Result: all $passed checks passed (${skipped} skipped)"
