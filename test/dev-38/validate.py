#!/usr/bin/env python3
"""Self-check for the dev-38 blind gold set. Run from this folder: python3 validate.py"""
import json, os, re, sys, glob, datetime

HERE = os.path.dirname(os.path.abspath(__file__))
SHARED = "/work/shared/corpus/entities.json"
errors, warnings = [], []
def err(m): errors.append(m)
def warn(m): warnings.append(m)

ISO = re.compile(r"^\d{4}-\d{2}-\d{2}$")
def iso_ok(s):
    if not isinstance(s, str) or not ISO.match(s): return False
    try: datetime.date.fromisoformat(s); return True
    except ValueError: return False

KINDS = {"AIRSTRIKE", "SHELLING", "OTHER"}
STANCES = {"CLAIM", "DENIAL", "ACCUSATION", "CRITICISM", "CALL", "CONFIRMATION"}
QUALS = {"AT_LEAST", "MORE_THAN", "ABOUT", "EXACT"}
GLOBAL_OK = {"G660", "G661", "G662", "G663", "G664"}

reg = json.load(open(os.path.join(HERE, "entities.json"), encoding="utf-8"))
actor_ids = [a["id"] for a in reg["actors"]]
place_ids = [p["id"] for p in reg["places"]]
for name, ids in (("actor", actor_ids), ("place", place_ids)):
    dup = {i for i in ids if ids.count(i) > 1}
    if dup: err(f"registry: duplicate {name} ids {sorted(dup)}")
A, P = set(actor_ids), set(place_ids)
for a in reg["actors"]:
    if a.get("partOf") is not None and a["partOf"] not in A:
        err(f"registry: actor {a['id']} partOf unknown {a['partOf']}")
reg_globals = {g["id"]: g for g in reg["globalIncidents"]}

# registry must only be extended: every original entry unchanged
if os.path.exists(SHARED):
    orig = json.load(open(SHARED, encoding="utf-8"))
    for part in ("actors", "places", "globalIncidents"):
        mine = {e["id"]: e for e in reg[part]}
        for e in orig[part]:
            if mine.get(e["id"]) != e:
                err(f"registry: original {part} entry {e['id']} changed or missing")
    for k in orig:
        if k not in reg: err(f"registry: top-level key {k} missing")
    new_g = set(reg_globals) - {g["id"] for g in orig["globalIncidents"]}
    if not new_g <= GLOBAL_OK: err(f"registry: new globals outside G660-G664: {sorted(new_g - GLOBAL_OK)}")

TOP = ["article", "actors", "places", "incidents", "statements"]
ART = ["id", "title", "outlet", "publishedAt", "url"]
INC = ["key", "kind", "date", "places", "perpetratorAlleged", "sameAs"]
ST = ["speaker", "stance", "about", "killed", "injured", "children", "qualifier", "evidence"]

golds = sorted(glob.glob(os.path.join(HERE, "d38-*.gold.json")))
texts = sorted(glob.glob(os.path.join(HERE, "d38-*.txt")))
if len(golds) != 8 or len(texts) != 8:
    err(f"expected 8 articles and 8 gold files, found {len(texts)} / {len(golds)}")

global_uses = {}
tot_inc = tot_st = 0
for gp in golds:
    stem = os.path.basename(gp)[:-len(".gold.json")]
    tp = os.path.join(HERE, stem + ".txt")
    if not os.path.exists(tp): err(f"{stem}: missing article text"); continue
    text = open(tp, encoding="utf-8").read()
    lines = text.split("\n")
    if len(lines) < 3 or lines[1] != "": err(f"{stem}: line 2 must be blank")
    # body = everything after the headline, minus noise lines (bylines, dates, share blocks,
    # captions, credits, Related/Read more lists); evidence must come from what is left
    NOISE = re.compile(r"^(By |Related|Read more|Image caption|Photo|Photograph|\(Reporting|Share|Email$|Facebook$|"
                       r"Twitter$|Published:|Updated:|Sentinel Staff|- |Syrian civil war$|Idlib$|Mashriq Today$|"
                       r"Relief Dispatch \||Eleanor Vance|Idlib – Zaytoun Post$|Jabal al-Zawiya: |Russia and Turkey: |"
                       r"Families leave|Krasnopol shells|‘We have nowhere|Syria’s Idlib braces|"
                       r"(Monday|Sunday) \d+ \w+ 2021$|\d+ June 2021$)|/Stringer$")
    noise_lines = [l for l in lines[2:] if NOISE.search(l)]
    body = "\n".join(l for l in lines[2:] if not NOISE.search(l))
    if "--noise" in sys.argv:
        for l in noise_lines: print(f"NOISE {stem}: {l}")
    nw = len(text.split())
    if not 280 <= nw <= 340: err(f"{stem}: {nw} words, outside 280-340")
    try:
        g = json.load(open(gp, encoding="utf-8"))
    except Exception as e:
        err(f"{stem}: invalid JSON: {e}"); continue
    if list(g.keys()) != TOP: err(f"{stem}: top-level keys {list(g.keys())} != {TOP}")
    art = g.get("article", {})
    if list(art.keys()) != ART: err(f"{stem}: article keys {list(art.keys())}")
    if art.get("id") != stem: err(f"{stem}: article.id {art.get('id')!r}")
    if art.get("title") != lines[0]: err(f"{stem}: title is not line 1 verbatim")
    if not isinstance(art.get("outlet"), str) or not art["outlet"]: err(f"{stem}: outlet")
    if not str(art.get("url", "")).startswith("https://example.org/"): err(f"{stem}: url not example.org")
    pub = art.get("publishedAt")
    if pub is not None and not iso_ok(pub): err(f"{stem}: publishedAt not ISO: {pub!r}")

    actors, places = g.get("actors", []), g.get("places", [])
    for lst, kind, known in ((actors, "actor", A), (places, "place", P)):
        if not isinstance(lst, list): err(f"{stem}: {kind}s not a list"); continue
        if len(lst) != len(set(lst)): err(f"{stem}: duplicate {kind}s")
        for x in lst:
            if x not in known: err(f"{stem}: unknown {kind} {x!r}")
    aset, pset = set(actors), set(places)

    keys = []
    for inc in g.get("incidents", []):
        tot_inc += 1
        if list(inc.keys()) != INC: err(f"{stem}: incident keys {list(inc.keys())}")
        k = inc.get("key"); keys.append(k)
        if not isinstance(k, str) or not k: err(f"{stem}: bad incident key {k!r}")
        if inc.get("kind") not in KINDS: err(f"{stem}/{k}: kind {inc.get('kind')!r}")
        d = inc.get("date")
        if d is not None:
            if not iso_ok(d): err(f"{stem}/{k}: date not ISO: {d!r}")
            elif pub and d > pub: err(f"{stem}/{k}: date {d} after publication {pub}")
        if not inc.get("places"): err(f"{stem}/{k}: no places")
        for p in inc.get("places", []):
            if p not in P: err(f"{stem}/{k}: unknown place {p!r}")
            elif p not in pset: err(f"{stem}/{k}: place {p} not in article places")
        for a in inc.get("perpetratorAlleged", []):
            if a not in A: err(f"{stem}/{k}: unknown perpetrator {a!r}")
            elif a not in aset: err(f"{stem}/{k}: perpetrator {a} not in article actors")
        sa = inc.get("sameAs")
        if sa is not None:
            if sa not in GLOBAL_OK: err(f"{stem}/{k}: sameAs {sa!r} outside G660-G664")
            elif sa not in reg_globals: err(f"{stem}/{k}: sameAs {sa} not in registry globalIncidents")
            global_uses.setdefault(sa, []).append((stem, inc))
    if len(keys) != len(set(keys)): err(f"{stem}: duplicate incident keys")
    kset = set(keys)

    for i, s in enumerate(g.get("statements", [])):
        tot_st += 1
        tag = f"{stem}/S{i+1}"
        if list(s.keys()) != ST: err(f"{tag}: keys {list(s.keys())}")
        sp = s.get("speaker")
        if sp not in A: err(f"{tag}: unknown speaker {sp!r}")
        elif sp not in aset: err(f"{tag}: speaker {sp} not in article actors")
        if s.get("stance") not in STANCES: err(f"{tag}: stance {s.get('stance')!r}")
        ab = s.get("about", {})
        if not isinstance(ab, dict) or list(ab.keys()) != ["incident", "actor"]: err(f"{tag}: about shape")
        else:
            if ab["incident"] is not None and ab["incident"] not in kset: err(f"{tag}: about.incident {ab['incident']!r} unknown")
            if ab["actor"] is not None:
                if ab["actor"] not in A: err(f"{tag}: about.actor {ab['actor']!r} unknown")
                elif ab["actor"] not in aset: err(f"{tag}: about.actor {ab['actor']} not in article actors")
        for f in ("killed", "injured", "children"):
            v = s.get(f)
            if v is not None and (not isinstance(v, int) or isinstance(v, bool) or v < 0):
                err(f"{tag}: {f} must be a non-negative int or null")
        q = s.get("qualifier")
        if q is not None and q not in QUALS: err(f"{tag}: qualifier {q!r}")
        has_fig = s.get("killed") is not None or s.get("injured") is not None
        if has_fig and q is None: err(f"{tag}: figures without qualifier")
        if not has_fig and q is not None: err(f"{tag}: qualifier without killed/injured")
        if s.get("children") is not None and s.get("killed") is not None and s["children"] > s["killed"]:
            err(f"{tag}: children > killed")
        ev = s.get("evidence")
        if not isinstance(ev, str) or not ev.strip(): err(f"{tag}: empty evidence")
        elif ev not in body:
            err(f"{tag}: evidence not verbatim in body: {ev[:60]!r}")
        elif "\n" in ev: err(f"{tag}: evidence spans lines")

# cross-article globals: consistent kind/date/places, used by >=2 articles, registry lists them
for gid, uses in global_uses.items():
    arts = sorted({u[0] for u in uses})
    if len(arts) < 2: err(f"{gid}: used by only {arts}")
    if len(uses) != len(arts): err(f"{gid}: used twice in one article")
    sig = {(u[1]["kind"], u[1]["date"], tuple(sorted(u[1]["places"]))) for u in uses}
    if len(sig) != 1: err(f"{gid}: inconsistent kind/date/places {sig}")
    rg = reg_globals[gid]
    if sorted(rg.get("articles", [])) != arts: err(f"{gid}: registry articles {rg.get('articles')} != {arts}")
    (kind, date, pl), = sig if len(sig) == 1 else [(None, None, ())]
    if kind and (rg["kind"] != kind or rg["date"] != date or tuple(sorted(rg["places"])) != pl):
        err(f"{gid}: registry entry disagrees with gold")
if len(global_uses) > 5: err("more than five globals")
for gid in reg_globals:
    if gid.startswith("G66") and gid not in global_uses: err(f"{gid}: in registry but unused")

for w in warnings: print("WARN", w)
for e in errors: print("ERROR", e)
print(f"{len(golds)} articles, {tot_inc} incidents, {tot_st} statements, {len(global_uses)} globals; "
      f"{len(errors)} errors, {len(warnings)} warnings")
sys.exit(1 if errors else 0)
