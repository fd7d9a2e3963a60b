#!/usr/bin/env python3
"""Self-check for the heldout-10 set (h10-01 .. h10-08).

Run from anywhere:  python3 validate.py
Checks JSON shape (same keys as the dev corpus gold), registry ids, evidence
(exact substring of the body, not in the headline, standfirst or a noise line),
that speakers / about.actor / perpetrators are listed in the article's actors and
incident places in its places, sameAs against the registry's global incidents,
and body word counts. Alias coverage problems are printed as warnings only
(metonymy and descriptions are not always literal aliases).
"""
import json, os, re, sys, datetime

HERE = os.path.dirname(os.path.abspath(__file__))
IDS = [f"h10-{i:02d}" for i in range(1, 9)]
STANCES = {"CLAIM", "DENIAL", "CONFIRMATION", "ACCUSATION", "CRITICISM", "CALL"}
KINDS = {"AIRSTRIKE", "SHELLING", "OTHER"}
QUALS = {"AT_LEAST", "MORE_THAN", "ABOUT", "EXACT"}
ART_KEYS = ["article", "actors", "places", "incidents", "statements"]
META_KEYS = ["id", "title", "outlet", "publishedAt", "url"]
INC_KEYS = ["key", "kind", "date", "places", "perpetratorAlleged", "sameAs"]
ST_KEYS = ["speaker", "stance", "about", "killed", "injured", "children", "qualifier", "evidence"]
# word-count bounds for the body (noise lines and standfirst excluded)
WORDS = {i: (200, 350) for i in IDS}
WORDS["h10-07"] = (60, 199)  # style 7: short wire item, under 200 words by design

# Noise lines (guidelines: bylines, date/time lines, share blocks, captions,
# credits, Related/Read more and their lists, SOURCE, sign-off initials, ...)
NOISE_RE = [r"^By [A-Z][a-z]+ [A-Z][a-z]+$", r"^Photographs by ", r"^Photo:", r"^Share", r"^(Facebook|Twitter|Email|WhatsApp)$",
            r"^Advertisement$", r"^Related", r"^Read more", r"^\((Reporting|Editor|Editing)", r"^___$",
            r" writer .* contributed to this report\.$", r"^SOURCE:", r"^Published", r"^[a-z]{2,3}(/[a-z]{2,3})+$",
            r"^\d{1,2} [A-Z][a-z]+ \d{4}$"]
NOISE_EXACT = {
    "h10-02": ["Zaitoun Post – Gaziantep", "19 April 2017 | 14:35"],
    "h10-03": ["Diplomatic Dispatch"],
    "h10-05": ["Agence Levant Presse"],
    "h10-06": ["SRPA | 2017-04-27 08:14"],
}
STANDFIRST = {"h10-08": 3}  # 1-based line number of an Al Markaz-style standfirst

errors, warnings = [], []
def err(a, m): errors.append(f"{a}: {m}")
def warn(a, m): warnings.append(f"{a}: {m}")

def split_lines(aid, text):
    """Return (headline, standfirst, body_lines, noise_lines)."""
    lines = text.split("\n")
    head = lines[0]
    sf = lines[STANDFIRST[aid] - 1] if aid in STANDFIRST else None
    body, noise, in_list = [], [], False
    for n, ln in enumerate(lines[1:], start=2):
        s = ln.strip()
        if not s:
            in_list = False
            continue
        if aid in STANDFIRST and n == STANDFIRST[aid]:
            continue
        is_noise = any(re.search(p, s) for p in NOISE_RE) or s in NOISE_EXACT.get(aid, [])
        if re.match(r"^(Related|Read more)", s) and (s.endswith(":") or s in ("Related News", "Related Topics")):
            in_list = True
            noise.append(s); continue
        if is_noise or in_list:
            noise.append(s); continue
        body.append(s)
    return head, sf, body, noise

reg = json.load(open(os.path.join(HERE, "entities.json"), encoding="utf-8"))
ACT = {a["id"]: a for a in reg["actors"]}
PLA = {p["id"]: p for p in reg["places"]}
GLO = {g["id"]: g for g in reg["globalIncidents"]}
for a in reg["actors"]:
    if a.get("partOf") and a["partOf"] not in ACT:
        err("entities.json", f"actor {a['id']} partOf unknown {a['partOf']}")
for p in reg["places"]:
    if not isinstance(p.get("lat"), (int, float)) or not isinstance(p.get("lon"), (int, float)):
        err("entities.json", f"place {p['id']} lacks coordinates")
# the original registry must be preserved
orig = os.path.join("/work/shared/corpus", "entities.json")
if os.path.exists(orig):
    o = json.load(open(orig, encoding="utf-8"))
    for part in ("actors", "places", "globalIncidents"):
        ids = {x["id"] for x in reg[part]}
        for x in o[part]:
            if x["id"] not in ids:
                err("entities.json", f"original {part} id {x['id']} missing")
            else:
                cur = next(y for y in reg[part] if y["id"] == x["id"])
                for k in ("name", "kind", "partOf", "province", "lat", "lon", "date", "places"):
                    if k in x and cur.get(k) != x[k]:
                        err("entities.json", f"original {x['id']}.{k} changed")
                for al in x.get("aliases", []):
                    if al not in cur.get("aliases", []):
                        err("entities.json", f"original alias {al!r} of {x['id']} removed")

glob_use = {}
null_pub = 0
total = {"incidents": 0, "statements": 0, "figures": 0}
for aid in IDS:
    tp, gp = os.path.join(HERE, aid + ".txt"), os.path.join(HERE, aid + ".gold.json")
    if not os.path.exists(tp) or not os.path.exists(gp):
        err(aid, "missing .txt or .gold.json"); continue
    text = open(tp, encoding="utf-8").read()
    g = json.load(open(gp, encoding="utf-8"))
    lines = text.split("\n")
    if len(lines) < 3 or lines[1].strip() != "":
        err(aid, "line 2 must be blank (headline, blank line, body)")
    head, sf, body, noise = split_lines(aid, text)
    bodytext = "\n".join(body)
    nw = len(re.findall(r"\S+", bodytext))
    lo, hi = WORDS[aid]
    if not (lo <= nw <= hi):
        err(aid, f"body word count {nw} outside {lo}-{hi}")
    # shape
    if list(g.keys()) != ART_KEYS: err(aid, f"top-level keys {list(g.keys())}")
    m = g["article"]
    if list(m.keys()) != META_KEYS: err(aid, f"article keys {list(m.keys())}")
    if m["id"] != aid: err(aid, "article.id != file stem")
    if m["title"] != head: err(aid, "article.title != line 1")
    if not m["url"].startswith("https://example.org/"): err(aid, "url must be https://example.org/...")
    if m["publishedAt"] is None:
        null_pub += 1
    else:
        try:
            pd = datetime.date.fromisoformat(m["publishedAt"])
            if not (datetime.date(2017, 3, 1) <= pd <= datetime.date(2017, 5, 31)):
                err(aid, "publishedAt outside March-May 2017")
        except ValueError:
            err(aid, "publishedAt not ISO date")
    for fld, reg_ids in (("actors", ACT), ("places", PLA)):
        vals = g[fld]
        if len(set(vals)) != len(vals): err(aid, f"duplicate ids in {fld}")
        for x in vals:
            if x not in reg_ids: err(aid, f"{fld}: unknown id {x}")
    actors, places = set(g["actors"]), set(g["places"])
    # alias coverage (warnings): scan headline + standfirst + body
    scan = "\n".join([head, sf or "", bodytext])
    for x in g["actors"]:
        if x in ACT and not any(al in scan for al in ACT[x]["aliases"] + [ACT[x]["name"]]):
            warn(aid, f"actor {x}: no literal alias in text (description/metonymy?)")
    for x in g["places"]:
        if x in PLA and not any(al in scan for al in PLA[x]["aliases"] + [PLA[x]["name"]]):
            warn(aid, f"place {x}: no literal alias in text")
    # incidents
    keys = set()
    for inc in g["incidents"]:
        total["incidents"] += 1
        if list(inc.keys()) != INC_KEYS: err(aid, f"incident keys {list(inc.keys())}")
        if inc["key"] in keys: err(aid, f"duplicate incident key {inc['key']}")
        keys.add(inc["key"])
        if inc["kind"] not in KINDS: err(aid, f"bad kind {inc['kind']}")
        if inc["date"] is not None:
            try: datetime.date.fromisoformat(inc["date"])
            except ValueError: err(aid, f"bad date {inc['date']}")
        if not inc["places"]: err(aid, f"incident {inc['key']} has no places")
        for p in inc["places"]:
            if p not in PLA: err(aid, f"incident place unknown {p}")
            if p not in places: err(aid, f"incident place {p} not in article places")
        for a in inc["perpetratorAlleged"]:
            if a not in ACT: err(aid, f"perpetrator unknown {a}")
            if a not in actors: err(aid, f"perpetrator {a} not in article actors")
        s = inc["sameAs"]
        if s is not None:
            if s not in GLO: err(aid, f"sameAs unknown {s}"); continue
            gi = GLO[s]
            glob_use.setdefault(s, set()).add(aid)
            if gi["date"] != inc["date"]: err(aid, f"{inc['key']} date {inc['date']} != {s} {gi['date']}")
            if sorted(gi["places"]) != sorted(inc["places"]): err(aid, f"{inc['key']} places != {s}")
            if gi["kind"] != inc["kind"]: err(aid, f"{inc['key']} kind != {s}")
            if aid not in gi["articles"]: err(aid, f"{s} does not list {aid}")
    # statements
    for n, st in enumerate(g["statements"], 1):
        total["statements"] += 1
        tag = f"statement {n}"
        if list(st.keys()) != ST_KEYS: err(aid, f"{tag} keys {list(st.keys())}")
        if st["speaker"] not in ACT: err(aid, f"{tag} unknown speaker {st['speaker']}")
        if st["speaker"] not in actors: err(aid, f"{tag} speaker {st['speaker']} not in actors")
        if st["stance"] not in STANCES: err(aid, f"{tag} bad stance")
        ab = st["about"]
        if list(ab.keys()) != ["incident", "actor"]: err(aid, f"{tag} about keys")
        if ab["incident"] is not None and ab["incident"] not in keys: err(aid, f"{tag} about.incident {ab['incident']} unknown")
        if ab["actor"] is not None:
            if ab["actor"] not in ACT: err(aid, f"{tag} about.actor unknown")
            elif ab["actor"] not in actors: err(aid, f"{tag} about.actor {ab['actor']} not in actors")
        for f in ("killed", "injured", "children"):
            v = st[f]
            if v is not None and (not isinstance(v, int) or isinstance(v, bool) or v < 0): err(aid, f"{tag} {f} must be int>=0 or null")
        if st["killed"] is not None or st["injured"] is not None or st["children"] is not None:
            total["figures"] += 1
        q = st["qualifier"]
        if st["killed"] is None and st["injured"] is None:
            if q is not None: err(aid, f"{tag} qualifier without killed/injured")
        elif q not in QUALS: err(aid, f"{tag} qualifier missing/invalid")
        if st["children"] is not None and st["killed"] is not None and st["children"] > st["killed"]:
            err(aid, f"{tag} children > killed")
        ev = st["evidence"]
        if not isinstance(ev, str) or not ev.strip():
            err(aid, f"{tag} evidence missing"); continue
        if not any(ev in b for b in body):
            where = "headline" if ev in head else "standfirst" if sf and ev in sf else \
                    "noise line" if any(ev in x for x in noise) else "nowhere"
            err(aid, f"{tag} evidence not an exact substring of a body line (found in {where}): {ev[:60]!r}")
    if g["incidents"] == [] and aid != "h10-03":
        warn(aid, "no incidents")
for gid, arts in glob_use.items():
    if sorted(arts) != sorted(GLO[gid]["articles"]):
        err("entities.json", f"{gid} articles {GLO[gid]['articles']} != used by {sorted(arts)}")
for gid, gi in GLO.items():
    if gid >= "G95" and gid not in glob_use:
        err("entities.json", f"{gid} defined but unused")
if null_pub < 1:
    err("set", "no article with publishedAt null")

for w in warnings: print("WARNING", w)
for e in errors: print("ERROR", e)
print(f"{len(IDS)} articles, {total['incidents']} incidents, {total['statements']} statements, "
      f"{total['figures']} with figures; {len(errors)} errors, {len(warnings)} warnings")
sys.exit(1 if errors else 0)
