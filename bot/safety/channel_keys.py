"""Keys of the messaging channels, derived with HMAC-SHA256: pure functions, shared by the
gateway (which receives the webhooks) and the connectors inside Rasa (which answer them).

- `pseudonym`: the conversation id of a Telegram chat or WhatsApp number. Rasa's tracker, the
  helpdesk console and the gateway's rate limits only ever see this keyed hash of the address.
- `telegram_secret_token`: the secret Telegram sends back in the header
  X-Telegram-Bot-Api-Secret-Token once the webhook is registered with it, so that the gateway
  can refuse a request that does not come from Telegram. Derived from the same secret, so no
  extra variable is needed and both processes agree on it.
"""

from __future__ import annotations

import hashlib
import hmac

# Telegram allows 1-256 characters of A-Z, a-z, 0-9, _ and - (Bot API, setWebhook).
_TOKEN_CHARS = 64


def pseudonym(sender_id: str, secret: str, prefix: str) -> str:
    digest = hmac.new(secret.encode(), sender_id.encode(), hashlib.sha256).hexdigest()
    return f"{prefix}-{digest[:32]}"


def telegram_secret_token(secret: str) -> str:
    digest = hmac.new(secret.encode(), b"telegram webhook secret token", hashlib.sha256)
    return digest.hexdigest()[:_TOKEN_CHARS]
