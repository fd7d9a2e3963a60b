#!/usr/bin/env python3
"""Self-check for the heldout-34 set. Run: python3 validate.py
Errors = format/consistency violations (must be zero). Warnings = things a human should eyeball
(e.g. a listed actor whose mention is an identifying description rather than a registry alias)."""
import json, os, re, sys, datetime
HERE = os.path.dirname(os.path.abspath(__file__))
IDS = [f"h34-{i:02d}" for i in range(1, 9)]
STANCES = {"CLAIM", "DENIAL", "ACCUSATION", "CRITICISM", "CALL", "CONFIRMATION"}
KINDS = {"AIRSTRIKE", "SHELLING", "OTHER"}
QUALS = {None, "AT_LEAST", "MORE_THAN", "ABOUT", "EXACT"}
NOISE_RE = [r'^By ', r'^Share', r'^Related', r'^Read more', r'^READ MORE', r'^Also on ', r'^Photo:',
            r'^Photograph:', r'^©', r'^\(.*\)$', r'^_{3,}$', r'contributed to this report\.$', r'^SOURCE:',
            r'^Published time:', r'^Updated:', r'^Like this story', r'Meridian Wire/Stringer$',
            r'^\d{1,2}/\d{2}/\d{4}$', r'^(Mon|Tue|Wed|Thu|Fri|Sat|Sun) \d', r'^\d{1,2} [A-Z][a-z]+ \d{4}( \|.*)?$',
            r'^[a-z]{2,3}(/[a-z]{2,3})+$', r'^Advertisement$']
# bylines / byline locations that carry no keyword
NOISE_EXTRA = {"h34-01": ["Atlantic Press Service"], "h34-02": ["Martha Ellison Middle East correspondent"],
               "h34-04": ["Rana Al Mazrouei, Foreign Desk"], "h34-07": ["Zaitoun Post – Hama"]}
LIST_HEADERS = re.compile(r'^(Read more:|Related News|Related Topics|Related:)\s*$')

errors, warnings = [], []
def err(a, m): errors.append(f"{a}: {m}")
def warn(a, m): warnings.append(f"{a}: {m}")

reg = json.load(open(os.path.join(HERE, "entities.json"), encoding="utf-8"))
base = json.load(open("/work/shared/corpus/entities.json", encoding="utf-8")) if os.path.exists("/work/shared/corpus/entities.json") else None
A = {a["id"]: a for a in reg["actors"]}
P = {p["id"]: p for p in reg["places"]}
GI = {g["id"]: g for g in reg["globalIncidents"]}
if len(A) != len(reg["actors"]) or len(P) != len(reg["places"]): errors.append("registry: duplicate ids")
for a in reg["actors"]:
    if a.get("partOf") and a["partOf"] not in A: errors.append(f"registry: {a['id']} partOf unknown {a['partOf']}")
for p in reg["places"]:
    if not isinstance(p.get("lat"), (int, float)) or not isinstance(p.get("lon"), (int, float)):
        errors.append(f"registry: place {p['id']} lacks coordinates")
if base:
    for key in ("actors", "places", "globalIncidents"):
        old = {x["id"] for x in base[key]}; new = {x["id"] for x in reg[key]}
        if old - new: errors.append(f"registry: removed {key} ids {sorted(old - new)}")

def split(aid, text):
    lines = text.split("\n")
    title = lines[0]
    if len(lines) < 3 or lines[1].strip() != "": err(aid, "line 2 must be blank")
    body, noise = [], []
    in_list = False
    for ln in lines[2:]:
        s = ln.strip()
        if not s: in_list = False; continue
        is_noise = in_list or any(re.search(r, s) for r in NOISE_RE) or s in NOISE_EXTRA.get(aid, [])
        if LIST_HEADERS.match(s): in_list = True; is_noise = True
        (noise if is_noise else body).append(s)
    return title, body, noise

def mentioned(aliases, text):
    return any(re.search(r'(?<![\w-])' + re.escape(al) + r'(?![\w-])', text) for al in aliases)

for aid in IDS:
    tp, gp = os.path.join(HERE, aid + ".txt"), os.path.join(HERE, aid + ".gold.json")
    if not (os.path.exists(tp) and os.path.exists(gp)): err(aid, "missing file"); continue
    text = open(tp, encoding="utf-8").read()
    g = json.load(open(gp, encoding="utf-8"))
    title, body, noise = split(aid, text)
    bodytext = "\n".join(body)
    wc = len(" ".join(body + noise).split())
    if not 200 <= wc <= 450: err(aid, f"body word count {wc} outside 200-450")
    if set(g) != {"article", "actors", "places", "incidents", "statements"}: err(aid, f"top-level keys {sorted(g)}")
    art = g["article"]
    if set(art) != {"id", "title", "outlet", "publishedAt", "url"}: err(aid, f"article keys {sorted(art)}")
    if art["id"] != aid: err(aid, "article.id mismatch")
    if art["title"] != title: err(aid, "title is not line 1 verbatim")
    if not art["url"].startswith("https://example.org/"): err(aid, "url must be example.org")
    pub = art["publishedAt"]
    if pub is not None: datetime.date.fromisoformat(pub)
    for lst, reg_ in (("actors", A), ("places", P)):
        if len(set(g[lst])) != len(g[lst]): err(aid, f"duplicate {lst}")
        for x in g[lst]:
            if x not in reg_: err(aid, f"{lst}: unknown id {x}")
    actors, places = set(g["actors"]), set(g["places"])
    scan = title + "\n" + bodytext
    for x in g["actors"]:
        if x in A and not mentioned(A[x]["aliases"], scan): warn(aid, f"actor {x}: no literal alias in text (description/metonymy?)")
    for x in g["places"]:
        if x in P and not mentioned(P[x]["aliases"], scan): warn(aid, f"place {x}: no literal alias in text")
    # mask spans covered by aliases of listed entities (e.g. "Syria" inside "north-west Syria")
    masked = scan
    for al in sorted([al for x in g["actors"] if x in A for al in A[x]["aliases"]] +
                     [al for x in g["places"] if x in P for al in P[x]["aliases"]], key=len, reverse=True):
        masked = re.sub(r'(?<![\w-])' + re.escape(al) + r'(?![\w-])', "#", masked)
    scan = masked
    for a in reg["actors"]:
        ctx = set(a.get("contextualAliases", []))
        al = [x for x in a["aliases"] if x not in ctx and len(x) > 2]
        if a["id"] not in actors and mentioned(al, scan): warn(aid, f"alias of unlisted actor {a['id']} found")
    for p in reg["places"]:
        ctx = set(p.get("contextualAliases", []))
        al = [x for x in p["aliases"] if x not in ctx]
        if p["id"] not in places and mentioned(al, scan): warn(aid, f"alias of unlisted place {p['id']} found")
    keys = set()
    for inc in g["incidents"]:
        if set(inc) != {"key", "kind", "date", "places", "perpetratorAlleged", "sameAs"}: err(aid, f"incident keys {sorted(inc)}")
        if inc["key"] in keys: err(aid, f"duplicate incident key {inc['key']}")
        keys.add(inc["key"])
        if inc["kind"] not in KINDS: err(aid, f"bad kind {inc['kind']}")
        if inc["date"] is not None:
            d = datetime.date.fromisoformat(inc["date"])
            if pub and d > datetime.date.fromisoformat(pub): err(aid, f"incident {inc['key']} after publication")
            if not (datetime.date(2019, 4, 1) <= d <= datetime.date(2019, 12, 31)): err(aid, f"incident {inc['key']} outside Apr-Dec 2019")
        elif pub is not None: warn(aid, f"incident {inc['key']} has null date although publishedAt is set")
        if not inc["places"]: err(aid, f"incident {inc['key']} has no place")
        for p in inc["places"]:
            if p not in places: err(aid, f"incident {inc['key']} place {p} not in places")
        for p in inc["perpetratorAlleged"]:
            if p not in actors: err(aid, f"incident {inc['key']} perpetrator {p} not in actors")
        if inc["sameAs"] is not None:
            gi = GI.get(inc["sameAs"])
            if not gi: err(aid, f"sameAs {inc['sameAs']} not in registry"); continue
            if gi["date"] != inc["date"]: err(aid, f"sameAs {gi['id']} date {gi['date']} != {inc['date']}")
            if set(gi["places"]) != set(inc["places"]): err(aid, f"sameAs {gi['id']} places differ")
            if gi["kind"] != inc["kind"]: err(aid, f"sameAs {gi['id']} kind differs")
            if aid not in gi["articles"]: err(aid, f"{gi['id']}.articles lacks {aid}")
    if pub is None:
        for inc in g["incidents"]:
            if inc["date"] is not None: err(aid, f"publishedAt null but incident {inc['key']} dated (check it is absolute in text)")
    for i, s in enumerate(g["statements"]):
        tag = f"statement {i+1}"
        if set(s) != {"speaker", "stance", "about", "killed", "injured", "children", "qualifier", "evidence"}: err(aid, f"{tag} keys {sorted(s)}")
        if s["speaker"] not in actors: err(aid, f"{tag} speaker {s['speaker']} not in actors")
        if s["stance"] not in STANCES: err(aid, f"{tag} stance {s['stance']}")
        ab = s["about"]
        if set(ab) != {"incident", "actor"}: err(aid, f"{tag} about keys")
        if ab["incident"] is not None and ab["incident"] not in keys: err(aid, f"{tag} about.incident {ab['incident']} unknown")
        if ab["actor"] is not None and ab["actor"] not in actors: err(aid, f"{tag} about.actor {ab['actor']} not in actors")
        for f in ("killed", "injured", "children"):
            if s[f] is not None and (not isinstance(s[f], int) or s[f] < 0): err(aid, f"{tag} {f} not a non-negative int")
        if s["qualifier"] not in QUALS: err(aid, f"{tag} qualifier {s['qualifier']}")
        if (s["killed"] is None and s["injured"] is None) != (s["qualifier"] is None): err(aid, f"{tag} qualifier inconsistent with figures")
        if s["children"] is not None and s["killed"] is not None and s["children"] > s["killed"]: err(aid, f"{tag} children > killed")
        ev = s["evidence"]
        if not ev: warn(aid, f"{tag} has no evidence"); continue
        if ev not in bodytext:
            if ev in text: err(aid, f"{tag} evidence found only in headline/noise: {ev[:60]}")
            else: err(aid, f"{tag} evidence not a substring of the article: {ev[:60]}")
        elif not any(ev in b for b in body) and "\n" not in ev: err(aid, f"{tag} evidence spans lines")
    print(f"{aid}: {wc} words, {len(g['incidents'])} incidents, {len(g['statements'])} statements, pub={pub}")

for gid, gi in GI.items():
    if gid >= "G480":
        if len(gi["articles"]) < 2: errors.append(f"{gid}: fewer than 2 articles")
        for aid in gi["articles"]:
            gp = os.path.join(HERE, aid + ".gold.json")
            if not os.path.exists(gp): errors.append(f"{gid}: article {aid} missing"); continue
            g = json.load(open(gp, encoding="utf-8"))
            if not any(i["sameAs"] == gid for i in g["incidents"]): errors.append(f"{gid}: {aid} has no incident with sameAs")

for w in warnings: print("WARN ", w)
for e in errors: print("ERROR", e)
print(f"{len(errors)} errors, {len(warnings)} warnings")
sys.exit(1 if errors else 0)
