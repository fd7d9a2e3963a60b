"""Copy /work/shared/corpus/entities.json and extend it (append only) for the dev-39 set."""
import json, copy

SRC = "/work/shared/corpus/entities.json"
DST = "entities.json"

reg = json.load(open(SRC))
orig = copy.deepcopy(reg)

def outlet(i, name, aliases, note):
    return {"id": i, "name": name, "kind": "news-agency", "partOf": None, "aliases": aliases,
            "fictional": True, "note": note + " (dev-39 set)."}

def person(i, name, aliases, part, role):
    return {"id": i, "name": name, "kind": "person", "partOf": part, "aliases": aliases,
            "fictional": True, "role": role}

new_actors = [
    outlet("polaris-press", "Polaris Press Agency", ["Polaris Press Agency", "Polaris", "PPA"], "Fictional wire agency, publisher of d39-01"),
    outlet("crosswind-news", "Crosswind News", ["Crosswind News", "Crosswind"], "Fictional broadcaster website, publisher of d39-02"),
    outlet("homeland-news-agency", "Homeland News Agency (English service)", ["Homeland News Agency", "HNA"], "Fictional Syrian state agency English service, publisher of d39-03"),
    outlet("syria-dawn", "Syria Dawn Network", ["Syria Dawn Network", "Syria Dawn"], "Fictional Syrian opposition news site, publisher of d39-04"),
    outlet("continental-herald", "The Continental Herald", ["The Continental Herald", "Continental Herald", "the Herald"], "Fictional international newspaper, publisher of d39-05"),
    outlet("gulf-sentinel", "The Gulf Sentinel", ["The Gulf Sentinel", "Gulf Sentinel"], "Fictional Gulf daily, publisher of d39-06"),
    outlet("levant-tribune", "Levant Tribune", ["Levant Tribune", "The Levant Tribune"], "Fictional Beirut-based regional outlet, publisher of d39-07"),
    outlet("relief-dispatch", "Relief Dispatch", ["Relief Dispatch"], "Fictional humanitarian news outlet, publisher of d39-08"),
    {"id": "syrian-mod", "name": "Ministry of Defence of the Syrian Arab Republic", "kind": "ministry", "partOf": "syria",
     "aliases": ["Syrian Defence Ministry", "Syria's defence ministry", "Syrian Ministry of Defence", "the Ministry of Defense", "the Ministry of Defence", "the ministry"],
     "contextualAliases": ["the Ministry of Defense", "the Ministry of Defence", "the ministry"],
     "note": "Added for dev-39. Bare \"the Ministry of Defense\" is this actor in Syrian state media copy."},
    {"id": "qatar", "name": "Qatar", "kind": "state", "partOf": None, "aliases": ["Qatar"]},
    {"id": "qatar-foreign-ministry", "name": "Ministry of Foreign Affairs of Qatar", "kind": "ministry", "partOf": "qatar",
     "aliases": ["Qatar's Ministry of Foreign Affairs", "Qatari foreign ministry", "Qatar's foreign ministry"]},
    {"id": "fateh-mubin", "name": "Al-Fateh al-Mubin operations room", "kind": "armed-group", "partOf": None,
     "aliases": ["Al-Fateh al-Mubin operations room", "al-Fateh al-Mubin", "Fateh Mubin operations room"],
     "note": "HTS-led joint operations room of opposition factions in Idlib; appears only in invented events."},
    person("abdulrahman-kassar", "Abdulrahman Kassar", ["Abdulrahman Kassar", "Kassar"], "syrian-civil-defence", "civil defence team leader, Idlib city"),
    person("rima-aswad", "Rima Aswad", ["Rima Aswad", "Aswad"], "unicef", "UNICEF spokeswoman"),
    person("ziad-hamwi", "Ziad Hamwi", ["Ziad Hamwi", "Hamwi"], "syrian-civil-defence", "civil defence volunteer, Jisr al-Shughur"),
    person("mahmoud-qassab", "Mahmoud Qassab", ["Mahmoud Qassab", "Qassab"], None, "resident, Jisr al-Shughur"),
    person("walid-hamra", "Walid Hamra", ["Dr Walid Hamra", "Walid Hamra", "Hamra"], None, "surgical hospital director, Jisr al-Shughur"),
    person("nora-lindqvist", "Nora Lindqvist", ["Nora Lindqvist", "Lindqvist"], None, "Syria researcher, Nordic Institute for Conflict Studies (fictional institute)"),
    person("tarek-mallouhi", "Tarek Mallouhi", ["Tarek Mallouhi", "Mallouhi"], None, "researcher, Levant Policy Forum (fictional think tank)"),
    person("amina-rahhal", "Amina Rahhal", ["Amina Rahhal", "Rahhal"], None, "camp resident near Kafr Lusin, originally from Kafranbel"),
]

def place(i, name, kind, prov, country, lat, lon, aliases, note=None):
    p = {"id": i, "name": name, "kind": kind, "province": prov, "country": country, "lat": lat, "lon": lon, "aliases": aliases}
    if note: p["note"] = note
    return p

new_places = [
    place("darat-izza", "Darat Izza", "town", "Aleppo", "Syria", 36.283, 36.852, ["Darat Izza", "Darat Azza", "Daret Azza"], "Western Aleppo countryside. Added for dev-39; coordinates approximate."),
    place("sarmin", "Sarmin", "town", "Idlib", "Syria", 35.903, 36.726, ["Sarmin"], "Added for dev-39; coordinates approximate."),
    place("termanin", "Termanin", "town", "Idlib", "Syria", 36.225, 36.818, ["Termanin", "Tirmanin"], "Added for dev-39; coordinates approximate."),
    place("kafr-lusin", "Kafr Lusin (camp area)", "village", "Idlib", "Syria", 36.215, 36.622, ["Kafr Lusin", "Kafr Lousin"], "Border village with displacement camps near Bab al-Hawa. Added for dev-39; coordinates approximate."),
    place("homs-city", "Homs (city)", "city", "Homs", "Syria", 34.7324, 36.7137, ["Homs"], "Added for dev-39; site of the (background, non-annotated) October 2023 military academy attack."),
    place("dubai", "Dubai", "city", "Dubai", "United Arab Emirates", 25.2048, 55.2708, ["Dubai"], "Added for dev-39 (dateline)."),
]

new_globals = [
    {"id": "G665", "label": "Shelling of a market street in Idlib city", "kind": "SHELLING", "date": "2023-10-06", "places": ["idlib-city"],
     "articles": ["d39-01", "d39-02", "d39-03", "d39-04"],
     "figures": "killed >=7 (civil defence, day 1) / 8 incl. 2 children (SOHR) / >=9 incl. 2 children (civil defence, day 2) / 11 (SOHR, day 2) / 10 incl. 3 children (Idlib Health Directorate); civilian deaths denied by a Syrian military source"},
    {"id": "G666", "label": "Air strike on a residential area of Jisr al-Shughur", "kind": "AIRSTRIKE", "date": "2023-10-08", "places": ["jisr-al-shughur"],
     "articles": ["d39-04", "d39-05", "d39-07"],
     "figures": "killed 6 / injured 14 (civil defence, day 1); 5 (SOHR); 4 bodies / 13 wounded (civil defence, day 2); 7 / 16 (Idlib Health Directorate). Perpetrator: Russian jets (civil defence, SOHR in d39-07), Syrian government jets (SOHR in d39-05), the army (state media), Russian aircraft hit a 'drone depot' (Russian MoD)"},
    {"id": "G667", "label": "Shelling of a displacement camp near Kafr Lusin", "kind": "SHELLING", "date": "2023-10-11", "places": ["kafr-lusin"],
     "articles": ["d39-06", "d39-08"],
     "figures": "killed >=3 incl. 2 children, 9 injured (civil defence); 5 (SOHR); 4 incl. 2 children, 11 injured (SAMS)"},
    {"id": "G668", "label": "Night air strike on the outskirts of Darat Izza near the main hospital", "kind": "AIRSTRIKE", "date": "2023-10-06", "places": ["darat-izza"],
     "articles": ["d39-02", "d39-08"],
     "figures": "2 injured (SOHR, Russian warplanes); no toll, hospital services suspended (SAMS, no perpetrator named)"},
    {"id": "G669", "label": "Government shelling of Sarmin", "kind": "SHELLING", "date": "2023-10-06", "places": ["sarmin"],
     "articles": ["d39-01", "d39-03"],
     "figures": "killed 2 (SOHR); Syrian army claims a terrorist drone workshop destroyed, 'killing all those inside it' (not coded)"},
]

ids = {a["id"] for a in reg["actors"]} | {p["id"] for p in reg["places"]}
for e in new_actors + new_places:
    assert e["id"] not in ids, e["id"]
reg["actors"].extend(new_actors)
reg["places"].extend(new_places)
reg["globalIncidents"].extend(new_globals)

# append-only check
for k in ("actors", "places", "globalIncidents"):
    assert reg[k][:len(orig[k])] == orig[k]
assert reg["description"] == orig["description"]
json.dump(reg, open(DST, "w"), indent=2, ensure_ascii=False)
open(DST, "a").write("\n")
print("actors", len(orig["actors"]), "->", len(reg["actors"]), "places", len(orig["places"]), "->", len(reg["places"]),
      "globals", len(orig["globalIncidents"]), "->", len(reg["globalIncidents"]))
