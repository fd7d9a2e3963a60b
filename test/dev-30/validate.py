#!/usr/bin/env python3
"""Self-check for the blind dev-30 gold set (d30-01 .. d30-08).

Checks: JSON shape and enums, id resolution against entities.json, registry is a pure
(append-only) extension of the corpus registry, evidence strings verbatim in body text and
not in the headline/standfirst or noise lines, sameAs resolution and global-incident
consistency, dates, word counts.  Exit code 0 and "0 errors" when everything passes.
Usage: python3 validate.py
"""
import json, os, re, sys, datetime

HERE = os.path.dirname(os.path.abspath(__file__))
ARTICLES = ["d30-%02d" % i for i in range(1, 9)]
CORPUS_REGISTRY_CANDIDATES = [
    "/work/shared/corpus/entities.json",                      # the shared corpus registry
    os.path.join(HERE, "tools", "corpus-entities.orig.json"),  # verbatim copy kept with the set
]
KINDS = {"AIRSTRIKE", "SHELLING", "OTHER"}
STANCES = {"CLAIM", "DENIAL", "ACCUSATION", "CRITICISM", "CALL", "CONFIRMATION"}
QUALIFIERS = {"AT_LEAST", "MORE_THAN", "ABOUT", "EXACT"}
GLOBAL_RANGE = ["G%03d" % n for n in range(570, 580)]

# Lines of the article that are headline-region (mentions only) or noise (ignored completely).
# Line 1 is always the headline.  Everything else listed here is matched as an exact line.
STANDFIRST = {"d30-03": [3]}     # 1-based line numbers of standfirst lines
NOISE = {
    "d30-01": ["By Rana Khoury",
               "A man walks past the rubble of the market in Saraqeb, February 5, 2018. Tideline/Stringer",
               "(Reporting by Rana Khoury; Editing by Peter Lisle)",
               "Related: Turkish convoy reaches new observation post in Idlib"],
    "d30-02": ["By Daniel Okafor", "Atlas World Service, Beirut", "7 February 2018", "Share this with",
               "Email", "Facebook", "Twitter",
               "Image caption: The hospital served about 50,000 people in southern Idlib",
               "Related Topics", "Syrian civil war", "Russia", "Idlib"],
    "d30-03": ["Martin Keller in Antakya", "Sun 9 Sep 2018 16.40 BST", "Share", "Facebook", "Twitter",
               "Related: Idlib's last rebel stronghold explained"],
    "d30-04": ["By Sophie Brandt", "9 February 2018", "Share",
               "Photo: A boy waits for treatment at a field clinic near Atmeh. Sophie Brandt/The Relief Bulletin",
               "Related:", "Inside Idlib's overflowing camps", "Funding gap threatens winter aid in north-west Syria"],
    "d30-05": ["By Hala Mansour, Foreign Correspondent", "September 18, 2018", "Related:",
               "Idlib deal: what we know about the demilitarised zone"],
    "d30-06": ["Voice of the North – Idlib",
               "Tags: al-Habit, Kafr Zita, Kafranbel, barrel bombs, Assad regime"],
    "d30-07": ["H.Z / A.A"],
    "d30-08": ["10 September 2018", "Share", "Related:", "SRA statement on the Tehran summit"],
}

errors, warnings = [], []
def err(msg): errors.append(msg)
def warn(msg): warnings.append(msg)

def load(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)

def is_date(s):
    try:
        return datetime.date.fromisoformat(s).isoformat() == s
    except Exception:
        return False

# ---------------------------------------------------------------- registry
reg = load(os.path.join(HERE, "entities.json"))
base = None
for p in CORPUS_REGISTRY_CANDIDATES:
    if os.path.exists(p):
        base = load(p); base_path = p; break
if base is None:
    err("no corpus registry found to compare against")
else:
    copy_path = CORPUS_REGISTRY_CANDIDATES[1]
    if os.path.exists(copy_path) and base_path != copy_path and load(copy_path) != base:
        err("tools/corpus-entities.orig.json differs from the shared corpus registry")
    for part in ("actors", "places", "globalIncidents"):
        old, new = base[part], reg.get(part, [])
        if new[:len(old)] != old:
            for i, o in enumerate(old):
                if i >= len(new) or new[i] != o:
                    err("registry %s: original entry %r removed, moved or changed" % (part, o["id"]))
                    break
    if set(reg) != set(base):
        err("registry top-level keys changed: %s" % sorted(set(reg) ^ set(base)))

actor_ids, place_ids, global_ids = {}, {}, {}
for a in reg["actors"]:
    if a["id"] in actor_ids: err("duplicate actor id %s" % a["id"])
    actor_ids[a["id"]] = a
for p in reg["places"]:
    if p["id"] in place_ids: err("duplicate place id %s" % p["id"])
    place_ids[p["id"]] = p
for g in reg["globalIncidents"]:
    if g["id"] in global_ids: err("duplicate global id %s" % g["id"])
    global_ids[g["id"]] = g
ACTOR_KINDS = {a["kind"] for a in (base or reg)["actors"]}
PLACE_KINDS = {p["kind"] for p in (base or reg)["places"]}
n_old_actors = len(base["actors"]) if base else 0
n_old_places = len(base["places"]) if base else 0
n_old_globals = len(base["globalIncidents"]) if base else 0
for a in reg["actors"][n_old_actors:]:
    for k in ("id", "name", "kind", "partOf", "aliases"):
        if k not in a: err("new actor %s lacks %s" % (a.get("id"), k))
    if a.get("kind") not in ACTOR_KINDS: err("new actor %s has unknown kind %s" % (a["id"], a.get("kind")))
    if a.get("partOf") is not None and a["partOf"] not in actor_ids:
        err("new actor %s partOf %s does not resolve" % (a["id"], a["partOf"]))
    for c in a.get("contextualAliases", []):
        if c not in a["aliases"]: err("actor %s contextual alias %r not in aliases" % (a["id"], c))
for p in reg["places"][n_old_places:]:
    for k in ("id", "name", "kind", "province", "country", "lat", "lon", "aliases"):
        if k not in p: err("new place %s lacks %s" % (p.get("id"), k))
    if p.get("kind") not in PLACE_KINDS: err("new place %s has unknown kind %s" % (p["id"], p.get("kind")))
    if not (-90 <= p.get("lat", 999) <= 90 and -180 <= p.get("lon", 999) <= 180):
        err("new place %s has bad coordinates" % p["id"])
new_globals = reg["globalIncidents"][n_old_globals:]
for g in new_globals:
    if g["id"] not in GLOBAL_RANGE: err("new global %s outside G570-G579" % g["id"])
    if g.get("kind") not in KINDS: err("global %s bad kind" % g["id"])
    if not (g.get("date") is None or is_date(g["date"])): err("global %s bad date" % g["id"])
    for pl in g.get("places", []):
        if pl not in place_ids: err("global %s place %s unresolved" % (g["id"], pl))

# ---------------------------------------------------------------- articles
global_refs = {}
totals = {"articles": 0, "incidents": 0, "statements": 0}
for aid in ARTICLES:
    txt_path = os.path.join(HERE, aid + ".txt")
    gold_path = os.path.join(HERE, aid + ".gold.json")
    if not os.path.exists(txt_path) or not os.path.exists(gold_path):
        err("%s: missing .txt or .gold.json" % aid); continue
    raw = open(txt_path, encoding="utf-8").read()
    lines = raw.split("\n")
    if len(lines) < 3 or lines[1] != "":
        err("%s: line 2 must be blank" % aid)
    noise = NOISE.get(aid, [])
    for n in noise:
        if n not in lines: err("%s: declared noise line not found: %r" % (aid, n))
    sf = set(STANDFIRST.get(aid, []))
    body_lines = [l for i, l in enumerate(lines, 1)
                  if i != 1 and i not in sf and l.strip() and l not in noise]
    words = len(raw.split())
    if not (230 <= words <= 340): err("%s: %d words (want 230-340)" % (aid, words))
    body_words = sum(len(l.split()) for l in body_lines)
    if body_words < 200: warn("%s: only %d body words" % (aid, body_words))

    g = load(gold_path)
    totals["articles"] += 1
    if set(g) != {"article", "actors", "places", "incidents", "statements"}:
        err("%s: top-level keys %s" % (aid, sorted(g)))
        continue
    art = g["article"]
    if set(art) != {"id", "title", "outlet", "publishedAt", "url"}: err("%s: article keys %s" % (aid, sorted(art)))
    if art.get("id") != aid: err("%s: article.id %r" % (aid, art.get("id")))
    if art.get("title") != lines[0]: err("%s: title is not line 1 verbatim" % aid)
    pub = art.get("publishedAt")
    if pub is not None and not is_date(pub): err("%s: bad publishedAt %r" % (aid, pub))
    if pub is not None and not pub.startswith("2018-"): err("%s: publishedAt not in 2018" % aid)
    if not str(art.get("url", "")).startswith("https://example.org/"): err("%s: url must be https://example.org/..." % aid)
    for k in ("actors", "places"):
        if len(set(g[k])) != len(g[k]): err("%s: duplicate %s" % (aid, k))
    for a in g["actors"]:
        if a not in actor_ids: err("%s: actor %s not in registry" % (aid, a))
    for p in g["places"]:
        if p not in place_ids: err("%s: place %s not in registry" % (aid, p))
    actors = set(g["actors"])
    keys = set()
    for inc in g["incidents"]:
        totals["incidents"] += 1
        if set(inc) != {"key", "kind", "date", "places", "perpetratorAlleged", "sameAs"}:
            err("%s: incident keys %s" % (aid, sorted(inc))); continue
        if inc["key"] in keys: err("%s: duplicate incident key %s" % (aid, inc["key"]))
        keys.add(inc["key"])
        if inc["kind"] not in KINDS: err("%s/%s: bad kind" % (aid, inc["key"]))
        d = inc["date"]
        if d is not None:
            if not is_date(d): err("%s/%s: bad date %r" % (aid, inc["key"], d))
            elif pub is not None and d > pub: err("%s/%s: date after publication" % (aid, inc["key"]))
            elif not d.startswith("2018-"): err("%s/%s: date not in 2018" % (aid, inc["key"]))
        if not inc["places"]: err("%s/%s: no places" % (aid, inc["key"]))
        for p in inc["places"]:
            if p not in place_ids: err("%s/%s: place %s unresolved" % (aid, inc["key"], p))
            if p not in g["places"]: err("%s/%s: place %s not in article places" % (aid, inc["key"], p))
        for p in inc["perpetratorAlleged"]:
            if p not in actor_ids: err("%s/%s: perpetrator %s unresolved" % (aid, inc["key"], p))
            if p not in actors: err("%s/%s: perpetrator %s not in article actors" % (aid, inc["key"], p))
        s = inc["sameAs"]
        if s is not None:
            if s not in global_ids: err("%s/%s: sameAs %s unresolved" % (aid, inc["key"], s))
            else: global_refs.setdefault(s, []).append((aid, inc))
    seen_ev = set()
    for n, st in enumerate(g["statements"], 1):
        totals["statements"] += 1
        tag = "%s/S%d" % (aid, n)
        if set(st) != {"speaker", "stance", "about", "killed", "injured", "children", "qualifier", "evidence"}:
            err("%s: statement keys %s" % (tag, sorted(st))); continue
        if st["speaker"] not in actor_ids: err("%s: speaker %s unresolved" % (tag, st["speaker"]))
        if st["speaker"] not in actors: err("%s: speaker %s not in article actors" % (tag, st["speaker"]))
        if st["stance"] not in STANCES: err("%s: bad stance %s" % (tag, st["stance"]))
        ab = st["about"]
        if not isinstance(ab, dict) or set(ab) != {"incident", "actor"}: err("%s: bad about" % tag); continue
        if ab["incident"] is not None and ab["incident"] not in keys: err("%s: about.incident %s unresolved" % (tag, ab["incident"]))
        if ab["actor"] is not None:
            if ab["actor"] not in actor_ids: err("%s: about.actor %s unresolved" % (tag, ab["actor"]))
            if ab["actor"] not in actors: err("%s: about.actor %s not in article actors" % (tag, ab["actor"]))
        if st["stance"] == "ACCUSATION" and ab["actor"] is None: err("%s: ACCUSATION without accused" % tag)
        for k in ("killed", "injured", "children"):
            v = st[k]
            if v is not None and (not isinstance(v, int) or isinstance(v, bool) or v < 0):
                err("%s: %s must be a non-negative int or null" % (tag, k))
        q = st["qualifier"]
        if q is not None and q not in QUALIFIERS: err("%s: bad qualifier %s" % (tag, q))
        has_fig = st["killed"] is not None or st["injured"] is not None
        if has_fig and q is None: err("%s: figures without qualifier" % tag)
        if not has_fig and q is not None: err("%s: qualifier without killed/injured" % tag)
        if st["children"] is not None and st["killed"] is not None and st["children"] > st["killed"]:
            err("%s: more children than dead" % tag)
        ev = st["evidence"]
        if not isinstance(ev, str) or not ev.strip(): err("%s: empty evidence" % tag); continue
        if ev != ev.strip(): err("%s: evidence has surrounding whitespace" % tag)
        if not any(ev in l for l in body_lines):
            if ev in raw: err("%s: evidence only found in headline/standfirst/noise: %r" % (tag, ev[:60]))
            else: err("%s: evidence not verbatim in article: %r" % (tag, ev[:60]))
        key = (st["speaker"], st["stance"], ab["incident"], ab["actor"], ev)
        if key in seen_ev: err("%s: duplicate statement" % tag)
        seen_ev.add(key)
    # every about.incident / incident is fine; warn on incidents with no statement (allowed)
    used = {st["about"]["incident"] for st in g["statements"]}
    for k in keys - used:
        warn("%s/%s: incident has no statement about it (narration-only; allowed)" % (aid, k))

# ---------------------------------------------------------------- globals consistency
for gid, g in global_ids.items():
    if gid not in GLOBAL_RANGE: continue
    refs = global_refs.get(gid, [])
    arts = sorted({a for a, _ in refs})
    if len(arts) < 2: err("%s: referenced by %d article(s); globals need two or more" % (gid, len(arts)))
    if sorted(g.get("articles", [])) != arts: err("%s: articles %s but referenced by %s" % (gid, g.get("articles"), arts))
    for a, inc in refs:
        if inc["kind"] != g["kind"]: err("%s: %s/%s kind %s != %s" % (gid, a, inc["key"], inc["kind"], g["kind"]))
        if inc["date"] != g["date"]: err("%s: %s/%s date %s != %s" % (gid, a, inc["key"], inc["date"], g["date"]))
        if sorted(inc["places"]) != sorted(g["places"]): err("%s: %s/%s places differ" % (gid, a, inc["key"]))
    if len({a for a, _ in refs}) != len(refs): err("%s: used twice within one article" % gid)
for gid in global_refs:
    if gid not in GLOBAL_RANGE: err("%s: dev-30 gold refers to a global outside G570-G579" % gid)

for w in warnings: print("note:", w)
for e in errors: print("ERROR:", e)
print("%d articles, %d incidents, %d statements, %d new globals; %d errors" % (
    totals["articles"], totals["incidents"], totals["statements"], len(new_globals), len(errors)))
sys.exit(1 if errors else 0)
