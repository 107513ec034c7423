"""Liveness and readiness: /healthz (this process) and /readyz (Rasa, action server, NLG)."""

from __future__ import annotations

import httpx
from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse

from bot.service.gateway.deps import StateDep
from bot.service.settings import SettingsDep

router = APIRouter(tags=["health"])


@router.get("/healthz")
async def healthz() -> dict[str, str]:
    return {"status": "ok"}


async def _action_server_ok(url: str) -> bool:
    try:
        async with httpx.AsyncClient(timeout=2.0) as client:
            response = await client.get(f"{url.rstrip('/')}/health")
        return response.status_code == 200
    except httpx.HTTPError:
        return False


async def _nlg_ok(request: Request) -> bool:
    # The NLG endpoint lives in this same app: ask it, in-process, for a known response as Rasa
    # would, so a missing router or a broken catalog shows up here.
    probe = {"response": "utter_generic_error", "arguments": {}, "channel": {"name": "rest"}}
    transport = httpx.ASGITransport(app=request.app, raise_app_exceptions=False)
    try:
        async with httpx.AsyncClient(transport=transport, base_url="http://nlg") as client:
            response = await client.post("/nlg", json=probe, timeout=5.0)
        return response.status_code == 200 and bool(response.json().get("text"))
    except (httpx.HTTPError, ValueError):
        return False


@router.get("/readyz")
async def readyz(request: Request, state: StateDep, settings: SettingsDep) -> JSONResponse:
    rasa = await state.rasa.reachable()
    checks = {
        "rasa": all(rasa.values()),
        "action_server": await _action_server_ok(settings.action_server_url),
        "nlg": await _nlg_ok(request),
    }
    ready = all(checks.values())
    body = {"status": "ready" if ready else "not_ready", "checks": checks}
    return JSONResponse(status_code=200 if ready else 503, content=body)
