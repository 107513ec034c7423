"""Every URL and phone number the assistant shows, with the source that verified it.

Passed into messages as placeholders, never translated and never written into a catalog.
Source ids refer to /work/shared/reference/toeslagen-facts.md §4 and §5. ``verified=False``
marks a value no official source confirmed: the message that shows it says so in plain words
(the BelastingTelefoon Buitenland number is the one commonly quoted, not found on an official
page). VluchtelingenWerk and the information points for labour migrants have no verified
contact page: messages name them, with no link.
"""

from __future__ import annotations

from typing import NamedTuple


class Link(NamedTuple):
    value: str
    source: str
    verified: bool = True


LINKS: dict[str, Link] = {
    # Partner abroad: BSN for a toeslagpartner abroad, RNI municipalities, the form, and the
    # BelastingTelefoon Buitenland that sends the form.
    "bsn_partner_abroad": Link(
        "https://www.belastingdienst.nl/wps/wcm/connect/bldcontentnl/belastingdienst/prive/"
        "toeslagen/hoe_werken_toeslagen/in_het_buitenland_wonen_of_werken/ik_woon_in_het_buitenland/"
        "burgerservicenummer-als-u-buiten-nederland-woont",
        "S1",
    ),
    "kgb_abroad": Link(
        "https://www.belastingdienst.nl/wps/wcm/connect/bldcontentnl/belastingdienst/prive/"
        "toeslagen/kindgebonden-budget/voorwaarden/"
        "kindgebonden-budget-als-u-of-uw-kind-in-het-buitenland-woont-en-u-in-nederland-werkt",
        "S11",
    ),
    "residence_permit": Link(
        "https://www.belastingdienst.nl/wps/wcm/connect/bldcontentnl/belastingdienst/prive/"
        "toeslagen/hoe_werken_toeslagen/kan_ik_toeslag_krijgen/"
        "nederlandse-nationaliteit-of-geldige-verblijfsvergunning",
        "S101",
    ),
    "partnership_start": Link(
        "https://www.belastingdienst.nl/wps/wcm/connect/nl/toeslagen/content/"
        "vanaf-welk-moment-zijn-wij-toeslagpartners",
        "S89",
    ),
    "partnership_end": Link(
        "https://www.belastingdienst.nl/wps/wcm/connect/bldcontentnl/belastingdienst/prive/"
        "toeslagen/hoe_werken_toeslagen/kan_ik_toeslag_krijgen/partner/"
        "wanneer_zijn_wij_geen_toeslagpartners_meer",
        "S87",
    ),
    "partner_tool": Link("https://www.belastingdienst.nl/rekenhulpen/toeslagpartner/", "S83"),
    "proefberekening": Link("https://www.toeslagen.nl/proefberekening", "S74"),
    "repayment": Link(
        "http://www.belastingdienst.nl/wps/wcm/connect/bldcontentnl/belastingdienst/prive/"
        "toeslagen/informatie_over_toeslagen/hoe_werken_toeslagen/toeslag_terugbetalen/",
        "S76",
    ),
    "svb_kgb": Link(
        "https://www.svb.nl/int/nl/kinderbijslag/kinderbijslag_voor_kind/kindgebonden_budget/"
        "soms_betaalt_de_svb_kgb/",
        "S8",
    ),
    "juridisch_loket": Link(
        "https://www.juridischloket.nl/uitkeringen-en-toeslagen/toeslagen/toeslag-terugbetalen",
        "S78",
    ),
    "belastingtelefoon": Link("0800-0543", "S122"),
    # Facts §4: "commonly quoted as +31 55 538 53 85 — not confirmed from a source".
    "belastingtelefoon_buitenland": Link("+31 55 538 53 85", "S1", verified=False),
    "toeslagen_postal_address": Link("Postbus 4510, 6401 JA Heerlen", "S85"),
}

# Official Dutch names, shown as they are so the user can find them. Never translated.
FORMS: dict[str, str] = {
    "bsn_partner_abroad": "Verzoek burgerservicenummer toeslagpartner buitenland",  # S1
    "personal_payment_plan": "Verzoek persoonlijke betalingsregeling toeslagen",  # S76, S107
}


def link(name: str) -> str:
    return LINKS[name].value
