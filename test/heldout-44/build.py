#!/usr/bin/env python3
"""Build entities.json (registry copy, extended) and the h44-NN.gold.json files.

Run from this folder:  python3 build.py
The articles (h44-NN.txt) are hand-written; this script only writes gold and registry.
"""
import json, copy, os

HERE = os.path.dirname(os.path.abspath(__file__))
SRC_REGISTRY = "/work/shared/corpus/entities.json"

# ---------------------------------------------------------------- registry
def actor(id, name, kind, partOf, aliases, fictional=True, role=None, note=None, ctx=None):
    a = {"id": id, "name": name, "kind": kind, "partOf": partOf, "aliases": aliases}
    if ctx:
        a["contextualAliases"] = ctx
    if fictional:
        a["fictional"] = True
    if role:
        a["role"] = role
    if note:
        a["note"] = note
    return a

def place(id, name, kind, province, country, lat, lon, aliases, note=None):
    p = {"id": id, "name": name, "kind": kind, "province": province, "country": country,
         "lat": lat, "lon": lon, "aliases": aliases}
    if note:
        p["note"] = note
    return p

NEW_ACTORS = [
    actor("compass-wire", "Compass Wire", "news-agency", None, ["Compass Wire"],
          note="Fictional wire agency (heldout-44: h44-01)."),
    actor("atlas-news", "Atlas News", "news-agency", None, ["Atlas News"],
          note="Fictional broadcaster website (heldout-44: h44-02)."),
    actor("continental-herald", "The Continental Herald", "news-agency", None,
          ["The Continental Herald", "Continental Herald", "the Herald"], ctx=["the Herald"],
          note="Fictional international newspaper (heldout-44: h44-03)."),
    actor("relief-desk", "The Relief Desk", "news-agency", None, ["The Relief Desk", "Relief Desk"],
          note="Fictional humanitarian news outlet (heldout-44: h44-04)."),
    actor("marmara-times", "Marmara Times", "news-agency", None, ["Marmara Times"],
          note="Fictional Turkish daily (heldout-44: h44-05)."),
    actor("shamal-voice", "Shamal Voice", "news-agency", None, ["Shamal Voice"],
          note="Fictional Syrian opposition news site (heldout-44: h44-06)."),
    actor("barada", "Barada News Agency", "news-agency", "syrian-state-media",
          ["Barada News Agency", "Barada"],
          note="Fictional Syrian state news agency, English service (heldout-44: h44-07)."),
    actor("cedar-post", "The Cedar Post", "news-agency", None, ["The Cedar Post", "Cedar Post"],
          note="Fictional Lebanese regional outlet (heldout-44: h44-08)."),
    actor("rami-khattab", "Rami Khattab", "person", "syrian-civil-defence", ["Rami Khattab", "Khattab"],
          role="White Helmets rescue worker, al-Atarib"),
    actor("samer-hallaq", "Samer Hallaq", "person", None, ["Dr Samer Hallaq", "Samer Hallaq", "Hallaq"],
          role="doctor running a field hospital, al-Atarib"),
    actor("umm-ahmad", "Umm Ahmad", "person", None, ["Umm Ahmad"],
          role="displaced mother, camp at Maarat Misrin (resident)"),
    actor("ines-marchetti", "Ines Marchetti", "person", "unicef", ["Ines Marchetti", "Marchetti"],
          role="UNICEF regional director"),
    actor("rasha-kayyal", "Rasha Kayyal", "person", "sams", ["Dr Rasha Kayyal", "Rasha Kayyal", "Kayyal"],
          role="SAMS clinics coordinator, Atmeh camps"),
    actor("mahmoud-bakour", "Mahmoud Bakour", "person", "syrian-civil-defence", ["Mahmoud Bakour", "Bakour"],
          role="civil defence team leader, Ariha"),
]

NEW_PLACES = [
    place("kafr-nouran", "Kafr Nouran", "village", "Aleppo", "Syria", 36.11, 36.84,
          ["Kafr Nouran", "Kafr Nuran", "Kafranuran"]),
    place("maarat-misrin", "Maarat Misrin", "town", "Idlib", "Syria", 36.01, 36.67,
          ["Maarat Misrin", "Maarrat Misrin", "Maaret Misrin"]),
    place("sarmin", "Sarmin", "town", "Idlib", "Syria", 35.91, 36.73, ["Sarmin", "Sarmeen"]),
    place("deir-hassan", "Deir Hassan", "village", "Idlib", "Syria", 36.20, 36.72,
          ["Deir Hassan", "Dayr Hassan"]),
    place("jabal-al-zawiya", "Jabal al-Zawiya", "area", "Idlib", "Syria", 35.70, 36.55,
          ["Jabal al-Zawiya", "Jabal al-Zawiya hills", "Jabal Zawiya", "Jebel al-Zawiya"],
          note="Hill country south of Ariha and the M4 highway."),
]

NEW_GLOBALS = [
    {"id": "G640", "label": "Air strike on a market in al-Atarib", "kind": "AIRSTRIKE",
     "date": "2020-02-17", "places": ["atarib"], "articles": ["h44-01", "h44-02"],
     "figures": "killed 9 (AT_LEAST, SOHR day 1) -> 13 incl. 4 children (SOHR day 2) / 11 (civil defence); "
                "injured 30 (AT_LEAST, SOHR); blamed on Russian jets (SOHR) vs Syrian government aircraft "
                "(civil defence); denied by Russian MoD"},
    {"id": "G641", "label": "Air strike on a displacement camp at Maarat Misrin", "kind": "AIRSTRIKE",
     "date": "2020-02-21", "places": ["maarat-misrin"], "articles": ["h44-03", "h44-04"],
     "figures": "killed 5 incl. 3 children (civil defence) / 7 (SOHR, blamed Russian jets) / "
                "6 (AT_LEAST) incl. 3 children (OCHA)"},
    {"id": "G642", "label": "Syrian government shelling of a Turkish observation post near Sarmin", "kind": "SHELLING",
     "date": "2020-02-25", "places": ["sarmin"], "articles": ["h44-05", "h44-06"],
     "figures": "Turkish soldiers killed 2, injured 3 (Turkish MoD) vs killed 3 (SOHR)"},
    {"id": "G643", "label": "Air strike on a hospital in Ariha", "kind": "AIRSTRIKE",
     "date": "2020-03-02", "places": ["ariha"], "articles": ["h44-07", "h44-08"],
     "figures": "killed 5 (SAMS) / 7 (SOHR, blamed Russian aircraft); reports naming the Syrian Arab Army "
                "denied as fabricated (Syrian foreign ministry, Damascus)"},
    {"id": "G644", "label": "Rocket fire on government-held Maarat al-Numan", "kind": "SHELLING",
     "date": "2020-03-02", "places": ["maarat-al-numan"], "articles": ["h44-07", "h44-08"],
     "figures": "killed 2, injured 5 (Syrian military source) / killed 2 (state TV) / killed 3 (SOHR, "
                "attributed to NLF); NLF says it hit military positions only"},
]

def build_registry():
    reg = json.load(open(SRC_REGISTRY))
    out = copy.deepcopy(reg)
    have_a = {a["id"] for a in reg["actors"]}
    have_p = {p["id"] for p in reg["places"]}
    have_g = {g["id"] for g in reg["globalIncidents"]}
    for a in NEW_ACTORS:
        assert a["id"] not in have_a, a["id"]
        out["actors"].append(a)
    for p in NEW_PLACES:
        assert p["id"] not in have_p, p["id"]
        out["places"].append(p)
    for g in NEW_GLOBALS:
        assert g["id"] not in have_g, g["id"]
        out["globalIncidents"].append(g)
    with open(os.path.join(HERE, "entities.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=2)
        f.write("\n")

# ---------------------------------------------------------------- gold helpers
def inc(key, kind, date, places, perp, same=None):
    return {"key": key, "kind": kind, "date": date, "places": places,
            "perpetratorAlleged": perp, "sameAs": same}

def st(speaker, stance, incident, actor, evidence, killed=None, injured=None, children=None, q=None):
    if q is None and (killed is not None or injured is not None):
        q = "EXACT"
    return {"speaker": speaker, "stance": stance,
            "about": {"incident": incident, "actor": actor},
            "killed": killed, "injured": injured, "children": children, "qualifier": q,
            "evidence": evidence}

GOLD = {}

# ---------------------------------------------------------------- h44-01  Compass Wire (wire), 2020-02-17 (Mon)
GOLD["h44-01"] = {
    "article": {"outlet": "Compass Wire", "publishedAt": "2020-02-17",
                "url": "https://example.org/compass-wire/2020/02/17/syria-atarib-market-strikes-kill-nine"},
    "actors": ["syria", "sohr", "compass-wire", "syrian-army", "russian-military", "rami-khattab",
               "syrian-civil-defence", "russian-mod", "russia", "armed-opposition", "sana", "un", "turkey"],
    "places": ["atarib", "beirut", "aleppo-province", "aleppo-city", "kafr-nouran", "m5-highway",
               "damascus", "idlib-province"],
    "incidents": [
        inc("A1", "AIRSTRIKE", "2020-02-17", ["atarib"], ["russian-military"], "G640"),
        inc("A2", "AIRSTRIKE", "2020-02-17", ["kafr-nouran"], []),
    ],
    "statements": [
        st("sohr", "CLAIM", "A1", None,
           "Air strikes hit a market in the rebel-held town of al-Atarib in Aleppo province on Monday, killing at least nine civilians, a war monitor said",
           killed=9, q="AT_LEAST"),
        st("sohr", "CLAIM", "A1", "russian-military",
           "The Syrian Observatory for Human Rights said Russian warplanes had carried out the raids and that at least 30 people were wounded, several of them critically.",
           injured=30, q="AT_LEAST"),
        st("rami-khattab", "CLAIM", "A1", None,
           "\"The shops were open and people were buying bread,\" said Rami Khattab, a rescue worker with the White Helmets in al-Atarib."),
        st("rami-khattab", "CLAIM", "A1", None,
           "Rescuers were still searching the rubble in the afternoon, he said."),
        st("sohr", "CLAIM", "A2", None,
           "In a separate raid the same morning, warplanes struck the village of Kafr Nouran, south of al-Atarib, wounding four people, the Observatory said.",
           injured=4),
        st("russia", "CLAIM", None, "russia",
           "Moscow has repeatedly said it strikes only militants"),
        st("russia", "ACCUSATION", None, "syrian-civil-defence",
           "accuses rescuers of staging attacks"),
        st("sana", "CLAIM", None, "syrian-army",
           "State news agency SANA said army units had destroyed \"terrorist\" positions and weapons depots in the western Aleppo countryside, without mentioning al-Atarib."),
        st("un", "CLAIM", None, None,
           "The United Nations says nearly 900,000 people have fled their homes in Idlib and the western Aleppo countryside since early December, most of them women and children."),
        st("turkey", "CALL", None, "syrian-army",
           "Turkey, which backs some rebel groups and has a dozen observation posts in Idlib, has demanded that Syrian forces pull back by the end of February."),
    ],
}

# ---------------------------------------------------------------- h44-02  Atlas News (broadcaster site), 2020-02-18 (Tue)
GOLD["h44-02"] = {
    "article": {"outlet": "Atlas News", "publishedAt": "2020-02-18",
                "url": "https://example.org/atlas-news/2020/02/18/syria-war-atarib-market-strike-toll-13"},
    "actors": ["syria", "sohr", "russian-military", "syrian-civil-defence", "syrian-army", "samer-hallaq",
               "russian-mod", "syrian-state-tv", "armed-opposition", "ocha", "turkey", "russia"],
    "places": ["atarib", "aleppo-city", "aleppo-province", "kafr-nouran", "moscow"],
    "incidents": [
        inc("A", "AIRSTRIKE", "2020-02-17", ["atarib"], ["russian-military", "syrian-army"], "G640"),
        inc("K", "SHELLING", "2020-02-17", ["kafr-nouran"], ["syrian-army"]),
    ],
    "statements": [
        st("sohr", "CLAIM", "A", None,
           "The number of people killed in air strikes on a market in the town of Atarib, west of Aleppo, has risen to 13, including four children, a UK-based monitor says.",
           killed=13, children=4),
        st("sohr", "CLAIM", "A", "russian-military",
           "The Syrian Observatory for Human Rights said the raids on Monday morning were carried out by Russian jets, and that dozens more people were wounded."),
        st("syrian-civil-defence", "CLAIM", "A", None,
           "The Syria Civil Defence, also known as the White Helmets, put the toll at 11",
           killed=11),
        st("syrian-civil-defence", "ACCUSATION", "A", "syrian-army",
           "blamed Syrian government aircraft"),
        st("syrian-civil-defence", "CLAIM", "A", None,
           "Two of its volunteers were hurt as they pulled survivors from a collapsed building, the group said."),
        st("samer-hallaq", "CLAIM", "A", None,
           "Dr Samer Hallaq, who runs a field hospital in the town, said most of the wounded had shrapnel injuries."),
        st("samer-hallaq", "CLAIM", "A", None,
           "\"We are operating in the corridors,\" he said."),
        st("russian-mod", "DENIAL", "A", "russian-military",
           "Russia's defence ministry denied that its jets had been active over Aleppo province on Monday."),
        st("russian-mod", "DENIAL", "A", None,
           "In a statement, it described the reports as \"another fabrication by the White Helmets\"."),
        st("russian-mod", "ACCUSATION", "A", "syrian-civil-defence",
           "In a statement, it described the reports as \"another fabrication by the White Helmets\"."),
        st("syrian-state-tv", "CLAIM", None, "syrian-army",
           "Syrian state TV said the army was pressing \"operations against terrorist groups\" in the western Aleppo countryside but did not mention the town."),
        st("sohr", "CLAIM", "K", "syrian-army",
           "Overnight, government shelling killed a man and his son in the nearby village of Kafr Nouran, according to the Observatory.",
           killed=2),
        st("ocha", "CRITICISM", "A", None,
           "The UN's humanitarian office said it was \"horrified\" by the bloodshed in Atarib"),
        st("ocha", "CALL", None, None,
           "urged all parties to respect international humanitarian law"),
    ],
}

# ---------------------------------------------------------------- h44-03  The Continental Herald (newspaper), 2020-02-23 (Sun)
GOLD["h44-03"] = {
    "article": {"outlet": "The Continental Herald", "publishedAt": "2020-02-23",
                "url": "https://example.org/continental-herald/2020/feb/23/idlib-camp-strike-maarat-misrin-families"},
    "actors": ["umm-ahmad", "syrian-civil-defence", "sohr", "russian-military", "russian-mod", "syria",
               "armed-opposition", "un", "syrian-army", "turkey", "ines-marchetti", "unicef", "turkish-army"],
    "places": ["idlib-province", "maarat-misrin", "idlib-city", "atmeh", "binnish", "jabal-al-zawiya",
               "m4-highway", "sarmada", "deir-hassan", "nayrab", "saraqeb"],
    "incidents": [
        inc("M", "AIRSTRIKE", "2020-02-21", ["maarat-misrin"], ["russian-military"], "G641"),
        inc("B", "AIRSTRIKE", "2020-02-21", ["binnish"], []),
    ],
    "statements": [
        st("syrian-civil-defence", "CLAIM", "M", None,
           "Late on Friday, a warplane struck the camp, killing five people, three of them children, among them her eldest son, according to the White Helmets rescue group.",
           killed=5, children=3),
        st("sohr", "CLAIM", "M", None,
           "The Syrian Observatory for Human Rights, a UK-based monitor, said seven people had died",
           killed=7),
        st("sohr", "ACCUSATION", "M", "russian-military",
           "blamed Russian jets"),
        st("umm-ahmad", "CLAIM", "M", None,
           "“We heard the plane, then nothing,” she said, sitting on a mattress in a relative’s tent near Atmeh, a few kilometres from the Turkish border."),
        st("russian-mod", "DENIAL", "M", "russian-military",
           "Russia’s defence ministry has said its aircraft are not operating in the area."),
        st("syria", "CLAIM", None, "syria",
           "The Syrian government says it targets only terrorists."),
        st("syrian-civil-defence", "CLAIM", "B", None,
           "Hours earlier on Friday, an air strike on a poultry farm sheltering displaced families in Binnish killed two people, rescuers said.",
           killed=2),
        st("un", "CLAIM", "M", None,
           "The strike on the camp was the third on a camp or shelter this month, according to the UN"),
        st("un", "CLAIM", None, None,
           "More than 900,000 people have been displaced since 1 December, the UN says"),
        st("turkey", "CLAIM", None, "turkey",
           "Turkey, which already hosts 3.6 million Syrian refugees, says it cannot take more."),
        st("ines-marchetti", "CRITICISM", "M", None,
           "Ines Marchetti, Unicef’s regional director, condemned the attack."),
        st("ines-marchetti", "CRITICISM", "M", None,
           "“This was a camp full of children. Attacks like this are a grave violation of international law,” she said."),
    ],
}

# ---------------------------------------------------------------- h44-04  The Relief Desk (humanitarian), no date
GOLD["h44-04"] = {
    "article": {"outlet": "The Relief Desk", "publishedAt": None,
                "url": "https://example.org/relief-desk/idlib-displaced-caught-between-bombs-and-closed-border"},
    "actors": ["syrian-army", "ocha", "hana-sorensen", "wfp", "snhr", "rasha-kayyal", "sams",
               "un-secretary-general", "turkey"],
    "places": ["idlib-province", "northwest-syria", "maarat-misrin", "sarmin", "atmeh"],
    "incidents": [
        inc("M", "AIRSTRIKE", "2020-02-21", ["maarat-misrin"], [], "G641"),
        inc("S", "AIRSTRIKE", None, ["sarmin"], []),
    ],
    "statements": [
        st("ocha", "CLAIM", None, None,
           "Some 948,000 people have fled their homes since 1 December 2019, according to the UN Office for the Coordination of Humanitarian Affairs (OCHA)."),
        st("ocha", "CLAIM", "M", None,
           "OCHA, citing local partners, said at least six civilians were killed, among them three children.",
           killed=6, children=3, q="AT_LEAST"),
        st("hana-sorensen", "CLAIM", None, None,
           "\"People are moving from one camp to another, and the bombs follow them,\" said Hana Sorensen, a spokeswoman for the World Food Programme, which suspended distributions in the area twice in February because of air strikes."),
        st("snhr", "CLAIM", "S", None,
           "On Tuesday, an air strike near a school in Sarmin that was sheltering displaced families wounded 12 people, the Syrian Network for Human Rights said.",
           injured=12),
        st("rasha-kayyal", "CLAIM", None, None,
           "Dr Rasha Kayyal, who coordinates clinics for the Syrian American Medical Society in the camps around Atmeh, said her teams were treating children for frostbite every day."),
        st("rasha-kayyal", "CLAIM", None, None,
           "\"We are running out of everything,\" she said."),
        st("un-secretary-general", "CALL", None, None,
           "A spokesman for the UN Secretary-General called again for an immediate cessation of hostilities and urged all parties to allow aid to reach civilians \"safely and without delay\"."),
        st("turkey", "CLAIM", None, "turkey",
           "Turkey, which already hosts more than 3.5 million Syrians, has kept its border closed and says it will not accept another wave of refugees."),
    ],
}

# ---------------------------------------------------------------- h44-05  Marmara Times (Turkish daily), 2020-02-26 (Wed)
GOLD["h44-05"] = {
    "article": {"outlet": "Marmara Times", "publishedAt": "2020-02-26",
                "url": "https://example.org/marmara-times/2020/02/26/two-turkish-soldiers-martyred-idlib-observation-post"},
    "actors": ["turkish-army", "syrian-army", "turkish-mod", "russian-military", "turkish-foreign-ministry",
               "selim-karaca", "syria", "russia", "turkey", "russian-mod", "armed-opposition", "tass",
               "syrian-state-media", "nato"],
    "places": ["idlib-province", "ankara", "sarmin", "hatay", "saraqeb", "idlib-city", "m4-highway"],
    "incidents": [
        inc("T", "SHELLING", "2020-02-25", ["sarmin"], ["syrian-army"], "G642"),
        inc("R", "SHELLING", "2020-02-25", ["saraqeb"], ["turkish-army"]),
    ],
    "statements": [
        st("turkish-mod", "ACCUSATION", "T", "syrian-army",
           "Two Turkish soldiers were martyred and three others wounded on Tuesday when regime forces shelled a Turkish observation post near Sarmin in Idlib, the National Defence Ministry announced.",
           killed=2, injured=3),
        st("turkish-mod", "CLAIM", "T", None,
           "The wounded soldiers were evacuated to hospitals in Hatay, the ministry said."),
        st("turkish-mod", "CLAIM", "T", "turkish-army",
           "The ministry said Turkish units had shared the post's coordinates with Russian officers before the attack."),
        st("turkish-mod", "CLAIM", "R", "turkish-army",
           "Turkish artillery units immediately returned fire at regime positions around Saraqeb, neutralising 21 regime elements and destroying two tanks, the ministry added."),
        st("selim-karaca", "ACCUSATION", "T", "syria",
           "Foreign Ministry spokesman Selim Karaca accused the regime of \"deliberately targeting\" Turkish troops"),
        st("selim-karaca", "CALL", None, "russia",
           "urged Moscow to rein in its ally"),
        st("selim-karaca", "CLAIM", "T", "turkey",
           "\"Nobody should test Turkey's patience,\" he said."),
        st("turkey", "CALL", None, "syrian-army",
           "Ankara has warned that it will drive regime forces back behind the line of the Turkish observation posts if they do not withdraw by the end of February."),
        st("russian-mod", "ACCUSATION", "T", "turkish-army",
           "Russia's Defence Ministry said the Turkish soldiers had been hit while \"operating in the combat formations of terrorist groups\", according to the TASS news agency."),
        st("syrian-state-media", "CLAIM", None, "syrian-army",
           "Regime media said the army was continuing operations against \"terrorist groups\" east of Idlib city and made no mention of the Turkish casualties."),
    ],
}

# ---------------------------------------------------------------- h44-06  Shamal Voice (opposition site), 2020-02-26 (Wed)
GOLD["h44-06"] = {
    "article": {"outlet": "Shamal Voice", "publishedAt": "2020-02-26",
                "url": "https://example.org/shamal-voice/en/2020/02/26/assad-regime-shells-turkish-point-sarmin"},
    "actors": ["syria", "turkish-army", "russian-military", "syrian-army", "sohr", "turkish-mod",
               "syrian-state-media", "russia", "turkey", "syrian-civil-defence", "mahmoud-bakour",
               "shamal-voice", "armed-opposition", "omar-hamadi", "nlf", "snhr"],
    "places": ["sarmin", "ariha", "idlib-province", "m4-highway", "nayrab", "northwest-syria"],
    "incidents": [
        inc("T", "SHELLING", "2020-02-25", ["sarmin"], ["syrian-army"], "G642"),
        inc("A", "AIRSTRIKE", "2020-02-25", ["ariha"], ["russian-military"]),
    ],
    "statements": [
        st("sohr", "CLAIM", "T", "syrian-army",
           "Three Turkish soldiers were killed on Tuesday when regime artillery shelled a Turkish observation point near the town of Sarmin in eastern Idlib, according to the Syrian Observatory for Human Rights.",
           killed=3),
        st("turkish-mod", "CLAIM", "T", None,
           "The Turkish Defence Ministry put the toll at two dead and three wounded.",
           killed=2, injured=3),
        st("russia", "ACCUSATION", "T", "turkey",
           "Moscow, for its part, blamed Ankara for the soldiers' deaths, saying Turkish units had moved near Sarmin without informing the Russian side."),
        st("syrian-civil-defence", "CLAIM", "A", "russian-military",
           "Overnight, Russian jets carried out at least 15 raids on Ariha and its surroundings, killing a woman and her two children, the Syria Civil Defence said.",
           killed=3, children=2),
        st("mahmoud-bakour", "CLAIM", "A", None,
           "\"The planes came in waves, four or five at a time. Half of Ariha has already left,\" Mahmoud Bakour, who leads a civil defence team in the town, told Shamal Voice."),
        st("omar-hamadi", "CLAIM", None, "nlf",
           "Omar Hamadi, a spokesman for the National Front for Liberation, said its fighters had repelled three regime attempts to advance on Nairab and destroyed a tank with a guided missile."),
        st("snhr", "CLAIM", None, None,
           "The Syrian Network for Human Rights said it had documented the killing of 434 civilians, 124 of them children, in north-west Syria since the start of December, most of them in Russian and regime air strikes.",
           killed=434, children=124),
    ],
}

# ---------------------------------------------------------------- h44-07  Barada News Agency (state, English service), 2020-03-03 (Tue)
GOLD["h44-07"] = {
    "article": {"outlet": "Barada News Agency", "publishedAt": "2020-03-03",
                "url": "https://example.org/barada/en/2020/03/03/two-civilians-martyred-maarat-al-numan-rocket-shells"},
    "actors": ["armed-opposition", "barada", "syrian-army", "turkish-army", "un-secretary-general",
               "un-security-council", "syrian-foreign-ministry", "hts", "syrian-civil-defence", "syria"],
    "places": ["maarat-al-numan", "idlib-province", "hama-province", "saraqeb", "m4-highway", "ariha",
               "khan-sheikhoun"],
    "incidents": [
        inc("M1", "SHELLING", "2020-03-02", ["maarat-al-numan"], ["armed-opposition"], "G644"),
        inc("M2", "SHELLING", "2020-02-29", ["maarat-al-numan"], ["armed-opposition"]),
        inc("S", "SHELLING", "2020-03-01", ["saraqeb"], ["turkish-army"]),
        inc("H", "AIRSTRIKE", "2020-03-02", ["ariha"], ["syrian-army"], "G643"),
    ],
    "statements": [
        st("syrian-army", "ACCUSATION", "M1", "armed-opposition",
           "Two civilians were martyred and five others were injured on Monday when terrorist organizations positioned in the southern countryside of Idleb fired rocket shells at residential neighborhoods in Maarat al-Numan city, a military source told Barada's reporter.",
           killed=2, injured=5),
        st("syrian-army", "CLAIM", "M1", None,
           "The injured were taken to the National Hospital in Hama for treatment, the source said."),
        st("syrian-army", "ACCUSATION", "M2", "armed-opposition",
           "The source added that the terrorists had targeted the same neighborhoods with rocket shells on Saturday, injuring a child.",
           injured=1),
        st("syrian-army", "ACCUSATION", "S", "turkish-army",
           "Meanwhile, Turkish occupation forces shelled the outskirts of Saraqeb city on Sunday with artillery, causing material damage to citizens' houses, the source said."),
        st("syrian-foreign-ministry", "DENIAL", "H", "syrian-army",
           "In two identical letters to the UN Secretary-General and the President of the Security Council, the Foreign and Expatriates Ministry dismissed as \"fabricated\" reports circulated by some Western media outlets claiming that Syrian Arab Army warplanes had targeted a hospital in Ariha on Monday."),
        st("syrian-foreign-ministry", "ACCUSATION", "H", "hts",
           "The ministry said the building had been used for months as a headquarters by Hayat Tahrir al-Sham terrorists."),
        st("syrian-foreign-ministry", "ACCUSATION", "H", "syrian-civil-defence",
           "It added that the so-called \"White Helmets\" had staged the footage to mislead international public opinion, as they had done in Khan Sheikhoun and elsewhere."),
        st("syrian-foreign-ministry", "CALL", None, "un-security-council",
           "The ministry called on the Security Council to shoulder its responsibilities in combating terrorism and preserving Syria's sovereignty and territorial integrity."),
    ],
}

# ---------------------------------------------------------------- h44-08  The Cedar Post (regional), 2020-03-04 (Wed)
GOLD["h44-08"] = {
    "article": {"outlet": "The Cedar Post", "publishedAt": "2020-03-04",
                "url": "https://example.org/cedar-post/2020/03/04/ariha-hospital-strike-kills-five-moscow-summit"},
    "actors": ["russia", "sams", "anas-fadel", "cedar-post", "sohr", "russian-military", "syria",
               "syrian-army", "syrian-civil-defence", "armed-opposition", "syrian-state-tv", "turkey",
               "nlf", "omar-hamadi"],
    "places": ["ariha", "idlib-province", "moscow", "beirut", "jabal-al-zawiya", "m4-highway", "saraqeb",
               "maarat-al-numan"],
    "incidents": [
        inc("H1", "AIRSTRIKE", "2020-03-02", ["ariha"], ["russian-military"], "G643"),
        inc("H2", "SHELLING", "2020-03-03", ["ariha"], []),
        inc("M", "SHELLING", "2020-03-02", ["maarat-al-numan"], ["armed-opposition", "nlf"], "G644"),
    ],
    "statements": [
        st("sams", "CLAIM", "H1", None,
           "An air strike on a hospital in the Idlib town of Ariha on Monday killed five people, including a nurse, according to the Syrian American Medical Society",
           killed=5),
        st("sams", "CRITICISM", "H1", None,
           "called the attack \"a deliberate assault on health care.\""),
        st("anas-fadel", "CLAIM", "H1", None,
           "Dr Anas Fadel, a surgeon at the hospital, told The Cedar Post that two missiles hit the emergency ward minutes apart."),
        st("anas-fadel", "CLAIM", "H1", None,
           "\"We had moved most patients to the basement the night before. That is why the toll is not higher,\" he said."),
        st("sohr", "CLAIM", "H1", None,
           "The Syrian Observatory for Human Rights said seven people were killed",
           killed=7),
        st("sohr", "ACCUSATION", "H1", "russian-military",
           "blamed Russian aircraft, which it said had been circling over Jabal al-Zawiya since dawn"),
        st("syria", "DENIAL", "H1", None,
           "Damascus has rejected the reports as \"fabricated,\""),
        st("syrian-civil-defence", "CLAIM", "H2", None,
           "On Tuesday, artillery shells landed near the town's main square, wounding three people, local rescuers said.",
           injured=3),
        st("syrian-state-tv", "CLAIM", "M", "armed-opposition",
           "Rebels, for their part, fired rockets at government-held Maarat al-Numan on Monday, killing two civilians, Syrian state television reported.",
           killed=2),
        st("sohr", "CLAIM", "M", "nlf",
           "The Observatory said three people died in the rocket attack, all of them members of a pro-government militia, and said it was carried out by the Turkish-backed National Front for Liberation.",
           killed=3),
        st("omar-hamadi", "CONFIRMATION", "M", "nlf",
           "A spokesman for the group, Omar Hamadi, confirmed that its fighters had fired on the town"),
        st("omar-hamadi", "CLAIM", "M", "nlf",
           "said they had targeted \"military positions only.\""),
    ],
}

def build_gold():
    for aid, g in GOLD.items():
        txt = open(os.path.join(HERE, aid + ".txt"), encoding="utf-8").read()
        title = txt.split("\n", 1)[0]
        art = {"id": aid, "title": title}
        art.update(g["article"])
        art = {k: art[k] for k in ("id", "title", "outlet", "publishedAt", "url")}
        out = {"article": art, "actors": g["actors"], "places": g["places"],
               "incidents": g["incidents"], "statements": g["statements"]}
        with open(os.path.join(HERE, aid + ".gold.json"), "w", encoding="utf-8") as f:
            json.dump(out, f, ensure_ascii=False, indent=2)
            f.write("\n")

if __name__ == "__main__":
    build_registry()
    build_gold()
    print("built entities.json and", len(GOLD), "gold files")
