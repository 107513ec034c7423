"""Words users type for a button option, beyond the button's own title (``choices.py`` reads
the titles from the catalogs). Keyed like the titles: option context, slot value, language.

Only words that name one option and nothing else; matched as whole words after normalisation
(case, Latin diacritics, Arabic letter variants), so "uchodzca" also matches "uchodźca".
"""

from __future__ import annotations

Words = dict[str, tuple[str, ...]]

SYNONYMS: dict[str, dict[str, Words]] = {
    "situation": {
        "labour_migrant": {
            "nl": ("arbeidsmigrant", "voor werk", "ik werk hier", "om te werken"),
            "pl": ("do pracy", "za pracą", "migrant zarobkowy", "pracownik", "pracuję tu"),
            "ar": ("للعمل", "عامل", "عامل مهاجر", "مهاجر للعمل"),
            "ti": ("ንስራሕ", "ሰራሕተኛ", "ንስራሕ መጺአ"),
            "en": ("labour migrant", "labor migrant", "migrant worker", "for work", "worker"),
        },
        "refugee": {
            "nl": ("vluchteling", "statushouder", "gevlucht", "asielstatus"),
            "pl": ("uchodźca", "uchodźczyni", "uchodźcą", "status uchodźcy"),
            "ar": ("لاجئ", "لاجئة", "لاجئين", "لجوء", "اللجوء"),
            "ti": ("ስደተኛ", "ስደተኛታት", "ዑቕባ"),
            "en": ("refugee", "status holder", "asylum status"),
        },
        "other": {
            "nl": ("anders", "iets anders", "overig"),
            "pl": ("inna", "inne", "coś innego", "inna sytuacja"),
            "ar": ("اخر", "آخر", "أخرى", "غير ذلك", "شيء آخر"),
            "ti": ("ካልእ",),
            "en": ("other", "something else", "another reason"),
        },
    },
    "brp_registration": {
        "resident": {
            "nl": ("ingeschreven", "ingezetene", "ik sta ingeschreven"),
            "pl": ("zameldowany", "zameldowana", "rezydent"),
            "ar": ("مقيم", "مسجل", "مسجلة"),
            "ti": ("ነባሪ", "ተመዝጊበ"),
            "en": ("registered", "resident"),
        },
        "non_resident": {
            "nl": ("niet-ingezetene", "niet ingezetene"),
            "pl": ("nierezydent", "nie rezydent"),
            "ar": ("غير مقيم",),
            "ti": ("ዘይነባሪ",),
            "en": ("non-resident", "not resident", "nonresident"),
        },
        "none": {
            "nl": ("nee", "niet ingeschreven", "ik sta niet ingeschreven"),
            "pl": (
                "nie",
                "niezameldowany",
                "niezameldowana",
                "nie zameldowany",
                "nie zameldowana",
                "nie jestem zameldowany",
                "nie jestem zameldowana",
            ),
            "ar": ("لا", "غير مسجل", "غير مسجلة", "لست مسجلا"),
            "ti": ("ኣይፋል", "ኣይተመዝገብኩን"),
            "en": ("no", "not registered", "i am not registered"),
        },
    },
    "relationship": {
        "married": {
            "nl": ("getrouwd", "gehuwd", "echtgenoot", "echtgenote", "huwelijk"),
            "pl": ("małżeństwo", "żonaty", "zamężna", "mąż", "żona", "ślub"),
            "ar": ("متزوج", "متزوجة", "متزوجين", "زوج", "زوجة", "زوجي", "زوجتي", "زواج"),
            "ti": ("መርዓ", "ምርዑው", "ምርዕውቲ", "ሰበይተይ", "ሰብኣየይ"),
            "en": ("married", "husband", "wife", "spouse", "marriage"),
        },
        "registered_partnership": {
            "nl": ("geregistreerd partnerschap", "geregistreerd partner", "partnerregistratie"),
            "pl": ("związek partnerski", "zarejestrowany związek", "zarejestrowany partner"),
            "ar": ("شراكة مسجلة", "شريك مسجل", "شريكة مسجلة"),
            "ti": ("ዝተመዝገበ ሽርክነት", "ዝተመዝገበ መሻርኽቲ"),
            "en": ("registered partnership", "registered partner", "civil partnership"),
        },
        "notarial_cohabitation": {
            "nl": ("samenlevingscontract", "notaris"),
            "pl": ("notariusz", "notariusza", "umowa notarialna"),
            "ar": ("كاتب العدل", "عقد مساكنة", "عقد عند كاتب العدل"),
            "ti": ("ኖታሪ", "ውዕል ሓቢርካ ምንባር"),
            "en": ("cohabitation contract", "notary", "notarial contract"),
        },
        "cohabiting": {
            "nl": ("samenwonend", "samenwonen", "we wonen samen", "zonder contract"),
            "pl": ("mieszkamy razem", "bez umowy", "konkubinat"),
            "ar": ("نعيش معا", "بدون عقد", "نسكن معا"),
            "ti": ("ብዘይ ውዕል", "ሓቢርና ንነብር"),
            "en": ("living together", "cohabiting", "no contract"),
        },
        "other": {
            "nl": ("anders", "iets anders"),
            "pl": ("inny", "inne", "coś innego"),
            "ar": ("علاقة أخرى", "غير ذلك", "شيء آخر"),
            "ti": ("ካልእ",),
            "en": ("other", "something else"),
        },
    },
    "partner_lives": {
        "same_address": {
            "nl": ("bij mij", "zelfde adres", "hetzelfde adres", "bij ons", "samen"),
            "pl": ("ze mną", "z nami", "razem", "ten sam adres", "tym samym adresem"),
            "ar": ("معي", "معنا", "نفس العنوان", "العنوان نفسه"),
            "ti": ("ምሳይ", "ምሳና", "ሓደ ኣድራሻ"),
            "en": ("with me", "with us", "same address", "together"),
        },
        "other_address_nl": {
            "nl": ("ander adres", "ergens anders in nederland", "elders in nederland"),
            "pl": ("inny adres", "innym adresem", "gdzie indziej w holandii"),
            "ar": ("عنوان آخر", "مكان آخر في هولندا"),
            "ti": ("ካልእ ኣድራሻ",),
            "en": ("another address", "other address", "elsewhere in the netherlands"),
        },
        "abroad": {
            "nl": ("buitenland", "in het buitenland", "ander land", "niet in nederland"),
            "pl": ("za granicą", "zagranicą", "za granica", "inny kraj", "innym kraju"),
            "ar": ("في الخارج", "الخارج", "خارج هولندا", "بلد آخر", "دولة أخرى"),
            "ti": ("ወጻኢ", "ኣብ ወጻኢ", "ካልእ ሃገር"),
            "en": ("abroad", "another country", "other country", "outside the netherlands"),
        },
        "detention": {
            "nl": ("gevangenis", "detentie", "gedetineerd", "in de cel"),
            "pl": ("więzienie", "więzieniu", "areszt", "areszcie"),
            "ar": ("السجن", "سجن", "مسجون", "معتقل"),
            "ti": ("ቤት ማእሰርቲ", "ማእሰርቲ", "ተኣሲሩ", "ተኣሲራ"),
            "en": ("prison", "jail", "detention", "in custody"),
        },
        "care_home": {
            "nl": ("zorginstelling", "verpleeghuis", "verzorgingshuis"),
            "pl": ("dom opieki", "domu opieki", "zakład opiekuńczy"),
            "ar": ("دار رعاية", "دار الرعاية", "دار مسنين", "دار المسنين"),
            "ti": ("ቤት ክንክን",),
            "en": ("care home", "nursing home", "care institution"),
        },
    },
    "care_type": {
        "dagopvang": {
            "nl": ("dagopvang", "kinderdagverblijf", "kdv", "crèche"),
            "pl": ("żłobek", "żłobku", "przedszkole"),
            "ar": ("حضانة", "حضانة نهارية", "الحضانة"),
            "ti": ("መዓልታዊ ክንክን", "መውዓሊ ህጻናት"),
            "en": ("day care", "daycare", "nursery", "creche"),
        },
        "bso": {
            "nl": ("bso", "buitenschoolse opvang", "naschoolse opvang"),
            "pl": ("świetlica", "świetlicy", "po szkole", "opieka pozaszkolna"),
            "ar": ("بعد المدرسة", "رعاية بعد المدرسة"),
            "ti": ("ድሕሪ ትምህርቲ",),
            "en": ("out of school care", "after school care", "after school"),
        },
        "gastouderopvang": {
            "nl": ("gastouder", "gastouderopvang", "gastmoeder"),
            "pl": ("opiekunka", "opiekunka domowa", "opiekun domowy"),
            "ar": ("مربية", "مربية منزلية"),
            "ti": ("ኣብ ገዛ ዘዕቢ", "ሓጋዚት ቈልዑ"),
            "en": ("childminder", "child minder", "host parent"),
        },
    },
    "activity": {
        "works": {
            "nl": ("werk", "werken", "ik werk", "baan", "in loondienst"),
            "pl": ("praca", "pracuję", "pracuje", "pracownik", "mam pracę"),
            "ar": ("عمل", "العمل", "اعمل", "يعمل", "تعمل", "موظف", "موظفة"),
            "ti": ("ስራሕ", "እሰርሕ", "ይሰርሕ", "ትሰርሕ"),
            "en": ("work", "working", "job", "employed", "i work"),
        },
        "studies": {
            "nl": ("studeren", "studie", "student", "studeert", "ik studeer"),
            "pl": ("nauka", "studiuję", "studiuje", "student", "studentka", "uczę się"),
            "ar": ("الدراسة", "دراسة", "ادرس", "يدرس", "تدرس", "طالب", "طالبة"),
            "ti": ("ትምህርቲ", "ተምሃራይ", "ይመሃር", "ትመሃር", "እመሃር"),
            "en": ("study", "studying", "student", "studies"),
        },
        "reintegration": {
            "nl": ("re-integratie", "reintegratie", "re-integratietraject"),
            "pl": ("program powrotu do pracy", "reintegracja", "powrót do pracy"),
            "ar": ("العودة إلى العمل", "إعادة الإدماج", "اعادة التأهيل"),
            "ti": ("ናብ ስራሕ ምምላስ",),
            "en": ("reintegration", "re-integration", "back to work"),
        },
        "inburgering": {
            "nl": ("inburgering", "inburgeren", "inburgeringscursus"),
            "pl": ("kurs integracyjny", "integracja", "kurs integracji"),
            "ar": ("الاندماج", "اندماج", "دورة الاندماج", "دورة اندماج"),
            "ti": ("ምውህሃድ", "ትምህርቲ ምውህሃድ"),
            "en": ("integration course", "integration", "civic integration"),
        },
        "none": {
            "nl": ("geen", "niets", "niks", "geen van deze", "geen van allen"),
            "pl": ("nic", "żadne", "nic z tego", "nic z tych rzeczy"),
            "ar": ("لا شيء", "ولا شيء", "لا شيء من هذا", "لا شيء مما سبق"),
            "ti": ("የለን", "ሓደ'ውን የለን", "ዋላ ሓደ"),
            "en": ("none", "nothing", "none of these", "none of them"),
        },
    },
}

# A negation outside the option's own words turns the answer around ("not married", "nie
# pracuję", "geen werk", "غير متزوج", "ኣይ..."): such a text is not read as that option.
NEGATIONS: frozenset[str] = frozenset(
    {
        "not",
        "no",
        "never",
        "don",
        "doesn",
        "isn",
        "niet",
        "geen",
        "nee",
        "nooit",
        "nie",
        "nigdy",
        "ani",
        "لا",
        "ليس",
        "لست",
        "ليست",
        "مش",
        "غير",
        "ما",
        "ኣይፋል",
        "ኣይኮነን",
        "የለን",
    }
)

# Everyday words that name an option only when the message is (nearly) just that word: "no"
# answers the registration question, "I have no idea" does not; "anders" is "other", "iets
# anders gevraagd" is not. Around them only FILLERS may stand.
WEAK: frozenset[str] = frozenset(
    {
        "no",
        "nee",
        "nie",
        "لا",
        "ኣይፋል",
        "other",
        "anders",
        "inna",
        "inne",
        "inny",
        "اخر",
        "ካልእ",
        "none",
        "nothing",
        "geen",
        "niets",
        "niks",
        "nic",
        "żadne",
        "የለን",
        "together",
        "samen",
        "razem",
        "work",
        "werk",
        "عمل",
        "ስራሕ",
    }
)
FILLERS: frozenset[str] = frozenset(
    {
        # en
        "i",
        "m",
        "am",
        "a",
        "an",
        "the",
        "my",
        "we",
        "are",
        "is",
        "he",
        "she",
        "yes",
        "ok",
        "okay",
        "just",
        # nl
        "ik",
        "ben",
        "een",
        "de",
        "het",
        "mijn",
        "wij",
        "zijn",
        "hij",
        "zij",
        "ja",
        "oke",
        "gewoon",
        # pl
        "jestem",
        "jest",
        "jesteśmy",
        "to",
        "mój",
        "moja",
        "tak",
        # ar
        "انا",
        "نحن",
        "هو",
        "هي",
        "نعم",
        # ti
        "ኣነ",
        "እየ",
        "ኢና",
        "እዩ",
        "እያ",
        "እወ",
    }
)
