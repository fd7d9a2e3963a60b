#!/usr/bin/env python3
"""Self-check for the dev-34 blind gold set. Run from this folder: python3 validate.py
Errors: shape, ids, evidence verbatim (body only, not headline/standfirst/noise), ISO dates, globals G620-G624,
registry extended only. Warnings: alias heuristics (informational; the guidelines, not aliases, decide)."""
import json, os, re, sys, datetime

HERE = os.path.dirname(os.path.abspath(__file__))
os.chdir(HERE)
ERR, WARN = [], []
def err(m): ERR.append(m)
def warn(m): WARN.append(m)

STANCES = {"CLAIM", "DENIAL", "ACCUSATION", "CRITICISM", "CALL", "CONFIRMATION"}
KINDS = {"AIRSTRIKE", "SHELLING", "OTHER"}
QUALS = {"AT_LEAST", "MORE_THAN", "ABOUT", "EXACT"}
GLOBALS = {"G620", "G621", "G622", "G623", "G624"}
STEMS = ["d34-%02d" % i for i in range(1, 9)]
STANDFIRST = {"d34-04": 3}  # 1-based line number of a standfirst (actors/places only)

NOISE_START = re.compile(r"^(By |Share|Facebook|Twitter|Email|Copy link|Photo:|Photograph:|Image caption:|Published|Updated:|"
                         r"\(Reporting|Related|Read more|Middle East correspondent|Sophie Lindqvist in|Facebook \|)")
DATE_ONLY = re.compile(r"^(\d{1,2} [A-Z][a-z]+ \d{4}|\d{2}/\d{2}/\d{4}|[A-Z][a-z]{2} \d{1,2} [A-Z][a-z]+ \d{4} [\d.]+ [A-Z]+)$")

def iso(d):
    try:
        return datetime.date.fromisoformat(d).isoformat() == d
    except Exception:
        return False

def regions(stem, text):
    """Return (headline, standfirst, body_lines, noise_lines) with 1-based numbers."""
    lines = text.split("\n")
    body, noise, sf = [], [], None
    in_list = False
    for n, ln in enumerate(lines, 1):
        if n == 1:
            continue
        if STANDFIRST.get(stem) == n:
            sf = ln
            continue
        s = ln.strip()
        if not s:
            in_list = False
            continue
        if in_list or NOISE_START.match(s) or DATE_ONLY.match(s):
            noise.append((n, ln))
            if re.match(r"^(Related|Read more|Share)", s):
                in_list = True
            continue
        body.append((n, ln))
    return lines[0], sf, body, noise

# ------------------------------------------------------------------ registry
try:
    reg = json.load(open("entities.json", encoding="utf-8"))
    orig = json.load(open("/work/shared/corpus/entities.json", encoding="utf-8"))
except Exception as e:
    print("cannot load registry:", e); sys.exit(1)
for part in ("actors", "places", "globalIncidents"):
    a, o = reg.get(part, []), orig.get(part, [])
    if a[:len(o)] != o:
        err(f"entities.json: existing {part} entries changed or reordered")
    ids = [x["id"] for x in a]
    if len(ids) != len(set(ids)):
        err(f"entities.json: duplicate ids in {part}")
    for x in a[len(o):]:
        if part == "globalIncidents" and x["id"] not in GLOBALS:
            err(f"entities.json: new global {x['id']} outside G620-G624")
for k in orig:
    if k not in ("actors", "places", "globalIncidents") and reg.get(k) != orig[k]:
        err(f"entities.json: top-level field {k} changed")
ACT = {a["id"]: a for a in reg["actors"]}
PLA = {p["id"]: p for p in reg["places"]}
GLO = {g["id"]: g for g in reg["globalIncidents"]}

# ------------------------------------------------------------------ articles
uses = {}
tot_inc = tot_st = 0
for stem in STEMS:
    tp, gp = stem + ".txt", stem + ".gold.json"
    if not os.path.exists(tp) or not os.path.exists(gp):
        err(f"{stem}: missing file"); continue
    text = open(tp, encoding="utf-8").read()
    lines = text.split("\n")
    if len(lines) < 3 or lines[1] != "":
        err(f"{stem}: line 2 must be blank")
    wc = len(text.split())
    if not 280 <= wc <= 340:
        err(f"{stem}: {wc} words, outside 280-340")
    try:
        g = json.load(open(gp, encoding="utf-8"))
    except Exception as e:
        err(f"{gp}: invalid JSON: {e}"); continue
    if set(g) != {"article", "actors", "places", "incidents", "statements"}:
        err(f"{gp}: top-level keys {sorted(g)}")
        continue
    a = g["article"]
    if set(a) != {"id", "title", "outlet", "publishedAt", "url"}:
        err(f"{gp}: article keys {sorted(a)}")
    if a.get("id") != stem: err(f"{gp}: article.id {a.get('id')}")
    if a.get("title") != lines[0]: err(f"{gp}: title is not line 1 verbatim")
    if not isinstance(a.get("outlet"), str) or not a["outlet"]: err(f"{gp}: outlet")
    if a.get("publishedAt") is not None and not iso(a["publishedAt"]): err(f"{gp}: publishedAt not ISO")
    if not str(a.get("url", "")).startswith("https://example.org/"): err(f"{gp}: url")
    outlets = [x for x in ACT.values() if x["kind"] == "news-agency" and a.get("outlet") in (x["name"], *x["aliases"])]
    if not outlets: err(f"{gp}: outlet {a.get('outlet')} not in registry")

    head, sf, body, noise = regions(stem, text)
    body_text = "\n".join(ln for _, ln in body)
    scan_text = "\n".join([head, sf or "", body_text])

    for field, table in (("actors", ACT), ("places", PLA)):
        lst = g[field]
        if not isinstance(lst, list): err(f"{gp}: {field} not a list"); continue
        if len(lst) != len(set(lst)): err(f"{gp}: duplicate {field}")
        for i in lst:
            if i not in table: err(f"{gp}: {field[:-1]} '{i}' not in registry")
            else:
                al = [table[i]["name"]] + table[i].get("aliases", [])
                if not any(x in scan_text for x in al):
                    warn(f"{stem}: {field[:-1]} '{i}' listed but no literal alias in scanned text (check description)")
    # reverse alias check (non-contextual aliases, word-bounded)
    for table, field in ((ACT, "actors"), (PLA, "places")):
        for i, e in table.items():
            if i in g[field]: continue
            ctx = set(e.get("contextualAliases", []))
            for al in e.get("aliases", []):
                if al in ctx or len(al) < 3: continue
                if re.search(r"(?<![\w-])" + re.escape(al) + r"(?![\w-])", scan_text):
                    warn(f"{stem}: alias '{al}' of {field[:-1]} '{i}' occurs but id not listed (check rules)")
                    break

    keys = []
    for inc in g["incidents"]:
        if set(inc) != {"key", "kind", "date", "places", "perpetratorAlleged", "sameAs"}:
            err(f"{gp}: incident keys {sorted(inc)}"); continue
        if inc["key"] in keys: err(f"{gp}: duplicate incident key {inc['key']}")
        keys.append(inc["key"])
        if inc["kind"] not in KINDS: err(f"{gp}: incident {inc['key']} kind {inc['kind']}")
        if inc["date"] is not None and not iso(inc["date"]): err(f"{gp}: incident {inc['key']} date not ISO")
        if a.get("publishedAt") and inc["date"] and inc["date"] > a["publishedAt"]:
            err(f"{gp}: incident {inc['key']} dated after publication")
        if not inc["places"]: err(f"{gp}: incident {inc['key']} has no place")
        for p in inc["places"]:
            if p not in PLA: err(f"{gp}: incident {inc['key']} place {p} not in registry")
            if p not in g["places"]: err(f"{gp}: incident {inc['key']} place {p} not in article places")
        for p in inc["perpetratorAlleged"]:
            if p not in ACT: err(f"{gp}: incident {inc['key']} perpetrator {p} not in registry")
            if p not in g["actors"]: err(f"{gp}: incident {inc['key']} perpetrator {p} not in article actors")
        if inc["sameAs"] is not None:
            if inc["sameAs"] not in GLOBALS: err(f"{gp}: sameAs {inc['sameAs']} outside G620-G624")
            elif inc["sameAs"] not in GLO: err(f"{gp}: sameAs {inc['sameAs']} not in registry globalIncidents")
            else:
                uses.setdefault(inc["sameAs"], []).append((stem, inc))
    tot_inc += len(g["incidents"])

    for n, s in enumerate(g["statements"], 1):
        tag = f"{gp}: statement {n}"
        if set(s) != {"speaker", "stance", "about", "killed", "injured", "children", "qualifier", "evidence"}:
            err(f"{tag}: keys {sorted(s)}"); continue
        if s["speaker"] not in ACT: err(f"{tag}: speaker {s['speaker']} not in registry")
        if s["speaker"] not in g["actors"]: err(f"{tag}: speaker {s['speaker']} not in article actors")
        if s["stance"] not in STANCES: err(f"{tag}: stance {s['stance']}")
        ab = s["about"]
        if not isinstance(ab, dict) or set(ab) != {"incident", "actor"}: err(f"{tag}: about shape"); continue
        if ab["incident"] is not None and ab["incident"] not in keys: err(f"{tag}: about.incident {ab['incident']} unknown")
        if ab["actor"] is not None:
            if ab["actor"] not in ACT: err(f"{tag}: about.actor {ab['actor']} not in registry")
            if ab["actor"] not in g["actors"]: err(f"{tag}: about.actor {ab['actor']} not in article actors")
        for f in ("killed", "injured", "children"):
            v = s[f]
            if v is not None and (not isinstance(v, int) or isinstance(v, bool) or v < 0): err(f"{tag}: {f}={v!r}")
        q = s["qualifier"]
        if q is not None and q not in QUALS: err(f"{tag}: qualifier {q}")
        if (s["killed"] is None and s["injured"] is None) != (q is None):
            err(f"{tag}: qualifier must be set iff killed or injured is set")
        if s["children"] is not None and s["killed"] is not None and s["children"] > s["killed"]:
            err(f"{tag}: children > killed")
        ev = s["evidence"]
        if not isinstance(ev, str) or not ev.strip(): err(f"{tag}: empty evidence"); continue
        if ev not in text: err(f"{tag}: evidence not verbatim in article: {ev[:70]!r}")
        elif ev not in body_text: err(f"{tag}: evidence only in headline/standfirst/noise: {ev[:70]!r}")
    tot_st += len(g["statements"])

# cross-article globals
for gid, lst in sorted(uses.items()):
    arts = [s for s, _ in lst]
    if len(set(arts)) < 2: err(f"{gid}: used in only {arts}")
    if len(arts) != len(set(arts)): err(f"{gid}: used twice in one article")
    for s, inc in lst:
        ge = GLO[gid]
        if inc["kind"] != ge["kind"] or inc["date"] != ge["date"] or inc["places"] != ge["places"]:
            err(f"{gid}: {s} incident {inc['key']} disagrees with registry (kind/date/places)")
    if sorted(arts) != sorted(GLO[gid]["articles"]):
        err(f"{gid}: registry articles {GLO[gid]['articles']} vs gold {arts}")
for gid in GLOBALS & set(GLO):
    if gid not in uses: warn(f"{gid}: defined but unused")

for w in WARN: print("WARN ", w)
for e in ERR: print("ERROR", e)
print(f"{len(STEMS)} articles, {tot_inc} incidents, {tot_st} statements, {len(uses)} globals used; "
      f"{len(ERR)} errors, {len(WARN)} warnings")
sys.exit(1 if ERR else 0)
