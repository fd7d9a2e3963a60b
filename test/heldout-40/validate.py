#!/usr/bin/env python3
"""Self-check for the heldout-40 gold set. Run: python3 validate.py [--aliases]

Errors make the exit status 1. With --aliases, also prints (as warnings, not errors)
registry aliases found verbatim in headline/body text whose entity is not in the gold
lists, and gold entities with no verbatim alias hit - a reviewing aid only, since the
guidelines map many mentions that are not literal aliases and exclude some that are.
"""
import json, os, re, sys, datetime

HERE = os.path.dirname(os.path.abspath(__file__))
ORIG_REGISTRY = "/work/shared/corpus/entities.json"
IDS = [f"h40-{i:02d}" for i in range(1, 9)]

# Noise lines (guideline "Noise lines" list; see README for the calls on
# tags/"Topics:", press-release furniture and "Photograph:" captions).
NOISE = {
    "h40-01": ["By Karim Nassar",
               "(Reporting by Karim Nassar; Additional reporting by Elena Voronova in Moscow; Editing by Paul Kerrigan)",
               "Related: Russian jets pound Hama countryside as Syrian army advances"],
    "h40-02": ["10 January 2016", "Share this with", "Email", "Facebook", "Twitter",
               "Image caption: Civil defence volunteers carry a wounded man through the market in Maaret al-Numan",
               "Related Topics", "Syrian civil war", "Russia"],
    "h40-03": ["Hannah Lowther in Antakya", "Tuesday 12 January 2016 18.05 GMT",
               "Share on Facebook", "Share on Twitter",
               "Residents inspect the damaged square in Maarat al-Nu'man on Sunday. Photograph: Fadi Halabi/Continental Herald",
               "Advertisement", "Topics: Syria | Russia | Middle East and North Africa"],
    "h40-04": ["Sara Lindqvist", "Gaziantep, 23 October 2015",
               "Photo: A nurse sorts medical supplies at an underground clinic in Idlib province (Sara Lindqvist/The Relief Dispatch)",
               "Share", "Related:", "- Syria's medics train for war underground",
               "- Aid convoys resume through Bab al-Hawa", "Tags: Conflict, Health, Syria"],
    "h40-05": ["Cedar Post staff", "(Additional reporting by agencies)",
               "READ MORE: Bread lines become targets in Syria's north"],
    "h40-06": ["Free Levant Net – Idlib", "10/01/2016", "Share",
               "Tags: Maarat al-Nouman, Russian occupation, Idlib, Foua"],
    "h40-07": ["09 Jan 2016", "H. Said / Ghossoun",
               "Also on BNA: Humanitarian aid reaches families in Hama countryside"],
    "h40-08": ["FOR IMMEDIATE RELEASE", "Notes to editors",
               "Media contact: press@nsma.example.org", "###"],
}

INCIDENT_KINDS = {"AIRSTRIKE", "SHELLING", "OTHER"}
STANCES = {"CALL", "DENIAL", "CONFIRMATION", "ACCUSATION", "CRITICISM", "CLAIM"}
QUALIFIERS = {"AT_LEAST", "MORE_THAN", "ABOUT", "EXACT"}
ACTOR_KINDS = {"state", "ministry", "military", "person", "monitor", "rescuer", "local-authority", "un-body",
               "ngo", "intergovernmental", "armed-group", "news-agency"}
PLACE_KINDS = {"region", "province", "city", "town", "village", "facility", "road", "district"}

errors, warnings = [], []
def err(m): errors.append(m)
def warn(m): warnings.append(m)

def is_date(s):
    try:
        datetime.date.fromisoformat(s); return True
    except Exception:
        return False

# ---------------------------------------------------------------- registry
reg = json.load(open(os.path.join(HERE, "entities.json"), encoding="utf-8"))
orig = json.load(open(ORIG_REGISTRY, encoding="utf-8"))
if set(reg) != set(orig):
    err(f"registry top-level keys changed: {sorted(set(reg) ^ set(orig))}")
for k, v in orig.items():
    if not isinstance(v, list):
        if reg.get(k) != v:
            err(f"registry field {k!r} changed")
        continue
    new = reg.get(k, [])
    if new[:len(v)] != v:
        for i, e in enumerate(v):
            if i >= len(new) or new[i] != e:
                err(f"registry {k}[{i}] ({e.get('id')}) removed, moved or changed")
                break
actors = {a["id"]: a for a in reg["actors"]}
places = {p["id"]: p for p in reg["places"]}
globals_ = {g["id"]: g for g in reg["globalIncidents"]}
for name, lst in (("actors", reg["actors"]), ("places", reg["places"]), ("globalIncidents", reg["globalIncidents"])):
    ids = [e["id"] for e in lst]
    if len(ids) != len(set(ids)):
        err(f"duplicate ids in registry {name}")
n_orig_a, n_orig_p, n_orig_g = len(orig["actors"]), len(orig["places"]), len(orig["globalIncidents"])
for a in reg["actors"][n_orig_a:]:
    for f in ("id", "name", "kind", "partOf", "aliases"):
        if f not in a: err(f"new actor {a.get('id')} lacks {f}")
    if a.get("kind") not in ACTOR_KINDS: err(f"new actor {a['id']} has unknown kind {a.get('kind')}")
    if a.get("partOf") is not None and a["partOf"] not in actors: err(f"new actor {a['id']} partOf unresolved")
    if a.get("kind") == "person" and not a.get("fictional"): err(f"new person {a['id']} not flagged fictional")
    for c in a.get("contextualAliases", []):
        if c not in a["aliases"]: err(f"{a['id']}: contextual alias {c!r} not among aliases")
for p in reg["places"][n_orig_p:]:
    for f in ("id", "name", "kind", "province", "country", "lat", "lon", "aliases"):
        if f not in p: err(f"new place {p.get('id')} lacks {f}")
    if p.get("kind") not in PLACE_KINDS: err(f"new place {p['id']} has unknown kind {p.get('kind')}")
    if not (-90 <= p["lat"] <= 90 and -180 <= p["lon"] <= 180): err(f"place {p['id']} bad coordinates")
    if p["country"] == "Syria" and not (32 <= p["lat"] <= 37.5 and 35.5 <= p["lon"] <= 42.5):
        err(f"place {p['id']} coordinates outside Syria")
new_globals = reg["globalIncidents"][n_orig_g:]
for g in new_globals:
    if not re.fullmatch(r"G55\d", g["id"]): err(f"new global id {g['id']} outside G550-G559")
    if g["kind"] not in INCIDENT_KINDS: err(f"{g['id']} bad kind")
    if not is_date(g["date"]): err(f"{g['id']} bad date")
    for pl in g["places"]:
        if pl not in places: err(f"{g['id']} place {pl} unresolved")
    if len(set(g["articles"])) < 2: err(f"{g['id']} reported by fewer than two articles")

# ---------------------------------------------------------------- articles
def split(aid):
    text = open(os.path.join(HERE, f"{aid}.txt"), encoding="utf-8").read()
    lines = text.split("\n")
    return text, lines

ART_KEYS = {"article", "actors", "places", "incidents", "statements"}
sameas_seen = {}
totals = {"statements": 0, "incidents": 0}
alias_mode = "--aliases" in sys.argv
rows = []
for aid in IDS:
    tp, gp = os.path.join(HERE, f"{aid}.txt"), os.path.join(HERE, f"{aid}.gold.json")
    if not (os.path.exists(tp) and os.path.exists(gp)):
        err(f"{aid}: missing text or gold"); continue
    text, lines = split(aid)
    gold = json.load(open(gp, encoding="utf-8"))
    P = f"{aid}:"
    if set(gold) != ART_KEYS: err(f"{P} top-level keys {sorted(gold)}")
    art = gold["article"]
    if set(art) != {"id", "title", "outlet", "publishedAt", "url"}: err(f"{P} article keys {sorted(art)}")
    if art["id"] != aid: err(f"{P} article.id mismatch")
    if art["title"] != lines[0]: err(f"{P} title is not line 1 verbatim")
    if len(lines) < 3 or lines[1].strip() != "": err(f"{P} line 2 is not blank")
    if not is_date(art["publishedAt"]): err(f"{P} publishedAt not an ISO date")
    if not art["url"].startswith("https://example.org/"): err(f"{P} url not example.org")
    if art["publishedAt"].replace("-", "/") not in art["url"]: err(f"{P} url does not carry publishedAt")
    outlet_ids = [a for a, e in actors.items() if e["name"] == art["outlet"] or art["outlet"] in e["aliases"]]
    if not outlet_ids: err(f"{P} outlet {art['outlet']!r} has no registry entry")
    # noise lines
    noise = NOISE.get(aid, [])
    body_lines, noise_idx = [], set()
    for n in noise:
        idx = [i for i, l in enumerate(lines) if l == n and i > 0]
        if not idx: err(f"{P} declared noise line not found: {n!r}")
        noise_idx.update(idx)
    body_lines = [l for i, l in enumerate(lines) if i > 0 and i not in noise_idx and l.strip()]
    body_words = sum(len(l.split()) for l in body_lines)
    all_words = len(text.split())
    for label, n in (("file", all_words), ("body", body_words)):
        if not 230 <= n <= 340: err(f"{P} {label} word count {n} outside 230-340")
    # actors / places
    for lst, reg_ids, name in ((gold["actors"], actors, "actor"), (gold["places"], places, "place")):
        if len(lst) != len(set(lst)): err(f"{P} duplicate {name}s")
        for x in lst:
            if x not in reg_ids: err(f"{P} {name} {x} not in registry")
    # incidents
    keys = [i["key"] for i in gold["incidents"]]
    if len(keys) != len(set(keys)): err(f"{P} duplicate incident keys")
    for inc in gold["incidents"]:
        Q = f"{P} incident {inc.get('key')}:"
        if set(inc) != {"key", "kind", "date", "places", "perpetratorAlleged", "sameAs"}: err(f"{Q} keys {sorted(inc)}")
        if inc["kind"] not in INCIDENT_KINDS: err(f"{Q} kind {inc['kind']}")
        if inc["date"] is not None:
            if not is_date(inc["date"]): err(f"{Q} bad date")
            elif inc["date"] > art["publishedAt"]: err(f"{Q} date after publication")
        if not inc["places"]: err(f"{Q} no places")
        for pl in inc["places"]:
            if pl not in gold["places"]: err(f"{Q} place {pl} not in article places")
        for pa in inc["perpetratorAlleged"]:
            if pa not in gold["actors"]: err(f"{Q} perpetrator {pa} not in article actors")
        if inc["sameAs"] is not None:
            g = globals_.get(inc["sameAs"])
            if g is None: err(f"{Q} sameAs {inc['sameAs']} unresolved"); continue
            sameas_seen.setdefault(inc["sameAs"], []).append(aid)
            if aid not in g["articles"]: err(f"{Q} {g['id']} does not list {aid}")
            if g["kind"] != inc["kind"]: err(f"{Q} kind differs from {g['id']}")
            if g["date"] != inc["date"]: err(f"{Q} date differs from {g['id']}")
            if set(g["places"]) != set(inc["places"]): err(f"{Q} places differ from {g['id']}")
    # statements
    for n, s in enumerate(gold["statements"], 1):
        Q = f"{P} statement {n}:"
        if set(s) != {"speaker", "stance", "about", "killed", "injured", "children", "qualifier", "evidence"}:
            err(f"{Q} keys {sorted(s)}"); continue
        if set(s["about"]) != {"incident", "actor"}: err(f"{Q} about keys")
        if s["speaker"] not in gold["actors"]: err(f"{Q} speaker {s['speaker']} not in actors")
        if s["stance"] not in STANCES: err(f"{Q} stance {s['stance']}")
        if s["about"]["incident"] is not None and s["about"]["incident"] not in keys: err(f"{Q} about.incident unresolved")
        if s["about"]["actor"] is not None and s["about"]["actor"] not in gold["actors"]: err(f"{Q} about.actor not in actors")
        for f in ("killed", "injured", "children"):
            v = s[f]
            if v is not None and (not isinstance(v, int) or isinstance(v, bool) or v < 0): err(f"{Q} {f} not a non-negative int")
        if s["killed"] is None and s["injured"] is None:
            if s["qualifier"] is not None: err(f"{Q} qualifier without killed/injured")
        elif s["qualifier"] not in QUALIFIERS: err(f"{Q} qualifier {s['qualifier']} invalid")
        if s["children"] is not None and s["killed"] is not None and s["children"] > s["killed"]: err(f"{Q} children > killed")
        ev = s["evidence"]
        if not ev or ev != ev.strip(): err(f"{Q} empty or untrimmed evidence"); continue
        hits = [l for l in body_lines if ev in l]
        if not hits:
            where = "headline" if ev in lines[0] else ("a noise line" if any(ev in lines[i] for i in noise_idx) else "nowhere")
            err(f"{Q} evidence not found in body text (found in {where}): {ev[:70]!r}")
    totals["statements"] += len(gold["statements"])
    totals["incidents"] += len(gold["incidents"])
    rows.append((aid, art["outlet"], art["publishedAt"], all_words, body_words, len(gold["incidents"]), len(gold["statements"])))

    if alias_mode:
        scan = "\n".join([lines[0]] + body_lines)
        for kind, lst, reg_ids in (("actor", gold["actors"], actors), ("place", gold["places"], places)):
            for eid, e in reg_ids.items():
                ctx = set(e.get("contextualAliases", []))
                found = [al for al in e.get("aliases", []) if al not in ctx and len(al) > 2
                         and re.search(r"(?<![\w-])" + re.escape(al) + r"(?![\w-])", scan)]
                if found and eid not in lst:
                    warn(f"{P} {kind} alias hit but not listed: {eid} via {found}")
            for eid in lst:
                e = reg_ids[eid]
                if not any(re.search(r"(?<![\w-])" + re.escape(al) + r"(?![\w-])", scan) for al in e.get("aliases", [])):
                    warn(f"{P} listed {kind} {eid} has no literal alias in text (check the mapping rule)")

for gid, g in globals_.items():
    if gid in [x["id"] for x in new_globals]:
        if sorted(set(sameas_seen.get(gid, []))) != sorted(g["articles"]):
            err(f"{gid}: articles {g['articles']} but sameAs found in {sorted(set(sameas_seen.get(gid, [])))}")
for gid in sameas_seen:
    if gid not in [x["id"] for x in new_globals]:
        err(f"sameAs {gid} points at a corpus global; this set uses G550-G559 only")

print(f"{'id':7} {'outlet':30} {'published':10} {'words':>5} {'body':>4} {'inc':>3} {'st':>3}")
for r in rows:
    print(f"{r[0]:7} {r[1]:30} {r[2]:10} {r[3]:5} {r[4]:4} {r[5]:3} {r[6]:3}")
print(f"articles={len(rows)} incidents={totals['incidents']} statements={totals['statements']} "
      f"globals={len(new_globals)} new_actors={len(reg['actors']) - n_orig_a} new_places={len(reg['places']) - n_orig_p}")
for w in warnings: print("WARN", w)
for e in errors: print("ERROR", e)
print(f"{len(errors)} errors, {len(warnings)} warnings")
sys.exit(1 if errors else 0)
