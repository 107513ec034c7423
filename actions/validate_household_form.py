"""validate_household_form: read the answer to the question just asked, then pick the next one.

The next question comes from the household so far and the rules core's open questions
(actions/next_question.py). A message that answers nothing and is a question of its own (an
FAQ, "talk to a person", "go back") rejects the form for this turn, so the rules answer it and
the form asks its question again.

Typed answers (issue 11): one message may answer several partner questions, and those already
answered are skipped; "what does toeslagpartner mean?" is answered and the same question
follows; a year without a month and a typed answer that creates a risk on its own are asked back
through the pseudo-question ``check_answer`` (``actions/typed_answers.py``).
"""

from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.answers import read_answer
from actions.household_from_slots import household_from_slots
from actions.language_offer import offer_other_language
from actions.next_question import next_slot
from actions.parse.choices import read_choice
from actions.parse.countries import parse_country
from actions.parse.months import YearOnly
from actions.parse.partner_gender import partner_gender
from actions.parse.side_question import explanation_asked
from actions.parse.text import words
from actions.parse.yes_no import read_yes_no
from actions.tracker_facts import form_answers, latest_intent, latest_text, this_month
from actions.typed_answers import CHECK_ANSWER, PENDING, also_answered, needs_confirmation
from bot.questions import DONT_KNOW, FORM_SLOTS
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
_FORM_PLUMBING = {
    "household_form",
    "action_listen",
    "action_extract_slots",
    # Decides whether "dzięki, 40 uur" or "nie bylo wniosku" is an answer before the form runs.
    "action_closing_in_form",
}


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


def _pressed_values(text: str, entities: list[dict[str, Any]]) -> dict[str, Any]:
    """Form slots a pressed button carries (``/inform{"partner_lives":"abroad",...}``)."""
    if not text.lstrip().startswith("/"):
        return {}
    return {
        str(e["entity"]): e.get("value")
        for e in entities
        if e.get("entity") in FORM_SLOTS and e.get("value") is not None
    }


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
            found = self._read(dispatcher, tracker, requested, answers, now)
            if not isinstance(found, dict):
                return found  # asked again, or asked back: the form waits for the next message
            answers |= found
            events += [SlotSet(slot, value) for slot, value in found.items()]
            # Only with an accepted answer: an extra slot would keep Rasa from rejecting the form
            # on an interruption (an FAQ, "talk to a person").
            events += _partner_gender_said(tracker, latest_text(tracker))
            events += [
                SlotSet(PENDING, None),
                SlotSet("invalid_answers", 0),
                SlotSet("fallback_count", 0),
            ]
            events += offer_other_language(dispatcher, tracker, latest_text(tracker))
            if requested == tracker.get_slot("changed_slot"):
                # A changed answer: what depended on the old one and no longer fits is asked again.
                for slot in no_longer_fitting(answers, requested, now):
                    answers[slot] = None
                    events.append(SlotSet(slot, None))
                events.append(SlotSet("changed_slot", None))

        assessment = assess(household_from_slots(answers, now))
        following = next_slot(answers, [question.fact for question in assessment.questions])
        return [*events, SlotSet("requested_slot", following)]

    def _read(
        self,
        dispatcher: CollectingDispatcher,
        tracker: Tracker,
        requested: str,
        answers: dict[str, Any],
        now: str,
    ) -> dict[str, Any] | list[EventType]:
        """The slots this message sets, or the events that ask (again) without setting any."""
        intent = latest_intent(tracker)
        text = latest_text(tracker)
        entities = tracker.latest_message.get("entities") or []
        if text.strip() == _DECLINE_OFFER:
            # "No" to an offer (switch language, helpdesk) or to "do I understand right?": ask
            # the question again.
            pending = tracker.get_slot(PENDING) or {}
            slot = pending.get("slot", requested) if requested == CHECK_ANSWER else requested
            invalid = tracker.get_slot("invalid_answers") or 0
            return [
                SlotSet(PENDING, None),
                SlotSet("invalid_answers", invalid),
                SlotSet("requested_slot", slot),
            ]
        if intent in _CORRECTIONS and not _only_a_country(text):
            return [SlotSet("requested_slot", requested)]  # the correction's own rule
        asked_year = None
        if requested == CHECK_ANSWER:
            pending = tracker.get_slot(PENDING) or {}
            requested = str(pending.get("slot") or "")
            if requested not in FORM_SLOTS:
                return [SlotSet(PENDING, None), SlotSet("requested_slot", None)]
            confirmed = pending.get("values")
            if isinstance(confirmed, dict) and not text.startswith("/"):
                said = read_yes_no(text)
                if said is True:
                    return dict(confirmed)
                if said is False:
                    return [SlotSet(PENDING, None), SlotSet("requested_slot", requested)]
                # Neither: a new answer to the question itself.
            asked_year = pending.get("year")
        explained = explanation_asked(text) if not text.startswith("/") else None
        if explained:
            # A side question: answered, then the same question again.
            dispatcher.utter_message(response=explained)
            # A slot set besides requested_slot, or Rasa rejects the form and drops the answer.
            invalid = tracker.get_slot("invalid_answers") or 0
            return [SlotSet("invalid_answers", invalid), SlotSet("requested_slot", requested)]
        value = read_answer(
            requested, text, entities, intent, now, tracker.get_slot("language"), asked_year
        )
        if value is None and intent in _INTERRUPTIONS:
            return [SlotSet("requested_slot", requested)]  # the form is rejected this turn
        if value is None:
            dispatcher.utter_message(response="utter_invalid_answer", expected=requested)
            invalid = (tracker.get_slot("invalid_answers") or 0) + 1
            return [SlotSet("invalid_answers", invalid), SlotSet("requested_slot", requested)]
        if isinstance(value, YearOnly):
            return [
                SlotSet(PENDING, {"slot": requested, "year": value.year}),
                SlotSet("requested_slot", CHECK_ANSWER),
            ]
        if value == DONT_KNOW:
            dispatcher.utter_message(response="utter_dont_know_ok")
        found = {requested: value}
        pressed = _pressed_values(text, entities)
        if pressed:
            # A pressed button is never confirmed again; it may carry more than one answer.
            return found | {slot: v for slot, v in pressed.items() if slot != requested}
        found |= also_answered(requested, text, answers | found)
        named = read_choice(requested, text, tracker.get_slot("language")) is not None
        risky = needs_confirmation(found, named_option=named)
        if risky:
            settled = {slot: v for slot, v in found.items() if slot not in risky}
            # Asked again on "no": the first question the confirmation is about.
            first = next(slot for slot in FORM_SLOTS if slot in risky)
            return [
                *(SlotSet(slot, v) for slot, v in settled.items()),
                SlotSet(PENDING, {"slot": first, "values": risky}),
                SlotSet("requested_slot", CHECK_ANSWER),
            ]
        return found


def _partner_gender_said(tracker: Tracker, text: str) -> list[EventType]:
    """ "my wife", "żona", "مرتي": later messages speak of the partner in that gender."""
    said = partner_gender(text, tracker.get_slot("language"))
    if said is None or said == tracker.get_slot("partner_gender"):
        return []
    return [SlotSet("partner_gender", said)]
