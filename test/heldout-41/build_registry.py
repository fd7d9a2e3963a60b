"""Build entities.json = corpus registry (copied verbatim) + heldout-41 extensions (appended only)."""
import json, copy

SRC = "/work/shared/corpus/entities.json"
reg = json.load(open(SRC, encoding="utf-8"))
out = copy.deepcopy(reg)

def outlet(i, name, aliases, note):
    return {"id": i, "name": name, "kind": "news-agency", "partOf": None,
            "aliases": aliases, "fictional": True, "note": note}

def person(i, name, partOf, aliases, role):
    return {"id": i, "name": name, "kind": "person", "partOf": partOf,
            "aliases": aliases, "fictional": True, "role": role}

new_actors = [
    # fictional outlets of the heldout-41 set
    outlet("continental-wire", "Continental Wire", ["Continental Wire"],
           "Fictional Reuters-style wire (publisher of h41-01)."),
    outlet("beacon-world-service", "Beacon World Service", ["Beacon World Service"],
           "Fictional BBC-style broadcaster (h41-02)."),
    outlet("atlantic-ledger", "The Atlantic Ledger", ["The Atlantic Ledger", "Atlantic Ledger"],
           "Fictional international newspaper, Guardian-style (h41-03)."),
    outlet("relief-dispatch", "Relief Dispatch", ["Relief Dispatch"],
           "Fictional humanitarian news outlet (h41-04)."),
    outlet("gulf-evening-post", "Gulf Evening Post", ["Gulf Evening Post"],
           "Fictional Gulf-based English regional daily (h41-05)."),
    outlet("sanabel-news", "Sanabel News", ["Sanabel News", "Sanabel"],
           "Fictional Syrian opposition news site (h41-06)."),
    outlet("qasioun-daily", "Qasioun Daily", ["Qasioun Daily"],
           "Fictional Syrian state-aligned English daily (h41-07)."),
    {"id": "smcp", "name": "Syrian Monitor for Civilian Protection (SMCP)", "kind": "monitor",
     "partOf": None, "aliases": ["Syrian Monitor for Civilian Protection", "SMCP"],
     "fictional": True,
     "note": "Fictional casualty-documentation NGO; publisher of the h41-08 release (its own findings are outlet narration, not statements)."},
    # new real organisations / offices (appear only in invented events)
    {"id": "syrian-mod", "name": "Syrian Ministry of Defence", "kind": "ministry", "partOf": "syria",
     "aliases": ["Syrian Ministry of Defence", "Syrian Defence Ministry", "Syria's defence ministry",
                 "the Syrian regime's Ministry of Defence"]},
    {"id": "un-special-envoy", "name": "UN Special Envoy for Syria (office)", "kind": "un-body", "partOf": "un",
     "aliases": ["UN special envoy for Syria", "The UN's special envoy for Syria", "UN envoy for Syria"]},
    {"id": "who", "name": "World Health Organization", "kind": "un-body", "partOf": "un",
     "aliases": ["World Health Organization"]},
    {"id": "salvation-government", "name": "Syrian Salvation Government", "kind": "local-authority",
     "partOf": None, "aliases": ["Syrian Salvation Government", "Salvation Government"],
     "note": "Civil administration in HTS-controlled Idlib."},
    {"id": "al-fath-al-mubin", "name": "Al-Fath al-Mubin operations room", "kind": "armed-group",
     "partOf": None,
     "aliases": ["Al-Fath al-Mubin", "Fath al-Mubin", "Fath al-Mubin operations room",
                 "the operations room"],
     "contextualAliases": ["the operations room"],
     "note": "HTS-led joint military operations room of north-west Syrian armed factions."},
    # fictional people
    person("omar-sheikh-ali", "Omar Sheikh Ali", "syrian-civil-defence", ["Omar Sheikh Ali"],
           "White Helmets volunteer, Idlib city"),
    person("abdulrahman-qassem", "Abdulrahman Qassem", None, ["Abdulrahman Qassem", "Qassem"],
           "resident, Idlib city"),
    person("ibrahim-khattab", "Ibrahim Khattab", None, ["Ibrahim Khattab", "Khattab"],
           "teacher, resident of the quake-survivor camp near Armanaz"),
    person("yelena-marchuk", "Yelena Marchuk", "russian-foreign-ministry", ["Yelena Marchuk", "Marchuk"],
           "Russian foreign ministry spokeswoman"),
    person("lucy-farrant", "Lucy Farrant", "unicef", ["Lucy Farrant", "Farrant"],
           "UNICEF spokesperson"),
    person("reem-alloush", "Reem Alloush", None, ["Reem Alloush", "Alloush"],
           "shelter programme coordinator, local charity, Idlib"),
    person("hazem-bakri", "Dr Hazem Bakri", "sams", ["Dr Hazem Bakri", "Hazem Bakri", "Bakri"],
           "head of the SAMS hospital in Salqin"),
    person("yamen-dabbagh", "Yamen Dabbagh", None, ["Yamen Dabbagh", "Dabbagh"],
           "market stallholder, Ariha"),
    person("ahmad-yazji", "Ahmad Yazji", "syrian-civil-defence", ["Ahmad Yazji", "Yazji"],
           "civil defence team leader, Jisr al-Shughur"),
    person("nabil-haddad", "Dr Nabil Haddad", None, ["Dr. Nabil Haddad", "Nabil Haddad"],
           "director, al-Suqaylabiyah National Hospital"),
    person("yevgeny-lazutkin", "Rear Admiral Yevgeny Lazutkin", "russian-reconciliation-centre",
           ["Rear Admiral Yevgeny Lazutkin", "Yevgeny Lazutkin", "Lazutkin"],
           "deputy head of the Russian reconciliation centre"),
    person("huda-razzouk", "Huda Razzouk", "smcp", ["Huda Razzouk", "Razzouk"],
           "SMCP field coordinator, southern Idlib"),
    person("anas-hallak", "Anas Hallak", "smcp", ["Anas Hallak", "Hallak"],
           "SMCP director"),
]

def place(i, name, kind, province, country, lat, lon, aliases, note=None):
    d = {"id": i, "name": name, "kind": kind, "province": province, "country": country,
         "lat": lat, "lon": lon, "aliases": aliases}
    if note:
        d["note"] = note
    return d

new_places = [
    place("darat-izza", "Darat Izza", "town", "Aleppo", "Syria", 36.282, 36.852,
          ["Darat Izza", "Daret Azzeh", "Darat Izzah"]),
    place("sarmin", "Sarmin", "town", "Idlib", "Syria", 35.904, 36.724, ["Sarmin", "Sarmeen"]),
    place("armanaz", "Armanaz", "town", "Idlib", "Syria", 36.084, 36.502, ["Armanaz"]),
    place("harem", "Harem", "town", "Idlib", "Syria", 36.207, 36.519, ["Harem", "Harim"]),
    place("salqin", "Salqin", "town", "Idlib", "Syria", 36.138, 36.453, ["Salqin"]),
    place("jabal-al-zawiya", "Jabal al-Zawiya", "region", "Idlib", "Syria", 35.7, 36.55,
          ["Jabal al-Zawiya", "Jabal al-Zawiyah", "Jabal Zawiya"],
          "Hill district of southern Idlib around al-Bara, Kansafra and Ariha."),
    place("amman", "Amman", "city", "Amman", "Jordan", 31.9539, 35.9106, ["Amman", "AMMAN"]),
]

new_globals = [
    {"id": "G560", "label": "Air strikes on a bakery queue and shops in Idlib city", "kind": "AIRSTRIKE",
     "date": "2023-10-06", "places": ["idlib-city"], "articles": ["h41-01", "h41-02"],
     "figures": "killed 9 (AT_LEAST, civil defence, day 1) / 11 (SOHR, day 1) / 12 (SOHR, day 2) / 14 incl. 5 children (health directorate); Russia denies civilian deaths"},
    {"id": "G561", "label": "Artillery shelling of Darat Izza (western Aleppo countryside)", "kind": "SHELLING",
     "date": "2023-10-05", "places": ["darat-izza"], "articles": ["h41-01", "h41-02"],
     "figures": "killed 2, injured 5 (civil defence and SOHR); killed 2 (SOHR)"},
    {"id": "G562", "label": "Air strike on a camp for earthquake survivors near Armanaz", "kind": "AIRSTRIKE",
     "date": "2023-11-21", "places": ["armanaz"], "articles": ["h41-03", "h41-04", "h41-06"],
     "figures": "killed 8 (AT_LEAST, rescuers) -> 9 (civil defence, later) / 10 (SOHR) / 11 incl. 5 children (SAMS); injured 17"},
    {"id": "G563", "label": "Government rocket and artillery fire on the market in Ariha", "kind": "SHELLING",
     "date": "2024-04-16", "places": ["ariha"], "articles": ["h41-05", "h41-07", "h41-08"],
     "figures": "killed 7 incl. 2 children, injured 23 (civil defence) / 9 (SOHR) / 8 (SMCP narration, not coded); state media: 'dozens of terrorists' (not coded), civilian deaths denied"},
    {"id": "G564", "label": "Rocket fire on al-Suqaylabiyah (northern Hama)", "kind": "SHELLING",
     "date": "2024-04-15", "places": ["al-suqaylabiyah"], "articles": ["h41-05", "h41-07", "h41-08"],
     "figures": "killed 1, injured 4 (SANA, h41-05) / killed 1, injured 5 (SANA, h41-07)"},
]

ids = {a["id"] for a in reg["actors"]} | {p["id"] for p in reg["places"]}
for e in new_actors + new_places:
    assert e["id"] not in ids, e["id"]
out["actors"].extend(new_actors)
out["places"].extend(new_places)
out["globalIncidents"].extend(new_globals)
with open("entities.json", "w", encoding="utf-8") as f:
    json.dump(out, f, ensure_ascii=False, indent=2)
    f.write("\n")
print(len(out["actors"]), len(out["places"]), len(out["globalIncidents"]))
