"""When a person is available, and the sentence that tells the user so (office hours from the
settings, in the settings' time zone; the estimate from the queue)."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from babel.dates import format_datetime

from bot.i18n import format as fmt
from bot.i18n.catalog import catalog
from bot.i18n.languages import babel_locale, normalise
from bot.service.settings import Settings


def _hours(settings: Settings, day: datetime) -> tuple[time, time] | None:
    hours = settings.handoff_office_hours.get(day.isoweekday())
    if not hours:
        return None
    opens, closes = (time.fromisoformat(value) for value in hours)
    return opens, closes


def is_open(settings: Settings, now: datetime) -> bool:
    local = now.astimezone(ZoneInfo(settings.handoff_timezone))
    hours = _hours(settings, local)
    return hours is not None and hours[0] <= local.time() < hours[1]


def next_opening(settings: Settings, now: datetime) -> datetime | None:
    """The next moment the helpdesk opens (local time), within the coming week."""
    local = now.astimezone(ZoneInfo(settings.handoff_timezone))
    for days in range(8):
        day = local + timedelta(days=days)
        hours = _hours(settings, day)
        if hours is None:
            continue
        opening = day.replace(hour=hours[0].hour, minute=hours[0].minute, second=0, microsecond=0)
        if opening > local:
            return opening
    return None


def expected_minutes(settings: Settings, ahead: int) -> int:
    return settings.handoff_minutes_per_conversation * (ahead + 1)


def request_text(settings: Settings, language: str, now: datetime, ahead: int) -> str:
    """What the user reads after asking for a person, in their language."""
    lang = normalise(language)
    messages = catalog(lang)
    helpline = settings.handoff_helpline
    opening = None if is_open(settings, now) else next_opening(settings, now)
    if opening is None and is_open(settings, now):
        minutes = fmt.number(expected_minutes(settings, ahead), lang)
        return fmt.say(messages, "handoff.requested", minutes=minutes, helpline=helpline)
    when = format_datetime(opening, "EEEE HH:mm", locale=babel_locale(lang)) if opening else "—"
    return fmt.say(messages, "handoff.requested_closed", when=when, helpline=helpline)
