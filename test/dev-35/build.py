#!/usr/bin/env python3
"""Build entities.json (registry copy + extensions) and d35-NN.gold.json for the dev-35 blind set.
Run from this folder: python3 build.py"""
import json, copy, os

HERE = os.path.dirname(os.path.abspath(__file__))
SRC_REGISTRY = "/work/shared/corpus/entities.json"

# ---------------------------------------------------------------- registry extensions
def outlet(id_, name, aliases, note):
    return {"id": id_, "name": name, "kind": "news-agency", "partOf": None,
            "aliases": aliases, "fictional": True, "note": note}

def person(id_, name, part_of, aliases, role):
    return {"id": id_, "name": name, "kind": "person", "partOf": part_of,
            "aliases": aliases, "fictional": True, "role": role}

NEW_ACTORS = [
    {"id": "syrian-mod", "name": "Syrian Ministry of Defence", "kind": "ministry", "partOf": "syria",
     "aliases": ["Syrian Ministry of Defence", "Syrian Defence Ministry", "Syrian defence ministry",
                 "Syria's defence ministry", "Syria's Defense Ministry"]},
    {"id": "syria-response-coordinators", "name": "Syria Response Coordinators", "kind": "monitor", "partOf": None,
     "aliases": ["Syria Response Coordinators", "Response Coordinators"],
     "note": "Local monitoring group in north-west Syria; \"the group\" can refer to it in context (dev-35 d35-05)."},
    {"id": "who", "name": "World Health Organization", "kind": "un-body", "partOf": "un",
     "aliases": ["World Health Organization", "WHO"]},
    {"id": "qatar", "name": "Qatar", "kind": "state", "partOf": None,
     "aliases": ["Qatar", "Doha"], "contextualAliases": ["Doha"]},
    {"id": "qatar-foreign-ministry", "name": "Qatari Ministry of Foreign Affairs", "kind": "ministry", "partOf": "qatar",
     "aliases": ["Qatar's foreign ministry", "Qatari Foreign Ministry"]},
    {"id": "iran", "name": "Iran", "kind": "state", "partOf": None,
     "aliases": ["Iran", "Tehran", "Iranian-backed", "Iran-backed"], "contextualAliases": ["Tehran"],
     "note": "\"Iranian-backed\" counts as a mention (backing), like \"Turkish-backed\"."},
    {"id": "iran-backed-militias", "name": "Iran-backed militias (fighting alongside Syrian government forces)",
     "kind": "armed-group", "partOf": None,
     "aliases": ["Iranian-backed militias", "Iran-backed militias", "Iranian militias"]},
    {"id": "fath-al-mubin", "name": "al-Fath al-Mubin operations room", "kind": "armed-group", "partOf": None,
     "aliases": ["al-Fath al-Mubin operations room", "al-Fath al-Mubin", "Fath al-Mubin", "the operations room",
                 "the alliance"],
     "contextualAliases": ["the operations room", "the alliance"],
     "note": "HTS-led joint operations room of armed groups in Idlib; HTS is not automatically a perpetrator of its attacks."},
    outlet("transworld-press", "Transworld Press", ["Transworld Press", "TWP"],
           "Fictional wire agency (dev-35 d35-01)."),
    outlet("atlas-news", "Atlas News", ["Atlas News"],
           "Fictional broadcaster website (dev-35 d35-02)."),
    outlet("continental-herald", "The Continental Herald", ["The Continental Herald", "Continental Herald"],
           "Fictional international newspaper (dev-35 d35-03)."),
    outlet("relief-dispatch", "The Relief Dispatch", ["The Relief Dispatch", "Relief Dispatch"],
           "Fictional humanitarian news outlet (dev-35 d35-04)."),
    outlet("gulf-chronicle", "Gulf Chronicle", ["Gulf Chronicle"],
           "Fictional Gulf daily (dev-35 d35-05)."),
    outlet("shaam-horizon", "Shaam Horizon", ["Shaam Horizon"],
           "Fictional Syrian opposition news site (dev-35 d35-06)."),
    outlet("bna", "Barada News Agency (BNA)", ["Barada News Agency", "BNA"],
           "Fictional Syrian state news agency, English service (dev-35 d35-07)."),
    outlet("levant-observer", "The Levant Observer", ["The Levant Observer", "Levant Observer"],
           "Fictional Beirut-based regional outlet (dev-35 d35-08)."),
    person("abdulrahman-jomaa", "Abdulrahman Jomaa", "syrian-civil-defence", ["Abdulrahman Jomaa", "Jomaa"],
           "head of the civil defence centre in Jisr al-Shughur"),
    person("yaman-shaar", "Dr Yaman Shaar", None, ["Dr Yaman Shaar", "Yaman Shaar", "Shaar"],
           "hospital director, Jisr al-Shughur"),
    person("abu-mahmoud", "Abu Mahmoud", None, ["Abu Mahmoud"],
           "carpenter, Jisr al-Shughur (resident)"),
    person("khadija-ramadan", "Khadija Ramadan", None, ["Khadija Ramadan"],
           "teacher, Darat Izza (resident)"),
    person("rania-aswad", "Rania Aswad", "syrian-civil-defence", ["Rania Aswad", "Aswad"],
           "civil defence coordinator in Ariha"),
    person("hamza-abboud", "Hamza Abboud", None, ["Hamza Abboud", "Abboud"],
           "member of Ariha's local council"),
    person("samer-qaddah", "Samer Qaddah", None, ["Samer Qaddah", "Qaddah"],
           "nurse, Ariha hospital"),
]

def place(id_, name, kind, province, lat, lon, aliases, note=None):
    d = {"id": id_, "name": name, "kind": kind, "province": province, "country": "Syria",
         "lat": lat, "lon": lon, "aliases": aliases}
    if note:
        d["note"] = note
    return d

NEW_PLACES = [
    place("darat-izza", "Darat Izza", "town", "Aleppo", 36.283, 36.857, ["Darat Izza", "Daret Azza", "Darat Azza"]),
    place("kansafra", "Kansafra", "village", "Idlib", 35.64, 36.55, ["Kansafra", "Kansafrah"]),
    place("jabal-al-zawiya", "Jabal al-Zawiya", "region", "Idlib", 35.68, 36.53,
          ["Jabal al-Zawiya", "Jabal al-Zawiyah", "Jebel Zawiya"],
          "Hill region south of Ariha; a containing area, not repeated in incident places."),
    place("jourin", "Jourin", "village", "Hama", 35.61, 36.36, ["Jourin", "Jurin"]),
    place("al-ghab", "al-Ghab plain", "region", "Hama", 35.6, 36.35,
          ["al-Ghab Plain", "al-Ghab plain", "Sahl al-Ghab", "al-Ghab"]),
    place("sarmin", "Sarmin", "town", "Idlib", 35.90, 36.725, ["Sarmin"]),
]

NEW_GLOBALS = [
    {"id": "G625", "label": "Air strike on a workshop and houses on the outskirts of Jisr al-Shughur",
     "kind": "AIRSTRIKE", "date": "2022-10-18", "places": ["jisr-al-shughur"],
     "articles": ["d35-01", "d35-02", "d35-07"],
     "figures": "killed >=7 incl. 2 children (SOHR, day 1) / 6 bodies, 11 wounded (White Helmets, day 1) / 9 incl. 3 children (White Helmets, day 2) / 8 (SOHR, day 2) / 14 wounded treated (hospital) / 'a number of terrorists' (Syrian military source); perpetrator Russian jets (SOHR) vs Syrian air force (BNA source), denied by Russia"},
    {"id": "G626", "label": "Government shelling of Darat Izza on the school run",
     "kind": "SHELLING", "date": "2023-01-11", "places": ["darat-izza"],
     "articles": ["d35-03", "d35-05"],
     "figures": "killed 4 incl. 2 children, 9 wounded (White Helmets) / 5 (SOHR) / 5 incl. 3 children (Syria Response Coordinators)"},
    {"id": "G627", "label": "Shelling of quake-damaged neighbourhoods of Ariha",
     "kind": "SHELLING", "date": "2023-02-20", "places": ["ariha"],
     "articles": ["d35-04", "d35-06", "d35-08"],
     "figures": "killed 3 incl. 1 child, 8 wounded (White Helmets, d35-04) / 2 bodies, 11 wounded (Idlib Health Directorate) / 4 incl. 2 children, 12 wounded (White Helmets, d35-06) / >=5 incl. 1 child (SOHR); perpetrators government forces vs government forces plus Iranian-backed militias"},
    {"id": "G628", "label": "Rocket fire by the al-Fath al-Mubin operations room on Saraqeb",
     "kind": "SHELLING", "date": "2023-02-20", "places": ["saraqeb"],
     "articles": ["d35-06", "d35-08"],
     "figures": "killed 2 (Syrian state media) / killed 2, 4 wounded (SANA); the operations room denies hitting civilians; perpetrator the operations room vs 'terrorist organisations' (Syrian MoD)"},
]

# ---------------------------------------------------------------- gold helpers
def S(speaker, stance, incident, actor, evidence, killed=None, injured=None, children=None, qualifier=None):
    if qualifier is None and (killed is not None or injured is not None):
        qualifier = "EXACT"
    return {"speaker": speaker, "stance": stance, "about": {"incident": incident, "actor": actor},
            "killed": killed, "injured": injured, "children": children, "qualifier": qualifier,
            "evidence": evidence}

def I(key, kind, date, places, perps, same=None):
    return {"key": key, "kind": kind, "date": date, "places": places, "perpetratorAlleged": perps, "sameAs": same}

GOLD = {}

GOLD["d35-01"] = dict(
    outlet="Transworld Press", publishedAt="2022-10-18",
    url="https://example.org/transworld-press/2022/10/18/air-strike-jisr-al-shughur-kills-seven",
    actors=["syria", "sohr", "transworld-press", "russian-military", "syrian-civil-defence", "abdulrahman-jomaa",
            "russian-mod", "syrian-army", "sana", "russia", "turkey", "hts", "al-qaeda", "armed-opposition"],
    places=["jisr-al-shughur", "beirut", "northwest-syria", "idlib-province", "latakia-province", "ariha"],
    incidents=[I("A1", "AIRSTRIKE", "2022-10-18", ["jisr-al-shughur"], ["russian-military"], "G625"),
               I("A2", "SHELLING", "2022-10-17", ["ariha"], ["syrian-army"])],
    statements=[
        S("sohr", "CLAIM", "A1", None,
          "An air strike on the outskirts of Jisr al-Shughur in north-west Syria killed at least seven people, including two children, on Tuesday, the Syrian Observatory for Human Rights said",
          killed=7, children=2, qualifier="AT_LEAST"),
        S("sohr", "ACCUSATION", "A1", "russian-military", "blaming Russian warplanes"),
        S("sohr", "CLAIM", "A1", None,
          "The Britain-based monitor said the strike hit a furniture workshop and two houses on the western edge of the town, one of the largest in Idlib province."),
        S("syrian-civil-defence", "CLAIM", "A1", None,
          "Rescue workers recovered six bodies and took 11 wounded people to hospitals in the area, the Syria Civil Defence, also known as the White Helmets, said in a statement.",
          killed=6, injured=11),
        S("abdulrahman-jomaa", "CLAIM", "A1", None,
          "\"The aircraft came back twice while our teams were still digging,\" said Abdulrahman Jomaa, who heads the group's centre in Jisr al-Shughur."),
        S("syrian-army", "CLAIM", None, "syrian-army",
          "A Syrian military source quoted by state news agency SANA said army units had struck \"terrorist positions\" in the Idlib and Latakia countryside over the past 24 hours, without naming any town."),
        S("syrian-civil-defence", "CLAIM", "A2", "syrian-army",
          "Overnight, government shelling hit residential areas of Ariha, wounding three people, the White Helmets said.",
          injured=3),
        S("sohr", "CLAIM", None, None,
          "The Observatory says Russian air strikes and Syrian army shelling have killed at least 41 civilians in the Idlib region since the start of September.",
          killed=41, qualifier="AT_LEAST"),
        S("turkey", "CALL", None, "russia",
          "Turkey, which keeps thousands of troops in the region and backs some rebel factions, has called on Moscow to rein in the raids."),
    ])

GOLD["d35-02"] = dict(
    outlet="Atlas News", publishedAt="2022-10-19",
    url="https://example.org/atlas-news/2022/10/19/syria-jisr-al-shughur-toll-rises-to-nine",
    actors=["syria", "syrian-civil-defence", "yaman-shaar", "abu-mahmoud", "sohr", "russian-military", "russian-mod",
            "arkady-pletnev", "tass", "syrian-army", "unicef", "turkish-foreign-ministry", "turkey", "russia"],
    places=["jisr-al-shughur", "idlib-province", "kansafra", "jabal-al-zawiya", "ankara", "northwest-syria"],
    incidents=[I("B1", "AIRSTRIKE", "2022-10-18", ["jisr-al-shughur"], ["russian-military"], "G625"),
               I("B2", "SHELLING", "2022-10-18", ["kansafra"], ["syrian-army"])],
    statements=[
        S("syrian-civil-defence", "CLAIM", "B1", None,
          "The number of people killed in an air strike on the outskirts of Jisr al-Shughur in Syria's Idlib province on Tuesday has risen to nine, among them three children, according to the White Helmets.",
          killed=9, children=3),
        S("syrian-civil-defence", "CLAIM", "B1", None,
          "The rescue group said two of the wounded had died in hospital overnight."),
        S("yaman-shaar", "CLAIM", "B1", None,
          "Dr Yaman Shaar, who runs the main hospital in the town, said his staff had treated 14 wounded people, four of them in a critical condition.",
          injured=14),
        S("abu-mahmoud", "CLAIM", "B1", None,
          "\"The second missile hit just as people ran to help,\" said Abu Mahmoud, a carpenter whose workshop stood next door."),
        S("sohr", "CLAIM", "B1", "russian-military",
          "The Syrian Observatory for Human Rights put the toll at eight and said Russian jets had carried out the raid.",
          killed=8),
        S("russian-mod", "DENIAL", "B1", "russian-military", "Russia's defence ministry rejected the accusation."),
        S("arkady-pletnev", "DENIAL", "B1", "russian-military",
          "\"Russian aircraft did not carry out any strikes in the area of Jisr al-Shughur on 18 October,\" its spokesman, Maj-Gen Arkady Pletnev, told the TASS news agency."),
        S("arkady-pletnev", "ACCUSATION", "B1", "syrian-civil-defence",
          "He accused the White Helmets of \"staging scenes of destruction\" to discredit the ceasefire."),
        S("unicef", "CRITICISM", "B1", None,
          "UNICEF said it was \"appalled\" by reports that children were among the dead in Jisr al-Shughur"),
        S("unicef", "CALL", "B1", None, "called on all parties to keep children out of harm's way"),
        S("turkish-foreign-ministry", "CRITICISM", "B1", None,
          "In Ankara, Turkey's foreign ministry said the attack was \"unacceptable\" and violated the truce that Ankara and Moscow agreed in March 2020."),
    ])

GOLD["d35-03"] = dict(
    outlet="The Continental Herald", publishedAt="2023-01-12",
    url="https://example.org/continental-herald/2023/jan/12/syria-darat-izza-shelling-school-run",
    actors=["syrian-civil-defence", "syrian-army", "sohr", "khadija-ramadan", "syria", "syrian-state-media",
            "armed-opposition", "russian-military", "un", "hts", "ocha", "russia", "turkey"],
    places=["darat-izza", "aleppo-city", "aleppo-province", "idlib-province", "idlib-city", "northwest-syria"],
    incidents=[I("C1", "SHELLING", "2023-01-11", ["darat-izza"], ["syrian-army"], "G626"),
               I("C2", "AIRSTRIKE", "2023-01-09", ["idlib-city"], ["russian-military"])],
    statements=[
        S("syrian-civil-defence", "CLAIM", "C1", None,
          "Children were walking to school in Darat Izza on Wednesday morning when the first shells landed on the main road, killing four people, two of them children, according to the Syria Civil Defence rescue service.",
          killed=4, children=2),
        S("syrian-civil-defence", "CLAIM", "C1", None,
          "The volunteers, known as the White Helmets, said nine others were wounded", injured=9),
        S("syrian-civil-defence", "ACCUSATION", "C1", "syrian-army",
          "blamed government forces on the front line a few miles to the south"),
        S("sohr", "CLAIM", "C1", "syrian-army",
          "The Syrian Observatory for Human Rights, a UK-based monitoring group, put the death toll at five and said the shells were fired by regime forces.",
          killed=5),
        S("khadija-ramadan", "CLAIM", "C1", None,
          "“There is no army position here, only houses and a school,” said Khadija Ramadan, a teacher whose nine-year-old son was hurt."),
        S("syrian-state-media", "CLAIM", None, "syrian-army",
          "State media reported that the army had “responded to terrorist attacks” on its positions west of Aleppo."),
        S("sohr", "CLAIM", "C2", "russian-military",
          "On Monday, Russian jets struck the outskirts of Idlib city, hitting a poultry farm and a water pumping station, the Observatory said, adding that no one was hurt.",
          killed=0, injured=0),
        S("un", "CLAIM", None, None,
          "According to the UN, at least 112 civilians were killed in hostilities in the region in the last three months of 2022.",
          killed=112, qualifier="AT_LEAST"),
        S("hts", "CLAIM", "C1", "hts",
          "Hayat Tahrir al-Sham, the Islamist group that controls most of the enclave, vowed to retaliate for the Darat Izza attack."),
        S("ocha", "CRITICISM", None, None,
          "The UN’s humanitarian office said it was “deeply concerned” by the rise in attacks on civilian areas"),
        S("ocha", "CALL", None, None, "urged all parties to respect international humanitarian law"),
    ])

GOLD["d35-04"] = dict(
    outlet="The Relief Dispatch", publishedAt="2023-02-22",
    url="https://example.org/relief-dispatch/2023/02/22/shelling-hits-quake-stricken-ariha",
    actors=["turkey", "syrian-civil-defence", "rania-aswad", "syrian-army", "idlib-health-directorate",
            "syria-response-coordinators", "who", "ocha", "sams", "syria", "armed-opposition"],
    places=["ariha", "northwest-syria", "sarmada"],
    incidents=[I("D1", "SHELLING", "2023-02-20", ["ariha"], ["syrian-army"], "G627"),
               I("D2", "SHELLING", "2023-02-19", ["sarmada"], [])],
    statements=[
        S("syrian-civil-defence", "CLAIM", "D1", None,
          "The Syria Civil Defence said three civilians, among them a child, were killed and eight wounded, and that one of its ambulances was damaged.",
          killed=3, injured=8, children=1),
        S("rania-aswad", "CLAIM", "D1", None,
          "“People who survived the earthquake are now being killed in the tents they fled to,” said Rania Aswad, the rescue group’s coordinator in Ariha."),
        S("syrian-civil-defence", "ACCUSATION", "D1", "syrian-army",
          "The rescue group blamed the shelling on government forces stationed south of the town."),
        S("idlib-health-directorate", "CLAIM", "D1", None,
          "The Idlib Health Directorate said the town’s hospital had received two bodies and 11 wounded.",
          killed=2, injured=11),
        S("syrian-civil-defence", "CLAIM", "D2", None,
          "Late on Sunday, rockets fired from government-held areas landed near displacement camps outside Sarmada, close to the Turkish border, causing panic but no casualties, the White Helmets said.",
          killed=0, injured=0),
        S("syria-response-coordinators", "CLAIM", None, None,
          "The Syria Response Coordinators, a local monitoring group, says it has recorded at least 12 attacks on populated areas since the quake."),
        S("who", "CRITICISM", None, None,
          "The World Health Organization said it was “deeply alarmed” that health facilities in the area had been hit twice since 6 February."),
        S("ocha", "CALL", None, None,
          "The UN’s humanitarian office, OCHA, has called on all parties to halt hostilities so that aid can reach survivors."),
        S("sams", "CALL", None, None,
          "The Syrian American Medical Society (SAMS), which supports the hospital, urged donors to fund fuel for generators"),
        S("sams", "CLAIM", None, None,
          "saying several clinics were running on a few hours of power a day"),
        S("syria", "CLAIM", None, "syria", "Damascus says it targets only “terrorist groups”."),
    ])

GOLD["d35-05"] = dict(
    outlet="Gulf Chronicle", publishedAt="2023-01-12",
    url="https://example.org/gulf-chronicle/2023/01/12/regime-shelling-kills-five-aleppo-countryside",
    actors=["syrian-army", "syria", "syria-response-coordinators", "syrian-civil-defence", "syrian-mod", "sana",
            "qatar-foreign-ministry", "sohr", "armed-opposition", "turkey", "un"],
    places=["aleppo-province", "darat-izza", "northwest-syria", "atarib", "saraqeb", "idlib-province"],
    incidents=[I("E1", "SHELLING", "2023-01-11", ["darat-izza"], ["syrian-army"], "G626"),
               I("E2", "SHELLING", "2023-01-11", ["atarib"], ["syrian-army"]),
               I("E3", "SHELLING", "2023-01-07", ["darat-izza"], [])],
    statements=[
        S("syria-response-coordinators", "CLAIM", "E1", "syrian-army",
          "Five people, including three children, were killed when government shelling struck the town of Darat Izza in north-western Syria on Wednesday, the Syria Response Coordinators said.",
          killed=5, children=3),
        S("syria-response-coordinators", "CLAIM", "E1", None,
          "The group, which documents attacks in the opposition-held north-west, said the shells hit near a school as pupils were arriving."),
        S("syrian-civil-defence", "CLAIM", "E1", None,
          "The White Helmets rescue service put the toll at four dead and nine wounded.", killed=4, injured=9),
        S("syrian-mod", "CLAIM", "E1", "syrian-army",
          "Syria's defence ministry said in a statement carried by the official SANA news agency that army units had \"targeted terrorist hideouts\" in Darat Izza in response to attacks on military positions."),
        S("qatar-foreign-ministry", "CRITICISM", "E1", None,
          "Qatar's foreign ministry condemned the shelling \"in the strongest terms\""),
        S("qatar-foreign-ministry", "CALL", "E1", None,
          "called on the international community to protect civilians in Syria"),
        S("sohr", "CLAIM", "E2", "syrian-army",
          "On the same day, government artillery also targeted the outskirts of al-Atarib, some 15 km to the south, without causing casualties, according to the Syrian Observatory for Human Rights.",
          killed=0, injured=0),
        S("sohr", "CLAIM", "E3", None,
          "Darat Izza was also shelled on Saturday, when two farmers were wounded in their olive groves, the Observatory said.",
          injured=2),
        S("un", "CLAIM", None, None,
          "More than 4 million people live in the north-west, most of them in need of humanitarian aid, according to the United Nations."),
    ])

GOLD["d35-06"] = dict(
    outlet="Shaam Horizon", publishedAt=None,
    url="https://example.org/shaam-horizon/news/assad-militias-shell-ariha-four-civilians-killed",
    actors=["syrian-army", "iran", "iran-backed-militias", "syrian-civil-defence", "hamza-abboud", "un",
            "fath-al-mubin", "syria", "syrian-state-media", "snhr", "russia"],
    places=["ariha", "jabal-al-zawiya", "idlib-province", "saraqeb", "sarmin", "idlib-city", "northwest-syria"],
    incidents=[I("F1", "SHELLING", "2023-02-20", ["ariha"], ["syrian-army", "iran-backed-militias"], "G627"),
               I("F2", "SHELLING", "2023-02-20", ["saraqeb"], ["fath-al-mubin"], "G628"),
               I("F3", "AIRSTRIKE", None, ["sarmin"], ["syrian-army"])],
    statements=[
        S("syrian-civil-defence", "CLAIM", "F1", None,
          "The Syria Civil Defence said the shelling killed four civilians, including two children, and wounded 12 others, most of them women.",
          killed=4, injured=12, children=2),
        S("syrian-civil-defence", "CLAIM", "F1", None,
          "Its teams rescued a family of five from a building that had already been cracked by the earthquake, the civil defence added."),
        S("hamza-abboud", "ACCUSATION", "F1", "syrian-army",
          "\"This shelling shows that Assad's forces are using the world's silence after the earthquake to kill more of our people,\" said Hamza Abboud, a member of Ariha's local council."),
        S("hamza-abboud", "CALL", "F1", "un",
          "He called on the United Nations to send an investigation team to the city."),
        S("fath-al-mubin", "CLAIM", "F2", "fath-al-mubin",
          "Hours later, the al-Fath al-Mubin operations room announced that its artillery had targeted regime positions in the town of Saraqeb in response to the massacre."),
        S("syrian-state-media", "CLAIM", "F2", None,
          "Syrian state media said two civilians were killed in Saraqeb.", killed=2),
        S("fath-al-mubin", "DENIAL", "F2", "fath-al-mubin", "The operations room denied targeting civilians"),
        S("fath-al-mubin", "CLAIM", "F2", "fath-al-mubin", "saying its shells had hit only military positions"),
        S("syrian-civil-defence", "CLAIM", "F3", "syrian-army",
          "On Thursday, a suicide drone launched by regime forces struck a car near Sarmin, east of Idlib city, wounding two men, according to the civil defence.",
          injured=2),
        S("snhr", "CLAIM", None, None,
          "The Syrian Network for Human Rights said in its monthly report that regime forces and Russia had killed 27 civilians in north-west Syria in January.",
          killed=27),
    ])

GOLD["d35-07"] = dict(
    outlet="Barada News Agency (BNA)", publishedAt="2022-10-18",
    url="https://example.org/bna/en/2022/10/18/army-destroys-drone-workshop-jisr-al-shughur",
    actors=["syrian-army", "armed-opposition", "bna", "syrian-civil-defence", "russian-reconciliation-centre",
            "syrian-foreign-ministry", "un-security-council", "turkey"],
    places=["jisr-al-shughur", "idlib-province", "al-ghab", "latakia-province", "jourin", "northwest-syria"],
    incidents=[I("K1", "AIRSTRIKE", "2022-10-18", ["jisr-al-shughur"], ["syrian-army"], "G625"),
               I("K2", "SHELLING", "2022-10-17", ["jourin"], ["armed-opposition"])],
    statements=[
        S("syrian-army", "CLAIM", "K1", "syrian-army",
          "A military source said on Tuesday that the Syrian air force carried out precise strikes on a workshop used by terrorist groups to assemble drones on the outskirts of Jisr al-Shughur in the western countryside of Idlib, destroying it and killing a number of terrorists."),
        S("syrian-army", "ACCUSATION", None, "armed-opposition",
          "The source added that the terrorists had used the workshop to launch drone attacks on safe villages in al-Ghab Plain and on army positions in the northern countryside of Lattakia."),
        S("syrian-army", "DENIAL", "K1", None,
          "The source denied what he called fabricated reports circulated by the so-called White Helmets about civilian casualties"),
        S("syrian-army", "ACCUSATION", "K1", "syrian-civil-defence",
          "The source denied what he called fabricated reports circulated by the so-called White Helmets about civilian casualties"),
        S("syrian-army", "CLAIM", "K1", "syrian-army",
          "stressing that the targeted site was a terrorist headquarters"),
        S("russian-reconciliation-centre", "ACCUSATION", None, "armed-opposition",
          "In its daily bulletin, the Russian Centre for Reconciliation of the Opposing Sides in Syria said it had registered 11 shelling attacks by terrorists from the Idlib de-escalation zone over the past 24 hours."),
        S("syrian-foreign-ministry", "CALL", None, "un-security-council",
          "In a related context, the Syrian Foreign Ministry called on the UN Security Council to force Turkey to end its support for terrorist groups in Idlib"),
        S("syrian-foreign-ministry", "ACCUSATION", None, "turkey",
          "holding Ankara responsible for the continued attacks on civilians"),
        S("syrian-army", "CLAIM", None, "syrian-army",
          "The General Command of the Army has repeatedly affirmed its determination to liberate every inch of Syrian territory from terrorism."),
    ])

GOLD["d35-08"] = dict(
    outlet="The Levant Observer", publishedAt="2023-02-21",
    url="https://example.org/levant-observer/2023/02/21/idlib-shelling-kills-five-ariha-saraqeb",
    actors=["armed-opposition", "sohr", "syrian-army", "syria", "samer-qaddah", "levant-observer", "fath-al-mubin",
            "hts", "sana", "syrian-mod", "russian-military", "un-secretary-general", "turkey", "nlf"],
    places=["idlib-province", "ariha", "saraqeb", "beirut", "kafranbel", "jisr-al-shughur", "jabal-al-zawiya"],
    incidents=[I("H1", "SHELLING", "2023-02-20", ["ariha"], ["syrian-army"], "G627"),
               I("H2", "SHELLING", "2023-02-20", ["saraqeb"], ["fath-al-mubin", "armed-opposition"], "G628"),
               I("H3", "AIRSTRIKE", "2023-02-19", ["jisr-al-shughur"], ["russian-military"])],
    statements=[
        S("sohr", "CLAIM", "H1", "syrian-army",
          "At least five civilians were killed on Monday when government artillery shelled residential areas of Ariha in Syria's Idlib province, the Syrian Observatory for Human Rights said.",
          killed=5, qualifier="AT_LEAST"),
        S("sohr", "CLAIM", "H1", "syrian-army",
          "The Britain-based monitor said a child and two women were among the dead, and that the shells came from army positions near Kafr Nabl.",
          children=1),
        S("samer-qaddah", "CLAIM", "H1", None,
          "Samer Qaddah, a nurse at Ariha's hospital, told The Levant Observer that the emergency ward \"was still full of earthquake patients when the wounded arrived\"."),
        S("sana", "CLAIM", "H2", "fath-al-mubin",
          "Hours later, the al-Fath al-Mubin operations room, an alliance led by Hayat Tahrir al-Sham, fired rockets at the government-held town of Saraqeb, state news agency SANA reported, saying two civilians were killed and four wounded.",
          killed=2, injured=4),
        S("fath-al-mubin", "CLAIM", "H2", "fath-al-mubin",
          "The alliance said on its Telegram channel that it had targeted \"regime gatherings\" in retaliation for the Ariha attack."),
        S("syrian-mod", "ACCUSATION", "H2", "armed-opposition",
          "Syria's defence ministry accused \"terrorist organisations\" of deliberately targeting civilians in Saraqeb."),
        S("sohr", "CLAIM", "H3", "russian-military",
          "On Sunday, Russian warplanes struck hills west of Jisr al-Shughur for the first time since the earthquake, the Observatory said, without giving details of casualties."),
        S("un-secretary-general", "CALL", None, None,
          "A spokesman for the UN Secretary-General called on all parties to \"refrain from any escalation\" while the earthquake response continued."),
        S("nlf", "CLAIM", None, "nlf",
          "The Turkish-backed National Front for Liberation said it had put its fighters on alert along the Jabal al-Zawiya front."),
    ])

# ---------------------------------------------------------------- write
def main():
    reg = json.load(open(SRC_REGISTRY))
    out = copy.deepcopy(reg)
    have_a = {a["id"] for a in out["actors"]}
    have_p = {p["id"] for p in out["places"]}
    have_g = {g["id"] for g in out["globalIncidents"]}
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
    for aid, g in GOLD.items():
        title = open(os.path.join(HERE, aid + ".txt"), encoding="utf-8").read().split("\n", 1)[0]
        doc = {"article": {"id": aid, "title": title, "outlet": g["outlet"], "publishedAt": g["publishedAt"],
                           "url": g["url"]},
               "actors": g["actors"], "places": g["places"], "incidents": g["incidents"],
               "statements": g["statements"]}
        with open(os.path.join(HERE, aid + ".gold.json"), "w", encoding="utf-8") as f:
            json.dump(doc, f, ensure_ascii=False, indent=2)
            f.write("\n")
    print("wrote entities.json and", len(GOLD), "gold files")

if __name__ == "__main__":
    main()
