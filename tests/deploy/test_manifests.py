"""deploy/: every manifest is a valid Kubernetes object (kubernetes-validate, with the schemas
its wheel ships: nothing is downloaded), and the objects fit together: probes on declared ports
and real health endpoints, Services and policies that select existing pods, the HPAs' targets,
the ConfigMaps and Secrets that are referenced, telemetry off and the settings of the launcher."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import kubernetes_validate
import pytest
import yaml

from bot.service.app import create_app

ROOT = Path(__file__).resolve().parents[2]
DEPLOY = ROOT / "deploy"
KUBERNETES_VERSION = "1.30.0"  # the oldest minor still supported by the big providers
FILES = sorted(DEPLOY.glob("*.yaml"))
KUSTOMIZATION = DEPLOY / "kustomization.yaml"


def _load() -> list[tuple[str, dict[str, Any]]]:
    docs = []
    for path in FILES:
        if path == KUSTOMIZATION:
            continue
        for doc in yaml.safe_load_all(path.read_text(encoding="utf-8")):
            if doc:
                docs.append((path.name, doc))
    return docs


DOCS = _load()


def of_kind(kind: str) -> dict[str, dict[str, Any]]:
    return {d["metadata"]["name"]: d for _, d in DOCS if d["kind"] == kind}


def pod_spec(deployment: dict[str, Any]) -> dict[str, Any]:
    return deployment["spec"]["template"]["spec"]


def containers() -> list[tuple[str, dict[str, Any]]]:
    return [
        (name, c) for name, d in of_kind("Deployment").items() for c in pod_spec(d)["containers"]
    ]


def test_there_is_something_to_deploy() -> None:
    kinds = {d["kind"] for _, d in DOCS}
    assert {"Deployment", "Service", "HorizontalPodAutoscaler", "ConfigMap", "Secret"} <= kinds
    assert set(of_kind("Deployment")) == {
        "assistant-gateway",
        "assistant-rasa",
        "assistant-actions",
    }


@pytest.mark.parametrize(
    ("source", "doc"), DOCS, ids=[f"{s}:{d['kind']}/{d['metadata']['name']}" for s, d in DOCS]
)
def test_each_object_is_valid_kubernetes(source: str, doc: dict[str, Any]) -> None:
    assert doc.get("apiVersion") and doc.get("kind") and doc["metadata"].get("name")
    # strict: an unknown field (a typo such as "readinesProbe") is an error too.
    kubernetes_validate.validate(doc, KUBERNETES_VERSION, strict=True)


def test_the_kustomization_lists_every_manifest() -> None:
    listed = yaml.safe_load(KUSTOMIZATION.read_text())["resources"]
    assert sorted(listed) == sorted(p.name for p in FILES if p != KUSTOMIZATION)


def test_names_are_unique_per_kind() -> None:
    seen = [(d["kind"], d["metadata"]["name"]) for _, d in DOCS]
    assert len(seen) == len(set(seen))


def _port_names_and_numbers(container: dict[str, Any]) -> set[Any]:
    ports = container.get("ports", [])
    return {p["containerPort"] for p in ports} | {p["name"] for p in ports if "name" in p}


def test_every_container_has_a_pinned_image_and_probes_on_its_own_ports() -> None:
    for deployment, container in containers():
        image = container["image"]
        assert ":" in image and not image.endswith(":latest"), (deployment, image)
        declared = _port_names_and_numbers(container)
        assert container.get("readinessProbe"), deployment
        for kind in ("readinessProbe", "livenessProbe", "startupProbe"):
            probe = container.get(kind)
            if probe:
                assert probe["httpGet"]["port"] in declared, (deployment, kind)


# The health endpoint each part really has.
HEALTH = {
    "assistant-gateway": {"/readyz", "/healthz"},
    "assistant-rasa": {"/"},  # Rasa's root answers "Hello from Rasa" (its API stays closed)
    "assistant-actions": {"/health"},  # rasa-sdk's
}


def test_probes_point_at_real_health_endpoints() -> None:
    gateway_paths = set(create_app().openapi()["paths"])
    assert HEALTH["assistant-gateway"] <= gateway_paths
    for deployment, container in containers():
        for kind in ("readinessProbe", "livenessProbe", "startupProbe"):
            if kind in container:
                assert container[kind]["httpGet"]["path"] in HEALTH[deployment], (deployment, kind)
    gateway = pod_spec(of_kind("Deployment")["assistant-gateway"])["containers"][0]
    assert gateway["readinessProbe"]["httpGet"]["path"] == "/readyz"


def _pod_labels() -> list[dict[str, str]]:
    return [d["spec"]["template"]["metadata"]["labels"] for d in of_kind("Deployment").values()]


def _selects_a_pod(selector: dict[str, str]) -> bool:
    return any(selector.items() <= labels.items() for labels in _pod_labels())


def test_deployments_select_their_own_pods() -> None:
    for name, deployment in of_kind("Deployment").items():
        selector = deployment["spec"]["selector"]["matchLabels"]
        labels = deployment["spec"]["template"]["metadata"]["labels"]
        assert selector.items() <= labels.items(), name


def test_services_select_pods_and_target_ports_they_declare() -> None:
    deployments = of_kind("Deployment")
    for name, service in of_kind("Service").items():
        selector = service["spec"]["selector"]
        assert _selects_a_pod(selector), name
        selected = [
            c
            for d in deployments.values()
            if selector.items() <= d["spec"]["template"]["metadata"]["labels"].items()
            for c in pod_spec(d)["containers"]
        ]
        for port in service["spec"]["ports"]:
            assert any(port["targetPort"] in _port_names_and_numbers(c) for c in selected), name


def test_each_autoscaler_targets_an_existing_deployment() -> None:
    deployments = of_kind("Deployment")
    autoscalers = of_kind("HorizontalPodAutoscaler")
    assert autoscalers
    for name, hpa in autoscalers.items():
        target = hpa["spec"]["scaleTargetRef"]
        assert target["kind"] == "Deployment" and target["name"] in deployments, name
        assert hpa["spec"]["minReplicas"] <= hpa["spec"]["maxReplicas"]
        # Utilisation needs requests to be measured against.
        for container in pod_spec(deployments[target["name"]])["containers"]:
            assert container["resources"]["requests"]["cpu"], name
    # The gateway keeps its SQLite store on a ReadWriteOnce volume: it must not be scaled out.
    assert "assistant-gateway" not in {
        h["spec"]["scaleTargetRef"]["name"] for h in autoscalers.values()
    }


def test_network_policies_and_disruption_budgets_select_existing_pods() -> None:
    for name, policy in of_kind("NetworkPolicy").items():
        assert _selects_a_pod(policy["spec"]["podSelector"]["matchLabels"]), name
        for rule in policy["spec"]["ingress"]:
            for peer in rule["from"]:
                assert _selects_a_pod(peer["podSelector"]["matchLabels"]), name
    for name, budget in of_kind("PodDisruptionBudget").items():
        assert _selects_a_pod(budget["spec"]["selector"]["matchLabels"]), name


def test_referenced_config_maps_secrets_and_volumes_exist() -> None:
    config_maps, secrets = of_kind("ConfigMap"), of_kind("Secret")
    claims = of_kind("PersistentVolumeClaim")
    for deployment, container in containers():
        for source in container.get("envFrom", []):
            if "configMapRef" in source:
                assert source["configMapRef"]["name"] in config_maps, deployment
            if "secretRef" in source:
                assert source["secretRef"]["name"] in secrets, deployment
    for name, deployment in of_kind("Deployment").items():
        spec = pod_spec(deployment)
        volumes = {v["name"]: v for v in spec.get("volumes", [])}
        for container in spec["containers"]:
            for mount in container.get("volumeMounts", []):
                assert mount["name"] in volumes, (name, mount["name"])
        for volume in volumes.values():
            if "configMap" in volume:
                assert volume["configMap"]["name"] in config_maps, name
            if "persistentVolumeClaim" in volume:
                assert volume["persistentVolumeClaim"]["claimName"] in claims, name


def _env(container: dict[str, Any]) -> dict[str, str]:
    values = {e["name"]: e.get("value") for e in container.get("env", [])}
    for source in container.get("envFrom", []):
        if "configMapRef" in source:
            values |= of_kind("ConfigMap")[source["configMapRef"]["name"]]["data"]
        if "secretRef" in source:
            values |= of_kind("Secret")[source["secretRef"]["name"]]["stringData"]
    return values


def test_telemetry_is_off_in_every_container() -> None:
    for deployment, container in containers():
        assert _env(container).get("RASA_TELEMETRY_ENABLED") == "false", deployment


def test_rasa_keeps_conversations_in_postgresql_and_locks_in_redis() -> None:
    endpoints_map = of_kind("ConfigMap")["assistant-rasa-endpoints"]["data"]["endpoints.yml"]
    endpoints = yaml.safe_load(endpoints_map)
    assert endpoints["tracker_store"]["type"] == "SQL"
    assert endpoints["tracker_store"]["dialect"] == "postgresql"
    assert endpoints["lock_store"]["type"] == "redis"
    assert endpoints["action_endpoint"]["url"].startswith("http://assistant-actions:5055/")
    assert endpoints["nlg"]["url"] == "http://assistant-gateway:8000/nlg"
    rasa = pod_spec(of_kind("Deployment")["assistant-rasa"])["containers"][0]
    # Every ${VAR} in the file is in Rasa's environment, from the Secret.
    wanted = set(re.findall(r"\$\{(\w+)\}", endpoints_map))
    assert wanted and wanted <= set(_env(rasa))
    assert rasa["command"][:4] == ["python", "-m", "bot.rasa_addons.run", "run"]
    mounted = {m["mountPath"] for m in rasa["volumeMounts"]}
    endpoints_file = rasa["command"][rasa["command"].index("--endpoints") + 1]
    assert str(Path(endpoints_file).parent) in mounted
    secret = of_kind("Secret")["assistant-datastores"]["stringData"]
    assert secret["DATABASE_URL"].startswith("postgresql://")
    assert secret["REDIS_URL"].startswith(("redis://", "rediss://"))


def test_the_gateway_runs_as_the_launcher_starts_it() -> None:
    gateway = pod_spec(of_kind("Deployment")["assistant-gateway"])["containers"][0]
    command = gateway["command"]
    assert "--no-proxy-headers" in command  # ASSISTANT_TRUSTED_PROXIES decides, not uvicorn
    assert command[command.index("--log-config") + 1] == "bot/service/logging.json"
    assert (ROOT / "bot/service/logging.json").exists()
    env = _env(gateway)
    assert yaml.safe_load(env["ASSISTANT_TRUSTED_PROXIES"])
    assert env["ASSISTANT_RASA_URLS"] == '["http://assistant-rasa:5005"]'
    template = of_kind("Deployment")["assistant-gateway"]["spec"]["template"]["metadata"]
    assert template["annotations"]["prometheus.io/path"] == "/metrics"


def test_only_the_gateway_is_meant_for_the_outside() -> None:
    for name, service in of_kind("Service").items():
        assert service["spec"].get("type", "ClusterIP") == "ClusterIP", name
    protected = {
        p["spec"]["podSelector"]["matchLabels"]["app.kubernetes.io/name"]
        for p in of_kind("NetworkPolicy").values()
    }
    assert protected == {"assistant-rasa", "assistant-actions"}


def test_secrets_hold_only_placeholders() -> None:
    for name, secret in of_kind("Secret").items():
        for key, value in secret["stringData"].items():
            if "PASSWORD" in key:
                assert value == "CHANGE-ME", (name, key)
