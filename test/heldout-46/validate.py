#!/usr/bin/env python3
"""Self-check for the heldout-46 gold set. Run from this folder: python3 validate.py

Errors: JSON shape, unknown ids, evidence not verbatim in the article body (outside headline and
noise lines), non-ISO dates, globals outside G670-G674, inconsistent globals, registry not a pure
extension of the shared registry.
Warnings (for manual review, not errors): registry aliases found in body text whose actor/place is
not listed, word counts outside 280-340.
"""
import datetime
import glob
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
os.chdir(HERE)
SHARED_REGISTRY = "/work/shared/corpus/entities.json"
GLOBAL_RANGE = {"G670", "G671", "G672", "G673", "G674"}
KINDS = {"AIRSTRIKE", "SHELLING", "OTHER"}
STANCES = {"CLAIM", "DENIAL", "ACCUSATION", "CRITICISM", "CALL", "CONFIRMATION"}
QUALIFIERS = {"AT_LEAST", "MORE_THAN", "ABOUT", "EXACT"}

# Noise lines per article (exact text), per the corpus guidelines: bylines, byline locations, date-only lines,
# Share blocks, Advertisement, Related/Read more/READ MORE lists, photo captions, credits.
NOISE = {
    "h46-01": ["By Rana Khoury",
               "Men search for survivors under a collapsed building in Jisr al-Shughur, Idlib province, Syria April 24, 2018. Orion Wire/Stringer",
               "(Reporting by Rana Khoury; Editing by Paul Hendry)", "Related:",
               "Last rebel convoys leave Eastern Ghouta for northern Syria",
               "Turkey sets up new observation post in Idlib"],
    "h46-02": ["By Joanna Pryce", "Lantern World Service, Beirut", "13 May 2018", "Share this with", "Email",
               "Facebook", "Twitter", "Image caption: Volunteers search the ruins of the bakery in Sarmin",
               "Related Topics", "Syrian civil war", "Idlib", "Turkey"],
    "h46-03": ["Martin Ellery in Antakya", "Thu 26 Apr 2018 07.15 BST", "Advertisement",
               "Related: Idlib becomes last refuge for Syria's defeated rebels"],
    "h46-04": ["Sophie Laurent", "Gaziantep, 30 May 2018",
               "Photo: Tents near Atmeh, close to the Bab al-Hawa crossing (Relief Dispatch/Sophie Laurent)",
               "Share this article", "Related:", "Idlib’s bakeries: feeding a province under fire"],
    "h46-05": ["Published 29.05.2018 12:41",
               "Photo: Civil defence workers inspect tents damaged in the attack near Atmeh (AA)", "Related:",
               "- Ankara: We will not allow a new refugee wave from Idlib",
               "- Turkish Red Crescent opens bakery in Idlib's Sarmada"],
    "h46-06": ["Zeitoun Voice – Idlib", "Photo: The bakery in Sarmin after the Russian strike (Zeitoun Voice)",
               "Share:", "Facebook", "Twitter", "WhatsApp", "Related news:",
               "- Regime helicopters drop barrel bombs on Idlib countryside",
               "- Displaced from Ghouta struggle to find housing in Idlib"],
    "h46-07": ["Read more:", "Russian military police begin patrols in Eastern Ghouta"],
    "h46-08": ["By Rami Aoun", "Saturday, June 9, 2018",
               "Photo: A man carries a child from a damaged building in Binnish. (Mashriq Post)", "READ MORE",
               "Idlib's displaced fear there is nowhere left to run"],
}

errors = []
warnings = []


def err(msg):
    errors.append(msg)


def warn(msg):
    warnings.append(msg)


def iso(s):
    if not isinstance(s, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", s):
        return False
    try:
        datetime.date.fromisoformat(s)
        return True
    except ValueError:
        return False


# ------------------------------------------------------------------ registry
with open("entities.json", encoding="utf-8") as f:
    reg = json.load(f)
with open(SHARED_REGISTRY, encoding="utf-8") as f:
    shared = json.load(f)
for part in ("actors", "places", "globalIncidents"):
    if reg[part][:len(shared[part])] != shared[part]:
        err(f"entities.json: existing {part} entries changed, reordered or removed")
for k in shared:
    if k not in ("actors", "places", "globalIncidents") and reg.get(k) != shared[k]:
        err(f"entities.json: top-level key {k} changed")
ACTORS = {a["id"]: a for a in reg["actors"]}
PLACES = {p["id"]: p for p in reg["places"]}
GLOBALS = {g["id"]: g for g in reg["globalIncidents"]}
for part, d in (("actors", reg["actors"]), ("places", reg["places"]), ("globalIncidents", reg["globalIncidents"])):
    ids = [x["id"] for x in d]
    if len(ids) != len(set(ids)):
        err(f"entities.json: duplicate ids in {part}")
for a in reg["actors"][len(shared["actors"]):]:
    if a.get("partOf") is not None and a["partOf"] not in ACTORS:
        err(f"entities.json: actor {a['id']} partOf unknown {a['partOf']}")
new_globals = [g["id"] for g in reg["globalIncidents"][len(shared["globalIncidents"]):]]
for gid in new_globals:
    if gid not in GLOBAL_RANGE:
        err(f"entities.json: new global {gid} outside G670-G674")

# ------------------------------------------------------------------ articles
stems = sorted(os.path.basename(p)[:-4] for p in glob.glob("h46-*.txt"))
if stems != [f"h46-0{i}" for i in range(1, 9)]:
    err(f"expected h46-01..h46-08 articles, found {stems}")

global_use = {}
totals = {"articles": 0, "incidents": 0, "statements": 0}
for stem in stems:
    with open(stem + ".txt", encoding="utf-8") as f:
        text = f.read()
    lines = text.split("\n")
    if len(lines) < 3 or lines[1] != "":
        err(f"{stem}: line 2 must be blank")
    noise = NOISE.get(stem, [])
    for n in noise:
        if n not in lines:
            err(f"{stem}: declared noise line not found: {n!r}")
    body_lines = [l for l in lines[1:] if l not in noise]
    body = "\n".join(body_lines)
    words_total = len(text.split())
    if not (280 <= words_total <= 340):
        warn(f"{stem}: {words_total} words (file), outside 280-340")

    gpath = stem + ".gold.json"
    if not os.path.exists(gpath):
        err(f"{stem}: missing gold")
        continue
    try:
        with open(gpath, encoding="utf-8") as f:
            g = json.load(f)
    except json.JSONDecodeError as e:
        err(f"{gpath}: invalid JSON: {e}")
        continue
    totals["articles"] += 1
    if set(g) != {"article", "actors", "places", "incidents", "statements"}:
        err(f"{gpath}: top-level keys {sorted(g)}")
        continue
    art = g["article"]
    if set(art) != {"id", "title", "outlet", "publishedAt", "url"}:
        err(f"{gpath}: article keys {sorted(art)}")
    if art.get("id") != stem:
        err(f"{gpath}: article.id {art.get('id')} != {stem}")
    if art.get("title") != lines[0]:
        err(f"{gpath}: title is not line 1 verbatim")
    if not isinstance(art.get("outlet"), str) or not art["outlet"]:
        err(f"{gpath}: outlet missing")
    if not str(art.get("url", "")).startswith("https://example.org/"):
        err(f"{gpath}: url must be https://example.org/...")
    pub = art.get("publishedAt")
    if pub is not None and not iso(pub):
        err(f"{gpath}: publishedAt not ISO: {pub}")

    # actors / places
    for key, reg_ids in (("actors", ACTORS), ("places", PLACES)):
        lst = g[key]
        if not isinstance(lst, list) or not all(isinstance(x, str) for x in lst):
            err(f"{gpath}: {key} must be a list of ids")
            continue
        if len(lst) != len(set(lst)):
            err(f"{gpath}: duplicate ids in {key}")
        for x in lst:
            if x not in reg_ids:
                err(f"{gpath}: unknown {key[:-1]} id {x}")
    actor_set = set(g["actors"])
    place_set = set(g["places"])

    # incidents
    keys = []
    for inc in g["incidents"]:
        totals["incidents"] += 1
        if set(inc) != {"key", "kind", "date", "places", "perpetratorAlleged", "sameAs"}:
            err(f"{gpath}: incident keys {sorted(inc)}")
            continue
        keys.append(inc["key"])
        if inc["kind"] not in KINDS:
            err(f"{gpath}: incident {inc['key']} kind {inc['kind']}")
        if inc["date"] is not None:
            if not iso(inc["date"]):
                err(f"{gpath}: incident {inc['key']} date not ISO: {inc['date']}")
            elif pub and inc["date"] > pub:
                err(f"{gpath}: incident {inc['key']} dated after publication")
        if not inc["places"]:
            err(f"{gpath}: incident {inc['key']} has no places")
        for p in inc["places"]:
            if p not in PLACES:
                err(f"{gpath}: incident {inc['key']} unknown place {p}")
            elif p not in place_set:
                err(f"{gpath}: incident {inc['key']} place {p} not in article places")
        for a in inc["perpetratorAlleged"]:
            if a not in ACTORS:
                err(f"{gpath}: incident {inc['key']} unknown perpetrator {a}")
            elif a not in actor_set:
                err(f"{gpath}: incident {inc['key']} perpetrator {a} not in article actors")
        sa = inc["sameAs"]
        if sa is not None:
            if sa not in GLOBAL_RANGE:
                err(f"{gpath}: incident {inc['key']} sameAs {sa} outside G670-G674")
            elif sa not in GLOBALS:
                err(f"{gpath}: incident {inc['key']} sameAs {sa} not in registry")
            else:
                gl = GLOBALS[sa]
                global_use.setdefault(sa, []).append(stem)
                if gl["kind"] != inc["kind"]:
                    err(f"{gpath}: incident {inc['key']} kind differs from {sa}")
                if gl["date"] != inc["date"]:
                    err(f"{gpath}: incident {inc['key']} date differs from {sa}")
                if gl["places"] != inc["places"]:
                    err(f"{gpath}: incident {inc['key']} places differ from {sa}")
    if len(keys) != len(set(keys)):
        err(f"{gpath}: duplicate incident keys")

    # statements
    for i, st in enumerate(g["statements"]):
        totals["statements"] += 1
        where = f"{gpath}: statement {i + 1}"
        if set(st) != {"speaker", "stance", "about", "killed", "injured", "children", "qualifier", "evidence"}:
            err(f"{where}: keys {sorted(st)}")
            continue
        if st["speaker"] not in ACTORS:
            err(f"{where}: unknown speaker {st['speaker']}")
        elif st["speaker"] not in actor_set:
            err(f"{where}: speaker {st['speaker']} not in article actors")
        if st["stance"] not in STANCES:
            err(f"{where}: stance {st['stance']}")
        ab = st["about"]
        if not isinstance(ab, dict) or set(ab) != {"incident", "actor"}:
            err(f"{where}: about must have incident and actor")
        else:
            if ab["incident"] is not None and ab["incident"] not in keys:
                err(f"{where}: about.incident {ab['incident']} not an incident key")
            if ab["actor"] is not None:
                if ab["actor"] not in ACTORS:
                    err(f"{where}: unknown about.actor {ab['actor']}")
                elif ab["actor"] not in actor_set:
                    err(f"{where}: about.actor {ab['actor']} not in article actors")
        for fld in ("killed", "injured", "children"):
            v = st[fld]
            if v is not None and (not isinstance(v, int) or isinstance(v, bool) or v < 0):
                err(f"{where}: {fld} must be a non-negative int or null")
        q = st["qualifier"]
        if q is not None and q not in QUALIFIERS:
            err(f"{where}: qualifier {q}")
        has_fig = st["killed"] is not None or st["injured"] is not None
        if has_fig and q is None:
            err(f"{where}: figures without qualifier")
        if not has_fig and q is not None:
            err(f"{where}: qualifier without killed/injured")
        if st["children"] is not None and st["killed"] is not None and st["children"] > st["killed"]:
            err(f"{where}: children > killed")
        ev = st["evidence"]
        if not isinstance(ev, str) or not ev.strip():
            err(f"{where}: empty evidence")
        elif ev not in text:
            err(f"{where}: evidence not verbatim in article: {ev[:70]!r}")
        elif ev not in body:
            err(f"{where}: evidence only in headline or noise lines: {ev[:70]!r}")

    # review aids: unambiguous registry aliases found in body/headline but not listed
    scan = lines[0] + "\n" + "\n".join(body_lines[1:])
    for kind, entries, listed in (("actor", reg["actors"], actor_set), ("place", reg["places"], place_set)):
        for e in entries:
            if e["id"] in listed:
                continue
            ctx = set(e.get("contextualAliases", []))
            for al in e.get("aliases", []):
                if al in ctx or len(al) < 3:
                    continue
                if re.search(r"(?<![\w-])" + re.escape(al) + r"(?![\w-])", scan):
                    warn(f"{stem}: {kind} alias {al!r} of {e['id']} appears but {e['id']} is not listed")
                    break

# ------------------------------------------------------------------ globals
for gid in GLOBAL_RANGE:
    if gid in GLOBALS:
        used = sorted(global_use.get(gid, []))
        if len(used) < 2:
            err(f"global {gid} used in fewer than two articles: {used}")
        if sorted(GLOBALS[gid].get("articles", [])) != used:
            err(f"global {gid}: registry articles {GLOBALS[gid].get('articles')} != used {used}")
for gid in global_use:
    if gid not in new_globals:
        err(f"global {gid} used but not added by this set")

for w in warnings:
    print("WARNING:", w)
for e in errors:
    print("ERROR:", e)
print(f"totals: {totals['articles']} articles, {totals['incidents']} incidents, {totals['statements']} statements, "
      f"{len(global_use)} globals")
print(f"{len(errors)} errors, {len(warnings)} warnings")
sys.exit(1 if errors else 0)
