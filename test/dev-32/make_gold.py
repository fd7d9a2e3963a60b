#!/usr/bin/env python3
"""Writes entities.json (corpus registry + dev-32 extensions) and d32-NN.gold.json.

Hand-written annotations; this script only serialises them so that the JSON shape
is uniform. Run from anywhere: python3 make_gold.py
"""
import json
import os
import copy

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS_REGISTRY = "/work/shared/corpus/entities.json"

# ---------------------------------------------------------------- registry
NEW_ACTORS = [
    # --- outlets of this set (all fictional)
    {"id": "tidewater-press-agency", "name": "Tidewater Press Agency (TPA)", "kind": "news-agency", "partOf": None,
     "aliases": ["Tidewater Press Agency", "TPA"], "fictional": True,
     "note": "Fictional wire agency (publisher of d32-01)."},
    {"id": "rhine-world-service", "name": "Rhine World Service", "kind": "news-agency", "partOf": None,
     "aliases": ["Rhine World Service"], "fictional": True,
     "note": "Fictional public international broadcaster (publisher of d32-02)."},
    {"id": "atlantic-ledger", "name": "The Atlantic Ledger", "kind": "news-agency", "partOf": None,
     "aliases": ["The Atlantic Ledger", "Atlantic Ledger"], "fictional": True,
     "note": "Fictional international newspaper (publisher of d32-03)."},
    {"id": "relief-dispatch", "name": "The Relief Dispatch", "kind": "news-agency", "partOf": None,
     "aliases": ["The Relief Dispatch", "Relief Dispatch"], "fictional": True,
     "note": "Fictional humanitarian news outlet (publisher of d32-04)."},
    {"id": "levant-courier", "name": "The Levant Courier", "kind": "news-agency", "partOf": None,
     "aliases": ["The Levant Courier", "Levant Courier", "The Courier"], "contextualAliases": ["The Courier"],
     "fictional": True, "note": "Fictional Beirut regional daily (publisher of d32-05)."},
    {"id": "fajr-al-shamal", "name": "Fajr al-Shamal English", "kind": "news-agency", "partOf": None,
     "aliases": ["Fajr al-Shamal", "Fajr al-Shamal English"], "fictional": True,
     "note": "Fictional Syrian opposition news site (publisher of d32-06)."},
    {"id": "shna", "name": "Syrian Homeland News Agency (SHNA)", "kind": "news-agency", "partOf": "syrian-state-media",
     "aliases": ["Syrian Homeland News Agency", "SHNA"], "fictional": True,
     "note": "Fictional Syrian state news agency (publisher of d32-07)."},
    {"id": "omr", "name": "Orontes Medical Relief (OMR)", "kind": "ngo", "partOf": None,
     "aliases": ["Orontes Medical Relief", "OMR"], "fictional": True,
     "note": "Fictional Syrian-led medical NGO; publisher of the press release d32-08 and an actor in it."},
    # --- organisations
    {"id": "idlib-education-directorate", "name": "Free Idlib Education Directorate", "kind": "local-authority",
     "partOf": None, "aliases": ["Free Idlib Education Directorate", "Idlib Education Directorate"]},
    {"id": "kafranbel-local-council", "name": "Kafranbel local council", "kind": "local-authority", "partOf": None,
     "aliases": ["Kafranbel local council", "Kafr Nabl local council", "local council of Kafr Nabl", "the local council"],
     "contextualAliases": ["the local council"],
     "note": "Civilian council of the opposition-held town; not a party to the conflict."},
    {"id": "hama-police-command", "name": "Hama Police Command", "kind": "local-authority", "partOf": "syria",
     "aliases": ["Hama Police Command"],
     "note": "Provincial police of the Syrian Interior Ministry; a state body, i.e. a party to the conflict."},
    {"id": "jabhat-al-nusra", "name": "Jabhat al-Nusra (label for HTS)", "kind": "armed-group", "partOf": "hts",
     "aliases": ["Jabhat al-Nusra", "al-Nusra Front", "Nusra Front"],
     "note": "Former name of HTS's core group, still used by Syrian and Russian official media for HTS fighters."},
    # --- people (all fictional)
    {"id": "khaled-abu-zeid", "name": "Khaled Abu Zeid", "kind": "person", "partOf": "syrian-civil-defence",
     "aliases": ["Khaled Abu Zeid", "Abu Zeid"], "fictional": True, "role": "civil defence volunteer, Kafranbel"},
    {"id": "ahmad-yousef", "name": "Ahmad Yousef", "kind": "person", "partOf": "syrian-civil-defence",
     "aliases": ["Ahmad Yousef"], "fictional": True, "role": "White Helmets volunteer, Hish"},
    {"id": "gennady-sobolev", "name": "Colonel Gennady Sobolev", "kind": "person", "partOf": "russian-mod",
     "aliases": ["Colonel Gennady Sobolev", "Gennady Sobolev", "Sobolev"], "fictional": True,
     "role": "spokesman, Russian Defence Ministry"},
    {"id": "abdulrahman-qassem", "name": "Abdulrahman Qassem", "kind": "person", "partOf": None,
     "aliases": ["Abdulrahman Qassem", "Qassem"], "fictional": True, "role": "shopkeeper, Kafranbel market (resident)"},
    {"id": "ingrid-falk", "name": "Ingrid Falk", "kind": "person", "partOf": "ocha",
     "aliases": ["Ingrid Falk"], "fictional": True, "role": "OCHA spokeswoman"},
    {"id": "fadi-hallak", "name": "Dr Fadi Hallak", "kind": "person", "partOf": None,
     "aliases": ["Dr Fadi Hallak", "Fadi Hallak"], "fictional": True,
     "role": "doctor running a SAMS-supported clinic, Khan Sheikhoun"},
    {"id": "mohammad-jumaa", "name": "Mohammad Jumaa", "kind": "person", "partOf": None,
     "aliases": ["Mohammad Jumaa"], "fictional": True, "role": "bakery owner, Khan Sheikhoun (resident)"},
    {"id": "mustafa-hajj-ali", "name": "Mustafa Hajj Ali", "kind": "person", "partOf": "syrian-civil-defence",
     "aliases": ["Mustafa Hajj Ali"], "fictional": True, "role": "head of the civil defence centre, Kafranbel"},
    {"id": "samer-haddad", "name": "Dr Samer Haddad", "kind": "person", "partOf": None,
     "aliases": ["Dr Samer Haddad", "Samer Haddad", "Dr Haddad"], "fictional": True,
     "role": "medical director of an OMR-supported hospital, Maarat al-Numan"},
    {"id": "leila-mansour", "name": "Dr Leila Mansour", "kind": "person", "partOf": "omr",
     "aliases": ["Dr Leila Mansour", "Leila Mansour"], "fictional": True, "role": "OMR Executive Director"},
]

NEW_PLACES = [
    {"id": "hish", "name": "Hish", "kind": "village", "province": "Idlib", "country": "Syria",
     "lat": 35.547, "lon": 36.643, "aliases": ["Hish", "Heish", "Haish"]},
    {"id": "kafr-sijnah", "name": "Kafr Sijnah", "kind": "village", "province": "Idlib", "country": "Syria",
     "lat": 35.536, "lon": 36.608, "aliases": ["Kafr Sijnah", "Kafr Sajnah", "Kafrsajna"]},
    {"id": "salhab", "name": "Salhab", "kind": "town", "province": "Hama", "country": "Syria",
     "lat": 35.483, "lon": 36.389, "aliases": ["Salhab"]},
    {"id": "shir-mughar", "name": "Shir Mughar (Turkish observation post area)", "kind": "village",
     "province": "Hama", "country": "Syria", "lat": 35.592, "lon": 36.405,
     "aliases": ["Shir Mughar", "Sher Maghar"]},
]

NEW_GLOBALS = [
    {"id": "G590", "label": "Air strike on the main market of Kafranbel (Kafr Nabl)", "kind": "AIRSTRIKE",
     "date": "2019-06-09", "places": ["kafranbel"], "articles": ["d32-01", "d32-03", "d32-06", "d32-07"],
     "figures": "killed 11 (AT_LEAST, rescuers + SOHR) -> 13 (SOHR, same day) / 19 (SOHR) / 16 (civil defence) / "
                "17 + more than 60 injured (health directorate) / 20 + more than 50 injured (local council) / "
                "18 bodies (civil defence); reports denied as fabricated (Syrian army source)"},
    {"id": "G591", "label": "Air strike on a school sheltering displaced families in Hish", "kind": "AIRSTRIKE",
     "date": "2019-06-10", "places": ["hish"], "articles": ["d32-02", "d32-04", "d32-08"],
     "figures": "killed 7 (AT_LEAST, civil defence) / 9 (SOHR) / 8 incl. 6 children (OCHA, confirmed) / "
                "9 bodies incl. 6 children + 17 wounded (hospital director); denied by Russian MoD"},
    {"id": "G592", "label": "Rocket attack on the government-held town of Salhab", "kind": "SHELLING",
     "date": "2019-06-10", "places": ["salhab"], "articles": ["d32-05", "d32-07"],
     "figures": "killed 3 incl. 2 children, 9 injured (SANA; Hama police source) vs 2 (SOHR)"},
    {"id": "G593", "label": "Air strike on a bakery in Khan Sheikhoun", "kind": "AIRSTRIKE",
     "date": "2019-06-11", "places": ["khan-sheikhoun"], "articles": ["d32-04", "d32-05"],
     "figures": "killed 4 (SAMS) / 6 (SOHR) / 5 bodies + 15 wounded (rescuers); 11 wounded (clinic doctor)"},
    {"id": "G594", "label": "Helicopter barrel bombs on Kafr Sijnah", "kind": "AIRSTRIKE",
     "date": "2019-06-10", "places": ["kafr-sijnah"], "articles": ["d32-02", "d32-08"],
     "figures": "no one hurt (White Helmets) vs an ambulance driver wounded (OMR narration, not coded)"},
]


def build_registry():
    with open(CORPUS_REGISTRY, encoding="utf-8") as f:
        reg = json.load(f)
    out = copy.deepcopy(reg)
    out["actors"].extend(NEW_ACTORS)
    out["places"].extend(NEW_PLACES)
    out["globalIncidents"].extend(NEW_GLOBALS)
    return out


# ---------------------------------------------------------------- gold helpers
def inc(key, kind, date, places, perps, same):
    return {"key": key, "kind": kind, "date": date, "places": places,
            "perpetratorAlleged": perps, "sameAs": same}


def st(speaker, stance, incident, actor, evidence, killed=None, injured=None, children=None, qualifier=None):
    return {"speaker": speaker, "stance": stance, "about": {"incident": incident, "actor": actor},
            "killed": killed, "injured": injured, "children": children, "qualifier": qualifier,
            "evidence": evidence}


def art(aid, title, outlet, published, url):
    return {"id": aid, "title": title, "outlet": outlet, "publishedAt": published, "url": url}


GOLD = {}

# ---------------------------------------------------------------- d32-01 wire
GOLD["d32-01"] = {
    "article": art("d32-01", "Air strike on Kafr Nabl market kills at least 11 in Syria's Idlib",
                   "Tidewater Press Agency", "2019-06-09",
                   "https://example.org/tidewater-press-agency/2019/06/09/syria-idlib-kafr-nabl-market-strike"),
    "actors": ["syria", "tidewater-press-agency", "syrian-civil-defence", "sohr", "russian-military",
               "khaled-abu-zeid", "syrian-army", "un", "russia", "armed-opposition", "sana", "turkey"],
    "places": ["kafranbel", "idlib-province", "beirut", "maarat-al-numan", "hama-province"],
    "incidents": [
        inc("A", "AIRSTRIKE", "2019-06-09", ["kafranbel"], ["russian-military"], "G590"),
        inc("B", "AIRSTRIKE", "2019-06-09", ["maarat-al-numan"], [], None),
    ],
    "statements": [
        st("syrian-civil-defence", "CLAIM", "A", None,
           "An air strike tore through the main market of the rebel-held town of Kafr Nabl in southern Idlib on Sunday, killing at least 11 civilians, including three children, rescuers and a war monitor said.",
           killed=11, children=3, qualifier="AT_LEAST"),
        st("sohr", "CLAIM", "A", None,
           "An air strike tore through the main market of the rebel-held town of Kafr Nabl in southern Idlib on Sunday, killing at least 11 civilians, including three children, rescuers and a war monitor said.",
           killed=11, children=3, qualifier="AT_LEAST"),
        st("sohr", "CLAIM", "A", "russian-military",
           "The Syrian Observatory for Human Rights said the market was hit by Russian jets."),
        st("sohr", "CLAIM", "A", None,
           "The Britain-based monitor later raised the toll to 13, saying several of the wounded were in a critical condition.",
           killed=13, qualifier="EXACT"),
        st("khaled-abu-zeid", "CLAIM", "A", None,
           "\"The bombs fell between the vegetable stalls,\" said Khaled Abu Zeid, a civil defence volunteer in Kafr Nabl."),
        st("khaled-abu-zeid", "CLAIM", "A", None,
           "Abu Zeid told TPA his team had pulled 26 wounded people from the rubble and driven the most serious cases to hospitals near the Turkish border.",
           injured=26, qualifier="EXACT"),
        st("sohr", "CLAIM", "B", None,
           "Earlier on Sunday, air strikes hit the outskirts of Maarat al-Numan, about 10 km (6 miles) east of Kafr Nabl, wounding five people, according to the Observatory.",
           injured=5, qualifier="EXACT"),
        st("un", "CLAIM", None, None,
           "The United Nations says more than 300,000 people have fled the fighting."),
        st("russia", "DENIAL", None, "russia", "Russia and the Syrian government deny targeting civilians"),
        st("syria", "DENIAL", None, "syria", "Russia and the Syrian government deny targeting civilians"),
        st("russia", "CLAIM", None, "russia", "say they strike only \"terrorists\""),
        st("syria", "CLAIM", None, "syria", "say they strike only \"terrorists\""),
        st("sana", "CLAIM", None, "syrian-army",
           "Syrian state news agency SANA said army units had destroyed positions of \"terrorist groups\" in the southern Idlib countryside"),
        st("turkey", "CALL", None, "russia",
           "Turkey, which backs some rebel groups in Idlib and has set up 12 observation posts in the region, has urged Russia to rein in the assault."),
    ],
}

# ---------------------------------------------------------------- d32-02 broadcaster
GOLD["d32-02"] = {
    "article": art("d32-02", "Syria: Children among dead as air strike hits school sheltering displaced families",
                   "Rhine World Service", "2019-06-11",
                   "https://example.org/rhine-world-service/2019/06/11/syria-air-strike-hits-school-hish"),
    "actors": ["syria", "syrian-civil-defence", "ahmad-yousef", "rhine-world-service", "sohr", "russian-military",
               "russian-mod", "gennady-sobolev", "unicef", "syrian-army", "syrian-state-tv", "armed-opposition",
               "hts", "russia", "turkey"],
    "places": ["hish", "idlib-province", "khan-sheikhoun", "moscow", "kafr-sijnah", "sochi"],
    "incidents": [
        inc("A", "AIRSTRIKE", "2019-06-10", ["hish"], ["russian-military"], "G591"),
        inc("B", "AIRSTRIKE", "2019-06-10", ["kafr-sijnah"], ["syrian-army"], "G594"),
    ],
    "statements": [
        st("syrian-civil-defence", "CLAIM", "A", None,
           "At least seven people, five of them children, were killed overnight when an air strike hit a school sheltering displaced families in the village of Hish in Syria's Idlib province, the Syria Civil Defence said on Tuesday.",
           killed=7, children=5, qualifier="AT_LEAST"),
        st("syrian-civil-defence", "CLAIM", "A", None,
           "The rescue group, better known as the White Helmets, said 14 other people had been wounded, most of them women.",
           injured=14, qualifier="EXACT"),
        st("ahmad-yousef", "CLAIM", "A", None,
           "\"We found the children on the ground floor, where the families had put them because they thought it was safer,\" volunteer Ahmad Yousef told Rhine World Service by phone."),
        st("sohr", "CLAIM", "A", "russian-military",
           "The Syrian Observatory for Human Rights, a Britain-based monitoring group, said Russian warplanes had carried out the raid and put the death toll at nine.",
           killed=9, qualifier="EXACT"),
        st("russian-mod", "DENIAL", "A", None,
           "In Moscow, the Defense Ministry dismissed the reports as \"fake news spread by the White Helmets.\""),
        st("russian-mod", "ACCUSATION", "A", "syrian-civil-defence",
           "In Moscow, the Defense Ministry dismissed the reports as \"fake news spread by the White Helmets.\""),
        st("gennady-sobolev", "DENIAL", "A", "russian-military",
           "\"Russian aircraft did not fly any combat missions over Hish on Monday,\" the ministry's spokesman, Colonel Gennady Sobolev, told reporters."),
        st("unicef", "CRITICISM", "A", None,
           "UNICEF said it was \"appalled\" by the killing of children"),
        st("unicef", "CALL", "A", None,
           "urged all parties to keep schools out of the fighting"),
        st("syrian-civil-defence", "CLAIM", "B", "syrian-army",
           "On Monday afternoon, government helicopters dropped barrel bombs on the nearby village of Kafr Sijnah, according to the White Helmets, who said no one was hurt because most residents had already left.",
           killed=0, injured=0, qualifier="EXACT"),
        st("syrian-state-tv", "CLAIM", "B", "syrian-army",
           "Syrian state television said army helicopters had struck \"terrorists\" hiding in Kafr Sijnah"),
        st("syrian-state-tv", "ACCUSATION", "A", "hts",
           "accused Hayat Tahrir al-Sham of storing weapons at the school in Hish"),
    ],
}

# ---------------------------------------------------------------- d32-03 international newspaper
GOLD["d32-03"] = {
    "article": art("d32-03", "In a Syrian market town, a Sunday morning air strike and a death toll nobody agrees on",
                   "The Atlantic Ledger", "2019-06-11",
                   "https://example.org/atlantic-ledger/2019/06/11/syria-kafr-nabl-market-strike-death-toll"),
    "actors": ["abdulrahman-qassem", "sohr", "syrian-civil-defence", "idlib-health-directorate", "russian-military",
               "russia", "russian-mod", "kafranbel-local-council", "hrw", "un-security-council", "hts", "al-qaeda"],
    "places": ["kafranbel", "idlib-province"],
    "incidents": [
        inc("A", "AIRSTRIKE", "2019-06-09", ["kafranbel"], ["russian-military"], "G590"),
        inc("B", "AIRSTRIKE", "2019-06-06", ["kafranbel"], [], None),
    ],
    "statements": [
        st("abdulrahman-qassem", "CLAIM", "A", None,
           "“There was no sound of a plane, only the explosion, and then the screaming,” said Qassem, 41."),
        st("abdulrahman-qassem", "CLAIM", "A", None,
           "Two of his neighbours were among the dead, he said."),
        st("sohr", "CLAIM", "A", None,
           "The Syrian Observatory for Human Rights, which relies on informants, said on Tuesday that the toll had risen to 19, including five children.",
           killed=19, children=5, qualifier="EXACT"),
        st("syrian-civil-defence", "CLAIM", "A", None,
           "The Syria Civil Defence, the rescue service known as the White Helmets, puts it at 16.",
           killed=16, qualifier="EXACT"),
        st("idlib-health-directorate", "CLAIM", "A", None,
           "The health directorate in Idlib said it had counted 17 bodies and more than 60 injured.",
           killed=17, injured=60, qualifier="EXACT"),
        st("sohr", "CLAIM", "A", "russian-military",
           "The Observatory and the White Helmets both say the jets were Russian."),
        st("syrian-civil-defence", "CLAIM", "A", "russian-military",
           "The Observatory and the White Helmets both say the jets were Russian."),
        st("russia", "DENIAL", "A", "russian-military", "Moscow says they were not."),
        st("russian-mod", "DENIAL", "A", "russian-military",
           "Russia's defence ministry said on Monday that its aircraft had carried out no strikes in the Kafr Nabl area"),
        st("russian-mod", "ACCUSATION", "A", "syrian-civil-defence",
           "accused the White Helmets of “staging” the scene"),
        st("kafranbel-local-council", "CLAIM", "B", None,
           "On Thursday, an air strike near a bakery killed two men, according to the local council.",
           killed=2, qualifier="EXACT"),
        st("hrw", "CRITICISM", "A", None,
           "Human Rights Watch said the attack on the market “bears all the hallmarks of a war crime”"),
        st("hrw", "CALL", "A", "un-security-council",
           "called on the UN Security Council to order an independent inquiry"),
        st("sohr", "CLAIM", None, None,
           "More than 400 civilians have been killed since the offensive began in late April, according to the Observatory.",
           killed=400, qualifier="MORE_THAN"),
    ],
}

# ---------------------------------------------------------------- d32-04 humanitarian outlet
GOLD["d32-04"] = {
    "article": art("d32-04", "Exams called off as attacks on schools and clinics mount in southern Idlib",
                   "The Relief Dispatch", "2019-06-13",
                   "https://example.org/relief-dispatch/2019/06/13/idlib-exams-called-off-attacks-schools-clinics"),
    "actors": ["turkey", "idlib-education-directorate", "ocha", "save-the-children", "ingrid-falk", "sams",
               "fadi-hallak", "eu", "syria", "russia", "relief-dispatch"],
    "places": ["idlib-province", "gaziantep", "hish", "hama-province", "northwest-syria", "khan-sheikhoun",
               "bab-al-hawa"],
    "incidents": [
        inc("A", "AIRSTRIKE", "2019-06-10", ["hish"], [], "G591"),
        inc("B", "AIRSTRIKE", "2019-06-11", ["khan-sheikhoun"], [], "G593"),
    ],
    "statements": [
        st("idlib-education-directorate", "CLAIM", None, "idlib-education-directorate",
           "The Free Idlib Education Directorate said on Wednesday it had cancelled end-of-year exams for some 38,000 pupils in the south of the province after a string of attacks on schools."),
        st("ocha", "CONFIRMATION", "A", None,
           "The UN's humanitarian office, OCHA, confirmed that eight people — six of them children — were killed late on 10 June when an air strike hit a school in the village of Hish where about 70 displaced people were sheltering.",
           killed=8, children=6, qualifier="EXACT"),
        st("save-the-children", "CLAIM", None, None,
           "At least 20 schools have been damaged or destroyed in Idlib and northern Hama since late April, according to Save the Children"),
        st("save-the-children", "CALL", None, None,
           "which called on all sides to \"stop treating classrooms as targets\""),
        st("ingrid-falk", "CLAIM", None, None,
           "Ingrid Falk, a spokeswoman for OCHA, said 24 hospitals and clinics had been hit in north-west Syria since 28 April"),
        st("ingrid-falk", "CRITICISM", None, None,
           "calling the attacks \"utterly unacceptable\""),
        st("sams", "CLAIM", "B", None,
           "On 11 June, an air strike on a bakery in Khan Sheikhoun killed four people queuing for bread, according to the Syrian American Medical Society (SAMS), which supports the town's last functioning clinic.",
           killed=4, qualifier="EXACT"),
        st("fadi-hallak", "CLAIM", "B", None,
           "\"We received 11 wounded in less than an hour, and we have two doctors,\" said Dr Fadi Hallak, who runs the clinic.",
           injured=11, qualifier="EXACT"),
        st("eu", "CRITICISM", None, None,
           "The attacks have drawn condemnation from the European Union"),
        st("eu", "CALL", None, None,
           "which on Wednesday called for an immediate halt to strikes on civilian infrastructure"),
        st("syria", "DENIAL", None, "syria", "Both have in the past denied targeting civilian sites."),
        st("russia", "DENIAL", None, "russia", "Both have in the past denied targeting civilian sites."),
    ],
}

# ---------------------------------------------------------------- d32-05 regional daily
GOLD["d32-05"] = {
    "article": art("d32-05", "Rockets kill three in Hama town as jets strike Khan Sheikhoun bakery",
                   "The Levant Courier", "2019-06-12",
                   "https://example.org/levant-courier/2019/06/12/rockets-hama-salhab-jets-khan-sheikhoun-bakery"),
    "actors": ["sana", "armed-opposition", "sohr", "hts", "syrian-civil-defence", "mohammad-jumaa", "levant-courier",
               "russian-mod", "russian-military", "ria-novosti", "turkish-mod", "syrian-army", "turkish-army",
               "turkey", "russia", "syria"],
    "places": ["hama-province", "khan-sheikhoun", "beirut", "salhab", "idlib-province", "shir-mughar", "sochi"],
    "incidents": [
        inc("A", "SHELLING", "2019-06-10", ["salhab"], ["armed-opposition", "hts"], "G592"),
        inc("B", "AIRSTRIKE", "2019-06-11", ["khan-sheikhoun"], [], "G593"),
        inc("C", "SHELLING", "2019-06-11", ["shir-mughar"], ["syrian-army"], None),
    ],
    "statements": [
        st("sana", "CLAIM", "A", None,
           "Rocket fire killed three people, two of them children, in the government-held town of Salhab in the northern Hama countryside Monday, Syria's state news agency said, as warplanes kept up their bombardment of southern Idlib.",
           killed=3, children=2, qualifier="EXACT"),
        st("sana", "ACCUSATION", "A", "armed-opposition",
           "SANA blamed \"terrorist groups\" based in Idlib for the attack"),
        st("sana", "CLAIM", "A", None,
           "which it said also wounded nine people",
           injured=9, qualifier="EXACT"),
        st("sohr", "CLAIM", "A", "hts",
           "The Syrian Observatory for Human Rights said the rockets were fired by Hayat Tahrir al-Sham fighters and put the death toll at two.",
           killed=2, qualifier="EXACT"),
        st("sohr", "CLAIM", "B", None,
           "Across the front line, air strikes on Tuesday hit a bakery in Khan Sheikhoun and the queue of people outside it, killing six, the Observatory said.",
           killed=6, qualifier="EXACT"),
        st("syrian-civil-defence", "CLAIM", "B", None,
           "Local rescuers said they had recovered five bodies and that 15 people were wounded.",
           killed=5, injured=15, qualifier="EXACT"),
        st("mohammad-jumaa", "CLAIM", "B", None,
           "\"The queue stretched to the end of the street. People wait two hours for bread,\" the bakery's owner, Mohammad Jumaa, told The Courier."),
        st("russian-mod", "DENIAL", "B", "russian-military",
           "The Russian Defence Ministry said Russian aircraft had not operated over Khan Sheikhoun on Tuesday, the RIA Novosti agency reported."),
        st("turkish-mod", "ACCUSATION", "C", "syrian-army",
           "In northern Hama, Turkey's defence ministry said regime forces had shelled the area around a Turkish observation post at Shir Mughar on Tuesday, causing no casualties.",
           killed=0, injured=0, qualifier="EXACT"),
        st("syrian-army", "CONFIRMATION", "C", "syrian-army",
           "A Syrian military source quoted by SANA acknowledged that army artillery had fired on \"terrorist positions\" near Shir Mughar"),
        st("syrian-army", "DENIAL", "C", "syrian-army",
           "denied targeting the Turkish post"),
    ],
}

# ---------------------------------------------------------------- d32-06 opposition site (no date)
GOLD["d32-06"] = {
    "article": art("d32-06", "Kafr Nabl market massacre: 20 martyrs as Russian jets target civilians",
                   "Fajr al-Shamal English", None,
                   "https://example.org/fajr-al-shamal/en/news/kafr-nabl-market-massacre-20-martyrs"),
    "actors": ["russian-military", "kafranbel-local-council", "syrian-civil-defence", "mustafa-hajj-ali",
               "fajr-al-shamal", "russian-reconciliation-centre", "turkish-foreign-ministry", "nlf", "omar-hamadi",
               "syrian-army", "snhr"],
    "places": ["kafranbel", "idlib-province", "hmeimim", "kafr-nabuda", "khan-sheikhoun", "hama-province"],
    "incidents": [
        inc("A", "AIRSTRIKE", "2019-06-09", ["kafranbel"], ["russian-military"], "G590"),
        inc("B", "SHELLING", "2019-06-09", ["kafr-nabuda"], ["nlf"], None),
        inc("C", "AIRSTRIKE", None, ["khan-sheikhoun"], ["syrian-army"], None),
    ],
    "statements": [
        st("kafranbel-local-council", "CLAIM", "A", None,
           "The local council of Kafr Nabl said in a statement that the toll had risen to 20 martyrs, among them six children and three women, and that more than 50 others were wounded.",
           killed=20, injured=50, children=6, qualifier="EXACT"),
        st("syrian-civil-defence", "CLAIM", "A", None,
           "The Civil Defence said its teams had recovered 18 bodies from the market and the surrounding streets.",
           killed=18, qualifier="EXACT"),
        st("mustafa-hajj-ali", "CLAIM", "A", None,
           "“The aircraft came back and struck the same place while we were pulling out the wounded,” Mustafa Hajj Ali, head of the Civil Defence centre in Kafr Nabl, told Fajr al-Shamal."),
        st("russian-reconciliation-centre", "DENIAL", "A", None,
           "The Russian “Reconciliation Centre” at Hmeimim described the reports as “lies fabricated by the White Helmets”."),
        st("russian-reconciliation-centre", "ACCUSATION", "A", "syrian-civil-defence",
           "The Russian “Reconciliation Centre” at Hmeimim described the reports as “lies fabricated by the White Helmets”."),
        st("turkish-foreign-ministry", "CRITICISM", "A", None,
           "Turkey’s foreign ministry condemned the massacre in a statement, calling it a flagrant violation of the de-escalation agreement."),
        st("omar-hamadi", "CLAIM", "B", "nlf",
           "National Front for Liberation spokesman Omar Hamadi said the faction’s artillery had shelled Assad militia positions in Kafr Nabuda on the evening of the massacre, killing at least seven militiamen.",
           killed=7, qualifier="AT_LEAST"),
        st("syrian-civil-defence", "CLAIM", "C", "syrian-army",
           "On Tuesday, Assad militia helicopters dropped four barrel bombs on the western neighbourhoods of Khan Sheikhoun, wounding three civilians, according to the Civil Defence.",
           injured=3, qualifier="EXACT"),
        st("snhr", "CLAIM", None, None,
           "The Syrian Network for Human Rights has documented the killing of 481 civilians, among them 134 children, in Idlib and Hama since 26 April.",
           killed=481, children=134, qualifier="EXACT"),
    ],
}

# ---------------------------------------------------------------- d32-07 state media
GOLD["d32-07"] = {
    "article": art("d32-07", "Two children among three civilians martyred in terrorist rocket attack on Salhab",
                   "Syrian Homeland News Agency", "2019-06-10",
                   "https://example.org/shna/2019/06/10/two-children-among-three-civilians-martyred-salhab"),
    "actors": ["shna", "armed-opposition", "hama-police-command", "syrian-army", "jabhat-al-nusra", "nlf",
               "pyotr-zhukovets", "russian-reconciliation-centre", "syrian-foreign-ministry", "un-secretary-general",
               "un-security-council", "turkey"],
    "places": ["salhab", "damascus", "idlib-province", "hama-province", "kafranbel", "kafr-nabuda",
               "latakia-province"],
    "incidents": [
        inc("A", "SHELLING", "2019-06-10", ["salhab"], ["armed-opposition"], "G592"),
        inc("B", "AIRSTRIKE", "2019-06-09", ["kafranbel"], [], "G590"),
    ],
    "statements": [
        st("hama-police-command", "ACCUSATION", "A", "armed-opposition",
           "Three civilians, two of them children, were martyred and nine others were injured on Monday when terrorist organizations positioned in Idleb countryside fired rocket shells at residential neighborhoods in Salhab town in the northern countryside of Hama, a source at Hama Police Command told SHNA reporter.",
           killed=3, injured=9, children=2, qualifier="EXACT"),
        st("hama-police-command", "CLAIM", "A", "syrian-army",
           "The source added that army units responded to the sources of fire with the appropriate weapons, destroying a number of rocket launchpads belonging to the terrorists."),
        st("syrian-army", "DENIAL", "B", None,
           "Meanwhile, a military source denied as “totally fabricated” the reports circulated by media outlets supporting terrorism about an air strike on a popular market in Kafr Nabl town in the southern countryside of Idleb yesterday"),
        st("syrian-army", "CLAIM", "B", "syrian-army",
           "stressing that army units target only the headquarters and gatherings of Jabhat al-Nusra terrorists"),
        st("pyotr-zhukovets", "ACCUSATION", None, "armed-opposition",
           "In the same context, Rear Admiral Pyotr Zhukovets, head of the Russian Centre for Reconciliation of the Opposing Sides in Syria, said terrorist groups had violated the cessation of hostilities regime 27 times over the past 24 hours in Idleb, Hama and Latakia provinces."),
        st("syrian-foreign-ministry", "CALL", "A", "un-security-council",
           "The Foreign and Expatriates Ministry, in two identical letters to the UN Secretary-General and the President of the Security Council, called on the Council to condemn the terrorist attack on Salhab"),
        st("syrian-foreign-ministry", "ACCUSATION", None, "turkey",
           "held the Turkish regime responsible for its support to the terrorist organizations in Idleb"),
    ],
}

# ---------------------------------------------------------------- d32-08 NGO release
GOLD["d32-08"] = {
    "article": art("d32-08", "OMR condemns deadly strike on school shelter in Hish, calls for protection of civilians in Idlib",
                   "Orontes Medical Relief", "2019-06-12",
                   "https://example.org/orontes-medical-relief/press/2019/06/12/omr-condemns-strike-hish-school"),
    "actors": ["omr", "samer-haddad", "leila-mansour", "russia", "turkey", "un-security-council"],
    "places": ["hish", "idlib-province", "gaziantep", "maarat-al-numan", "kafr-sijnah", "northwest-syria", "sochi"],
    "incidents": [
        inc("A", "AIRSTRIKE", "2019-06-10", ["hish"], [], "G591"),
        inc("B", "AIRSTRIKE", "2019-06-10", ["kafr-sijnah"], [], "G594"),
    ],
    "statements": [
        st("omr", "CRITICISM", "A", None,
           "Orontes Medical Relief (OMR) condemns in the strongest terms the air strike that hit a school sheltering displaced families in the village of Hish, in southern Idlib, on the night of Monday 10 June."),
        st("samer-haddad", "CLAIM", "A", None,
           "The OMR-supported hospital in Maarat al-Numan received nine bodies, six of them children, and treated 17 wounded people from the school, according to its medical director, Dr Samer Haddad.",
           killed=9, injured=17, children=6, qualifier="EXACT"),
        st("samer-haddad", "CLAIM", "A", None,
           "“Most of the children we received had crush injuries from the collapsed ceiling. Two are still in intensive care,” Dr Haddad said."),
        st("leila-mansour", "CALL", None, None,
           "“Schools and hospitals are not targets. Every party to this conflict, and every state that backs them, must stop these attacks now,” said Dr Leila Mansour, OMR’s Executive Director."),
        st("omr", "CALL", None, "russia",
           "OMR calls on the Russian Federation and Turkey, as guarantors of the Idlib de-escalation zone, to uphold the commitments they made in Sochi in September 2018."),
        st("omr", "CALL", None, "turkey",
           "OMR calls on the Russian Federation and Turkey, as guarantors of the Idlib de-escalation zone, to uphold the commitments they made in Sochi in September 2018."),
        st("omr", "CALL", None, "un-security-council",
           "OMR further urges the UN Security Council to mandate an independent investigation into attacks on medical and educational facilities in north-west Syria."),
    ],
}


def main():
    reg = build_registry()
    with open(os.path.join(HERE, "entities.json"), "w", encoding="utf-8") as f:
        json.dump(reg, f, ensure_ascii=False, indent=2)
        f.write("\n")
    for aid, gold in GOLD.items():
        with open(os.path.join(HERE, aid + ".gold.json"), "w", encoding="utf-8") as f:
            json.dump(gold, f, ensure_ascii=False, indent=2)
            f.write("\n")
    print("wrote entities.json and", len(GOLD), "gold files")


if __name__ == "__main__":
    main()
