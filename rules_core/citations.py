"""Citations: the article a rule encodes and the public page that states it.

Source ids (S1, S45 ...) refer to ../shared/reference/toeslagen-facts.md, section 5.
BWB ids: Awir BWBR0018472, AWR BWBR0002320, Wkb BWBR0022751, Wet kinderopvang BWBR0017017.
"""

from __future__ import annotations

from rules_core.assessment import Citation

AWIR = "BWBR0018472"
AWR = "BWBR0002320"
WKB = "BWBR0022751"
WKO = "BWBR0017017"

BD = "https://www.belastingdienst.nl/wps/wcm/connect"

AWIR_ART3_LID1 = Citation(
    "Awir (met AWR art. 5a)",
    "3 lid 1",
    f"{BD}/nl/toeslagen/content/vanaf-welk-moment-zijn-wij-toeslagpartners",  # S89; text S45
    AWIR,
)
AWR_ART5A_SCHEIDINGSVERZOEK = Citation(
    "AWR",
    "5a",
    f"{BD}/bldcontentnl/belastingdienst/prive/toeslagen/hoe_werken_toeslagen/kan_ik_toeslag_krijgen/partner/wanneer_zijn_wij_geen_toeslagpartners_meer",  # S87
    AWR,
)
AWIR_ART3_LID2 = Citation(
    "Awir",
    "3 lid 2",
    "https://www.belastingdienst.nl/rekenhulpen/toeslagpartner/",  # S83; text S45
    AWIR,
)
AWIR_ART3_LID6 = Citation(
    "Awir",
    "3 lid 6",
    f"{BD}/bldcontentnl/belastingdienst/prive/toeslagen/hoe_werken_toeslagen/kan_ik_toeslag_krijgen/partner/mijn_partner_woont_in_een_verpleeghuis",  # S85
    AWIR,
)
AWIR_ART5 = Citation(
    "Awir",
    "5 (de 'knip', sinds 2021)",
    f"{BD}/nl/toeslagen/content/vanaf-welk-moment-zijn-wij-toeslagpartners",  # S89
    AWIR,
)
AWIR_ART3_LID3_OUD = Citation(
    "Awir (tekst tot en met 2020)",
    "3 lid 3",
    "https://belastingdienst.nl/wps/wcm/connect/nl/toeslagen/content/vanaf-wanneer-werd-u-toeslagpartners-tot-en-met-2020",  # S90
    AWIR,
)
UITVOERINGSBESLUIT_AWIR_ART1B = Citation(
    "Uitvoeringsbesluit Awir",
    "1b",
    f"{BD}/bldcontentnl/belastingdienst/prive/toeslagen/hoe_werken_toeslagen/in_het_buitenland_wonen_of_werken/ik_woon_in_het_buitenland/burgerservicenummer-als-u-buiten-nederland-woont",  # S1, S3
)
WKB_ART2_ALO_KOP = Citation(
    "Wkb",
    "2",
    "https://vng.nl/onderwerpenindex/asiel/asielbeleid-en-integratie/vraag-en-antwoord/kindgebonden-budget-wanneer-komen-statushouders-in-aanmerking-voor-het-kindgebonden-budget",  # S13, S32
    WKB,
)
AWIR_TERUGVORDERING = Citation(
    "Awir",
    "16 lid 5, 26",
    "http://www.belastingdienst.nl/wps/wcm/connect/bldcontentnl/belastingdienst/prive/toeslagen/informatie_over_toeslagen/hoe_werken_toeslagen/toeslag_terugbetalen/",  # S76
    AWIR,
)
WKO_KOT_UREN = Citation(
    "Wet kinderopvang / Besluit kinderopvangtoeslag",
    "maximum uurprijs en uren",
    f"{BD}/bldcontentnl/belastingdienst/prive/toeslagen/kinderopvangtoeslag/hoeveel-kinderopvangtoeslag-kan-ik-krijgen/maximaal-uurtarief-voor-de-kinderopvang",  # S53, S110
    WKO,
)
WKO_ARBEIDSEIS = Citation(
    "Wet kinderopvang",
    "arbeidseis (werk, studie, traject) van beide ouders",
    f"{BD}/bldcontentnl/belastingdienst/prive/toeslagen/kinderopvangtoeslag/kan-ik-kinderopvangtoeslag-krijgen-als-ik-niet-werk/langdurige-zorg-kinderopvangtoeslag",  # S95
    WKO,
)
WKO_DETENTIE = Citation(
    "Wet kinderopvang (Wet verbetering uitvoerbaarheid toeslagen, 2022)",
    "1.6 leden 10 en 11: partner met een vrijheidsstraf van langer dan drie maanden",
    "https://zoek.officielebekendmakingen.nl/kst-35574-13.html",  # amendment; S94, S75
    WKO,
)
WKO_WLZ = Citation(
    "Wet kinderopvang (Kamerstuk 35 598, 2021)",
    "uitzondering partner met Wlz-indicatie",
    f"{BD}/bldcontentnl/belastingdienst/prive/toeslagen/kinderopvangtoeslag/kan-ik-kinderopvangtoeslag-krijgen-als-ik-niet-werk/langdurige-zorg-kinderopvangtoeslag",  # S95
    WKO,
)
WKO_UITLOOP = Citation(
    "Wet kinderopvang",
    "1.6 lid 5 (uitloop van drie maanden)",
    "https://www.belastingdienst.nl/wps/wcm/connect/nl/kinderopvangtoeslag/content/ik-raak-werkloos",
    WKO,
)
AWIR_ART9_LID1 = Citation(
    "Awir",
    "9",
    f"{BD}/bldcontentnl/belastingdienst/prive/toeslagen/hoe_werken_toeslagen/kan_ik_toeslag_krijgen/nederlandse-nationaliteit-of-geldige-verblijfsvergunning",  # S101
    AWIR,
)
AWIR_ART9_LID2 = Citation(
    "Awir",
    "9 lid 2",
    f"{BD}/bldcontentnl/belastingdienst/prive/toeslagen/hoe_werken_toeslagen/kan_ik_toeslag_krijgen/nederlandse-nationaliteit-of-geldige-verblijfsvergunning",  # S101, S86
    AWIR,
)
VO_883_ART68 = Citation(
    "Verordening (EG) 883/2004",
    "68",
    "https://www.svb.nl/int/nl/kinderbijslag/kinderbijslag_voor_kind/kindgebonden_budget/soms_betaalt_de_svb_kgb/",  # S8, S9
)
