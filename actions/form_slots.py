"""The form's slots are declared with their questions in ``bot/questions``; this name stays for
code that still imports it. New code imports ``bot.questions``."""

from bot.questions import DECLINED, DONT_KNOW, FORM_SLOTS, SlotKind

__all__ = ["DECLINED", "DONT_KNOW", "FORM_SLOTS", "SlotKind"]
