#!/usr/bin/env python3
"""Self-check for the heldout-19 synthetic set. Run: python3 validate.py
Checks JSON shape, registry ids, evidence (exact substring of one non-noise body line),
speaker/target/perpetrator/place membership, sameAs vs the registry, dates, word counts.
Errors make the exit status 1; warnings are advisory (alias look-ups are heuristic)."""
import json, os, re, sys, datetime

HERE = os.path.dirname(os.path.abspath(__file__))
IDS = [f"h19-{i:02d}" for i in range(1, 9)]
STANDFIRST = {"h19-01": 3}          # 1-based line numbers of standfirsts (Al Markaz style)
STANCES = {"CLAIM", "DENIAL", "CONFIRMATION", "ACCUSATION", "CRITICISM", "CALL"}
KINDS = {"AIRSTRIKE", "SHELLING", "OTHER"}
QUALS = {"AT_LEAST", "MORE_THAN", "ABOUT", "EXACT", None}
NOISE = [r"^(By|by) [A-Z]", r"^Photographs by ", r"^Interview by ", r"^\d{1,2} [A-Z][a-z]{2,8} \d{4}$",
         r"^Share( this with)?$", r"^(Email|Facebook|Twitter)$", r"^Advertisement$",
         r"^(Related|Read more|READ MORE|Related News|Related Topics|Also on)\b", r"^Photo:", r"^Image caption:",
         r"^SOURCE:", r"^\(.*\)$", r"^_{3,}$", r"contributed to this report\.?$", r"^[a-z]{2,3}(/[a-z]{2,3})+$",
         r"^All photographs "]
LIST_HEADERS = r"^(Related News|Related Topics|Related:|Read more:)"

errors, warnings = [], []
def err(a, m): errors.append(f"{a}: {m}")
def warn(a, m): warnings.append(f"{a}: {m}")

def split(text, aid):
    lines = text.split("\n")
    body, noise, in_list = [], [], False
    for n, ln in enumerate(lines, 1):
        s = ln.strip()
        if n == 1 or n == 2 or n == STANDFIRST.get(aid):
            continue
        if not s:
            in_list = False; continue
        if in_list or any(re.search(p, s) for p in NOISE):
            noise.append(s)
            if re.search(LIST_HEADERS, s): in_list = True
            continue
        body.append(s)
    return lines, body, noise

reg = json.load(open(os.path.join(HERE, "entities.json"), encoding="utf-8"))
A = {a["id"]: a for a in reg["actors"]}
P = {p["id"]: p for p in reg["places"]}
G = {g["id"]: g for g in reg["globalIncidents"]}
base = os.path.join(HERE, "..", "..", "..", "shared", "corpus", "entities.json")
base = "/work/shared/corpus/entities.json" if not os.path.exists(base) else base
if os.path.exists(base):
    b = json.load(open(base, encoding="utf-8"))
    for part in ("actors", "places", "globalIncidents"):
        missing = {x["id"] for x in b[part]} - {x["id"] for x in reg[part]}
        if missing: err("entities.json", f"{part} deleted/renamed: {sorted(missing)}")
for a in reg["actors"]:
    if a.get("partOf") and a["partOf"] not in A: err("entities.json", f"{a['id']} partOf unknown {a['partOf']}")
for p in reg["places"]:
    if p.get("parent") and p["parent"] not in P: err("entities.json", f"{p['id']} parent unknown")
    if not isinstance(p.get("lat"), (int, float)) or not isinstance(p.get("lon"), (int, float)): err("entities.json", f"{p['id']} coords")

seen_same = {}
tot = {"inc": 0, "st": 0, "fig": 0}
for aid in IDS:
    tp, gp = os.path.join(HERE, aid + ".txt"), os.path.join(HERE, aid + ".gold.json")
    if not (os.path.exists(tp) and os.path.exists(gp)): err(aid, "missing file"); continue
    text = open(tp, encoding="utf-8").read()
    g = json.load(open(gp, encoding="utf-8"))
    lines, body, noise = split(text, aid)
    if lines[1].strip() != "": err(aid, "line 2 must be blank")
    wc = sum(len(l.split()) for l in body)
    if not 200 <= wc <= 450: err(aid, f"body word count {wc} outside 200-450")
    if set(g) != {"article", "actors", "places", "incidents", "statements"}: err(aid, f"top-level keys {sorted(g)}")
    art = g["article"]
    if set(art) != {"id", "title", "outlet", "publishedAt", "url"}: err(aid, "article keys")
    if art["id"] != aid: err(aid, "article.id")
    if art["title"] != lines[0]: err(aid, "title differs from line 1")
    if not art["url"].startswith("https://example.org/"): err(aid, "url")
    pub = art["publishedAt"]
    if pub is not None: datetime.date.fromisoformat(pub)
    for x in g["actors"]:
        if x not in A: err(aid, f"actor not in registry: {x}")
    for x in g["places"]:
        if x not in P: err(aid, f"place not in registry: {x}")
    if len(set(g["actors"])) != len(g["actors"]) or len(set(g["places"])) != len(g["places"]): err(aid, "duplicates in actors/places")
    low = text.lower()
    scan = "\n".join([lines[0]] + ([lines[STANDFIRST[aid] - 1]] if aid in STANDFIRST else []) + body).lower()
    for x in g["actors"]:
        if x in A and not any(al.lower() in scan for al in A[x]["aliases"] + [A[x]["name"]]):
            warn(aid, f"no literal alias of actor {x} in headline/body (check description/adjective rule)")
    for x in g["places"]:
        if x in P and not any(al.lower() in scan for al in P[x]["aliases"]):
            warn(aid, f"no literal alias of place {x} in headline/body")
    keys = set()
    for inc in g["incidents"]:
        tot["inc"] += 1
        if set(inc) != {"key", "kind", "date", "places", "perpetratorAlleged", "sameAs"}: err(aid, f"incident keys {inc.get('key')}")
        if inc["key"] in keys: err(aid, f"duplicate key {inc['key']}")
        keys.add(inc["key"])
        if inc["kind"] not in KINDS: err(aid, f"kind {inc['kind']}")
        if inc["date"] is not None:
            d = datetime.date.fromisoformat(inc["date"])
            if pub is None:
                mon = d.strftime("%B")
                if not re.search(rf"\b{d.day} {mon} {d.year}\b|\b{mon} {d.day}, {d.year}\b", "\n".join(body)):
                    err(aid, f"{inc['key']}: publishedAt null but no absolute date in body")
            elif d > datetime.date.fromisoformat(pub): err(aid, f"{inc['key']} date after publication")
        for p in inc["places"]:
            if p not in g["places"]: err(aid, f"{inc['key']} place {p} not in article places")
        if not inc["places"]: err(aid, f"{inc['key']} has no place")
        for a in inc["perpetratorAlleged"]:
            if a not in g["actors"]: err(aid, f"{inc['key']} perpetrator {a} not in actors")
        s = inc["sameAs"]
        if s is not None:
            if s not in G: err(aid, f"sameAs {s} not in registry"); continue
            gi = G[s]
            if gi["date"] != inc["date"]: err(aid, f"{inc['key']} date {inc['date']} != {s} {gi['date']}")
            if set(gi["places"]) != set(inc["places"]): err(aid, f"{inc['key']} places != {s}")
            if gi["kind"] != inc["kind"]: err(aid, f"{inc['key']} kind != {s}")
            if aid not in gi["articles"]: err(aid, f"not listed in {s}.articles")
            seen_same.setdefault(s, set()).add(aid)
    for i, st in enumerate(g["statements"]):
        tot["st"] += 1
        tag = f"statement {i}"
        if set(st) != {"speaker", "stance", "about", "killed", "injured", "children", "qualifier", "evidence"}: err(aid, f"{tag} keys {sorted(st)}")
        if st["speaker"] not in g["actors"]: err(aid, f"{tag} speaker {st['speaker']} not in actors")
        if st["stance"] not in STANCES: err(aid, f"{tag} stance")
        ab = st["about"]
        if set(ab) != {"incident", "actor"}: err(aid, f"{tag} about keys")
        if ab["incident"] is not None and ab["incident"] not in keys: err(aid, f"{tag} incident {ab['incident']} unknown")
        if ab["actor"] is not None and ab["actor"] not in g["actors"]: err(aid, f"{tag} about.actor {ab['actor']} not in actors")
        if st["stance"] == "ACCUSATION" and ab["actor"] is None: err(aid, f"{tag} ACCUSATION without target")
        for f in ("killed", "injured", "children"):
            v = st[f]
            if v is not None and (not isinstance(v, int) or v < 0): err(aid, f"{tag} {f}={v}")
        if st["qualifier"] not in QUALS: err(aid, f"{tag} qualifier")
        if (st["killed"] is None and st["injured"] is None) != (st["qualifier"] is None): err(aid, f"{tag} qualifier/figure mismatch")
        if st["killed"] is not None or st["injured"] is not None or st["children"] is not None: tot["fig"] += 1
        if st["children"] is not None and st["killed"] is not None and st["children"] > st["killed"]: err(aid, f"{tag} children > killed")
        ev = st["evidence"]
        if not ev or ev not in text: err(aid, f"{tag} evidence not a substring: {ev[:70]!r}")
        elif not any(ev in l for l in body):
            err(aid, f"{tag} evidence not inside one body (non-noise) line: {ev[:70]!r}")
for s, arts in seen_same.items():
    if set(G[s]["articles"]) != arts: err("entities.json", f"{s}.articles {G[s]['articles']} != used by {sorted(arts)}")
    if len(arts) < 2: err("entities.json", f"{s} used by fewer than two articles")
for gid, gi in G.items():
    if any(a.startswith("h19-") for a in gi["articles"]) and gid not in seen_same: err("entities.json", f"{gid} unused")

for w in warnings: print("WARN ", w)
for e in errors: print("ERROR", e)
print(f"{len(IDS)} articles, {tot['inc']} incidents, {tot['st']} statements, {tot['fig']} with figures; "
      f"{len(errors)} errors, {len(warnings)} warnings")
sys.exit(1 if errors else 0)
