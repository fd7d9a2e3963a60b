#!/usr/bin/env python3
"""Self-check for the dev-36 blind set. Run from this folder: python3 validate.py
Checks: JSON shape, id references (gold + registry), verbatim evidence (body only, not headline/noise),
ISO dates, global ids restricted to G645-G649 and consistent across articles, append-only registry,
word counts 280-340."""
import json, os, re, sys, datetime

HERE = os.path.dirname(os.path.abspath(__file__))
os.chdir(HERE)
ORIG_REGISTRY = "/work/shared/corpus/entities.json"
STEMS = ["d36-%02d" % i for i in range(1, 9)]
GLOBALS_ALLOWED = {"G645", "G646", "G647", "G648", "G649"}
KINDS = {"AIRSTRIKE", "SHELLING", "OTHER"}
STANCES = {"CLAIM", "DENIAL", "ACCUSATION", "CRITICISM", "CALL", "CONFIRMATION"}
QUALS = {"AT_LEAST", "MORE_THAN", "ABOUT", "EXACT", None}
ISO = re.compile(r"^\d{4}-\d{2}-\d{2}$")
NOISE = re.compile(r"^(By |Share|Facebook$|Twitter$|Email$|WhatsApp$|Related|- |Photo|Image caption|TOP PHOTO|\(Reporting|"
                   r"Published|Marmara Times with|Sever News Agency, English|Relief Dispatch$|Zaytoun Post –|Thomas Garrick in|"
                   r"[a-z]{2}/[a-z]{2}$|\d{1,2} [A-Z][a-z]+ \d{4}$|[A-Z][a-z]+day \d{1,2} [A-Z][a-z]+ \d{4}|Syrian civil war$|Russia$)")
CAPTION_TAIL = re.compile(r"(Orbis Wire/Stringer|press service)$")

errors = []
def err(msg):
    errors.append(msg)

def is_iso(s):
    if not isinstance(s, str) or not ISO.match(s):
        return False
    try:
        datetime.date.fromisoformat(s)
        return True
    except ValueError:
        return False

reg = json.load(open("entities.json", encoding="utf-8"))
orig = json.load(open(ORIG_REGISTRY, encoding="utf-8"))
# registry: append-only
for part in ("actors", "places", "globalIncidents"):
    o = orig[part]; n = reg[part]
    if n[:len(o)] != o:
        err(f"registry: existing {part} entries were changed or reordered")
for k in orig:
    if k not in ("actors", "places", "globalIncidents") and reg.get(k) != orig[k]:
        err(f"registry: top-level key {k} changed")
new_g = [g["id"] for g in reg["globalIncidents"][len(orig["globalIncidents"]):]]
for g in new_g:
    if g not in GLOBALS_ALLOWED:
        err(f"registry: new global {g} outside G645-G649")
if len(new_g) > 5:
    err("registry: more than five new globals")
actor_ids = [a["id"] for a in reg["actors"]]
place_ids = [p["id"] for p in reg["places"]]
for name, ids in (("actor", actor_ids), ("place", place_ids)):
    dup = {i for i in ids if ids.count(i) > 1}
    if dup:
        err(f"registry: duplicate {name} ids {dup}")
A = set(actor_ids); P = set(place_ids)
for a in reg["actors"]:
    for f in ("id", "name", "kind", "partOf", "aliases"):
        if f not in a:
            err(f"registry actor {a.get('id')}: missing {f}")
    if a.get("partOf") is not None and a["partOf"] not in A:
        err(f"registry actor {a['id']}: partOf {a['partOf']} unknown")
for p in reg["places"]:
    for f in ("id", "name", "kind", "province", "country", "lat", "lon", "aliases"):
        if f not in p:
            err(f"registry place {p.get('id')}: missing {f}")
G = {g["id"]: g for g in reg["globalIncidents"]}
for gid in new_g:
    g = G[gid]
    if not is_iso(g["date"]):
        err(f"registry global {gid}: date not ISO")
    for pl in g["places"]:
        if pl not in P:
            err(f"registry global {gid}: place {pl} unknown")

global_uses = {}
totals = dict(articles=0, incidents=0, statements=0)
for stem in STEMS:
    txt_path, gold_path = stem + ".txt", stem + ".gold.json"
    if not os.path.exists(txt_path) or not os.path.exists(gold_path):
        err(f"{stem}: missing file"); continue
    text = open(txt_path, encoding="utf-8").read()
    lines = text.split("\n")
    if len(lines) < 3 or lines[1] != "":
        err(f"{stem}: line 2 must be blank")
    words = len(text.split())
    if not 280 <= words <= 340:
        err(f"{stem}: {words} words (want 280-340)")
    body_lines = [l for l in lines[2:] if l.strip() and not NOISE.match(l) and not CAPTION_TAIL.search(l)]
    body = "\n".join(body_lines)
    try:
        gold = json.load(open(gold_path, encoding="utf-8"))
    except Exception as e:
        err(f"{stem}: bad JSON {e}"); continue
    if set(gold) != {"article", "actors", "places", "incidents", "statements"}:
        err(f"{stem}: top-level keys {sorted(gold)}")
    art = gold.get("article", {})
    if set(art) != {"id", "title", "outlet", "publishedAt", "url"}:
        err(f"{stem}: article keys {sorted(art)}")
    if art.get("id") != stem:
        err(f"{stem}: article.id {art.get('id')}")
    if art.get("title") != lines[0]:
        err(f"{stem}: title differs from line 1")
    if art.get("publishedAt") is not None and not is_iso(art["publishedAt"]):
        err(f"{stem}: publishedAt not ISO")
    if not str(art.get("url", "")).startswith("https://example.org/"):
        err(f"{stem}: url not example.org")
    outlet_ok = any(a["name"] == art.get("outlet") or art.get("outlet") in a["aliases"] for a in reg["actors"])
    if not outlet_ok:
        err(f"{stem}: outlet {art.get('outlet')} not in registry")
    actors, places = gold.get("actors", []), gold.get("places", [])
    for lst, known, nm in ((actors, A, "actor"), (places, P, "place")):
        if not isinstance(lst, list):
            err(f"{stem}: {nm}s not a list"); continue
        if len(lst) != len(set(lst)):
            err(f"{stem}: duplicate {nm}s")
        for i in lst:
            if i not in known:
                err(f"{stem}: {nm} {i} not in registry")
    keys = []
    for inc in gold.get("incidents", []):
        if set(inc) != {"key", "kind", "date", "places", "perpetratorAlleged", "sameAs"}:
            err(f"{stem}: incident keys {sorted(inc)}")
        keys.append(inc.get("key"))
        if inc.get("kind") not in KINDS:
            err(f"{stem} {inc.get('key')}: kind {inc.get('kind')}")
        if inc.get("date") is not None and not is_iso(inc["date"]):
            err(f"{stem} {inc.get('key')}: date not ISO")
        if art.get("publishedAt") and inc.get("date") and inc["date"] > art["publishedAt"]:
            err(f"{stem} {inc.get('key')}: date after publication")
        if not inc.get("places"):
            err(f"{stem} {inc.get('key')}: no places")
        for pl in inc.get("places", []):
            if pl not in P: err(f"{stem} {inc['key']}: place {pl} not in registry")
            if pl not in places: err(f"{stem} {inc['key']}: place {pl} not in article places")
        for a in inc.get("perpetratorAlleged", []):
            if a not in A: err(f"{stem} {inc['key']}: perpetrator {a} not in registry")
            if a not in actors: err(f"{stem} {inc['key']}: perpetrator {a} not in article actors")
        sa = inc.get("sameAs")
        if sa is not None:
            if sa not in GLOBALS_ALLOWED:
                err(f"{stem} {inc['key']}: sameAs {sa} outside G645-G649")
            elif sa not in G:
                err(f"{stem} {inc['key']}: sameAs {sa} not in registry")
            else:
                g = G[sa]
                if inc["date"] != g["date"]: err(f"{stem} {inc['key']}: date {inc['date']} != global {g['date']}")
                if inc["places"] != g["places"]: err(f"{stem} {inc['key']}: places differ from global {sa}")
                if inc["kind"] != g["kind"]: err(f"{stem} {inc['key']}: kind differs from global {sa}")
                if stem not in g["articles"]: err(f"{stem}: not listed in global {sa} articles")
                global_uses.setdefault(sa, []).append(stem)
    if len(keys) != len(set(keys)):
        err(f"{stem}: duplicate incident keys")
    for n, s in enumerate(gold.get("statements", []), 1):
        tag = f"{stem} S{n}"
        if set(s) != {"speaker", "stance", "about", "killed", "injured", "children", "qualifier", "evidence"}:
            err(f"{tag}: keys {sorted(s)}")
        if s.get("speaker") not in A: err(f"{tag}: speaker {s.get('speaker')} not in registry")
        if s.get("speaker") not in actors: err(f"{tag}: speaker {s.get('speaker')} not in article actors")
        if s.get("stance") not in STANCES: err(f"{tag}: stance {s.get('stance')}")
        ab = s.get("about", {})
        if set(ab) != {"incident", "actor"}: err(f"{tag}: about keys {sorted(ab)}")
        if ab.get("incident") is not None and ab["incident"] not in keys:
            err(f"{tag}: incident {ab['incident']} not defined")
        if ab.get("actor") is not None:
            if ab["actor"] not in A: err(f"{tag}: about.actor {ab['actor']} not in registry")
            if ab["actor"] not in actors: err(f"{tag}: about.actor {ab['actor']} not in article actors")
        for f in ("killed", "injured", "children"):
            v = s.get(f)
            if v is not None and (not isinstance(v, int) or isinstance(v, bool) or v < 0):
                err(f"{tag}: {f} not a non-negative int")
        q = s.get("qualifier")
        if q not in QUALS: err(f"{tag}: qualifier {q}")
        has_fig = s.get("killed") is not None or s.get("injured") is not None
        if has_fig and q is None: err(f"{tag}: figures without qualifier")
        if not has_fig and q is not None: err(f"{tag}: qualifier without figures")
        ev = s.get("evidence")
        if not isinstance(ev, str) or not ev:
            err(f"{tag}: empty evidence")
        elif ev not in text:
            err(f"{tag}: evidence not verbatim in article: {ev[:60]}")
        elif ev not in body:
            err(f"{tag}: evidence not in body (headline/noise?): {ev[:60]}")
        elif text.count(ev) > 1:
            pass  # repeated wording is allowed
    totals["articles"] += 1
    totals["incidents"] += len(gold.get("incidents", []))
    totals["statements"] += len(gold.get("statements", []))

for gid in new_g:
    used = sorted(set(global_uses.get(gid, [])))
    if len(used) < 2:
        err(f"global {gid}: used in fewer than two articles ({used})")
    if used != sorted(G[gid]["articles"]):
        err(f"global {gid}: registry articles {G[gid]['articles']} != gold uses {used}")

# nothing outside the expected files in this folder
expected = {s + ext for s in STEMS for ext in (".txt", ".gold.json")} | {"entities.json", "validate.py", "build.py", "README.md"}
for f in os.listdir("."):
    if f not in expected and not f.startswith("__pycache__"):
        err(f"unexpected file in folder: {f}")

print("totals:", totals, "globals:", len(new_g))
for e in errors:
    print("ERROR", e)
print(f"{len(errors)} errors")
sys.exit(1 if errors else 0)
