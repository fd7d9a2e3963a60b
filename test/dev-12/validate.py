#!/usr/bin/env python3
"""Self-check for the heldout-13 set (h13-01 .. h13-08). Run: python3 validate.py
Errors make the exit status 1; warnings are heuristics for a human to look at."""
import json, os, re, sys, datetime

HERE = os.path.dirname(os.path.abspath(__file__))
IDS = [f"h13-{i:02d}" for i in range(1, 9)]
MIN_WORDS, MAX_WORDS = 200, 350
KINDS = {"AIRSTRIKE", "SHELLING", "OTHER"}
STANCES = {"CLAIM", "DENIAL", "ACCUSATION", "CRITICISM", "CALL", "CONFIRMATION"}
QUALS = {None, "AT_LEAST", "MORE_THAN", "ABOUT", "EXACT"}

# Noise lines (ignored for incidents/statements/mentions): generic patterns + per-article exact lines.
NOISE_PATTERNS = [
    r"^By [A-Z][\w'-]+( [\w'-]+)*( and [A-Z][\w'-]+( [\w'-]+)*)?$",   # bylines
    r"^Published time:", r"^Share( this with)?\b", r"^Share:", r"^Email$", r"^Facebook$", r"^Twitter$",
    r"^Related( Topics| News)?\b", r"^Read more:", r"^READ MORE", r"^Photo:", r"^Image caption:",
    r"^\(.*\)$",                                   # credits / correction notes in parentheses
    r"^[a-z]{2,3}(/[a-z]{2,3})+$",                 # sign-off initials
    r"^EDITOR'S NOTE:", r"^\d{1,2} [A-Z][a-z]+ \d{4}$",   # date-only lines
    r"^[A-Z][a-z]{2} \d{1,2}, \d{4} \d{2}:\d{2} GMT$",   # timestamp line
]
NOISE_EXACT = {
    "h13-01": ["World News at 0700 GMT, Friday 4 March", "CEDAR RADIO INTERNATIONAL - NEWSDESK SCRIPT",
               "Read by: Samir Aoun | Duration: 2'10\"", "Now the weather, with Rana."],
    "h13-02": ["The Levant Ledger, Gaziantep"],
    "h13-03": ["The Chancery Post | Diplomacy", "Wednesday 17 February 2016, 18:05 GMT"],
    "h13-05": ["Sham Horizon - Local News"],
    "h13-06": ["Northstar News, Geneva", "Syrian civil war", "Geneva talks"],
}

errors, warnings = [], []
def err(a, m): errors.append(f"[{a}] {m}")
def warn(a, m): warnings.append(f"[{a}] {m}")

reg = json.load(open(os.path.join(HERE, "entities.json"), encoding="utf-8"))
ACT = {a["id"]: a for a in reg["actors"]}
PLA = {p["id"]: p for p in reg["places"]}
GI = {g["id"]: g for g in reg["globalIncidents"]}
if len(ACT) != len(reg["actors"]): err("registry", "duplicate actor ids")
if len(PLA) != len(reg["places"]): err("registry", "duplicate place ids")

# Registry must extend the shared corpus registry without deleting/renaming ids.
SHARED = "/work/shared/corpus/entities.json"
if os.path.exists(SHARED):
    base = json.load(open(SHARED, encoding="utf-8"))
    for part in ("actors", "places", "globalIncidents"):
        old = {x["id"] for x in base[part]}
        new = {x["id"] for x in reg[part]}
        if old - new: err("registry", f"{part}: ids removed from base registry: {sorted(old - new)}")
for a in reg["actors"]:
    if a.get("partOf") is not None and a["partOf"] not in ACT: err("registry", f"actor {a['id']} partOf unknown {a['partOf']}")
    for k in ("id", "name", "kind", "partOf", "aliases"):
        if k not in a: err("registry", f"actor {a.get('id')} missing {k}")
for p in reg["places"]:
    for k in ("id", "name", "kind", "province", "country", "lat", "lon", "aliases"):
        if k not in p: err("registry", f"place {p.get('id')} missing {k}")
    if "parent" in p and p["parent"] is not None and p["parent"] not in PLA: err("registry", f"place {p['id']} parent unknown")
    if not (-90 <= p["lat"] <= 90 and -180 <= p["lon"] <= 180): err("registry", f"place {p['id']} bad coords")
    if p.get("province") in ("Idlib", "Hama", "Aleppo", "Latakia") and not (34.8 <= p["lat"] <= 36.7 and 35.6 <= p["lon"] <= 37.8):
        err("registry", f"place {p['id']} coordinates outside north-west Syria")

def is_noise(aid, line):
    s = line.strip()
    if s in NOISE_EXACT.get(aid, []): return True
    return any(re.search(p, s) for p in NOISE_PATTERNS)

def isdate(x):
    try: datetime.date.fromisoformat(x); return True
    except Exception: return False

def alias_in(text, al):
    return re.search(r"(?<![\w-])" + re.escape(al) + r"(?![\w-])", text) is not None

sameas_seen = {}
total = {"incidents": 0, "statements": 0, "figures": 0}
for aid in IDS:
    tpath, gpath = os.path.join(HERE, aid + ".txt"), os.path.join(HERE, aid + ".gold.json")
    if not (os.path.exists(tpath) and os.path.exists(gpath)): err(aid, "missing file"); continue
    lines = open(tpath, encoding="utf-8").read().split("\n")
    if len(lines) < 3 or lines[1] != "": err(aid, "line 2 must be blank")
    headline = lines[0]
    body_lines = [l for l in lines[2:] if l.strip() and not is_noise(aid, l)]
    noise_lines = [l for l in lines[2:] if l.strip() and is_noise(aid, l)]
    body = "\n".join(body_lines)
    nw = len(body.split())
    if not (MIN_WORDS <= nw <= MAX_WORDS): err(aid, f"body has {nw} words (want {MIN_WORDS}-{MAX_WORDS})")
    g = json.load(open(gpath, encoding="utf-8"))
    if list(g.keys()) != ["article", "actors", "places", "incidents", "statements"]: err(aid, f"top-level keys {list(g.keys())}")
    art = g["article"]
    if set(art) != {"id", "title", "outlet", "publishedAt", "url"}: err(aid, f"article keys {set(art)}")
    if art["id"] != aid: err(aid, "article.id")
    if art["title"] != headline: err(aid, "title != line 1")
    if not art["url"].startswith("https://example.org/"): err(aid, "url must be https://example.org/...")
    pub = art["publishedAt"]
    if pub is not None and not isdate(pub): err(aid, "publishedAt not ISO date")
    actors, places = g["actors"], g["places"]
    for x in actors:
        if x not in ACT: err(aid, f"actor not in registry: {x}")
    for x in places:
        if x not in PLA: err(aid, f"place not in registry: {x}")
    if len(set(actors)) != len(actors): err(aid, "duplicate actors")
    if len(set(places)) != len(places): err(aid, "duplicate places")
    scan = headline + "\n" + body
    # heuristic mention checks (warnings only)
    for x in actors:
        if x in ACT and not any(alias_in(scan, al) for al in ACT[x]["aliases"] + [ACT[x]["name"]]):
            warn(aid, f"actor {x}: no registry alias found literally (check description/metonymy)")
    for x in places:
        if x in PLA and not any(alias_in(scan, al) for al in PLA[x]["aliases"] + [PLA[x]["name"]]):
            warn(aid, f"place {x}: no registry alias found literally")
    for p in reg["places"]:
        if p["id"] not in places:
            hits = [al for al in p["aliases"] if al not in p.get("contextualAliases", []) and alias_in(scan, al)]
            if hits: warn(aid, f"place {p['id']} alias {hits} occurs in text but is not listed")
    keys = []
    for inc in g["incidents"]:
        total["incidents"] += 1
        if set(inc) != {"key", "kind", "date", "places", "perpetratorAlleged", "sameAs"}: err(aid, f"incident keys {set(inc)}")
        keys.append(inc["key"])
        if inc["kind"] not in KINDS: err(aid, f"incident {inc['key']} kind {inc['kind']}")
        d = inc["date"]
        if d is not None:
            if not isdate(d): err(aid, f"incident {inc['key']} bad date")
            elif pub is None:
                dd = datetime.date.fromisoformat(d)
                absolute = f"{dd.day} {dd.strftime('%B')} {dd.year}"
                if absolute not in body: err(aid, f"incident {inc['key']} dated {d} but publishedAt is null and text lacks '{absolute}'")
            elif d > pub: err(aid, f"incident {inc['key']} dated after publication")
        if not inc["places"]: err(aid, f"incident {inc['key']} has no place")
        for p in inc["places"]:
            if p not in places: err(aid, f"incident {inc['key']} place {p} not in article places")
        for p in inc["perpetratorAlleged"]:
            if p not in actors: err(aid, f"incident {inc['key']} perpetrator {p} not in actors")
        sa = inc["sameAs"]
        if sa is not None:
            if sa not in GI: err(aid, f"sameAs {sa} not in registry"); continue
            gi = GI[sa]
            if gi["date"] != d: err(aid, f"sameAs {sa}: date {d} != registry {gi['date']}")
            if sorted(gi["places"]) != sorted(inc["places"]): err(aid, f"sameAs {sa}: places differ from registry")
            if gi["kind"] != inc["kind"]: err(aid, f"sameAs {sa}: kind differs")
            if aid not in gi["articles"]: err(aid, f"sameAs {sa}: article not listed in registry")
            sameas_seen.setdefault(sa, set()).add(aid)
    if len(set(keys)) != len(keys): err(aid, "duplicate incident keys")
    for i, s in enumerate(g["statements"]):
        total["statements"] += 1
        tag = f"statement {i+1}"
        if set(s) != {"speaker", "stance", "about", "killed", "injured", "children", "qualifier", "evidence"}: err(aid, f"{tag} keys {set(s)}")
        if s["speaker"] not in actors: err(aid, f"{tag} speaker {s['speaker']} not in actors")
        if s["stance"] not in STANCES: err(aid, f"{tag} stance {s['stance']}")
        ab = s["about"]
        if set(ab) != {"incident", "actor"}: err(aid, f"{tag} about keys")
        if ab["incident"] is not None and ab["incident"] not in keys: err(aid, f"{tag} about.incident {ab['incident']} unknown")
        if ab["actor"] is not None and ab["actor"] not in actors: err(aid, f"{tag} about.actor {ab['actor']} not in actors")
        if s["stance"] in ("ACCUSATION", "CRITICISM", "CALL") and ab["actor"] == s["speaker"]: warn(aid, f"{tag} about.actor == speaker")
        for f in ("killed", "injured", "children"):
            v = s[f]
            if v is not None and (not isinstance(v, int) or isinstance(v, bool) or v < 0): err(aid, f"{tag} {f} not a non-negative int")
        if s["killed"] is not None or s["injured"] is not None or s["children"] is not None: total["figures"] += 1
        if s["killed"] is not None and s["children"] is not None and s["children"] > s["killed"]: err(aid, f"{tag} children > killed")
        q = s["qualifier"]
        if q not in QUALS: err(aid, f"{tag} qualifier {q}")
        if (s["killed"] is None and s["injured"] is None) != (q is None): err(aid, f"{tag} qualifier inconsistent with figures")
        ev = s["evidence"]
        if not ev: err(aid, f"{tag} empty evidence")
        elif ev not in body: err(aid, f"{tag} evidence not an exact substring of the non-noise body: {ev[:70]!r}")
        elif any(ev in nl for nl in noise_lines) and body.count(ev) == 0: err(aid, f"{tag} evidence from a noise line")
        if ev and ev in headline and ev not in body: err(aid, f"{tag} evidence from the headline")
        for fld in ("killed", "injured", "children"):
            v = s[fld]
            if v not in (None, 0) and ev and not re.search(r"\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen|thirty|twenty", ev, re.I):
                warn(aid, f"{tag} {fld}={v} but evidence has no number")

for gid in ("G130", "G131"):
    if gid not in GI: err("registry", f"{gid} missing"); continue
    listed = set(GI[gid]["articles"])
    seen = sameas_seen.get(gid, set())
    if listed != seen: err("registry", f"{gid}: registry articles {sorted(listed)} vs gold {sorted(seen)}")
    if len(seen) < 2: err("registry", f"{gid} used by fewer than 2 articles")

for w in warnings: print("WARN ", w)
for e in errors: print("ERROR", e)
print(f"checked {len(IDS)} articles: {total['incidents']} incidents, {total['statements']} statements, "
      f"{total['figures']} statements with figures; {len(errors)} errors, {len(warnings)} warnings")
sys.exit(1 if errors else 0)
