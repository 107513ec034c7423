"""validate_household_form: read the answer to the question just asked, then pick the next one.

The next question comes from the household so far and the rules core's open questions
(actions/next_question.py). A message that answers nothing and is a question of its own (an
FAQ, "talk to a person", "go back") rejects the form for this turn, so the rules answer it and
the form asks its question again.
"""

from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.answers import read_answer
from actions.household_from_slots import household_from_slots
from actions.language_choice import later_language
from actions.next_question import next_slot
from actions.parse.countries import parse_country
from actions.parse.text import words
from actions.tracker_facts import form_answers, latest_intent, latest_text, this_month
from bot.questions import DONT_KNOW
from bot.questions.dependants import no_longer_fitting
from rules_core import assess

# Not answers: these intents go to their own rules while the form waits.
_INTERRUPTIONS = {
    "ask_alo_kop",
    "ask_toeslagpartner",
    "ask_report_partner",
    "ask_stop_alo_kop",
    "ask_repayment_help",
    "ask_kinderopvangtoeslag",
    "ask_privacy",
    "bot_challenge",
    "request_human",
    "restart",
    "go_back",
    "choose_language",
    "goodbye",
    "greet",
    "start_check",
    "thank",
    "request_summary",
    "change_answer",
    "change_one_answer",
}
# "I said no, that's wrong" is about an earlier answer, never the answer to this question.
_CORRECTIONS = {"change_answer", "change_one_answer"}

# The "No" button of an offer; yes/no questions have their own /inform{"<slot>":false} buttons.
_DECLINE_OFFER = "/deny"
# Actions Rasa runs between the user's message and this validation.
_FORM_PLUMBING = {"household_form", "action_listen", "action_extract_slots"}


def _only_a_country(text: str) -> bool:
    """ "ፖላንድ" alone answers "which country": the model may take a bare country name for a
    correction, since corrections name countries ("I never got money from Poland")."""
    return len(words(text)) <= 3 and parse_country(text) is not None


def _answers_latest_user_message(tracker: Tracker) -> bool:
    """True when the form runs right after the user spoke, False when it resumes after an
    interruption (an FAQ answer came in between)."""
    for event in reversed(tracker.events):
        kind = event.get("event")
        if kind == "user":
            return True
        if kind == "bot":
            return False
        if kind == "action" and event.get("name") not in _FORM_PLUMBING:
            return False
    return False


class ValidateHouseholdForm(Action):
    def name(self) -> str:
        return "validate_household_form"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        now = this_month()
        answers = form_answers(tracker)
        requested = tracker.get_slot("requested_slot")
        events: list[EventType] = []

        if requested and _answers_latest_user_message(tracker):
            intent = latest_intent(tracker)
            text = latest_text(tracker)
            if text.strip() == _DECLINE_OFFER:
                # "No" to an offer (switch language, helpdesk), not to the question: ask again.
                invalid = tracker.get_slot("invalid_answers") or 0
                return [SlotSet("invalid_answers", invalid), SlotSet("requested_slot", requested)]
            if intent in _CORRECTIONS and not _only_a_country(text):
                return [SlotSet("requested_slot", requested)]  # the correction's own rule
            value = read_answer(
                requested,
                text,
                tracker.latest_message.get("entities") or [],
                intent,
                now,
                tracker.get_slot("language"),
            )
            if value is None and intent in _INTERRUPTIONS:
                return [SlotSet("requested_slot", requested)]  # the form is rejected this turn
            if value is None:
                dispatcher.utter_message(response="utter_invalid_answer", expected=requested)
                invalid = (tracker.get_slot("invalid_answers") or 0) + 1
                return [SlotSet("invalid_answers", invalid), SlotSet("requested_slot", requested)]
            if value == DONT_KNOW:
                dispatcher.utter_message(response="utter_dont_know_ok")
            answers[requested] = value
            events += [
                SlotSet(requested, value),
                SlotSet("invalid_answers", 0),
                SlotSet("fallback_count", 0),
            ]
            events += self._language_hint(dispatcher, tracker, text)
            if requested == tracker.get_slot("changed_slot"):
                # A changed answer: what depended on the old one and no longer fits is asked again.
                for slot in no_longer_fitting(answers, requested, now):
                    answers[slot] = None
                    events.append(SlotSet(slot, None))
                events.append(SlotSet("changed_slot", None))

        assessment = assess(household_from_slots(answers, now))
        following = next_slot(answers, [question.fact for question in assessment.questions])
        return [*events, SlotSet("requested_slot", following)]

    @staticmethod
    def _language_hint(
        dispatcher: CollectingDispatcher, tracker: Tracker, text: str
    ) -> list[EventType]:
        current = tracker.get_slot("language")
        if not current:
            return []
        decision = later_language(current, tracker.get_slot("language_seen"), text)
        if decision.offer:
            dispatcher.utter_message(
                response="utter_offer_language_switch", language=decision.offer
            )
        if decision.unsupported:
            dispatcher.utter_message(
                response="utter_unsupported_language", detected=decision.unsupported
            )
        return [SlotSet("language_seen", decision.seen)]
