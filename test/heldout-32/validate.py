#!/usr/bin/env python3
"""Self-check for the synthetic held-out set h32-01..h32-08.

Run:  python3 validate.py      (from any directory)
Errors make the exit status 1; warnings are informational.
"""
import json, os, re, sys
from datetime import date

HERE = os.path.dirname(os.path.abspath(__file__))
IDS = [f"h32-0{i}" for i in range(1, 9)]
STANCES = {"CLAIM", "DENIAL", "ACCUSATION", "CRITICISM", "CALL", "CONFIRMATION"}
KINDS = {"AIRSTRIKE", "SHELLING", "OTHER"}
QUALS = {None, "AT_LEAST", "MORE_THAN", "ABOUT", "EXACT"}
ERR, WARN = [], []

def err(a, m): ERR.append(f"{a}: {m}")
def warn(a, m): WARN.append(f"{a}: {m}")

# ---- noise lines (guidelines: bylines, date-only lines, share blocks, captions, related lists, credits, sign-offs)
BYLINES = {"By DANA WHITFIELD and OMAR KASSAB", "Liberty Wire", "Staff Reporter with agencies",
           "Katrin Vogel", "By Hadi al-Omar", "Golden Horn Herald"}
SHARE = {"Share", "Share this with", "Email", "Facebook", "Twitter", "Advertisement"}
DATE_ONLY = re.compile(r"^(\d{1,2} [A-Z][a-z]+ \d{4}|[A-Z][a-z]+ \d{1,2}, \d{4}|\d{2}\.\d{2}\.\d{4})$")
SIGNOFF = re.compile(r"^[a-z]{2,3}(/[a-z]{2,3})+$")

def noise_flags(lines):
    """Return a list of booleans, one per line (index 0 = headline, treated separately)."""
    flags, in_list = [], False
    for i, ln in enumerate(lines):
        s = ln.strip()
        if i == 0:
            flags.append(False); continue
        if in_list and s:
            flags.append(True); continue
        if not s:
            in_list = False; flags.append(False); continue
        n = (s in BYLINES or s in SHARE or DATE_ONLY.match(s) or SIGNOFF.match(s)
             or s.startswith(("Image caption:", "Photo:", "Published time:", "Read more", "Also on ",
                              "___", "SOURCE:"))
             or "contributed to this report" in s
             or re.match(r"^Related( Topics| News|:)", s))
        if s in ("Related Topics", "Related News", "Related:"):
            in_list = True
        flags.append(bool(n))
    return flags

reg = json.load(open(os.path.join(HERE, "entities.json"), encoding="utf-8"))
ACT = {a["id"]: a for a in reg["actors"]}
PLA = {p["id"]: p for p in reg["places"]}
GLOB = {g["id"]: g for g in reg["globalIncidents"]}

# registry sanity: the shared registry must be a subset (no deletions or renames)
shared = "/work/shared/corpus/entities.json"
if os.path.exists(shared):
    base = json.load(open(shared, encoding="utf-8"))
    for part in ("actors", "places", "globalIncidents"):
        mine = {x["id"] for x in reg[part]}
        for x in base[part]:
            if x["id"] not in mine:
                err("entities.json", f"shared {part} id {x['id']} missing")
for a in reg["actors"]:
    if a.get("partOf") and a["partOf"] not in ACT:
        err("entities.json", f"actor {a['id']} partOf unknown {a['partOf']}")
for p in reg["places"]:
    if not isinstance(p.get("lat"), (int, float)) or not isinstance(p.get("lon"), (int, float)):
        err("entities.json", f"place {p['id']} lacks coordinates")
for g in GLOB.values():
    for pl in g["places"]:
        if pl not in PLA: err("entities.json", f"{g['id']} place {pl} unknown")

null_pub = 0
sameas_use = {}
tot = dict(inc=0, st=0, fig=0)
for aid in IDS:
    tpath, gpath = os.path.join(HERE, aid + ".txt"), os.path.join(HERE, aid + ".gold.json")
    if not (os.path.exists(tpath) and os.path.exists(gpath)):
        err(aid, "missing file"); continue
    text = open(tpath, encoding="utf-8").read()
    lines = text.split("\n")
    g = json.load(open(gpath, encoding="utf-8"))
    # shape
    if list(g.keys()) != ["article", "actors", "places", "incidents", "statements"]:
        err(aid, f"top-level keys {list(g.keys())}")
    art = g["article"]
    if set(art) != {"id", "title", "outlet", "publishedAt", "url"}: err(aid, f"article keys {set(art)}")
    if art["id"] != aid: err(aid, "article.id mismatch")
    if art["title"] != lines[0]: err(aid, "title is not line 1 verbatim")
    if lines[1].strip() != "": err(aid, "line 2 must be blank")
    if not art["url"].startswith("https://example.org/"): err(aid, "url not example.org")
    pub = art["publishedAt"]
    if pub is None: null_pub += 1
    else: date.fromisoformat(pub)
    # body & noise
    flags = noise_flags(lines)
    body_lines = [ln for i, ln in enumerate(lines) if i > 0 and not flags[i]]
    noise_lines = [ln for i, ln in enumerate(lines) if i > 0 and flags[i]]
    body = "\n".join(body_lines)
    wc = len(body.split())
    if not 200 <= wc <= 450: err(aid, f"body word count {wc} outside 200-450")
    elif wc > 350: warn(aid, f"body word count {wc} > 350 (brief asks 200-350)")
    # actors / places
    for lst, regd, name in ((g["actors"], ACT, "actor"), (g["places"], PLA, "place")):
        if len(set(lst)) != len(lst): err(aid, f"duplicate {name}s")
        for x in lst:
            if x not in regd: err(aid, f"{name} {x} not in registry")
    actors, places = set(g["actors"]), set(g["places"])
    scan = lines[0] + "\n" + body          # headline + body; noise excluded
    low = scan.lower()
    for x in actors | places:
        e = ACT.get(x) or PLA.get(x)
        if e and not any(al.lower() in low for al in e["aliases"]):
            warn(aid, f"{x} listed but no registry alias occurs literally (check description/role noun)")
    # incidents
    keys = set()
    for inc in g["incidents"]:
        tot["inc"] += 1
        if set(inc) != {"key", "kind", "date", "places", "perpetratorAlleged", "sameAs"}: err(aid, f"incident keys {set(inc)}")
        if inc["key"] in keys: err(aid, f"duplicate incident key {inc['key']}")
        keys.add(inc["key"])
        if inc["kind"] not in KINDS: err(aid, f"bad kind {inc['kind']}")
        if inc["date"] is not None:
            d = date.fromisoformat(inc["date"])
            if pub and d > date.fromisoformat(pub): err(aid, f"incident {inc['key']} after publication")
            if pub is None:
                months = ["January","February","March","April","May","June","July","August","September","October","November","December"]
                if not (str(d.year) in body and months[d.month - 1] in body and str(d.day) in body):
                    err(aid, f"publishedAt null but incident {inc['key']} dated without an absolute date in text")
        if not inc["places"]: err(aid, f"incident {inc['key']} without places")
        for p in inc["places"]:
            if p not in places: err(aid, f"incident place {p} not in places")
        for p in inc["perpetratorAlleged"]:
            if p not in actors: err(aid, f"perpetrator {p} not in actors")
        s = inc["sameAs"]
        if s is not None:
            if s not in GLOB: err(aid, f"sameAs {s} not in registry"); continue
            gi = GLOB[s]
            sameas_use.setdefault(s, []).append(aid)
            if inc["date"] is not None and inc["date"] != gi["date"]: err(aid, f"{inc['key']} date {inc['date']} != {s} {gi['date']}")
            if set(inc["places"]) != set(gi["places"]): err(aid, f"{inc['key']} places differ from {s}")
            if inc["kind"] != gi["kind"]: err(aid, f"{inc['key']} kind differs from {s}")
            if aid not in gi["articles"]: err(aid, f"{s}.articles does not list {aid}")
    # statements
    for k, st in enumerate(g["statements"]):
        tot["st"] += 1
        tag = f"statement {k}"
        if set(st) - {"cue"} != {"speaker", "stance", "about", "killed", "injured", "children", "qualifier", "evidence"}:
            err(aid, f"{tag} keys {set(st)}")
        if st["speaker"] not in actors: err(aid, f"{tag} speaker {st['speaker']} not in actors")
        if st["stance"] not in STANCES: err(aid, f"{tag} bad stance")
        ab = st["about"]
        if set(ab) != {"incident", "actor"}: err(aid, f"{tag} about keys")
        if ab["incident"] is not None and ab["incident"] not in keys: err(aid, f"{tag} about.incident {ab['incident']} unknown")
        if ab["actor"] is not None and ab["actor"] not in actors: err(aid, f"{tag} about.actor {ab['actor']} not in actors")
        for f in ("killed", "injured", "children"):
            v = st[f]
            if v is not None and (not isinstance(v, int) or v < 0): err(aid, f"{tag} {f}={v}")
        if st["qualifier"] not in QUALS: err(aid, f"{tag} bad qualifier")
        has = st["killed"] is not None or st["injured"] is not None
        if has != (st["qualifier"] is not None): err(aid, f"{tag} qualifier/figures mismatch")
        if st["killed"] is not None and st["children"] is not None and st["children"] > st["killed"]:
            err(aid, f"{tag} children > killed")
        if has or st["children"] is not None: tot["fig"] += 1
        ev = st.get("evidence")
        if ev is None:
            if not st.get("cue"): err(aid, f"{tag} has neither evidence nor cue")
            continue
        if ev not in text: err(aid, f"{tag} evidence not in article: {ev[:60]!r}")
        elif ev in lines[0]: err(aid, f"{tag} evidence from headline")
        elif ev not in body: err(aid, f"{tag} evidence not in body (noise?): {ev[:60]!r}")
        elif any(ev in nl for nl in noise_lines): err(aid, f"{tag} evidence found in a noise line")
    print(f"{aid}: {wc} body words, {len(g['incidents'])} incidents, {len(g['statements'])} statements, "
          f"{len(actors)} actors, {len(places)} places, publishedAt={pub}")

if null_pub < 1: err("set", "no article with publishedAt null")
for s, arts in sameas_use.items():
    if sorted(arts) != sorted(GLOB[s]["articles"]): err("set", f"{s} used by {arts} but registry lists {GLOB[s]['articles']}")
    if len(arts) < 2: err("set", f"{s} used by only one article")
if len([s for s in sameas_use if s.startswith("G44")]) < 2: err("set", "fewer than two cross-article incidents")
print(f"TOTAL: {len(IDS)} articles, {tot['inc']} incidents, {tot['st']} statements, {tot['fig']} statements with figures")
for w in WARN: print("WARNING", w)
for e in ERR: print("ERROR", e)
print(f"{len(ERR)} errors, {len(WARN)} warnings")
sys.exit(1 if ERR else 0)
