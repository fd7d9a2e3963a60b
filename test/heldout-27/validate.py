#!/usr/bin/env python3
"""Self-check for the heldout-27 synthetic set (h27-01 .. h27-08).

Run:  python3 validate.py      (from any directory)
Exit code 0 = no errors. Warnings are printed but do not fail.
"""
import json, os, re, sys, datetime

HERE = os.path.dirname(os.path.abspath(__file__))
IDS = [f"h27-{i:02d}" for i in range(1, 9)]
STANCES = {"CLAIM", "DENIAL", "ACCUSATION", "CRITICISM", "CALL", "CONFIRMATION"}
KINDS = {"AIRSTRIKE", "SHELLING", "OTHER"}
QUALS = {None, "AT_LEAST", "MORE_THAN", "ABOUT", "EXACT"}
MIN_WORDS, MAX_WORDS = 200, 350

# Generic noise-line patterns (corpus guidelines) ...
NOISE_RE = [
    r"^By [A-Z]", r"^(Share|Email|Facebook|Twitter|Print)\b", r"^Share \|", r"^Advertisement$",
    r"^(Related|Read more|READ MORE|Related News|Related Topics|Also on)\b", r"^Photo:", r"^Image caption:",
    r"^\(Reporting by", r"^\(Adds ", r"^___$", r"^SOURCE:", r"^[a-z]{2,3}(/[a-z]{2,3})+$",
    r"^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday) \d{1,2} [A-Z][a-z]+ \d{4}(, \d\d:\d\d)?$",
    r"^[A-Z][a-z]+ \d{1,2}, \d{4}$",
]
# ... plus the set-specific noise lines (exact line starts), decided per article.
NOISE_START = {
    "h27-01": ["Helen Armitage writes on the Middle East"],
    "h27-02": ["Report excerpt – Summary and Recommendations"],
    "h27-03": [],
    "h27-04": ["Prepared by:", "Distribution:", "Classification:", "Next report:"],
    "h27-05": ["Radio Shamal FM – transcript", "Presenter:", "[The interview has been edited"],
    "h27-06": ["Issued by the media office", "Media office – Revolutionary Council", "For corrections write"],
    "h27-07": ["From OpenAtlas", "Jump to:", "Contents:", "References", "Categories:",
               "1. ", "2. ", "3. ", "4. ", "5. ", "6. ", "7. ", "8. ", "9. ", "10. "],
    "h27-08": ["The Northern Ledger – Letters to the Editor"],
}

errors, warnings = [], []
def err(a, m): errors.append(f"{a}: {m}")
def warn(a, m): warnings.append(f"{a}: {m}")

def is_noise(aid, line):
    s = line.strip()
    if not s:
        return False
    if any(re.match(p, s) for p in NOISE_RE):
        return True
    return any(s.startswith(x) for x in NOISE_START.get(aid, []))

reg = json.load(open(os.path.join(HERE, "entities.json"), encoding="utf-8"))
ACT = {a["id"]: a for a in reg["actors"]}
PLC = {p["id"]: p for p in reg["places"]}
GLOB = {g["id"]: g for g in reg["globalIncidents"]}

# registry sanity: the original corpus registry must be preserved
orig_path = "/work/shared/corpus/entities.json"
if os.path.exists(orig_path):
    orig = json.load(open(orig_path, encoding="utf-8"))
    for part in ("actors", "places", "globalIncidents"):
        have = {x["id"] for x in reg[part]}
        for x in orig[part]:
            if x["id"] not in have:
                err("entities.json", f"original {part} id {x['id']} missing")
for a in reg["actors"]:
    if a.get("partOf") and a["partOf"] not in ACT:
        err("entities.json", f"actor {a['id']} partOf unknown {a['partOf']}")
for p in reg["places"]:
    for k in ("lat", "lon"):
        if not isinstance(p.get(k), (int, float)):
            err("entities.json", f"place {p['id']} missing {k}")
for g in reg["globalIncidents"]:
    for pl in g["places"]:
        if pl not in PLC:
            err("entities.json", f"global {g['id']} place {pl} unknown")

def isdate(s):
    try:
        datetime.date.fromisoformat(s); return True
    except Exception:
        return False

seen_global = {}
tot = {"articles": 0, "incidents": 0, "statements": 0, "figures": 0}
for aid in IDS:
    tp, gp = os.path.join(HERE, aid + ".txt"), os.path.join(HERE, aid + ".gold.json")
    if not os.path.exists(tp) or not os.path.exists(gp):
        err(aid, "missing .txt or .gold.json"); continue
    text = open(tp, encoding="utf-8").read()
    lines = text.split("\n")
    if len(lines) < 3 or lines[1].strip() != "":
        err(aid, "line 2 must be blank (headline, blank line, body)")
    body_lines = lines[2:]
    clean = [l for l in body_lines if not is_noise(aid, l)]
    clean_text = "\n".join(clean)
    noise_text = "\n".join(l for l in body_lines if is_noise(aid, l))
    words = len(re.findall(r"\S+", clean_text))
    if not (MIN_WORDS <= words <= MAX_WORDS):
        err(aid, f"body word count {words} outside {MIN_WORDS}-{MAX_WORDS}")
    g = json.load(open(gp, encoding="utf-8"))
    tot["articles"] += 1
    if set(g) != {"article", "actors", "places", "incidents", "statements"}:
        err(aid, f"top-level keys {sorted(g)}")
    art = g["article"]
    if set(art) != {"id", "title", "outlet", "publishedAt", "url"}:
        err(aid, f"article keys {sorted(art)}")
    if art["id"] != aid: err(aid, "article.id != file stem")
    if art["title"] != lines[0]: err(aid, "article.title != line 1")
    if not art["url"].startswith("https://example.org/"): err(aid, "url must be https://example.org/...")
    pub = art["publishedAt"]
    if pub is not None and not isdate(pub): err(aid, f"bad publishedAt {pub}")
    if pub and not (("2012-01-01" <= pub <= "2014-12-31")): err(aid, "publishedAt outside 2012-2014")
    actors, places = g["actors"], g["places"]
    for x in actors:
        if x not in ACT: err(aid, f"actor {x} not in registry")
    for x in places:
        if x not in PLC: err(aid, f"place {x} not in registry")
    if len(set(actors)) != len(actors): err(aid, "duplicate actors")
    if len(set(places)) != len(places): err(aid, "duplicate places")
    # alias sanity (warning only): some alias of each listed entity should occur in headline/body
    scan = (lines[0] + "\n" + clean_text).lower()
    for x in actors:
        if x in ACT:
            names = [ACT[x]["name"]] + ACT[x].get("aliases", [])
            if not any(n.lower() in scan for n in names):
                warn(aid, f"actor {x}: no literal alias found in text (descriptive mention?)")
    for x in places:
        if x in PLC:
            names = [PLC[x]["name"]] + PLC[x].get("aliases", [])
            if not any(n.lower() in scan for n in names):
                warn(aid, f"place {x}: no literal alias found in text")
    keys = set()
    for inc in g["incidents"]:
        tot["incidents"] += 1
        if set(inc) != {"key", "kind", "date", "places", "perpetratorAlleged", "sameAs"}:
            err(aid, f"incident keys {sorted(inc)}")
        k = inc["key"]
        if k in keys: err(aid, f"duplicate incident key {k}")
        keys.add(k)
        if inc["kind"] not in KINDS: err(aid, f"{k}: bad kind")
        if inc["date"] is not None and not isdate(inc["date"]): err(aid, f"{k}: bad date")
        if inc["date"] and not ("2012-01-01" <= inc["date"] <= "2014-12-31"): err(aid, f"{k}: date outside 2012-2014")
        if pub and inc["date"] and inc["date"] > pub: err(aid, f"{k}: date after publication")
        if not inc["places"]: err(aid, f"{k}: no places")
        for p in inc["places"]:
            if p not in places: err(aid, f"{k}: place {p} not in article places")
        for p in inc["perpetratorAlleged"]:
            if p not in actors: err(aid, f"{k}: perpetrator {p} not in article actors")
        sa = inc["sameAs"]
        if sa is not None:
            if sa not in GLOB: err(aid, f"{k}: sameAs {sa} unknown")
            else:
                gi = GLOB[sa]
                if gi["date"] != inc["date"]: err(aid, f"{k}: sameAs {sa} date {gi['date']} != {inc['date']}")
                if set(gi["places"]) != set(inc["places"]): err(aid, f"{k}: sameAs {sa} places differ")
                if gi["kind"] != inc["kind"]: err(aid, f"{k}: sameAs {sa} kind differs")
                if aid not in gi["articles"]: err(aid, f"{k}: article not listed in {sa}.articles")
                seen_global.setdefault(sa, set()).add(aid)
    for i, s in enumerate(g["statements"]):
        tot["statements"] += 1
        tag = f"statement {i}"
        if set(s) != {"speaker", "stance", "about", "killed", "injured", "children", "qualifier", "evidence"}:
            err(aid, f"{tag}: keys {sorted(s)}")
        if s["speaker"] not in actors: err(aid, f"{tag}: speaker {s['speaker']} not in actors")
        if s["stance"] not in STANCES: err(aid, f"{tag}: bad stance")
        ab = s["about"]
        if set(ab) != {"incident", "actor"}: err(aid, f"{tag}: about keys")
        if ab["incident"] is not None and ab["incident"] not in keys: err(aid, f"{tag}: about.incident {ab['incident']} unknown")
        if ab["actor"] is not None and ab["actor"] not in actors: err(aid, f"{tag}: about.actor {ab['actor']} not in actors")
        if s["stance"] == "ACCUSATION" and ab["actor"] is None: err(aid, f"{tag}: ACCUSATION without accused")
        for f in ("killed", "injured", "children"):
            v = s[f]
            if v is not None and (not isinstance(v, int) or v < 0): err(aid, f"{tag}: bad {f}")
        if s["killed"] is not None or s["injured"] is not None or s["children"] is not None:
            tot["figures"] += 1
        if s["qualifier"] not in QUALS: err(aid, f"{tag}: bad qualifier")
        if (s["killed"] is None and s["injured"] is None) != (s["qualifier"] is None):
            err(aid, f"{tag}: qualifier must be set iff killed or injured is set")
        if s["children"] is not None and s["killed"] is not None and s["children"] > s["killed"]:
            err(aid, f"{tag}: children > killed")
        ev = s["evidence"]
        if not ev or ev not in text: err(aid, f"{tag}: evidence not a substring of the article: {ev[:60]!r}")
        elif ev not in clean_text:
            err(aid, f"{tag}: evidence only found in headline/noise: {ev[:60]!r}")
        elif ev in noise_text:
            err(aid, f"{tag}: evidence occurs in a noise line: {ev[:60]!r}")
    print(f"{aid}: {words} body words, {len(g['incidents'])} incidents, {len(g['statements'])} statements, publishedAt={pub}")

for gid, gi in GLOB.items():
    for a in gi["articles"]:
        if a in IDS and a not in seen_global.get(gid, set()):
            err("entities.json", f"{gid} lists {a} but no incident there has sameAs {gid}")
for gid in ("G290", "G291"):
    if len(seen_global.get(gid, ())) < 2:
        err("set", f"{gid} must be reported by at least two articles")

print(f"\nTotals: {tot}")
for w in warnings: print("WARNING", w)
for e in errors: print("ERROR", e)
print(f"\n{len(errors)} error(s), {len(warnings)} warning(s)")
sys.exit(1 if errors else 0)
