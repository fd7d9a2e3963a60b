#!/usr/bin/env python3
"""Self-check for the heldout-11 synthetic set (h11-01 .. h11-08).

Run:  python3 validate.py        (from any directory)
Checks JSON shape (same keys as the dev corpus gold), registry ids, evidence strings
(exact substrings of one non-noise body line), actor/place/incident cross-references,
sameAs consistency with entities.json, dates, and body word counts.
Errors make the exit status 1; warnings are heuristics for a human to look at.
"""
import json, os, re, sys, datetime

HERE = os.path.dirname(os.path.abspath(__file__))
ARTICLES = [f"h11-{i:02d}" for i in range(1, 9)]

# Noise lines per article (exact lines after stripping), following the corpus guidelines:
# bylines, masthead/date lines, timestamps, share blocks, related/read-more, photo captions,
# credits, transcript boilerplate, update stamps, jump lines, contact lines.
NOISE = {
    "h11-01": ["HWT WORLD TONIGHT - TRANSCRIPT", "Friday 21 February 2020", "[19:00:12]", "[19:03:47]",
               "(c) Horizon World Television. This transcript is produced to a tight deadline and may not be 100% accurate."],
    "h11-02": ["THE LEVANT COURIER | Tuesday, February 18, 2020 | Page 1", "By Miriam Sayegh", "Foreign Correspondent",
               "Photo: Men search the rubble of the bakery in Sarmin on Monday. (Levant Courier/Stringer)",
               "Continued on Page 6", "Related coverage: The exodus from Idlib, in pictures — Pages 8-9"],
    "h11-03": ["UN BEAT DAILY - Briefing notes", "25 February 2020", "Share this: Email | Twitter | LinkedIn"],
    "h11-04": ["Novaya Vest Agency", "Published: 21.02.2020 14:32 (MSK)", "Read also: Lavrov and Cavusoglu discuss Idlib by phone"],
    "h11-05": ["The Crossroads Review | Explainer", "Share | Tweet | Email",
               "Photo caption: Families queue for bread in Sarmin, 16 February. Crossroads Review/Handout",
               "Related: Who controls what in Idlib? An interactive map"],
    "h11-06": ["Orontes Herald - Idlib desk", "First published 17/02/2020 09:40 | Last updated 17/02/2020 18:05",
               "UPDATE 1 - 12:20", "UPDATE 2 - 18:05", "Read more: Sarmin residents flee north as front line nears"],
    "h11-07": ["Syria Accountability Project | Investigation summary", "10 March 2020",
               "Download the full report (PDF, 38 pages)", "Media contact: press@example.org"],
    "h11-08": ["The Frontier Ledger", "By Selin Aras and Omar Kassab", "14 February 2020", "Advertisement",
               "(Reporting by Selin Aras in Atmeh and Omar Kassab in Gaziantep; editing by Ruth Pell)"],
}
# Lines that are body text but carry no evidence (speaker labels in the transcript, section heads).
LABEL_LINES = {
    "h11-01": ["[CLIP - DR HAZEM RIFAI, SYRIAN AMERICAN MEDICAL SOCIETY]", "[END CLIP]"],
    "h11-03": ["NORTH-WEST SYRIA", "QUESTIONS AND ANSWERS", "ALSO AT THE BRIEFING"],
}

STANCES = {"CALL", "DENIAL", "CONFIRMATION", "ACCUSATION", "CRITICISM", "CLAIM"}
QUALS = {"AT_LEAST", "MORE_THAN", "ABOUT", "EXACT"}
KINDS = {"AIRSTRIKE", "SHELLING", "OTHER"}
ART_KEYS = ["article", "actors", "places", "incidents", "statements"]
META_KEYS = {"id", "title", "outlet", "publishedAt", "url"}
INC_KEYS = {"key", "kind", "date", "places", "perpetratorAlleged", "sameAs"}
ST_KEYS = {"speaker", "stance", "about", "killed", "injured", "children", "qualifier", "evidence"}

errors, warnings = [], []
def err(a, m): errors.append(f"[{a}] {m}")
def warn(a, m): warnings.append(f"[{a}] {m}")

def valid_date(s):
    try:
        datetime.date.fromisoformat(s); return True
    except Exception:
        return False

reg = json.load(open(os.path.join(HERE, "entities.json"), encoding="utf-8"))
ACT = {a["id"]: a for a in reg["actors"]}
PLA = {p["id"]: p for p in reg["places"]}
GLO = {g["id"]: g for g in reg["globalIncidents"]}
# registry sanity
for coll, name in ((reg["actors"], "actor"), (reg["places"], "place"), (reg["globalIncidents"], "global")):
    ids = [x["id"] for x in coll]
    if len(ids) != len(set(ids)):
        err("registry", f"duplicate {name} ids")
for a in reg["actors"]:
    if a.get("partOf") and a["partOf"] not in ACT:
        err("registry", f"actor {a['id']} partOf unknown {a['partOf']}")
for p in reg["places"]:
    if not isinstance(p.get("lat"), (int, float)) or not isinstance(p.get("lon"), (int, float)):
        err("registry", f"place {p['id']} lacks coordinates")
# the original registry must be preserved
orig_path = "/work/shared/corpus/entities.json"
if os.path.exists(orig_path):
    orig = json.load(open(orig_path, encoding="utf-8"))
    for part in ("actors", "places", "globalIncidents"):
        have = {x["id"]: x for x in reg[part]}
        for x in orig[part]:
            if x["id"] not in have:
                err("registry", f"original {part} id {x['id']} missing")
            elif x.get("name", x.get("label")) != have[x["id"]].get("name", have[x["id"]].get("label")):
                err("registry", f"original {part} id {x['id']} renamed")
            elif "aliases" in x and not set(x["aliases"]) <= set(have[x["id"]]["aliases"]):
                err("registry", f"original aliases of {x['id']} removed")

def mentions(text, entity):
    names = list(entity.get("aliases", [])) + [entity.get("name", "")]
    for n in names:
        if n and re.search(r"(?<![\w-])" + re.escape(n) + r"(?![\w-])", text, re.I):
            return True
    return False

sameas_seen = {}
total = {"articles": 0, "incidents": 0, "statements": 0, "figures": 0}
for aid in ARTICLES:
    tpath = os.path.join(HERE, aid + ".txt"); gpath = os.path.join(HERE, aid + ".gold.json")
    if not os.path.exists(tpath) or not os.path.exists(gpath):
        err(aid, "missing file"); continue
    raw = open(tpath, encoding="utf-8").read()
    lines = raw.split("\n")
    if len(lines) < 3 or lines[1].strip() != "":
        err(aid, "line 2 must be blank (headline, blank line, body)")
    headline = lines[0]
    noise = set(NOISE.get(aid, [])); labels = set(LABEL_LINES.get(aid, []))
    for n in noise | labels:
        if n not in [l.strip() for l in lines]:
            err(aid, f"declared noise/label line not found: {n!r}")
    body_lines = [l for l in lines[2:] if l.strip() and l.strip() not in noise]
    evid_lines = [l for l in body_lines if l.strip() not in labels]
    scan_text = headline + "\n" + "\n".join(body_lines)
    body_text = "\n".join(body_lines)
    wc = len(re.findall(r"\S+", body_text))
    if not 200 <= wc <= 450:
        err(aid, f"body word count {wc} outside 200-450")
    elif wc > 350:
        warn(aid, f"body word count {wc} above the 350 target")

    g = json.load(open(gpath, encoding="utf-8"))
    total["articles"] += 1
    if list(g.keys()) != ART_KEYS:
        err(aid, f"top-level keys {list(g.keys())} != {ART_KEYS}")
    m = g.get("article", {})
    if set(m) != META_KEYS: err(aid, f"article keys {sorted(m)}")
    if m.get("id") != aid: err(aid, "article.id != file stem")
    if m.get("title") != headline: err(aid, "article.title != line 1")
    if not str(m.get("url", "")).startswith("https://example.org/"): err(aid, "url must be https://example.org/...")
    pub = m.get("publishedAt")
    if pub is not None and not valid_date(pub): err(aid, f"bad publishedAt {pub}")

    actors, places = g["actors"], g["places"]
    for lst, reg_, nm in ((actors, ACT, "actor"), (places, PLA, "place")):
        if len(lst) != len(set(lst)): err(aid, f"duplicate {nm}s")
        for x in lst:
            if x not in reg_: err(aid, f"unknown {nm} id {x}")
            elif not mentions(scan_text, reg_[x]):
                warn(aid, f"{nm} {x}: no registry alias found verbatim in headline/body (check it is a description or metonymy)")
    # heuristic: registry entries named in the text but not listed. Aliases of listed
    # entities are masked first, so "Syria" inside "north-west Syria" or "the UN" inside
    # "the UN human rights office" does not trigger a warning.
    masked = scan_text
    listed_aliases = [n for e in [ACT[x] for x in actors if x in ACT] + [PLA[x] for x in places if x in PLA]
                      for n in e.get("aliases", [])]
    for n in sorted(listed_aliases, key=len, reverse=True):
        masked = re.sub(r"(?<![\w-])" + re.escape(n) + r"(?![\w-])", lambda mo: "#" * len(mo.group(0)), masked, flags=re.I)
    for reg_, lst, nm in ((ACT, actors, "actor"), (PLA, places, "place")):
        for eid, e in reg_.items():
            if eid in lst: continue
            ctx = set(e.get("contextualAliases", []))
            for n in e.get("aliases", []):
                if n in ctx or len(n) < 3: continue
                if re.search(r"(?<![\w-])" + re.escape(n) + r"(?![\w-])", masked):
                    warn(aid, f"text contains {n!r} ({nm} {eid}) which is not listed"); break

    keys = {}
    for inc in g["incidents"]:
        total["incidents"] += 1
        if set(inc) != INC_KEYS: err(aid, f"incident keys {sorted(inc)}")
        k = inc["key"]
        if k in keys: err(aid, f"duplicate incident key {k}")
        keys[k] = inc
        if inc["kind"] not in KINDS: err(aid, f"{k}: bad kind")
        if inc["date"] is not None:
            if not valid_date(inc["date"]): err(aid, f"{k}: bad date")
            elif pub and inc["date"] > pub: err(aid, f"{k}: date after publication")
        if not inc["places"]: err(aid, f"{k}: no places")
        for p in inc["places"]:
            if p not in places: err(aid, f"{k}: place {p} not in article places")
        for p in inc["perpetratorAlleged"]:
            if p not in actors: err(aid, f"{k}: perpetrator {p} not in article actors")
        sa = inc["sameAs"]
        if sa is not None:
            if sa not in GLO: err(aid, f"{k}: sameAs {sa} not in registry")
            else:
                gi = GLO[sa]
                if gi["kind"] != inc["kind"]: err(aid, f"{k}: kind differs from {sa}")
                if gi["date"] != inc["date"]: err(aid, f"{k}: date {inc['date']} differs from {sa} {gi['date']}")
                if set(gi["places"]) != set(inc["places"]): err(aid, f"{k}: places differ from {sa}")
                if aid not in gi["articles"]: err(aid, f"{k}: {aid} not listed in {sa}.articles")
                sameas_seen.setdefault(sa, []).append(aid)
    ref_inc = set()
    for i, s in enumerate(g["statements"]):
        total["statements"] += 1
        tag = f"S{i+1}"
        if set(s) != ST_KEYS: err(aid, f"{tag}: keys {sorted(s)}")
        if s["speaker"] not in actors: err(aid, f"{tag}: speaker {s['speaker']} not in actors")
        if s["stance"] not in STANCES: err(aid, f"{tag}: bad stance")
        ab = s["about"]
        if set(ab) != {"incident", "actor"}: err(aid, f"{tag}: about keys")
        if ab["incident"] is not None:
            if ab["incident"] not in keys: err(aid, f"{tag}: about.incident {ab['incident']} unknown")
            ref_inc.add(ab["incident"])
        if ab["actor"] is not None and ab["actor"] not in actors:
            err(aid, f"{tag}: about.actor {ab['actor']} not in actors")
        for f in ("killed", "injured", "children"):
            v = s[f]
            if v is not None and (not isinstance(v, int) or isinstance(v, bool) or v < 0):
                err(aid, f"{tag}: {f} must be a non-negative int or null")
        if any(s[f] is not None for f in ("killed", "injured", "children")):
            total["figures"] += 1
        if (s["killed"] is None and s["injured"] is None) != (s["qualifier"] is None):
            err(aid, f"{tag}: qualifier must be set iff killed or injured is set")
        if s["qualifier"] is not None and s["qualifier"] not in QUALS: err(aid, f"{tag}: bad qualifier")
        if s["children"] is not None and s["killed"] is not None and s["children"] > s["killed"]:
            err(aid, f"{tag}: children > killed")
        ev = s["evidence"]
        if not ev or not isinstance(ev, str): err(aid, f"{tag}: evidence missing")
        else:
            if ev not in raw: err(aid, f"{tag}: evidence not a substring of the article: {ev[:60]!r}")
            elif not any(ev in l for l in evid_lines):
                err(aid, f"{tag}: evidence not inside one body (non-noise, non-headline) line: {ev[:60]!r}")
            if ev != ev.strip(): err(aid, f"{tag}: evidence has surrounding whitespace")
    for k in keys:
        if k not in ref_inc: warn(aid, f"incident {k} has no statement about it")

for gid, gi in GLO.items():
    for a in gi.get("articles", []):
        if a.startswith("h11-") and a not in sameas_seen.get(gid, []):
            err("registry", f"{gid} lists {a} but that article has no incident with sameAs {gid}")
for gid in ("G110", "G111", "G112"):
    if gid not in GLO: err("registry", f"{gid} missing")

for w in warnings: print("WARN ", w)
for e in errors: print("ERROR", e)
print(f"\n{total['articles']} articles, {total['incidents']} incidents, {total['statements']} statements, "
      f"{total['figures']} statements with figures; {len(errors)} errors, {len(warnings)} warnings")
sys.exit(1 if errors else 0)
