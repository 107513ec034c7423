"""The FastAPI service: gateway, NLG endpoint, widget. Python 3.11, pydantic v2."""
