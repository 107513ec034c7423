"""Liveness and readiness: /healthz (this process) and /readyz (Rasa, action server, NLG)."""

from __future__ import annotations

import httpx
from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse

from bot.service.gateway.deps import StateDep
from bot.service.gateway.texts import render
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


def _nlg_ok(request: Request) -> bool:
    # The NLG endpoint lives in this same app: ready when its route is mounted and the catalog
    # renders a known message.
    mounted = any(getattr(r, "path", "") == "/nlg" for r in request.app.routes)
    try:
        return mounted and bool(render("utter_generic_error", "nl"))
    except Exception:
        return False


@router.get("/readyz")
async def readyz(request: Request, state: StateDep, settings: SettingsDep) -> JSONResponse:
    rasa = await state.rasa.reachable()
    checks = {
        "rasa": all(rasa.values()),
        "action_server": await _action_server_ok(settings.action_server_url),
        "nlg": _nlg_ok(request),
    }
    ready = all(checks.values())
    body = {"status": "ready" if ready else "not_ready", "checks": checks}
    return JSONResponse(status_code=200 if ready else 503, content=body)
