"""Build entities.json = corpus registry (unchanged) + dev-30 extensions (appended)."""
import json, os, copy
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
base = json.load(open(os.path.join(HERE, "corpus-entities.orig.json")))
reg = copy.deepcopy(base)
reg["description"] = base["description"] + " Extended (append-only) for the blind dev-30 set d30-01..d30-08 (2018 events); all added entries are listed after the original ones."

def outlet(i, name, aliases, note):
    return {"id": i, "name": name, "kind": "news-agency", "partOf": None,
            "aliases": aliases, "fictional": True, "note": note}

def person(i, name, partOf, aliases, role):
    return {"id": i, "name": name, "kind": "person", "partOf": partOf,
            "aliases": aliases, "fictional": True, "role": role}

new_actors = [
    {"id": "iran", "name": "Iran", "kind": "state", "partOf": None,
     "aliases": ["Iran", "Tehran", "Iranian-backed", "Iranian militias"],
     "contextualAliases": ["Tehran"],
     "note": "\"Tehran\" is this actor only when metonymic; \"a summit in Tehran\" is the place tehran."},
    {"id": "syrian-interior-ministry", "name": "Syrian Ministry of Interior", "kind": "ministry",
     "partOf": "syria", "aliases": ["Syrian Interior Ministry", "Interior Ministry", "the Interior Ministry"],
     "contextualAliases": ["Interior Ministry", "the Interior Ministry"]},
    {"id": "who", "name": "World Health Organization", "kind": "un-body", "partOf": "un",
     "aliases": ["World Health Organization", "WHO"]},
    outlet("tideline-wire", "Tideline Wire", ["Tideline Wire", "Tideline"],
           "Fictional Reuters-style wire (publisher of d30-01)."),
    outlet("atlas-world-service", "Atlas World Service", ["Atlas World Service"],
           "Fictional BBC-style broadcaster (d30-02)."),
    outlet("continental-gazette", "The Continental Gazette", ["The Continental Gazette", "Continental Gazette"],
           "Fictional Guardian-style international newspaper (d30-03)."),
    outlet("relief-bulletin", "The Relief Bulletin", ["The Relief Bulletin", "Relief Bulletin"],
           "Fictional humanitarian news outlet (d30-04)."),
    outlet("gulf-courier", "The Gulf Courier", ["The Gulf Courier", "Gulf Courier"],
           "Fictional Gulf-based English-language regional daily (d30-05)."),
    outlet("voice-of-the-north", "Voice of the North", ["Voice of the North"],
           "Fictional Syrian opposition news site, English edition (d30-06)."),
    outlet("orontes-news-agency", "Orontes News Agency (ONA)", ["Orontes News Agency", "ONA"],
           "Fictional Syrian state-media-style agency (d30-07)."),
    {"id": "shifa-relief-alliance", "name": "Shifa Relief Alliance (SRA)", "kind": "ngo", "partOf": None,
     "aliases": ["Shifa Relief Alliance", "SRA"], "fictional": True,
     "note": "Fictional Gaziantep-based medical NGO; publisher of the press release d30-08 and an actor in it."},
    person("mustafa-haj-younes", "Mustafa Haj Younes", "syrian-civil-defence",
           ["Mustafa Haj Younes"], "Syria Civil Defence rescuer, Saraqeb"),
    person("khaled-najjar", "Dr Khaled Najjar", None, ["Dr Khaled Najjar", "Khaled Najjar", "Najjar"],
           "director of the main hospital, Maarat al-Numan"),
    person("abu-ahmad", "Abu Ahmad", None, ["Abu Ahmad"], "olive farmer, al-Habit (resident)"),
    person("karim-attar", "Karim Attar", "syria", ["Hama Governor Karim Attar", "Karim Attar", "Attar"],
           "governor of Hama province"),
    person("mahmoud-al-sheikh", "Mahmoud al-Sheikh", None, ["Mahmoud al-Sheikh"], "teacher, al-Habit (resident)"),
    person("rami-sabbagh", "Dr Rami Sabbagh", "shifa-relief-alliance", ["Dr Rami Sabbagh", "Rami Sabbagh"],
           "SRA medical coordinator for Hama"),
    person("salma-qassem", "Dr Salma Qassem", "shifa-relief-alliance", ["Dr Salma Qassem", "Salma Qassem"],
           "SRA executive director"),
]

def place(i, name, kind, prov, country, lat, lon, aliases, **kw):
    d = {"id": i, "name": name, "kind": kind, "province": prov, "country": country,
         "lat": lat, "lon": lon, "aliases": aliases}
    d.update(kw)
    return d

new_places = [
    place("muhambal", "Muhambal", "village", "Idlib", "Syria", 35.766, 36.457, ["Muhambal", "Mhambel"]),
    place("habit", "al-Habit (Hobeit)", "town", "Idlib", "Syria", 35.497, 36.566,
          ["al-Habit", "al-Habeet", "Habit", "Hobeit", "Hbeit"]),
    place("latamneh", "al-Latamneh", "town", "Hama", "Syria", 35.318, 36.617,
          ["al-Latamneh", "Latamneh", "al-Lataminah", "Lataminah"]),
    place("al-ghab", "al-Ghab plain", "region", "Hama", "Syria", 35.6, 36.37,
          ["Ghab plain", "the Ghab plain", "al-Ghab", "Sahl al-Ghab"]),
    place("eastern-ghouta", "Eastern Ghouta", "region", "Rif Dimashq", "Syria", 33.55, 36.42,
          ["Eastern Ghouta", "East Ghouta"]),
    place("bab-touma", "Bab Touma (district)", "district", "Damascus", "Syria", 33.5133, 36.3156,
          ["Bab Touma", "Bab Tuma"]),
    place("tehran", "Tehran", "city", "Tehran", "Iran", 35.6892, 51.389, ["Tehran"],
          contextualAliases=["Tehran"], note="Locative use only; metonymic \"Tehran says\" is the actor iran."),
]

new_globals = [
    {"id": "G570", "label": "Air strike on the market in Saraqeb", "kind": "AIRSTRIKE", "date": "2018-02-05",
     "places": ["saraqeb"], "articles": ["d30-01", "d30-02", "d30-04", "d30-07"],
     "figures": "killed 11 (AT_LEAST, SOHR day 1) / 14 bodies (rescuer) / 16 incl. 4 children (civil defence, later) / 13 (SOHR, later) / 15 (health directorate); denied by a Syrian military source"},
    {"id": "G571", "label": "Rocket fire on the government-held town of Mhardeh", "kind": "SHELLING", "date": "2018-02-04",
     "places": ["mhardeh"], "articles": ["d30-01", "d30-07"],
     "figures": "killed 2 / injured 5 (SANA) vs killed 2 / injured 7 (Hama governor)"},
    {"id": "G572", "label": "Drones launched at Hmeimim air base shot down", "kind": "OTHER", "date": "2018-02-03",
     "places": ["hmeimim"], "articles": ["d30-02", "d30-07"],
     "figures": "no casualties (Russian MoD; Russian reconciliation centre)"},
    {"id": "G573", "label": "Air strike on the village of Muhambal", "kind": "AIRSTRIKE", "date": "2018-09-04",
     "places": ["muhambal"], "articles": ["d30-03", "d30-05", "d30-08"],
     "figures": "killed 9 (SOHR) / 13 (SNHR); 23 wounded treated by SRA (narration, not coded)"},
    {"id": "G574", "label": "Helicopter barrel bombs on al-Habit", "kind": "AIRSTRIKE", "date": "2018-09-08",
     "places": ["habit"], "articles": ["d30-03", "d30-06", "d30-08"],
     "figures": "killed 5 incl. 3 children (civil defence, day 1) / 6 incl. 3 children, 14 wounded (civil defence, later) / 6 (SOHR); 7 incl. 4 children (activists, not coded)"},
    {"id": "G575", "label": "Air strike that put the surgical hospital in al-Latamneh out of service", "kind": "AIRSTRIKE", "date": "2018-09-09",
     "places": ["latamneh"], "articles": ["d30-03", "d30-08"],
     "figures": "no toll (SOHR); nobody killed (SRA doctor)"},
    {"id": "G576", "label": "Air strike that put the main hospital in Maarat al-Numan out of service", "kind": "AIRSTRIKE", "date": "2018-02-06",
     "places": ["maarat-al-numan"], "articles": ["d30-02", "d30-04"],
     "figures": "0 killed / 2 nurses injured (SAMS); 2 hurt, nobody died (hospital director)"},
]

reg["actors"] = reg["actors"] + new_actors
reg["places"] = reg["places"] + new_places
reg["globalIncidents"] = reg["globalIncidents"] + new_globals
with open(os.path.join(ROOT, "entities.json"), "w") as f:
    json.dump(reg, f, indent=2, ensure_ascii=False)
    f.write("\n")
print("actors", len(reg["actors"]), "places", len(reg["places"]), "globals", len(reg["globalIncidents"]))
