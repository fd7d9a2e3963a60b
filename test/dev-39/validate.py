#!/usr/bin/env python3
"""Self-check for the dev-39 blind gold set. Run from this folder: python3 validate.py"""
import json, re, sys, glob, os, datetime

ERR, WARN = [], []
def err(m): ERR.append(m)
def warn(m): WARN.append(m)

ALLOWED_GLOBALS = {f"G{n}" for n in range(665, 670)}
STANCES = {"CLAIM", "DENIAL", "ACCUSATION", "CRITICISM", "CALL", "CONFIRMATION"}
KINDS = {"AIRSTRIKE", "SHELLING", "OTHER"}
QUALS = {"AT_LEAST", "MORE_THAN", "ABOUT", "EXACT"}

# ---------------------------------------------------------------- registry
reg = json.load(open("entities.json", encoding="utf-8"))
orig_path = "/work/shared/corpus/entities.json"
if os.path.exists(orig_path):
    orig = json.load(open(orig_path, encoding="utf-8"))
    for k in ("actors", "places", "globalIncidents"):
        if reg[k][:len(orig[k])] != orig[k]:
            err(f"registry: original {k} entries changed or reordered")
    if reg.get("description") != orig.get("description"):
        err("registry: description changed")
ACT = {a["id"]: a for a in reg["actors"]}
PLA = {p["id"]: p for p in reg["places"]}
GLO = {g["id"]: g for g in reg["globalIncidents"]}
if len(ACT) != len(reg["actors"]) or len(PLA) != len(reg["places"]):
    err("registry: duplicate ids")
for a in reg["actors"]:
    if a.get("partOf") is not None and a["partOf"] not in ACT:
        err(f"registry: {a['id']} partOf unknown {a['partOf']}")
new_globals = [g for g in GLO if g not in {"G01", "G02", "G03", "G04", "G05"}]
for g in new_globals:
    if g not in ALLOWED_GLOBALS:
        err(f"registry: global {g} outside G665-G669")

def iso(d):
    if not isinstance(d, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", d):
        return False
    try:
        datetime.date.fromisoformat(d); return True
    except ValueError:
        return False

# ---------------------------------------------------------------- noise detection
NOISE_START = ("By ", "Share", "Related", "Read more", "READ MORE", "Photo:", "Photograph:", "Image caption:",
               "Published:", "Published time:", "Advertisement", "SOURCE:", "(", "___", "Email", "Facebook", "Twitter")
LIST_HEADS = ("Related", "Read more", "READ MORE")
EXTRA_NOISE = {  # bylines / byline locations / sign-offs that have no generic marker
    "d39-02": ["Crosswind News, Beirut"],
    "d39-03": ["Ghossoun / Mazen"],
    "d39-04": ["Syria Dawn – Idlib"],
    "d39-05": ["Sophie Lang in Gaziantep"],
    "d39-06": ["Staff Reporter with agencies"],
    "d39-08": ["Lucy Farrant, Gaziantep"],
}
DATE_LINE = re.compile(r"^(\w{3} )?\d{1,2} \w+,? \d{4}( [\d.:]+ \w+)?$|^\w+ \d{1,2}, \d{4}$")

def regions(stem, text):
    lines = text.split("\n")
    body, noise = [], []
    in_list = False
    for i, ln in enumerate(lines):
        s = ln.strip()
        if i == 0:
            continue
        if not s:
            in_list = False
            continue
        is_noise = (in_list or s.startswith(NOISE_START) or s in EXTRA_NOISE.get(stem, [])
                    or DATE_LINE.match(s) or s.endswith("/Stringer") or s.endswith("Polaris/Stringer")
                    or re.search(r"(Stringer|Staff|Supplied)\)?$", s) and ("Photo" in s or "Stringer" in s or s.endswith("Supplied")))
        if s.startswith(LIST_HEADS) or s == "Related Topics":
            in_list = True
        (noise if is_noise else body).append(ln)
    return lines[0], "\n".join(body), noise

# ---------------------------------------------------------------- articles
stems = sorted(os.path.basename(p)[:-4] for p in glob.glob("d39-*.txt"))
if stems != [f"d39-{n:02d}" for n in range(1, 9)]:
    err(f"expected d39-01..08, found {stems}")
glob_use = {}
tot_inc = tot_st = 0
for stem in stems:
    text = open(f"{stem}.txt", encoding="utf-8").read()
    lines = text.split("\n")
    if len(lines) < 3 or lines[1] != "":
        err(f"{stem}: headline, blank line, body layout broken")
    wc = len(text.split())
    if not 280 <= wc <= 340:
        err(f"{stem}: {wc} words, outside 280-340")
    head, body, noise = regions(stem, text)
    gpath = f"{stem}.gold.json"
    if not os.path.exists(gpath):
        err(f"{stem}: gold missing"); continue
    try:
        g = json.load(open(gpath, encoding="utf-8"))
    except json.JSONDecodeError as e:
        err(f"{stem}: bad JSON {e}"); continue
    if list(g.keys()) != ["article", "actors", "places", "incidents", "statements"]:
        err(f"{stem}: top-level keys {list(g.keys())}")
        continue
    a = g["article"]
    if set(a.keys()) != {"id", "title", "outlet", "publishedAt", "url"}:
        err(f"{stem}: article keys {sorted(a.keys())}")
    if a.get("id") != stem: err(f"{stem}: article.id {a.get('id')}")
    if a.get("title") != lines[0]: err(f"{stem}: title differs from line 1")
    if not isinstance(a.get("outlet"), str) or not a["outlet"]: err(f"{stem}: outlet missing")
    if a.get("publishedAt") is not None and not iso(a["publishedAt"]): err(f"{stem}: publishedAt not ISO")
    if not str(a.get("url", "")).startswith("https://example.org/"): err(f"{stem}: url not example.org")
    for fld, table in (("actors", ACT), ("places", PLA)):
        lst = g[fld]
        if not isinstance(lst, list) or not all(isinstance(x, str) for x in lst):
            err(f"{stem}: {fld} not a list of strings"); continue
        if len(set(lst)) != len(lst): err(f"{stem}: duplicate {fld}")
        for x in lst:
            if x not in table: err(f"{stem}: {fld[:-1]} '{x}' not in registry")
    actors = set(g["actors"])
    # heuristic: is each listed actor/place visible through an alias or name in headline+body?
    vis = (head + "\n" + body).lower()
    for x in g["actors"]:
        e = ACT.get(x)
        if e and not any(al.lower() in vis for al in e["aliases"] + [e["name"]]):
            warn(f"{stem}: actor {x} listed via description (no literal alias in text)")
    for x in g["places"]:
        e = PLA.get(x)
        if e and not any(al.lower() in vis for al in e["aliases"] + [e["name"]]):
            warn(f"{stem}: place {x} listed via expression (no literal alias in text)")
    keys = set()
    for inc in g["incidents"]:
        tot_inc += 1
        if set(inc.keys()) != {"key", "kind", "date", "places", "perpetratorAlleged", "sameAs"}:
            err(f"{stem}: incident keys {sorted(inc.keys())}"); continue
        k = inc["key"]
        if k in keys: err(f"{stem}: duplicate incident key {k}")
        keys.add(k)
        if inc["kind"] not in KINDS: err(f"{stem}/{k}: kind {inc['kind']}")
        if inc["date"] is not None and not iso(inc["date"]): err(f"{stem}/{k}: date not ISO")
        if a.get("publishedAt") and inc["date"] and inc["date"] > a["publishedAt"]:
            err(f"{stem}/{k}: incident after publication")
        if not inc["places"]: err(f"{stem}/{k}: no places")
        for p in inc["places"]:
            if p not in PLA: err(f"{stem}/{k}: place {p} not in registry")
            if p not in g["places"]: err(f"{stem}/{k}: place {p} not in article places")
        for p in inc["perpetratorAlleged"]:
            if p not in ACT: err(f"{stem}/{k}: perpetrator {p} not in registry")
            if p not in actors: err(f"{stem}/{k}: perpetrator {p} not in article actors")
        s = inc["sameAs"]
        if s is not None:
            if s not in ALLOWED_GLOBALS: err(f"{stem}/{k}: sameAs {s} outside G665-G669")
            elif s not in GLO: err(f"{stem}/{k}: sameAs {s} not in registry")
            else:
                G = GLO[s]
                if stem not in G["articles"]: err(f"{stem}/{k}: registry {s} does not list the article")
                if inc["date"] != G["date"]: err(f"{stem}/{k}: date {inc['date']} != {s} {G['date']}")
                if inc["places"] != G["places"]: err(f"{stem}/{k}: places != {s}")
                if inc["kind"] != G["kind"]: err(f"{stem}/{k}: kind != {s}")
            glob_use.setdefault(s, []).append(stem)
    for i, st in enumerate(g["statements"], 1):
        tot_st += 1
        tag = f"{stem}/S{i}"
        if set(st.keys()) != {"speaker", "stance", "about", "killed", "injured", "children", "qualifier", "evidence"}:
            err(f"{tag}: keys {sorted(st.keys())}"); continue
        if st["speaker"] not in ACT: err(f"{tag}: speaker {st['speaker']} not in registry")
        if st["speaker"] not in actors: err(f"{tag}: speaker {st['speaker']} not in article actors")
        if st["stance"] not in STANCES: err(f"{tag}: stance {st['stance']}")
        ab = st["about"]
        if not isinstance(ab, dict) or set(ab.keys()) != {"incident", "actor"}:
            err(f"{tag}: about shape"); continue
        if ab["incident"] is not None and ab["incident"] not in keys: err(f"{tag}: incident {ab['incident']} unknown")
        if ab["actor"] is not None:
            if ab["actor"] not in ACT: err(f"{tag}: about.actor {ab['actor']} not in registry")
            if ab["actor"] not in actors: err(f"{tag}: about.actor {ab['actor']} not in article actors")
        if st["stance"] == "ACCUSATION" and ab["actor"] is None: warn(f"{tag}: ACCUSATION without accused")
        for f in ("killed", "injured", "children"):
            v = st[f]
            if v is not None and (not isinstance(v, int) or isinstance(v, bool) or v < 0):
                err(f"{tag}: {f}={v!r}")
        if st["killed"] is not None and st["children"] is not None and st["children"] > st["killed"]:
            err(f"{tag}: children > killed")
        q = st["qualifier"]
        if st["killed"] is None and st["injured"] is None:
            if q is not None: err(f"{tag}: qualifier without figure")
        elif q not in QUALS: err(f"{tag}: qualifier {q!r}")
        ev = st["evidence"]
        if not isinstance(ev, str) or not ev.strip():
            err(f"{tag}: empty evidence"); continue
        if ev not in text: err(f"{tag}: evidence not verbatim in article: {ev[:60]!r}")
        elif ev not in body: err(f"{tag}: evidence only in headline/noise: {ev[:60]!r}")
    seen = {}
    for i, st in enumerate(g["statements"], 1):
        sig = (st["speaker"], st["stance"], st["about"]["incident"], st["about"]["actor"], st["evidence"])
        if sig in seen: err(f"{stem}: statements S{seen[sig]} and S{i} identical")
        seen[sig] = i
    print(f"{stem}: {wc} words, {len(g['incidents'])} incidents, {len(g['statements'])} statements, "
          f"{len(noise)} noise lines")

for s, arts in sorted(glob_use.items()):
    if len(set(arts)) < 2: err(f"global {s} used by only {arts}")
    if sorted(set(arts)) != sorted(GLO[s]["articles"]): err(f"global {s}: registry articles {GLO[s]['articles']} vs gold {sorted(set(arts))}")
    if len(arts) != len(set(arts)): err(f"global {s} used twice in one article")
for s in new_globals:
    if s not in glob_use: err(f"registry global {s} unused")

print(f"\nTotals: {len(stems)} articles, {tot_inc} incidents, {tot_st} statements, {len(glob_use)} globals")
for w in WARN: print("WARN", w)
for e in ERR: print("ERROR", e)
print(f"{len(ERR)} errors, {len(WARN)} warnings")
if "-v" in sys.argv:
    for stem in stems:
        h, b, n = regions(stem, open(f"{stem}.txt", encoding="utf-8").read())
        print(f"--- {stem} noise:"); [print("   ", x) for x in n]
sys.exit(1 if ERR else 0)
