"""Every code and message key the rules core can emit.

The core emits keys, never prose. The locales (``bot/i18n``) must have a message for every key
listed here; a test in ``tests/i18n`` fails when one is missing. Adding a key here without a
message therefore breaks the build on purpose.
"""

from __future__ import annotations

BENEFITS = (
    "kindgebonden_budget",
    "kinderopvangtoeslag",
    "zorgtoeslag",
    "huurtoeslag",
)

RISK_CODES = (
    "alo_kop_unregistered_partner",
    "alo_kop_retroactive",
    "alo_kop_not_entitled",
    "kot_hours_mismatch",
    "kot_labour_requirement",
    "partner_without_residence",
    "applicant_without_residence",
    "foreign_family_benefit",
)

ACTION_CODES = (
    "report_partner_abroad",
    "stop_alo_kop",
    "report_partner_arrival",
    "update_kot_hours",
    "report_detention",
    "report_divorce_request",
    "payment_plan",
    "municipal_support",
    "report_foreign_benefit",
    "care_home_partner_choice",
    "stop_toeslagen",
    "contact_helpdesk",
)

# Risk reason keys: "risk.<code>.<situation>". One message each: what will happen and why.
RISK_REASONS = (
    "risk.alo_kop_unregistered_partner.spouse_abroad",
    "risk.alo_kop_unregistered_partner.awaiting_reunification",
    "risk.alo_kop_unregistered_partner.marriage_not_registered",
    "risk.alo_kop_retroactive.partner_arrived",
    "risk.alo_kop_retroactive.partner_registered",
    "risk.alo_kop_not_entitled.detention",
    "risk.alo_kop_not_entitled.care_home",
    "risk.alo_kop_not_entitled.divorce_not_reported",
    "risk.alo_kop_not_entitled.living_together",
    "risk.alo_kop_not_entitled.spouse_elsewhere_nl",
    "risk.alo_kop_not_entitled.spouse_address_unknown",
    "risk.kot_hours_mismatch.declared_above_actual",
    "risk.kot_hours_mismatch.declared_below_actual",
    "risk.kot_labour_requirement.partner_not_working",
    "risk.kot_labour_requirement.applicant_not_working",
    "risk.partner_without_residence.no_entitlement",
    "risk.partner_without_residence.kgb_before_2022",
    "risk.applicant_without_residence.no_entitlement",
    "risk.foreign_family_benefit.eu_benefit",
    "risk.foreign_family_benefit.child_in_eu",
)

# Action reason keys: "action.<code>" or "action.<code>.<variant>". One message each: what to do.
ACTION_REASONS = (
    "action.report_partner_abroad",
    "action.stop_alo_kop",
    "action.stop_alo_kop.refugee",
    "action.report_partner_arrival",
    "action.report_partner_arrival.expected",
    "action.update_kot_hours",
    "action.update_kot_hours.declared_below",
    "action.report_detention",
    "action.report_detention.kgb_only",
    "action.report_divorce_request",
    "action.payment_plan",
    "action.municipal_support",
    "action.municipal_support.refugee",
    "action.report_foreign_benefit",
    "action.care_home_partner_choice",
    "action.stop_toeslagen",
    "action.contact_helpdesk",
)

# Facts the core may ask for, as dotted paths into Household. Reason key: "question.<fact>".
QUESTION_FACTS = (
    "partner",
    "partner.relationship",
    "partner.since",
    "partner.lives",
    "partner.has_bsn",
    "partner.known_to_toeslagen",
    "partner.lawful_residence",
    "partner.joint_child",
    "partner.divorce_requested",
    "partner.divorce_request_reported",
    "partner.detention_sentence_months",
    "partner.wlz_indication",
    "partner.care_home_not_partners",
    "partner.activity",
    "partner.activity_stopped",
    "children",
    "applicant.activity",
    "applicant.lawful_residence",
    "benefits.kindgebonden_budget.receives",
    "benefits.kindgebonden_budget.alo_kop",
    "benefits.kindgebonden_budget.since",
    "benefits.kinderopvangtoeslag.care_type",
    "benefits.kinderopvangtoeslag.declared_hours_per_month",
    "benefits.kinderopvangtoeslag.actual_hours_per_month",
    "benefits.kinderopvangtoeslag.hourly_rate_eurocent",
    "benefits.foreign_family_benefit.country",
    "income.applicant_annual_eurocent",
    "income.partner_annual_eurocent",
)
QUESTION_REASONS = (
    *(f"question.{fact}" for fact in QUESTION_FACTS),
    # Another adult at the address with a minor child: a person must look (Awir art. 3 lid 2 e).
    "question.partner.relationship.other_adult",
)

# Rule ids. The trace step of each rule carries reason key "rule.<id>": the rule in plain words.
RULE_IDS = (
    "awir_art3_lid1_echtgenoot",
    "awr_art5a_scheidingsverzoek",
    "awir_art3_lid1_notarieel_samenlevingscontract",
    "awir_art3_lid2_a_gezamenlijk_kind",
    "awir_art3_lid2_e_minderjarig_kind_op_adres",
    "awir_art3_lid6_zorginstelling",
    "awir_art3_zorginstelling_keuze",
    "awir_art3_geen_partner",
    "awir_art5_partner_vanaf_maand_na_gebeurtenis",
    "awir_art3_lid3_partner_vanaf_samenwonen_tot_2021",
    "uitvoeringsbesluit_awir_art1b_partner_zonder_bsn",
    "wkb_art2_alleenstaande_ouderkop",
    "wkb_art2_alleenstaande_ouderkop_bedrag",
    "awir_terugvordering_alo_kop",
    "wko_kot_uren",
    "wko_arbeidseis",
    "wko_arbeidseis_partner_gedetineerd",
    "wko_arbeidseis_partner_wlz",
    "wko_art1_6_lid5_uitloop",
    "awir_art9_lid2_koppelingsbeginsel",
    "awir_art9_kgb_uitzondering_partner_zonder_verblijf",
    "awir_art9_lid1_aanvrager_zonder_verblijf",
    "vo_883_2004_art68_voorrangsregels",
)
RULE_REASONS = tuple(f"rule.{rule}" for rule in RULE_IDS)

OUTCOME_KEYS = (
    "toeslagpartner.partner",
    "toeslagpartner.no_partner",
    "toeslagpartner.needs_answer",
)

ALL_MESSAGE_KEYS = RISK_REASONS + ACTION_REASONS + QUESTION_REASONS + RULE_REASONS + OUTCOME_KEYS
