"""Replace personal numbers by placeholders before the text goes anywhere else.

Order matters: e-mail first (addresses may contain digits), then IBAN (contains a digit run),
then digit runs, which are a BSN when they pass the elfproef and a phone number when long enough.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.safety.bsn import passes_elfproef
from bot.safety.contact import EMAIL, NUMBER_RUN, digits_of, looks_like_phone
from bot.safety.iban import IBAN_CANDIDATE, passes_mod97

DATE_PREFIX = re.compile(r"\d{1,2}[.\-]\d{1,2}[.\-]\d{4}(?!\d)")

PLACEHOLDERS = {"bsn": "[BSN]", "iban": "[IBAN]", "phone": "[PHONE]", "email": "[EMAIL]"}


@dataclass(frozen=True)
class Redaction:
    text: str
    # Kinds found, e.g. ("bsn", "email"); never the values themselves.
    kinds: tuple[str, ...]

    @property
    def changed(self) -> bool:
        return bool(self.kinds)


def redact_personal_data(text: str) -> Redaction:
    found: list[str] = []

    def _email(match: re.Match[str]) -> str:
        found.append("email")
        return PLACEHOLDERS["email"]

    def _iban(match: re.Match[str]) -> str:
        # The candidate may run on into the next word ("NL91 ABNA 0417 1643 00 mail"): take the
        # longest prefix, cut at a space, whose checksum holds.
        parts = match.group().split(" ")
        for end in range(len(parts), 0, -1):
            prefix = " ".join(parts[:end])
            if passes_mod97(prefix):
                found.append("iban")
                rest = " ".join(parts[end:])
                return PLACEHOLDERS["iban"] + (" " + rest if rest else "")
        return match.group()

    def _number(match: re.Match[str]) -> str:
        return _classify_run(match.group())

    def _classify_run(run: str) -> str:
        date = DATE_PREFIX.match(run)
        if date:  # "22-11-2026 10:30" is a date and a time, not a phone number
            rest = run[date.end() :]
            return date.group() + (NUMBER_RUN.sub(_number, rest) if rest else "")
        if passes_elfproef(digits_of(run)) and not run.startswith("+"):
            found.append("bsn")
            return PLACEHOLDERS["bsn"]
        if looks_like_phone(run):
            found.append("phone")
            return PLACEHOLDERS["phone"]
        return run

    text = EMAIL.sub(_email, text)
    text = IBAN_CANDIDATE.sub(_iban, text)
    text = NUMBER_RUN.sub(_number, text)
    return Redaction(text=text, kinds=tuple(dict.fromkeys(found)))
