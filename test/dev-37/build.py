#!/usr/bin/env python3
"""Build script for the blind gold set dev-37 (d37-01 .. d37-08).

Writes entities.json (copy of the shared registry, extended only) and the
eight d37-NN.gold.json files. Run from this folder: python3 build.py
"""
import copy
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
SHARED_REGISTRY = "/work/shared/corpus/entities.json"


# ---------------------------------------------------------------- registry
def person(pid, name, part_of, role, aliases=None):
    return {
        "id": pid,
        "name": name,
        "kind": "person",
        "partOf": part_of,
        "aliases": aliases or [name],
        "fictional": True,
        "role": role,
    }


def outlet(oid, name, aliases, note):
    return {
        "id": oid,
        "name": name,
        "kind": "news-agency",
        "partOf": None,
        "aliases": aliases,
        "fictional": True,
        "note": note,
    }


NEW_ACTORS = [
    # states / ministries / armed groups (real entities, used in invented events)
    {"id": "syrian-mod", "name": "Syrian Ministry of Defence", "kind": "ministry", "partOf": "syria",
     "aliases": ["Syrian Ministry of Defence", "Syria's defence ministry", "Syrian defence ministry",
                 "Syria's Defense Ministry"]},
    {"id": "iran", "name": "Iran", "kind": "state", "partOf": None,
     "aliases": ["Iran", "Tehran", "Iranian-backed", "Iran-backed"], "contextualAliases": ["Tehran"]},
    {"id": "iran-backed-militias", "name": "Iranian-backed militias (generic)", "kind": "armed-group",
     "partOf": None, "aliases": ["Iranian-backed militias", "Iran-backed militias"],
     "note": "Generic pro-government militias described as backed by Iran; \"Iranian-backed\" also mentions iran (backing)."},
    {"id": "fath-al-mubin", "name": "al-Fath al-Mubin operations room", "kind": "armed-group", "partOf": None,
     "aliases": ["al-Fath al-Mubin operations room", "al-Fath al-Mubin", "Fath al-Mubin"],
     "note": "Joint rebel operations room in Idlib (real body; all events and quotes here are invented)."},
    {"id": "jabhat-al-nusra", "name": "Jabhat al-Nusra", "kind": "armed-group", "partOf": None,
     "aliases": ["Jabhat al-Nusra", "al-Nusra Front", "Nusra Front"],
     "note": "Former name of HTS's main predecessor; Syrian state media still use it for the Idlib factions. Kept separate from hts: the text names this label, not HTS."},
    {"id": "qatar", "name": "Qatar", "kind": "state", "partOf": None, "aliases": ["Qatar", "Doha"],
     "contextualAliases": ["Doha"]},
    {"id": "qatar-foreign-ministry", "name": "Ministry of Foreign Affairs of Qatar", "kind": "ministry",
     "partOf": "qatar", "aliases": ["Qatar's Ministry of Foreign Affairs", "Qatari foreign ministry",
                                    "Qatar's foreign ministry"]},
    {"id": "hama-health-directorate", "name": "Hama Health Directorate", "kind": "local-authority",
     "partOf": None, "aliases": ["Hama Health Directorate"],
     "note": "Government-side provincial health directorate."},
    # fictional people
    person("abdulrahman-haj-omar", "Abdulrahman Haj Omar", "syrian-civil-defence",
           "civil defence team leader, Idlib city", ["Abdulrahman Haj Omar", "Haj Omar"]),
    person("bilal-shaar", "Bilal Shaar", None, "resident, brother of a workshop owner, Idlib city",
           ["Bilal Shaar", "Shaar"]),
    person("mustafa-hilal", "Mustafa Hilal", None, "head of the local council, al-Atarib",
           ["Mustafa Hilal", "Hilal"]),
    person("sara-holmqvist", "Sara Holmqvist", "hrw", "Human Rights Watch researcher",
           ["Sara Holmqvist", "Holmqvist"]),
    person("abu-yahya-al-tarmani", "Abu Yahya al-Tarmani", "fath-al-mubin",
           "field commander, al-Fath al-Mubin operations room", ["Abu Yahya al-Tarmani", "al-Tarmani"]),
    person("rania-masri", "Rania Masri", "save-the-children", "Save the Children spokesperson",
           ["Rania Masri", "Masri"]),
    person("karim-abdelnour", "Karim Abdelnour", "unicef", "UNICEF spokesperson",
           ["Karim Abdelnour", "Abdelnour"]),
    person("mohammad-jneid", "Mohammad Jneid", "syrian-civil-defence",
           "director of the civil defence centre, al-Atarib", ["Mohammad Jneid", "Jneid"]),
    person("samer-khalil", "Dr. Samer Khalil", "hama-health-directorate", "director, Hama Health Directorate",
           ["Dr. Samer Khalil", "Samer Khalil"]),
    # the eight fictional outlets
    outlet("latitude-wire", "Latitude Wire", ["Latitude Wire"], "Fictional wire agency (d37-01)."),
    outlet("kbn-news", "KBN News (Kestrel Broadcasting Network)", ["KBN", "KBN News", "Kestrel Broadcasting Network"],
           "Fictional broadcaster website (d37-02)."),
    outlet("continental-herald", "The Continental Herald", ["The Continental Herald", "Continental Herald"],
           "Fictional international newspaper (d37-03)."),
    outlet("relief-dispatch", "The Relief Dispatch", ["The Relief Dispatch", "the Relief Dispatch", "Relief Dispatch"],
           "Fictional humanitarian news outlet (d37-04)."),
    outlet("gulf-courier", "The Gulf Courier", ["The Gulf Courier", "Gulf Courier"],
           "Fictional Gulf daily, Dubai (d37-05)."),
    outlet("zaitoun-voice", "Zaitoun Voice", ["Zaitoun Voice"],
           "Fictional Syrian opposition news site, English edition (d37-06)."),
    outlet("nspa", "National Syrian Press Agency (NSPA)", ["National Syrian Press Agency", "NSPA"],
           "Fictional Syrian state agency, English service (d37-07)."),
    outlet("levant-chronicle", "Levant Chronicle", ["Levant Chronicle"],
           "Fictional regional outlet, Beirut (d37-08)."),
]

NEW_PLACES = [
    {"id": "sarmin", "name": "Sarmin", "kind": "town", "province": "Idlib", "country": "Syria",
     "lat": 35.9036, "lon": 36.7247, "aliases": ["Sarmin", "Sarmeen"]},
    {"id": "darat-izza", "name": "Darat Izza", "kind": "town", "province": "Aleppo", "country": "Syria",
     "lat": 36.2814, "lon": 36.86, "aliases": ["Darat Izza", "Daret Azza", "Darat Azza"]},
    {"id": "al-ghab-plain", "name": "al-Ghab plain", "kind": "region", "province": "Hama", "country": "Syria",
     "lat": 35.6, "lon": 36.35, "aliases": ["al-Ghab plain", "the al-Ghab plain", "Ghab plain", "Sahl al-Ghab"],
     "note": "Agricultural plain on the Orontes, north-west Hama province, straddling the front line."},
]

NEW_GLOBALS = [
    {"id": "G650", "label": "Air strikes on furniture workshops on the western edge of Idlib city",
     "kind": "AIRSTRIKE", "date": "2024-10-16", "places": ["idlib-city"],
     "articles": ["d37-01", "d37-02", "d37-07"],
     "figures": "killed 9 (AT_LEAST, rescuers, day 1) / 11 (SOHR) / 10 (rescuers, day 2); \"dozens of terrorists\" (Syrian military source, not coded); civilian casualties denied (Syrian military source)"},
    {"id": "G651", "label": "Rocket shelling of the main market in al-Atarib",
     "kind": "SHELLING", "date": "2024-10-15", "places": ["atarib"],
     "articles": ["d37-03", "d37-06"],
     "figures": "killed 4 (rescuers) / 5 incl. 1 child (local council); injured 11 (rescuers) / 14 (local council)"},
    {"id": "G652", "label": "Drone strike on a tractor carrying farm workers in the al-Ghab plain",
     "kind": "AIRSTRIKE", "date": "2024-10-19", "places": ["al-ghab-plain"],
     "articles": ["d37-04", "d37-05", "d37-08"],
     "figures": "killed 3 (OCHA) / 4 (SOHR) / 5 (rescuers, later)"},
    {"id": "G653", "label": "Drone strike on a minibus carrying teachers near Sarmin",
     "kind": "AIRSTRIKE", "date": "2024-10-20", "places": ["sarmin"],
     "articles": ["d37-04", "d37-05"],
     "figures": "killed 2, injured 6 (OCHA) / 3 incl. 1 child (Idlib Health Directorate, SOHR)"},
    {"id": "G654", "label": "Rocket fire on residential neighbourhoods of al-Suqaylabiyah",
     "kind": "SHELLING", "date": "2024-10-17", "places": ["al-suqaylabiyah"],
     "articles": ["d37-07", "d37-08"],
     "figures": "killed 2 incl. 1 child, injured 5 (Hama Health Directorate); 2 (Syrian state media); 3 incl. 1 child (SOHR)"},
]


def build_registry():
    with open(SHARED_REGISTRY, encoding="utf-8") as fh:
        reg = json.load(fh)
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
    with open(os.path.join(HERE, "entities.json"), "w", encoding="utf-8") as fh:
        json.dump(out, fh, ensure_ascii=False, indent=2)
        fh.write("\n")


# ---------------------------------------------------------------- gold helpers
def inc(key, kind, date, places, perps, same=None):
    return {"key": key, "kind": kind, "date": date, "places": places,
            "perpetratorAlleged": perps, "sameAs": same}


def st(speaker, stance, incident, actor, evidence, killed=None, injured=None, children=None, qualifier=None):
    if qualifier is None and (killed is not None or injured is not None):
        qualifier = "EXACT"
    return {"speaker": speaker, "stance": stance,
            "about": {"incident": incident, "actor": actor},
            "killed": killed, "injured": injured, "children": children,
            "qualifier": qualifier, "evidence": evidence}


def title_of(aid):
    with open(os.path.join(HERE, aid + ".txt"), encoding="utf-8") as fh:
        return fh.readline().rstrip("\n")


GOLD = {}

# ---------------------------------------------------------------- d37-01
GOLD["d37-01"] = {
    "article": {"outlet": "Latitude Wire", "publishedAt": "2024-10-16",
                "url": "https://example.org/latitude-wire/2024/10/16/russian-strikes-idlib-city-workshops-kill-nine"},
    "actors": ["russian-military", "syrian-civil-defence", "latitude-wire", "sohr", "abdulrahman-haj-omar",
               "ria-novosti", "russian-reconciliation-centre", "armed-opposition", "russian-mod", "syrian-army",
               "hts", "al-qaeda", "turkish-army", "turkey", "russia", "syria"],
    "places": ["idlib-city", "istanbul", "darat-izza", "aleppo-province", "sarmin", "atarib", "idlib-province"],
    "incidents": [
        inc("A", "AIRSTRIKE", "2024-10-16", ["idlib-city"], ["russian-military"], "G650"),
        inc("B", "SHELLING", "2024-10-16", ["darat-izza"], ["syrian-army"]),
    ],
    "statements": [
        st("syrian-civil-defence", "CLAIM", "A", "russian-military",
           "Russian warplanes struck a cluster of furniture workshops on the western edge of Idlib city on Wednesday, killing at least nine people, two of them children, and wounding 30, the White Helmets rescue service said.",
           killed=9, injured=30, children=2, qualifier="AT_LEAST"),
        st("sohr", "CLAIM", "A", None,
           "The Syrian Observatory for Human Rights, a Britain-based war monitor, put the toll at 11 and said four of the dead were carpenters who had been at work when the first missile hit.",
           killed=11),
        st("abdulrahman-haj-omar", "CLAIM", "A", None,
           "\"We counted four raids in less than an hour,\" said Abdulrahman Haj Omar, a civil defence team leader in the city."),
        st("russian-reconciliation-centre", "CLAIM", "A", "russian-military",
           "In a statement carried by RIA Novosti, the Russian Centre for Reconciliation of the Opposing Sides in Syria said its aircraft had destroyed a \"drone assembly facility\" used by militants on the outskirts of Idlib city."),
        st("sohr", "CLAIM", "B", "syrian-army",
           "Separately, government artillery shelled the town of Darat Izza in the western Aleppo countryside on Wednesday, killing a woman and wounding her two sons, the Observatory said.",
           killed=1, injured=2),
        st("syrian-civil-defence", "CLAIM", None, None,
           "rescuers say towns such as Sarmin and al-Atarib are now hit almost daily"),
        st("sohr", "CLAIM", None, None,
           "The Observatory says more than 70 civilians have been killed in such attacks since the start of September.",
           killed=70, qualifier="MORE_THAN"),
        st("turkey", "CLAIM", None, "turkey",
           "A Turkish diplomatic source said Ankara had raised the strikes with Moscow"),
        st("turkey", "CALL", None, "russia", "urged it to rein in Damascus"),
    ],
}

# ---------------------------------------------------------------- d37-02
GOLD["d37-02"] = {
    "article": {"outlet": "KBN News", "publishedAt": "2024-10-17",
                "url": "https://example.org/kbn-news/2024/10/17/syria-idlib-workshop-strikes-toll-rises-to-10"},
    "actors": ["syria", "syrian-civil-defence", "russian-military", "syrian-mod", "syrian-army", "bilal-shaar",
               "kbn-news", "unicef", "ocha", "russia", "turkey", "armed-opposition", "hts"],
    "places": ["idlib-province", "idlib-city", "binnish", "sarmin", "northwest-syria"],
    "incidents": [
        inc("A", "AIRSTRIKE", "2024-10-16", ["idlib-city"], ["russian-military", "syrian-army"], "G650"),
        inc("B", "AIRSTRIKE", "2024-10-16", ["sarmin"], []),
    ],
    "statements": [
        st("syrian-civil-defence", "CLAIM", "A", None,
           "The number of people killed in Wednesday's air strikes on workshops on the edge of Idlib city has risen to 10, the Syria Civil Defence says, after a teenage apprentice died of his wounds overnight.",
           killed=10),
        st("syrian-civil-defence", "CLAIM", "A", None,
           "The rescue group, better known as the White Helmets, said 28 people had been wounded", injured=28),
        st("syrian-civil-defence", "ACCUSATION", "A", "russian-military",
           "blamed Russian aircraft for the attack"),
        st("syrian-mod", "CONFIRMATION", "A", "syrian-army",
           "Syria's defence ministry, however, confirmed in a statement that \"Syrian and Russian air forces\" had carried out \"precise strikes\" on workshops where drones were being assembled for attacks on government-held areas."),
        st("syrian-mod", "CONFIRMATION", "A", "russian-military",
           "Syria's defence ministry, however, confirmed in a statement that \"Syrian and Russian air forces\" had carried out \"precise strikes\" on workshops where drones were being assembled for attacks on government-held areas."),
        st("bilal-shaar", "CLAIM", "A", None,
           "Bilal Shaar, whose brother ran one of the workshops, said it had made nothing but bedroom furniture for 20 years."),
        st("bilal-shaar", "DENIAL", "A", None,
           "\"There were no drones. There was wood, glue and my brother,\" he told KBN."),
        st("unicef", "CRITICISM", "A", None,
           "UNICEF said it was \"horrified\" that two children were among the dead.", children=2),
        st("ocha", "CALL", "A", None,
           "The UN's humanitarian office urged all parties to the conflict to spare civilians and civilian infrastructure."),
        st("syrian-civil-defence", "CLAIM", "B", None,
           "Overnight, drones hit the outskirts of Sarmin, about 15km (9 miles) east of Idlib city, wounding three people, according to local rescuers.",
           injured=3),
        st("hts", "CLAIM", "A", "hts",
           "HTS has threatened to retaliate for what it called \"the massacre in Idlib\"."),
    ],
}

# ---------------------------------------------------------------- d37-03
GOLD["d37-03"] = {
    "article": {"outlet": "The Continental Herald", "publishedAt": "2024-10-18",
                "url": "https://example.org/continental-herald/2024/oct/18/syria-idlib-drones-atarib-market"},
    "actors": ["syria", "mustafa-hilal", "syrian-civil-defence", "sams", "sohr", "syrian-army", "hrw",
               "sara-holmqvist", "abu-yahya-al-tarmani", "fath-al-mubin"],
    "places": ["atarib", "aleppo-city", "darat-izza", "idlib-province", "aleppo-province"],
    "incidents": [
        inc("A", "SHELLING", "2024-10-15", ["atarib"], ["syrian-army"], "G651"),
        inc("B", "AIRSTRIKE", "2024-10-17", ["darat-izza"], []),
    ],
    "statements": [
        st("mustafa-hilal", "CLAIM", "A", None,
           "Five people were killed, among them a 12-year-old boy, and 14 were wounded, according to Mustafa Hilal, who heads the town’s local council.",
           killed=5, injured=14, children=1),
        st("syrian-civil-defence", "CLAIM", "A", None,
           "The White Helmets, the rescue service that operates in opposition-held areas, gave a lower toll of four dead.",
           killed=4),
        st("sams", "CLAIM", "A", None,
           "The wounded were taken to a hospital supported by the Syrian American Medical Society, which said two of them were in critical condition."),
        st("mustafa-hilal", "CLAIM", "A", None,
           "“It came from the west, from their positions near Aleppo,” Hilal said, standing beside a charred fruit cart."),
        st("sohr", "CLAIM", "A", "syrian-army",
           "The Syrian Observatory for Human Rights, a UK-based monitor, said the rockets had been fired by government forces."),
        st("sohr", "CLAIM", "B", None,
           "On Thursday, a small explosive-laden drone hit a motorcycle on the edge of nearby Darat Izza, killing its rider, a 19-year-old olive picker, the Observatory said.",
           killed=1),
        st("sohr", "CLAIM", None, "syrian-army",
           "The monitor says government forces have used such drones with growing frequency since the summer."),
        st("sohr", "CLAIM", None, None,
           "It has recorded more than 300 drone attacks in the Idlib and western Aleppo countryside this year."),
        st("hrw", "ACCUSATION", None, "syrian-army",
           "Human Rights Watch has accused government forces of deliberately targeting civilian traffic."),
        st("sara-holmqvist", "CRITICISM", None, None,
           "“Using precision weapons against farmers and delivery drivers is a clear violation of the laws of war,” said Sara Holmqvist, a researcher at the group."),
        st("abu-yahya-al-tarmani", "CLAIM", None, "fath-al-mubin",
           "Abu Yahya al-Tarmani, a field commander with the al-Fath al-Mubin operations room, said his men were “ready to push the regime away from our towns” if the attacks continued."),
    ],
}

# ---------------------------------------------------------------- d37-04 (no publication date)
GOLD["d37-04"] = {
    "article": {"outlet": "The Relief Dispatch", "publishedAt": None,
                "url": "https://example.org/relief-dispatch/news/drone-strikes-farms-school-runs-north-west-syria"},
    "actors": ["ocha", "idlib-health-directorate", "rania-masri", "save-the-children", "karim-abdelnour", "unicef",
               "syria", "russia", "relief-dispatch", "syrian-civil-defence"],
    "places": ["northwest-syria", "al-ghab-plain", "sarmin", "ariha", "idlib-province", "aleppo-province"],
    "incidents": [
        inc("G", "AIRSTRIKE", "2024-10-19", ["al-ghab-plain"], [], "G652"),
        inc("S", "AIRSTRIKE", "2024-10-20", ["sarmin"], [], "G653"),
        inc("R", "SHELLING", None, ["ariha"], []),
    ],
    "statements": [
        st("ocha", "CLAIM", "G", None,
           "On 19 October 2024, a drone struck a tractor carrying farm workers in the al-Ghab plain, killing three of them, according to the UN Office for the Coordination of Humanitarian Affairs (OCHA).",
           killed=3),
        st("ocha", "CLAIM", "S", None,
           "The next day, 20 October, a drone hit a minibus taking teachers to a school on the outskirts of Sarmin, killing two people and injuring six, OCHA said in a flash update.",
           killed=2, injured=6),
        st("idlib-health-directorate", "CONFIRMATION", "S", None,
           "The Idlib Health Directorate later confirmed that a child wounded in the Sarmin attack had died, bringing the toll there to three.",
           killed=3, children=1),
        st("rania-masri", "CLAIM", "S", None,
           "\"Since Sarmin, teachers are afraid to travel to work and parents are keeping children at home,\" said Rania Masri of Save the Children."),
        st("rania-masri", "CALL", None, None, "\"Schools must never be targets,\" she added."),
        st("ocha", "CLAIM", "R", None,
           "On Tuesday, shelling damaged a primary school in Ariha but caused no casualties because classes had been suspended, OCHA reported.",
           killed=0, injured=0),
        st("ocha", "CLAIM", None, None,
           "According to OCHA, attacks have damaged at least 14 schools and six health facilities in Idlib and western Aleppo since the beginning of October."),
        st("karim-abdelnour", "CALL", None, None,
           "Karim Abdelnour, a UNICEF spokesperson, called on \"all parties\" to stop using explosive weapons in populated areas."),
        st("karim-abdelnour", "CRITICISM", None, None,
           "\"The killing of children in these attacks is unacceptable,\" he said."),
        st("syria", "ACCUSATION", None, "syrian-civil-defence",
           "Damascus has in the past accused the White Helmets of staging attacks to discredit its forces."),
    ],
}

# ---------------------------------------------------------------- d37-05
GOLD["d37-05"] = {
    "article": {"outlet": "The Gulf Courier", "publishedAt": "2024-10-21",
                "url": "https://example.org/gulf-courier/world/mena/2024/10/21/drone-attacks-kill-seven-idlib-weekend"},
    "actors": ["syria", "sohr", "qatar", "syrian-army", "syrian-civil-defence", "fath-al-mubin", "armed-opposition",
               "syrian-state-media", "qatar-foreign-ministry", "russian-military", "russia", "turkey"],
    "places": ["idlib-province", "northwest-syria", "al-ghab-plain", "sarmin", "idlib-city", "atarib",
               "jisr-al-shughur"],
    "incidents": [
        inc("G", "AIRSTRIKE", "2024-10-19", ["al-ghab-plain"], ["syrian-army"], "G652"),
        inc("S", "AIRSTRIKE", "2024-10-20", ["sarmin"], ["syrian-army"], "G653"),
    ],
    "statements": [
        st("sohr", "CLAIM", None, "syrian-army",
           "Syrian government drone attacks killed at least seven civilians in opposition-held north-west Syria over the weekend, a war monitor said, in one of the deadliest stretches for the region this year.",
           killed=7, qualifier="AT_LEAST"),
        st("sohr", "CLAIM", "G", None,
           "On Saturday, a drone struck a tractor in the al-Ghab plain, killing four farm workers who were harvesting cotton, the Syrian Observatory for Human Rights said.",
           killed=4),
        st("sohr", "CLAIM", "S", None,
           "A day later, an explosive-laden drone slammed into a minibus carrying teachers near the town of Sarmin, killing three people, including a 10-year-old girl travelling with her mother, the Britain-based Observatory said.",
           killed=3, children=1),
        st("fath-al-mubin", "ACCUSATION", None, "syrian-army",
           "The al-Fath al-Mubin operations room, an alliance of rebel factions, accused government forces of \"hunting civilians with drones\""),
        st("fath-al-mubin", "CLAIM", None, "fath-al-mubin", "said it had shelled army positions in response"),
        st("syrian-army", "CLAIM", "G", "syrian-army",
           "A Syrian military source, quoted by state media, said the strike in the al-Ghab plain had targeted \"a terrorist group preparing to attack\" army positions."),
        st("qatar-foreign-ministry", "CRITICISM", None, None,
           "Qatar's Ministry of Foreign Affairs condemned the attacks on civilians, describing them as \"a dangerous escalation\""),
        st("qatar-foreign-ministry", "CALL", None, None,
           "called on the international community to act to protect civilians in Syria"),
    ],
}

# ---------------------------------------------------------------- d37-06
GOLD["d37-06"] = {
    "article": {"outlet": "Zaitoun Voice", "publishedAt": "2024-10-15",
                "url": "https://example.org/zaitoun-voice/en/news/2024/10/15/regime-shelling-atarib-market"},
    "actors": ["syrian-army", "syrian-civil-defence", "zaitoun-voice", "iran-backed-militias", "iran",
               "mohammad-jneid", "syria", "fath-al-mubin", "snhr", "russian-military", "un-security-council"],
    "places": ["atarib", "aleppo-province", "jisr-al-shughur", "idlib-city", "northwest-syria", "idlib-province"],
    "incidents": [
        inc("A", "SHELLING", "2024-10-15", ["atarib"], ["syrian-army", "iran-backed-militias"], "G651"),
        inc("J", "AIRSTRIKE", "2024-10-14", ["jisr-al-shughur"], ["syrian-army"]),
    ],
    "statements": [
        st("syrian-civil-defence", "CLAIM", "A", "syrian-army",
           "Four civilians were killed and 11 others wounded on Tuesday morning when regime forces shelled the crowded popular market in the city of al-Atarib in the western Aleppo countryside, the Syrian Civil Defence (White Helmets) said.",
           killed=4, injured=11),
        st("mohammad-jneid", "CRITICISM", "A", None,
           "The director of the Civil Defence centre in al-Atarib, Mohammad Jneid, told Zaitoun Voice that the shelling was \"a deliberate massacre targeting the livelihood of civilians\"."),
        st("mohammad-jneid", "ACCUSATION", "A", "syria",
           "\"The regime bears full responsibility for this massacre,\" he said."),
        st("fath-al-mubin", "CLAIM", None, "fath-al-mubin",
           "The al-Fath al-Mubin operations room announced that its artillery had targeted regime positions in response to the massacre."),
        st("fath-al-mubin", "CLAIM", None, "fath-al-mubin",
           "\"Regime crimes will not go unanswered,\" it said in a statement."),
        st("snhr", "CLAIM", None, None,
           "The Syrian Network for Human Rights documented the killing of 61 civilians, including 17 children, by Syrian regime forces and Russian forces in north-west Syria during September, in a report published last week.",
           killed=61, children=17),
        st("snhr", "CALL", None, "un-security-council",
           "The Network called on the UN Security Council to hold the regime accountable and to protect civilians in Idlib."),
    ],
}

# ---------------------------------------------------------------- d37-07
GOLD["d37-07"] = {
    "article": {"outlet": "National Syrian Press Agency", "publishedAt": "2024-10-17",
                "url": "https://example.org/nspa/en/2024/10/17/terrorist-shelling-al-suqaylabiyah"},
    "actors": ["nspa", "armed-opposition", "hama-health-directorate", "samer-khalil", "syrian-army",
               "russian-military", "jabhat-al-nusra", "syrian-civil-defence", "syrian-foreign-ministry",
               "un-secretary-general", "un-security-council", "turkey"],
    "places": ["al-suqaylabiyah", "hama-province", "idlib-province", "idlib-city", "aleppo-province",
               "latakia-province"],
    "incidents": [
        inc("A", "SHELLING", "2024-10-17", ["al-suqaylabiyah"], ["armed-opposition"], "G654"),
        inc("B", "AIRSTRIKE", "2024-10-16", ["idlib-city"], ["syrian-army", "russian-military"], "G650"),
    ],
    "statements": [
        st("samer-khalil", "CLAIM", "A", None,
           "Director of Hama Health Directorate Dr. Samer Khalil told NSPA reporter that two civilians, one of them a child, were martyred and five others were injured, some of them in critical condition, and that they were taken to al-Suqaylabiyah National Hospital.",
           killed=2, injured=5, children=1),
        st("syrian-army", "CLAIM", None, "syrian-army",
           "A military source said that army units responded to the sources of fire, destroying a number of launchpads and killing the terrorists manning them."),
        st("syrian-army", "CLAIM", "B", "syrian-army",
           "The source added that army units and the Syrian-Russian air forces on Wednesday targeted drone workshops and depots belonging to \"Jabhat al-Nusra\" terrorists on the outskirts of Idleb city, killing dozens of terrorists and destroying a large number of drones that were being prepared to target civilians and army positions."),
        st("syrian-army", "CLAIM", "B", "russian-military",
           "The source added that army units and the Syrian-Russian air forces on Wednesday targeted drone workshops and depots belonging to \"Jabhat al-Nusra\" terrorists on the outskirts of Idleb city, killing dozens of terrorists and destroying a large number of drones that were being prepared to target civilians and army positions."),
        st("syrian-army", "DENIAL", "B", None,
           "The source denied allegations by media outlets affiliated with terrorist organizations about civilian casualties on the outskirts of Idleb city"),
        st("syrian-army", "ACCUSATION", "B", "syrian-civil-defence",
           "describing them as \"lies fabricated by the so-called White Helmets\""),
        st("syrian-foreign-ministry", "ACCUSATION", None, "turkey",
           "In a related context, the Syrian Foreign and Expatriates Ministry sent two identical letters to the UN Secretary-General and the President of the Security Council on the repeated terrorist attacks on civilians in the countrysides of Hama and Aleppo, stressing that the Turkish regime bears responsibility for the crimes of the terrorist organizations that it supports."),
        st("syrian-foreign-ministry", "CALL", None, "un-security-council",
           "The Ministry called on the Security Council to condemn these terrorist attacks and to take deterrent measures against the states that support terrorism."),
    ],
}

# ---------------------------------------------------------------- d37-08
GOLD["d37-08"] = {
    "article": {"outlet": "Levant Chronicle", "publishedAt": "2024-10-23",
                "url": "https://example.org/levant-chronicle/2024/10/23/idlib-front-russian-jets-jisr-al-shughur"},
    "actors": ["russian-military", "sohr", "levant-chronicle", "russia", "syria", "hts", "syrian-state-media", "armed-opposition",
               "syrian-army", "syrian-civil-defence", "turkey", "turkish-foreign-ministry", "selim-karaca"],
    "places": ["idlib-province", "jisr-al-shughur", "al-suqaylabiyah", "hama-province", "al-ghab-plain", "beirut",
               "saraqeb", "m5-highway", "idlib-city"],
    "incidents": [
        inc("J", "AIRSTRIKE", "2024-10-22", ["jisr-al-shughur"], ["russian-military"]),
        inc("S", "SHELLING", "2024-10-17", ["al-suqaylabiyah"], ["hts", "armed-opposition", "syrian-army"], "G654"),
        inc("G", "AIRSTRIKE", "2024-10-19", ["al-ghab-plain"], [], "G652"),
    ],
    "statements": [
        st("sohr", "CLAIM", "J", "russian-military",
           "Russian warplanes carried out several raids overnight on the outskirts of Jisr al-Shughur in western Idlib, killing two shepherds and wounding a third, the Syrian Observatory for Human Rights said on Wednesday.",
           killed=2, injured=1),
        st("sohr", "CLAIM", "J", "russian-military",
           "The Britain-based monitor said it was the first Russian raid on the area since early September."),
        st("russia", "CLAIM", None, "russian-military",
           "Russian officials have repeatedly said their forces in Syria strike only \"terrorist\" targets."),
        st("sohr", "CLAIM", "S", None,
           "Last Thursday, rocket fire on the government-held town of al-Suqaylabiyah in northern Hama killed three civilians, including a child, according to the Observatory.",
           killed=3, children=1),
        st("sohr", "CLAIM", "S", "hts",
           "The monitor said the rockets had been fired by Hayat Tahrir al-Sham (HTS), the Islamist group that dominates Idlib."),
        st("syrian-state-media", "CLAIM", "S", None, "Syrian state media gave a toll of two dead", killed=2),
        st("syrian-state-media", "ACCUSATION", "S", "armed-opposition",
           "blamed \"terrorist organisations\" for the attack"),
        st("hts", "DENIAL", "S", "hts",
           "An HTS official, who spoke on condition of anonymity, said the group had \"no connection\" to the Suqaylabiyah attack"),
        st("hts", "ACCUSATION", "S", "syrian-army",
           "accused government forces of shelling the town themselves to justify an offensive"),
        st("syrian-civil-defence", "CLAIM", "G", None,
           "Civil defence volunteers said five people died, the deadliest single drone attack in the area this year.",
           killed=5),
        st("selim-karaca", "CRITICISM", None, None,
           "The violence drew a rebuke from Ankara, whose foreign ministry spokesman, Selim Karaca, said Turkey was \"deeply concerned\" by the escalation."),
        st("selim-karaca", "CALL", None, "syria",
           "He called on \"all parties, especially the regime\" to respect the March 2020 ceasefire agreement."),
    ],
}


def main():
    build_registry()
    for aid, g in GOLD.items():
        art = {"id": aid, "title": title_of(aid)}
        art.update(g["article"])
        doc = {"article": {k: art[k] for k in ("id", "title", "outlet", "publishedAt", "url")},
               "actors": g["actors"], "places": g["places"],
               "incidents": g["incidents"], "statements": g["statements"]}
        with open(os.path.join(HERE, aid + ".gold.json"), "w", encoding="utf-8") as fh:
            json.dump(doc, fh, ensure_ascii=False, indent=2)
            fh.write("\n")
    print("built", len(GOLD), "gold files + entities.json")


if __name__ == "__main__":
    main()
