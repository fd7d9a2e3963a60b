#!/usr/bin/env python3
"""Self-check for the heldout-17 synthetic set. Run: python3 validate.py
Checks JSON shape (as in the dev corpus), registry ids, evidence substrings
(body only, never headline / standfirst / noise lines), speakers / targets /
perpetrators in the article's actors, incident places in places, sameAs
consistency with the registry's global incidents, and body word counts."""
import json, os, re, sys, datetime

HERE = os.path.dirname(os.path.abspath(__file__))
IDS = ["h17-%02d" % i for i in range(1, 9)]
ORIG_REGISTRY = "/work/shared/corpus/entities.json"

STANCES = {"CLAIM", "DENIAL", "ACCUSATION", "CRITICISM", "CALL", "CONFIRMATION"}
KINDS = {"AIRSTRIKE", "SHELLING", "OTHER"}
QUALS = {None, "AT_LEAST", "MORE_THAN", "ABOUT", "EXACT"}

# Line 3 of these articles is a standfirst (mentions only, no evidence).
STANDFIRST = {"h17-01", "h17-07"}

# Generic noise-line patterns (bylines, dates, share blocks, captions, related, sign-offs ...)
NOISE_RE = [
    r"^By [A-Z]", r"^Words by ", r"^Share\b", r"^Photo:", r"^Caption:", r"^WATCH:",
    r"^Related\b", r"^Read more\b", r"^Read also\b", r"^READ MORE", r"^Tags:", r"^Advertisement$",
    r"^SOURCE:", r"^Published", r"^Press Release$", r"^For further information", r"^\(.*\)$",
    r"^[a-z]{1,3}/[a-z]{1,3}(/[a-z]{1,3})?$", r"^UPDATE \d{1,2}:\d\d$",
    r"^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)?,? ?\d{1,2} [A-Z][a-z]+ \d{4}([,|] .*)?$",
    r"^\d{1,2} [A-Z][a-z]+ \d{4}( \| \d\d:\d\d)?$",
]
# Article-specific noise lines (exact text) not caught by the patterns.
NOISE_EXTRA = {
    "h17-03": {"Syrian civil war", "Idlib"},          # list under "Related Topics"
    "h17-05": {"Cross-Border Humanitarian Digest | Gaziantep | Issued 13 September 2021"},
    "h17-06": {"Levant 24 Newsdesk"},
}

errors, warnings = [], []
def err(a, m): errors.append("%s: %s" % (a, m))
def warn(a, m): warnings.append("%s: %s" % (a, m))

def is_noise(aid, line):
    s = line.strip()
    if not s:
        return False
    if s in NOISE_EXTRA.get(aid, set()):
        return True
    return any(re.match(p, s) for p in NOISE_RE)

# ---------- registry ----------
reg = json.load(open(os.path.join(HERE, "entities.json")))
for k in ("actors", "places", "globalIncidents"):
    if k not in reg or not isinstance(reg[k], list):
        err("entities.json", "missing list %s" % k)
ACT = {}; PLA = {}; GLOB = {}
for a in reg["actors"]:
    if a["id"] in ACT: err("entities.json", "duplicate actor id %s" % a["id"])
    ACT[a["id"]] = a
    for f in ("id", "name", "kind", "partOf", "aliases"):
        if f not in a: err("entities.json", "actor %s lacks %s" % (a.get("id"), f))
for p in reg["places"]:
    if p["id"] in PLA: err("entities.json", "duplicate place id %s" % p["id"])
    PLA[p["id"]] = p
    for f in ("id", "name", "kind", "province", "country", "lat", "lon", "aliases"):
        if f not in p: err("entities.json", "place %s lacks %s" % (p.get("id"), f))
    if not (-90 <= p["lat"] <= 90 and -180 <= p["lon"] <= 180):
        err("entities.json", "bad coordinates for %s" % p["id"])
    if p.get("addedBy") == "heldout-17":
        if not (34.5 <= p["lat"] <= 37.0 and 35.5 <= p["lon"] <= 37.5):
            err("entities.json", "new place %s outside north-west Syria / Hatay box" % p["id"])
        if p.get("parent") not in PLA and p.get("parent") not in [q["id"] for q in reg["places"]]:
            err("entities.json", "new place %s has unknown parent %s" % (p["id"], p.get("parent")))
for g in reg["globalIncidents"]:
    if g["id"] in GLOB: err("entities.json", "duplicate global incident %s" % g["id"])
    GLOB[g["id"]] = g
for a in ACT.values():
    if a["partOf"] is not None and a["partOf"] not in ACT:
        err("entities.json", "actor %s partOf unknown %s" % (a["id"], a["partOf"]))
if os.path.exists(ORIG_REGISTRY):
    orig = json.load(open(ORIG_REGISTRY))
    for a in orig["actors"]:
        if a["id"] not in ACT: err("entities.json", "original actor %s deleted" % a["id"])
        elif a["name"] != ACT[a["id"]]["name"] or any(x not in ACT[a["id"]]["aliases"] for x in a["aliases"]):
            err("entities.json", "original actor %s renamed or lost aliases" % a["id"])
    for p in orig["places"]:
        if p["id"] not in PLA: err("entities.json", "original place %s deleted" % p["id"])
        elif any(x not in PLA[p["id"]]["aliases"] for x in p["aliases"]):
            err("entities.json", "original place %s lost aliases" % p["id"])
    for g in orig["globalIncidents"]:
        if g["id"] not in GLOB or GLOB[g["id"]] != g:
            err("entities.json", "original global incident %s changed" % g["id"])

# ---------- articles ----------
used_globals = {}
totals = dict(articles=0, incidents=0, statements=0, figures=0)
report_rows = []
for aid in IDS:
    tp = os.path.join(HERE, aid + ".txt"); gp = os.path.join(HERE, aid + ".gold.json")
    if not os.path.exists(tp) or not os.path.exists(gp):
        err(aid, "missing file"); continue
    raw = open(tp, encoding="utf-8").read()
    lines = raw.split("\n")
    if len(lines) < 3 or lines[1].strip() != "":
        err(aid, "line 2 must be blank")
    title = lines[0]
    start = 2
    if aid in STANDFIRST:
        start = 3
    body_lines = lines[start:]
    body = "\n".join(body_lines)
    noise_lines = [l for l in body_lines if is_noise(aid, l)]
    clean_lines = [l for l in body_lines if l.strip() and not is_noise(aid, l)]
    wc = sum(len(l.split()) for l in clean_lines)
    if not (200 <= wc <= 450): err(aid, "body word count %d outside 200-450" % wc)
    elif wc > 350: warn(aid, "body word count %d above 350" % wc)

    g = json.load(open(gp, encoding="utf-8"))
    if set(g.keys()) != {"article", "actors", "places", "incidents", "statements"}:
        err(aid, "top-level keys %s" % sorted(g.keys()))
    art = g["article"]
    if set(art.keys()) != {"id", "title", "outlet", "publishedAt", "url"}:
        err(aid, "article keys %s" % sorted(art.keys()))
    if art["id"] != aid: err(aid, "article.id %s" % art["id"])
    if art["title"] != title: err(aid, "title differs from line 1")
    if not art["url"].startswith("https://example.org/"): err(aid, "url not example.org")
    pub = art["publishedAt"]
    if pub is not None:
        try: pubd = datetime.date.fromisoformat(pub)
        except ValueError: err(aid, "bad publishedAt %s" % pub); pubd = None
        if pubd and not (datetime.date(2021, 1, 1) <= pubd <= datetime.date(2022, 12, 31)):
            err(aid, "publishedAt outside 2021-2022")
    else:
        pubd = None
    actors = g["actors"]; places = g["places"]
    if len(set(actors)) != len(actors): err(aid, "duplicate actors")
    if len(set(places)) != len(places): err(aid, "duplicate places")
    for x in actors:
        if x not in ACT: err(aid, "actor %s not in registry" % x)
    for x in places:
        if x not in PLA: err(aid, "place %s not in registry" % x)
    keys = set()
    for inc in g["incidents"]:
        if set(inc.keys()) != {"key", "kind", "date", "places", "perpetratorAlleged", "sameAs"}:
            err(aid, "incident keys %s" % sorted(inc.keys()))
        if inc["key"] in keys: err(aid, "duplicate incident key %s" % inc["key"])
        keys.add(inc["key"])
        if inc["kind"] not in KINDS: err(aid, "bad kind %s" % inc["kind"])
        if inc["date"] is not None:
            try:
                d = datetime.date.fromisoformat(inc["date"])
                if pubd and d > pubd: err(aid, "incident %s after publication" % inc["key"])
                if not (datetime.date(2021, 1, 1) <= d <= datetime.date(2022, 12, 31)):
                    err(aid, "incident %s date outside 2021-2022" % inc["key"])
            except ValueError:
                err(aid, "bad date %s" % inc["date"])
        if not inc["places"]: err(aid, "incident %s has no place" % inc["key"])
        for p in inc["places"]:
            if p not in places: err(aid, "incident %s place %s not in places" % (inc["key"], p))
        for p in inc["perpetratorAlleged"]:
            if p not in actors: err(aid, "incident %s perpetrator %s not in actors" % (inc["key"], p))
        if inc["sameAs"] is not None:
            gl = GLOB.get(inc["sameAs"])
            if not gl: err(aid, "sameAs %s unknown" % inc["sameAs"])
            else:
                used_globals.setdefault(inc["sameAs"], set()).add(aid)
                if gl["date"] != inc["date"]: err(aid, "sameAs %s date %s vs %s" % (gl["id"], gl["date"], inc["date"]))
                if gl["kind"] != inc["kind"]: err(aid, "sameAs %s kind mismatch" % gl["id"])
                if set(gl["places"]) != set(inc["places"]): err(aid, "sameAs %s places mismatch" % gl["id"])
                if aid not in gl["articles"]: err(aid, "not listed in %s.articles" % gl["id"])
    nfig = 0
    for i, s in enumerate(g["statements"]):
        tag = "statement %d" % (i + 1)
        if set(s.keys()) != {"speaker", "stance", "about", "killed", "injured", "children", "qualifier", "evidence"}:
            err(aid, "%s keys %s" % (tag, sorted(s.keys())))
        if set(s["about"].keys()) != {"incident", "actor"}: err(aid, "%s about keys" % tag)
        if s["speaker"] not in actors: err(aid, "%s speaker %s not in actors" % (tag, s["speaker"]))
        if s["stance"] not in STANCES: err(aid, "%s bad stance" % tag)
        if s["about"]["incident"] is not None and s["about"]["incident"] not in keys:
            err(aid, "%s about.incident %s unknown" % (tag, s["about"]["incident"]))
        if s["about"]["actor"] is not None and s["about"]["actor"] not in actors:
            err(aid, "%s about.actor %s not in actors" % (tag, s["about"]["actor"]))
        for f in ("killed", "injured", "children"):
            v = s[f]
            if v is not None and (not isinstance(v, int) or v < 0): err(aid, "%s bad %s" % (tag, f))
        if s["qualifier"] not in QUALS: err(aid, "%s bad qualifier" % tag)
        has = s["killed"] is not None or s["injured"] is not None
        if has and s["qualifier"] is None: err(aid, "%s figures without qualifier" % tag)
        if not has and s["qualifier"] is not None: err(aid, "%s qualifier without killed/injured" % tag)
        if s["children"] is not None and s["killed"] is not None and s["children"] > s["killed"]:
            err(aid, "%s children > killed" % tag)
        if has or s["children"] is not None: nfig += 1
        ev = s["evidence"]
        if not ev: err(aid, "%s empty evidence" % tag); continue
        if ev not in body:
            err(aid, "%s evidence not an exact substring of the body: %r" % (tag, ev[:70])); continue
        if any(ev in l or (len(l.strip()) > 15 and l.strip() in ev) for l in noise_lines):
            err(aid, "%s evidence overlaps a noise line" % tag)
        if not any(ev in l for l in clean_lines):
            err(aid, "%s evidence spans several lines or is outside clean body" % tag)
    # soft check: each listed actor / place has a literal alias somewhere in headline+standfirst+clean body
    scan = "\n".join([title] + (lines[2:3] if aid in STANDFIRST else []) + clean_lines).lower()
    for x in actors:
        if x in ACT and not any(al.lower() in scan for al in ACT[x]["aliases"]):
            warn(aid, "actor %s listed but no literal alias found (description/metonymy?)" % x)
    for x in places:
        if x in PLA and not any(al.lower() in scan for al in PLA[x]["aliases"]):
            warn(aid, "place %s listed but no literal alias found" % x)
    totals["articles"] += 1; totals["incidents"] += len(g["incidents"])
    totals["statements"] += len(g["statements"]); totals["figures"] += nfig
    report_rows.append((aid, pub, wc, len(g["incidents"]), len(g["statements"]), nfig))

for gid, gl in GLOB.items():
    if gl.get("addedBy") == "heldout-17":
        if set(gl["articles"]) != used_globals.get(gid, set()):
            err("entities.json", "%s articles %s but used by %s" % (gid, gl["articles"], sorted(used_globals.get(gid, []))))
        if len(used_globals.get(gid, ())) < 2:
            err("entities.json", "%s used by fewer than 2 articles" % gid)

# set-level requirements
if sum(1 for r in report_rows if r[1] is None) < 1: err("set", "no article with publishedAt null")
if not any(r[3] == 0 for r in report_rows): err("set", "no article without incidents")
if not any(r[3] >= 3 for r in report_rows): err("set", "no article with several (3+) incidents")

print("article  published   words  inc  st  fig")
for r in report_rows:
    print("%-8s %-11s %5d  %3d  %2d  %3d" % (r[0], r[1], r[2], r[3], r[4], r[5]))
print("totals:", totals)
for w in warnings: print("WARNING", w)
for e in errors: print("ERROR", e)
print("%d error(s), %d warning(s)" % (len(errors), len(warnings)))
sys.exit(1 if errors else 0)
