#!/usr/bin/env python3
"""Self-check for the heldout-43 blind set. Run from this folder: python3 validate.py
Errors: JSON shape, unknown ids, dangling references, evidence not verbatim in the article body,
non-ISO dates, globals outside G630-G634, registry not a pure extension of the shared registry.
Warnings (not errors): registry aliases seen in body text whose actor/place is not listed."""
import json, os, re, sys, datetime, glob

HERE = os.path.dirname(os.path.abspath(__file__))
SHARED = "/work/shared/corpus/entities.json"
ALLOWED_GLOBALS = {"G630", "G631", "G632", "G633", "G634"}
KINDS = {"AIRSTRIKE", "SHELLING", "OTHER"}
STANCES = {"CLAIM", "DENIAL", "ACCUSATION", "CRITICISM", "CALL", "CONFIRMATION"}
QUALS = {"AT_LEAST", "MORE_THAN", "ABOUT", "EXACT"}
errors, warnings = [], []

def err(m): errors.append(m)
def warn(m): warnings.append(m)

def iso(s):
    if not isinstance(s, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", s):
        return False
    try:
        datetime.date.fromisoformat(s); return True
    except ValueError:
        return False

# ------------------------------------------------------------------ registry
reg = json.load(open(os.path.join(HERE, "entities.json"), encoding="utf-8"))
shared = json.load(open(SHARED, encoding="utf-8"))
for part in ("actors", "places", "globalIncidents"):
    if part not in reg or not isinstance(reg[part], list):
        err(f"entities.json: missing list '{part}'"); continue
    mine = {e["id"]: e for e in reg[part]}
    if len(mine) != len(reg[part]):
        err(f"entities.json: duplicate ids in {part}")
    for e in shared[part]:
        if e["id"] not in mine:
            err(f"entities.json: shared {part} entry {e['id']} removed")
        elif mine[e["id"]] != e:
            err(f"entities.json: shared {part} entry {e['id']} changed")
actors = {a["id"]: a for a in reg["actors"]}
places = {p["id"]: p for p in reg["places"]}
globs = {g["id"]: g for g in reg["globalIncidents"]}
shared_globs = {g["id"] for g in shared["globalIncidents"]}
for gid in set(globs) - shared_globs:
    if gid not in ALLOWED_GLOBALS:
        err(f"entities.json: new global {gid} outside G630-G634")
    g = globs[gid]
    if g.get("kind") not in KINDS: err(f"{gid}: bad kind")
    if not iso(g.get("date")): err(f"{gid}: date not ISO")
    for p in g.get("places", []):
        if p not in places: err(f"{gid}: unknown place {p}")
for a in reg["actors"]:
    if a.get("partOf") is not None and a["partOf"] not in actors:
        err(f"entities.json: actor {a['id']} partOf unknown {a['partOf']}")

# ------------------------------------------------------------------ noise lines (for evidence + warnings)
NOISE_RE = [
    r"^By\b", r"^\(Reporting", r"^Related", r"^Share", r"^Email$", r"^Facebook$", r"^Twitter$",
    r"^Image caption", r"^Published", r"^Topics$", r"^- ", r"^©", r"^[A-Z]\. \w+ / [A-Z]\. \w+$",
    r"^\d{1,2} \w+ \d{4}$", r"^\w{3} \d{1,2} \w+ \d{4} [\d.]+ \w+$",
]

def body_lines(text, noise_heads):
    """Return list of (line, is_noise) for lines after the headline."""
    lines = text.split("\n")
    out, in_list = [], False
    for ln in lines[1:]:
        s = ln.strip()
        if not s:
            in_list = False; out.append((ln, True)); continue
        noisy = any(re.search(r, s) for r in NOISE_RE) or s in noise_heads
        if re.match(r"^(Related|Related Topics|Topics|Share this with)\b", s):
            in_list = True
        if in_list:
            noisy = True
        out.append((ln, noisy))
    return out

# per-article extra noise lines (byline/location lines that the regexes do not catch)
EXTRA_NOISE = {
    "h43-02": {"Harbourline News, Beirut"},
    "h43-03": {"Martin Keane in Beirut and Aylin Demir in Antakya"},
    "h43-06": {"Zaytoun Post – Idlib", "Share on Facebook | Share on Twitter"},
    "h43-08": {"The Cedar Daily"},
}

# ------------------------------------------------------------------ gold files
TOP = {"article", "actors", "places", "incidents", "statements"}
ART = {"id", "title", "outlet", "publishedAt", "url"}
INC = {"key", "kind", "date", "places", "perpetratorAlleged", "sameAs"}
STM = {"speaker", "stance", "about", "killed", "injured", "children", "qualifier", "evidence"}
global_use = {}
txts = sorted(glob.glob(os.path.join(HERE, "h43-*.txt")))
if len(txts) != 8: err(f"expected 8 articles, found {len(txts)}")
totals = {"articles": 0, "incidents": 0, "statements": 0}
for tp in txts:
    aid = os.path.basename(tp)[:-4]
    gp = os.path.join(HERE, aid + ".gold.json")
    text = open(tp, encoding="utf-8").read()
    lines = text.split("\n")
    if len(lines) < 3 or lines[1].strip() != "":
        err(f"{aid}: line 2 must be blank")
    words = len(text.split())
    if not (280 <= words <= 340): err(f"{aid}: {words} words, outside 280-340")
    if not os.path.exists(gp):
        err(f"{aid}: gold missing"); continue
    try:
        g = json.load(open(gp, encoding="utf-8"))
    except Exception as e:
        err(f"{aid}: bad JSON {e}"); continue
    totals["articles"] += 1
    if set(g) != TOP: err(f"{aid}: top-level keys {sorted(g)}")
    a = g.get("article", {})
    if set(a) != ART: err(f"{aid}: article keys {sorted(a)}")
    if a.get("id") != aid: err(f"{aid}: article.id {a.get('id')}")
    if a.get("title") != lines[0]: err(f"{aid}: title differs from line 1")
    if not isinstance(a.get("outlet"), str) or not a.get("outlet"): err(f"{aid}: outlet")
    if a.get("publishedAt") is not None and not iso(a.get("publishedAt")): err(f"{aid}: publishedAt not ISO")
    if not str(a.get("url", "")).startswith("https://example.org/"): err(f"{aid}: url")
    al, pl = g.get("actors", []), g.get("places", [])
    for lst, name, known in ((al, "actors", actors), (pl, "places", places)):
        if not isinstance(lst, list): err(f"{aid}: {name} not a list"); continue
        if len(set(lst)) != len(lst): err(f"{aid}: duplicate {name}")
        for x in lst:
            if x not in known: err(f"{aid}: unknown {name[:-1]} id {x}")
    keys = set()
    for i, inc in enumerate(g.get("incidents", [])):
        totals["incidents"] += 1
        if set(inc) != INC: err(f"{aid} incident {i}: keys {sorted(inc)}"); continue
        if inc["key"] in keys: err(f"{aid}: duplicate incident key {inc['key']}")
        keys.add(inc["key"])
        if inc["kind"] not in KINDS: err(f"{aid} {inc['key']}: kind {inc['kind']}")
        if inc["date"] is not None and not iso(inc["date"]): err(f"{aid} {inc['key']}: date not ISO")
        if not inc["places"]: err(f"{aid} {inc['key']}: no places")
        for p in inc["places"]:
            if p not in places: err(f"{aid} {inc['key']}: unknown place {p}")
            if p not in pl: err(f"{aid} {inc['key']}: place {p} not in article places")
        for p in inc["perpetratorAlleged"]:
            if p not in actors: err(f"{aid} {inc['key']}: unknown perpetrator {p}")
            if p not in al: err(f"{aid} {inc['key']}: perpetrator {p} not in article actors")
        s = inc["sameAs"]
        if s is not None:
            if s not in ALLOWED_GLOBALS: err(f"{aid} {inc['key']}: sameAs {s} outside G630-G634")
            elif s not in globs: err(f"{aid} {inc['key']}: sameAs {s} not in registry")
            else:
                G = globs[s]
                global_use.setdefault(s, set()).add(aid)
                if G["kind"] != inc["kind"]: err(f"{aid} {inc['key']}: kind differs from {s}")
                if G["date"] != inc["date"]: err(f"{aid} {inc['key']}: date differs from {s}")
                if set(G["places"]) != set(inc["places"]): err(f"{aid} {inc['key']}: places differ from {s}")
                if aid not in G.get("articles", []): err(f"{aid} {inc['key']}: {s} does not list {aid}")
    bl = body_lines(text, EXTRA_NOISE.get(aid, set()))
    clean_body = "\n".join(l for l, n in bl if not n)
    for i, stt in enumerate(g.get("statements", [])):
        totals["statements"] += 1
        tag = f"{aid} S{i+1}"
        if set(stt) != STM: err(f"{tag}: keys {sorted(stt)}"); continue
        if stt["speaker"] not in actors: err(f"{tag}: unknown speaker {stt['speaker']}")
        elif stt["speaker"] not in al: err(f"{tag}: speaker {stt['speaker']} not in article actors")
        if stt["stance"] not in STANCES: err(f"{tag}: stance {stt['stance']}")
        ab = stt["about"]
        if not isinstance(ab, dict) or set(ab) != {"incident", "actor"}: err(f"{tag}: about shape"); continue
        if ab["incident"] is not None and ab["incident"] not in keys: err(f"{tag}: about.incident {ab['incident']} unknown")
        if ab["actor"] is not None:
            if ab["actor"] not in actors: err(f"{tag}: about.actor unknown {ab['actor']}")
            elif ab["actor"] not in al: err(f"{tag}: about.actor {ab['actor']} not in article actors")
        for f in ("killed", "injured", "children"):
            v = stt[f]
            if v is not None and (not isinstance(v, int) or isinstance(v, bool) or v < 0):
                err(f"{tag}: {f} must be a non-negative int or null")
        q = stt["qualifier"]
        if q is not None and q not in QUALS: err(f"{tag}: qualifier {q}")
        if (stt["killed"] is None and stt["injured"] is None) != (q is None):
            err(f"{tag}: qualifier must be set iff killed or injured is set")
        ev = stt["evidence"]
        if not isinstance(ev, str) or not ev.strip(): err(f"{tag}: empty evidence"); continue
        if ev not in text: err(f"{tag}: evidence not verbatim in article: {ev[:60]!r}")
        elif ev not in clean_body: err(f"{tag}: evidence only in headline or noise lines: {ev[:60]!r}")
    # warnings: aliases in clean body not listed (spans covered by a listed entry's alias are masked first)
    masked = clean_body
    listed_aliases = sorted({x for e in reg["actors"] if e["id"] in al for x in e.get("aliases", [])} |
                            {x for e in reg["places"] if e["id"] in pl for x in e.get("aliases", [])}, key=len, reverse=True)
    for x in listed_aliases:
        masked = re.sub(r"(?<![\w-])" + re.escape(x) + r"(?![\w-])", lambda m: "#" * len(m.group(0)), masked)
    for coll, listed, name in ((reg["actors"], al, "actor"), (reg["places"], pl, "place")):
        for e in coll:
            if e["id"] in listed: continue
            ctx = set(e.get("contextualAliases", []))
            for alias in e.get("aliases", []):
                if alias in ctx or len(alias) < 3: continue
                if re.search(r"(?<![\w-])" + re.escape(alias) + r"(?![\w-])", masked):
                    warn(f"{aid}: alias {alias!r} of {name} {e['id']} in body but not listed"); break

for gid, arts in sorted(global_use.items()):
    if len(arts) < 2: err(f"{gid} used by only one article {sorted(arts)}")
    if set(globs[gid].get("articles", [])) != arts: err(f"{gid}: registry articles {globs[gid].get('articles')} != used {sorted(arts)}")
if len(global_use) > 5: err("more than five globals used")

for w in warnings: print("WARN ", w)
for e in errors: print("ERROR", e)
print(f"totals: {totals['articles']} articles, {totals['incidents']} incidents, {totals['statements']} statements, {len(global_use)} globals ({', '.join(sorted(global_use))})")
print(f"{len(errors)} errors, {len(warnings)} warnings")
sys.exit(1 if errors else 0)
