"""POST /nlg: Rasa's NLG endpoint. One response name in, one message out, in the user's language.

The language is the ``language`` slot (an argument ``language`` from an action wins, see
``bot.i18n.render``), Dutch by default; the channel is the request's ``channel.name``, else the
tracker's ``latest_input_channel``. An unknown response name gets the safe generic text (the
renderer logs it): this endpoint answers 200 to every well-formed request, never 500.

On a channel without buttons the options are a numbered list in the text, and their payloads go
in ``numbered_options`` (our extension) for the channel connector to map a typed number back.

``custom`` stays empty except for the summary on web chat: Rasa sends a non-empty ``custom`` as
a separate message, which Telegram and Twilio would deliver as an empty or broken message. On web
chat the summary is one document, not a stream of bubbles: the text is one line that says it is
ready, and ``custom`` carries the document (``summary``, the text download), the addresses of the
printable page and the download on the gateway, and what the gateway needs to render the page.
"""

from __future__ import annotations

import logging
import time
from dataclasses import replace
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse
from pydantic import ValidationError
from starlette.concurrency import run_in_threadpool

from bot.i18n import channels, render
from bot.questions import QUESTIONS
from bot.service.handoff.service import opened_text
from bot.service.handoff.state import handoff_of
from bot.service.nlg.schemas import NlgButton, NlgRequest, NlgResponse

log = logging.getLogger(__name__)

router = APIRouter(prefix="/nlg", tags=["nlg"])

WEB_CHAT = frozenset({"rest", "collector", "socketio"})  # "collector": the REST channel's output

_REQUEST_BODY = {
    "requestBody": {
        "required": True,
        "content": {"application/json": {"schema": NlgRequest.model_json_schema()}},
    }
}


def summary_custom(
    body: NlgRequest,
    text: str,
    language: str,
    direction: str,
    partner_gender: str | None = None,
) -> dict[str, Any]:
    page = f"/api/v1/conversations/{body.tracker.sender_id}/summary"
    return {
        "summary": text,
        "summary_url": page,
        "download_url": f"{page}.txt",
        "reference_code": str(body.arguments.get("reference_code") or ""),
        "language": language,
        "direction": direction,
        # Stored by the gateway with the message; the page is rendered from it on request.
        "assessment": body.arguments.get("assessment"),
        "situation": body.arguments.get("situation"),
        "partner_gender": partner_gender,
    }


def _handoff_opened(
    request: Request, sender_id: str | None, language: str, channel: str | None
) -> str:
    handoff = handoff_of(request.app)
    return opened_text(handoff.sessions, handoff.settings, sender_id, language, channel)


def _answered(body: NlgRequest) -> bool:
    """Whether the check holds an answer already ("I don't know" included): nothing to change
    before the first one."""
    slots = body.tracker.slots.model_extra or {}
    return any(slots.get(question.slot) is not None for question in QUESTIONS)


@router.post("", response_model=NlgResponse, openapi_extra=_REQUEST_BODY)
async def generate(request: Request) -> Any:
    # The raw body, not a parameter model: FastAPI would json.loads() the whole tracker first.
    try:
        body = NlgRequest.model_validate_json(await request.body())
    except ValidationError as error:
        log.warning("nlg_bad_request", extra={"errors": error.error_count()})
        return JSONResponse(
            status_code=422,
            content={"code": "nlg_bad_request", "message": "Not a Rasa NLG request."},
        )
    channel = body.channel.name or body.tracker.latest_input_channel
    language = body.tracker.slots.language if isinstance(body.tracker.slots.language, str) else None
    gender = body.tracker.slots.partner_gender
    partner_gender = gender if isinstance(gender, str) else None
    metrics = getattr(request.app.state, "metrics", None)
    started = time.perf_counter()
    message = render(
        body.response, body.arguments, language, channel, partner_gender, _answered(body)
    )
    if metrics is not None:
        metrics.latency.labels(part="nlg").observe(time.perf_counter() - started)
        metrics.rendered(body.response, message.language)
    custom: dict[str, Any] = {}
    if body.response == "utter_handoff":
        # The request is opened here, on every channel; the text says how long or when.
        text = await run_in_threadpool(
            _handoff_opened, request, body.tracker.sender_id, message.language, channel
        )
        message = replace(message, text=text)
    if body.response == "utter_summary" and channel in WEB_CHAT:
        custom = summary_custom(
            body, message.text, message.language, message.direction, partner_gender
        )
        message = render(
            "utter_summary_ready", body.arguments, message.language, channel, partner_gender
        )
    return NlgResponse(
        text=message.text,
        id=body.id,
        buttons=[NlgButton(**button.as_dict()) for button in message.buttons]
        if channels.has_buttons(channel)
        else [],
        custom=custom,
        numbered_options=[NlgButton(**button.as_dict()) for button in message.numbered],
    )
