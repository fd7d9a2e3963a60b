#!/usr/bin/env python3
"""Self-check for the heldout-31 synthetic set (h31-01 .. h31-08).

Run:  python3 validate.py
Checks JSON shape, registry ids, evidence substrings (body only, never in a
noise line), speaker/target/perpetrator/place consistency, sameAs against the
registry's global incidents, date rules and body word counts. Prints ERROR and
WARN lines and exits non-zero if there is any ERROR.
"""
import datetime as dt
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
IDS = ["h31-%02d" % i for i in range(1, 9)]

# Noise lines per article (exact line text, after stripping). Everything else
# below the headline is body text. Section labels in the briefing column and
# datelines are body text.
NOISE = {
    "h31-01": ["By Courier foreign staff"],
    "h31-02": ["ah-bur/kir/jm"],
    "h31-03": ["19 February 2020", "Share this with", "Email", "Facebook", "Twitter",
               "Image caption: Volunteers search a damaged classroom in Idlib city",
               "Related Topics", "Syrian civil war", "Idlib"],
    "h31-04": ["By Samir Touma, Staff Reporter", "Published: March 4, 2020 | 11:42 PM"],
    "h31-05": ["Rhein-Welle | Middle East",
               "(Quotes from Turkish and Arabic translated by Rhein-Welle.)",
               "\u00a9 Rhein-Welle 2020 | Imprint | Contact"],
    "h31-06": ["By Karim Saade",
               "(Reporting by Karim Saade; additional reporting by Dilek Aras in Ankara; Editing by Giles Pryor)"],
    "h31-07": ["By H\u00e9l\u00e8ne Marchetti",
               "Photo: A displaced boy walks past burnt tents near Kafr Lusin. (Levant Review/Handout)"],
    "h31-08": ["Idlib Voice \u2013 Local news", "Share on Facebook | WhatsApp | Telegram"],
}
NOISE_PATTERNS = [r"^By [A-Z]", r"^Share", r"^Related", r"^Read more", r"^Image caption", r"^Photo:",
                  r"^\(Reporting", r"^Published:", r"^\u00a9", r"^[a-z]{1,4}(-[a-z]{1,4})?(/[a-z]{1,4})+$"]

STANCES = {"CLAIM", "DENIAL", "ACCUSATION", "CRITICISM", "CALL", "CONFIRMATION"}
KINDS = {"AIRSTRIKE", "SHELLING", "OTHER"}
QUALS = {None, "AT_LEAST", "MORE_THAN", "ABOUT", "EXACT"}
ART_KEYS = ["id", "title", "outlet", "publishedAt", "url"]
TOP_KEYS = ["article", "actors", "places", "incidents", "statements"]
INC_KEYS = ["key", "kind", "date", "places", "perpetratorAlleged", "sameAs"]
ST_KEYS = ["speaker", "stance", "about", "killed", "injured", "children", "qualifier", "evidence"]
PERIOD = (dt.date(2019, 12, 1), dt.date(2020, 3, 31))
WORDS = (200, 350)

errors, warns = [], []


def err(aid, msg):
    errors.append("ERROR %s: %s" % (aid, msg))


def warn(aid, msg):
    warns.append("WARN  %s: %s" % (aid, msg))


def parse_date(s):
    return dt.date.fromisoformat(s)


def is_noise(aid, line):
    s = line.strip()
    if s in NOISE.get(aid, []):
        return True
    return False


reg = json.load(open(os.path.join(HERE, "entities.json"), encoding="utf-8"))
actors = {a["id"]: a for a in reg["actors"]}
places = {p["id"]: p for p in reg["places"]}
globs = {g["id"]: g for g in reg["globalIncidents"]}

# registry sanity: ids unique, partOf resolves, original ids kept
orig_path = "/work/shared/corpus/entities.json"
if os.path.exists(orig_path):
    orig = json.load(open(orig_path, encoding="utf-8"))
    for part in ("actors", "places", "globalIncidents"):
        mine = {x["id"] for x in reg[part]}
        for x in orig[part]:
            if x["id"] not in mine:
                err("registry", "original %s id %s missing" % (part, x["id"]))
for part in ("actors", "places", "globalIncidents"):
    ids = [x["id"] for x in reg[part]]
    if len(ids) != len(set(ids)):
        err("registry", "duplicate ids in %s" % part)
for a in reg["actors"]:
    if a.get("partOf") and a["partOf"] not in actors:
        err("registry", "actor %s partOf %s unknown" % (a["id"], a["partOf"]))
for p in reg["places"]:
    if not isinstance(p.get("lat"), (int, float)) or not isinstance(p.get("lon"), (int, float)):
        err("registry", "place %s lacks coordinates" % p["id"])

seen_same = {}
n_inc = n_st = n_fig = 0
summary = []
for aid in IDS:
    tpath = os.path.join(HERE, aid + ".txt")
    gpath = os.path.join(HERE, aid + ".gold.json")
    if not os.path.exists(tpath) or not os.path.exists(gpath):
        err(aid, "missing .txt or .gold.json")
        continue
    text = open(tpath, encoding="utf-8").read()
    lines = text.split("\n")
    if len(lines) < 3 or lines[1].strip() != "":
        err(aid, "line 2 must be blank")
    body_lines = lines[2:]
    for nl in NOISE.get(aid, []):
        if nl not in [l.strip() for l in body_lines]:
            err(aid, "declared noise line not found: %r" % nl)
    for l in body_lines:
        s = l.strip()
        if s and not is_noise(aid, s) and any(re.search(p, s) for p in NOISE_PATTERNS):
            warn(aid, "line looks like noise but is not declared: %r" % s)
    clean = [l for l in body_lines if not is_noise(aid, l)]
    clean_body = "\n".join(clean)
    nwords = len(clean_body.split())
    if not WORDS[0] <= nwords <= WORDS[1]:
        err(aid, "body has %d words (want %d-%d)" % (nwords, WORDS[0], WORDS[1]))

    g = json.load(open(gpath, encoding="utf-8"))
    if list(g.keys()) != TOP_KEYS:
        err(aid, "top-level keys %s" % list(g.keys()))
    art = g["article"]
    if list(art.keys()) != ART_KEYS:
        err(aid, "article keys %s" % list(art.keys()))
    if art["id"] != aid:
        err(aid, "article.id mismatch")
    if art["title"] != lines[0]:
        err(aid, "title is not line 1 verbatim")
    if not art["url"].startswith("https://example.org/"):
        err(aid, "url must be https://example.org/...")
    pub = art["publishedAt"]
    if pub is not None:
        d = parse_date(pub)
        if not PERIOD[0] <= d <= PERIOD[1]:
            err(aid, "publishedAt %s outside Dec 2019 - Mar 2020" % pub)
    A, P = g["actors"], g["places"]
    for lst, name, regd in ((A, "actors", actors), (P, "places", places)):
        if len(lst) != len(set(lst)):
            err(aid, "duplicate entries in %s" % name)
        for x in lst:
            if x not in regd:
                err(aid, "%s id %s not in registry" % (name, x))
    # weak mention check: some alias of each listed entity occurs in headline/body
    scan = lines[0] + "\n" + clean_body
    for x in A:
        if x in actors:
            al = actors[x]["aliases"] + [actors[x]["name"]]
            if not any(a in scan for a in al):
                warn(aid, "no literal alias of actor %s in text (identifying description?)" % x)
    for x in P:
        if x in places:
            al = places[x]["aliases"] + [places[x]["name"]]
            if not any(a in scan for a in al):
                warn(aid, "no literal alias of place %s in text" % x)

    keys = set()
    for inc in g["incidents"]:
        n_inc += 1
        if list(inc.keys()) != INC_KEYS:
            err(aid, "incident keys %s" % list(inc.keys()))
        k = inc["key"]
        if k in keys:
            err(aid, "duplicate incident key %s" % k)
        keys.add(k)
        if inc["kind"] not in KINDS:
            err(aid, "incident %s bad kind" % k)
        if not inc["places"]:
            err(aid, "incident %s has no places" % k)
        for p in inc["places"]:
            if p not in P:
                err(aid, "incident %s place %s not in places" % (k, p))
        for p in inc["perpetratorAlleged"]:
            if p not in A:
                err(aid, "incident %s perpetrator %s not in actors" % (k, p))
        if inc["date"] is not None:
            d = parse_date(inc["date"])
            if not PERIOD[0] <= d <= PERIOD[1]:
                err(aid, "incident %s date outside period" % k)
            if pub is None:
                forms = [d.strftime("%d %B %Y").lstrip("0"), d.strftime("%B %d, %Y").replace(" 0", " ")]
                if not any(f in clean_body for f in forms):
                    err(aid, "publishedAt is null but incident %s has a date not given absolutely" % k)
            elif d > parse_date(pub):
                err(aid, "incident %s dated after publication" % k)
        if inc["sameAs"] is not None:
            G = globs.get(inc["sameAs"])
            if G is None:
                err(aid, "sameAs %s not in registry" % inc["sameAs"])
            else:
                if G["date"] != inc["date"]:
                    err(aid, "incident %s date %s != %s date %s" % (k, inc["date"], G["id"], G["date"]))
                if sorted(G["places"]) != sorted(inc["places"]):
                    err(aid, "incident %s places differ from %s" % (k, G["id"]))
                if G["kind"] != inc["kind"]:
                    err(aid, "incident %s kind differs from %s" % (k, G["id"]))
                if aid not in G["articles"]:
                    err(aid, "%s does not list this article" % G["id"])
                seen_same.setdefault(G["id"], []).append(aid)

    for i, st in enumerate(g["statements"]):
        n_st += 1
        tag = "statement %d" % (i + 1)
        if list(st.keys()) != ST_KEYS:
            err(aid, "%s keys %s" % (tag, list(st.keys())))
            continue
        if st["speaker"] not in A:
            err(aid, "%s speaker %s not in actors" % (tag, st["speaker"]))
        if st["stance"] not in STANCES:
            err(aid, "%s bad stance" % tag)
        ab = st["about"]
        if list(ab.keys()) != ["incident", "actor"]:
            err(aid, "%s about keys" % tag)
        if ab["incident"] is not None and ab["incident"] not in keys:
            err(aid, "%s about.incident %s unknown" % (tag, ab["incident"]))
        if ab["actor"] is not None and ab["actor"] not in A:
            err(aid, "%s about.actor %s not in actors" % (tag, ab["actor"]))
        if st["stance"] == "ACCUSATION" and ab["actor"] is None:
            err(aid, "%s ACCUSATION without accused actor" % tag)
        for f in ("killed", "injured", "children"):
            v = st[f]
            if v is not None and (not isinstance(v, int) or v < 0):
                err(aid, "%s %s must be a non-negative int" % (tag, f))
        if st["killed"] is not None or st["injured"] is not None or st["children"] is not None:
            n_fig += 1
        if st["qualifier"] not in QUALS:
            err(aid, "%s bad qualifier" % tag)
        has_fig = st["killed"] is not None or st["injured"] is not None
        if has_fig != (st["qualifier"] is not None):
            err(aid, "%s qualifier must be set iff killed or injured is set" % tag)
        if st["killed"] is not None and st["children"] is not None and st["children"] > st["killed"]:
            err(aid, "%s children > killed" % tag)
        ev = st["evidence"]
        if not ev or ev not in clean_body:
            in_head = ev in lines[0]
            in_any = ev in text
            err(aid, "%s evidence not in body%s: %r" % (
                tag, " (in headline)" if in_head else (" (in a noise line)" if in_any else ""), ev[:80]))
    kinds = "".join(i["kind"][0] for i in g["incidents"]) or "-"
    summary.append("%s  pub=%-10s words=%3d  incidents=%-4s statements=%2d" % (
        aid, pub, nwords, kinds, len(g["statements"])))

# global incidents of this set
for gid, G in globs.items():
    if any(a.startswith("h31-") for a in G["articles"]):
        if sorted(G["articles"]) != sorted(seen_same.get(gid, [])):
            err("registry", "%s articles %s but used by %s" % (gid, G["articles"], seen_same.get(gid, [])))
        if len(seen_same.get(gid, [])) < 2:
            err("registry", "%s is used by fewer than 2 articles" % gid)

# set-level requirements
golds = {a: json.load(open(os.path.join(HERE, a + ".gold.json"), encoding="utf-8")) for a in IDS
         if os.path.exists(os.path.join(HERE, a + ".gold.json"))}
if len([g for g in seen_same if len(seen_same[g]) >= 2]) < 2:
    err("set", "need at least two cross-article incidents")
if not any(len(g["incidents"]) >= 2 for g in golds.values()):
    err("set", "need an article with several incidents")
if not any(i["kind"] == "OTHER" for g in golds.values() for i in g["incidents"]):
    err("set", "need an OTHER incident")
if not any(len(g["incidents"]) == 0 for g in golds.values()):
    err("set", "need an article with no incident")
if not any(g["article"]["publishedAt"] is None for g in golds.values()):
    err("set", "need an article with publishedAt null")

print("\n".join(summary))
print("totals: articles=%d incidents=%d statements=%d statements-with-figures=%d" % (
    len(golds), n_inc, n_st, n_fig))
for w in warns:
    print(w)
for e in errors:
    print(e)
print("%d error(s), %d warning(s)" % (len(errors), len(warns)))
sys.exit(1 if errors else 0)
