"""Arabic speaks to the user without choosing a gender (docs/i18n.md, "Arabic: neutral address"):
no masculine-only second-person forms where a neutral one exists ("تصلك" rather than "تحصل على",
"يجب إعادته" rather than "يجب أن تعيده", no bare imperative "اضغط")."""

from __future__ import annotations

import re

from babel.messages.pofile import read_po

from bot.i18n.catalog import LOCALES_DIR

# At the start of a sentence or after a space: "ستحصل" / "وتحصل" (she will get, she gets) are
# third person and fine.
GENDERED = re.compile(r"(?:^|(?<=[\s،.؟]))(تحصل على|أن تعيده|اضغط|اكتب رسالة)")


def test_no_masculine_only_address_in_arabic() -> None:
    with (LOCALES_DIR / "ar" / "LC_MESSAGES" / "messages.po").open("rb") as handle:
        parsed = read_po(handle, locale="ar")
    found = []
    for message in parsed:
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        for text in strings:
            if GENDERED.search(str(text)):
                found.append((message.context, message.id, text))
    assert found == []
