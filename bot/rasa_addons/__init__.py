"""Code that Rasa itself loads and runs, in .venv-rasa (Python 3.10, Rasa 3.6, pydantic v1).

- `channels`: the Telegram and WhatsApp (Twilio) connectors, named in bot/credentials.channels.yml;
- `nlu`: the custom NLU component, named in bot/config.yml;
- `lean_load`: DIET loaded for answering only (half the memory of Rasa's own load);
- `run`: the entry point every Rasa process starts with (`python -m bot.rasa_addons.run run ...`):
  telemetry and crash reports off, then `cached_jsonschema` (the per-turn response schemas
  compiled once), then Rasa's own CLI.

Nothing here may import the FastAPI service (`bot.service`, Python 3.11 and pydantic v2), and
nothing outside this package imports Rasa: the import contracts in pyproject.toml check both.
"""
