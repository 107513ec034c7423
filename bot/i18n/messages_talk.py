"""Messages for corrections and the talk after the result (bot/i18n/talk.py), declared like
those in ``messages.py``: a stable key and a note for translators; the text is in the catalogs."""

from __future__ import annotations

from bot.i18n.messages import N_, ngettext

TALK_MESSAGES: tuple[str, ...] = (
    # TRANSLATORS: Above the list of the user's answers, each a button. Pressing one asks that
    # question again; answers that depend on it may be asked again too, then a new result.
    N_("utter_change_answer_list"),
    # TRANSLATORS: The user typed that an answer is wrong ("I never got money from Poland"); above
    # the answers their message points at, each a button, and a button for any other answer.
    N_("utter_change_answer_list.named"),
    # TRANSLATORS: The user wants to change an answer, but has not answered any question yet.
    N_("utter_change_answer_none"),
    # TRANSLATORS: After the result, the user typed an answer, "yes", "no" or a greeting. The
    # check is finished: say what they can ask or do now. Buttons: change an answer, how much,
    # all steps, summary, start again.
    N_("utter_after_result"),
    # TRANSLATORS: After the result, a question the bot did not understand. Say what it can
    # answer about the result, and that a person can help. Buttons below.
    N_("utter_fallback_after_result"),
    # TRANSLATORS: One button in the list of answers: "{question}: {answer}", e.g. "Partner:
    # Yes". {question} is a short label (answer.<question>), {answer} the answer as given.
    N_("answers.button"),
    # TRANSLATORS: Button: change one of the answers given.
    N_("button.change_answer"),
    # TRANSLATORS: Button: how much (money) exactly.
    N_("button.how_much"),
    # TRANSLATORS: Button: since when (from which month).
    N_("button.since_when"),
    # TRANSLATORS: Button under the answers a correction pointed at: show all the other answers.
    N_("button.other_answer"),
    # TRANSLATORS: Answer to "how much?" or "since when?" when the result has no repayment risk.
    N_("answer.nothing_to_pay"),
    # TRANSLATORS: Answer to "how much exactly?": above the amounts of each benefit.
    N_("answer.amount.intro"),
    # TRANSLATORS: Heading above the amounts of one benefit. {benefit}.
    N_("answer.benefit_heading"),
    # TRANSLATORS: Answer to "since when?": the repayment starts now, no month counted yet.
    # {benefit}.
    N_("answer.since.from_now"),
    # TRANSLATORS: Answer to "since when?": the start is not known. {benefit}.
    N_("answer.since.unknown"),
    # TRANSLATORS: Answer to "what if my partner arrives?": above what changes if the partner
    # comes to live with the user in the Netherlands this month (from the rules).
    N_("answer.partner_arrives.intro"),
    # TRANSLATORS: Under answer.partner_arrives.intro: no repayment risk in that case.
    N_("answer.partner_arrives.no_risk"),
    # TRANSLATORS: Under what changes when the partner arrives: above the steps to take then.
    N_("answer.partner_arrives.then"),
)

TALK_PLURALS: tuple[str, ...] = (
    # TRANSLATORS: Answer to "since when?": "{benefit}: from {from_month}, {months} months so far".
    ngettext("answer.since", "answer.since.plural", 2),
)

# The question in a few words, as the label of the answer in the list to change ("Partner: Yes").
# Written out for the extractor; tests/i18n checks every form question has one.
ANSWER_LABELS: tuple[str, ...] = (
    N_("answer.situation"),
    N_("answer.brp_registration"),
    N_("answer.has_partner"),
    N_("answer.relationship"),
    N_("answer.partner_lives"),
    N_("answer.partner_country"),
    N_("answer.partner_has_bsn"),
    N_("answer.partner_known_to_toeslagen"),
    N_("answer.expected_arrival"),
    N_("answer.partner_arrived"),
    N_("answer.divorce_requested"),
    N_("answer.divorce_request_reported"),
    N_("answer.detention_sentence_months"),
    N_("answer.partner_care_home_not_partners"),
    N_("answer.children_count"),
    N_("answer.children_ages"),
    N_("answer.children_abroad"),
    N_("answer.joint_child"),
    N_("answer.kgb"),
    N_("answer.alo_kop"),
    N_("answer.kgb_since"),
    N_("answer.partner_since"),
    N_("answer.kot"),
    N_("answer.kot_care_type"),
    N_("answer.kot_declared_hours"),
    N_("answer.kot_actual_hours"),
    N_("answer.kot_hourly_rate"),
    N_("answer.zorgtoeslag"),
    N_("answer.huurtoeslag"),
    N_("answer.kinderbijslag"),
    N_("answer.foreign_benefit"),
    N_("answer.alo_kop_stop_requested"),
    N_("answer.partner_lawful_residence"),
    N_("answer.applicant_lawful_residence"),
    N_("answer.partner_activity"),
    N_("answer.partner_wlz_indication"),
    N_("answer.partner_activity_stopped"),
    N_("answer.applicant_activity"),
    N_("answer.income"),
    N_("answer.partner_income"),
)
