"""The summary: the whole result as one document in the user's language, with a Dutch copy
underneath, for the user to show at a municipality or VluchtelingenWerk counter."""

from __future__ import annotations

from bot.i18n import format as fmt
from bot.i18n import results
from bot.i18n.catalog import Catalog, catalog
from bot.i18n.languages import DEFAULT, Language

RULE = "────────────"


def summary(language: Language, assessment: results.Data) -> str:
    own = document(catalog(language), assessment)
    if language == DEFAULT:
        return own
    dutch = document(catalog(DEFAULT), assessment)
    heading = fmt.say(catalog(language), "summary.dutch_copy")
    return f"{own}\n\n{RULE}\n{heading}\n{RULE}\n\n{dutch}"


def document(catalog_: Catalog, assessment: results.Data) -> str:
    def say(key: str, **values: object) -> str:
        return fmt.say(catalog_, key, **values)

    month = fmt.month(assessment["assessment_month"], catalog_.language)
    parts = [say("summary.title", month=month), say("summary.intro")]

    parts.append(f"== {say('summary.heading.risks')} ==")
    risks = assessment.get("risks") or ()
    if risks:
        parts += [f"* {say('benefit.' + r['benefit'])}\n{results.risk(catalog_, r)}" for r in risks]
    elif assessment["toeslagpartner"].get("outcome") == "needs_answer":
        parts.append(results.needs_answer(catalog_, assessment.get("questions") or ()))
    else:
        parts.append(say("utter_result_nothing_found"))

    parts.append(f"== {say('summary.heading.why')} ==")
    decision = assessment["toeslagpartner"]
    parts.append(results.why(catalog_, decision, assessment.get("alo_kop"), heading=False))
    if assessment.get("trace"):
        ground = f"rule.{decision.get('ground')}"
        parts.append("\n".join(results.trace_rules(catalog_, assessment["trace"], skip=ground)))

    if assessment.get("actions"):
        parts.append(f"== {say('summary.heading.actions')} ==")
        parts.append(results.actions(catalog_, assessment["actions"]))

    parts.append(f"== {say('summary.heading.help')} ==")
    parts.append(results.help_text(catalog_, assessment))

    receipt = assessment.get("receipt")
    if receipt:
        parts.append(
            say(
                "summary.receipt",
                version=receipt.get("rules_version", ""),
                year=receipt.get("parameter_year", ""),
            )
        )
    return "\n\n".join(parts)
