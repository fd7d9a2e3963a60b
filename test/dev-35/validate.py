#!/usr/bin/env python3
"""Self-check for the dev-35 blind gold set. Run from this folder: python3 validate.py
Errors make the set invalid; warnings are informational."""
import json, os, re, sys, datetime, glob

HERE = os.path.dirname(os.path.abspath(__file__))
ORIG_REGISTRY = "/work/shared/corpus/entities.json"
GLOBAL_RANGE = {"G625", "G626", "G627", "G628", "G629"}
STANCES = {"CLAIM", "DENIAL", "ACCUSATION", "CRITICISM", "CALL", "CONFIRMATION"}
KINDS = {"AIRSTRIKE", "SHELLING", "OTHER"}
QUALS = {"AT_LEAST", "MORE_THAN", "ABOUT", "EXACT", None}
NOISE = re.compile(r"^(By |Share|Email$|Facebook$|Twitter$|WhatsApp$|Advertisement|Related|Read more|Also on|READ MORE|"
                   r"Image caption|Photo|Photograph|SOURCE:|\(Reporting|\(Additional|Published|___|- |"
                   r"[A-Z]\.[A-Z] ?/|\w+ \w+ in \w+$)")

errors, warnings = [], []
def err(m): errors.append(m)
def warn(m): warnings.append(m)

def iso(d):
    if not isinstance(d, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", d):
        return False
    try:
        datetime.date.fromisoformat(d); return True
    except ValueError:
        return False

reg = json.load(open(os.path.join(HERE, "entities.json"), encoding="utf-8"))
orig = json.load(open(ORIG_REGISTRY, encoding="utf-8"))
# registry: extended only
for part in ("actors", "places", "globalIncidents"):
    mine = {e["id"]: e for e in reg[part]}
    for e in orig[part]:
        if e["id"] not in mine: err(f"registry: {part} {e['id']} removed")
        elif mine[e["id"]] != e: err(f"registry: {part} {e['id']} changed")
    if len(mine) != len(reg[part]): err(f"registry: duplicate ids in {part}")
for k in orig:
    if k not in reg: err(f"registry: top-level key {k} removed")
    elif k not in ("actors", "places", "globalIncidents") and reg[k] != orig[k]: err(f"registry: {k} changed")
ACT = {a["id"]: a for a in reg["actors"]}
PLA = {p["id"]: p for p in reg["places"]}
GLO = {g["id"]: g for g in reg["globalIncidents"]}
for a in ACT.values():
    if a.get("partOf") is not None and a["partOf"] not in ACT: err(f"registry: {a['id']} partOf {a['partOf']} unknown")
new_g = set(GLO) - {g["id"] for g in orig["globalIncidents"]}
if not new_g <= GLOBAL_RANGE: err(f"registry: globals outside G625-G629: {sorted(new_g - GLOBAL_RANGE)}")

golds = sorted(glob.glob(os.path.join(HERE, "d35-*.gold.json")))
if len(golds) != 8: err(f"expected 8 gold files, found {len(golds)}")
global_use = {}
tot_inc = tot_st = 0
for gp in golds:
    aid = os.path.basename(gp)[:-len(".gold.json")]
    tp = os.path.join(HERE, aid + ".txt")
    if not os.path.exists(tp): err(f"{aid}: article missing"); continue
    text = open(tp, encoding="utf-8").read()
    lines = text.split("\n")
    if len(lines) < 3 or lines[1] != "": err(f"{aid}: line 2 must be blank")
    body_lines, in_list = [], False
    for l in lines[2:]:
        if not l.strip():
            in_list = False; continue
        if re.match(r"^(Related|Read more|Also on|READ MORE)", l) and len(l.split()) <= 3:
            in_list = True; continue
        if in_list or NOISE.match(l):
            continue
        if len(l.split()) < 8 and not l.rstrip().endswith((".", '"', "”", "’")):
            continue  # byline, date, location or list line
        body_lines.append(l)
    body = "\n".join(body_lines)
    if "--show-noise" in sys.argv:
        print(aid, "noise:", [l for l in lines[2:] if l.strip() and l not in body_lines])
    wc = len(text.split())
    if not 280 <= wc <= 340: err(f"{aid}: {wc} words (280-340)")
    try:
        g = json.load(open(gp, encoding="utf-8"))
    except Exception as e:
        err(f"{aid}: bad JSON {e}"); continue
    if set(g) != {"article", "actors", "places", "incidents", "statements"}: err(f"{aid}: top-level keys {sorted(g)}")
    art = g.get("article", {})
    if set(art) != {"id", "title", "outlet", "publishedAt", "url"}: err(f"{aid}: article keys {sorted(art)}")
    if art.get("id") != aid: err(f"{aid}: article.id {art.get('id')}")
    if art.get("title") != lines[0]: err(f"{aid}: title differs from line 1")
    if art.get("publishedAt") is not None and not iso(art["publishedAt"]): err(f"{aid}: publishedAt not ISO")
    if not str(art.get("url", "")).startswith("https://example.org/"): err(f"{aid}: url")
    if not any(a.get("kind") == "news-agency" and art.get("outlet") in (a["name"], *a["aliases"]) for a in ACT.values()):
        err(f"{aid}: outlet {art.get('outlet')} not in registry")
    actors, places = g.get("actors", []), g.get("places", [])
    for lst, name, table in ((actors, "actor", ACT), (places, "place", PLA)):
        if not isinstance(lst, list): err(f"{aid}: {name}s not a list"); continue
        if len(set(lst)) != len(lst): err(f"{aid}: duplicate {name}s")
        for x in lst:
            if x not in table: err(f"{aid}: unknown {name} {x}")
    keys = set()
    for inc in g.get("incidents", []):
        tot_inc += 1
        if set(inc) != {"key", "kind", "date", "places", "perpetratorAlleged", "sameAs"}: err(f"{aid}: incident keys {sorted(inc)}")
        k = inc.get("key")
        if k in keys: err(f"{aid}: duplicate incident key {k}")
        keys.add(k)
        if inc.get("kind") not in KINDS: err(f"{aid} {k}: kind {inc.get('kind')}")
        if inc.get("date") is not None and not iso(inc["date"]): err(f"{aid} {k}: date not ISO")
        if inc.get("date") and art.get("publishedAt") and inc["date"] > art["publishedAt"]:
            err(f"{aid} {k}: date after publication")
        if not inc.get("places"): err(f"{aid} {k}: no places")
        for p in inc.get("places", []):
            if p not in PLA: err(f"{aid} {k}: unknown place {p}")
            elif p not in places: err(f"{aid} {k}: place {p} not in article places")
        for p in inc.get("perpetratorAlleged", []):
            if p not in ACT: err(f"{aid} {k}: unknown perpetrator {p}")
            elif p not in actors: err(f"{aid} {k}: perpetrator {p} not in article actors")
        s = inc.get("sameAs")
        if s is not None:
            if s not in GLOBAL_RANGE: err(f"{aid} {k}: sameAs {s} outside G625-G629")
            if s not in GLO: err(f"{aid} {k}: sameAs {s} not in registry")
            global_use.setdefault(s, []).append((aid, inc))
    for i, st in enumerate(g.get("statements", [])):
        tot_st += 1
        tag = f"{aid} S{i+1}"
        if set(st) != {"speaker", "stance", "about", "killed", "injured", "children", "qualifier", "evidence"}:
            err(f"{tag}: keys {sorted(st)}")
        if st.get("speaker") not in ACT: err(f"{tag}: unknown speaker {st.get('speaker')}")
        elif st["speaker"] not in actors: err(f"{tag}: speaker {st['speaker']} not in article actors")
        if st.get("stance") not in STANCES: err(f"{tag}: stance {st.get('stance')}")
        ab = st.get("about", {})
        if set(ab) != {"incident", "actor"}: err(f"{tag}: about keys {sorted(ab)}")
        if ab.get("incident") is not None and ab["incident"] not in keys: err(f"{tag}: unknown incident {ab['incident']}")
        if ab.get("actor") is not None:
            if ab["actor"] not in ACT: err(f"{tag}: unknown about.actor {ab['actor']}")
            elif ab["actor"] not in actors: err(f"{tag}: about.actor {ab['actor']} not in article actors")
        for f in ("killed", "injured", "children"):
            v = st.get(f)
            if v is not None and (not isinstance(v, int) or isinstance(v, bool) or v < 0): err(f"{tag}: {f}={v!r}")
        q = st.get("qualifier")
        if q not in QUALS: err(f"{tag}: qualifier {q}")
        if (st.get("killed") is None and st.get("injured") is None) != (q is None):
            err(f"{tag}: qualifier {q} inconsistent with killed/injured")
        if st.get("children") is not None and st.get("killed") is not None and st["children"] > st["killed"]:
            err(f"{tag}: children > killed")
        ev = st.get("evidence")
        if not isinstance(ev, str) or not ev.strip(): err(f"{tag}: empty evidence")
        elif ev not in text: err(f"{tag}: evidence not verbatim in article: {ev[:70]!r}")
        elif ev not in body: err(f"{tag}: evidence only in headline/noise: {ev[:70]!r}")
for gid, uses in sorted(global_use.items()):
    if len({a for a, _ in uses}) < 2: err(f"{gid}: used in only one article")
    sig = {(i["kind"], tuple(sorted(i["places"]))) for _, i in uses}
    if len(sig) > 1: err(f"{gid}: kind/places differ across articles {sig}")
    dates = {i["date"] for _, i in uses}
    if len(dates) > 1: err(f"{gid}: dates differ {dates}")
    reg_g = GLO.get(gid, {})
    if sorted(reg_g.get("articles", [])) != sorted({a for a, _ in uses}): err(f"{gid}: registry article list differs")
    if reg_g and (reg_g.get("date") not in dates or reg_g.get("kind") != uses[0][1]["kind"]):
        err(f"{gid}: registry date/kind differ")
if len(global_use) > 5: err("more than five globals")

print(f"articles {len(golds)}, incidents {tot_inc}, statements {tot_st}, globals {len(global_use)}")
for w in warnings: print("WARN", w)
for e in errors: print("ERROR", e)
print(f"{len(errors)} errors, {len(warnings)} warnings")
sys.exit(1 if errors else 0)
