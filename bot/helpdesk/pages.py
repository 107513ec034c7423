"""Rendering pages and checking forms: shared by the console's routers."""

from __future__ import annotations

from typing import Any

from babel.numbers import format_decimal
from fastapi import Request
from fastapi.responses import HTMLResponse, RedirectResponse
from starlette.datastructures import FormData

from bot.helpdesk import auth, i18n
from bot.helpdesk.exports import iso
from bot.helpdesk.state import HelpdeskState

PREFIX = "/helpdesk"
SECURITY_HEADERS = {
    # No script anywhere in the console; styles, images and the bundled Ethiopic font (for
    # Tigrinya, which few agents' machines can show) only from the service itself.
    "Content-Security-Policy": (
        "default-src 'none'; style-src 'self'; img-src 'self'; font-src 'self'; "
        "form-action 'self'; "
        "frame-ancestors 'none'; base-uri 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-store",
}


class CsrfError(Exception):
    """A form without the session's CSRF token."""


def language_of(request: Request, agent: auth.Agent | None) -> str:
    if agent is not None:
        return i18n.pick(agent.language)
    return (
        i18n.pick(request.cookies.get("helpdesk_lang"))
        if request.cookies.get("helpdesk_lang")
        else i18n.from_header(request.headers.get("accept-language", ""))
    )


def page(
    request: Request,
    state: HelpdeskState,
    agent: auth.Agent | None,
    template: str,
    status_code: int = 200,
    **context: Any,
) -> HTMLResponse:
    language = language_of(request, agent)
    translations = i18n.translations(language)
    html = state.templates.get_template(template).render(
        _=translations.gettext,
        ngettext=translations.ngettext,
        lang=language,
        agent=agent,
        prefix=PREFIX,
        iso=iso,
        number=lambda value: format_decimal(value, locale=language),
        csrf=agent.csrf_token if agent else "",
        **context,
    )
    return HTMLResponse(html, status_code=status_code, headers=SECURITY_HEADERS)


def see_other(path: str) -> RedirectResponse:
    return RedirectResponse(PREFIX + path, status_code=303, headers=SECURITY_HEADERS)


async def checked_form(request: Request, agent: auth.Agent) -> FormData:
    form = await request.form()
    if not auth.same_token(agent.csrf_token, str(form.get("csrf_token") or "")):
        raise CsrfError
    return form


def cookie_secure(request: Request) -> bool:
    return request.url.scheme == "https"
