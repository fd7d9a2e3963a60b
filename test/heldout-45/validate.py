#!/usr/bin/env python3
"""Self-check for the heldout-45 blind gold set. Run from this folder: python3 validate.py

Checks JSON shape, id references (gold and registry), verbatim evidence in the article body
(outside the headline and outside recognisable noise lines), ISO dates, the allowed global ids
(G655-G659), word counts, and that entities.json only extends the shared registry.
"""
import json, os, re, sys, datetime

ARTICLES = [f"h45-{i:02d}" for i in range(1, 9)]
SHARED_REGISTRY = "/work/shared/corpus/entities.json"
ALLOWED_GLOBALS = {f"G{n}" for n in range(655, 660)}
KINDS = {"AIRSTRIKE", "SHELLING", "OTHER"}
STANCES = {"CLAIM", "DENIAL", "ACCUSATION", "CRITICISM", "CALL", "CONFIRMATION"}
QUALIFIERS = {"AT_LEAST", "MORE_THAN", "ABOUT", "EXACT"}
NOISE_PREFIXES = ("By ", "Share", "Related", "Read more", "Also in", "Also on", "READ MORE", "Photo",
                  "Image", "Photograph", "(Reporting", "Tags:", "Topics", "Published", "SOURCE:",
                  "Facebook", "Twitter", "WhatsApp", "Email", "- ", "Advertisement")

# Lines of these articles that are not body text although no generic rule catches them:
# byline locations / section tags (noise) and the h45-03 standfirst (actors/places only).
NON_BODY = {
    "h45-02": {"Westmark News | Middle East"},
    "h45-03": {"Residents of Kafr Nabl count their dead after government shelling resumes",
               "Helen Marsh in Antakya"},
    "h45-06": {"Orontes Post – Idlib"},
}
LIST_HEADERS = ("Related", "Read more", "Topics", "Also in", "Also on", "READ MORE")

errors = []
def err(msg):
    errors.append(msg)

def iso(d):
    if not isinstance(d, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", d):
        return False
    try:
        datetime.date.fromisoformat(d)
        return True
    except ValueError:
        return False

def load(path):
    with open(path, encoding="utf-8") as fh:
        return json.load(fh)

# ------------------------------------------------------------------ registry
reg = load("entities.json")
shared = load(SHARED_REGISTRY)
for part in ("actors", "places", "globalIncidents"):
    if part not in reg or not isinstance(reg[part], list):
        err(f"entities.json: missing list '{part}'")
        continue
    orig = shared[part]
    if reg[part][:len(orig)] != orig:
        err(f"entities.json: existing {part} entries were changed, removed or reordered")
    ids = [e.get("id") for e in reg[part]]
    if len(ids) != len(set(ids)):
        err(f"entities.json: duplicate ids in {part}")
for k in shared:
    if k not in reg:
        err(f"entities.json: top-level key '{k}' removed")
    elif k not in ("actors", "places", "globalIncidents") and reg[k] != shared[k]:
        err(f"entities.json: top-level key '{k}' changed")
ACTORS = {a["id"]: a for a in reg.get("actors", [])}
PLACES = {p["id"]: p for p in reg.get("places", [])}
GLOBALS = {g["id"]: g for g in reg.get("globalIncidents", [])}
for a in reg.get("actors", [])[len(shared["actors"]):]:
    for f in ("id", "name", "kind", "partOf", "aliases"):
        if f not in a:
            err(f"entities.json: new actor {a.get('id')} lacks '{f}'")
    if a.get("partOf") is not None and a["partOf"] not in ACTORS:
        err(f"entities.json: actor {a['id']} partOf unknown {a['partOf']}")
for p in reg.get("places", [])[len(shared["places"]):]:
    for f in ("id", "name", "kind", "province", "country", "lat", "lon", "aliases"):
        if f not in p:
            err(f"entities.json: new place {p.get('id')} lacks '{f}'")
for g in reg.get("globalIncidents", [])[len(shared["globalIncidents"]):]:
    if g["id"] not in ALLOWED_GLOBALS:
        err(f"entities.json: new global {g['id']} outside G655-G659")
    if g.get("kind") not in KINDS or not iso(g.get("date")):
        err(f"entities.json: global {g['id']} bad kind/date")
    for pl in g.get("places", []):
        if pl not in PLACES:
            err(f"entities.json: global {g['id']} unknown place {pl}")

# ------------------------------------------------------------------ articles
def noise_line(line):
    s = line.strip()
    if not s:
        return False
    if s.startswith(NOISE_PREFIXES):
        return True
    if re.fullmatch(r"[\d./]+", s):                      # 29.07.2019, 25/07/2019
        return True
    if re.fullmatch(r"(Mon|Tue|Wed|Thu|Fri|Sat|Sun)\w* \d{1,2} \w+ \d{4}.*", s):
        return True
    if re.fullmatch(r"(January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}, \d{4}", s):
        return True
    return False

global_use = {}
totals = {"incidents": 0, "statements": 0}
for art in ARTICLES:
    txt_path, gold_path = f"{art}.txt", f"{art}.gold.json"
    if not os.path.exists(txt_path) or not os.path.exists(gold_path):
        err(f"{art}: missing .txt or .gold.json")
        continue
    text = open(txt_path, encoding="utf-8").read()
    lines = text.split("\n")
    headline = lines[0]
    if len(lines) < 3 or lines[1] != "":
        err(f"{art}: line 2 must be blank")
    body_lines = lines[2:]
    kept, in_list = [], False
    for l in body_lines:
        s = l.strip()
        if not s:
            in_list = False
            kept.append(l)
            continue
        if in_list or noise_line(l) or s in NON_BODY.get(art, ()):
            if s.startswith(LIST_HEADERS):
                in_list = True
            continue
        kept.append(l)
    clean_body = "\n".join(kept)
    words = len(text.split())
    if not 280 <= words <= 340:
        err(f"{art}: {words} words, outside 280-340")
    try:
        g = load(gold_path)
    except Exception as e:
        err(f"{art}: invalid JSON: {e}")
        continue
    if set(g) != {"article", "actors", "places", "incidents", "statements"}:
        err(f"{art}: top-level keys {sorted(g)}")
        continue
    a = g["article"]
    if set(a) != {"id", "title", "outlet", "publishedAt", "url"}:
        err(f"{art}: article keys {sorted(a)}")
    if a.get("id") != art:
        err(f"{art}: article.id {a.get('id')}")
    if a.get("title") != headline:
        err(f"{art}: title differs from line 1")
    if not isinstance(a.get("outlet"), str) or not a["outlet"]:
        err(f"{art}: outlet missing")
    if a.get("publishedAt") is not None and not iso(a["publishedAt"]):
        err(f"{art}: publishedAt not ISO: {a.get('publishedAt')}")
    if not str(a.get("url", "")).startswith("https://example.org/"):
        err(f"{art}: url must be https://example.org/...")
    for fld, reg_ids in (("actors", ACTORS), ("places", PLACES)):
        lst = g[fld]
        if not isinstance(lst, list) or len(lst) != len(set(lst)):
            err(f"{art}: {fld} not a list of unique ids")
        for x in lst:
            if x not in reg_ids:
                err(f"{art}: {fld} id '{x}' not in registry")
    actors, places = set(g["actors"]), set(g["places"])
    keys = []
    for inc in g["incidents"]:
        if set(inc) != {"key", "kind", "date", "places", "perpetratorAlleged", "sameAs"}:
            err(f"{art}: incident keys {sorted(inc)}")
            continue
        keys.append(inc["key"])
        if inc["kind"] not in KINDS:
            err(f"{art}/{inc['key']}: bad kind {inc['kind']}")
        if inc["date"] is not None and not iso(inc["date"]):
            err(f"{art}/{inc['key']}: date not ISO {inc['date']}")
        if not inc["places"]:
            err(f"{art}/{inc['key']}: no places")
        for p in inc["places"]:
            if p not in PLACES:
                err(f"{art}/{inc['key']}: place {p} not in registry")
            if p not in places:
                err(f"{art}/{inc['key']}: place {p} not in article places")
        for p in inc["perpetratorAlleged"]:
            if p not in ACTORS:
                err(f"{art}/{inc['key']}: perpetrator {p} not in registry")
            if p not in actors:
                err(f"{art}/{inc['key']}: perpetrator {p} not in article actors")
        sa = inc["sameAs"]
        if sa is not None:
            if sa not in ALLOWED_GLOBALS:
                err(f"{art}/{inc['key']}: sameAs {sa} outside G655-G659")
            elif sa not in GLOBALS:
                err(f"{art}/{inc['key']}: sameAs {sa} not in registry globalIncidents")
            else:
                gl = GLOBALS[sa]
                if gl["date"] != inc["date"] or set(gl["places"]) != set(inc["places"]) or gl["kind"] != inc["kind"]:
                    err(f"{art}/{inc['key']}: incident does not match registry {sa}")
                if art not in gl.get("articles", []):
                    err(f"{art}/{inc['key']}: {sa} registry entry does not list {art}")
            global_use.setdefault(sa, []).append(art)
    if len(keys) != len(set(keys)):
        err(f"{art}: duplicate incident keys")
    totals["incidents"] += len(keys)
    for n, st in enumerate(g["statements"], 1):
        tag = f"{art}/S{n}"
        if set(st) != {"speaker", "stance", "about", "killed", "injured", "children", "qualifier", "evidence"}:
            err(f"{tag}: keys {sorted(st)}")
            continue
        if st["speaker"] not in ACTORS:
            err(f"{tag}: speaker {st['speaker']} not in registry")
        if st["speaker"] not in actors:
            err(f"{tag}: speaker {st['speaker']} not in article actors")
        if st["stance"] not in STANCES:
            err(f"{tag}: bad stance {st['stance']}")
        ab = st["about"]
        if not isinstance(ab, dict) or set(ab) != {"incident", "actor"}:
            err(f"{tag}: bad about")
        else:
            if ab["incident"] is not None and ab["incident"] not in keys:
                err(f"{tag}: about.incident {ab['incident']} not a local key")
            if ab["actor"] is not None and ab["actor"] not in actors:
                err(f"{tag}: about.actor {ab['actor']} not in article actors")
        for f in ("killed", "injured", "children"):
            v = st[f]
            if v is not None and (not isinstance(v, int) or isinstance(v, bool) or v < 0):
                err(f"{tag}: {f} must be a non-negative int or null")
        q = st["qualifier"]
        if q is not None and q not in QUALIFIERS:
            err(f"{tag}: bad qualifier {q}")
        if (st["killed"] is None and st["injured"] is None) != (q is None):
            err(f"{tag}: qualifier must be set iff killed or injured is given")
        if st["killed"] is not None and st["children"] is not None and st["children"] > st["killed"]:
            err(f"{tag}: children > killed")
        ev = st["evidence"]
        if not isinstance(ev, str) or not ev.strip():
            err(f"{tag}: empty evidence")
        elif ev not in text:
            err(f"{tag}: evidence not verbatim in article: {ev[:70]!r}")
        elif ev not in clean_body:
            err(f"{tag}: evidence only in headline or a noise line: {ev[:70]!r}")
    totals["statements"] += len(g["statements"])

for sa, arts in sorted(global_use.items()):
    if len(set(arts)) < 2:
        err(f"global {sa} used in only one article: {arts}")
    if len(arts) != len(set(arts)):
        err(f"global {sa} used twice in one article: {arts}")
if len(global_use) > 5:
    err("more than five globals used")

print(f"articles: {len(ARTICLES)}  incidents: {totals['incidents']}  statements: {totals['statements']}  "
      f"globals: {len(global_use)} ({', '.join(sorted(global_use))})")
for e in errors:
    print("ERROR:", e)
print(f"{len(errors)} errors")
sys.exit(1 if errors else 0)
