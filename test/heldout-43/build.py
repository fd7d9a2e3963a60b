#!/usr/bin/env python3
"""Build entities.json (shared registry + extensions) and the h43-NN.gold.json files.
Run from this folder: python3 build.py"""
import json, copy, os

HERE = os.path.dirname(os.path.abspath(__file__))
SHARED = "/work/shared/corpus/entities.json"

# ---------------------------------------------------------------- registry extensions
def person(i, name, partOf, aliases, role):
    return {"id": i, "name": name, "kind": "person", "partOf": partOf, "aliases": aliases,
            "fictional": True, "role": role}

def outlet(i, name, aliases, note):
    return {"id": i, "name": name, "kind": "news-agency", "partOf": None, "aliases": aliases,
            "fictional": True, "note": note}

NEW_ACTORS = [
    {"id": "iran", "name": "Iran", "kind": "state", "partOf": None,
     "aliases": ["Iran", "Tehran"], "contextualAliases": ["Tehran"]},
    {"id": "qatar", "name": "Qatar", "kind": "state", "partOf": None,
     "aliases": ["Qatar", "Doha"], "contextualAliases": ["Doha"],
     "note": "\"Doha\" is this actor only when used metonymically."},
    {"id": "saudi-arabia", "name": "Saudi Arabia", "kind": "state", "partOf": None,
     "aliases": ["Saudi Arabia", "Riyadh"], "contextualAliases": ["Riyadh"]},
    {"id": "saudi-foreign-ministry", "name": "Saudi Ministry of Foreign Affairs", "kind": "ministry",
     "partOf": "saudi-arabia", "aliases": ["Saudi foreign ministry", "a foreign ministry source"],
     "contextualAliases": ["a foreign ministry source"]},
    {"id": "saudi-press-agency", "name": "Saudi Press Agency", "kind": "news-agency", "partOf": None,
     "aliases": ["Saudi Press Agency", "the official Saudi Press Agency", "SPA"]},
    {"id": "syrian-interior-ministry", "name": "Syrian Ministry of Interior", "kind": "ministry",
     "partOf": "syria", "aliases": ["Syrian Interior Ministry", "Interior Ministry", "the Interior Ministry"],
     "contextualAliases": ["Interior Ministry", "the Interior Ministry"]},
    {"id": "jabhat-al-nusra", "name": "Jabhat al-Nusra", "kind": "armed-group", "partOf": None,
     "aliases": ["Jabhat al-Nusra", "al-Nusra Front", "Nusra Front", "Jabhat al-Nusra terrorists"],
     "note": "Name still used by Syrian and Russian official sources in 2017 for the jihadists around HTS; kept separate from hts because the hts aliases are fixed."},
    {"id": "fsa", "name": "Free Syrian Army", "kind": "armed-group", "partOf": None,
     "aliases": ["Free Syrian Army", "FSA", "Free Syrian Army factions"]},
    {"id": "syrian-national-coalition", "name": "National Coalition for Syrian Revolutionary and Opposition Forces",
     "kind": "political-group", "partOf": None,
     "aliases": ["Syrian National Coalition", "the Syrian National Coalition", "the Coalition"],
     "contextualAliases": ["the Coalition"],
     "note": "Political opposition body (a party to the conflict). New kind 'political-group'."},
    person("ammar-sweid", "Ammar Sweid", "syrian-civil-defence", ["Ammar Sweid", "Sweid"],
           "head of the civil defence team, Jisr al-Shughur"),
    person("firas-al-omar", "Firas al-Omar", "syrian-civil-defence", ["Firas al-Omar"],
           "director of the Civil Defence centre, Jisr al-Shughur"),
    person("ahmad-qassem", "Ahmad Qassem", "syrian-civil-defence", ["Ahmad Qassem", "Qassem"],
           "White Helmets volunteer, Khan Shaykhoun"),
    person("lina-sabbagh", "Dr Lina Sabbagh", None, ["Dr Lina Sabbagh", "Lina Sabbagh"],
           "emergency physician, National Hospital, Idlib city"),
    person("nizar-halabi", "Nizar Halabi", "jaish-al-izza", ["Nizar Halabi", "Halabi"],
           "Jaish al-Izza spokesman"),
    person("ingrid-vaage", "Ingrid Vaage", "un-human-rights-office", ["Ingrid Vaage", "Vaage"],
           "UN human rights office spokeswoman"),
    outlet("orbis-wire", "Orbis Wire", ["Orbis Wire"], "Fictional Reuters-style wire agency (h43-01)."),
    outlet("harbourline-news", "Harbourline News", ["Harbourline News", "Harbourline"],
           "Fictional BBC-style broadcaster website (h43-02)."),
    outlet("continental-herald", "The Continental Herald", ["The Continental Herald", "Continental Herald"],
           "Fictional Guardian-style international newspaper (h43-03)."),
    outlet("aid-frontline", "Aid Frontline", ["Aid Frontline"],
           "Fictional IRIN-style humanitarian news outlet (h43-04)."),
    outlet("gulf-ledger", "The Gulf Ledger", ["The Gulf Ledger", "Gulf Ledger"],
           "Fictional Gulf English-language daily (h43-05)."),
    outlet("zaytoun-post", "Zaytoun Post", ["Zaytoun Post"],
           "Fictional Syrian opposition news site, English edition (h43-06)."),
    outlet("barada-news-agency", "Barada News Agency (BNA)", ["Barada News Agency", "BNA"],
           "Fictional Syrian state news agency, English service (h43-07)."),
    outlet("cedar-daily", "The Cedar Daily", ["The Cedar Daily", "Cedar Daily"],
           "Fictional Lebanese regional English-language daily (h43-08)."),
]

NEW_PLACES = [
    {"id": "astana", "name": "Astana", "kind": "city", "province": "Astana", "country": "Kazakhstan",
     "lat": 51.1694, "lon": 71.4491, "aliases": ["Astana"]},
    {"id": "dubai", "name": "Dubai", "kind": "city", "province": "Dubai", "country": "United Arab Emirates",
     "lat": 25.2048, "lon": 55.2708, "aliases": ["Dubai"]},
]

NEW_GLOBALS = [
    {"id": "G630", "label": "Air strike on a school sheltering displaced families in Jisr al-Shughur",
     "kind": "AIRSTRIKE", "date": "2017-04-11", "places": ["jisr-al-shughur"],
     "articles": ["h43-01", "h43-06", "h43-07"],
     "figures": "killed >=14 incl. 5 children (SOHR) / 11 bodies, ~30 wounded (civil defence) / 17 incl. 7 children, >35 wounded (civil defence centre) / 16 (SNHR) / 'scores of terrorists' (Syrian army, not coded); perpetrator Russian jets (SOHR, SNHR, outlet) vs Syrian air force (Syrian army); denied by Russian MoD"},
    {"id": "G631", "label": "Air strike on a bakery queue in Maarat al-Numan",
     "kind": "AIRSTRIKE", "date": "2017-04-26", "places": ["maarat-al-numan"],
     "articles": ["h43-02", "h43-04", "h43-05"],
     "figures": "killed >=19 / 19 (civil defence), 16 incl. 4 children then 23 incl. 8 children (SOHR), >=6 children (UNICEF), 21 incl. 7 children and 40 wounded (SAMS); perpetrator Syrian or Russian (SOHR, day 1), Russian (SOHR, day 2), Assad regime (Saudi Arabia)"},
    {"id": "G632", "label": "Rocket fire on a residential street in Khan Sheikhoun",
     "kind": "SHELLING", "date": "2017-05-02", "places": ["khan-sheikhoun"],
     "articles": ["h43-03", "h43-08"],
     "figures": "killed >=8 (rescuers), 10 incl. 6 children (SOHR, day 1), 7 incl. 3 children (White Helmets, day 2), 11 (SOHR, day 2); perpetrator government forces (SOHR, White Helmets volunteer) vs 'terrorists' (Syrian state TV)"},
    {"id": "G633", "label": "Air strike near the National Hospital in Idlib city",
     "kind": "AIRSTRIKE", "date": "2017-04-29", "places": ["idlib-city"],
     "articles": ["h43-04", "h43-08"],
     "figures": "killed 9, 23 wounded (health directorate, day 1) -> 12 (health directorate, day 4); perpetrator Russian warplanes (health directorate) vs Syrian air force hitting an arms depot (state media)"},
    {"id": "G634", "label": "Rebel rocket fire on Mhardeh",
     "kind": "SHELLING", "date": "2017-04-10", "places": ["mhardeh"],
     "articles": ["h43-01", "h43-07"],
     "figures": "killed 3, wounded 8 (SANA) vs killed 3, wounded 11 (Syrian Interior Ministry); perpetrator 'terrorist groups' (SANA) vs Jabhat al-Nusra (Interior Ministry)"},
]

def build_registry():
    reg = json.load(open(SHARED))
    out = copy.deepcopy(reg)
    ids = {a["id"] for a in reg["actors"]} | {p["id"] for p in reg["places"]}
    for a in NEW_ACTORS:
        assert a["id"] not in ids, a["id"]
        out["actors"].append(a)
    for p in NEW_PLACES:
        assert p["id"] not in ids, p["id"]
        out["places"].append(p)
    out["globalIncidents"].extend(NEW_GLOBALS)
    out["description"] = reg["description"] + " Extended for the blind set heldout-43 (h43-01..h43-08): actors, places and global incidents G630-G634 appended; no existing entry changed."
    return out

# ---------------------------------------------------------------- gold
def inc(key, kind, date, places, perp, same=None):
    return {"key": key, "kind": kind, "date": date, "places": places, "perpetratorAlleged": perp, "sameAs": same}

def st(speaker, stance, incident, actor, evidence, killed=None, injured=None, children=None, qualifier=None):
    return {"speaker": speaker, "stance": stance, "about": {"incident": incident, "actor": actor},
            "killed": killed, "injured": injured, "children": children, "qualifier": qualifier,
            "evidence": evidence}

GOLD = {}

GOLD["h43-01"] = dict(
    outlet="Orbis Wire", publishedAt="2017-04-11",
    url="https://example.org/orbis-wire/2017/04/11/syria-idlib-school-strike-jisr-al-shughur",
    actors=["sohr", "orbis-wire", "syria", "russian-military", "ammar-sweid", "syrian-civil-defence",
            "arkady-pletnev", "russian-mod", "ria-novosti", "syrian-army", "sana", "armed-opposition",
            "turkish-foreign-ministry", "russia"],
    places=["beirut", "jisr-al-shughur", "idlib-province", "hama-province", "ariha", "mhardeh"],
    incidents=[
        inc("A1", "AIRSTRIKE", "2017-04-11", ["jisr-al-shughur"], ["russian-military"], "G630"),
        inc("A2", "AIRSTRIKE", "2017-04-11", ["ariha"], ["syrian-army"]),
        inc("A3", "SHELLING", "2017-04-10", ["mhardeh"], ["armed-opposition"], "G634"),
    ],
    statements=[
        st("sohr", "CLAIM", "A1", None, "An air strike hit a school housing displaced families in the town of Jisr al-Shughur in Syria's Idlib province on Tuesday, killing at least 14 people, among them five children, the Syrian Observatory for Human Rights said.", 14, None, 5, "AT_LEAST"),
        st("sohr", "CLAIM", "A1", "russian-military", "The Britain-based monitor said the raid was believed to have been carried out by Russian jets."),
        st("ammar-sweid", "CLAIM", "A1", None, "\"Most of the dead are women and children who fled the fighting in Hama,\" said Ammar Sweid, who heads the civil defence team in the town."),
        st("ammar-sweid", "CLAIM", "A1", None, "He said rescuers had pulled 11 bodies from the rubble and taken about 30 wounded people to field hospitals.", 11, 30, None, "EXACT"),
        st("arkady-pletnev", "DENIAL", "A1", "russian-military", "Major-General Arkady Pletnev, a spokesman for the Russian Defence Ministry, told the RIA Novosti news agency that Russian aircraft had carried out no combat missions near Jisr al-Shughur on Tuesday."),
        st("arkady-pletnev", "DENIAL", "A1", None, "\"Such reports are fabricated by the so-called White Helmets,\" he said."),
        st("arkady-pletnev", "ACCUSATION", "A1", "syrian-civil-defence", "\"Such reports are fabricated by the so-called White Helmets,\" he said."),
        st("sohr", "CLAIM", "A2", "syrian-army", "Later on Tuesday, government helicopters dropped barrel bombs on the town of Ariha, some 30 km (19 miles) to the east, killing two people, the Observatory said.", 2, None, None, "EXACT"),
        st("sana", "CLAIM", "A3", "armed-opposition", "Syrian state news agency SANA said \"terrorist groups\" had fired rocket shells at the town of Mhardeh in the Hama countryside on Monday, killing three civilians and wounding eight.", 3, 8, None, "EXACT"),
        st("turkish-foreign-ministry", "CRITICISM", "A1", None, "The Turkish foreign ministry, whose government backs several rebel factions, condemned the attack on the school"),
        st("turkish-foreign-ministry", "CALL", None, "russia", "called on Russia to use its influence to restrain Damascus."),
        st("sohr", "CLAIM", None, None, "More than 1,800 civilians have been killed in Idlib province since the start of the year, according to the monitor.", 1800, None, None, "MORE_THAN"),
    ])

GOLD["h43-02"] = dict(
    outlet="Harbourline News", publishedAt="2017-04-27",
    url="https://example.org/harbourline-news/2017/04/27/syria-war-maarat-al-numan-bakery-strike",
    actors=["syria", "syrian-civil-defence", "sohr", "syrian-army", "russian-military", "syrian-state-tv",
            "armed-opposition", "russian-mod", "russia", "unicef"],
    places=["idlib-province", "maarat-al-numan", "astana"],
    incidents=[
        inc("B1", "AIRSTRIKE", "2017-04-26", ["maarat-al-numan"], ["syrian-army", "russian-military"], "G631"),
        inc("B2", "AIRSTRIKE", "2017-04-24", ["maarat-al-numan"], []),
    ],
    statements=[
        st("syrian-civil-defence", "CLAIM", "B1", None, "At least 19 people were killed when an air strike hit a crowd waiting outside a bakery in the rebel-held town of Maarat al-Numan on Wednesday, rescue workers say.", 19, None, None, "AT_LEAST"),
        st("syrian-civil-defence", "CLAIM", "B1", None, "The Syria Civil Defence, whose volunteers are known as the White Helmets, said children were among the dead and that dozens more had been injured."),
        st("syrian-civil-defence", "CLAIM", "B1", None, "The toll could rise as families search the rubble for relatives, local rescuers say."),
        st("sohr", "CLAIM", "B1", None, "The Syrian Observatory for Human Rights, a UK-based monitoring group, put the number of dead at 16, including four children.", 16, None, 4, "EXACT"),
        st("sohr", "CLAIM", "B1", None, "It said it could not determine whether Syrian or Russian aircraft had carried out the raid."),
        st("sohr", "CLAIM", "B2", None, "On Monday, an air strike on its eastern outskirts killed a man and his son, the Observatory said.", 2, None, None, "EXACT"),
        st("syrian-state-tv", "CLAIM", None, "syrian-army", "Syrian state television said the air force had struck \"terrorist groups\" in the southern Idlib countryside"),
        st("russia", "CLAIM", None, "russia", "Moscow says its air campaign, which began in September 2015, targets only \"terrorists\"."),
        st("unicef", "CLAIM", "B1", None, "UNICEF said at least six children were among those killed.", None, None, 6, None),
        st("unicef", "CRITICISM", "B1", None, "\"Killing children as they queue for bread is an outrage,\" the UN children's agency said in a statement"),
        st("unicef", "CALL", "B1", None, "calling on all parties to respect international humanitarian law."),
    ])

GOLD["h43-03"] = dict(
    outlet="The Continental Herald", publishedAt="2017-05-04",
    url="https://example.org/continental-herald/2017/05/04/syria-rebels-cry-foul-idlib-safe-zone-plan",
    actors=["syria", "armed-opposition", "russia", "turkey", "iran", "syrian-civil-defence", "sohr",
            "syrian-army", "nizar-halabi", "jaish-al-izza", "russian-foreign-ministry", "russian-military",
            "hts", "us-state-department"],
    places=["idlib-province", "astana", "hama-province", "latakia-province", "aleppo-province",
            "khan-sheikhoun", "morek", "maarat-al-numan"],
    incidents=[
        inc("C1", "SHELLING", "2017-05-02", ["khan-sheikhoun"], ["syrian-army"], "G632"),
        inc("C2", "AIRSTRIKE", "2017-05-03", ["maarat-al-numan"], []),
    ],
    statements=[
        st("syrian-civil-defence", "CLAIM", "C1", None, "Late on Tuesday, a barrage of rockets slammed into the centre of Khan Sheikhoun, killing seven people, three of them children, according to the White Helmets rescue group.", 7, None, 3, "EXACT"),
        st("sohr", "CLAIM", "C1", "syrian-army", "The Syrian Observatory for Human Rights said the rockets had been fired from government positions near Morek, and put the toll at 11.", 11, None, None, "EXACT"),
        st("syrian-civil-defence", "CLAIM", "C2", None, "Rescuers said four people were wounded.", None, 4, None, "EXACT"),
        st("nizar-halabi", "ACCUSATION", None, "iran", "\"Iran is a party to the killing, not a guarantor of anything,\" said Nizar Halabi, a spokesman for Jaish al-Izza, one of the rebel factions represented in Astana."),
        st("russian-foreign-ministry", "CLAIM", None, "russian-military", "Russia's Foreign Ministry said Russian aircraft would keep striking \"terrorists\" inside the zones"),
        st("hts", "CRITICISM", None, None, "The group itself denounced the deal as \"a conspiracy against the revolution\"."),
        st("us-state-department", "CRITICISM", None, "iran", "The US State Department said it was deeply concerned about Iran's role as a guarantor"),
        st("us-state-department", "CALL", None, "russia", "urged Russia to make sure the Syrian government honoured the agreement."),
        st("sohr", "CLAIM", None, None, "The Observatory says at least 250 civilians have been killed in Idlib and Hama since the start of April.", 250, None, None, "AT_LEAST"),
    ])

GOLD["h43-04"] = dict(
    outlet="Aid Frontline", publishedAt="2017-04-30",
    url="https://example.org/aid-frontline/2017/04/30/idlib-hospitals-move-underground",
    actors=["turkey", "syria", "idlib-health-directorate", "russian-military", "lina-sabbagh", "sams",
            "ocha", "un", "armed-opposition", "russian-mod"],
    places=["idlib-province", "gaziantep", "idlib-city", "maarat-al-numan", "hama-province", "kafr-zita"],
    incidents=[
        inc("D1", "AIRSTRIKE", "2017-04-29", ["idlib-city"], ["russian-military"], "G633"),
        inc("D2", "AIRSTRIKE", "2017-04-26", ["maarat-al-numan"], [], "G631"),
    ],
    statements=[
        st("idlib-health-directorate", "CLAIM", "D1", None, "Overnight, an air strike landed about 50 metres from the National Hospital in Idlib city, killing nine people in a neighbouring apartment block and forcing staff to carry patients into the basement, the Idlib Health Directorate said.", 9, None, None, "EXACT"),
        st("idlib-health-directorate", "CLAIM", "D1", None, "The provincial health authority, which runs the hospital, said 23 people were wounded, among them two nurses", None, 23, None, "EXACT"),
        st("idlib-health-directorate", "ACCUSATION", "D1", "russian-military", "blamed Russian warplanes."),
        st("lina-sabbagh", "CLAIM", "D1", None, "\"We heard the jet circle twice before it dropped,\" said Dr Lina Sabbagh, an emergency physician at the hospital."),
        st("sams", "CLAIM", "D2", None, "The Syrian American Medical Society (SAMS), which supports several facilities in the province, said the 26 April strike on Maarat al-Numan had killed 21 people, including seven children, most of them queueing outside a bakery.", 21, None, 7, "EXACT"),
        st("sams", "CLAIM", "D2", None, "Its staff at a nearby clinic treated 40 wounded, the organisation said.", None, 40, None, "EXACT"),
        st("sams", "CLAIM", None, None, "According to SAMS, medical facilities in Idlib and Hama have been attacked at least 25 times since the start of March."),
        st("sams", "CLAIM", None, None, "A cave hospital near Kafr Zita, in northern Hama, has been bombed three times in a month, it said."),
        st("ocha", "CRITICISM", None, None, "OCHA, the UN's humanitarian coordination office, said in its latest update that it was \"alarmed\" by the repeated strikes"),
        st("ocha", "CALL", None, None, "called on all parties to stop targeting health care."),
        st("ocha", "CLAIM", None, "un", "A spokesman said the UN had shared the coordinates of hospitals with the warring parties last week."),
        st("syria", "ACCUSATION", None, "armed-opposition", "Damascus has in the past accused rebels of using hospitals as military bases."),
        st("russian-mod", "CLAIM", None, "russian-military", "Russia's defence ministry said on Friday that Russian pilots strike only \"verified terrorist targets\"."),
    ])

GOLD["h43-05"] = dict(
    outlet="The Gulf Ledger", publishedAt="2017-04-28",
    url="https://example.org/gulf-ledger/2017/04/28/saudi-arabia-condemns-maarat-al-numan-bakery-massacre",
    actors=["saudi-arabia", "syria", "saudi-press-agency", "saudi-foreign-ministry", "sohr",
            "syrian-civil-defence", "russian-military", "sana", "syrian-army", "qatar", "russia",
            "armed-opposition", "hts", "al-qaeda"],
    places=["dubai", "maarat-al-numan", "kafranbel", "idlib-province"],
    incidents=[
        inc("E1", "AIRSTRIKE", "2017-04-26", ["maarat-al-numan"], ["syria", "russian-military"], "G631"),
        inc("E2", "AIRSTRIKE", "2017-04-26", ["kafranbel"], ["syrian-army"]),
    ],
    statements=[
        st("saudi-arabia", "CRITICISM", "E1", None, "Saudi Arabia has condemned Wednesday's air strike on a bakery in the Syrian town of Maarat al-Numan"),
        st("saudi-arabia", "ACCUSATION", "E1", "syria", "describing it as a \"heinous massacre\" committed by the Assad regime and its allies."),
        st("saudi-foreign-ministry", "CALL", None, None, "In a statement carried by the official Saudi Press Agency, a foreign ministry source called on the international community to \"shoulder its responsibilities\" and stop the bloodshed in Syria."),
        st("sohr", "CLAIM", "E1", None, "The Syrian Observatory for Human Rights said on Thursday the death toll from Wednesday's raid had risen to 23, including eight children, as more bodies were pulled from the rubble.", 23, None, 8, "EXACT"),
        st("syrian-civil-defence", "CLAIM", "E1", None, "Rescue workers said they had counted 19 dead.", 19, None, None, "EXACT"),
        st("sohr", "CLAIM", "E1", "russian-military", "The Observatory, which relies on a network of sources on the ground, said Russian warplanes carried out the strike."),
        st("syrian-civil-defence", "CONFIRMATION", "E1", None, "The civil defence later confirmed that one of its volunteers had been killed while helping the wounded."),
        st("syrian-civil-defence", "CLAIM", "E2", "syrian-army", "On the same day, government helicopters dropped barrel bombs on Kafranbel, about 10 km to the west, killing a woman and three children, the rescuers said.", None, None, 3, None),
        st("qatar", "CRITICISM", "E1", None, "Doha also denounced the attack"),
        st("qatar", "CALL", "E1", None, "said those responsible must be held accountable."),
        st("russia", "DENIAL", None, "russian-military", "Moscow has rejected previous accusations that its jets target civilians"),
        st("russia", "CLAIM", None, "russia", "says it strikes only \"terrorist groups\" in Idlib"),
    ])

GOLD["h43-06"] = dict(
    outlet="Zaytoun Post", publishedAt=None,
    url="https://example.org/zaytoun-post/news/russian-warplanes-massacre-jisr-al-shughur-school",
    actors=["russian-military", "firas-al-omar", "syrian-civil-defence", "zaytoun-post", "snhr",
            "un-security-council", "syrian-state-media", "armed-opposition", "syrian-army",
            "syrian-national-coalition", "russia", "fsa"],
    places=["jisr-al-shughur", "idlib-province", "hama-province"],
    incidents=[
        inc("F1", "AIRSTRIKE", "2017-04-11", ["jisr-al-shughur"], ["russian-military"], "G630"),
        inc("F2", "AIRSTRIKE", None, ["jisr-al-shughur"], ["syrian-army"]),
    ],
    statements=[
        st("firas-al-omar", "CLAIM", "F1", None, "Firas al-Omar, director of the Civil Defence centre in Jisr al-Shughur, told Zaytoun Post that his teams had recovered the bodies of 17 martyrs, including seven children and four women, and rescued more than 35 wounded, some of them in critical condition.", 17, 35, 7, "EXACT"),
        st("firas-al-omar", "CLAIM", "F1", None, "\"The planes came from the direction of the coast and struck twice, the second time when we arrived to help the wounded,\" he said."),
        st("snhr", "CLAIM", "F1", None, "The Syrian Network for Human Rights said in a report that it had documented the names of 16 civilians killed in the attack.", 16, None, None, "EXACT"),
        st("snhr", "ACCUSATION", "F1", "russian-military", "The network held Russian forces responsible for the massacre"),
        st("snhr", "CALL", "F1", "un-security-council", "calling on the UN Security Council to hold the perpetrators accountable."),
        st("syrian-state-media", "CLAIM", "F1", None, "The regime's media claimed that the raid had targeted a \"headquarters of terrorists\""),
        st("syrian-civil-defence", "CLAIM", "F2", "syrian-army", "On Wednesday, regime helicopters dropped at least four barrel bombs on the western neighbourhoods of Jisr al-Shughur, causing no casualties, according to the Civil Defence.", 0, 0, None, "EXACT"),
        st("syrian-national-coalition", "CRITICISM", "F1", None, "The Syrian National Coalition condemned the massacre"),
        st("syrian-national-coalition", "ACCUSATION", None, "russia", "accused Moscow of killing civilians while presenting itself as a guarantor of the ceasefire."),
        st("fsa", "CLAIM", None, "fsa", "Free Syrian Army factions in the area vowed to respond."),
    ])

GOLD["h43-07"] = dict(
    outlet="Barada News Agency", publishedAt="2017-04-12",
    url="https://example.org/barada-news-agency/en/2017/04/12/army-destroys-terrorists-headquarters-jisr-al-shughour",
    actors=["syrian-army", "armed-opposition", "syrian-foreign-ministry", "turkey", "barada-news-agency",
            "jabhat-al-nusra", "syrian-civil-defence", "syrian-interior-ministry", "un-secretary-general",
            "un-security-council", "russian-reconciliation-centre"],
    places=["jisr-al-shughur", "hama-province", "idlib-province", "mhardeh", "al-suqaylabiyah"],
    incidents=[
        inc("G1", "AIRSTRIKE", "2017-04-11", ["jisr-al-shughur"], ["syrian-army"], "G630"),
        inc("G2", "SHELLING", "2017-04-10", ["mhardeh"], ["jabhat-al-nusra"], "G634"),
        inc("G3", "SHELLING", "2017-04-11", ["al-suqaylabiyah"], ["armed-opposition"]),
    ],
    statements=[
        st("syrian-army", "CLAIM", "G1", "syrian-army", "A military source told BNA on Wednesday that the Syrian Arab Air Force destroyed a headquarters of terrorists in Jisr al-Shughour on Tuesday, killing scores of them, among them foreign mercenaries."),
        st("syrian-army", "DENIAL", "G1", None, "The source denied reports by the so-called \"White Helmets\" that the strike had hit a school sheltering displaced families"),
        st("syrian-army", "ACCUSATION", "G1", "syrian-civil-defence", "saying they were fabricated to cover up the terrorists' losses."),
        st("syrian-interior-ministry", "ACCUSATION", "G2", "jabhat-al-nusra", "Meanwhile, the Interior Ministry said in a statement that three civilians were martyred and 11 others were injured when Jabhat al-Nusra terrorists fired rocket shells on residential neighborhoods in Mhardeh city in the northwestern countryside of Hama on Monday.", 3, 11, None, "EXACT"),
        st("syrian-interior-ministry", "ACCUSATION", "G3", "armed-opposition", "Overnight, terrorists targeted al-Suqaylabiyah city with several rocket shells, causing material damage to citizens' houses but no casualties, the ministry added.", 0, 0, None, "EXACT"),
        st("syrian-foreign-ministry", "ACCUSATION", None, "turkey", "In two identical letters to the UN Secretary-General and the President of the Security Council, the Ministry of Foreign Affairs and Expatriates said the Turkish regime continues to allow terrorists and weapons to cross the border into Idleb."),
        st("syrian-foreign-ministry", "CALL", None, "un-security-council", "The ministry called on the Security Council to \"shoulder its responsibilities\" and to stop the flow of foreign terrorists across the Turkish border."),
        st("russian-reconciliation-centre", "ACCUSATION", None, "jabhat-al-nusra", "In a statement carried by BNA, the Russian Centre for Reconciliation said it had registered 14 ceasefire violations by Jabhat al-Nusra in Idleb and Hama provinces over the past 24 hours."),
    ])

GOLD["h43-08"] = dict(
    outlet="The Cedar Daily", publishedAt="2017-05-03",
    url="https://example.org/cedar-daily/2017/05/03/khan-shaykhoun-rocket-attack-kills-family",
    actors=["syrian-civil-defence", "ahmad-qassem", "cedar-daily", "syrian-army", "sohr", "syrian-state-tv",
            "armed-opposition", "idlib-health-directorate", "syrian-state-media", "russian-military",
            "interfax", "russia", "turkey", "iran", "ingrid-vaage", "un-human-rights-office"],
    places=["khan-sheikhoun", "idlib-province", "astana", "beirut", "morek", "idlib-city", "hama-province"],
    incidents=[
        inc("H1", "SHELLING", "2017-05-02", ["khan-sheikhoun"], ["syrian-army", "armed-opposition"], "G632"),
        inc("H2", "AIRSTRIKE", "2017-04-29", ["idlib-city"], ["syrian-army"], "G633"),
    ],
    statements=[
        st("syrian-civil-defence", "CLAIM", "H1", None, "Rockets slammed into a residential street in the rebel-held town of Khan Shaykhoun late Tuesday, killing at least eight people from one family, rescuers said.", 8, None, None, "AT_LEAST"),
        st("ahmad-qassem", "CLAIM", "H1", None, "\"The whole family was asleep when the rockets hit,\" Ahmad Qassem, a White Helmets volunteer, told The Cedar Daily by phone."),
        st("ahmad-qassem", "ACCUSATION", "H1", "syrian-army", "He blamed regime forces stationed in nearby Morek."),
        st("sohr", "CLAIM", "H1", None, "The Syrian Observatory for Human Rights put the death toll at 10, six of them children.", 10, None, 6, "EXACT"),
        st("syrian-state-tv", "DENIAL", "H1", "syrian-army", "Syrian state television denied that government forces had shelled the town"),
        st("syrian-state-tv", "CLAIM", "H1", "armed-opposition", "saying \"terrorists\" had fired the rockets by mistake while targeting army posts."),
        st("idlib-health-directorate", "CONFIRMATION", "H2", None, "The Idlib Health Directorate confirmed on Tuesday that the number of people killed in a Saturday night air strike near the National Hospital in Idlib city had risen to 12.", 12, None, None, "EXACT"),
        st("syrian-state-media", "CLAIM", "H2", "syrian-army", "State media said at the time that the air force had hit an arms depot belonging to terrorists in the city."),
        st("syrian-state-media", "CLAIM", None, "syrian-army", "Government forces have meanwhile recaptured almost all the ground lost in northern Hama during a rebel offensive in March, according to state media."),
        st("russian-military", "CLAIM", None, "russian-military", "A Russian military official told Interfax on Wednesday that Russian aircraft would keep hitting \"terrorist groups\" in Idlib whatever the outcome in Astana, where Russia, Turkey and Iran are expected to sign a deal on Thursday."),
        st("ingrid-vaage", "CRITICISM", "H1", None, "\"The killing of a family in its home on the eve of talks is appalling,\" said Ingrid Vaage, a spokeswoman for the UN human rights office"),
        st("ingrid-vaage", "CALL", None, "russia", "who urged Moscow, Ankara and Tehran to agree on a way to monitor violations."),
        st("ingrid-vaage", "CALL", None, "turkey", "who urged Moscow, Ankara and Tehran to agree on a way to monitor violations."),
        st("ingrid-vaage", "CALL", None, "iran", "who urged Moscow, Ankara and Tehran to agree on a way to monitor violations."),
    ])

def main():
    reg = build_registry()
    with open(os.path.join(HERE, "entities.json"), "w") as f:
        json.dump(reg, f, indent=2, ensure_ascii=False); f.write("\n")
    for aid, g in GOLD.items():
        title = open(os.path.join(HERE, aid + ".txt"), encoding="utf-8").read().split("\n", 1)[0]
        doc = {"article": {"id": aid, "title": title, "outlet": g["outlet"], "publishedAt": g["publishedAt"], "url": g["url"]},
               "actors": g["actors"], "places": g["places"], "incidents": g["incidents"], "statements": g["statements"]}
        with open(os.path.join(HERE, aid + ".gold.json"), "w") as f:
            json.dump(doc, f, indent=2, ensure_ascii=False); f.write("\n")
    print("wrote entities.json and", len(GOLD), "gold files")

if __name__ == "__main__":
    main()
