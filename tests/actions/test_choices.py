"""Typed answers to button questions: the button's title, a synonym, or the option's number
give the same value as pressing the button; ambiguous or negated text is not an answer."""

from __future__ import annotations

import json

import pytest

from actions.answers import read_answer
from actions.parse.choices import normalise
from bot.i18n.buttons import QUESTION_OPTIONS
from bot.i18n.catalog import catalog
from bot.i18n.languages import SUPPORTED
from bot.questions import DONT_KNOW, FORM_SLOTS

NOW = "2026-11"
ENUM_SLOTS = tuple(slot for slot, kind in FORM_SLOTS.items() if kind.kind == "enum")


def typed(slot, text, language, intent="inform"):
    return read_answer(slot, text, [], intent, NOW, language)


def _button_value(payload):
    """The value a button payload sets: ``/inform{"situation":"refugee"}`` -> "refugee"."""
    return next(iter(json.loads("{" + payload.partition("{")[2]).values()))


def _titles():
    """(slot, value, language of the title, title) for every option the user can be shown."""
    for slot in ENUM_SLOTS:
        for option in QUESTION_OPTIONS[slot]:
            if option.context is None:
                continue
            value = _button_value(option.payload)
            for language in SUPPORTED:
                yield slot, value, language, catalog(language).option(option.context, option.key)


def test_every_enum_slot_is_covered():
    assert set(ENUM_SLOTS) == {
        "situation",
        "brp_registration",
        "relationship",
        "partner_lives",
        "kot_care_type",
        "applicant_activity",
        "partner_activity",
    }


@pytest.mark.parametrize(("slot", "value", "title_language", "title"), list(_titles()))
def test_a_typed_button_title_is_the_button_in_any_conversation_language(
    slot, value, title_language, title
):
    for language in SUPPORTED:
        assert typed(slot, title, language) == value, (language, title)
    assert typed(slot, title.upper(), title_language) == value


# One natural word per slot and language that is not the button's exact title.
SYNONYMS = [
    ("situation", "nl", "vluchteling", "refugee"),
    ("situation", "pl", "uchodźca", "refugee"),
    ("situation", "ar", "لاجئ", "refugee"),
    ("situation", "ti", "ስደተኛ", "refugee"),
    ("situation", "en", "refugee", "refugee"),
    ("situation", "nl", "arbeidsmigrant", "labour_migrant"),
    ("situation", "pl", "do pracy", "labour_migrant"),
    ("situation", "en", "migrant worker", "labour_migrant"),
    ("brp_registration", "nl", "niet-ingezetene", "non_resident"),
    ("brp_registration", "pl", "nie jestem zameldowany", "none"),
    ("brp_registration", "ar", "غير مقيم", "non_resident"),
    ("brp_registration", "ti", "ተመዝጊበ", "resident"),
    ("brp_registration", "en", "not registered", "none"),
    ("relationship", "nl", "getrouwd", "married"),
    ("relationship", "pl", "żona", "married"),
    ("relationship", "ar", "زوجتي", "married"),
    ("relationship", "ti", "ሰበይተይ", "married"),
    ("relationship", "en", "living together", "cohabiting"),
    ("relationship", "nl", "samenlevingscontract", "notarial_cohabitation"),
    ("partner_lives", "nl", "in het buitenland", "abroad"),
    ("partner_lives", "pl", "za granicą", "abroad"),
    ("partner_lives", "ar", "في الخارج", "abroad"),
    ("partner_lives", "ti", "ኣብ ወጻኢ", "abroad"),
    ("partner_lives", "en", "abroad", "abroad"),
    ("partner_lives", "en", "in jail", "detention"),
    ("partner_lives", "pl", "w więzieniu", "detention"),
    ("partner_lives", "nl", "bij mij", "same_address"),
    ("kot_care_type", "nl", "bso", "bso"),
    ("kot_care_type", "pl", "żłobek", "dagopvang"),
    ("kot_care_type", "ar", "حضانة", "dagopvang"),
    ("kot_care_type", "ti", "ድሕሪ ትምህርቲ", "bso"),
    ("kot_care_type", "en", "childminder", "gastouderopvang"),
    ("applicant_activity", "nl", "ik werk", "works"),
    ("applicant_activity", "pl", "studiuję", "studies"),
    ("applicant_activity", "ar", "أعمل", "works"),
    ("applicant_activity", "ti", "እሰርሕ", "works"),
    ("applicant_activity", "en", "integration course", "inburgering"),
    ("partner_activity", "nl", "inburgeren", "inburgering"),
    ("partner_activity", "pl", "pracuje", "works"),
    ("partner_activity", "ar", "طالبة", "studies"),
    ("partner_activity", "ti", "ይሰርሕ", "works"),
    ("partner_activity", "en", "back to work", "reintegration"),
]


@pytest.mark.parametrize(("slot", "language", "text", "value"), SYNONYMS)
def test_a_natural_word_for_an_option(slot, language, text, value):
    assert typed(slot, text, language) == value


def test_every_enum_slot_has_a_synonym_case_in_every_language():
    covered = {(slot, language) for slot, language, _, _ in SYNONYMS}
    assert covered == {(slot, language) for slot in ENUM_SLOTS for language in SUPPORTED}


@pytest.mark.parametrize("slot", ENUM_SLOTS)
@pytest.mark.parametrize(("digit_two", "language"), [("2", "nl"), ("٢", "ar"), ("፪", "ti")])
def test_the_option_number_is_the_button_at_that_place(slot, digit_two, language):
    """WhatsApp shows "1. ... 2. ..."; the gateway passes "2" on unchanged (tests/channels)."""
    second = _button_value(QUESTION_OPTIONS[slot][1].payload)
    assert typed(slot, digit_two, language) == second
    assert typed(slot, f" {digit_two}.", language, intent="greet") == second


@pytest.mark.parametrize("slot", ENUM_SLOTS)
def test_the_last_number_is_dont_know_and_beyond_it_nothing(slot):
    options = QUESTION_OPTIONS[slot]
    assert typed(slot, str(len(options)), "en") == DONT_KNOW
    assert typed(slot, str(len(options) + 1), "en") is None
    assert typed(slot, "0", "en") is None


def test_yes_no_questions_take_the_option_number_too():
    assert typed("has_partner", "1", "pl") is True
    assert typed("has_partner", "2", "pl") is False
    assert typed("has_partner", "3", "pl") == DONT_KNOW


def test_a_number_answer_to_a_typed_question_stays_a_number():
    assert typed("children_count", "1", "en") == 1  # the option list shows only "1. I don't know"


# Per slot and language: text that names two options, negates one, or only contains a weak word.
NOT_ANSWERS = [
    ("situation", "nl", "vluchteling of arbeidsmigrant"),
    ("situation", "pl", "nie jestem uchodźcą"),
    ("situation", "ar", "لست لاجئا"),
    ("situation", "ti", "ስደተኛ ወይ ንስራሕ"),
    ("situation", "en", "not a refugee"),
    ("brp_registration", "nl", "ja"),
    ("brp_registration", "pl", "tak"),
    ("brp_registration", "ar", "نعم"),
    ("brp_registration", "ti", "እወ"),
    ("brp_registration", "en", "I have no registration idea"),
    ("relationship", "nl", "niet getrouwd"),
    ("relationship", "pl", "żona albo konkubinat"),
    ("relationship", "ar", "غير متزوج"),
    ("relationship", "ti", "መርዓ ወይ ብዘይ ውዕል"),
    ("relationship", "en", "married or living together"),
    ("partner_lives", "nl", "in nederland"),
    ("partner_lives", "pl", "nie za granicą"),
    ("partner_lives", "ar", "معي أو في الخارج"),
    ("partner_lives", "ti", "ምሳይ ወይ ኣብ ወጻኢ"),
    ("partner_lives", "en", "not abroad"),
    ("kot_care_type", "nl", "dagopvang en bso"),
    ("kot_care_type", "pl", "żłobek i świetlica"),
    ("kot_care_type", "ar", "حضانة ومربية"),
    ("kot_care_type", "ti", "መዓልታዊ ክንክን ወይ ድሕሪ ትምህርቲ"),
    ("kot_care_type", "en", "opvang"),
    ("applicant_activity", "nl", "geen werk"),
    ("applicant_activity", "pl", "nie pracuję"),
    ("applicant_activity", "ar", "لا أعمل"),
    ("applicant_activity", "ti", "ስራሕ ወይ ትምህርቲ"),
    ("applicant_activity", "en", "not working"),
    ("partner_activity", "nl", "werken en studeren"),
    ("partner_activity", "pl", "praca i nauka"),
    ("partner_activity", "ar", "العمل والدراسة"),
    ("partner_activity", "ti", "ትምህርቲ ወይ ስራሕ"),
    ("partner_activity", "en", "studying and working"),
]


@pytest.mark.parametrize(("slot", "language", "text"), NOT_ANSWERS)
def test_ambiguous_or_negated_text_is_not_an_answer(slot, language, text):
    assert typed(slot, text, language) is None


def test_every_enum_slot_has_a_non_answer_case_in_every_language():
    covered = {(slot, language) for slot, language, _ in NOT_ANSWERS}
    assert covered == {(slot, language) for slot in ENUM_SLOTS for language in SUPPORTED}


def test_dont_know_wins_over_a_weak_option_word():
    assert typed("brp_registration", "nie wiem", "pl") == DONT_KNOW
    assert typed("brp_registration", "لا أعرف", "ar") == DONT_KNOW


def test_a_long_sentence_is_not_a_typed_option():
    sentence = "my wife is a refugee and she lives with her mother in a village near Asmara"
    assert typed("situation", sentence, "en") is None


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("  Uchodźcą  ", "uchodzca"),
        ("ZA GRANICĄ", "za granica"),
        ("Re-integratie", "re integratie"),
        ("أنا لاجئة", "انا لاجيه"),
        ("إلى", "الي"),
        ("ٍمتزوجة", "متزوجه"),
        ("ምሳይ፡ ኣብ ሓደ ኣድራሻ", "ምሳይ ኣብ ሓደ ኣድራሻ"),
        ("Buitenschoolse opvang (bso)", "buitenschoolse opvang bso"),
    ],
)
def test_normalisation(raw, clean):
    assert normalise(raw) == clean


def test_arabic_spelling_variants_match():
    assert typed("situation", "لاجىء", "ar") == "refugee"
    assert typed("relationship", "متزوجه", "ar") == "married"


def test_an_nlu_entity_it_could_not_map_does_not_hide_the_typed_word():
    unmapped = [{"entity": "relationship", "value": "zonaty"}]
    assert read_answer("relationship", "żonaty", unmapped, "inform", NOW, "pl") == "married"
    pressed = '/inform{"relationship":"zonaty"}'
    assert read_answer("relationship", pressed, unmapped, "inform", NOW, "pl") is None


def test_a_relationship_entity_from_nlu_still_counts():
    entities = [{"entity": "relationship", "value": "married"}]
    assert (
        read_answer("relationship", "we zijn getrouwd", entities, "inform", NOW, "nl") == "married"
    )


def test_no_idea_is_i_dont_know_not_the_no_option():
    assert typed("brp_registration", "I have no idea", "en") == "dont_know"
