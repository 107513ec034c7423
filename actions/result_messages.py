"""Assessment -> the result responses, in the order the user reads them. Pure; no Rasa.

What will happen (headline, one message per risk with its amount), why (the toeslagpartner
decision), what to do now (the actions, most urgent first), where to get help, then the offers.
"""

from __future__ import annotations

from typing import Any

from rules_core.assessment import Assessment

Message = tuple[str, dict[str, Any]]


def summary_of(assessment: Assessment) -> dict[str, Any]:
    """The assessment without its trace: what the summary and later turns need (and small)."""
    summary = assessment.as_dict()
    summary.pop("trace", None)
    return summary


def result_messages(assessment: Assessment) -> list[Message]:
    data = summary_of(assessment)
    messages: list[Message] = []
    if data["risks"]:
        messages.append(("utter_result_headline", {"assessment": data}))
        messages += [("utter_result_risk", {"risk": risk}) for risk in data["risks"]]
        messages.append(
            (
                "utter_result_why",
                {"toeslagpartner": data["toeslagpartner"], "alo_kop": data["alo_kop"]},
            )
        )
    elif data["toeslagpartner"]["outcome"] == "needs_answer":
        messages.append(
            (
                "utter_result_needs_answer",
                {"questions": data["questions"], "toeslagpartner": data["toeslagpartner"]},
            )
        )
    else:
        messages.append(("utter_result_nothing_found", {"assessment": data}))
    if data["actions"]:
        actions = sorted(data["actions"], key=lambda action: action["priority"])
        messages.append(("utter_result_actions", {"actions": actions}))
    messages.append(("utter_result_help", {"assessment": data}))
    messages.append(("utter_offer_after_result", {}))
    return messages
