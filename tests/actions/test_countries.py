"""Origin countries typed in the five languages, as users write them (declined, with glued
Arabic prefixes, in Ge'ez script), and ISO codes coming from NLU entities."""

import pytest

from actions.parse.countries import parse_country

CASES = {
    "LB": ["Lebanon", "in Libanon", "z Libanu", "w Libanie", "لبنان", "بلبنان", "ኣብ ሊባኖስ"],
    "JO": ["Jordan", "Jordanië", "w Jordanii", "الأردن", "بالأردن", "الاردن", "ኣብ ዮርዳኖስ"],
    "SY": ["Syria", "in Syrië", "w Syrii", "z Syrii", "بسوريا", "ካብ ሶርያ"],
    "ER": ["Eritrea", "z Erytrei", "اريتريا", "ኣብ ኤርትራ", "ንኤርትራ"],
    "ET": ["Ethiopia", "Ethiopië", "w Etiopii", "إثيوبيا", "ኢትዮጵያ"],
    "SD": ["Sudan", "Soedan", "w Sudanie", "بالسودان", "ሱዳን"],
    "SS": ["South Sudan", "Zuid-Soedan", "جنوب السودان", "ደቡብ ሱዳን"],
    "SO": ["Somalia", "Somalië", "w Somalii", "الصومال", "ሶማልያ"],
    "AF": ["Afghanistan", "z Afganistanu", "افغانستان", "ኣፍጋኒስታን"],
    "IQ": ["Iraq", "Irak", "z Iraku", "بالعراق", "ዒራቕ"],
    "IR": ["Iran", "w Iranie", "z Iranu", "ايران", "ኢራን"],
    "TR": ["Turkey", "Turkije", "w Turcji", "بتركيا", "ቱርኪ"],
    "YE": ["Yemen", "Jemen", "اليمن", "የመን"],
    "PS": ["Palestine", "Palestina", "z Palestyny", "فلسطين", "ፍልስጤም"],
    "UA": ["Ukraine", "Oekraïne", "z Ukrainy", "أوكرانيا", "ዩክሬን"],
    "PL": ["Poland", "w Polsce", "بولندا", "ፖላንድ"],
    "RO": ["Romania", "Roemenië", "z Rumunii", "رومانيا", "ሩማንያ"],
    "BG": ["Bulgaria", "Bulgarije", "z Bułgarii", "بلغاريا", "ቡልጋርያ"],
    "LT": ["Lithuania", "Litouwen", "z Litwy", "na Litwie", "ليتوانيا", "ሊትዌንያ"],
    "LV": ["Latvia", "Letland", "z Łotwy", "na Lotwie", "لاتفيا", "ላትቭያ"],
    "HU": ["Hungary", "Hongarije", "z Węgier", "na Wegrzech", "المجر", "ሃንጋሪ"],
    "SK": ["Slovakia", "Slowakije", "ze Słowacji", "سلوفاكيا", "ስሎቫክያ"],
    "CZ": ["Czechia", "Czech Republic", "Tsjechië", "w Czechach", "التشيك", "ቸክያ"],
    "PT": ["Portugal", "z Portugalii", "البرتغال", "ፖርቱጋል"],
    "ES": ["Spain", "Spanje", "w Hiszpanii", "اسبانيا", "ስጳኛ"],
    "IT": ["Italy", "Italië", "we Włoszech", "ايطاليا", "ኢጣልያ"],
    "GR": ["Greece", "Griekenland", "w Grecji", "اليونان", "ግሪኽ"],
    "DE": ["Germany", "Duitsland", "w Niemczech", "بألمانيا", "ጀርመን"],
    "BE": ["Belgium", "België", "w Belgii", "بلجيكا", "ቤልጅየም"],
    "SA": ["Saudi Arabia", "Saoedi-Arabië", "w Arabii Saudyjskiej", "السعودية", "ስዑዲ ዓረብ"],
}


@pytest.mark.parametrize(
    ("text", "expected"),
    [(text, code) for code, texts in CASES.items() for text in texts],
)
def test_country_names(text, expected):
    assert parse_country(text) == expected


@pytest.mark.parametrize("code", sorted(CASES))
def test_iso_code_from_an_entity_is_kept(code):
    assert parse_country(code) == code


@pytest.mark.parametrize(
    "text",
    ["ቼክ ግበረለይ", "i want to check", "ብእንግሊዝኛ በጃኻ", "my husband", "المبلغ", "ماشي"],
)
def test_no_country_in_ordinary_words(text):
    assert parse_country(text) is None
