"""Slots -> Household lives with the question declarations (bot/questions/household.py); this
name stays for the actions that import it."""

from bot.questions.household import household_facts, household_from_slots

__all__ = ["household_facts", "household_from_slots"]
