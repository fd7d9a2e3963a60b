#!/usr/bin/env python3
"""Self-check for the dev-32 blind gold set.

Checks: JSON shape and key order-independent schema, enums, id resolution against the
local registry, that the local registry is a pure extension of the corpus registry,
that evidence strings are verbatim in the body and not in the headline, standfirst or
a noise line, sameAs resolution, and consistency of the global incidents G590-G599.

Exit status 0 and "0 errors" when everything passes. Warnings are informational.
Usage: python3 validate.py [--corpus-registry PATH]
"""
import datetime
import glob
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS_REGISTRY = "/work/shared/corpus/entities.json"
if "--corpus-registry" in sys.argv:
    CORPUS_REGISTRY = sys.argv[sys.argv.index("--corpus-registry") + 1]

INCIDENT_KINDS = {"AIRSTRIKE", "SHELLING", "OTHER"}
STANCES = {"CLAIM", "DENIAL", "ACCUSATION", "CRITICISM", "CALL", "CONFIRMATION"}
QUALIFIERS = {"AT_LEAST", "MORE_THAN", "ABOUT", "EXACT"}
GLOBAL_RANGE = {"G%03d" % n for n in range(590, 600)}
WORDS_MIN, WORDS_MAX = 230, 340

# Lines (exact, stripped) that are noise in each article, per the corpus guidelines
# (bylines, byline locations, date-only lines, share blocks, captions, credits,
# Related/Read more lists, tags, sign-offs, press-release boilerplate).
NOISE = {
    "d32-01": [
        "By Rana Khoury",
        "A man carries a child from the site of an air strike on a market in Kafr Nabl, Idlib province, Syria, June 9, 2019. TPA/Stringer",
        "(Reporting by Rana Khoury; Additional reporting by Mert Aydin in Istanbul; Editing by Paul Grant)",
        "Related: Russia says militants shelled Hmeimim air base from Idlib",
    ],
    "d32-02": [
        "Date 11.06.2019", "Author Lena Vogt", "Share",
        "Related Topics", "Syria", "Idlib", "Russia", "Bashar al-Assad",
    ],
    "d32-03": [
        "By Sophie Marchetti in Antakya", "Tue 11 Jun 2019 06.00 BST",
        "Photo: Rescuers search the rubble of the market in Kafr Nabl. (Stringer/Atlantic Ledger)",
        "Related: Idlib's displaced: life under the olive trees",
    ],
    "d32-04": [
        "By Marie Lund", "13 June 2019",
        "Photo: A classroom in Hish after the strike. (Relief Dispatch/Contributor)",
        "Read more:", "Idlib's teachers keep classes going in caves and tents",
        "Inside the last hospital in Khan Sheikhoun",
    ],
    "d32-05": [
        "By Nour Saade", "Wednesday, June 12, 2019",
        "Read more: Turkey reinforces observation posts in Idlib",
    ],
    "d32-06": [
        "By Omar al-Ahmad | Idlib", "Share",
        "Tags: Kafr Nabl, Russian airstrikes, Civil Defence",
        "Related:",
        "- Assad militias advance towards Kafr Nabuda under Russian air cover",
        "- Displaced families crowd olive groves near the Turkish border",
    ],
    "d32-07": ["10 June 2019", "hz/gh"],
    "d32-08": [
        "PRESS RELEASE", "###", "Notes to editors",
        "About OMR: Orontes Medical Relief is an independent medical charity founded in 2013 by Syrian doctors. It supports 31 hospitals, clinics and ambulance networks.",
        "Media contact: Rami Aziz, media@omr.example.org",
    ],
}
# Standfirst lines (scanned for actors/places only, like the headline).
STANDFIRST = {
    "d32-03": "Sunday's attack on Kafr Nabl's market shows how hard it is to count the dead in Idlib",
}

errors = []
warnings = []


def err(msg):
    errors.append(msg)


def warn(msg):
    warnings.append(msg)


def load(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def is_date(s):
    try:
        datetime.date.fromisoformat(s)
        return True
    except (TypeError, ValueError):
        return False


# ------------------------------------------------------------------ registry
corpus = load(CORPUS_REGISTRY)
reg = load(os.path.join(HERE, "entities.json"))

if set(reg.keys()) != set(corpus.keys()):
    err("registry: top-level keys differ from corpus registry: %s vs %s" % (sorted(reg), sorted(corpus)))
for k, v in corpus.items():
    if k in ("actors", "places", "globalIncidents"):
        old, new = v, reg.get(k, [])
        if new[:len(old)] != old:
            for i, (a, b) in enumerate(zip(old, new)):
                if a != b:
                    err("registry: %s[%d] (%s) changed, removed or reordered" % (k, i, a.get("id")))
                    break
            if len(new) < len(old):
                err("registry: %s shrank from %d to %d" % (k, len(old), len(new)))
    elif reg.get(k) != v:
        err("registry: top-level field %r changed" % k)

actor_kinds = {a["kind"] for a in corpus["actors"]}
place_kinds = {p["kind"] for p in corpus["places"]}
actors = {}
for a in reg["actors"]:
    if a["id"] in actors:
        err("registry: duplicate actor id %s" % a["id"])
    actors[a["id"]] = a
places = {}
for p in reg["places"]:
    if p["id"] in places or p["id"] in actors:
        err("registry: duplicate place id %s" % p["id"])
    places[p["id"]] = p
globals_ = {}
for g in reg["globalIncidents"]:
    if g["id"] in globals_:
        err("registry: duplicate global id %s" % g["id"])
    globals_[g["id"]] = g

n_old_a, n_old_p, n_old_g = len(corpus["actors"]), len(corpus["places"]), len(corpus["globalIncidents"])
for a in reg["actors"][n_old_a:]:
    for f in ("id", "name", "kind", "partOf", "aliases"):
        if f not in a:
            err("registry: new actor %s lacks %s" % (a.get("id"), f))
    if a.get("kind") not in actor_kinds:
        err("registry: new actor %s has unknown kind %r" % (a["id"], a.get("kind")))
    if a.get("partOf") is not None and a["partOf"] not in actors:
        err("registry: new actor %s partOf %r does not resolve" % (a["id"], a["partOf"]))
    if not a.get("aliases"):
        err("registry: new actor %s has no aliases" % a["id"])
    for c in a.get("contextualAliases", []):
        if c not in a["aliases"]:
            err("registry: %s contextual alias %r not among aliases" % (a["id"], c))
    if a.get("kind") == "person" and not a.get("role"):
        warn("registry: person %s has no role" % a["id"])
for p in reg["places"][n_old_p:]:
    for f in ("id", "name", "kind", "province", "country", "lat", "lon", "aliases"):
        if f not in p:
            err("registry: new place %s lacks %s" % (p.get("id"), f))
    if p.get("kind") not in place_kinds:
        err("registry: new place %s has unknown kind %r" % (p["id"], p.get("kind")))
    if not (34.0 <= p["lat"] <= 37.5 and 35.0 <= p["lon"] <= 38.5):
        err("registry: new place %s has coordinates outside north-west Syria" % p["id"])
# corpus aliases must not have been extended (covered by the equality test above), and
# new aliases must not collide with an existing non-contextual alias of another entity
old_alias_owner = {}
for e in corpus["actors"] + corpus["places"]:
    for al in e["aliases"]:
        old_alias_owner.setdefault(al.lower(), set()).add(e["id"])
for e in reg["actors"][n_old_a:] + reg["places"][n_old_p:]:
    for al in e["aliases"]:
        if al.lower() in old_alias_owner:
            warn("registry: alias %r of new entry %s also belongs to %s" % (al, e["id"], sorted(old_alias_owner[al.lower()])))
new_globals = reg["globalIncidents"][n_old_g:]
for g in new_globals:
    if g["id"] not in GLOBAL_RANGE:
        err("registry: new global %s outside G590-G599" % g["id"])
    for f in ("id", "label", "kind", "date", "places", "articles", "figures"):
        if f not in g:
            err("registry: global %s lacks %s" % (g["id"], f))
    if g.get("kind") not in INCIDENT_KINDS:
        err("registry: global %s kind %r" % (g["id"], g.get("kind")))
    if not is_date(g.get("date")):
        err("registry: global %s date %r" % (g["id"], g.get("date")))
    for pl in g.get("places", []):
        if pl not in places:
            err("registry: global %s place %s does not resolve" % (g["id"], pl))
    if len(g.get("articles", [])) < 2:
        err("registry: global %s reported by fewer than two articles" % g["id"])


# ------------------------------------------------------------------ articles
def split_article(aid, text):
    lines = text.split("\n")
    title = lines[0]
    if len(lines) < 3 or lines[1] != "":
        err("%s: line 2 must be blank" % aid)
    noise = set(NOISE.get(aid, []))
    present = {l.strip() for l in lines[1:]}
    for n in noise:
        if n not in present:
            err("%s: declared noise line not found in text: %r" % (aid, n))
    standfirst = STANDFIRST.get(aid)
    body, scan, noise_lines = [], [title], []
    for l in lines[1:]:
        s = l.strip()
        if not s:
            continue
        if s in noise:
            noise_lines.append(s)
        elif standfirst is not None and s == standfirst:
            scan.append(s)
        else:
            body.append(s)
            scan.append(s)
    return title, body, scan, noise_lines


GOLD_KEYS = ["article", "actors", "places", "incidents", "statements"]
ART_KEYS = ["id", "title", "outlet", "publishedAt", "url"]
INC_KEYS = ["key", "kind", "date", "places", "perpetratorAlleged", "sameAs"]
ST_KEYS = ["speaker", "stance", "about", "killed", "injured", "children", "qualifier", "evidence"]

txts = sorted(glob.glob(os.path.join(HERE, "d32-*.txt")))
if len(txts) != 8:
    err("expected 8 articles, found %d" % len(txts))
seen_globals = {}
totals = {"statements": 0, "incidents": 0}
outlets = set()
for path in txts:
    aid = os.path.basename(path)[:-4]
    gpath = os.path.join(HERE, aid + ".gold.json")
    if not os.path.exists(gpath):
        err("%s: gold file missing" % aid)
        continue
    text = open(path, encoding="utf-8").read()
    if "\r" in text:
        err("%s: CR characters in text" % aid)
    title, body, scan, noise_lines = split_article(aid, text)
    nwords = len(text.split())
    if not (WORDS_MIN <= nwords <= WORDS_MAX):
        err("%s: %d words, outside %d-%d" % (aid, nwords, WORDS_MIN, WORDS_MAX))
    g = load(gpath)
    if list(g.keys()) != GOLD_KEYS:
        err("%s: top-level keys %s" % (aid, list(g.keys())))
        continue
    a = g["article"]
    if list(a.keys()) != ART_KEYS:
        err("%s: article keys %s" % (aid, list(a.keys())))
    if a["id"] != aid:
        err("%s: article.id %r" % (aid, a["id"]))
    if a["title"] != title:
        err("%s: title is not line 1 verbatim" % aid)
    if a["publishedAt"] is not None and not is_date(a["publishedAt"]):
        err("%s: publishedAt %r" % (aid, a["publishedAt"]))
    if not str(a["url"]).startswith("https://example.org/"):
        err("%s: url %r" % (aid, a["url"]))
    if a["outlet"] in outlets:
        err("%s: outlet %r reused" % (aid, a["outlet"]))
    outlets.add(a["outlet"])
    corpus_outlets = {x["name"].lower() for x in corpus["actors"] if x.get("fictional") and x["kind"] == "news-agency"}
    if any(a["outlet"].lower() in c or c in a["outlet"].lower() for c in corpus_outlets):
        err("%s: outlet %r collides with a corpus outlet" % (aid, a["outlet"]))

    # actors / places
    if len(set(g["actors"])) != len(g["actors"]):
        err("%s: duplicate actors" % aid)
    if len(set(g["places"])) != len(g["places"]):
        err("%s: duplicate places" % aid)
    for x in g["actors"]:
        if x not in actors:
            err("%s: actor %s not in registry" % (aid, x))
    for x in g["places"]:
        if x not in places:
            err("%s: place %s not in registry" % (aid, x))

    scan_text = "\n".join(scan).lower()
    for x in g["actors"]:
        if x in actors and not any(al.lower() in scan_text for al in actors[x]["aliases"]):
            warn("%s: actor %s listed with no literal alias in text (identifying description?)" % (aid, x))
    for x in g["places"]:
        if x in places and not any(al.lower() in scan_text for al in places[x]["aliases"]):
            warn("%s: place %s listed with no literal alias in text (province expression?)" % (aid, x))
    # spans covered by any alias of any registry entity (actors and places), used to
    # ignore a short alias that only occurs inside or overlapping a longer name ("Syria" in
    # "Syria Civil Defence", "the UN" in "the UN Security Council", "north-west Syria")
    all_aliases = sorted({al.lower() for e in reg["actors"] + reg["places"] for al in e["aliases"]} |
                         {"turkey\u2019s foreign ministry"}, key=len, reverse=True)
    def free_match(al):
        for m in re.finditer(r"(?<![\w-])" + re.escape(al) + r"(?![\w-])", scan_text):
            inside = False
            for longer in all_aliases:
                if len(longer) <= len(al):
                    continue
                for m2 in re.finditer(re.escape(longer), scan_text):
                    if m2.start() < m.end() and m.start() < m2.end():
                        inside = True
                        break
                if inside:
                    break
            if not inside:
                return True
        return False
    for e in reg["actors"]:
        ctx = {c.lower() for c in e.get("contextualAliases", [])}
        for al in e["aliases"]:
            if al.lower() in ctx or len(al) < 4:
                continue
            if e["id"] not in g["actors"] and free_match(al.lower()):
                warn("%s: non-contextual alias %r of %s occurs but actor not listed" % (aid, al, e["id"]))
                break

    # incidents
    keys = set()
    for inc in g["incidents"]:
        if list(inc.keys()) != INC_KEYS:
            err("%s: incident keys %s" % (aid, list(inc.keys())))
            continue
        if inc["key"] in keys:
            err("%s: duplicate incident key %s" % (aid, inc["key"]))
        keys.add(inc["key"])
        if inc["kind"] not in INCIDENT_KINDS:
            err("%s/%s: kind %r" % (aid, inc["key"], inc["kind"]))
        if inc["date"] is not None and not is_date(inc["date"]):
            err("%s/%s: date %r" % (aid, inc["key"], inc["date"]))
        if inc["date"] and a["publishedAt"] and inc["date"] > a["publishedAt"]:
            err("%s/%s: incident dated after publication" % (aid, inc["key"]))
        if not inc["places"]:
            err("%s/%s: no places" % (aid, inc["key"]))
        for pl in inc["places"]:
            if pl not in g["places"]:
                err("%s/%s: incident place %s not in article places" % (aid, inc["key"], pl))
        for p in inc["perpetratorAlleged"]:
            if p not in g["actors"]:
                err("%s/%s: perpetrator %s not in article actors" % (aid, inc["key"], p))
        if inc["sameAs"] is not None:
            if inc["sameAs"] not in globals_:
                err("%s/%s: sameAs %s does not resolve" % (aid, inc["key"], inc["sameAs"]))
            else:
                seen_globals.setdefault(inc["sameAs"], []).append((aid, inc))
    totals["incidents"] += len(g["incidents"])

    # statements
    for i, s in enumerate(g["statements"]):
        tag = "%s/S%d" % (aid, i + 1)
        if list(s.keys()) != ST_KEYS:
            err("%s: statement keys %s" % (tag, list(s.keys())))
            continue
        if s["speaker"] not in g["actors"]:
            err("%s: speaker %s not in article actors" % (tag, s["speaker"]))
        if s["stance"] not in STANCES:
            err("%s: stance %r" % (tag, s["stance"]))
        ab = s["about"]
        if not isinstance(ab, dict) or list(ab.keys()) != ["incident", "actor"]:
            err("%s: about shape %r" % (tag, ab))
        else:
            if ab["incident"] is not None and ab["incident"] not in keys:
                err("%s: about.incident %r does not resolve" % (tag, ab["incident"]))
            if ab["actor"] is not None and ab["actor"] not in g["actors"]:
                err("%s: about.actor %s not in article actors" % (tag, ab["actor"]))
        for f in ("killed", "injured", "children"):
            v = s[f]
            if v is not None and (not isinstance(v, int) or isinstance(v, bool) or v < 0):
                err("%s: %s=%r" % (tag, f, v))
        if s["qualifier"] is not None and s["qualifier"] not in QUALIFIERS:
            err("%s: qualifier %r" % (tag, s["qualifier"]))
        has_fig = s["killed"] is not None or s["injured"] is not None
        if has_fig != (s["qualifier"] is not None):
            err("%s: qualifier must be set iff killed or injured is set" % tag)
        if s["children"] is not None and s["killed"] is not None and s["children"] > s["killed"]:
            err("%s: children > killed" % tag)
        ev = s["evidence"]
        if not ev or ev != ev.strip():
            err("%s: empty or untrimmed evidence" % tag)
        elif not any(ev in line for line in body):
            where = "headline" if ev in title else ("a noise line" if any(ev in n for n in noise_lines) else "nowhere")
            err("%s: evidence not verbatim in body (found in %s): %r" % (tag, where, ev[:80]))
    totals["statements"] += len(g["statements"])

# ------------------------------------------------------------------ globals consistency
for gid, g in globals_.items():
    if gid not in GLOBAL_RANGE:
        continue
    uses = seen_globals.get(gid, [])
    arts = sorted({u[0] for u in uses})
    if arts != sorted(g["articles"]):
        err("global %s: articles %s but sameAs used in %s" % (gid, g["articles"], arts))
    if len(arts) < 2:
        err("global %s used by fewer than two articles" % gid)
    for aid, inc in uses:
        if inc["kind"] != g["kind"]:
            err("global %s: %s/%s kind %s != %s" % (gid, aid, inc["key"], inc["kind"], g["kind"]))
        if inc["date"] != g["date"]:
            err("global %s: %s/%s date %s != %s" % (gid, aid, inc["key"], inc["date"], g["date"]))
        if sorted(inc["places"]) != sorted(g["places"]):
            err("global %s: %s/%s places %s != %s" % (gid, aid, inc["key"], inc["places"], g["places"]))
    per_article = {}
    for aid, inc in uses:
        per_article[aid] = per_article.get(aid, 0) + 1
    for aid, n in per_article.items():
        if n > 1:
            err("global %s used twice in %s" % (gid, aid))
for gid in seen_globals:
    if gid not in GLOBAL_RANGE:
        err("sameAs %s outside this set's range G590-G599" % gid)

# undated or non-merged incidents that share place+date with a global must not exist
for path in txts:
    aid = os.path.basename(path)[:-4]
    g = load(os.path.join(HERE, aid + ".gold.json"))
    for inc in g["incidents"]:
        if inc["sameAs"] is None and inc["date"] is not None:
            for gid, gl in globals_.items():
                if gid in GLOBAL_RANGE and gl["date"] == inc["date"] and set(gl["places"]) & set(inc["places"]) and gl["kind"] == inc["kind"]:
                    err("%s/%s: same kind, place and date as %s but sameAs is null" % (aid, inc["key"], gid))

for w in warnings:
    print("WARNING:", w)
for e in errors:
    print("ERROR:", e)
print("%d articles, %d incidents, %d statements, %d new globals; %d warnings, %d errors"
      % (len(txts), totals["incidents"], totals["statements"], len(new_globals), len(warnings), len(errors)))
sys.exit(1 if errors else 0)
