"""Every message the assistant says, declared once, as a stable key with a note for translators.

``pybabel extract`` (``make catalogs-update``) reads this module and builds
``locales/messages.pot``; the text lives only in the catalogs, Dutch (``nl``) being the
reference. Keys of the rules core (``rules_core.codes.ALL_MESSAGE_KEYS``) are listed here too:
a test fails when one is missing.
Placeholders are named, in braces (python-brace-format), so translators can reorder them.

The three functions below only mark strings for the extractor (they are Babel's default
keywords); at run time ``catalog.py`` looks the keys up.
"""

from __future__ import annotations


def N_(key: str) -> str:  # noqa: N802 (Babel's default keyword)
    return key


def ngettext(singular: str, plural: str, n: int) -> str:
    return singular if n == 1 else plural


def pgettext(context: str, key: str) -> str:
    return key


MESSAGES: tuple[str, ...] = (
    # TRANSLATORS: First message. Who we are, in one or two sentences.
    N_("utter_greet"),
    # TRANSLATORS: Shown above the language buttons (each language in its own script).
    N_("utter_choose_language"),
    # TRANSLATORS: Privacy promise before the questions. Keep it short and clear.
    N_("utter_privacy_promise"),
    # TRANSLATORS: What the check covers and what it does not. Last message of the greeting; a
    # button to start the check (button.start_check) is shown under it.
    N_("utter_check_scope"),
    # TRANSLATORS: Invites the user to start the check; buttons: start / a question.
    N_("utter_start_check"),
    # TRANSLATORS: Question: why the user is in the Netherlands. Buttons: labour migrant /
    # refugee / other.
    N_("utter_ask_situation"),
    # TRANSLATORS: Question: is the user registered in the municipal register (BRP).
    N_("utter_ask_brp_registration"),
    # TRANSLATORS: Question: does the user have a husband, wife or partner (anywhere in the
    # world).
    N_("utter_ask_has_partner"),
    # TRANSLATORS: Question: what kind of relationship.
    N_("utter_ask_relationship"),
    # TRANSLATORS: Question: where the partner lives now.
    N_("utter_ask_partner_lives"),
    # TRANSLATORS: Question: in which country the partner lives. Free text.
    N_("utter_ask_partner_country"),
    # TRANSLATORS: Question: does the partner have a Dutch citizen service number (BSN). Do not
    # ask for the number itself.
    N_("utter_ask_partner_has_bsn"),
    # TRANSLATORS: Question: has the partner been reported to the Benefits Office as partner.
    N_("utter_ask_partner_known_to_toeslagen"),
    # TRANSLATORS: Question: does the partner have a valid residence permit (or a pending
    # application).
    N_("utter_ask_partner_lawful_residence"),
    # TRANSLATORS: Question, asked after the partner has no permit:
    # does the user herself/himself have a valid residence permit
    # (verblijfsvergunning) or live here as an EU citizen. A Dutch
    # passport also counts as yes. Buttons: yes / no / I don't know.
    N_("utter_ask_applicant_lawful_residence"),
    # TRANSLATORS: Question: has a divorce or legal separation been requested.
    N_("utter_ask_divorce_requested"),
    # TRANSLATORS: Question: was the date of that request reported to the Benefits Office.
    N_("utter_ask_divorce_request_reported"),
    # TRANSLATORS: Question: how many months the partner's prison sentence is. Answer is a
    # number.
    N_("utter_ask_detention_sentence_months"),
    # TRANSLATORS: Question: has the partner already come to the Netherlands, and in which
    # month. Button: not yet.
    N_("utter_ask_partner_arrived"),
    # TRANSLATORS: Question: when the user expects the partner to arrive.
    N_("utter_ask_expected_arrival"),
    # TRANSLATORS: Question: does the user have a child together with this partner.
    N_("utter_ask_joint_child"),
    # TRANSLATORS: Question: how many children under 18. Answer is a number.
    N_("utter_ask_children_count"),
    # TRANSLATORS: Question: the children's ages, as numbers.
    N_("utter_ask_children_ages"),
    # TRANSLATORS: Question: does a child live outside the Netherlands; type the country.
    # Button: all live in NL.
    N_("utter_ask_children_abroad"),
    # TRANSLATORS: Question: does the user receive the child budget (kindgebonden budget).
    N_("utter_ask_kgb"),
    # TRANSLATORS: Question: does the child budget include the single-parent supplement
    # (alleenstaande-ouderkop); it is on the decision letter.
    N_("utter_ask_alo_kop"),
    # TRANSLATORS: Question: since which month the user gets the child budget.
    N_("utter_ask_kgb_since"),
    # TRANSLATORS: Question: since which month the user and the partner are together (married
    # or living together). Any repayment goes back to that month. Answer is a month and year;
    # button: I don't know.
    N_("utter_ask_partner_since"),
    # TRANSLATORS: Question: does the user receive childcare benefit (kinderopvangtoeslag).
    N_("utter_ask_kot"),
    # TRANSLATORS: Question: type of childcare. Buttons: day care / out-of-school care /
    # childminder.
    N_("utter_ask_kot_care_type"),
    # TRANSLATORS: Question: hours per month the user reported to the Benefits Office.
    N_("utter_ask_kot_declared_hours"),
    # TRANSLATORS: Question: hours per month the childcare really used (the invoice).
    N_("utter_ask_kot_actual_hours"),
    # TRANSLATORS: Question: the price per hour of the childcare, in euros, as on the invoice or
    # contract (e.g. 9,12). The amount to pay back depends on it. Button: I don't know.
    N_("utter_ask_kot_hourly_rate"),
    # TRANSLATORS: Question: does the user receive healthcare benefit.
    N_("utter_ask_zorgtoeslag"),
    # TRANSLATORS: Question: does the user receive rent benefit.
    N_("utter_ask_huurtoeslag"),
    # TRANSLATORS: Question: does the user receive child benefit from the SVB (kinderbijslag).
    N_("utter_ask_kinderbijslag"),
    # TRANSLATORS: Question: does the family get child benefit from another country; type the
    # country. Button: no.
    N_("utter_ask_foreign_benefit"),
    # TRANSLATORS: Question: has the user already asked the Benefits Office to stop the single-
    # parent supplement.
    N_("utter_ask_alo_kop_stop_requested"),
    # TRANSLATORS: Question: the user's own yearly income before tax,
    # roughly (not the partner's, which may be asked next). Button: skip.
    N_("utter_ask_income"),
    # TRANSLATORS: Question: the partner's yearly income before tax,
    # roughly. For benefits the incomes of the user and the partner count
    # together (toetsingsinkomen). Buttons: skip / I don't know.
    N_("utter_ask_partner_income"),
    # TRANSLATORS: Question: what the partner does (work, study, ...).
    N_("utter_ask_partner_activity"),
    # TRANSLATORS: Question, asked when the partner does not work
    # or study and the user gets childcare benefit: does the
    # partner have a decision for long-term care from the CIZ
    # (Wlz-indicatie). One short sentence says who gets one.
    # Buttons: yes / no / I don't know.
    N_("utter_ask_partner_wlz_indication"),
    # TRANSLATORS: Question: in which month the partner stopped working (or studying). Typed
    # answer, a month; button: I don't know.
    N_("utter_ask_partner_activity_stopped"),
    # TRANSLATORS: Question: the partner lives in a care home; did the couple tell the Benefits
    # Office (Dienst Toeslagen) that they no longer want to be toeslagpartners. Buttons: yes / no /
    # I don't know.
    N_("utter_ask_partner_care_home_not_partners"),
    # TRANSLATORS: Question: what the user does (work, study, ...).
    N_("utter_ask_applicant_activity"),
    # TRANSLATORS: Result when no risk was found.
    N_("utter_result_nothing_found"),
    # TRANSLATORS: Result when the core needs one more answer; a list of questions follows.
    N_("utter_result_needs_answer"),
    # TRANSLATORS: After the result. Buttons: summary / explain a term / talk to a person /
    # start again.
    N_("utter_offer_after_result"),
    # TRANSLATORS: FAQ: what the single-parent supplement is.
    N_("utter_faq_alo_kop"),
    # TRANSLATORS: FAQ: what a toeslagpartner is.
    N_("utter_faq_toeslagpartner"),
    # TRANSLATORS: FAQ: how to report a partner who lives abroad; {form} is the official form
    # name, {url} the page.
    N_("utter_faq_report_partner"),
    # TRANSLATORS: FAQ: how to stop the single-parent supplement; {phone} is the
    # BelastingTelefoon number.
    N_("utter_faq_stop_alo_kop"),
    # TRANSLATORS: FAQ: what to do when you must pay back; {url} is the official repayment page.
    N_("utter_faq_repayment_help"),
    # TRANSLATORS: FAQ: the most common childcare benefit repayment causes.
    N_("utter_faq_kinderopvangtoeslag"),
    # TRANSLATORS: FAQ: what we do with the user's data.
    N_("utter_faq_privacy"),
    # TRANSLATORS: Answer to 'are you a robot?'.
    N_("utter_bot_challenge"),
    # TRANSLATORS: What happens when the user asked for a person.
    N_("utter_handoff"),
    # TRANSLATORS: The bot did not understand; buttons offer the main options.
    N_("utter_fallback_clarify"),
    # TRANSLATORS: After two misunderstandings: offer a person.
    N_("utter_offer_helpdesk"),
    # TRANSLATORS: Goodbye.
    N_("utter_goodbye"),
    # TRANSLATORS: Reply to 'thank you'.
    N_("utter_thanks_reply"),
    # TRANSLATORS: The conversation starts again; answers are forgotten.
    N_("utter_restart"),
    # TRANSLATORS: The question is outside what the bot can answer.
    N_("utter_out_of_scope"),
    # TRANSLATORS: The user writes in a language we do not support. One short message in the
    # nearest supported language; {language} is the detected language's name (e.g. Amharic).
    # Below it two buttons: this language and English.
    N_("utter_unsupported_language"),
    # TRANSLATORS: Offer to continue in another language; {language} is that language's own name
    # (e.g. Polski).
    N_("utter_offer_language_switch"),
    # TRANSLATORS: The answer does not fit the question.
    N_("utter_invalid_answer"),
    # TRANSLATORS: The user typed a year without a month (e.g. "since 2012"). {january} is
    # January of that year as the locale writes it (e.g. "January 2012"); it is also a button.
    N_("utter_which_month_of_year"),
    # TRANSLATORS: A typed answer is checked before it counts. Buttons: Yes, No. {country} is a
    # country name.
    N_("confirm.foreign_benefit"),
    # TRANSLATORS: A typed answer is checked before it counts. Buttons: Yes, No. {country} is a
    # country name.
    N_("confirm.children_abroad"),
    # TRANSLATORS: A typed answer is checked before it counts. Buttons: Yes, No. {country} is a
    # country name.
    N_("confirm.partner_lives_in"),
    # TRANSLATORS: A typed answer is checked before it counts. Buttons: Yes, No.
    N_("confirm.partner_lives_abroad"),
    # TRANSLATORS: The user does not know an answer: that is fine.
    N_("utter_dont_know_ok"),
    # TRANSLATORS: The user typed personal data (BSN, IBAN, phone, e-mail); we removed it.
    N_("utter_personal_data_warning"),
    # TRANSLATORS: Rate limit: too many messages in a short time.
    N_("utter_slow_down"),
    # TRANSLATORS: The message was too long.
    N_("utter_message_too_long"),
    # TRANSLATORS: Safe text when something went wrong on our side.
    N_("utter_generic_error"),
    # Gateway and web chat (bot/service/gateway/texts.py, GET /api/v1/ui-strings/{lang}).
    # TRANSLATORS: Notice: invisible or control characters were removed from the user's message.
    N_("gateway.text_cleaned"),
    # TRANSLATORS: Error: the message was empty after cleaning.
    N_("gateway.empty_message"),
    # TRANSLATORS: Error: the message could not be read (broken characters).
    N_("gateway.invalid_text"),
    # TRANSLATORS: Error: a request the chat cannot process.
    N_("gateway.invalid_request"),
    # TRANSLATORS: Error: the conversation does not exist (any more); start a new one.
    N_("gateway.conversation_not_found"),
    # TRANSLATORS: Web chat: window title.
    N_("widget.title"),
    # TRANSLATORS: Web chat: button that opens the chat window.
    N_("widget.open"),
    # TRANSLATORS: Web chat: button that closes the chat window (read by screen readers).
    N_("widget.close"),
    # TRANSLATORS: Web chat: label of the language list.
    N_("widget.language"),
    # TRANSLATORS: Web chat: label and placeholder of the text field.
    N_("widget.input_label"),
    # TRANSLATORS: Web chat: button, send the message.
    N_("widget.send"),
    # TRANSLATORS: Web chat: read by screen readers while the assistant is answering.
    N_("widget.typing"),
    # TRANSLATORS: Web chat: button, download a text file with the summary.
    N_("widget.download_summary"),
    # TRANSLATORS: Web chat: button, start a new conversation.
    N_("widget.restart"),
    # TRANSLATORS: Web chat: the chat cannot reach the server.
    N_("widget.offline"),
    # TRANSLATORS: Web chat: short line under the title, do not share personal numbers.
    N_("widget.privacy_note"),
    # TRANSLATORS: Web chat: speaker label for the user's messages (screen readers, summary file).
    N_("widget.you"),
    # TRANSLATORS: Web chat: speaker label for the assistant's messages.
    N_("widget.assistant"),
    # TRANSLATORS: Web chat: first line of the downloaded summary file.
    N_("widget.summary_title"),
    # TRANSLATORS: Web chat: generic error in the chat window.
    N_("widget.error"),
    # TRANSLATORS: Button: start the check.
    N_("button.start_check"),
    # TRANSLATORS: Button: ask what a toeslagpartner is.
    N_("button.faq_toeslagpartner"),
    # TRANSLATORS: Button: show a summary to take to a counter.
    N_("button.summary"),
    # TRANSLATORS: Button: explain a word.
    N_("button.explain_term"),
    # TRANSLATORS: Button: talk to a person.
    N_("button.talk_to_person"),
    # TRANSLATORS: Button: start again.
    N_("button.start_again"),
    # TRANSLATORS: Button: yes.
    N_("button.yes"),
    # TRANSLATORS: Button: no.
    N_("button.no"),
    # TRANSLATORS: Button: I don't know.
    N_("button.dont_know"),
    # TRANSLATORS: Button: skip the income question.
    N_("button.skip"),
    # TRANSLATORS: Button: the partner has not come to the Netherlands yet.
    N_("button.not_arrived_yet"),
    # TRANSLATORS: Button: all children live in the Netherlands.
    N_("button.children_all_in_nl"),
    # TRANSLATORS: Button: no child benefit from another country.
    N_("button.no_foreign_benefit"),
    # TRANSLATORS: Channels without buttons: the options are numbered; {last} is the highest
    # number.
    N_("options.reply_with_number"),
    # TRANSLATORS: Under the headline: this is not an official decision.
    N_("result.not_a_decision"),
    # TRANSLATORS: Each extra month adds this amount. {amount}.
    N_("repayment.per_month"),
    # TRANSLATORS: Each extra month adds at most this amount. {amount}.
    N_("repayment.per_month.upper_bound"),
    # TRANSLATORS: Why the amount is a maximum.
    N_("repayment.upper_bound_note"),
    # TRANSLATORS: Why the amount is an estimate.
    N_("repayment.estimate_note"),
    # TRANSLATORS: The estimate is zero: at the income the user gave, no extra money was paid.
    # {amount} is zero in the local format (€ 0,00). The Dutch word in brackets is on the letter.
    N_("repayment.none_at_income"),
    # TRANSLATORS: No amount can be given for this risk.
    N_("repayment.unknown"),
    # TRANSLATORS: Heading before the reason.
    N_("why.intro"),
    # TRANSLATORS: Where the rule comes from. {law} law name, {article} article (both in Dutch),
    # {url} page.
    N_("why.source"),
    # TRANSLATORS: Where the rule comes from, without an article. {law}, {url}.
    N_("why.source_no_article"),
    # TRANSLATORS: The partnership counts from this month. {month}.
    N_("why.partner_from"),
    # TRANSLATORS: The user gets the single-parent supplement but is not entitled to it.
    N_("why.alo_kop_not_entitled"),
    # TRANSLATORS: Heading before the numbered steps.
    N_("result.actions.intro"),
    # TRANSLATORS: Where to get help. {phone} BelastingTelefoon number, {url} Juridisch Loket
    # page.
    N_("result.help"),
    # TRANSLATORS: Extra help line for refugees: VluchtelingenWerk (no link on purpose).
    N_("result.help.refugee"),
    # TRANSLATORS: Warning about paid phone services that pretend to be the tax office.
    N_("result.help.paid_lines"),
    # TRANSLATORS: Title of the summary document; {month} is the month checked.
    N_("summary.title"),
    # TRANSLATORS: Who the summary is for.
    N_("summary.intro"),
    # TRANSLATORS: Summary heading.
    N_("summary.heading.risks"),
    # TRANSLATORS: Summary heading.
    N_("summary.heading.why"),
    # TRANSLATORS: Summary heading.
    N_("summary.heading.actions"),
    # TRANSLATORS: Summary heading.
    N_("summary.heading.help"),
    # TRANSLATORS: Heading above the Dutch copy of the summary, for the counter staff.
    N_("summary.dutch_copy"),
    # TRANSLATORS: Technical line: rules version and the year of the amounts. {version}, {year}.
    N_("summary.receipt"),
    # TRANSLATORS: Benefit name, used as a heading.
    N_("benefit.kindgebonden_budget"),
    # TRANSLATORS: Benefit name, used as a heading.
    N_("benefit.kinderopvangtoeslag"),
    # TRANSLATORS: Benefit name, used as a heading.
    N_("benefit.zorgtoeslag"),
    # TRANSLATORS: Benefit name, used as a heading.
    N_("benefit.huurtoeslag"),
    # TRANSLATORS: Risk found by the rules check: what will happen and why, in plain words.
    N_("risk.alo_kop_unregistered_partner.spouse_abroad"),
    # TRANSLATORS: Risk found by the rules check: what will happen and why, in plain words.
    N_("risk.alo_kop_unregistered_partner.awaiting_reunification"),
    # TRANSLATORS: Risk found by the rules check: what will happen and why, in plain words.
    N_("risk.alo_kop_unregistered_partner.marriage_not_registered"),
    # TRANSLATORS: Risk found by the rules check: what will happen and why, in plain words.
    N_("risk.alo_kop_retroactive.partner_arrived"),
    # TRANSLATORS: Risk found by the rules check: what will happen and why, in plain words.
    N_("risk.alo_kop_retroactive.partner_registered"),
    # TRANSLATORS: Risk found by the rules check: what will happen and why, in plain words.
    N_("risk.alo_kop_not_entitled.detention"),
    # TRANSLATORS: Risk found by the rules check: what will happen and why, in plain words.
    N_("risk.alo_kop_not_entitled.care_home"),
    # TRANSLATORS: Risk found by the rules check: what will happen and why, in plain words.
    N_("risk.alo_kop_not_entitled.divorce_not_reported"),
    # TRANSLATORS: Risk found by the rules check: what will happen and why, in plain words.
    N_("risk.alo_kop_not_entitled.living_together"),
    # TRANSLATORS: Risk found by the rules check: what will happen and why, in plain words.
    N_("risk.alo_kop_not_entitled.spouse_elsewhere_nl"),
    # TRANSLATORS: Risk found by the rules check: what will happen and why, in plain words.
    N_("risk.alo_kop_not_entitled.spouse_address_unknown"),
    # TRANSLATORS: Risk found by the rules check: what will happen and why, in plain words.
    N_("risk.kot_hours_mismatch.declared_above_actual"),
    # TRANSLATORS: Not a repayment: the user reported fewer childcare hours than used, so money
    # can still be claimed. Plain words.
    N_("risk.kot_hours_mismatch.declared_below_actual"),
    # TRANSLATORS: Risk found by the rules check: what will happen and why, in plain words.
    N_("risk.kot_labour_requirement.partner_not_working"),
    # TRANSLATORS: Risk found by the rules check: what will happen and why, in plain words.
    N_("risk.kot_labour_requirement.applicant_not_working"),
    # TRANSLATORS: Risk found by the rules check: what will happen and why, in plain words.
    N_("risk.partner_without_residence.no_entitlement"),
    # TRANSLATORS: Risk found by the rules check: what will happen and why, in plain words.
    N_("risk.partner_without_residence.kgb_before_2022"),
    # TRANSLATORS: Risk found by the rules check: what will happen and why, in plain words.
    N_("risk.applicant_without_residence.no_entitlement"),
    # TRANSLATORS: Risk found by the rules check: what will happen and why, in plain words.
    N_("risk.foreign_family_benefit.eu_benefit"),
    # TRANSLATORS: Risk found by the rules check: what will happen and why, in plain words.
    N_("risk.foreign_family_benefit.child_in_eu"),
    # TRANSLATORS: A step the user can take now. Placeholders are links, phone numbers or
    # official form names.
    N_("action.report_partner_abroad"),
    # TRANSLATORS: A step the user can take now. Placeholders are links, phone numbers or
    # official form names.
    N_("action.stop_alo_kop"),
    # TRANSLATORS: A step the user can take now. Placeholders are links, phone numbers or
    # official form names.
    N_("action.stop_alo_kop.refugee"),
    # TRANSLATORS: A step the user can take now. Placeholders are links, phone numbers or
    # official form names.
    N_("action.report_partner_arrival"),
    # TRANSLATORS: A step the user can take now. Placeholders are links, phone numbers or
    # official form names.
    N_("action.report_partner_arrival.expected"),
    # TRANSLATORS: A step the user can take now. Placeholders are links, phone numbers or
    # official form names.
    N_("action.update_kot_hours"),
    # TRANSLATORS: A step the user can take now. Placeholders are links, phone numbers or
    # official form names.
    N_("action.update_kot_hours.declared_below"),
    # TRANSLATORS: A step the user can take now. Placeholders are links, phone numbers or
    # official form names.
    N_("action.report_detention"),
    # TRANSLATORS: A step the user can take now. Placeholders are links, phone numbers or
    # official form names.
    N_("action.report_detention.kgb_only"),
    # TRANSLATORS: A step the user can take now. Placeholders are links, phone numbers or
    # official form names.
    N_("action.report_divorce_request"),
    # TRANSLATORS: A step the user can take now. Placeholders are links, phone numbers or
    # official form names.
    N_("action.payment_plan"),
    # TRANSLATORS: A step the user can take now. Placeholders are links, phone numbers or
    # official form names.
    N_("action.municipal_support"),
    # TRANSLATORS: A step the user can take now. Placeholders are links, phone numbers or
    # official form names.
    N_("action.municipal_support.refugee"),
    # TRANSLATORS: A step the user can take now. Placeholders are links, phone numbers or
    # official form names.
    N_("action.report_foreign_benefit"),
    # TRANSLATORS: A step the user can take now. Placeholders are links, phone numbers or
    # official form names.
    N_("action.care_home_partner_choice"),
    # TRANSLATORS: A step the user can take now. Placeholders are links, phone numbers or
    # official form names.
    N_("action.stop_toeslagen"),
    # TRANSLATORS: A step the user can take now. Placeholders are links, phone numbers or
    # official form names.
    N_("action.contact_helpdesk"),
    # TRANSLATORS: A fact the check still needs, written as a short question to the user.
    N_("question.partner"),
    # TRANSLATORS: A fact the check still needs, written as a short question to the user.
    N_("question.partner.relationship"),
    # TRANSLATORS: A fact the check still needs: another adult (not a spouse or partner) lives at
    # the user's address with a minor child; that person may count as toeslagpartner. Written as
    # a short question/advice to the user.
    N_("question.partner.relationship.other_adult"),
    # TRANSLATORS: A fact the check still needs, written as a short question to the user.
    N_("question.partner.since"),
    # TRANSLATORS: A fact the check still needs, written as a short question to the user.
    N_("question.partner.lives"),
    # TRANSLATORS: A fact the check still needs, written as a short question to the user.
    N_("question.partner.has_bsn"),
    # TRANSLATORS: A fact the check still needs, written as a short question to the user.
    N_("question.partner.known_to_toeslagen"),
    # TRANSLATORS: A fact the check still needs, written as a short question to the user.
    N_("question.partner.lawful_residence"),
    # TRANSLATORS: A fact the check still needs, written as a short question to the user.
    N_("question.partner.joint_child"),
    # TRANSLATORS: A fact the check still needs, written as a short question to the user.
    N_("question.partner.divorce_requested"),
    # TRANSLATORS: A fact the check still needs, written as a short question to the user.
    N_("question.partner.divorce_request_reported"),
    # TRANSLATORS: A fact the check still needs, written as a short question to the user.
    N_("question.partner.detention_sentence_months"),
    # TRANSLATORS: A fact the check still needs, written as a short question to the user.
    N_("question.partner.wlz_indication"),
    # TRANSLATORS: A fact the check still needs: the partner lives in a care home; did the
    # couple write to the Benefits Office that they no longer want to be toeslagpartners.
    N_("question.partner.care_home_not_partners"),
    # TRANSLATORS: A fact the check still needs, written as a short question to the user.
    N_("question.partner.activity"),
    # TRANSLATORS: A fact the check still needs: in which month the partner stopped working
    # (or studying). Short question.
    N_("question.partner.activity_stopped"),
    # TRANSLATORS: A fact the check still needs, written as a short question to the user.
    N_("question.children"),
    # TRANSLATORS: A fact the check still needs, written as a short question to the user.
    N_("question.applicant.activity"),
    # TRANSLATORS: A fact the check still needs, written as a short question to the user.
    N_("question.applicant.lawful_residence"),
    # TRANSLATORS: A fact the check still needs, written as a short question to the user.
    N_("question.benefits.kindgebonden_budget.receives"),
    # TRANSLATORS: A fact the check still needs, written as a short question to the user.
    N_("question.benefits.kindgebonden_budget.alo_kop"),
    # TRANSLATORS: A fact the check still needs, written as a short question to the user.
    N_("question.benefits.kindgebonden_budget.since"),
    # TRANSLATORS: A fact the check still needs, written as a short question to the user.
    N_("question.benefits.kinderopvangtoeslag.care_type"),
    # TRANSLATORS: A fact the check still needs, written as a short question to the user.
    N_("question.benefits.kinderopvangtoeslag.declared_hours_per_month"),
    # TRANSLATORS: A fact the check still needs, written as a short question to the user.
    N_("question.benefits.kinderopvangtoeslag.actual_hours_per_month"),
    # TRANSLATORS: A fact the check still needs, written as a short question to the user.
    N_("question.benefits.kinderopvangtoeslag.hourly_rate_eurocent"),
    # TRANSLATORS: A fact the check still needs, written as a short question to the user.
    N_("question.benefits.foreign_family_benefit.country"),
    # TRANSLATORS: A fact the check still needs, written as a short question to the user.
    N_("question.income.applicant_annual_eurocent"),
    # TRANSLATORS: A fact the check still needs, written as a short question to the user.
    N_("question.income.partner_annual_eurocent"),
    # TRANSLATORS: A rule of the law in plain words. The article and link are shown after it,
    # separately.
    N_("rule.awir_art3_lid1_echtgenoot"),
    # TRANSLATORS: A rule of the law in plain words. The article and link are shown after it,
    # separately.
    N_("rule.awr_art5a_scheidingsverzoek"),
    # TRANSLATORS: A rule of the law in plain words. The article and link are shown after it,
    # separately.
    N_("rule.awir_art3_lid1_notarieel_samenlevingscontract"),
    # TRANSLATORS: A rule of the law in plain words. The article and link are shown after it,
    # separately.
    N_("rule.awir_art3_lid2_a_gezamenlijk_kind"),
    # TRANSLATORS: A rule of the law in plain words. The article and link are shown after it,
    # separately.
    N_("rule.awir_art3_lid2_e_minderjarig_kind_op_adres"),
    # TRANSLATORS: A rule of the law in plain words. The article and link are shown after it,
    # separately.
    N_("rule.awir_art3_lid6_zorginstelling"),
    # TRANSLATORS: A rule of the law in plain words. The article and link are shown after it,
    # separately.
    N_("rule.awir_art3_zorginstelling_keuze"),
    # TRANSLATORS: A rule of the law in plain words. The article and link are shown after it,
    # separately.
    N_("rule.awir_art3_geen_partner"),
    # TRANSLATORS: A rule of the law in plain words. The article and link are shown after it,
    # separately.
    N_("rule.awir_art5_partner_vanaf_maand_na_gebeurtenis"),
    # TRANSLATORS: A rule of the law in plain words. The article and link are shown after it,
    # separately.
    N_("rule.awir_art3_lid3_partner_vanaf_samenwonen_tot_2021"),
    # TRANSLATORS: A rule of the law in plain words. The article and link are shown after it,
    # separately.
    N_("rule.uitvoeringsbesluit_awir_art1b_partner_zonder_bsn"),
    # TRANSLATORS: A rule of the law in plain words. The article and link are shown after it,
    # separately.
    N_("rule.wkb_art2_alleenstaande_ouderkop"),
    # TRANSLATORS: A rule of the law in plain words. The article and link are shown after it,
    # separately.
    N_("rule.wkb_art2_alleenstaande_ouderkop_bedrag"),
    # TRANSLATORS: A rule of the law in plain words. The article and link are shown after it,
    # separately.
    N_("rule.awir_terugvordering_alo_kop"),
    # TRANSLATORS: A rule of the law in plain words. The article and link are shown after it,
    # separately.
    N_("rule.wko_kot_uren"),
    # TRANSLATORS: A rule of the law in plain words. The article and link are shown after it,
    # separately.
    N_("rule.wko_arbeidseis"),
    # TRANSLATORS: A rule of the law in plain words. The article and link are shown after it,
    # separately.
    N_("rule.wko_arbeidseis_partner_gedetineerd"),
    # TRANSLATORS: A rule of the law in plain words. The article and link are shown after it,
    # separately.
    N_("rule.wko_arbeidseis_partner_wlz"),
    # TRANSLATORS: A rule of the law in plain words. The article and link are shown after it,
    # separately.
    N_("rule.wko_art1_6_lid5_uitloop"),
    # TRANSLATORS: A rule of the law in plain words. The article and link are shown after it,
    # separately.
    N_("rule.awir_art9_lid2_koppelingsbeginsel"),
    # TRANSLATORS: A rule of the law in plain words. The article and link are shown after it,
    # separately.
    N_("rule.awir_art9_kgb_uitzondering_partner_zonder_verblijf"),
    # TRANSLATORS: A rule of the law in plain words. The article and link are shown after it,
    # separately.
    N_("rule.awir_art9_lid1_aanvrager_zonder_verblijf"),
    # TRANSLATORS: A rule of the law in plain words. The article and link are shown after it,
    # separately.
    N_("rule.vo_883_2004_art68_voorrangsregels"),
    # TRANSLATORS: What the check decided about the toeslagpartner.
    N_("toeslagpartner.partner"),
    # TRANSLATORS: What the check decided about the toeslagpartner.
    N_("toeslagpartner.no_partner"),
    # TRANSLATORS: What the check decided about the toeslagpartner.
    N_("toeslagpartner.needs_answer"),
)

# Messages with a count: (key, count placeholder). Arabic has six forms, Polish three.
PLURAL_MESSAGES: tuple[str, ...] = (
    # TRANSLATORS: Result headline; {count} is the number of risks found.
    ngettext("result.headline", "result.headline.plural", 2),
    # TRANSLATORS: Amount to pay back so far. {amount} money, {months} number of months,
    # {from_month} month and year it started.
    ngettext("repayment.so_far", "repayment.so_far.plural", 2),
    # TRANSLATORS: Like repayment.so_far, but the amount is a maximum (income unknown).
    ngettext("repayment.so_far.upper_bound", "repayment.so_far.upper_bound.plural", 2),
    # TRANSLATORS: Amount so far, start month unknown. {amount}, {months}.
    ngettext("repayment.so_far.no_start", "repayment.so_far.no_start.plural", 2),
    # TRANSLATORS: Amount so far as a maximum, start month unknown. {amount}, {months}.
    ngettext(
        "repayment.so_far.no_start.upper_bound", "repayment.so_far.no_start.upper_bound.plural", 2
    ),
)

# Answer options: the context is the question (slot) they answer, because one word ("other",
# "none") needs a different form or gender per question in Polish, Arabic and Tigrinya.
OPTION_MESSAGES: tuple[str, ...] = (
    # TRANSLATORS: Answer: came to work.
    pgettext("situation", "option.labour_migrant"),
    # TRANSLATORS: Answer: refugee / status holder.
    pgettext("situation", "option.refugee"),
    # TRANSLATORS: Answer: another situation.
    pgettext("situation", "option.other"),
    # TRANSLATORS: Answer: registered as resident.
    pgettext("brp_registration", "option.resident"),
    # TRANSLATORS: Answer: registered as non-resident (RNI).
    pgettext("brp_registration", "option.non_resident"),
    # TRANSLATORS: Answer: not registered.
    pgettext("brp_registration", "option.none"),
    # TRANSLATORS: Answer: married.
    pgettext("relationship", "option.married"),
    # TRANSLATORS: Answer: registered partnership.
    pgettext("relationship", "option.registered_partnership"),
    # TRANSLATORS: Answer: cohabitation contract signed at a notary.
    pgettext("relationship", "option.notarial_cohabitation"),
    # TRANSLATORS: Answer: living together without a contract.
    pgettext("relationship", "option.cohabiting"),
    # TRANSLATORS: Answer: another kind of relationship.
    pgettext("relationship", "option.other"),
    # TRANSLATORS: Answer: lives with me.
    pgettext("partner_lives", "option.same_address"),
    # TRANSLATORS: Answer: other address in NL.
    pgettext("partner_lives", "option.other_address_nl"),
    # TRANSLATORS: Answer: in another country.
    pgettext("partner_lives", "option.abroad"),
    # TRANSLATORS: Answer: in prison.
    pgettext("partner_lives", "option.detention"),
    # TRANSLATORS: Answer: in a care home.
    pgettext("partner_lives", "option.care_home"),
    # TRANSLATORS: Answer: day care.
    pgettext("care_type", "option.dagopvang"),
    # TRANSLATORS: Answer: out-of-school care.
    pgettext("care_type", "option.bso"),
    # TRANSLATORS: Answer: childminder.
    pgettext("care_type", "option.gastouderopvang"),
    # TRANSLATORS: Answer: works.
    pgettext("activity", "option.works"),
    # TRANSLATORS: Answer: studies.
    pgettext("activity", "option.studies"),
    # TRANSLATORS: Answer: a back-to-work programme.
    pgettext("activity", "option.reintegration"),
    # TRANSLATORS: Answer: civic integration course.
    pgettext("activity", "option.inburgering"),
    # TRANSLATORS: Answer: none of these.
    pgettext("activity", "option.none"),
)

# A female partner, where the language says so: Polish, Arabic and Tigrinya verbs and nouns agree
# with the partner's gender, and the plain message is written for a male or unknown partner.
# "Your husband or wife" becomes "your wife" (or, below, "your husband") in every language.
# Chosen when the user named the partner so (catalog.py ``for_partner``; docs/i18n.md).
FEMALE_PARTNER_MESSAGES: tuple[str, ...] = (
    # TRANSLATORS: As the message without context, for a female partner (a wife, a girlfriend).
    pgettext("partner.female", "utter_ask_partner_lives"),
    pgettext("partner.female", "utter_ask_partner_country"),
    pgettext("partner.female", "utter_ask_partner_has_bsn"),
    pgettext("partner.female", "utter_ask_partner_lawful_residence"),
    pgettext("partner.female", "utter_ask_partner_arrived"),
    pgettext("partner.female", "utter_ask_expected_arrival"),
    pgettext("partner.female", "utter_ask_partner_activity"),
    pgettext("partner.female", "utter_ask_partner_activity_stopped"),
    pgettext("partner.female", "utter_ask_partner_income"),
    pgettext("partner.female", "utter_ask_partner_wlz_indication"),
    pgettext("partner.female", "utter_ask_detention_sentence_months"),
    pgettext("partner.female", "utter_ask_partner_known_to_toeslagen"),
    pgettext("partner.female", "utter_ask_relationship"),
    pgettext("partner.female", "utter_ask_joint_child"),
    pgettext("partner.female", "risk.alo_kop_unregistered_partner.spouse_abroad"),
    pgettext("partner.female", "risk.alo_kop_unregistered_partner.awaiting_reunification"),
    pgettext("partner.female", "risk.alo_kop_unregistered_partner.marriage_not_registered"),
    pgettext("partner.female", "risk.alo_kop_retroactive.partner_arrived"),
    pgettext("partner.female", "risk.alo_kop_not_entitled.spouse_address_unknown"),
    pgettext("partner.female", "risk.alo_kop_not_entitled.spouse_elsewhere_nl"),
    pgettext("partner.female", "risk.kot_labour_requirement.partner_not_working"),
    pgettext("partner.female", "action.report_partner_arrival"),
    pgettext("partner.female", "action.report_partner_arrival.expected"),
    pgettext("partner.female", "first.report_partner_arrival"),
)

# A male partner: only where the plain message says "your husband or wife".
MALE_PARTNER_MESSAGES: tuple[str, ...] = (
    # TRANSLATORS: As the message without context, for a male partner (a husband).
    pgettext("partner.male", "risk.alo_kop_unregistered_partner.spouse_abroad"),
    pgettext("partner.male", "risk.alo_kop_unregistered_partner.awaiting_reunification"),
    pgettext("partner.male", "risk.alo_kop_unregistered_partner.marriage_not_registered"),
    pgettext("partner.male", "risk.alo_kop_not_entitled.spouse_address_unknown"),
    pgettext("partner.male", "risk.alo_kop_not_entitled.spouse_elsewhere_nl"),
)
