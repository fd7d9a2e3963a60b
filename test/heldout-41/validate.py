#!/usr/bin/env python3
"""Self-check for the heldout-41 blind gold set.

Checks: JSON shape and enums; ids resolve against ./entities.json; the registry is a
pure extension of the corpus registry; evidence strings are verbatim in a non-noise
body line; sameAs resolves and global incidents are consistent; article length.
Errors make the exit status 1. Warnings (alias hits in body text that are not in the
gold lists, and the like) are printed for a human to review and do not fail the run.
"""
import json, os, re, sys, datetime

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS_REG = "/work/shared/corpus/entities.json"
ARTICLES = [f"h41-{i:02d}" for i in range(1, 9)]
NEW_GLOBAL_RANGE = {f"G{n}" for n in range(560, 570)}

# Noise lines, by article, verbatim (see README "Noise lines").
NOISE = {
    "h41-01": ["By Dalia Mourad",
               "Civil defence members search the rubble of a shop after an air strike in Idlib city, Syria, October 6, 2023. Continental Wire/Staff",
               "(Reporting by Dalia Mourad in Amman and Emre Kaya in Istanbul; Editing by Ruth Penhale)",
               "Related: Thousands flee western Aleppo villages as shelling intensifies"],
    "h41-02": ["7 October 2023", "Share",
               "Image caption: Rescue workers search the rubble of a shop in Idlib city on Friday",
               "Related Topics", "Syrian civil war", "Turkey"],
    "h41-03": ["Hannah Greer in Antakya", "Thu 23 Nov 2023 16.05 GMT",
               "Rescue workers search the remains of a tent near Armanaz on Tuesday. Photograph: Ledger staff",
               "Explore more on these topics", "Syria", "Russia", "Middle East and north Africa"],
    "h41-04": ["Sofia Brandt, Gaziantep", "28 November 2023", "(Edited by Paul Winter)", "Share",
               "Related:", "In Idlib’s camps, winter arrives before the aid"],
    "h41-05": ["Karim El-Sayed", "April 18, 2024",
               "Photo: Civil defence volunteers search the market in Ariha after Tuesday's attack",
               "Read more:", "Idlib's olive farmers count losses as drones stalk the front line",
               "Syria's quake survivors face another year in tents"],
    "h41-06": ["Idlib – Sanabel News", "Share", "Tags: Russia, Jisr al-Shughur, Civil Defence, Idlib"],
    "h41-07": ["Wednesday, 17 April 2024", "Related:",
               "Army foils infiltration attempt on Latakia countryside front",
               "President al-Assad receives credentials of new ambassadors", "hk/ma"],
    "h41-08": ["30 April 2024", "Share", "Read more:",
               "SMCP monthly report, March 2024: 31 civilians killed"],
}

KINDS = {"AIRSTRIKE", "SHELLING", "OTHER"}
STANCES = {"CLAIM", "DENIAL", "ACCUSATION", "CRITICISM", "CALL", "CONFIRMATION"}
QUALS = {"AT_LEAST", "MORE_THAN", "ABOUT", "EXACT"}

errors, warnings, notes = [], [], []

# Alias hits that are deliberately NOT annotated (judgement calls, see README).
ACCEPTED = {
    ("h41-01", "Aleppo"): "only in 'western Aleppo countryside' (province expression)",
    ("h41-01", "Ankara"): "metonymic actor ('Ankara ... called for'), not a place",
    ("h41-02", "Aleppo"): "only in 'western Aleppo countryside' (province expression)",
    ("h41-03", "Damascus"): "metonymic actor ('influence over Damascus'), not a place",
    ("h41-04", "Syria"): "only inside the region name 'north-west Syria'",
    ("h41-04", "Aleppo"): "only in 'western Aleppo countryside' (province expression)",
    ("h41-05", "Aleppo"): "only in 'western Aleppo countryside' (province expression)",
    ("h41-05", "Damascus"): "metonymic actor ('to restrain Damascus'), not a place",
    ("h41-06", "Latakia"): "only in 'the Latakia countryside' (province expression)",
    ("h41-07", "Syria"): "only inside the reconciliation centre's full name",
    ("h41-08", "Syria"): "only inside the region name 'north-west Syria'",
    ("h41-08", "Aleppo"): "only in 'western Aleppo countryside' (province expression)",
}
def err(m): errors.append(m)
def warn(m): warnings.append(m)

def load(p):
    with open(p, encoding="utf-8") as f:
        return json.load(f)

def is_date(s):
    try:
        datetime.date.fromisoformat(s); return True
    except Exception:
        return False

# ------------------------------------------------------------------ registry
reg = load(os.path.join(HERE, "entities.json"))
base = load(CORPUS_REG)
if set(reg) != set(base):
    err(f"registry top-level keys differ: {sorted(reg)} vs {sorted(base)}")
for k in base:
    if k in ("actors", "places", "globalIncidents"):
        old, new = base[k], reg.get(k, [])
        if new[:len(old)] != old:
            for i, o in enumerate(old):
                if i >= len(new) or new[i] != o:
                    err(f"registry {k}[{i}] ({o.get('id')}) removed or changed"); break
    elif reg.get(k) != base[k]:
        err(f"registry top-level field {k!r} changed")

actors = {a["id"]: a for a in reg["actors"]}
places = {p["id"]: p for p in reg["places"]}
globs = {g["id"]: g for g in reg["globalIncidents"]}
if len(actors) != len(reg["actors"]): err("duplicate actor ids")
if len(places) != len(reg["places"]): err("duplicate place ids")
if len(globs) != len(reg["globalIncidents"]): err("duplicate global ids")
if set(actors) & set(places): err(f"ids used for both actor and place: {set(actors) & set(places)}")
for a in reg["actors"]:
    for f in ("id", "name", "kind", "partOf", "aliases"):
        if f not in a: err(f"actor {a.get('id')} lacks {f}")
    if a.get("partOf") is not None and a["partOf"] not in actors:
        err(f"actor {a['id']} partOf {a['partOf']} unresolved")
    for c in a.get("contextualAliases", []):
        if c not in a["aliases"]: err(f"actor {a['id']} contextual alias {c!r} not in aliases")
for p in reg["places"]:
    for f in ("id", "name", "kind", "province", "country", "lat", "lon", "aliases"):
        if f not in p: err(f"place {p.get('id')} lacks {f}")
    if not (-90 <= p["lat"] <= 90 and -180 <= p["lon"] <= 180): err(f"place {p['id']} bad coords")
new_actor_ids = [a["id"] for a in reg["actors"][len(base["actors"]):]]
new_place_ids = [p["id"] for p in reg["places"][len(base["places"]):]]
new_globals = reg["globalIncidents"][len(base["globalIncidents"]):]
for p in new_place_ids:
    pl = places[p]
    if pl["country"] == "Syria" and not (34.8 <= pl["lat"] <= 36.8 and 35.7 <= pl["lon"] <= 37.5):
        err(f"new place {p} is not in/around Idlib: {pl['lat']},{pl['lon']}")
for g in new_globals:
    if g["id"] not in NEW_GLOBAL_RANGE: err(f"new global id {g['id']} outside G560-G569")
    if g["kind"] not in KINDS: err(f"global {g['id']} bad kind")
    if not is_date(g["date"]): err(f"global {g['id']} bad date")
    for p in g["places"]:
        if p not in places: err(f"global {g['id']} place {p} unresolved")
    if len(set(g["articles"])) < 2: err(f"global {g['id']} has fewer than two articles")

# ------------------------------------------------------------------ articles
global_uses = {}        # gid -> list of (article, incident)
outlet_names = {}
for a in reg["actors"]:
    for n in [a["name"]] + a["aliases"]:
        outlet_names.setdefault(n, a["id"])

def body_lines(aid):
    text = open(os.path.join(HERE, f"{aid}.txt"), encoding="utf-8").read()
    lines = text.split("\n")
    return text, lines

def norm(s):
    return s.replace("\u2019", "'").replace("\u2018", "'")

def alias_regex_ci(alias):
    return re.compile(r"(?<![\w-])" + re.escape(alias) + r"(?![\w-])", re.I)

def alias_regex(alias):
    return re.compile(r"(?<![\w-])" + re.escape(alias) + r"(?![\w-])")

for aid in ARTICLES:
    tp, gp = os.path.join(HERE, f"{aid}.txt"), os.path.join(HERE, f"{aid}.gold.json")
    if not os.path.exists(tp) or not os.path.exists(gp):
        err(f"{aid}: missing article or gold"); continue
    text, lines = body_lines(aid)
    if len(lines) < 3 or lines[1] != "" or not lines[0].strip():
        err(f"{aid}: line 1 must be the headline and line 2 blank")
    words = len(text.split())
    if not 230 <= words <= 340: err(f"{aid}: {words} words (want 230-340)")
    if "\r" in text: err(f"{aid}: CR characters")
    noise = NOISE[aid]
    for n in noise:
        if n not in lines: err(f"{aid}: declared noise line not found: {n!r}")
    body = [l for l in lines[2:] if l.strip() and l not in noise]
    g = load(gp)
    if list(g) != ["article", "actors", "places", "incidents", "statements"]:
        err(f"{aid}: top-level keys {list(g)}")
        continue
    art = g["article"]
    if list(art) != ["id", "title", "outlet", "publishedAt", "url"]: err(f"{aid}: article keys {list(art)}")
    if art["id"] != aid: err(f"{aid}: article.id {art['id']}")
    if art["title"] != lines[0]: err(f"{aid}: title is not line 1 verbatim")
    pub = art["publishedAt"]
    if pub is not None and not is_date(pub): err(f"{aid}: bad publishedAt {pub}")
    if not art["url"].startswith("https://example.org/"): err(f"{aid}: url not example.org")
    oid = outlet_names.get(art["outlet"])
    if oid is None or not actors[oid].get("fictional"):
        err(f"{aid}: outlet {art['outlet']!r} is not a fictional registry outlet")
    elif oid not in new_actor_ids:
        err(f"{aid}: outlet {art['outlet']!r} reuses a corpus outlet")

    A, P = g["actors"], g["places"]
    if len(set(A)) != len(A): err(f"{aid}: duplicate actors")
    if len(set(P)) != len(P): err(f"{aid}: duplicate places")
    for x in A:
        if x not in actors: err(f"{aid}: actor {x} not in registry")
    for x in P:
        if x not in places: err(f"{aid}: place {x} not in registry")

    keys = set()
    for inc in g["incidents"]:
        if list(inc) != ["key", "kind", "date", "places", "perpetratorAlleged", "sameAs"]:
            err(f"{aid}: incident keys {list(inc)}"); continue
        k = inc["key"]
        if k in keys: err(f"{aid}: duplicate incident key {k}")
        keys.add(k)
        if inc["kind"] not in KINDS: err(f"{aid} {k}: bad kind")
        d = inc["date"]
        if d is not None:
            if not is_date(d): err(f"{aid} {k}: bad date {d}")
            elif pub and d > pub: err(f"{aid} {k}: date {d} after publication {pub}")
            elif pub is None:
                # without a publication date only explicit absolute dates can be resolved
                dd = datetime.date.fromisoformat(d)
                pat = f"{dd.day} {dd.strftime('%B')} {dd.year}"
                if not any(pat in l for l in body): err(f"{aid} {k}: dated {d} but no '{pat}' in an undated article")
        if not inc["places"]: err(f"{aid} {k}: no places")
        for p in inc["places"]:
            if p not in P: err(f"{aid} {k}: incident place {p} not in article places")
        for p in inc["perpetratorAlleged"]:
            if p not in A: err(f"{aid} {k}: perpetrator {p} not in article actors")
        s = inc["sameAs"]
        if s is not None:
            if s not in globs: err(f"{aid} {k}: sameAs {s} unresolved")
            else:
                G = globs[s]
                global_uses.setdefault(s, []).append((aid, k))
                if G["kind"] != inc["kind"]: err(f"{aid} {k}: kind {inc['kind']} != {s} {G['kind']}")
                if G["date"] != d: err(f"{aid} {k}: date {d} != {s} {G['date']}")
                if set(G["places"]) != set(inc["places"]): err(f"{aid} {k}: places differ from {s}")
                if aid not in G["articles"]: err(f"{aid} {k}: {s} does not list {aid}")

    for i, st in enumerate(g["statements"], 1):
        tag = f"{aid} S{i}"
        if list(st) != ["speaker", "stance", "about", "killed", "injured", "children", "qualifier", "evidence"]:
            err(f"{tag}: keys {list(st)}"); continue
        if list(st["about"]) != ["incident", "actor"]: err(f"{tag}: about keys")
        if st["speaker"] not in A: err(f"{tag}: speaker {st['speaker']} not in actors")
        if st["stance"] not in STANCES: err(f"{tag}: bad stance {st['stance']}")
        ai, aa = st["about"]["incident"], st["about"]["actor"]
        if ai is not None and ai not in keys: err(f"{tag}: about.incident {ai} unresolved")
        if aa is not None and aa not in A: err(f"{tag}: about.actor {aa} not in actors")
        if st["stance"] == "ACCUSATION" and aa is None: err(f"{tag}: ACCUSATION without accused")
        for f in ("killed", "injured", "children"):
            v = st[f]
            if v is not None and (not isinstance(v, int) or isinstance(v, bool) or v < 0):
                err(f"{tag}: {f}={v!r}")
        q = st["qualifier"]
        if q is not None and q not in QUALS: err(f"{tag}: bad qualifier {q}")
        has_fig = st["killed"] is not None or st["injured"] is not None
        if has_fig and q is None: err(f"{tag}: figures without qualifier")
        if not has_fig and q is not None: err(f"{tag}: qualifier without killed/injured")
        if st["children"] is not None and st["killed"] is not None and st["children"] > st["killed"]:
            err(f"{tag}: children > killed")
        ev = st["evidence"]
        if not ev or ev != ev.strip(): err(f"{tag}: empty or padded evidence")
        if ev in lines[0] and not any(ev in l for l in body): err(f"{tag}: evidence only in headline")
        if any(ev in n for n in noise): err(f"{tag}: evidence found in a noise line")
        if not any(ev in l for l in body): err(f"{tag}: evidence not verbatim in a body line: {ev[:70]!r}")
    # every incident should be spoken about or at least narrated; warn if unreferenced
    used = {st["about"]["incident"] for st in g["statements"]}
    for k in keys - used:
        warn(f"{aid}: incident {k} has no statement (narration only)")

    # alias scan (warnings only): registry aliases in headline/body not reflected in gold lists.
    # Spans covered by an alias of an annotated entity are masked first, so that "Syria" inside
    # "Syria Civil Defence" or "Russia" inside "Russia's defence ministry" is not reported.
    scan = [lines[0]] + body
    blob = norm("\n".join(scan))
    cover = sorted({norm(al) for x in A for al in actors[x]["aliases"]} |
                   {norm(al) for x in P for al in places[x]["aliases"]}, key=len, reverse=True)
    for al in cover:
        if len(al) >= 4 and " " in al:
            blob = alias_regex_ci(al).sub(lambda m: "#" * len(m.group(0)), blob)
    full = norm("\n".join(scan))
    for x in A + P:
        ent = actors.get(x) or places.get(x)
        if not any(alias_regex_ci(norm(al)).search(full) for al in ent["aliases"] + [ent["name"]]):
            notes.append(f"{aid}: {x} annotated from a description (no literal registry alias)")
    for eid, ent, lst, kind in ([(x, actors[x], A, "actor") for x in actors] +
                                [(x, places[x], P, "place") for x in places]):
        if eid in lst: continue
        for al in ent["aliases"]:
            if len(al) < 3: continue
            if alias_regex(norm(al)).search(blob):
                if (aid, al) in ACCEPTED:
                    notes.append(f"{aid}: {al!r} ({eid}) not annotated: {ACCEPTED[(aid, al)]}")
                else:
                    warn(f"{aid}: {kind} alias {al!r} ({eid}) occurs but {eid} not annotated")
                break

for gid, G in globs.items():
    if gid in NEW_GLOBAL_RANGE:
        arts = sorted({a for a, _ in global_uses.get(gid, [])})
        if arts != sorted(G["articles"]):
            err(f"{gid}: articles {G['articles']} but used by {arts}")
        if len(arts) < 2: err(f"{gid}: used by fewer than two articles")

for n in notes: print("NOTE ", n)
for w in warnings: print("WARN ", w)
for e in errors: print("ERROR", e)
n_st = sum(len(load(os.path.join(HERE, f"{a}.gold.json"))["statements"]) for a in ARTICLES)
n_in = sum(len(load(os.path.join(HERE, f"{a}.gold.json"))["incidents"]) for a in ARTICLES)
print(f"{len(ARTICLES)} articles, {n_in} incidents, {n_st} statements, "
      f"{len(new_globals)} new globals, {len(new_actor_ids)} new actors, {len(new_place_ids)} new places")
print(f"{len(errors)} errors, {len(warnings)} warnings")
sys.exit(1 if errors else 0)
