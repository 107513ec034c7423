"""GET /metrics in Prometheus' text format: turns, latency per part, fallbacks, handoffs, errors,
rate-limit refusals.

Labels take only values from small fixed sets (a language code, a response name from
FALLBACK_RESPONSES, a status class, an area of the API, a limit name), never a conversation id,
a path with an id in it, an address or anything the user typed: a metric series per user would
be personal data and would also grow without bound.

Each app has its own registry (tests build many apps). With several uvicorn workers in one pod
each worker would answer with its own counts; the deployment runs one worker per pod and scales
with pods (deploy/), so Prometheus adds the pods up. Keep /metrics off the public proxy: the
Kubernetes manifests scrape the pod port directly.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Annotated

from fastapi import APIRouter, Depends, FastAPI, Request
from fastapi.responses import Response
from prometheus_client import (
    CONTENT_TYPE_LATEST,
    CollectorRegistry,
    Counter,
    Histogram,
    generate_latest,
)
from starlette.types import ASGIApp, Message, Receive, Scope, Send

# Rendered by the NLG endpoint when the bot did not understand (grep bot/domain and actions/):
# the form's "not one of the options" (actions/validate_household_form.py), action_fallback's two
# steps (bot/domain/handoff.yml), and Rasa's own default fallback response.
FALLBACK_RESPONSES = frozenset(
    {"utter_invalid_answer", "utter_fallback_clarify", "utter_offer_helpdesk", "utter_default"}
)
HANDOFF_RESPONSE = "utter_handoff"  # action_handoff: the user asked for a person

LATENCY_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0)

# Path prefix -> area label (first match wins); everything else is the page and widget files.
AREAS = (
    ("/api/", "api"),
    ("/nlg", "nlg"),
    ("/healthz", "health"),
    ("/readyz", "health"),
    ("/metrics", "metrics"),
)


class Metrics:
    def __init__(self) -> None:
        self.registry = CollectorRegistry()
        self.turns = Counter(
            "assistant_turns",
            "Turns the gateway completed (start: a new conversation; text, button, language: a "
            "message of that kind).",
            ["kind", "language"],
            registry=self.registry,
        )
        self.latency = Histogram(
            "assistant_latency_seconds",
            "Time per part of a turn: gateway (the whole turn in the gateway, Rasa included), "
            "rasa (the call to Rasa's REST channel), nlg (rendering one response).",
            ["part"],
            buckets=LATENCY_BUCKETS,
            registry=self.registry,
        )
        self.fallbacks = Counter(
            "assistant_fallbacks",
            "Bot responses that say the bot did not understand, by conversation language.",
            ["language", "response"],
            registry=self.registry,
        )
        self.handoffs = Counter(
            "assistant_handoff_requests",
            "Times the user asked to talk to a person, by conversation language.",
            ["language"],
            registry=self.registry,
        )
        self.responses = Counter(
            "assistant_http_responses",
            "HTTP responses by status class (2xx, 3xx, 4xx, 5xx) and area.",
            ["status_class", "area"],
            registry=self.registry,
        )
        self.rate_limited = Counter(
            "assistant_rate_limit_refusals",
            "Requests refused with 429, by the limit that refused them.",
            ["limit"],
            registry=self.registry,
        )

    @contextmanager
    def timed(self, part: str) -> Iterator[None]:
        """Observe the block's duration under `part`, only when it completes."""
        started = time.perf_counter()
        yield
        self.latency.labels(part=part).observe(time.perf_counter() - started)

    def rendered(self, response: str, language: str) -> None:
        """Count one NLG response if it is a fallback or the handoff."""
        if response in FALLBACK_RESPONSES:
            self.fallbacks.labels(language=language, response=response).inc()
        elif response == HANDOFF_RESPONSE:
            self.handoffs.labels(language=language).inc()


def area(path: str) -> str:
    for prefix, name in AREAS:
        if path.startswith(prefix):
            return name
    return "web"


class ResponseCounter:
    """ASGI middleware, outermost: counts every response by status class and area, and an
    exception that escapes the app as a 5xx (the server turns it into a 500)."""

    def __init__(self, app: ASGIApp, metrics: Metrics) -> None:
        self.app = app
        self.metrics = metrics

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        status: list[int] = []

        async def counting_send(message: Message) -> None:
            if message["type"] == "http.response.start":
                status.append(int(message["status"]))
            await send(message)

        try:
            await self.app(scope, receive, counting_send)
        except Exception:
            status.append(500)
            raise
        finally:
            if status:
                self.metrics.responses.labels(
                    status_class=f"{status[0] // 100}xx", area=area(scope["path"])
                ).inc()


def get_metrics(request: Request) -> Metrics:
    return request.app.state.metrics  # type: ignore[no-any-return]


MetricsDep = Annotated[Metrics, Depends(get_metrics)]

router = APIRouter(tags=["health"])


@router.get("/metrics", include_in_schema=False)
async def metrics_endpoint(metrics: MetricsDep) -> Response:
    return Response(generate_latest(metrics.registry), media_type=CONTENT_TYPE_LATEST)


def install_metrics(app: FastAPI) -> Metrics:
    """A registry for this app, the /metrics route, and the response counter (call last, so the
    counter is the outermost middleware and also sees CORS and body-guard answers)."""
    metrics = Metrics()
    app.state.metrics = metrics
    app.include_router(router)
    app.add_middleware(ResponseCounter, metrics=metrics)
    return metrics
