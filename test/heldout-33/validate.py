#!/usr/bin/env python3
"""Self-check for the heldout-33 synthetic set. Run: python3 validate.py
Errors make the exit code 1; warnings are informational."""
import json, os, re, sys, datetime

HERE = os.path.dirname(os.path.abspath(__file__))
ARTS = [f"h33-{i:02d}" for i in range(1, 9)]
STANCES = {"CLAIM", "DENIAL", "ACCUSATION", "CRITICISM", "CALL", "CONFIRMATION"}
KINDS = {"AIRSTRIKE", "SHELLING", "OTHER"}
QUALS = {None, "AT_LEAST", "MORE_THAN", "ABOUT", "EXACT"}

# Noise lines (guidelines: bylines, byline locations, date-only/published lines, Share,
# Related/Read more and the lists under them, photo captions, credits, sign-offs, contact lines).
NOISE = [
    r"^By [A-Z][a-z]+ [A-Z][a-z]+$",
    r"^\(Reporting by .*\)$",
    r"^[A-Z][a-z]+ [A-Z][a-z]+ in [A-Z][a-z]+$",          # "Harriet Lowe in Antakya"
    r"^Photo: ",
    r"^Related( News)?:?",
    r"^Read more:?",
    r"^- ",                                                   # list under Related News
    r"^Share( \| Download PDF)?$",
    r"^Relief Lens \| ",
    r"^[A-Z][a-z]+ \d{1,2}, \d{4} at .*(EDT|EST)$",
    r"^\d{1,2} [A-Z][a-z]+ \d{4}$",
    r"^Published \d",
    r"^Levant Relief Network \| Issue",
    r"^Shamal Today – Idlib$",
    r"^For more information:",
    r"^[A-Z]\.[A-Z] / [A-Z]\.[A-Z]$",
]
# lines that directly follow a "Read more:" / "Related News" header are list items
def noise_lines(lines):
    out = set()
    prev_header = False
    for n, l in enumerate(lines):
        s = l.strip()
        if n == 0 or not s:
            prev_header = False
            continue
        if any(re.search(p, s) for p in NOISE) or prev_header:
            out.add(n)
            prev_header = s in ("Read more:", "Related News") or (prev_header and s.startswith("- "))
        else:
            prev_header = False
    return out

errors, warnings = [], []
def err(a, m): errors.append(f"{a}: {m}")
def warn(a, m): warnings.append(f"{a}: {m}")

reg = json.load(open(os.path.join(HERE, "entities.json"), encoding="utf-8"))
orig_path = "/work/shared/corpus/entities.json"
A = {a["id"]: a for a in reg["actors"]}
P = {p["id"]: p for p in reg["places"]}
GI = {g["id"]: g for g in reg["globalIncidents"]}
if len(A) != len(reg["actors"]): err("entities", "duplicate actor ids")
if len(P) != len(reg["places"]): err("entities", "duplicate place ids")
for a in reg["actors"]:
    if a.get("partOf") and a["partOf"] not in A: err("entities", f"actor {a['id']} partOf unknown {a['partOf']}")
for p in reg["places"]:
    if p.get("parent") and p["parent"] not in P: err("entities", f"place {p['id']} parent unknown {p['parent']}")
    if not (isinstance(p.get("lat"), (int, float)) and isinstance(p.get("lon"), (int, float))): err("entities", f"place {p['id']} lacks coordinates")
if os.path.exists(orig_path):
    orig = json.load(open(orig_path, encoding="utf-8"))
    for part in ("actors", "places", "globalIncidents"):
        new_ids = {x["id"] for x in reg[part]}
        for x in orig[part]:
            if x["id"] not in new_ids: err("entities", f"original {part} id {x['id']} removed")
        for x in orig[part]:
            y = next(z for z in reg[part] if z["id"] == x["id"])
            for al in x.get("aliases", []):
                if al not in y.get("aliases", []): err("entities", f"alias {al!r} of {x['id']} removed")

seen_global = {}
totals = dict(incidents=0, statements=0, figures=0)
for art in ARTS:
    tpath, gpath = os.path.join(HERE, art + ".txt"), os.path.join(HERE, art + ".gold.json")
    if not os.path.exists(tpath) or not os.path.exists(gpath):
        err(art, "missing file"); continue
    text = open(tpath, encoding="utf-8").read()
    lines = text.split("\n")
    if len(lines) < 3 or lines[1].strip() != "": err(art, "line 2 must be blank")
    nz = noise_lines(lines)
    body_lines = [l for n, l in enumerate(lines) if n > 0 and n not in nz]
    words = sum(len(l.split()) for l in body_lines)
    if not 200 <= words <= 450: err(art, f"body word count {words} outside 200-450")
    g = json.load(open(gpath, encoding="utf-8"))
    if list(g.keys()) != ["article", "actors", "places", "incidents", "statements"]: err(art, f"top-level keys {list(g.keys())}")
    ar = g["article"]
    if set(ar) != {"id", "title", "outlet", "publishedAt", "url"}: err(art, f"article keys {set(ar)}")
    if ar["id"] != art: err(art, "article.id != file stem")
    if ar["title"] != lines[0]: err(art, "title != line 1")
    if not ar["url"].startswith("https://example.org/"): err(art, "url not example.org")
    pub = ar["publishedAt"]
    if pub is not None: datetime.date.fromisoformat(pub)
    for lst in ("actors", "places"):
        if len(set(g[lst])) != len(g[lst]): err(art, f"duplicate in {lst}")
    for a in g["actors"]:
        if a not in A: err(art, f"actor {a} not in registry")
    for p in g["places"]:
        if p not in P: err(art, f"place {p} not in registry")
    keys = set()
    for inc in g["incidents"]:
        totals["incidents"] += 1
        if set(inc) != {"key", "kind", "date", "places", "perpetratorAlleged", "sameAs"}: err(art, f"incident keys {set(inc)}")
        if inc["key"] in keys: err(art, f"duplicate incident key {inc['key']}")
        keys.add(inc["key"])
        if inc["kind"] not in KINDS: err(art, f"bad kind {inc['kind']}")
        if inc["date"] is not None:
            datetime.date.fromisoformat(inc["date"])
            if pub is None: warn(art, f"{inc['key']} has a date although publishedAt is null (must come from an absolute date in the text)")
            elif inc["date"] > pub: err(art, f"{inc['key']} date after publication")
        if not inc["places"]: err(art, f"{inc['key']} has no places")
        for p in inc["places"]:
            if p not in g["places"]: err(art, f"{inc['key']} place {p} not in article places")
        for a in inc["perpetratorAlleged"]:
            if a not in g["actors"]: err(art, f"{inc['key']} perpetrator {a} not in article actors")
        s = inc["sameAs"]
        if s is not None:
            if s not in GI: err(art, f"{inc['key']} sameAs {s} not a global incident"); continue
            gi = GI[s]
            if gi["date"] != inc["date"]: err(art, f"{inc['key']} date {inc['date']} != {s} date {gi['date']}")
            if sorted(gi["places"]) != sorted(inc["places"]): err(art, f"{inc['key']} places {inc['places']} != {s} places {gi['places']}")
            if gi["kind"] != inc["kind"]: err(art, f"{inc['key']} kind != {s} kind")
            if art not in gi.get("articles", []): err(art, f"{s} does not list {art}")
            if (art, s) in seen_global: err(art, f"two incidents with sameAs {s}")
            seen_global[(art, s)] = inc["key"]
    for i, st in enumerate(g["statements"]):
        totals["statements"] += 1
        tag = f"statement {i+1}"
        if set(st) != {"speaker", "stance", "about", "killed", "injured", "children", "qualifier", "evidence"}: err(art, f"{tag} keys {set(st)}")
        if st["speaker"] not in g["actors"]: err(art, f"{tag} speaker {st['speaker']} not in actors")
        if st["stance"] not in STANCES: err(art, f"{tag} bad stance")
        ab = st["about"]
        if set(ab) != {"incident", "actor"}: err(art, f"{tag} about keys")
        if ab["incident"] is not None and ab["incident"] not in keys: err(art, f"{tag} unknown incident {ab['incident']}")
        if ab["actor"] is not None and ab["actor"] not in g["actors"]: err(art, f"{tag} about.actor {ab['actor']} not in actors")
        for f in ("killed", "injured", "children"):
            v = st[f]
            if v is not None and (not isinstance(v, int) or v < 0): err(art, f"{tag} {f} not a non-negative int")
        if any(st[f] is not None for f in ("killed", "injured", "children")): totals["figures"] += 1
        if st["qualifier"] not in QUALS: err(art, f"{tag} bad qualifier")
        has = st["killed"] is not None or st["injured"] is not None
        if has and st["qualifier"] is None: err(art, f"{tag} killed/injured without qualifier")
        if not has and st["qualifier"] is not None: err(art, f"{tag} qualifier without killed/injured")
        if st["children"] is not None and st["killed"] is not None and st["children"] > st["killed"]: err(art, f"{tag} children > killed")
        ev = st["evidence"]
        if not ev: err(art, f"{tag} empty evidence"); continue
        hits = [n for n, l in enumerate(lines) if ev in l]
        if not hits: err(art, f"{tag} evidence not found verbatim: {ev[:60]!r}")
        elif all(n == 0 or n in nz for n in hits): err(art, f"{tag} evidence only in headline/noise: {ev[:60]!r}")
    # informational: registry aliases of listed actors/places that do not occur literally
    low = text.lower()
    for a in g["actors"]:
        if not any(al.lower() in low for al in A[a]["aliases"] + [A[a]["name"]]):
            warn(art, f"actor {a}: no literal alias in text (description/metonymy)")
    for p in g["places"]:
        if not any(al.lower() in low for al in P[p]["aliases"] + [P[p]["name"]]):
            warn(art, f"place {p}: no literal alias in text (province expression etc.)")
    print(f"{art}: body {words} words, {len(g['incidents'])} incidents, {len(g['statements'])} statements, noise lines {sorted(n+1 for n in nz)}")

for gid, gi in GI.items():
    if gid.startswith("G46"):
        for art in gi.get("articles", []):
            if (art, gid) not in seen_global: err("entities", f"{gid} lists {art} but no incident there has sameAs {gid}")
        if len(gi.get("articles", [])) < 2: err("entities", f"{gid} has fewer than two articles")

print(f"TOTAL: {len(ARTS)} articles, {totals['incidents']} incidents, {totals['statements']} statements, {totals['figures']} statements with figures")
for w in warnings: print("WARNING", w)
for e in errors: print("ERROR", e)
print(f"{len(errors)} errors, {len(warnings)} warnings")
sys.exit(1 if errors else 0)
