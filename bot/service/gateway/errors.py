"""Errors as JSON with a stable `code` and a localised human `message`; never a stack trace.

The handlers only answer for the gateway's own paths; anything else (the NLG endpoint, for one)
keeps FastAPI's default behaviour.
"""

from __future__ import annotations

import logging

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from bot.service.gateway.texts import error_message

log = logging.getLogger("gateway")

GATEWAY_PREFIXES = ("/api/v1/", "/healthz", "/readyz")


class GatewayError(Exception):
    """An expected refusal: the status, stable code and the language to explain it in."""

    def __init__(
        self,
        status: int,
        code: str,
        language: str | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(code)
        self.status = status
        self.code = code
        self.language = language
        self.headers = headers or {}


def error_response(
    status: int, code: str, language: str | None, headers: dict[str, str] | None = None
) -> JSONResponse:
    body = {"code": code, "message": error_message(code, language)}
    return JSONResponse(status_code=status, content=body, headers=headers)


def _language_hint(request: Request) -> str | None:
    # Accept-Language is only a hint for errors raised before a conversation is known.
    header = request.headers.get("accept-language", "")
    return header.split(",")[0].split("-")[0].strip().lower() or None


_HTTP_CODES = {
    400: "bad_request",
    404: "not_found",
    405: "method_not_allowed",
    413: "payload_too_large",
    415: "unsupported_media_type",
}


def install_error_handlers(app: FastAPI) -> None:
    default_http = app.exception_handlers.get(StarletteHTTPException)
    default_validation = app.exception_handlers.get(RequestValidationError)

    @app.exception_handler(GatewayError)
    async def _gateway_error(request: Request, exc: GatewayError) -> JSONResponse:
        language = exc.language or _language_hint(request)
        return error_response(exc.status, exc.code, language, exc.headers)

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError):  # type: ignore[no-untyped-def]
        if not request.url.path.startswith(GATEWAY_PREFIXES) and default_validation:
            return await default_validation(request, exc)  # type: ignore[misc]
        # The field names help a developer; the user input itself is never echoed back.
        fields = [".".join(str(p) for p in err.get("loc", ())) for err in exc.errors()]
        response = error_response(422, "invalid_request", _language_hint(request))
        response.headers["X-Invalid-Fields"] = ",".join(fields)[:200]
        return response

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException):  # type: ignore[no-untyped-def]
        if not request.url.path.startswith(GATEWAY_PREFIXES) and default_http:
            return await default_http(request, exc)  # type: ignore[misc]
        code = _HTTP_CODES.get(exc.status_code, "http_error")
        return error_response(exc.status_code, code, _language_hint(request))

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception) -> JSONResponse:
        # Type only: the exception text may contain user input.
        log.error("unhandled error", extra={"path": request.url.path, "error": type(exc).__name__})
        return error_response(500, "internal_error", _language_hint(request))
