#!/usr/bin/env python3
"""Self-check for the heldout-44 gold set.  Run from this folder:  python3 validate.py

Checks: JSON shape and enums; every referenced id exists (article lists, registry, incident keys);
every evidence string occurs verbatim in the article body (not headline, not a noise line);
ISO dates; globals only G640-G644 and consistent with the registry; registry is the corpus registry
extended only; article word counts 280-340.
"""
import json, os, re, sys, glob, datetime

HERE = os.path.dirname(os.path.abspath(__file__))
os.chdir(HERE)
ORIG = "/work/shared/corpus/entities.json"
ALLOWED_GLOBALS = {"G640", "G641", "G642", "G643", "G644"}
KINDS = {"AIRSTRIKE", "SHELLING", "OTHER"}
STANCES = {"CLAIM", "DENIAL", "ACCUSATION", "CRITICISM", "CALL", "CONFIRMATION"}
QUALS = {"AT_LEAST", "MORE_THAN", "ABOUT", "EXACT"}

errors = []
def err(msg):
    errors.append(msg)

def is_iso(d):
    if not isinstance(d, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", d):
        return False
    try:
        datetime.date.fromisoformat(d)
        return True
    except ValueError:
        return False

# ------------------------------------------------------------- registry
reg = json.load(open("entities.json", encoding="utf-8"))
orig = json.load(open(ORIG, encoding="utf-8"))
for part in ("actors", "places", "globalIncidents"):
    if part not in reg or not isinstance(reg[part], list):
        err(f"registry: missing list {part}")
if reg.get("description") != orig.get("description"):
    err("registry: description changed")
for part in ("actors", "places", "globalIncidents"):
    new_by_id = {e["id"]: e for e in reg[part]}
    if len(new_by_id) != len(reg[part]):
        err(f"registry: duplicate ids in {part}")
    for e in orig[part]:
        if new_by_id.get(e["id"]) != e:
            err(f"registry: original {part} entry {e['id']} changed or removed")
    # original order preserved as a prefix
    if [e["id"] for e in reg[part][:len(orig[part])]] != [e["id"] for e in orig[part]]:
        err(f"registry: original {part} order changed")
actors = {a["id"]: a for a in reg["actors"]}
places = {p["id"]: p for p in reg["places"]}
globs = {g["id"]: g for g in reg["globalIncidents"]}
for a in reg["actors"][len(orig["actors"]):]:
    for k in ("id", "name", "kind", "partOf", "aliases"):
        if k not in a:
            err(f"registry: new actor {a.get('id')} lacks {k}")
    if a.get("partOf") is not None and a["partOf"] not in actors:
        err(f"registry: actor {a['id']} partOf unknown {a['partOf']}")
for p in reg["places"][len(orig["places"]):]:
    for k in ("id", "name", "kind", "province", "country", "lat", "lon", "aliases"):
        if k not in p:
            err(f"registry: new place {p.get('id')} lacks {k}")
for g in reg["globalIncidents"][len(orig["globalIncidents"]):]:
    if g["id"] not in ALLOWED_GLOBALS:
        err(f"registry: new global {g['id']} outside G640-G644")
    if g.get("kind") not in KINDS:
        err(f"registry: global {g['id']} bad kind")
    if not is_iso(g.get("date")):
        err(f"registry: global {g['id']} date not ISO")
    for p in g.get("places", []):
        if p not in places:
            err(f"registry: global {g['id']} unknown place {p}")

# ------------------------------------------------------------- noise lines
NOISE_PATTERNS = [
    r"^By ", r"^Share", r"^Email$", r"^Facebook$", r"^Twitter$", r"^WhatsApp$", r"^Telegram$",
    r"^Related", r"^Read more", r"^- ", r"^Image caption:", r"^Photo:", r"^Photograph:",
    r"^\(Reporting by", r".*Compass Wire/Stringer$", r"^[A-Z]\.[A-Z] / [A-Z]\.[A-Z]$",
    r"^\d{1,2} [A-Z][a-z]+ \d{4}$", r"^[A-Z][a-z]+ \d{1,2}, \d{4}$", r"^(Mon|Tue|Wed|Thu|Fri|Sat|Sun) \d",
    r"^Hannah Wexford in ", r"^Shamal Voice – ",
]
RELATED_HEADS = ("Related", "Read more", "Related Topics")

def body_lines(txt):
    """Return list of (line, is_noise) for lines after the headline."""
    lines = txt.split("\n")
    out = []
    in_list = False
    for ln in lines[1:]:
        s = ln.strip()
        if not s:
            in_list = False if not in_list else in_list
            out.append((ln, True))
            continue
        noise = any(re.match(p, s) for p in NOISE_PATTERNS)
        if any(s.startswith(h) for h in RELATED_HEADS):
            in_list = True
        if in_list:
            noise = True
        out.append((ln, noise))
    return out

# ------------------------------------------------------------- gold files
golds = sorted(glob.glob("h44-*.gold.json"))
texts = sorted(glob.glob("h44-*.txt"))
if len(golds) != 8 or len(texts) != 8:
    err(f"expected 8 articles and 8 gold files, found {len(texts)} / {len(golds)}")
global_use = {}
totals = {"incidents": 0, "statements": 0}
for gf in golds:
    stem = os.path.basename(gf)[: -len(".gold.json")]
    tf = stem + ".txt"
    if not os.path.exists(tf):
        err(f"{stem}: missing article text")
        continue
    txt = open(tf, encoding="utf-8").read()
    try:
        g = json.load(open(gf, encoding="utf-8"))
    except Exception as e:
        err(f"{stem}: bad JSON {e}")
        continue
    E = lambda m: err(f"{stem}: {m}")
    if list(g.keys()) != ["article", "actors", "places", "incidents", "statements"]:
        E(f"top-level keys {list(g.keys())}")
    art = g.get("article", {})
    if list(art.keys()) != ["id", "title", "outlet", "publishedAt", "url"]:
        E(f"article keys {list(art.keys())}")
    lines = txt.split("\n")
    if art.get("id") != stem:
        E("article.id != file stem")
    if art.get("title") != lines[0]:
        E("article.title != line 1")
    if len(lines) < 3 or lines[1] != "":
        E("line 2 must be blank")
    if art.get("publishedAt") is not None and not is_iso(art["publishedAt"]):
        E("publishedAt not ISO")
    if not str(art.get("url", "")).startswith("https://example.org/"):
        E("url not example.org")
    if not isinstance(art.get("outlet"), str) or not art["outlet"]:
        E("outlet missing")
    nwords = len(txt.split())
    if not 280 <= nwords <= 340:
        E(f"word count {nwords} outside 280-340")

    A = g.get("actors", [])
    P = g.get("places", [])
    if len(set(A)) != len(A):
        E("duplicate actors")
    if len(set(P)) != len(P):
        E("duplicate places")
    for a in A:
        if a not in actors:
            E(f"unknown actor {a}")
    for p in P:
        if p not in places:
            E(f"unknown place {p}")

    keys = set()
    for i in g.get("incidents", []):
        if list(i.keys()) != ["key", "kind", "date", "places", "perpetratorAlleged", "sameAs"]:
            E(f"incident keys {list(i.keys())}")
        if i["key"] in keys:
            E(f"duplicate incident key {i['key']}")
        keys.add(i["key"])
        if i["kind"] not in KINDS:
            E(f"incident {i['key']} bad kind")
        if i["date"] is not None and not is_iso(i["date"]):
            E(f"incident {i['key']} date not ISO")
        if art.get("publishedAt") and i["date"] and i["date"] > art["publishedAt"]:
            E(f"incident {i['key']} dated after publication")
        if not i["places"]:
            E(f"incident {i['key']} has no place")
        for p in i["places"]:
            if p not in places:
                E(f"incident {i['key']} unknown place {p}")
            elif p not in P:
                E(f"incident {i['key']} place {p} not in article places")
        for a in i["perpetratorAlleged"]:
            if a not in actors:
                E(f"incident {i['key']} unknown perpetrator {a}")
            elif a not in A:
                E(f"incident {i['key']} perpetrator {a} not in article actors")
        s = i["sameAs"]
        if s is not None:
            if s not in ALLOWED_GLOBALS:
                E(f"incident {i['key']} sameAs {s} outside G640-G644")
            elif s not in globs:
                E(f"incident {i['key']} sameAs {s} not in registry")
            else:
                gl = globs[s]
                if gl["kind"] != i["kind"]:
                    E(f"incident {i['key']} kind differs from {s}")
                if gl["date"] != i["date"]:
                    E(f"incident {i['key']} date differs from {s}")
                if sorted(gl["places"]) != sorted(i["places"]):
                    E(f"incident {i['key']} places differ from {s}")
                if stem not in gl.get("articles", []):
                    E(f"{s} registry entry does not list {stem}")
            if s in ALLOWED_GLOBALS:
                global_use.setdefault(s, []).append(stem)
    totals["incidents"] += len(g.get("incidents", []))

    bl = body_lines(txt)
    clean_body = "\n".join(l for l, noise in bl if not noise)
    seen = set()
    for n, s in enumerate(g.get("statements", []), 1):
        tag = f"statement {n}"
        if list(s.keys()) != ["speaker", "stance", "about", "killed", "injured", "children", "qualifier", "evidence"]:
            E(f"{tag} keys {list(s.keys())}")
            continue
        if s["speaker"] not in actors:
            E(f"{tag} unknown speaker {s['speaker']}")
        elif s["speaker"] not in A:
            E(f"{tag} speaker {s['speaker']} not in article actors")
        if s["stance"] not in STANCES:
            E(f"{tag} bad stance {s['stance']}")
        ab = s["about"]
        if not isinstance(ab, dict) or list(ab.keys()) != ["incident", "actor"]:
            E(f"{tag} bad about")
        else:
            if ab["incident"] is not None and ab["incident"] not in keys:
                E(f"{tag} about.incident {ab['incident']} not an incident key")
            if ab["actor"] is not None:
                if ab["actor"] not in actors:
                    E(f"{tag} unknown about.actor {ab['actor']}")
                elif ab["actor"] not in A:
                    E(f"{tag} about.actor {ab['actor']} not in article actors")
        for f in ("killed", "injured", "children"):
            v = s[f]
            if v is not None and (not isinstance(v, int) or isinstance(v, bool) or v < 0):
                E(f"{tag} {f} not a non-negative int")
        q = s["qualifier"]
        if q is not None and q not in QUALS:
            E(f"{tag} bad qualifier {q}")
        if (s["killed"] is None and s["injured"] is None) != (q is None):
            E(f"{tag} qualifier must be null iff killed and injured are null")
        if s["children"] is not None and s["killed"] is not None and s["children"] > s["killed"]:
            E(f"{tag} children > killed")
        ev = s["evidence"]
        if not isinstance(ev, str) or not ev.strip():
            E(f"{tag} empty evidence")
            continue
        if ev not in txt:
            E(f"{tag} evidence not verbatim in article: {ev[:60]!r}")
        elif ev in lines[0] and ev not in "\n".join(lines[1:]):
            E(f"{tag} evidence only in headline")
        elif ev not in clean_body:
            E(f"{tag} evidence not in non-noise body text: {ev[:60]!r}")
        key = (s["speaker"], s["stance"], ab.get("incident"), ab.get("actor"), ev)
        if key in seen:
            E(f"{tag} duplicate statement")
        seen.add(key)
    totals["statements"] += len(g.get("statements", []))

for s, arts in global_use.items():
    if len(arts) < 2:
        err(f"global {s} used in only one article: {arts}")
    if s not in globs:
        continue
    if sorted(set(arts)) != sorted(globs[s]["articles"]):
        err(f"global {s} registry articles {globs[s]['articles']} != used in {sorted(set(arts))}")
    if len(arts) != len(set(arts)):
        err(f"global {s} used twice in one article")
for gid in ALLOWED_GLOBALS:
    if gid in globs and gid not in global_use:
        err(f"global {gid} registered but unused")
if len(global_use) > 5:
    err("more than five globals")

for e in errors:
    print("ERROR:", e)
print(f"articles={len(golds)} incidents={totals['incidents']} statements={totals['statements']} "
      f"globals={len(global_use)} ({', '.join(sorted(global_use))})")
print(f"{len(errors)} errors")
sys.exit(1 if errors else 0)
