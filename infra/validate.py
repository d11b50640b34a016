"""Offline checks of infra/ that need no tool beyond Python 3 and PyYAML; run by infra/validate.sh.

Usage: python3 infra/validate.py CHECK [ARG]
  yaml                  every YAML file parses (duplicate keys are errors)
  dashboards OUT        dashboards are well-formed; writes their queries to OUT as a rules file for promtool
  metrics               alerts and dashboards use only metrics and labels from prometheus/expected-metrics.txt
  alerts                every alert has severity, summary, description, a runbook that exists and a unit test
  runbook-links         links between runbooks point at files and headings that exist
  compose               compose.yaml: health checks, start order, limits, pinned images, no secrets, .env.example
  compose-v1 OUT        writes compose.yaml without the top-level `name` for docker-compose v1's older schema
  dockerfile            infra/docker/Dockerfile: non-root, health check, container-aware JVM, MODULE argument
  k8s FILE              rendered manifests (kustomize output) follow the hardening rules of infra/k8s
  k8s-json FILE         prints the rendered manifests as a JSON array (for the schema check)
  k8s-resources DIR     prints the manifests a kustomization lists, for when no kustomize is installed
  prometheus-k8s OUT    writes infra/k8s/prometheus/prometheus.yml with Kubernetes SD swapped for file SD
Each check prints what it found and exits 1 if anything is wrong.
"""
import json
import os
import re
import sys

import yaml

INFRA = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(INFRA)
problems = []


def problem(where, what):
    problems.append(f"{os.path.relpath(where, REPO) if os.path.isabs(where) else where}: {what}")


def finish(summary):
    for p in problems:
        print(f"  - {p}")
    if problems:
        print(f"  {len(problems)} problem(s)")
        sys.exit(1)
    print(f"  {summary}")


# ------------------------------------------------------------------ YAML


class StrictLoader(yaml.SafeLoader):
    """SafeLoader that refuses duplicate keys (PyYAML silently keeps the last one)."""


def _mapping(loader, node, deep=False):
    # Only keys written in this mapping count: a key that overrides one merged in with << is fine.
    seen = set()
    for key_node, _ in node.value:
        if key_node.tag == "tag:yaml.org,2002:merge" or not isinstance(key_node, yaml.ScalarNode):
            continue
        if key_node.value in seen:
            raise yaml.constructor.ConstructorError(None, None, f"duplicate key {key_node.value!r}", key_node.start_mark)
        seen.add(key_node.value)
    return loader.construct_mapping(node, deep=deep)


StrictLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping)


def load_yaml(path):
    with open(path) as f:
        return yaml.load(f, Loader=StrictLoader)


def load_yaml_all(path):
    with open(path) as f:
        return [d for d in yaml.load_all(f, Loader=StrictLoader) if d is not None]


def infra_files(*suffixes):
    for root, dirs, files in os.walk(INFRA):
        dirs[:] = sorted(d for d in dirs if d not in ("node_modules", ".git"))
        for name in sorted(files):
            if name.endswith(suffixes):
                yield os.path.join(root, name)


def check_yaml():
    count = 0
    for path in infra_files(".yml", ".yaml"):
        try:
            load_yaml_all(path)
            count += 1
        except yaml.YAMLError as e:
            problem(path, str(e).replace("\n", " "))
    finish(f"{count} YAML files parse")


# ------------------------------------------------------------------ dashboards

GRAFANA_INTERVALS = {"$__rate_interval": "5m", "$__interval": "1m", "$__range": "1h",
                     "${__rate_interval}": "5m", "${__interval}": "1m", "${__range}": "1h"}


def dashboards():
    folder = os.path.join(INFRA, "grafana", "dashboards")
    for name in sorted(os.listdir(folder)):
        if name.endswith(".json"):
            path = os.path.join(folder, name)
            with open(path) as f:
                yield path, json.load(f)


def provisioned_datasource_uids():
    uids = set()
    folder = os.path.join(INFRA, "grafana", "provisioning", "datasources")
    for name in os.listdir(folder):
        for ds in (load_yaml(os.path.join(folder, name)) or {}).get("datasources", []):
            uids.add(ds.get("uid"))
    return uids


def all_panels(panels):
    for p in panels:
        yield p
        yield from all_panels(p.get("panels", []))


def dashboard_queries(dash):
    """(panel title, expr with Grafana variables replaced by sample values) for every query."""
    samples = {}
    for v in dash.get("templating", {}).get("list", []):
        if v.get("type") in ("custom", "constant"):
            samples[v["name"]] = str(v.get("current", {}).get("value") or v["query"].split(",")[0])
        else:
            samples[v["name"]] = "sample"
    for p in all_panels(dash.get("panels", [])):
        for t in p.get("targets", []):
            expr = t.get("expr", "")
            for k, val in GRAFANA_INTERVALS.items():
                expr = expr.replace(k, val)
            expr = re.sub(r"\$\{(\w+)(?::\w+)?\}|\$(\w+)", lambda m: samples.get(m.group(1) or m.group(2), m.group(0)), expr)
            yield p.get("title", "?"), t.get("expr", ""), expr


def check_dashboards(rules_out):
    ds_uids = provisioned_datasource_uids()
    uids, rules, count = {}, [], 0
    for path, dash in dashboards():
        count += 1
        for key in ("uid", "title", "panels", "schemaVersion"):
            if key not in dash:
                problem(path, f"missing {key}")
        if dash.get("uid") in uids:
            problem(path, f"uid {dash['uid']} also used by {uids[dash['uid']]}")
        uids[dash.get("uid")] = path
        var_names = {v["name"] for v in dash.get("templating", {}).get("list", [])}
        ids = set()
        for p in all_panels(dash.get("panels", [])):
            title = p.get("title", "?")
            if p.get("id") in ids:
                problem(path, f"panel id {p.get('id')} used twice")
            ids.add(p.get("id"))
            g = p.get("gridPos", {})
            if not all(k in g for k in "hwxy") or g.get("x", 0) + g.get("w", 0) > 24:
                problem(path, f"panel '{title}': bad gridPos {g}")
            for obj in [p] + p.get("targets", []):
                ds = obj.get("datasource")
                if isinstance(ds, dict) and ds.get("type") == "prometheus" and ds.get("uid") not in ds_uids:
                    problem(path, f"panel '{title}': datasource uid {ds.get('uid')} is not provisioned")
            if p.get("type") not in ("row", "text") and not p.get("targets"):
                problem(path, f"panel '{title}' has no query")
        for title, raw, expr in dashboard_queries(dash):
            for name in re.findall(r"\$\{?(\w+)", raw):
                if not name.startswith("__") and name not in var_names:
                    problem(path, f"panel '{title}' uses ${name}, which is not a dashboard variable")
            rules.append({"record": f"dashboard:query:{len(rules)}", "expr": expr,
                          "labels": {"dashboard": os.path.basename(path), "panel": title}})
        for v in dash.get("templating", {}).get("list", []):
            if v.get("type") == "query":
                q = v["query"]["query"] if isinstance(v.get("query"), dict) else v.get("query", "")
                m = re.fullmatch(r"label_values\((.+),\s*(\w+)\)", q)
                if not m:
                    problem(path, f"variable {v['name']}: unexpected query {q!r}")
                else:
                    rules.append({"record": f"dashboard:variable:{len(rules)}", "expr": m.group(1),
                                  "labels": {"dashboard": os.path.basename(path), "variable": v["name"]}})
    with open(rules_out, "w") as f:
        yaml.safe_dump({"groups": [{"name": "dashboard-queries", "rules": rules}]}, f, sort_keys=False)
    finish(f"{count} dashboards well-formed; {len(rules)} queries written for promtool")


# ------------------------------------------------------------------ metrics catalogue

COMMON_LABELS = {"application", "job", "instance", "namespace", "pod"}
PROMQL_WORDS = {"by", "without", "on", "ignoring", "group_left", "group_right", "and", "or", "unless",
                "offset", "bool", "inf", "nan", "atan2",
                # aggregation operators, which may be followed by a grouping clause instead of "("
                "sum", "min", "max", "avg", "group", "stddev", "stdvar", "count", "count_values",
                "bottomk", "topk", "quantile", "limitk", "limit_ratio"}


def catalogue():
    """{exposed metric name: allowed label names}"""
    known = {}
    with open(os.path.join(INFRA, "prometheus", "expected-metrics.txt")) as f:
        for line in f:
            line = line.split("#", 1)[0].split()
            if not line:
                continue
            name, kind, labels = line[0], line[1], set(line[2:]) | COMMON_LABELS
            if kind in ("timer", "histogram"):
                for suffix in ("_count", "_sum", "_max"):
                    known[name + suffix] = labels
                known[name + "_bucket"] = labels | {"le"}
            else:
                known[name] = labels
    return known


def metric_uses(expr):
    """(metric name, [label names in its matcher]) for each selector in a PromQL expression."""
    for m in re.finditer(r'(?<![\w$.:"])([a-zA-Z_:][\w:]*)\s*(\{[^}]*\})?', expr):
        name, matcher = m.group(1), m.group(2) or ""
        after = expr[m.end():].lstrip()
        if name.lower() in PROMQL_WORDS or (after.startswith("(") and not matcher):
            continue  # keyword or function call
        before = expr[:m.start()].rstrip()
        if re.search(r"\b(by|without|on|ignoring|group_left|group_right)\s*\([^)]*$", before):
            continue  # a label name in a grouping clause
        if before.endswith("[") or re.fullmatch(r"\d+[smhdwy]?", name):
            continue
        if re.search(r'\{[^}]*$', before):
            continue  # a label name inside a matcher of another selector
        labels = re.findall(r'(\w+)\s*(?:=~|!~|!=|=)', re.sub(r'"(?:[^"\\]|\\.)*"', '""', matcher))
        yield name, labels


def strip_strings(expr):
    return re.sub(r'"(?:[^"\\]|\\.)*"', lambda m: '"' + "x" * (len(m.group(0)) - 2) + '"', expr)


def check_metrics():
    known = catalogue()
    exprs = []
    for group in load_yaml(os.path.join(INFRA, "prometheus", "alerts.yml"))["groups"]:
        for rule in group["rules"]:
            exprs.append((f"alerts.yml {rule.get('alert')}", rule["expr"]))
    for path, dash in dashboards():
        for title, _, expr in dashboard_queries(dash):
            exprs.append((f"{os.path.basename(path)} '{title}'", expr))
        for v in dash.get("templating", {}).get("list", []):
            if v.get("type") == "query":
                q = v["query"]["query"] if isinstance(v.get("query"), dict) else v["query"]
                m = re.fullmatch(r"label_values\((.+),\s*(\w+)\)", q)
                if m:
                    exprs.append((f"{os.path.basename(path)} variable {v['name']}", f"{m.group(1)}{{{m.group(2)}!=\"\"}}"))
    used = set()
    for where, expr in exprs:
        # keep the matchers' quotes (to find label names) but blank out their contents
        masked = strip_strings(expr)
        for name, labels in metric_uses(masked):
            used.add(name)
            if name not in known:
                problem(where, f"metric {name} is not in prometheus/expected-metrics.txt")
                continue
            for label in labels:
                if label not in known[name]:
                    problem(where, f"label {label} is not a label of {name}")
    finish(f"{len(exprs)} queries use {len(used)} known metrics with known labels")


# ------------------------------------------------------------------ alerts and runbooks


def slug(heading):
    """GitHub's anchor for a Markdown heading."""
    s = heading.strip().lower()
    s = re.sub(r"[^\w\- ]", "", s)
    return s.replace(" ", "-")


def anchors(md_path):
    with open(md_path) as f:
        return {slug(line.lstrip("#")) for line in f if re.match(r"#{1,6} ", line)}


def check_alerts():
    rules = load_yaml(os.path.join(INFRA, "prometheus", "alerts.yml"))
    tests = load_yaml(os.path.join(INFRA, "prometheus", "alerts-test.yml"))
    tested = {t["alertname"] for group in tests["tests"] for t in group.get("alert_rule_test", [])
              if t.get("exp_alerts")}
    names = []
    for group in rules["groups"]:
        for rule in group["rules"]:
            name = rule.get("alert")
            if not name:
                continue
            names.append(name)
            where = f"alerts.yml {name}"
            if rule.get("labels", {}).get("severity") not in ("critical", "warning"):
                problem(where, "severity must be critical or warning")
            ann = rule.get("annotations", {})
            for key in ("summary", "description", "runbook_url"):
                if not ann.get(key):
                    problem(where, f"missing annotation {key}")
            url = ann.get("runbook_url", "")
            m = re.fullmatch(r"infra/runbooks/([\w-]+\.md)#([\w-]+)", url)
            if not m:
                problem(where, f"runbook_url {url!r} is not infra/runbooks/<file>.md#<anchor>")
            else:
                md = os.path.join(INFRA, "runbooks", m.group(1))
                if not os.path.exists(md):
                    problem(where, f"runbook {m.group(1)} does not exist")
                elif m.group(2) not in anchors(md):
                    problem(where, f"runbook {m.group(1)} has no heading for #{m.group(2)}")
                elif m.group(2) != name.lower():
                    problem(where, f"runbook anchor #{m.group(2)} should be the alert name, #{name.lower()}")
            if name not in tested:
                problem(where, "no firing case in alerts-test.yml")
    if len(names) != len(set(names)):
        problem("alerts.yml", "an alert name is used twice")
    finish(f"{len(names)} alerts: severity, annotations, runbook heading and a firing unit test each")


def check_runbook_links():
    count = 0
    for md in infra_files(".md"):
        with open(md) as f:
            text = f.read()
        for target in re.findall(r"\]\(([^)\s]+)\)", text):
            if re.match(r"[a-z]+://", target):
                continue
            count += 1
            file_part, _, anchor = target.partition("#")
            dest = os.path.normpath(os.path.join(os.path.dirname(md), file_part)) if file_part else md
            if not os.path.exists(dest):
                problem(md, f"link to {target}: no such file")
            elif anchor and dest.endswith(".md") and anchor not in anchors(dest):
                problem(md, f"link to {target}: no such heading")
    finish(f"{count} relative links in infra/**/*.md resolve")


# ------------------------------------------------------------------ compose

SECRET_WORDS = re.compile(r"PASSWORD|SECRET|TOKEN|CREDENTIAL|PRIVATE|API_KEY", re.I)


def check_compose():
    path = os.path.join(INFRA, "compose.yaml")
    compose = load_yaml(path)
    dockerfile_health = "HEALTHCHECK" in open(os.path.join(INFRA, "docker", "Dockerfile")).read()
    services = compose["services"]
    for name, svc in services.items():
        where = f"compose.yaml {name}"
        built = "build" in svc
        if "healthcheck" not in svc and not (built and dockerfile_health):
            problem(where, "no healthcheck (neither in compose nor in its image's Dockerfile)")
        for dep, cond in (svc.get("depends_on") or {}).items():
            if dep not in services:
                problem(where, f"depends on unknown service {dep}")
            elif cond.get("condition") not in ("service_healthy", "service_completed_successfully"):
                problem(where, f"depends_on {dep} without condition service_healthy")
        limits = svc.get("deploy", {}).get("resources", {}).get("limits", {})
        if not limits.get("memory") or not limits.get("cpus"):
            problem(where, "no deploy.resources.limits (cpus and memory)")
        image = svc.get("image", "")
        tag = re.sub(r"\$\{[^}]*:-([^}]*)\}", r"\1", image)
        if not built and (":" not in tag.split("/")[-1] or tag.endswith(":latest")):
            problem(where, f"image {image} is not pinned to a version")
        if built:
            b = svc["build"]
            if b.get("dockerfile") != "infra/docker/Dockerfile" or "MODULE" not in b.get("args", {}):
                problem(where, "must build infra/docker/Dockerfile with build arg MODULE")
            elif not os.path.isdir(os.path.join(REPO, b["args"]["MODULE"])) and name != "identity-service":
                print(f"  note: {where}: module {b['args']['MODULE']}/ is not in the repository yet")
        env = svc.get("environment") or {}
        for key, value in env.items():
            if SECRET_WORDS.search(key) and not re.fullmatch(r"\$\{\w+(:?-[^}]*)?\}", str(value)):
                problem(where, f"{key} is a literal: take it from the environment (${{{key}...}})")
            if re.search(r"mongodb(\+srv)?://[^/@\s]+:[^/@\s]+@", str(value)):
                problem(where, f"{key} carries credentials in the file")
    used = set(re.findall(r"\$\{(\w+)", open(path).read()))
    documented = set()
    with open(os.path.join(INFRA, ".env.example")) as f:
        for line in f:
            m = re.match(r"#?\s*([A-Z][A-Z0-9_]+)=", line)
            if m:
                documented.add(m.group(1))
    for var in sorted(used - documented):
        problem(".env.example", f"{var} is used by compose.yaml but not documented")
    for var in sorted(documented - used):
        problem(".env.example", f"{var} is documented but compose.yaml does not use it")
    finish(f"{len(services)} services: health checks, healthy start order, limits, pinned images, "
           f"no secrets; {len(used)} variables documented in .env.example")


def write_compose_v1(out):
    text = open(os.path.join(INFRA, "compose.yaml")).read()
    with open(out, "w") as f:
        f.write(re.sub(r"(?m)^name:.*\n", "", text))


# ------------------------------------------------------------------ Dockerfile


def check_dockerfile():
    path = os.path.join(INFRA, "docker", "Dockerfile")
    text = open(path).read()
    stages = re.findall(r"(?m)^FROM\s+(\S+)", text)
    if len(stages) < 2:
        problem(path, "expected a multi-stage build")
    elif "jdk" not in stages[0] or "jre" not in stages[-1] or "eclipse-temurin" not in stages[-1]:
        problem(path, f"build on an eclipse-temurin JDK, run on its JRE (stages: {stages})")
    if "./mvnw" not in text:
        problem(path, "the build stage must use the Maven wrapper")
    if not re.search(r"(?m)^ARG MODULE\b", text):
        problem(path, "no build arg MODULE")
    user = re.findall(r"(?m)^USER\s+(\S+)", text)
    if not user or user[-1].split(":")[0] in ("root", "0") or not user[-1].split(":")[0].isdigit():
        problem(path, "the runtime stage must end as a numeric non-root USER (Kubernetes runAsNonRoot checks uid)")
    if not re.search(r"(?m)^HEALTHCHECK\s", text):
        problem(path, "no HEALTHCHECK")
    if "MaxRAMPercentage" not in text or "JAVA_TOOL_OPTIONS" not in text:
        problem(path, "JAVA_TOOL_OPTIONS must size the heap from the container limit (MaxRAMPercentage)")
    for src in re.findall(r"(?m)^COPY\s+(?:--\S+\s+)*(infra/\S+)", text):
        if not os.path.exists(os.path.join(REPO, src)):
            problem(path, f"COPY source {src} does not exist")
    ignore = open(os.path.join(INFRA, "docker", "Dockerfile.dockerignore")).read().split("\n")
    for needed in ("mvnw", ".mvn/", "bin/", "pom.xml", "infra/docker/healthcheck.sh"):
        excluded = any(p.strip() and not p.startswith(("#", "!")) and (needed.startswith(p.strip().rstrip("/"))
                       and not any(q == "!" + needed for q in ignore)) for p in ignore)
        if excluded:
            problem("infra/docker/Dockerfile.dockerignore", f"excludes {needed}, which the build needs")
    finish("multi-stage temurin JDK→JRE, Maven wrapper, MODULE, non-root, HEALTHCHECK, container-aware heap")


# ------------------------------------------------------------------ Kubernetes


def k8s_objects(path):
    return load_yaml_all(path)


def list_kustomization(directory):
    """Resources a kustomization lists (no patches or generators are used in infra/k8s)."""
    k = load_yaml(os.path.join(directory, "kustomization.yaml"))
    objects = []
    for res in k.get("resources", []):
        p = os.path.join(directory, res)
        objects += list_kustomization(p) if os.path.isdir(p) else load_yaml_all(p)
    for o in objects:
        if k.get("namespace") and o["kind"] != "Namespace":
            o["metadata"]["namespace"] = k["namespace"]
        for entry in k.get("labels", []):
            o["metadata"].setdefault("labels", {}).update(entry["pairs"])
            if entry.get("includeTemplates") and o["kind"] == "Deployment":
                o["spec"]["template"]["metadata"]["labels"].update(entry["pairs"])
        for c in (o.get("spec", {}).get("template", {}).get("spec", {}).get("containers", [])):
            for img in k.get("images", []):
                if c["image"] == img["name"]:
                    c["image"] = f"{img['name']}:{img['newTag']}"
    return objects


def matches(selector, labels):
    return all(labels.get(k) == v for k, v in selector.get("matchLabels", {}).items()) and all(
        (labels.get(e["key"]) in e.get("values", [])) == (e["operator"] == "In")
        for e in selector.get("matchExpressions", []) if e["operator"] in ("In", "NotIn"))


def check_k8s(path):
    objs = k8s_objects(path)
    by_kind = {}
    for o in objs:
        by_kind.setdefault(o["kind"], []).append(o)
    configmaps = {o["metadata"]["name"]: o for o in by_kind.get("ConfigMap", [])}
    policies = by_kind.get("NetworkPolicy", [])
    namespaces = by_kind.get("Namespace", [])
    for ns in namespaces:
        if ns["metadata"].get("labels", {}).get("pod-security.kubernetes.io/enforce") != "restricted":
            problem(f"Namespace/{ns['metadata']['name']}", "Pod Security Admission must enforce restricted")
    if not any(p["spec"].get("podSelector") == {} and "Ingress" in p["spec"].get("policyTypes", [])
               and not p["spec"].get("ingress") for p in policies):
        problem("NetworkPolicy", "no default-deny ingress policy")
    secrets = set()
    for d in by_kind.get("Deployment", []):
        name = d["metadata"]["name"]
        where = f"Deployment/{name}"
        tmpl = d["spec"]["template"]
        labels = tmpl["metadata"].get("labels", {})
        pod = tmpl["spec"]
        if not matches(d["spec"]["selector"], labels):
            problem(where, "selector does not match the pod template's labels")
        psc = pod.get("securityContext", {})
        if psc.get("runAsNonRoot") is not True or psc.get("seccompProfile", {}).get("type") != "RuntimeDefault":
            problem(where, "pod must runAsNonRoot with seccompProfile RuntimeDefault")
        if pod.get("automountServiceAccountToken") is not False:
            problem(where, "automountServiceAccountToken must be false")
        volumes = {v["name"]: v for v in pod.get("volumes", [])}
        ann = tmpl["metadata"].get("annotations", {})
        ports = []
        for c in pod["containers"]:
            cw = f"{where} container {c['name']}"
            sc = c.get("securityContext", {})
            if sc.get("readOnlyRootFilesystem") is not True or sc.get("allowPrivilegeEscalation") is not False \
                    or "ALL" not in sc.get("capabilities", {}).get("drop", []):
                problem(cw, "needs readOnlyRootFilesystem, no privilege escalation, capabilities drop ALL")
            res = c.get("resources", {})
            for kind in ("requests", "limits"):
                if not {"cpu", "memory"} <= set(res.get(kind, {})):
                    problem(cw, f"resources.{kind} needs cpu and memory")
            if res.get("limits", {}).get("memory") != res.get("requests", {}).get("memory"):
                problem(cw, "memory request and limit should be equal (the heap is sized from the limit)")
            image = c.get("image", "")
            if ":" not in image.split("/")[-1] or image.endswith(":latest"):
                problem(cw, f"image {image} has no fixed tag")
            for probe, path_ in (("startupProbe", "/actuator/health/liveness"),
                                 ("livenessProbe", "/actuator/health/liveness"),
                                 ("readinessProbe", "/actuator/health/readiness")):
                if c.get(probe, {}).get("httpGet", {}).get("path") != path_:
                    problem(cw, f"{probe} must GET {path_}")
            tmp = [m for m in c.get("volumeMounts", []) if m["mountPath"] == "/tmp"]
            if not tmp or "emptyDir" not in volumes.get(tmp[0]["name"], {}):
                problem(cw, "needs an emptyDir mounted at /tmp (the root file system is read-only)")
            ports += c.get("ports", [])
            env = {e["name"]: e for e in c.get("env", [])}
            if env.get("SERVER_PORT", {}).get("value") != str(c["ports"][0]["containerPort"]):
                problem(cw, "SERVER_PORT must equal the container port")
            if labels.get("app.kubernetes.io/component") == "backend" or "MONGODB_URI" in env:
                ref = env.get("MONGODB_URI", {}).get("valueFrom", {}).get("secretKeyRef")
                if not ref:
                    problem(cw, "MONGODB_URI must come from a Secret")
                else:
                    secrets.add(ref["name"])
            for ef in c.get("envFrom", []):
                if "configMapRef" in ef and ef["configMapRef"]["name"] not in configmaps:
                    problem(cw, f"ConfigMap {ef['configMapRef']['name']} is not in the bundle")
        if ann.get("prometheus.io/scrape") != "true" or ann.get("prometheus.io/path") != "/actuator/prometheus" \
                or ann.get("prometheus.io/port") not in {str(p["containerPort"]) for p in ports}:
            problem(where, "prometheus.io/scrape, /path and /port annotations must point at /actuator/prometheus")
        svc = [s for s in by_kind.get("Service", []) if s["metadata"]["name"] == name]
        if not svc or not matches({"matchLabels": svc[0]["spec"].get("selector", {})}, labels):
            problem(where, "no Service of the same name selecting its pods")
        elif any(p["targetPort"] not in {pp.get("name") for pp in ports} | {pp["containerPort"] for pp in ports}
                 for p in svc[0]["spec"]["ports"]):
            problem(where, "Service targetPort is not a container port")
        hpa = [h for h in by_kind.get("HorizontalPodAutoscaler", []) if h["spec"]["scaleTargetRef"]["name"] == name]
        if not hpa:
            problem(where, "no HorizontalPodAutoscaler")
        elif labels.get("app.kubernetes.io/component") == "backend" and hpa[0]["spec"]["maxReplicas"] > 12:
            problem(where, "HPA maxReplicas above 12: a consumer group cannot use more than its 12 partitions")
        elif hpa[0]["spec"]["minReplicas"] < 2:
            problem(where, "HPA minReplicas below 2 leaves no instance during a rollout or node loss")
        if not any(matches(p["spec"]["selector"], labels) for p in by_kind.get("PodDisruptionBudget", [])):
            problem(where, "no PodDisruptionBudget")
        sa = pod.get("serviceAccountName")
        if not any(s["metadata"]["name"] == sa for s in by_kind.get("ServiceAccount", [])):
            problem(where, f"ServiceAccount {sa} is not in the bundle")
        selecting = [p for p in policies if matches(p["spec"]["podSelector"], labels)]
        if labels.get("app.kubernetes.io/component") == "backend":
            for p in selecting:
                for rule in p["spec"].get("ingress", []):
                    sources = rule.get("from", [])
                    if not sources or any("ipBlock" in s for s in sources):
                        problem(where, f"NetworkPolicy/{p['metadata']['name']} lets anyone in")
                    for s in sources:
                        ok_gateway = s.get("podSelector", {}).get("matchLabels", {}).get("app.kubernetes.io/name") == "gateway" \
                            and "namespaceSelector" not in s
                        ok_monitoring = s.get("namespaceSelector", {}).get("matchLabels", {}).get(
                            "kubernetes.io/metadata.name") == "monitoring"
                        if not (ok_gateway or ok_monitoring):
                            problem(where, f"NetworkPolicy/{p['metadata']['name']} admits {s}")
            if not any(r.get("from") for p in selecting for r in p["spec"].get("ingress", [])):
                problem(where, "no NetworkPolicy admits the gateway")
    routes = configmaps.get("gateway-routes", {}).get("data", {})
    for var in ("CONTENT_SERVICE_URL", "ASSESSMENT_SERVICE_URL", "PROGRAMME_SERVICE_URL", "RACE_SERVICE_URL",
                "NOTIFICATION_SERVICE_URL"):
        if var not in routes and "gateway-routes" in configmaps:
            problem("ConfigMap/gateway-routes", f"missing {var}")
    finish(f"{len(objs)} objects, {len(by_kind.get('Deployment', []))} Deployments hardened and complete "
           f"(Secrets expected in the cluster: {', '.join(sorted(secrets)) or 'none'})")


def print_k8s_json(path):
    print(json.dumps(k8s_objects(path)))


def print_kustomization(directory):
    print(yaml.safe_dump_all(list_kustomization(directory), sort_keys=False))


def write_prometheus_k8s(out):
    config = load_yaml(os.path.join(INFRA, "k8s", "prometheus", "prometheus.yml"))
    for sc in config.get("scrape_configs", []):
        if sc.pop("kubernetes_sd_configs", None) is not None:
            sc["file_sd_configs"] = [{"files": ["targets/*.json"]}]
    with open(out, "w") as f:
        yaml.safe_dump(config, f, sort_keys=False)


CHECKS = {
    "yaml": lambda arg: check_yaml(),
    "dashboards": check_dashboards,
    "metrics": lambda arg: check_metrics(),
    "alerts": lambda arg: check_alerts(),
    "runbook-links": lambda arg: check_runbook_links(),
    "compose": lambda arg: check_compose(),
    "compose-v1": write_compose_v1,
    "dockerfile": lambda arg: check_dockerfile(),
    "k8s": check_k8s,
    "k8s-json": print_k8s_json,
    "k8s-resources": print_kustomization,
    "prometheus-k8s": write_prometheus_k8s,
}

if __name__ == "__main__":
    if len(sys.argv) < 2 or sys.argv[1] not in CHECKS:
        sys.exit(__doc__)
    try:
        CHECKS[sys.argv[1]](sys.argv[2] if len(sys.argv) > 2 else None)
    except (yaml.YAMLError, OSError, KeyError, TypeError) as e:
        # A file too broken to check: say why, without a traceback.
        print(f"  - cannot check: {type(e).__name__}: {e}")
        sys.exit(1)
