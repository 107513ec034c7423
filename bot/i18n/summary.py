"""The summary: the whole result as one document in the user's language, with a Dutch copy
underneath, for the user to keep or show at a counter (municipality, VluchtelingenWerk, an
information point). ``sections`` is shared by the text download and the printable page
(``summary_page.py``).

No version strings for people: the rules version and parameter digest are in the receipt at the
end, under a heading that says it is for the helpdesk. The year of the amounts is said plainly,
and why when it is not the year checked.
"""

from __future__ import annotations

from typing import NamedTuple

from bot.i18n import format as fmt
from bot.i18n import result_first, results
from bot.i18n.catalog import Catalog, catalog
from bot.i18n.languages import DEFAULT, Language

RULE = "────────────"


class Section(NamedTuple):
    heading: str
    body: str


class Document(NamedTuple):
    title: str
    intro: str
    sections: tuple[Section, ...]
    year: str


def build(catalog_: Catalog, assessment: results.Data, situation: str | None) -> Document:
    def say(key: str, **values: object) -> str:
        return fmt.say(catalog_, key, **values)

    month = fmt.month(assessment["assessment_month"], catalog_.language)
    risks = results.ordered_risks(assessment)
    if risks:
        found = "\n\n".join(
            f"{say('benefit.' + str(risk.get('benefit')))}\n{results.risk_detail(catalog_, risk)}"
            for risk in risks
        )
    else:
        found = result_first.first_message(catalog_, assessment)
    sections = [Section(say("summary.heading.risks"), found)]
    partner = results.partner_lines(catalog_, assessment)
    if partner:
        sections.append(Section(say("summary.heading.why"), "\n".join(partner)))
    if assessment.get("actions"):
        sections.append(
            Section(say("summary.heading.actions"), results.action_list(catalog_, assessment))
        )
    sections.append(
        Section(say("summary.heading.help"), results.help_text(catalog_, assessment, situation))
    )
    return Document(
        say("summary.title", month=month),
        say("summary.intro"),
        tuple(sections),
        year_line(catalog_, assessment),
    )


def year_line(catalog_: Catalog, assessment: results.Data) -> str:
    """The year of the amounts, and why it is an earlier one when it is."""
    checked = int(str(assessment["assessment_month"])[:4])
    used = int((assessment.get("receipt") or {}).get("parameter_year") or checked)
    if used < checked:
        return fmt.say(catalog_, "summary.year.earlier", year=used, checked=checked)
    return fmt.say(catalog_, "summary.year", year=used)


def receipt_lines(catalog_: Catalog, assessment: results.Data, reference_code: str) -> list[str]:
    receipt = assessment.get("receipt") or {}
    return [
        fmt.say(catalog_, "summary.receipt.heading"),
        fmt.say(
            catalog_,
            "summary.receipt.line",
            reference=reference_code,
            version=receipt.get("rules_version", ""),
            parameters=str(receipt.get("parameters_hash", ""))[:12],
            year=receipt.get("parameter_year", ""),
        ),
    ]


def as_text(document: Document) -> str:
    parts = [document.title, document.intro]
    for section in document.sections:
        parts.append(f"== {section.heading} ==\n{section.body}")
    parts.append(document.year)
    return "\n\n".join(parts)


def summary(
    language: Language,
    assessment: results.Data,
    situation: str | None = None,
    reference_code: str = "",
    partner_gender: str | None = None,
) -> str:
    """The text download: own language, the Dutch copy, then the receipt for the helpdesk."""
    own = catalog(language).for_partner(partner_gender)
    parts = [fmt.say(own, "summary.reference", code=reference_code)] if reference_code else []
    parts.append(as_text(build(own, assessment, situation)))
    if language != DEFAULT:
        heading = fmt.say(own, "summary.dutch_copy")
        parts.append(f"{RULE}\n{heading}\n{RULE}")
        dutch = catalog(DEFAULT).for_partner(partner_gender)
        parts.append(as_text(build(dutch, assessment, situation)))
    parts.append(RULE + "\n" + "\n".join(receipt_lines(own, assessment, reference_code)))
    return "\n\n".join(parts) + "\n"
