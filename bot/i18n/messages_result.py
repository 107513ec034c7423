"""Message declarations for the result on a phone, the readable citations and the summary
document (see ``messages.py`` for how the extractor reads them)."""

from __future__ import annotations

from bot.i18n.messages import N_, ngettext

RESULT_MESSAGES: tuple[str, ...] = (
    # TRANSLATORS: Web chat: the summary is ready; the page opens from the link under it.
    # {code} is the reference code (8 letters/digits) for the helpdesk.
    N_("utter_summary_ready"),
    # TRANSLATORS: Button under the result: explain why (the rule and the amounts).
    N_("button.why"),
    # TRANSLATORS: Button under the result: show all the steps to take.
    N_("button.all_steps"),
    # TRANSLATORS: Name of a Dutch law in the user's language (Algemene wet
    # inkomensafhankelijke regelingen). The Dutch abbreviation follows in brackets, separately.
    N_("law.awir"),
    # TRANSLATORS: Name of a Dutch law: Algemene wet inzake rijksbelastingen (general tax law).
    N_("law.awr"),
    # TRANSLATORS: Name of a Dutch law: Wet op het kindgebonden budget.
    N_("law.wkb"),
    # TRANSLATORS: Name of a Dutch law: Wet kinderopvang (childcare law).
    N_("law.wko"),
    # TRANSLATORS: Name of a Dutch regulation: Besluit kinderopvangtoeslag.
    N_("law.besluit_kot"),
    # TRANSLATORS: Name of a Dutch regulation: Uitvoeringsbesluit Awir.
    N_("law.uitvoeringsbesluit_awir"),
    # TRANSLATORS: Name of the EU regulation 883/2004 on social security between countries.
    N_("law.eu_883_2004"),
    # TRANSLATORS: A Dutch law without its own name here.
    N_("law.other"),
    # TRANSLATORS: A legal citation: {name} the law's name in your language, {reference} the
    # Dutch law and article exactly as in the law, e.g. "Awir, artikel 3 lid 1".
    N_("citation.readable"),
    # TRANSLATORS: After a citation: this is the text of the law as it was until 2020.
    N_("citation.note.until_2020"),
    # TRANSLATORS: After a citation: this rule applies since 2021.
    N_("citation.note.since_2021"),
    # TRANSLATORS: The law a rule comes from. {law} is a readable citation.
    N_("why.law"),
    # TRANSLATORS: Condition of a warning: it holds unless the user has asked for a divorce.
    N_("unless.partner.divorce_requested"),
    # TRANSLATORS: Condition of a warning: unless the divorce request was reported to Toeslagen.
    N_("unless.partner.divorce_request_reported"),
    # TRANSLATORS: Condition: unless the partner is in prison for more than 3 months.
    N_("unless.partner.detention_sentence_months"),
    # TRANSLATORS: Condition: unless the partner has a Wlz indication (long-term care).
    N_("unless.partner.wlz_indication"),
    # TRANSLATORS: Condition: this counts as if the user gets the single-parent supplement.
    N_("unless.benefits.kindgebonden_budget.alo_kop"),
    # TRANSLATORS: Condition of a warning, generic: unless one of the open answers changes it.
    N_("unless.other"),
    # TRANSLATORS: What the check assumed: no divorce was asked for.
    N_("assumed.partner.divorce_requested"),
    # TRANSLATORS: What the check assumed: the divorce request was not reported.
    N_("assumed.partner.divorce_request_reported"),
    # TRANSLATORS: What the check assumed: the partner is not in prison for more than 3 months.
    N_("assumed.partner.detention_sentence_months"),
    # TRANSLATORS: What the check assumed: the partner has no Wlz indication.
    N_("assumed.partner.wlz_indication"),
    # TRANSLATORS: What the check assumed: the user gets the single-parent supplement.
    N_("assumed.benefits.kindgebonden_budget.alo_kop"),
    # TRANSLATORS: What the check assumed, generic.
    N_("assumed.other"),
    # TRANSLATORS: First message of the result, when an amount cannot be given. {benefit}.
    N_("result.first.no_amount"),
    # TRANSLATORS: After the amount: each further month adds this. {amount}.
    N_("result.first.per_month"),
    # TRANSLATORS: After a maximum amount: each further month adds at most this. {amount}.
    N_("result.first.per_month.upper_bound"),
    # TRANSLATORS: The first step, short. {form} is the official Dutch form name.
    N_("first.report_partner_abroad"),
    # TRANSLATORS: The first step, short. {phone} is the free BelastingTelefoon number.
    N_("first.stop_alo_kop"),
    # TRANSLATORS: The first step, short: report that the partner has arrived.
    N_("first.report_partner_arrival"),
    # TRANSLATORS: The first step, short: change the childcare hours in Mijn toeslagen.
    N_("first.update_kot_hours"),
    # TRANSLATORS: The first step, short: report the partner's detention.
    N_("first.report_detention"),
    # TRANSLATORS: The first step, short: report the divorce request.
    N_("first.report_divorce_request"),
    # TRANSLATORS: The first step, short. {form} is the official Dutch form name.
    N_("first.payment_plan"),
    # TRANSLATORS: The first step, short: ask the municipality for help.
    N_("first.municipal_support"),
    # TRANSLATORS: The first step, short: report the child benefit from another country.
    N_("first.report_foreign_benefit"),
    # TRANSLATORS: The first step, short. {phone} is the free BelastingTelefoon number.
    N_("first.contact_helpdesk"),
    # TRANSLATORS: The first step, short: decide whether to stay partners for benefits
    # (a partner in a care home); it is done by letter.
    N_("first.care_home_partner_choice"),
    # TRANSLATORS: The first step, short: free legal advice before stopping the benefits
    # (no residence right).
    N_("first.stop_toeslagen"),
    # TRANSLATORS: The first step, generic: see all steps.
    N_("first.generic"),
    # TRANSLATORS: No warning found yet, but the check is not finished. Never say "no risk".
    N_("result.open.intro"),
    # TRANSLATORS: Heading before the list of things the check assumed.
    N_("result.open.assumed"),
    # TRANSLATORS: Heading before the list of questions still open.
    N_("result.open.still_open"),
    # TRANSLATORS: Help for labour migrants: the information points for labour migrants
    # (informatiepunt arbeidsmigranten). We have no verified address: say to ask the municipality.
    N_("help.labour_migrant"),
    # TRANSLATORS: The phone line for calls from abroad. {phone} is the number, which we could
    # not confirm on an official page: say so.
    N_("help.phone_abroad"),
    # TRANSLATORS: Summary: the year of the amounts. {year}.
    N_("summary.year"),
    # TRANSLATORS: Summary: the amounts are of an earlier year than the year checked, because not
    # all amounts of that year are known yet. {year} used, {checked} the year checked.
    N_("summary.year.earlier"),
    # TRANSLATORS: Summary: the reference code. {code}.
    N_("summary.reference"),
    # TRANSLATORS: Summary: heading of the technical part at the end, for the helpdesk.
    N_("summary.receipt.heading"),
    # TRANSLATORS: Technical line for the helpdesk. {reference}, {version}, {parameters}, {year}.
    N_("summary.receipt.line"),
)

RESULT_PLURALS: tuple[str, ...] = (
    # TRANSLATORS: The amount over the months counted: "about €4,594.50 for the 16 months from
    # March 2024". {amount}, {months}, {from_month}. Never "back to the marriage date".
    ngettext("amount.months_from", "amount.months_from.plural", 2),
    # TRANSLATORS: Like amount.months_from, but the amount is a maximum ("at most").
    ngettext("amount.months_from.upper_bound", "amount.months_from.upper_bound.plural", 2),
    # TRANSLATORS: First message of the result: what will happen and the amount over the months
    # counted. {benefit}, {amount}, {months}, {from_month}.
    ngettext("result.first.amount", "result.first.amount.plural", 2),
    # TRANSLATORS: Like result.first.amount, but the amount is a maximum ("at most").
    ngettext("result.first.amount.upper_bound", "result.first.amount.upper_bound.plural", 2),
    # TRANSLATORS: There are more warnings; "Why?" shows them. {count}.
    ngettext("result.first.more_risks", "result.first.more_risks.plural", 2),
)
