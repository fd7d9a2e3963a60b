#!/usr/bin/env python3
"""Self-check for the heldout-28 synthetic set. Run: python3 validate.py
Errors make the exit status 1; warnings are informational (possible missed mentions)."""
import json, os, re, sys, datetime

HERE = os.path.dirname(os.path.abspath(__file__))
IDS = [f"h28-0{n}" for n in range(1, 9)]
STANCES = {"CLAIM", "DENIAL", "CONFIRMATION", "ACCUSATION", "CRITICISM", "CALL"}
KINDS = {"AIRSTRIKE", "SHELLING", "OTHER"}
QUALS = {None, "AT_LEAST", "MORE_THAN", "ABOUT", "EXACT"}
STMT_KEYS = {"speaker", "stance", "about", "killed", "injured", "children", "qualifier", "evidence"}
INC_KEYS = {"key", "kind", "date", "places", "perpetratorAlleged", "sameAs"}
ART_KEYS = {"id", "title", "outlet", "publishedAt", "url"}

# Noise lines (see README, "Noise lines"): ignored for evidence, actors and places.
NOISE = [
    r"^(By|by) ", r"^Interview by ", r"^From: ", r"^To: ", r"^Subject: ",
    r"^Share", r"^Read more", r"^Related", r"^Photo: ", r"^Image caption",
    r"^\(.*\)$", r"^[a-z]{2,3}(/[a-z]{2,3})+$", r"^DONATE", r"^- £", r"^With thanks",
    r"^The Hearth Relief team$", r"^Hearth Relief International is ", r"^You are receiving ",
    r"^Advertisement$", r"^SOURCE:", r"^HPA Morning Briefing \|", r"^Levant Media Review \|",
    r"^The Gulf Chronicle \|", r"^Cedar Review \|", r"^The Airpower Ledger$",
    r"^Henrik Solberg spoke to ", r"^This interview has been edited",
    r"^\d{1,2} (Jan|January|Feb|March|Nov|November) \d{4}$",
    r"^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), \d{1,2} \w+ \d{4}",
]
NOISE_RE = [re.compile(p) for p in NOISE]

errors, warnings = [], []
def err(a, m): errors.append(f"{a}: {m}")
def warn(a, m): warnings.append(f"{a}: {m}")

def split_lines(text):
    """Return (headline, body_lines, noise_flags). Lines listed under a 'Related' header
    up to the next blank line are noise too."""
    lines = text.split("\n")
    head = lines[0]
    body = lines[2:] if len(lines) > 2 else []
    flags, in_related = [], False
    for ln in body:
        s = ln.strip()
        if not s:
            in_related = False; flags.append(True); continue
        is_noise = any(r.search(s) for r in NOISE_RE) or in_related
        if re.match(r"^Related( News)?$", s): in_related = True
        flags.append(is_noise)
    return head, body, flags

reg = json.load(open(os.path.join(HERE, "entities.json"), encoding="utf-8"))
base = json.load(open("/work/shared/corpus/entities.json", encoding="utf-8")) if os.path.exists("/work/shared/corpus/entities.json") else None
ACT = {a["id"]: a for a in reg["actors"]}
PLA = {p["id"]: p for p in reg["places"]}
GLO = {g["id"]: g for g in reg["globalIncidents"]}
if len(ACT) != len(reg["actors"]): err("registry", "duplicate actor ids")
if len(PLA) != len(reg["places"]): err("registry", "duplicate place ids")
for a in reg["actors"]:
    if a.get("partOf") and a["partOf"] not in ACT: err("registry", f"{a['id']} partOf unknown {a['partOf']}")
for p in reg["places"]:
    if not isinstance(p.get("lat"), (int, float)) or not isinstance(p.get("lon"), (int, float)):
        err("registry", f"place {p['id']} lacks coordinates")
    if p.get("parent") and p["parent"] not in PLA: err("registry", f"place {p['id']} parent unknown")
if base:
    for sec in ("actors", "places", "globalIncidents"):
        old = {x["id"] for x in base[sec]}; new = {x["id"] for x in reg[sec]}
        if old - new: err("registry", f"{sec} deleted/renamed: {sorted(old - new)}")

seen_same = {}
tot = dict(articles=0, incidents=0, statements=0, figures=0)
for aid in IDS:
    tp, gp = os.path.join(HERE, aid + ".txt"), os.path.join(HERE, aid + ".gold.json")
    if not os.path.exists(tp) or not os.path.exists(gp): err(aid, "missing file"); continue
    text = open(tp, encoding="utf-8").read()
    g = json.load(open(gp, encoding="utf-8"))
    tot["articles"] += 1
    head, body, flags = split_lines(text)
    if text.split("\n")[1] != "": err(aid, "line 2 must be blank")
    clean_body = "\n".join(l for l, f in zip(body, flags) if not f)
    noise_body = [l for l, f in zip(body, flags) if f and l.strip()]
    wc = len(re.findall(r"\S+", clean_body))
    if not (200 <= wc <= 450): err(aid, f"body word count {wc} outside 200-450")
    # shape
    if set(g) != {"article", "actors", "places", "incidents", "statements"}: err(aid, f"top-level keys {sorted(g)}")
    art = g.get("article", {})
    if set(art) != ART_KEYS: err(aid, f"article keys {sorted(art)}")
    if art.get("id") != aid: err(aid, "article.id != file stem")
    if art.get("title") != head: err(aid, "title != line 1")
    if not str(art.get("url", "")).startswith("https://example.org/"): err(aid, "url not example.org")
    pub = art.get("publishedAt")
    if pub is not None:
        try: datetime.date.fromisoformat(pub)
        except Exception: err(aid, f"bad publishedAt {pub}")
    actors, places = g["actors"], g["places"]
    for x in actors:
        if x not in ACT: err(aid, f"actor not in registry: {x}")
    for x in places:
        if x not in PLA: err(aid, f"place not in registry: {x}")
    if len(set(actors)) != len(actors): err(aid, "duplicate actors")
    if len(set(places)) != len(places): err(aid, "duplicate places")
    keys = set()
    for inc in g["incidents"]:
        tot["incidents"] += 1
        if set(inc) != INC_KEYS: err(aid, f"incident keys {sorted(inc)}")
        if inc["key"] in keys: err(aid, f"duplicate incident key {inc['key']}")
        keys.add(inc["key"])
        if inc["kind"] not in KINDS: err(aid, f"bad kind {inc['kind']}")
        if inc["date"] is not None:
            try: datetime.date.fromisoformat(inc["date"])
            except Exception: err(aid, f"bad date {inc['date']}")
            if pub and inc["date"] > pub: err(aid, f"incident {inc['key']} dated after publication")
        if not inc["places"]: err(aid, f"incident {inc['key']} has no places")
        for p in inc["places"]:
            if p not in places: err(aid, f"incident {inc['key']} place {p} not in article places")
        for a in inc["perpetratorAlleged"]:
            if a not in actors: err(aid, f"incident {inc['key']} perpetrator {a} not in actors")
        sa = inc["sameAs"]
        if sa is not None:
            gi = GLO.get(sa)
            if not gi: err(aid, f"sameAs {sa} unknown"); continue
            if gi["date"] != inc["date"]: err(aid, f"sameAs {sa} date {gi['date']} != {inc['date']}")
            if set(gi["places"]) != set(inc["places"]): err(aid, f"sameAs {sa} places differ")
            if gi["kind"] != inc["kind"]: err(aid, f"sameAs {sa} kind differs")
            if aid not in gi["articles"]: err(aid, f"sameAs {sa}: article not listed in registry")
            seen_same.setdefault(sa, set()).add(aid)
    if pub is None:
        warn(aid, "publishedAt null: incident dates must come from absolute dates in the text -> " +
             ", ".join(f"{i['key']}={i['date']}" for i in g["incidents"]))
    for i, s in enumerate(g["statements"]):
        tot["statements"] += 1
        tag = f"S{i+1}"
        if set(s) != STMT_KEYS: err(aid, f"{tag} keys {sorted(s)}")
        if s["speaker"] not in ACT: err(aid, f"{tag} speaker not in registry {s['speaker']}")
        if s["speaker"] not in actors: err(aid, f"{tag} speaker {s['speaker']} not in article actors")
        if s["stance"] not in STANCES: err(aid, f"{tag} bad stance {s['stance']}")
        ab = s["about"]
        if set(ab) != {"incident", "actor"}: err(aid, f"{tag} about keys")
        if ab["incident"] is not None and ab["incident"] not in keys: err(aid, f"{tag} about.incident {ab['incident']} unknown")
        if ab["actor"] is not None and ab["actor"] not in actors: err(aid, f"{tag} about.actor {ab['actor']} not in actors")
        for f in ("killed", "injured", "children"):
            v = s[f]
            if v is not None and (not isinstance(v, int) or v < 0): err(aid, f"{tag} bad {f}")
        if s["killed"] is not None or s["injured"] is not None or s["children"] is not None: tot["figures"] += 1
        if s["qualifier"] not in QUALS: err(aid, f"{tag} bad qualifier")
        has_num = s["killed"] is not None or s["injured"] is not None
        if has_num != (s["qualifier"] is not None): err(aid, f"{tag} qualifier must be set iff killed/injured given")
        if s["children"] is not None and s["killed"] is not None and s["children"] > s["killed"]: err(aid, f"{tag} children > killed")
        ev = s.get("evidence")
        if not ev: err(aid, f"{tag} no evidence"); continue
        if ev not in clean_body:
            if ev in text: err(aid, f"{tag} evidence only in headline/noise: {ev[:60]}")
            else: err(aid, f"{tag} evidence not a substring: {ev[:60]}")
        if any(ev in l for l in noise_body) and ev not in clean_body: err(aid, f"{tag} evidence in a noise line")
    # informational: registry aliases present in clean text (+ headline) but actor/place not listed
    scan = head + "\n" + clean_body
    for coll, listed, name in ((ACT, actors, "actor"), (PLA, places, "place")):
        for id_, e in coll.items():
            if id_ in listed: continue
            ctx = set(e.get("contextualAliases", []))
            for al in e["aliases"]:
                if al in ctx or len(al) < 3: continue
                if re.search(r"(?<![\w-])" + re.escape(al) + r"(?![\w-])", scan):
                    warn(aid, f"{name} alias '{al}' found but {id_} not listed"); break
    print(f"{aid}: body {wc} words, {len(g['incidents'])} incidents, {len(g['statements'])} statements")

for gid, gi in GLO.items():
    if gid.startswith("G32"):
        if set(gi["articles"]) != seen_same.get(gid, set()):
            err("registry", f"{gid} articles {gi['articles']} != referenced by {sorted(seen_same.get(gid, []))}")
        if len(seen_same.get(gid, [])) < 2: err("registry", f"{gid} used by fewer than 2 articles")

print(f"totals: {tot}")
for w in warnings: print("WARN", w)
for e in errors: print("ERROR", e)
print(f"{len(errors)} errors, {len(warnings)} warnings")
sys.exit(1 if errors else 0)
