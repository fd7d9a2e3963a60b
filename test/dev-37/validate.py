#!/usr/bin/env python3
"""Self-check for the dev-37 blind gold set. Run from this folder: python3 validate.py

Checks: JSON shape; every referenced id exists (gold or registry); evidence strings occur verbatim in
the article body (not in the headline, standfirst or a noise line); ISO dates; globals only from
G650-G654, defined in the registry and consistent across articles; registry is a pure extension of the
shared registry; word counts. Prints warnings (not errors) for listed actors/places whose registry
name/aliases do not literally occur in the article (descriptions and metonymy are expected there).
"""
import datetime
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SHARED_REGISTRY = "/work/shared/corpus/entities.json"
IDS = ["d37-%02d" % i for i in range(1, 9)]
GLOBALS_ALLOWED = {"G650", "G651", "G652", "G653", "G654"}
KINDS = {"AIRSTRIKE", "SHELLING", "OTHER"}
STANCES = {"CLAIM", "DENIAL", "ACCUSATION", "CRITICISM", "CALL", "CONFIRMATION"}
QUALIFIERS = {"AT_LEAST", "MORE_THAN", "ABOUT", "EXACT"}

# Lines that are not body text (noise per the guidelines, plus the standfirst where present).
NOISE = {
    "d37-01": ["By Nour Khatib",
               "(Reporting by Nour Khatib in Istanbul and Omar Fares in Gaziantep; Editing by Philippa Hart)",
               "Related: Syrian drones stalk front-line farmers in Idlib countryside"],
    "d37-02": ["17 October 2024", "Share",
               "Image caption: Rescuers search a collapsed carpentry shop in Idlib city",
               "Read more:", "Idlib: The forgotten front line", "Related Topics", "Syrian civil war", "Idlib"],
    "d37-03": ["Eleanor Whitcombe in al-Atarib", "Fri 18 Oct 2024 06.00 BST", "Share",
               "Photograph: Eleanor Whitcombe/The Continental Herald",
               "Related: Idlib’s drone-stalked olive harvest"],
    "d37-04": ["Relief Dispatch staff", "Share this article", "Related:",
               "- Olive harvest under fire: Idlib farmers count the cost",
               "- Syria funding gap: aid cuts loom for winter",
               "Photo: A damaged minibus outside Sarmin. Credit: Civil Defence handout"],
    "d37-05": ["Gulf Courier Staff and Agencies", "Dubai", "Published: October 21, 2024 | 10:42", "Also read:",
               "- Gulf states urge restraint as Syria front heats up",
               "- Explainer: Who controls north-west Syria?"],
    "d37-06": ["Zaitoun Voice – Idlib", "15 October 2024", "Related articles:",
               "- Regime drones hunt farmers in Jabal al-Zawiya",
               "- White Helmets: 120 drone attacks in September",
               "Share: Facebook | X | WhatsApp"],
    "d37-07": ["H.Z / M.A"],
    "d37-08": ["Levant Chronicle | Beirut", "Wednesday, October 23, 2024", "Read more:",
               "- Lebanon's border crossings strained as Syrians flee south",
               "- Analysis: Why Idlib's frozen war is thawing"],
}
STANDFIRST = {
    "d37-03": "Shoppers in al-Atarib now buy in minutes and leave. Since Tuesday’s rocket attack, some have stopped coming at all",
    "d37-05": "Farm workers and teachers among the dead, monitor says; Qatar condemns \"dangerous escalation\"",
}

errors = []
warnings = []


def err(msg):
    errors.append(msg)


def warn(msg):
    warnings.append(msg)


def iso(d):
    if not isinstance(d, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", d):
        return False
    try:
        datetime.date.fromisoformat(d)
        return True
    except ValueError:
        return False


def load(path):
    with open(path, encoding="utf-8") as fh:
        return json.load(fh)


# ------------------------------------------------------------------ registry
reg = load(os.path.join(HERE, "entities.json"))
for part in ("actors", "places", "globalIncidents"):
    if not isinstance(reg.get(part), list):
        err("entities.json: missing list %r" % part)
if os.path.exists(SHARED_REGISTRY):
    shared = load(SHARED_REGISTRY)
    for part in ("actors", "places", "globalIncidents"):
        mine = {e["id"]: e for e in reg[part]}
        for e in shared[part]:
            if e["id"] not in mine:
                err("entities.json: shared %s entry %s removed" % (part, e["id"]))
            elif mine[e["id"]] != e:
                err("entities.json: shared %s entry %s changed" % (part, e["id"]))
        order = [e["id"] for e in reg[part]][:len(shared[part])]
        if order != [e["id"] for e in shared[part]]:
            err("entities.json: order of shared %s entries changed" % part)
    for k in shared:
        if k not in reg or (k not in ("actors", "places", "globalIncidents") and reg[k] != shared[k]):
            err("entities.json: top-level key %r changed or missing" % k)
ACTORS = {a["id"]: a for a in reg["actors"]}
PLACES = {p["id"]: p for p in reg["places"]}
GLOBALS = {g["id"]: g for g in reg["globalIncidents"]}
for table, name in ((reg["actors"], "actor"), (reg["places"], "place"), (reg["globalIncidents"], "global")):
    ids = [e["id"] for e in table]
    if len(ids) != len(set(ids)):
        err("entities.json: duplicate %s ids" % name)
for a in reg["actors"]:
    if a.get("partOf") is not None and a["partOf"] not in ACTORS:
        err("entities.json: actor %s partOf unknown %s" % (a["id"], a["partOf"]))
for g in reg["globalIncidents"]:
    if g["id"] not in GLOBALS_ALLOWED and not re.fullmatch(r"G0[1-5]", g["id"]):
        err("entities.json: unexpected global id %s" % g["id"])
    for p in g.get("places", []):
        if p not in PLACES:
            err("entities.json: global %s place %s unknown" % (g["id"], p))

# ------------------------------------------------------------------ articles
global_uses = {}
totals = {"articles": 0, "incidents": 0, "statements": 0}
for aid in IDS:
    tpath = os.path.join(HERE, aid + ".txt")
    gpath = os.path.join(HERE, aid + ".gold.json")
    if not os.path.exists(tpath) or not os.path.exists(gpath):
        err("%s: missing article or gold" % aid)
        continue
    with open(tpath, encoding="utf-8") as fh:
        text = fh.read()
    lines = text.split("\n")
    if len(lines) < 3 or lines[1] != "":
        err("%s: line 2 must be blank" % aid)
    noise = set(NOISE.get(aid, []))
    for n in noise:
        if n not in lines:
            err("%s: declared noise line not found: %r" % (aid, n))
    sf = STANDFIRST.get(aid)
    if sf is not None and sf not in lines:
        err("%s: declared standfirst not found" % aid)
    body_lines = [l for l in lines[2:] if l.strip() and l not in noise and l != sf]
    words_total = len(text.split())
    words_body = len(" ".join(body_lines).split())
    if not (280 <= words_total <= 340):
        err("%s: %d words (file), outside 280-340" % (aid, words_total))
    if not (280 <= words_body <= 340):
        err("%s: %d words (body without headline/standfirst/noise), outside 280-340" % (aid, words_body))

    g = load(gpath)
    totals["articles"] += 1
    if set(g.keys()) != {"article", "actors", "places", "incidents", "statements"}:
        err("%s: top-level keys %s" % (aid, sorted(g.keys())))
        continue
    art = g["article"]
    if set(art.keys()) != {"id", "title", "outlet", "publishedAt", "url"}:
        err("%s: article keys %s" % (aid, sorted(art.keys())))
    if art.get("id") != aid:
        err("%s: article.id %r" % (aid, art.get("id")))
    if art.get("title") != lines[0]:
        err("%s: title differs from line 1" % aid)
    if not isinstance(art.get("outlet"), str) or not art["outlet"]:
        err("%s: outlet missing" % aid)
    if art.get("publishedAt") is not None and not iso(art["publishedAt"]):
        err("%s: publishedAt not ISO: %r" % (aid, art["publishedAt"]))
    if not str(art.get("url", "")).startswith("https://example.org/"):
        err("%s: url must be https://example.org/..." % aid)

    actors, places = g["actors"], g["places"]
    for lst, table, name in ((actors, ACTORS, "actor"), (places, PLACES, "place")):
        if not isinstance(lst, list) or len(lst) != len(set(lst)):
            err("%s: %ss not a unique list" % (aid, name))
        for x in lst:
            if x not in table:
                err("%s: unknown %s %s" % (aid, name, x))

    # literal-mention warnings (non-noise text incl. headline/standfirst)
    scan = "\n".join([lines[0]] + ([sf] if sf else []) + body_lines)
    for x in actors:
        a = ACTORS.get(x)
        if a and not any(s in scan for s in [a["name"]] + a.get("aliases", [])):
            warn("%s: actor %s has no literal alias in text (description/metonymy?)" % (aid, x))
    for x in places:
        p = PLACES.get(x)
        if p and not any(s in scan for s in [p["name"]] + p.get("aliases", [])):
            warn("%s: place %s has no literal alias in text (province expression?)" % (aid, x))

    keys = []
    for i in g["incidents"]:
        totals["incidents"] += 1
        if set(i.keys()) != {"key", "kind", "date", "places", "perpetratorAlleged", "sameAs"}:
            err("%s: incident keys %s" % (aid, sorted(i.keys())))
            continue
        keys.append(i["key"])
        if i["kind"] not in KINDS:
            err("%s/%s: kind %r" % (aid, i["key"], i["kind"]))
        if i["date"] is not None and not iso(i["date"]):
            err("%s/%s: date not ISO %r" % (aid, i["key"], i["date"]))
        if art.get("publishedAt") and i["date"] and i["date"] > art["publishedAt"]:
            err("%s/%s: incident after publication" % (aid, i["key"]))
        if not i["places"]:
            err("%s/%s: no places" % (aid, i["key"]))
        for p in i["places"]:
            if p not in PLACES:
                err("%s/%s: unknown place %s" % (aid, i["key"], p))
            elif p not in places:
                err("%s/%s: place %s not in article places" % (aid, i["key"], p))
        for p in i["perpetratorAlleged"]:
            if p not in ACTORS:
                err("%s/%s: unknown perpetrator %s" % (aid, i["key"], p))
            elif p not in actors:
                err("%s/%s: perpetrator %s not in article actors" % (aid, i["key"], p))
        if i["sameAs"] is not None:
            if i["sameAs"] not in GLOBALS_ALLOWED:
                err("%s/%s: global %s outside G650-G654" % (aid, i["key"], i["sameAs"]))
            elif i["sameAs"] not in GLOBALS:
                err("%s/%s: global %s not in registry" % (aid, i["key"], i["sameAs"]))
            global_uses.setdefault(i["sameAs"], []).append((aid, i))
    if len(keys) != len(set(keys)):
        err("%s: duplicate incident keys" % aid)

    for n, s in enumerate(g["statements"], 1):
        totals["statements"] += 1
        tag = "%s/S%d" % (aid, n)
        if set(s.keys()) != {"speaker", "stance", "about", "killed", "injured", "children", "qualifier", "evidence"}:
            err("%s: statement keys %s" % (tag, sorted(s.keys())))
            continue
        if s["speaker"] not in ACTORS:
            err("%s: unknown speaker %s" % (tag, s["speaker"]))
        elif s["speaker"] not in actors:
            err("%s: speaker %s not in article actors" % (tag, s["speaker"]))
        if s["stance"] not in STANCES:
            err("%s: stance %r" % (tag, s["stance"]))
        ab = s["about"]
        if not isinstance(ab, dict) or set(ab.keys()) != {"incident", "actor"}:
            err("%s: about shape" % tag)
        else:
            if ab["incident"] is not None and ab["incident"] not in keys:
                err("%s: about.incident %r not an incident key" % (tag, ab["incident"]))
            if ab["actor"] is not None:
                if ab["actor"] not in ACTORS:
                    err("%s: unknown about.actor %s" % (tag, ab["actor"]))
                elif ab["actor"] not in actors:
                    err("%s: about.actor %s not in article actors" % (tag, ab["actor"]))
        for f in ("killed", "injured", "children"):
            v = s[f]
            if v is not None and (not isinstance(v, int) or isinstance(v, bool) or v < 0):
                err("%s: %s not a non-negative int" % (tag, f))
        if s["qualifier"] is not None and s["qualifier"] not in QUALIFIERS:
            err("%s: qualifier %r" % (tag, s["qualifier"]))
        has_fig = s["killed"] is not None or s["injured"] is not None
        if has_fig != (s["qualifier"] is not None):
            err("%s: qualifier must be set iff killed or injured is given" % tag)
        if s["children"] is not None and s["killed"] is not None and s["children"] > s["killed"]:
            err("%s: children > killed" % tag)
        ev = s["evidence"]
        if not isinstance(ev, str) or not ev.strip():
            err("%s: empty evidence" % tag)
            continue
        if ev not in text:
            err("%s: evidence not verbatim in article: %r" % (tag, ev[:80]))
        elif not any(ev in l for l in body_lines):
            err("%s: evidence not inside a single body line (headline/standfirst/noise?): %r" % (tag, ev[:80]))

    print("%s  words(file)=%d words(body)=%d incidents=%d statements=%d" % (
        aid, words_total, words_body, len(g["incidents"]), len(g["statements"])))

# ------------------------------------------------------------------ globals
for gid, uses in sorted(global_uses.items()):
    arts = sorted({a for a, _ in uses})
    if len(arts) < 2:
        err("%s used in only one article" % gid)
    if len(uses) != len(arts):
        err("%s used twice in one article" % gid)
    reg_g = GLOBALS.get(gid)
    for aid, i in uses:
        if reg_g:
            if i["kind"] != reg_g["kind"] or i["date"] != reg_g["date"] or sorted(i["places"]) != sorted(reg_g["places"]):
                err("%s: %s/%s differs from registry (kind/date/places)" % (gid, aid, i["key"]))
    if reg_g and sorted(reg_g.get("articles", [])) != arts:
        err("%s: registry articles %s != used in %s" % (gid, reg_g.get("articles"), arts))
for gid in GLOBALS_ALLOWED & set(GLOBALS):
    if gid not in global_uses:
        err("%s defined in registry but not used" % gid)
if len(global_uses) > 5:
    err("more than five globals used")

for w in warnings:
    print("WARN", w)
for e in errors:
    print("ERROR", e)
print("totals: %d articles, %d incidents, %d statements, %d globals" % (
    totals["articles"], totals["incidents"], totals["statements"], len(global_uses)))
print("%d errors, %d warnings" % (len(errors), len(warnings)))
sys.exit(1 if errors else 0)
