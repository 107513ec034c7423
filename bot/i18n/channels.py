"""Channel capabilities: buttons where the channel has them, numbered options where it has not.

Web chat (``rest``, ``socketio``) and Telegram show buttons. WhatsApp via Twilio and any unknown
channel get the options as a numbered list in the text (``Message.numbered``); ``pick`` turns a
typed "2" back into the payload of the second option, for the channel connector.
"""

from __future__ import annotations

from dataclasses import replace

from bot.i18n import format as fmt
from bot.i18n.catalog import catalog
from bot.i18n.output import Button, Message
from bot.language.numerals import option_number

# Rasa's REST channel answers through CollectingOutputChannel, whose name() is "collector": that
# is the channel name the NLG request carries for the web chat behind the gateway.
BUTTON_CHANNELS = frozenset({"rest", "collector", "socketio", "telegram"})


def has_buttons(channel: str | None) -> bool:
    return channel in BUTTON_CHANNELS


def adapt(message: Message, channel: str | None, by_number: bool = True) -> Message:
    """Buttons as a numbered list in the text on a channel without buttons. ``by_number=False``
    for a question answered by typing a number or a month: its shortcuts are listed unnumbered,
    so that "1" stays an answer ("one child"), never "the first option"."""
    if has_buttons(channel) or not message.buttons:
        return message
    if not by_number:
        shortcuts = "\n".join(f"• {button.title}" for button in message.buttons)
        return replace(message, text=f"{message.text}\n\n{shortcuts}", buttons=())
    options = "\n".join(
        f"{fmt.number(n, message.language)}. {button.title}"
        for n, button in enumerate(message.buttons, start=1)
    )
    last = fmt.number(len(message.buttons), message.language)
    reply = fmt.say(catalog(message.language), "options.reply_with_number", last=last)
    return replace(
        message, text=f"{message.text}\n\n{options}\n{reply}", buttons=(), numbered=message.buttons
    )


def pick(options: tuple[Button, ...], reply: str) -> str | None:
    number = option_number(reply)
    if number is None or not 1 <= number <= len(options):
        return None
    return options[number - 1].payload
