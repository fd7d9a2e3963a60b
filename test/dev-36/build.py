#!/usr/bin/env python3
"""Build script for the dev-36 blind set: extends entities.json (append-only) and writes the gold files.
Run from this folder: python3 build.py"""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
os.chdir(HERE)

# ---------------------------------------------------------------- registry extension (append only)
NEW_ACTORS = [
    # outlets (all fictional)
    dict(id="orbis-wire", name="Orbis Wire", kind="news-agency", partOf=None, aliases=["Orbis Wire"], fictional=True,
         note="Fictional Reuters-style wire agency (publisher of d36-01)."),
    dict(id="horizon-news", name="Horizon News", kind="news-agency", partOf=None, aliases=["Horizon News"], fictional=True,
         note="Fictional broadcaster's news website (d36-02)."),
    dict(id="international-courier", name="The International Courier", kind="news-agency", partOf=None,
         aliases=["The International Courier", "International Courier", "the Courier"], contextualAliases=["the Courier"],
         fictional=True, note="Fictional international newspaper (d36-03)."),
    dict(id="relief-dispatch", name="Relief Dispatch", kind="news-agency", partOf=None, aliases=["Relief Dispatch"],
         fictional=True, note="Fictional humanitarian news outlet (d36-04)."),
    dict(id="marmara-times", name="Marmara Times", kind="news-agency", partOf=None, aliases=["Marmara Times"],
         fictional=True, note="Fictional Turkish daily, English edition (d36-05)."),
    dict(id="zaytoun-post", name="Zaytoun Post", kind="news-agency", partOf=None, aliases=["Zaytoun Post"],
         fictional=True, note="Fictional Syrian opposition news site (d36-06)."),
    dict(id="sever-news-agency", name="Sever News Agency", kind="news-agency", partOf=None,
         aliases=["Sever News Agency", "Sever"], fictional=True,
         note="Fictional Russian state news agency, English service (d36-07)."),
    dict(id="levant-observer", name="The Levant Observer", kind="news-agency", partOf=None,
         aliases=["The Levant Observer", "Levant Observer"], fictional=True,
         note="Fictional Beirut-based regional news site (d36-08)."),
    # real organisations (actors only in invented events)
    dict(id="islamic-state", name="Islamic State (IS / ISIS / Daesh)", kind="armed-group", partOf=None,
         aliases=["Islamic State", "Islamic State group", "the Islamic State group", "ISIS", "ISIL", "Daesh"]),
    dict(id="nusra-front", name="Nusra Front (Jabhat al-Nusra)", kind="armed-group", partOf=None,
         aliases=["Nusra Front", "the Nusra Front", "al-Nusra Front", "Jabhat al-Nusra"],
         note="Pre-2017 period actor; not merged with hts."),
    dict(id="jaish-al-fatah", name="Jaish al-Fatah (Army of Conquest)", kind="armed-group", partOf=None,
         aliases=["Jaish al-Fatah", "Army of Conquest"]),
    dict(id="ahrar-al-sham", name="Ahrar al-Sham", kind="armed-group", partOf=None, aliases=["Ahrar al-Sham"]),
    dict(id="uossm", name="Union of Medical Care and Relief Organizations (UOSSM)", kind="ngo", partOf=None,
         aliases=["Union of Medical Care and Relief Organizations", "UOSSM"]),
    dict(id="al-watan", name="Al-Watan (pro-government Syrian daily)", kind="news-agency", partOf=None,
         aliases=["Al-Watan", "Al-Watan newspaper", "the pro-government Al-Watan newspaper"]),
    # invented local bodies
    dict(id="ariha-local-council", name="Ariha local council", kind="local-authority", partOf=None,
         aliases=["Ariha local council", "the town's local council", "the council"],
         contextualAliases=["the town's local council", "the council"], fictional=True),
    dict(id="kansafra-local-council", name="Kansafra local council", kind="local-authority", partOf=None,
         aliases=["Kansafra local council", "Kansafra's local council"], fictional=True),
    # invented people
    dict(id="bilal-qattan", name="Bilal Qattan", kind="person", partOf="syrian-civil-defence",
         aliases=["Bilal Qattan", "Qattan"], fictional=True, role="civil defence volunteer, Ariha"),
    dict(id="omar-naasan", name="Omar Naasan", kind="person", partOf="ariha-local-council",
         aliases=["Omar Naasan", "Naasan"], fictional=True, role="head of Ariha local council"),
    dict(id="emre-kozanoglu", name="Emre Kozanoglu", kind="person", partOf="turkish-foreign-ministry",
         aliases=["Emre Kozanoglu", "Kozanoglu"], fictional=True, role="Turkish foreign ministry spokesman"),
    dict(id="oleg-saversky", name="Maj-Gen Oleg Saversky", kind="person", partOf="russian-mod",
         aliases=["Major-General Oleg Saversky", "Oleg Saversky", "Saversky"], fictional=True,
         role="spokesman, Russian Defence Ministry (2015)"),
    dict(id="ziad-haddour", name="Dr Ziad Haddour", kind="person", partOf=None,
         aliases=["Dr Ziad Haddour", "Ziad Haddour", "Haddour"], fictional=True,
         role="director, surgical hospital in Maarrat Misrin"),
    dict(id="nour-hallak", name="Dr Nour Hallak", kind="person", partOf="uossm",
         aliases=["Dr Nour Hallak", "Nour Hallak", "Hallak"], fictional=True,
         role="UOSSM medical coordinator for northern Syria"),
    dict(id="ingrid-faulk", name="Ingrid Faulk", kind="person", partOf="ocha",
         aliases=["Ingrid Faulk", "Faulk"], fictional=True, role="OCHA regional spokeswoman"),
    dict(id="ahmad-rahmoun", name="Ahmad Rahmoun", kind="person", partOf=None,
         aliases=["Ahmad Rahmoun", "Rahmoun"], fictional=True, role="headmaster, primary school in Kansafra"),
    dict(id="abu-fadi", name="Abu Fadi", kind="person", partOf=None, aliases=["Abu Fadi"], fictional=True,
         role="teacher, primary school in Kansafra"),
]

NEW_PLACES = [
    dict(id="maarrat-misrin", name="Maarrat Misrin", kind="town", province="Idlib", country="Syria", lat=36.011, lon=36.672,
         aliases=["Maarrat Misrin", "Maarat Misrin", "Maaret Misrin", "Ma'arrat Misrin"]),
    dict(id="jabal-al-zawiya", name="Jabal al-Zawiya", kind="region", province="Idlib", country="Syria", lat=35.70, lon=36.55,
         aliases=["Jabal al-Zawiya", "Jabal al-Zawiyah", "Jebel al-Zawiya"],
         note="Hill district south of Ariha; its villages (Kansafra, al-Bara, Ihsim ...) are separate places."),
    dict(id="kansafra", name="Kansafra", kind="village", province="Idlib", country="Syria", lat=35.675, lon=36.515,
         aliases=["Kansafra", "Kansafrah", "Kensafra"]),
    dict(id="al-bara", name="al-Bara", kind="village", province="Idlib", country="Syria", lat=35.686, lon=36.541,
         aliases=["al-Bara", "Bara"]),
    dict(id="ihsim", name="Ihsim", kind="village", province="Idlib", country="Syria", lat=35.726, lon=36.556,
         aliases=["Ihsim", "Ehsem"]),
    dict(id="al-fuaa", name="al-Fuaa", kind="town", province="Idlib", country="Syria", lat=35.978, lon=36.712,
         aliases=["al-Fuaa", "al-Fuah", "Fuaa", "Foua"]),
    dict(id="kafraya", name="Kafraya", kind="town", province="Idlib", country="Syria", lat=35.962, lon=36.697,
         aliases=["Kafraya", "Kefraya"]),
    dict(id="jurin", name="Jurin", kind="village", province="Hama", country="Syria", lat=35.69, lon=36.34,
         aliases=["Jurin", "Joreen"]),
    dict(id="antakya", name="Antakya", kind="city", province="Hatay", country="Turkey", lat=36.2025, lon=36.1606,
         aliases=["Antakya", "Antioch"]),
]

NEW_GLOBALS = [
    dict(id="G645", label="Air strikes on the centre of Ariha", kind="AIRSTRIKE", date="2015-11-29", places=["ariha"],
         articles=["d36-01", "d36-05", "d36-07"],
         figures="killed >=18 incl. 4 children (SOHR, day 1) / 11 bodies (civil defence) / >=23 civilians incl. 7 children (local council) / 19 (SOHR, day 2) / >30 militants (Russian MoD)"),
    dict(id="G646", label="Air strike on the surgical hospital in Maarrat Misrin", kind="AIRSTRIKE", date="2016-02-07",
         places=["maarrat-misrin"], articles=["d36-02", "d36-04", "d36-08"],
         figures="killed >=5 (rescuers) / 7, 12 injured (SOHR) / 9, 14 injured (UOSSM) / 6 bodies (rescuers)"),
    dict(id="G647", label="Barrel-bomb / air strike on the primary school in Kansafra (Jabal al-Zawiya)", kind="AIRSTRIKE",
         date="2016-04-13", places=["kansafra"], articles=["d36-03", "d36-06"],
         figures="killed 9 incl. 7 children (SOHR, government helicopters) / 11 incl. 8 children (health directorate, Russian warplanes) / 10 bodies (civil defence); injured 23 vs >=20"),
    dict(id="G648", label="Air strike near the main hospital in Jisr al-Shughur", kind="AIRSTRIKE", date="2015-11-28",
         places=["jisr-al-shughur"], articles=["d36-01", "d36-05"],
         figures="killed 7 (SOHR) / 9 (White Helmets, who blamed regime helicopters)"),
    dict(id="G649", label="Air strikes on a street in Saraqeb", kind="AIRSTRIKE", date="2016-02-08", places=["saraqeb"],
         articles=["d36-02", "d36-04"], figures="killed 3 (SOHR) / 5 incl. 2 children (SNHR)"),
]


def extend_registry():
    reg = json.load(open("entities.json"))
    have_a = {a["id"] for a in reg["actors"]}
    have_p = {p["id"] for p in reg["places"]}
    have_g = {g["id"] for g in reg["globalIncidents"]}
    for a in NEW_ACTORS:
        if a["id"] not in have_a:
            reg["actors"].append(a)
    for p in NEW_PLACES:
        if p["id"] not in have_p:
            reg["places"].append(p)
    for g in NEW_GLOBALS:
        if g["id"] not in have_g:
            reg["globalIncidents"].append(g)
    with open("entities.json", "w") as f:
        json.dump(reg, f, indent=2, ensure_ascii=False)
        f.write("\n")


# ---------------------------------------------------------------- gold
def inc(key, kind, date, places, perp, same=None):
    return dict(key=key, kind=kind, date=date, places=places, perpetratorAlleged=perp, sameAs=same)


def st(speaker, stance, incident, actor, evidence, killed=None, injured=None, children=None, qualifier=None):
    if qualifier is None and (killed is not None or injured is not None):
        qualifier = "EXACT"
    return dict(speaker=speaker, stance=stance, about=dict(incident=incident, actor=actor),
                killed=killed, injured=injured, children=children, qualifier=qualifier, evidence=evidence)


def title(stem):
    return open(stem + ".txt", encoding="utf-8").read().split("\n", 1)[0]


GOLD = {}

# ---- d36-01  Orbis Wire (wire), 2015-11-29 (Sunday)
GOLD["d36-01"] = dict(
    article=dict(outlet="Orbis Wire", publishedAt="2015-11-29",
                 url="https://example.org/orbis-wire/2015/11/29/syria-ariha-air-strikes-kill-18"),
    actors=["syria", "sohr", "orbis-wire", "russian-military", "syrian-civil-defence", "bilal-qattan", "russia",
            "islamic-state", "armed-opposition", "russian-mod", "syrian-army", "al-qaeda", "nusra-front", "turkey"],
    places=["ariha", "beirut", "idlib-province", "idlib-city", "latakia-city", "hama-province", "latakia-province",
            "jisr-al-shughur", "aleppo-province"],
    incidents=[inc("A", "AIRSTRIKE", "2015-11-29", ["ariha"], ["russian-military"], "G645"),
               inc("J", "AIRSTRIKE", "2015-11-28", ["jisr-al-shughur"], [], "G648")],
    statements=[
        st("sohr", "CLAIM", "A", None,
           "Air strikes on the centre of the rebel-held town of Ariha in Syria's Idlib province killed at least 18 people on Sunday, among them four children, the Syrian Observatory for Human Rights said.",
           killed=18, children=4, qualifier="AT_LEAST"),
        st("sohr", "CLAIM", "A", "russian-military",
           "The Observatory, which relies on sources on the ground, said the strikes were believed to have been carried out by Russian jets."),
        st("bilal-qattan", "CLAIM", "A", None,
           "\"There are still families under the rubble,\" Bilal Qattan, a volunteer with the civil defence in Ariha, told Orbis Wire."),
        st("bilal-qattan", "CLAIM", "A", None, "He said his team had so far recovered 11 bodies.", killed=11),
        st("russia", "CLAIM", None, "russia",
           "Moscow says its air campaign, which began on Sept. 30, targets Islamic State and other militant groups."),
        st("russian-mod", "CLAIM", None, "russian-military",
           "Russia's defence ministry said on Sunday its aircraft had flown 134 sorties over the past 24 hours and hit \"terrorist infrastructure\" in the provinces of Idlib, Hama and Latakia."),
        st("sohr", "CLAIM", "J", None,
           "On Saturday, an air strike on a street near the main hospital in Jisr al-Shughur killed seven people, according to residents and the monitor.",
           killed=7),
        st("turkey", "CALL", None, "russia",
           "Turkey, which supports several rebel groups fighting in Idlib, has called on Russia to stop bombing areas where Islamic State has no presence."),
        st("sohr", "CLAIM", None, "russian-military",
           "The Observatory says Russian strikes have killed more than 400 civilians since the campaign began.",
           killed=400, qualifier="MORE_THAN"),
        st("russia", "DENIAL", None, "russia", "Moscow denies hitting civilians."),
    ])

# ---- d36-02  Horizon News (broadcaster website), 2016-02-08 (Monday)
GOLD["d36-02"] = dict(
    article=dict(outlet="Horizon News", publishedAt="2016-02-08",
                 url="https://example.org/horizon-news/2016/02/08/syria-conflict-idlib-hospital-hit"),
    actors=["syria", "syrian-civil-defence", "uossm", "ziad-haddour", "horizon-news", "syrian-army", "russian-military",
            "russia", "sohr", "russian-mod", "armed-opposition", "ocha", "save-the-children"],
    places=["idlib-province", "maarrat-misrin", "saraqeb", "aleppo-city"],
    incidents=[inc("H", "AIRSTRIKE", "2016-02-07", ["maarrat-misrin"], ["russia"], "G646"),
               inc("S", "AIRSTRIKE", "2016-02-08", ["saraqeb"], [], "G649")],
    statements=[
        st("syrian-civil-defence", "CLAIM", "H", None,
           "At least five people were killed when air strikes hit a hospital in the town of Maarrat Misrin, in Syria's rebel-held Idlib province, overnight, rescuers say.",
           killed=5, qualifier="AT_LEAST"),
        st("uossm", "CLAIM", "H", None,
           "The Union of Medical Care and Relief Organizations (UOSSM), which funds the facility, said two nurses and a guard were among the dead and that the building had been \"completely put out of service\"."),
        st("ziad-haddour", "CLAIM", "H", None,
           "\"We had 30 patients inside, including newborns in incubators. We moved them in the dark, under the planes,\" the hospital's director, Dr Ziad Haddour, told Horizon News by telephone."),
        st("sohr", "CLAIM", "H", None,
           "The Syrian Observatory for Human Rights, a UK-based monitoring group, said the death toll had risen to seven, among them a child, and that 12 people were wounded.",
           killed=7, injured=12, children=1),
        st("sohr", "CLAIM", "S", None,
           "Hours later, on Monday morning, air strikes hit a busy street in Saraqib, about 20km (12 miles) to the south-east, killing three people, according to the Observatory.",
           killed=3),
        st("russian-mod", "DENIAL", None, "russian-mod", "It has repeatedly denied hitting hospitals"),
        st("russian-mod", "CLAIM", None, "russian-military", "saying its aircraft target only \"terrorists\""),
        st("ocha", "CRITICISM", "H", None,
           "The UN's humanitarian office, OCHA, said it was \"alarmed\" by the attack, the fourth on a medical facility in Idlib this month"),
        st("ocha", "CALL", "H", None, "called on all parties to respect international humanitarian law"),
        st("save-the-children", "CLAIM", "H", None,
           "The charity Save the Children said the strike had knocked out one of the last neonatal units in the province, leaving newborns in the area without specialist care."),
    ])

# ---- d36-03  The International Courier (newspaper), 2016-04-14 (Thursday)
GOLD["d36-03"] = dict(
    article=dict(outlet="The International Courier", publishedAt="2016-04-14",
                 url="https://example.org/international-courier/2016/apr/14/syria-kansafra-school-barrel-bombs"),
    actors=["sohr", "syrian-army", "ahmad-rahmoun", "international-courier", "syrian-civil-defence", "syria", "unicef",
            "us-state-department", "russia", "syrian-state-tv", "armed-opposition", "russian-mod", "russian-military"],
    places=["kansafra", "jabal-al-zawiya", "idlib-province", "antakya", "al-bara", "washington"],
    incidents=[inc("K", "AIRSTRIKE", "2016-04-13", ["kansafra"], ["syrian-army", "syria"], "G647"),
               inc("B", "SHELLING", "2016-04-13", ["al-bara"], ["syrian-army"], None)],
    statements=[
        st("sohr", "CLAIM", "K", "syrian-army",
           "Nine people, seven of them children, were killed on Wednesday when barrel bombs hit a primary school in the village of Kansafra in the Jabal al-Zawiya hills of Idlib province, according to the Syrian Observatory for Human Rights, which said the bombs were dropped by government helicopters.",
           killed=9, children=7),
        st("ahmad-rahmoun", "CLAIM", "K", None,
           "The pupils had been sitting end-of-year exams in the school's basement, which teachers believed was safe, said Ahmad Rahmoun, the headmaster, who survived with a broken arm."),
        st("ahmad-rahmoun", "CLAIM", "K", None,
           "“The first bomb hit the playground, the second came through the roof,” he told the Courier from a hospital bed in Antakya, across the Turkish border."),
        st("syrian-civil-defence", "CLAIM", "K", None,
           "The Syria Civil Defence, whose volunteers dug through the rubble until nightfall, said 23 people had been wounded.",
           injured=23),
        st("syrian-civil-defence", "CLAIM", "B", "syrian-army",
           "The same day, government artillery shelled the nearby village of al-Bara, wounding five people, the group said.",
           injured=5),
        st("unicef", "CRITICISM", "K", None,
           "Unicef condemned the attack, saying it was the deadliest on a school in Syria this year."),
        st("us-state-department", "CRITICISM", "K", "syria",
           "In Washington, a State Department spokesman said the Syrian regime's use of barrel bombs on a school was “abhorrent”"),
        st("us-state-department", "CALL", None, "russia",
           "called on Russia to use its influence to restrain its ally"),
        st("syria", "DENIAL", None, "syria", "which has repeatedly denied using barrel bombs"),
        st("syrian-state-tv", "CLAIM", None, "syrian-army",
           "State television said the army had killed “dozens of terrorists” in Jabal al-Zawiya this week."),
        st("russian-mod", "DENIAL", "K", "russian-military",
           "Russia's defence ministry said on Wednesday that Russian aircraft had conducted no flights over Idlib province that day."),
    ])

# ---- d36-04  Relief Dispatch (humanitarian), 2016-02-10 (Wednesday)
GOLD["d36-04"] = dict(
    article=dict(outlet="Relief Dispatch", publishedAt="2016-02-10",
                 url="https://example.org/relief-dispatch/2016/02/10/idlib-hospital-strike-cuts-off-care"),
    actors=["uossm", "syrian-civil-defence", "nour-hallak", "ocha", "snhr", "russian-military", "russia", "russian-mod",
            "idlib-health-directorate", "ingrid-faulk"],
    places=["idlib-province", "gaziantep", "maarrat-misrin", "idlib-city", "saraqeb"],
    incidents=[inc("H", "AIRSTRIKE", "2016-02-07", ["maarrat-misrin"], ["russian-military"], "G646"),
               inc("S", "AIRSTRIKE", "2016-02-08", ["saraqeb"], [], "G649"),
               inc("M", "AIRSTRIKE", "2016-02-09", ["maarrat-misrin"], [], None)],
    statements=[
        st("uossm", "CLAIM", "H", None,
           "The Union of Medical Care and Relief Organizations (UOSSM), which ran the facility, says nine people died in the attack, including three of its staff, and 14 were wounded.",
           killed=9, injured=14),
        st("syrian-civil-defence", "CLAIM", "H", None,
           "Its figure is higher than those given by local rescuers, who counted six bodies.", killed=6),
        st("nour-hallak", "CLAIM", "H", None,
           "\"This was the only hospital in the area with an intensive care unit,\" said Dr Nour Hallak, UOSSM's medical coordinator for northern Syria."),
        st("ocha", "CONFIRMATION", "H", None,
           "The UN's humanitarian office, OCHA, confirmed that the hospital's coordinates had been shared with the warring parties under an arrangement meant to protect medical facilities."),
        st("snhr", "ACCUSATION", "H", "russian-military",
           "The Syrian Network for Human Rights, which documents attacks on health care, said Russian forces were responsible for the strike, and for at least 16 attacks on medical facilities in northern Syria since Russia began its air campaign in September."),
        st("russian-mod", "DENIAL", None, "russian-military",
           "Russia's defence ministry said last week that its aircraft do not strike hospitals."),
        st("snhr", "CLAIM", "S", None,
           "On Monday, strikes on Saraqib, 20km to the south-east, killed five people, among them two children, the network said.",
           killed=5, children=2),
        st("idlib-health-directorate", "CLAIM", "M", None,
           "On Tuesday, jets struck the main market in Maarrat Misrin, killing four people, according to the Idlib Health Directorate.",
           killed=4),
        st("ingrid-faulk", "CRITICISM", "H", None,
           "OCHA's regional spokeswoman, Ingrid Faulk, called the attack on the hospital \"a clear violation of international humanitarian law\""),
        st("ingrid-faulk", "CALL", "H", None, "urged all parties to stop targeting health care"),
    ])

# ---- d36-05  Marmara Times (Turkish daily), 2015-11-30 (Monday)
GOLD["d36-05"] = dict(
    article=dict(outlet="Marmara Times", publishedAt="2015-11-30",
                 url="https://example.org/marmara-times/2015/11/30/russian-warplanes-pound-idlib-ariha"),
    actors=["russian-military", "ariha-local-council", "syria", "syrian-civil-defence", "omar-naasan", "sohr", "anadolu",
            "syrian-army", "turkish-foreign-ministry", "russia", "emre-kozanoglu", "islamic-state", "turkey", "sana",
            "armed-opposition"],
    places=["idlib-province", "istanbul", "ariha", "maarrat-misrin", "idlib-city", "jisr-al-shughur", "m4-highway"],
    incidents=[inc("A", "AIRSTRIKE", "2015-11-29", ["ariha"], ["russian-military"], "G645"),
               inc("M", "AIRSTRIKE", "2015-11-29", ["maarrat-misrin"], ["russian-military"], None),
               inc("J", "AIRSTRIKE", "2015-11-28", ["jisr-al-shughur"], ["syrian-army"], "G648")],
    statements=[
        st("ariha-local-council", "CLAIM", "A", "russian-military",
           "At least 23 civilians, including seven children, were killed when Russian warplanes struck a residential district of the town of Ariha in Syria's northwestern Idlib province on Sunday, the town's local council said.",
           killed=23, children=7, qualifier="AT_LEAST"),
        st("omar-naasan", "CLAIM", "A", None,
           "Civil defence teams were still searching the rubble of three buildings late into the night, according to Omar Naasan, the head of the council."),
        st("omar-naasan", "CLAIM", "A", None,
           "Naasan said: \"Most of the dead were women and children who were sheltering in basements. There were no fighters in that neighbourhood.\""),
        st("sohr", "CLAIM", "A", None,
           "The Syrian Observatory for Human Rights, a Britain-based monitoring group, put the death toll at 19.",
           killed=19),
        st("anadolu", "CLAIM", "M", "russian-military",
           "Anadolu Agency reported that Russian jets had carried out more than 20 strikes across Idlib on Sunday, including on the town of Maarrat Misrin, north of Idlib city, where two people were killed.",
           killed=2),
        st("syrian-civil-defence", "CLAIM", "J", None,
           "On Saturday, an air strike near the national hospital in Jisr al-Shughur killed nine people, according to the White Helmets civil defence group",
           killed=9),
        st("syrian-civil-defence", "ACCUSATION", "J", "syrian-army", "which blamed regime helicopters for the attack"),
        st("turkish-foreign-ministry", "CRITICISM", "A", None, "Turkey's Foreign Ministry condemned Sunday's attack on Ariha."),
        st("emre-kozanoglu", "CRITICISM", None, "russia",
           "\"Russia's bombing of civilian areas in Idlib, far from any Daesh presence, is unacceptable and only strengthens the regime,\" ministry spokesman Emre Kozanoglu said in a written statement"),
        st("emre-kozanoglu", "CALL", None, "russia", "calling on Moscow to halt the strikes immediately"),
        st("russia", "DENIAL", None, None, "Moscow has rejected Turkish criticism of its operations"),
        st("russia", "CLAIM", None, "russian-military", "insisting its jets only hit \"terrorists\""),
        st("sana", "CLAIM", None, "syrian-army",
           "The Syrian regime's news agency SANA said army units had destroyed \"terrorist hideouts\" in the Idlib countryside, without naming any town."),
    ])

# ---- d36-06  Zaytoun Post (Syrian opposition site), 2016-04-15 (Friday)
GOLD["d36-06"] = dict(
    article=dict(outlet="Zaytoun Post", publishedAt="2016-04-15",
                 url="https://example.org/zaytoun-post/2016/04/15/kansafra-massacre-school-strike"),
    actors=["russian-military", "idlib-health-directorate", "syrian-civil-defence", "abu-fadi", "zaytoun-post",
            "kansafra-local-council", "un", "syria", "syrian-state-media", "syrian-army", "armed-opposition", "snhr",
            "russia", "nusra-front", "islamic-state"],
    places=["kansafra", "jabal-al-zawiya", "idlib-province", "hmeimim", "idlib-city"],
    incidents=[inc("K", "AIRSTRIKE", "2016-04-13", ["kansafra"], ["russian-military"], "G647"),
               inc("Q", "AIRSTRIKE", "2016-04-14", ["idlib-city"], ["russian-military"], None)],
    statements=[
        st("idlib-health-directorate", "CLAIM", "K", "russian-military",
           "Russian warplanes on Wednesday bombed a primary school in the village of Kansafra in Jabal al-Zawiya, in the southern Idlib countryside, killing 11 people, eight of them children, according to the Free Idlib Health Directorate.",
           killed=11, children=8),
        st("syrian-civil-defence", "CLAIM", "K", None,
           "The Syria Civil Defence centre in Jabal al-Zawiya said its volunteers had pulled 10 bodies from the rubble and that at least 20 other people were wounded.",
           killed=10, injured=20, qualifier="EXACT"),
        st("abu-fadi", "CLAIM", "K", None,
           "“They were sitting exams in the basement. The teachers thought it was the safest place,” said Abu Fadi, a teacher at the school who lost his nephew in the attack."),
        st("kansafra-local-council", "CALL", "K", "un",
           "called on the United Nations to send investigators to the village"),
        st("syrian-state-media", "CLAIM", None, "syrian-army",
           "The regime's media claimed the army had struck “headquarters of terrorist groups” in Jabal al-Zawiya, without mentioning the school."),
        st("snhr", "CLAIM", None, "russian-military",
           "The Syrian Network for Human Rights said in its monthly report that Russian forces had killed 112 civilians in Idlib province in March",
           killed=112),
        st("snhr", "ACCUSATION", None, "russia", "accusing Moscow of deliberately targeting markets and schools"),
        st("russia", "DENIAL", None, "russia", "Moscow denies targeting civilians"),
        st("russia", "CLAIM", None, "russia",
           "says it strikes only “terrorists” of the Nusra Front and the Islamic State group"),
    ])

# ---- d36-07  Sever News Agency (state agency English service), 2015-12-01 (Tuesday)
GOLD["d36-07"] = dict(
    article=dict(outlet="Sever News Agency", publishedAt="2015-12-01",
                 url="https://example.org/sever-news-agency/en/2015/12/01/russian-jets-destroyed-command-post-ariha"),
    actors=["russian-military", "russian-mod", "sever-news-agency", "syria", "jaish-al-fatah", "oleg-saversky",
            "armed-opposition", "sohr", "nusra-front", "russia", "turkey", "sana", "syrian-army"],
    places=["idlib-province", "ariha", "moscow", "al-fuaa", "kafraya", "binnish", "latakia-province"],
    incidents=[inc("A", "AIRSTRIKE", "2015-11-29", ["ariha"], ["russian-military"], "G645"),
               inc("F", "SHELLING", "2015-11-30", ["al-fuaa", "kafraya"], ["armed-opposition", "nusra-front"], None)],
    statements=[
        st("russian-mod", "CONFIRMATION", "A", "russian-military",
           "The Russian Defence Ministry on Tuesday confirmed that its aircraft struck targets in the town of Ariha in Syria's Idlib province on Sunday"),
        st("russian-mod", "CLAIM", "A", "russian-military",
           "but said the strikes hit a command post of the Jaish al-Fatah militant alliance and an ammunition depot"),
        st("oleg-saversky", "CLAIM", "A", "russian-military",
           "\"Objective monitoring data show that only terrorist facilities were hit. There were no civilian buildings in the area,\" ministry spokesman Major-General Oleg Saversky told a briefing in Moscow."),
        st("russian-mod", "CLAIM", "A", "russian-military",
           "According to the ministry, more than 30 militants, including two field commanders, were killed in the strike.",
           killed=30, qualifier="MORE_THAN"),
        st("oleg-saversky", "DENIAL", "A", None,
           "Saversky dismissed reports of civilian deaths in Ariha as \"fabrications spread by the terrorists' foreign sponsors\"."),
        st("sohr", "CLAIM", "A", "russian-military",
           "Western capitals, citing the Syrian Observatory for Human Rights, have claimed that Russian strikes killed civilians in Ariha."),
        st("russian-mod", "DENIAL", "A", None, "The ministry dismissed the Observatory's figures."),
        st("russian-mod", "ACCUSATION", "F", "armed-opposition",
           "The ministry also said militants had fired mortar rounds at the government-held villages of al-Fuaa and Kafraya overnight, wounding four civilians.",
           injured=4),
        st("russian-mod", "ACCUSATION", "F", "nusra-front",
           "The shelling was carried out by the Nusra Front from positions near Binnish, it said."),
        st("oleg-saversky", "CLAIM", None, "russian-military",
           "Saversky warned that Russian aircraft would keep striking \"terrorist targets\" across Idlib and Latakia provinces \"until they are completely destroyed\"."),
        st("russia", "ACCUSATION", None, "turkey",
           "Moscow has repeatedly accused Ankara of allowing weapons and fighters to cross into Idlib through the Turkish border."),
        st("sana", "CLAIM", None, "syrian-army",
           "Syria's state news agency SANA reported that army units had taken two hilltops in the northern Latakia countryside with Russian air support."),
        st("russian-mod", "CLAIM", None, "russian-military",
           "Since September 30, Russian aircraft have flown more than 4,000 sorties in Syria, the ministry said."),
    ])

# ---- d36-08  The Levant Observer (regional), no publication date
GOLD["d36-08"] = dict(
    article=dict(outlet="The Levant Observer", publishedAt=None,
                 url="https://example.org/levant-observer/syria/idlib-hospital-bombed-again-months-after-reopening"),
    actors=["syria", "sohr", "uossm", "ziad-haddour", "russian-military", "syrian-army", "al-watan", "armed-opposition",
            "un-security-council", "syrian-civil-defence", "ahrar-al-sham", "russia"],
    places=["idlib-province", "maarrat-misrin", "ihsim", "jabal-al-zawiya", "jurin", "idlib-city"],
    incidents=[inc("T", "AIRSTRIKE", None, ["maarrat-misrin"], ["syrian-army"], None),
               inc("H", "AIRSTRIKE", "2016-02-07", ["maarrat-misrin"], [], "G646"),
               inc("I", "AIRSTRIKE", None, ["ihsim"], ["syrian-army"], None),
               inc("R", "SHELLING", None, ["jurin"], ["ahrar-al-sham"], None)],
    statements=[
        st("sohr", "CLAIM", "T", None,
           "Air strikes on Tuesday hit a hospital in the town of Maarrat Misrin in Syria's Idlib province, killing a nurse and wounding six people, the Syrian Observatory for Human Rights said.",
           killed=1, injured=6),
        st("ziad-haddour", "CLAIM", "T", None,
           "\"We had just finished repairing the operating theatre. Now we start again,\" said Dr Ziad Haddour, the hospital's director, who was inside when the bombs fell."),
        st("sohr", "CLAIM", "T", None,
           "The Observatory said it could not determine whether Russian jets or Syrian government aircraft had carried out Tuesday's raids."),
        st("syrian-army", "CLAIM", "T", "syrian-army",
           "A Syrian military source, quoted by the pro-government Al-Watan newspaper, said the air force had struck \"a gathering of terrorists\" in Maarrat Misrin on Tuesday"),
        st("syrian-army", "DENIAL", "T", "syrian-army", "denied hitting any hospital"),
        st("uossm", "CLAIM", "T", None, "UOSSM said it was the 11th attack on a facility it supports this year"),
        st("uossm", "CALL", None, "un-security-council",
           "called on the UN Security Council to enforce its own resolutions on the protection of medical care"),
        st("syrian-civil-defence", "CLAIM", "I", "syrian-army",
           "Late on Monday, government helicopters dropped barrel bombs on the village of Ihsim in Jabal al-Zawiya, killing three members of one family, two of them children, according to the Syria Civil Defence.",
           killed=3, children=2),
        st("ahrar-al-sham", "CLAIM", "R", "ahrar-al-sham",
           "Ahrar al-Sham, one of the largest rebel groups in the province, said its fighters had shelled regime positions around the village of Jurin in response."),
        st("sohr", "CLAIM", None, None,
           "The Observatory says more than 200 civilians have been killed in the town and its surroundings since then.",
           killed=200, qualifier="MORE_THAN"),
    ])


def write_gold():
    for stem, g in GOLD.items():
        art = dict(id=stem, title=title(stem))
        art.update(g["article"])
        out = dict(article=art, actors=g["actors"], places=g["places"], incidents=g["incidents"],
                   statements=g["statements"])
        with open(stem + ".gold.json", "w", encoding="utf-8") as f:
            json.dump(out, f, indent=2, ensure_ascii=False)
            f.write("\n")


if __name__ == "__main__":
    extend_registry()
    write_gold()
    print("wrote", len(GOLD), "gold files; registry extended")
