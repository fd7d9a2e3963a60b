#!/usr/bin/env python3
"""Self-check for the heldout-21 set (h21-01 .. h21-08).

Run:  python3 validate.py
Checks JSON shape (as in the dev corpus), registry ids, evidence substrings
(body only, never a noise line), speakers/targets/perpetrators in the article's
actors, incident places in places, sameAs against the registry's global
incidents, null dates for undated articles, and body word counts.
Errors make the exit code 1; warnings (alias heuristics) are informational.
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
IDS = ["h21-%02d" % i for i in range(1, 9)]

STANCES = {"CLAIM", "DENIAL", "CONFIRMATION", "ACCUSATION", "CRITICISM", "CALL"}
KINDS = {"AIRSTRIKE", "SHELLING", "OTHER"}
QUALS = {None, "AT_LEAST", "MORE_THAN", "ABOUT", "EXACT"}
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")

# Noise lines (guidelines: bylines, byline locations, date-only lines, Share blocks,
# Advertisement, Related/Read more lists, photo captions, credits, ___ + contributor
# lines, SOURCE lines, sign-off initials). Generic patterns plus per-article lines.
GENERIC_NOISE = [
    r"^By [A-Z]",
    r"^Share( \|.*)?$",
    r"^Share this with$", r"^Email$", r"^Facebook$", r"^Twitter$",
    r"^Advertisement$",
    r"^(Related|Read more|Related News|Related Topics|READ MORE)\b",
    r"^- ",  # only treated as noise while inside a Related list (see below)
    r"^(Photo|Image|Image caption):",
    r"^\((Reporting|Editing)",
    r"^___$",
    r".*\bcontributed( from [A-Z][a-z]+)?\.$",
    r"^SOURCE:",
    r"^\([A-Z]{1,3}/[a-z]{1,3}\)$",
    r"^[A-Z]\. [A-Z][a-z]+ / [A-Z][a-z]+$",
    r"^\d{1,2} [A-Z][a-z]+ \d{4}$",
    r"^\d{1,2} [A-Z][a-z]{2} \d{4}$",
]
ARTICLE_NOISE = {
    "h21-01": ["Local Coordination Committees in Syria - Media Office", "Tuesday 18-11-2014"],
    "h21-02": ["Photographs by Tarek Abdo", "The Harbour Review, December 2014 issue"],
    "h21-03": [],
    "h21-04": [],
    "h21-05": ["The Cedar Post", "Wednesday, April 15, 2015 - 09:12"],
    "h21-06": ["Associated Newswire"],
    "h21-07": ["Syria Brief | Updates", "UPDATE 2 - adds LCC toll, Jaish al-Fatah statement"],
    "h21-08": [],
}
LIST_HEADS = re.compile(r"^(Related|Read more|Related News|Related Topics|READ MORE)\b")

errors = []
warnings = []


def err(aid, msg):
    errors.append("%s: %s" % (aid, msg))


def warn(aid, msg):
    warnings.append("%s: %s" % (aid, msg))


def split_article(aid, text):
    """Return (headline, standfirst, body_lines, noise_lines)."""
    lines = text.split("\n")
    headline = lines[0]
    body, noise = [], []
    in_related = False
    extra = set(ARTICLE_NOISE.get(aid, []))
    standfirst = None
    rest = lines[1:]
    # Al Markaz style: standfirst is the first non-empty line after the headline
    if aid == "h21-08":
        for i, ln in enumerate(rest):
            if ln.strip():
                standfirst = ln
                rest = rest[i + 1:]
                break
    for ln in rest:
        s = ln.strip()
        if not s:
            in_related = False if not s and in_related and False else in_related
            continue
        if LIST_HEADS.match(s):
            in_related = True
            noise.append(s)
            continue
        if in_related and s.startswith("- "):
            noise.append(s)
            continue
        in_related = False
        if s in extra:
            noise.append(s)
            continue
        is_noise = False
        for pat in GENERIC_NOISE:
            if pat == r"^- ":
                continue
            if re.match(pat, s):
                is_noise = True
                break
        (noise if is_noise else body).append(s)
    return headline, standfirst, body, noise


def load(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


reg = load(os.path.join(HERE, "entities.json"))
ACTORS = {a["id"]: a for a in reg["actors"]}
PLACES = {p["id"]: p for p in reg["places"]}
GLOBAL = {g["id"]: g for g in reg["globalIncidents"]}

# registry sanity: original ids preserved
orig_path = "/work/shared/corpus/entities.json"
if os.path.exists(orig_path):
    orig = load(orig_path)
    for part in ("actors", "places", "globalIncidents"):
        have = {x["id"] for x in reg[part]}
        for x in orig[part]:
            if x["id"] not in have:
                err("entities.json", "original %s id %s missing" % (part, x["id"]))
for a in reg["actors"]:
    if a.get("partOf") and a["partOf"] not in ACTORS:
        err("entities.json", "actor %s partOf unknown %s" % (a["id"], a["partOf"]))
for p in reg["places"]:
    if not isinstance(p.get("lat"), (int, float)) or not isinstance(p.get("lon"), (int, float)):
        err("entities.json", "place %s lacks coordinates" % p["id"])
    if p.get("parent") and p["parent"] not in PLACES:
        err("entities.json", "place %s parent unknown" % p["id"])
for g in GLOBAL.values():
    for pl in g["places"]:
        if pl not in PLACES:
            err("entities.json", "global %s place %s unknown" % (g["id"], pl))

seen_global = {}
totals = {"articles": 0, "incidents": 0, "statements": 0, "figures": 0}

for aid in IDS:
    tpath = os.path.join(HERE, aid + ".txt")
    gpath = os.path.join(HERE, aid + ".gold.json")
    if not os.path.exists(tpath) or not os.path.exists(gpath):
        err(aid, "missing file")
        continue
    text = open(tpath, encoding="utf-8").read()
    gold = load(gpath)
    totals["articles"] += 1
    lines = text.split("\n")
    if len(lines) < 3 or lines[1] != "":
        err(aid, "line 2 must be blank (headline, blank line, body)")
    headline, standfirst, body, noise = split_article(aid, text)
    if "--show-noise" in sys.argv:
        print("NOISE %s: %s" % (aid, noise))

    # shape
    if set(gold) != {"article", "actors", "places", "incidents", "statements"}:
        err(aid, "top-level keys %s" % sorted(gold))
    art = gold.get("article", {})
    if set(art) != {"id", "title", "outlet", "publishedAt", "url"}:
        err(aid, "article keys %s" % sorted(art))
    if art.get("id") != aid:
        err(aid, "article.id mismatch")
    if art.get("title") != headline:
        err(aid, "title != line 1")
    pub = art.get("publishedAt")
    if pub is not None and not DATE_RE.match(pub):
        err(aid, "bad publishedAt")
    if not str(art.get("url", "")).startswith("https://example.org/"):
        err(aid, "url must be https://example.org/...")

    actors = gold["actors"]
    places = gold["places"]
    if len(set(actors)) != len(actors):
        err(aid, "duplicate actors")
    if len(set(places)) != len(places):
        err(aid, "duplicate places")
    for a in actors:
        if a not in ACTORS:
            err(aid, "actor %s not in registry" % a)
    for p in places:
        if p not in PLACES:
            err(aid, "place %s not in registry" % p)

    # body word count (non-noise body lines)
    nwords = sum(len(l.split()) for l in body)
    if not 200 <= nwords <= 350:
        err(aid, "body has %d words (want 200-350)" % nwords)

    # incidents
    keys = set()
    for inc in gold["incidents"]:
        if set(inc) != {"key", "kind", "date", "places", "perpetratorAlleged", "sameAs"}:
            err(aid, "incident keys %s" % sorted(inc))
        k = inc["key"]
        if k in keys:
            err(aid, "duplicate incident key %s" % k)
        keys.add(k)
        if inc["kind"] not in KINDS:
            err(aid, "incident %s bad kind" % k)
        if inc["date"] is not None and not DATE_RE.match(inc["date"]):
            err(aid, "incident %s bad date" % k)
        if pub is None and inc["date"] is not None:
            # undated article: only an absolute date with a year may give a date
            if inc["date"][:4] not in "\n".join(body):
                err(aid, "incident %s dated although article is undated and no year in text" % k)
        if not inc["places"]:
            err(aid, "incident %s has no place" % k)
        for p in inc["places"]:
            if p not in places:
                err(aid, "incident %s place %s not in article places" % (k, p))
        for a in inc["perpetratorAlleged"]:
            if a not in actors:
                err(aid, "incident %s perpetrator %s not in actors" % (k, a))
        g = inc["sameAs"]
        if g is not None:
            if g not in GLOBAL:
                err(aid, "incident %s sameAs %s unknown" % (k, g))
            else:
                G = GLOBAL[g]
                if G["date"] != inc["date"]:
                    err(aid, "incident %s date %s != %s date %s" % (k, inc["date"], g, G["date"]))
                if sorted(G["places"]) != sorted(inc["places"]):
                    err(aid, "incident %s places differ from %s" % (k, g))
                if G["kind"] != inc["kind"]:
                    err(aid, "incident %s kind differs from %s" % (k, g))
                if aid not in G.get("articles", []):
                    err(aid, "%s does not list this article" % g)
                seen_global.setdefault(g, []).append(aid)
    totals["incidents"] += len(gold["incidents"])

    # statements
    body_text = "\n".join(body)
    for n, s in enumerate(gold["statements"], 1):
        tag = "statement %d" % n
        if set(s) != {"speaker", "stance", "about", "killed", "injured", "children", "qualifier", "evidence"}:
            err(aid, "%s keys %s" % (tag, sorted(s)))
            continue
        if set(s["about"]) != {"incident", "actor"}:
            err(aid, "%s about keys" % tag)
        if s["speaker"] not in actors:
            err(aid, "%s speaker %s not in actors" % (tag, s["speaker"]))
        if s["stance"] not in STANCES:
            err(aid, "%s bad stance" % tag)
        ai = s["about"]["incident"]
        if ai is not None and ai not in keys:
            err(aid, "%s about.incident %s unknown" % (tag, ai))
        aa = s["about"]["actor"]
        if aa is not None and aa not in actors:
            err(aid, "%s about.actor %s not in actors" % (tag, aa))
        for f in ("killed", "injured", "children"):
            v = s[f]
            if v is not None and (not isinstance(v, int) or v < 0):
                err(aid, "%s %s must be a non-negative int or null" % (tag, f))
        if s["qualifier"] not in QUALS:
            err(aid, "%s bad qualifier" % tag)
        has_fig = s["killed"] is not None or s["injured"] is not None
        if has_fig and s["qualifier"] is None:
            err(aid, "%s has figures but no qualifier" % tag)
        if not has_fig and s["qualifier"] is not None:
            err(aid, "%s qualifier without killed/injured" % tag)
        if s["children"] is not None or has_fig:
            totals["figures"] += 1
        ev = s["evidence"]
        if not ev:
            err(aid, "%s has no evidence" % tag)
        elif not any(ev in l for l in body):
            where = "noise line" if any(ev in l for l in noise) else (
                "headline" if ev in headline else "nowhere")
            err(aid, "%s evidence not in a body line (found: %s): %r" % (tag, where, ev[:70]))
    totals["statements"] += len(gold["statements"])

    # heuristic alias check (warnings only): listed ids should have some alias in
    # headline/standfirst/body; unambiguous aliases found should be listed.
    scan = "\n".join([headline] + ([standfirst] if standfirst else []) + body)
    for kind, reg_map, listed in (("actor", ACTORS, actors), ("place", PLACES, places)):
        for rid in listed:
            al = reg_map[rid]["aliases"] + [reg_map[rid]["name"]]
            if not any(a in scan for a in al):
                warn(aid, "%s %s listed but no literal alias in text (metonymy/description?)" % (kind, rid))
        for rid, ent in reg_map.items():
            if rid in listed:
                continue
            ctx = set(ent.get("contextualAliases", []))
            for a in ent["aliases"]:
                if a in ctx or len(a) < 4:
                    continue
                if re.search(r"(?<![\w-])" + re.escape(a) + r"(?![\w-])", scan):
                    warn(aid, "%s alias %r of %s found but id not listed" % (kind, a, rid))
                    break

# cross-article consistency of new global incidents
for gid, G in GLOBAL.items():
    if not any(a.startswith("h21-") for a in G.get("articles", [])):
        continue
    listed = sorted(G["articles"])
    got = sorted(seen_global.get(gid, []))
    if listed != got:
        err("entities.json", "%s articles %s but gold uses it in %s" % (gid, listed, got))
    if len(got) < 2:
        err("entities.json", "%s used by fewer than two articles" % gid)

for w in warnings:
    print("WARN ", w)
for e in errors:
    print("ERROR", e)
print("articles=%(articles)d incidents=%(incidents)d statements=%(statements)d "
      "statements_with_figures=%(figures)d" % totals)
print("OK: no errors" if not errors else "%d error(s)" % len(errors))
sys.exit(1 if errors else 0)
