#!/usr/bin/env python3
"""Self-check for the h24 held-out set. Run: python3 validate.py  (from any directory)."""
import json, os, re, sys, glob
HERE = os.path.dirname(os.path.abspath(__file__))
errors, warnings = [], []
def err(m): errors.append(m)
def warn(m): warnings.append(m)

E = json.load(open(os.path.join(HERE, "entities.json")))
ACT = {a["id"]: a for a in E["actors"]}
PL = {p["id"]: p for p in E["places"]}
GI = {g["id"]: g for g in E["globalIncidents"]}

# registry must be a superset of the shared corpus registry
shared = "/work/shared/corpus/entities.json"
if os.path.exists(shared):
    S = json.load(open(shared))
    for part in ("actors", "places", "globalIncidents"):
        mine = {x["id"] for x in E[part]}
        for x in S[part]:
            if x["id"] not in mine:
                err(f"registry: shared {part} id {x['id']} missing")
for a in E["actors"]:
    if a.get("partOf") and a["partOf"] not in ACT:
        err(f"registry: actor {a['id']} partOf unknown {a['partOf']}")
for p in E["places"]:
    if p.get("parent") and p["parent"] not in PL:
        err(f"registry: place {p['id']} parent unknown {p['parent']}")
    if not (isinstance(p.get("lat"), (int, float)) and isinstance(p.get("lon"), (int, float))):
        err(f"registry: place {p['id']} lacks coordinates")
for g in E["globalIncidents"]:
    for pl in g["places"]:
        if pl not in PL: err(f"registry: {g['id']} place {pl} unknown")

NOISE = [r"^By ", r"^Share", r"^Related:", r"^Related ", r"^Read more", r"^READ MORE", r"^Photo", r"^Image caption",
         r"^\[CAPTION", r"^\(Reporting", r"^\(.*[Ee]diting by", r"^Updated ", r"^UPDATE: This story", r"^Translated from",
         r"^Broadcast:", r"^Horizon 24 Evening Bulletin", r"^Hansard \(", r"^Volume \d+", r"^Oral Answers",
         r"^A/HRC", r"^Distributed ", r"^\[\d+\]", r"^United Nations S/", r"^Security Council Distr", r"^Original:",
         r"^Field Notes —", r"^Sada al-Shamal —", r"^Cedar Wire Service$", r"^The Frontline Ledger", r"^Advertisement",
         r"^SOURCE:", r"^_{3,}", r"^\d{1,2} [A-Z][a-z]+ \d{4}$"]
def is_noise(line):
    return any(re.search(p, line.strip()) for p in NOISE)

STANCES = {"CLAIM", "DENIAL", "ACCUSATION", "CRITICISM", "CALL", "CONFIRMATION"}
KINDS = {"AIRSTRIKE", "SHELLING", "OTHER"}
QUALS = {"AT_LEAST", "MORE_THAN", "ABOUT", "EXACT", None}
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")

def alias_hit(text, aliases):
    for al in aliases:
        if re.search(r"(?<![A-Za-z])" + re.escape(al) + r"(?![A-Za-z])", text, re.I if al.islower() else 0):
            return True
    return False

ids = sorted(os.path.basename(p)[:-4] for p in glob.glob(os.path.join(HERE, "h24-*.txt")))
if len(ids) != 8: err(f"expected 8 articles, found {len(ids)}")
uses = {}
tot = dict(inc=0, st=0, fig=0)
for aid in ids:
    raw = open(os.path.join(HERE, aid + ".txt"), encoding="utf-8").read()
    lines = raw.split("\n")
    if len(lines) < 3 or lines[1].strip() != "":
        err(f"{aid}: line 2 must be blank")
    head = lines[0]
    body_lines = lines[2:]
    clean = [l for l in body_lines if l.strip() and not is_noise(l)]
    noise = [l for l in body_lines if l.strip() and is_noise(l)]
    clean_text = "\n".join(clean)
    wc = len(clean_text.split())
    if not 200 <= wc <= 450: err(f"{aid}: body (without noise) has {wc} words, expected 200-450")
    gp = os.path.join(HERE, aid + ".gold.json")
    try:
        G = json.load(open(gp, encoding="utf-8"))
    except Exception as e:
        err(f"{aid}: cannot read gold: {e}"); continue
    if list(G.keys()) != ["article", "actors", "places", "incidents", "statements"]:
        err(f"{aid}: top-level keys {list(G.keys())}")
    art = G["article"]
    if set(art) != {"id", "title", "outlet", "publishedAt", "url"}: err(f"{aid}: article keys {sorted(art)}")
    if art["id"] != aid: err(f"{aid}: article.id {art['id']}")
    if art["title"] != head: err(f"{aid}: title differs from line 1")
    if not art["url"].startswith("https://example.org/"): err(f"{aid}: url not example.org")
    pub = art["publishedAt"]
    if pub is not None and not DATE.match(pub): err(f"{aid}: bad publishedAt {pub}")
    if pub is not None and not ("2015-01-01" <= pub <= "2016-12-31"): err(f"{aid}: publishedAt outside 2015-2016")
    actors, places = G["actors"], G["places"]
    for x in actors:
        if x not in ACT: err(f"{aid}: unknown actor {x}")
    for x in places:
        if x not in PL: err(f"{aid}: unknown place {x}")
    if len(set(actors)) != len(actors): err(f"{aid}: duplicate actors")
    if len(set(places)) != len(places): err(f"{aid}: duplicate places")
    scan = head + "\n" + clean_text
    for x in actors:
        if x in ACT and not alias_hit(scan, ACT[x]["aliases"] + [ACT[x]["name"]]):
            warn(f"{aid}: actor {x} has no literal alias in headline/body (check: descriptor/pronoun/adjective)")
    for x in places:
        if x in PL and not alias_hit(scan, PL[x]["aliases"] + [PL[x]["name"]]):
            warn(f"{aid}: place {x} has no literal alias in headline/body")
    keys = set()
    for inc in G["incidents"]:
        tot["inc"] += 1
        if set(inc) != {"key", "kind", "date", "places", "perpetratorAlleged", "sameAs"}: err(f"{aid}: incident keys {sorted(inc)}")
        if inc["key"] in keys: err(f"{aid}: duplicate incident key {inc['key']}")
        keys.add(inc["key"])
        if inc["kind"] not in KINDS: err(f"{aid}/{inc['key']}: bad kind")
        d = inc["date"]
        if d is not None and not DATE.match(d): err(f"{aid}/{inc['key']}: bad date")
        if d is not None and pub is not None and d > pub: err(f"{aid}/{inc['key']}: date after publication")
        if not inc["places"]: err(f"{aid}/{inc['key']}: no places")
        for p in inc["places"]:
            if p not in places: err(f"{aid}/{inc['key']}: place {p} not in article places")
        for p in inc["perpetratorAlleged"]:
            if p not in actors: err(f"{aid}/{inc['key']}: perpetrator {p} not in article actors")
        s = inc["sameAs"]
        if s is not None:
            if s not in GI: err(f"{aid}/{inc['key']}: sameAs {s} not in registry"); continue
            g = GI[s]
            if g["date"] != d: err(f"{aid}/{inc['key']}: date {d} != {s} date {g['date']}")
            if not set(g["places"]) & set(inc["places"]): err(f"{aid}/{inc['key']}: no place shared with {s}")
            if g["kind"] != inc["kind"]: err(f"{aid}/{inc['key']}: kind differs from {s}")
            if aid not in g.get("articles", []): err(f"{aid}/{inc['key']}: {s}.articles lacks {aid}")
            uses.setdefault(s, []).append(aid)
    for i, st in enumerate(G["statements"]):
        tot["st"] += 1
        tag = f"{aid}/S{i+1}"
        if set(st) != {"speaker", "stance", "about", "killed", "injured", "children", "qualifier", "evidence"}:
            err(f"{tag}: keys {sorted(st)}")
        if st["speaker"] not in actors: err(f"{tag}: speaker {st['speaker']} not in actors")
        if st["stance"] not in STANCES: err(f"{tag}: stance {st['stance']}")
        ab = st["about"]
        if set(ab) != {"incident", "actor"}: err(f"{tag}: about keys")
        if ab["incident"] is not None and ab["incident"] not in keys: err(f"{tag}: about.incident {ab['incident']} unknown")
        if ab["actor"] is not None and ab["actor"] not in actors: err(f"{tag}: about.actor {ab['actor']} not in actors")
        if st["stance"] in ("ACCUSATION", "CRITICISM") and st["stance"] == "ACCUSATION" and ab["actor"] is None:
            err(f"{tag}: ACCUSATION without accused")
        for f in ("killed", "injured", "children"):
            v = st[f]
            if v is not None and (not isinstance(v, int) or v < 0): err(f"{tag}: {f} must be a non-negative int or null")
        if any(st[f] is not None for f in ("killed", "injured")): tot["fig"] += 1
        if st["qualifier"] not in QUALS: err(f"{tag}: qualifier {st['qualifier']}")
        if (st["killed"] is None and st["injured"] is None) != (st["qualifier"] is None):
            err(f"{tag}: qualifier must be set iff killed or injured is set")
        if st["children"] is not None and st["killed"] is not None and st["children"] > st["killed"]:
            err(f"{tag}: children > killed")
        ev = st["evidence"]
        if not ev or ev not in raw:
            err(f"{tag}: evidence not found verbatim: {ev[:70]!r}")
        elif ev in head and ev not in "\n".join(body_lines):
            err(f"{tag}: evidence only in headline")
        elif not any(ev in l for l in clean):
            if any(ev in l for l in noise): err(f"{tag}: evidence lies in a noise line")
            else: err(f"{tag}: evidence spans lines or is not in clean body")
for s, arts in uses.items():
    if sorted(set(arts)) != sorted(GI[s]["articles"]):
        err(f"{s}: articles {GI[s]['articles']} vs used in {sorted(set(arts))}")
for g in E["globalIncidents"]:
    if g["id"].startswith("G26") and len(set(uses.get(g["id"], []))) < 2:
        err(f"{g['id']}: used by fewer than two articles")
print(f"articles={len(ids)} incidents={tot['inc']} statements={tot['st']} statements_with_figures={tot['fig']}")
for w in warnings: print("WARNING:", w)
for e in errors: print("ERROR:", e)
print(f"{len(errors)} error(s), {len(warnings)} warning(s)")
sys.exit(1 if errors else 0)
