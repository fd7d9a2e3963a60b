#!/usr/bin/env python3
"""Self-check for the heldout-3 synthetic set (h3-01 .. h3-08).

Run:  python3 validate.py            (from any directory)
      python3 validate.py --verbose  (also prints the acknowledged alias notes)

Errors (exit status 1) are violations of the corpus format or of the annotation
guidelines that can be checked mechanically.  "notes" are alias-scan hints that
were reviewed by hand and acknowledged in ACK below (metonymy, descriptions,
elliptical mentions ...); an unacknowledged hint is printed as a WARNING so
that it gets reviewed, but it is not an error.
"""
import datetime
import glob
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SHARED_REGISTRY = "/work/shared/corpus/entities.json"   # optional: checks that no id was removed
ARTICLES = ["h3-%02d" % i for i in range(1, 9)]

STANCES = {"CLAIM", "DENIAL", "ACCUSATION", "CRITICISM", "CALL", "CONFIRMATION"}
KINDS = {"AIRSTRIKE", "SHELLING", "OTHER"}
QUALIFIERS = {"AT_LEAST", "MORE_THAN", "ABOUT", "EXACT"}
MIN_WORDS, MAX_WORDS = 200, 450

# ---------------------------------------------------------------- noise lines
NOISE_RES = [re.compile(p) for p in [
    r"^By [A-Z][\w.'-]*( [A-Z][\w.'-]*)*( and [A-Z].*|, .*| \| .*)?$",  # bylines (not "By early afternoon ...")
    r"^Words by\s",
    r"^\d{1,2} [A-Z][a-z]+ \d{4}(\s*\|.*)?$",   # date-only lines (optionally "| Updated ...")
    r"^\d{1,2}/\d{1,2}/\d{4}$",
    r"^Published",                              # "Published:" / "Published time:"
    r"^(Share|Share this with|Email|Facebook|Twitter|WhatsApp|Print)(\s*\|.*)?$",
    r"^Advertisement$",
    r"^(Related|Read more|Read also|Also on|READ MORE|Related News|Related Topics)\b",
    r"^(Image caption:|Photo:)",
    r"^\(.*\)$",                                # reporting / editing / translation credits
    r"^___$",
    r"^SOURCE:",
    r"^[a-z]{2,3}(/[a-z]{2,3})+$",              # agency sign-off initials
    r"^FOR IMMEDIATE RELEASE$",                 # press-release boilerplate (see README)
    r"^Contact:",
    r"^###$",
    r"^About [A-Z]+:",
    r"^Methodology:",                           # fact-check footer
    r"^Next issue:",                            # digest footer
]]
# byline-location / masthead lines that no generic pattern catches
EXTRA_NOISE = {
    "h3-01": ["Atlas News, Beirut"],
    "h3-02": ["Continental Newswire"],
    "h3-04": ["North Pulse – Idlib"],
    "h3-06": ["ReliefLine | Weekly humanitarian digest: north-west Syria"],
}
# 1-based line numbers of standfirsts (scanned for mentions only, never evidence)
STANDFIRST = {"h3-07": 3}

# Alias-scan hints reviewed by hand.  key: (article, kind, id) -> reason
ACK = {}


def ack(article, kind, ident, reason):
    ACK[(article, kind, ident)] = reason


ack("h3-01", "unlisted-alias", "turkey", "'Turkey' only inside the actor alias \"Turkey's foreign ministry\"")
ack("h3-01", "unlisted-alias", "un", "'UN' only inside the OCHA alias \"The UN's humanitarian coordinator for the Syria crisis\"")
ack("h3-02", "unlisted-alias", "turkey", "'Turkey' only inside the actor alias \"Turkey's Foreign Ministry\"")
ack("h3-02", "unlisted-alias", "un", "'U.N.' only inside OCHA's full name")
ack("h3-04", "listed-no-alias", "russian-military", "'regime and Russian bombardment' (nationality adjective denoting forces)")
ack("h3-06", "listed-no-alias", "aleppo-province", "'the Idlib and Aleppo governorates' (elliptical coordination)")
ack("h3-07", "unlisted-alias", "russian-mod", "'ministry spokesman' inside 'the Turkish foreign ministry spokesman'")


# actors / places listed although no registry alias occurs literally
# aliases that occur in the text but whose entity is correctly NOT listed


# ---------------------------------------------------------------- helpers
errors = []
warnings = []
notes = []


def err(msg):
    errors.append(msg)


def warn(msg):
    warnings.append(msg)


def is_date(s):
    try:
        datetime.date.fromisoformat(s)
        return True
    except (TypeError, ValueError):
        return False


def norm(s):
    return (s.replace("\u2019", "'").replace("\u2018", "'")
             .replace("\u201c", '"').replace("\u201d", '"'))


def split_article(aid, text):
    """Return (lines, info) where info[i] in {'headline','blank','standfirst','noise','body'}."""
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines = lines[:-1]
    info = []
    after_underscore = False
    after_related_topics = False
    extra = set(EXTRA_NOISE.get(aid, []))
    for i, line in enumerate(lines):
        s = line.strip()
        if i == 0:
            info.append("headline")
            continue
        if STANDFIRST.get(aid) == i + 1:
            info.append("standfirst")
            continue
        if s == "":
            info.append("blank")
            after_underscore = False
            continue
        if after_related_topics or after_underscore:
            info.append("noise")
            continue
        if s in extra or any(r.search(s) for r in NOISE_RES):
            info.append("noise")
            if s == "___":
                after_underscore = True
            if s.startswith("Related Topics"):
                after_related_topics = True
            continue
        info.append("body")
    return lines, info


def alias_in(alias, text):
    a = norm(alias)
    pat = r"(?<![\w-])" + re.escape(a) + r"(?![\w-])"
    # acronyms (no lower-case letter: WHO, AN, UN, SANA) are matched case-sensitively
    flags = 0 if not re.search(r"[a-z]", a) else re.IGNORECASE
    return re.search(pat, text, flags) is not None


# ---------------------------------------------------------------- registry
reg_path = os.path.join(HERE, "entities.json")
try:
    REG = json.load(open(reg_path, encoding="utf-8"))
except Exception as e:  # noqa
    print("ERROR: cannot read entities.json:", e)
    sys.exit(1)

ACT = {}
for a in REG["actors"]:
    if a["id"] in ACT:
        err("registry: duplicate actor id %s" % a["id"])
    ACT[a["id"]] = a
PLA = {}
for p in REG["places"]:
    if p["id"] in PLA:
        err("registry: duplicate place id %s" % p["id"])
    PLA[p["id"]] = p
GLOB = {}
for g in REG["globalIncidents"]:
    if g["id"] in GLOB:
        err("registry: duplicate global incident %s" % g["id"])
    GLOB[g["id"]] = g

for a in REG["actors"]:
    for k in ("id", "name", "kind", "partOf", "aliases"):
        if k not in a:
            err("registry actor %s lacks %s" % (a.get("id"), k))
    if a.get("partOf") is not None and a["partOf"] not in ACT:
        err("registry actor %s: partOf %s unknown" % (a["id"], a["partOf"]))
    for c in a.get("contextualAliases", []):
        if c not in a["aliases"]:
            err("registry actor %s: contextual alias %r not in aliases" % (a["id"], c))
for p in REG["places"]:
    for k in ("id", "name", "kind", "country", "lat", "lon", "aliases"):
        if k not in p:
            err("registry place %s lacks %s" % (p.get("id"), k))
    if not (-90 <= p["lat"] <= 90 and -180 <= p["lon"] <= 180):
        err("registry place %s: bad coordinates" % p["id"])
    if p.get("country") == "Syria" and not (32.0 <= p["lat"] <= 37.5 and 35.5 <= p["lon"] <= 42.5):
        err("registry place %s: coordinates outside Syria" % p["id"])
    if "parent" in p and p["parent"] not in PLA:
        err("registry place %s: parent %s unknown" % (p["id"], p["parent"]))
    for c in p.get("contextualAliases", []):
        if c not in p["aliases"]:
            err("registry place %s: contextual alias %r not in aliases" % (p["id"], c))
for g in REG["globalIncidents"]:
    if g["kind"] not in KINDS:
        err("global %s: bad kind" % g["id"])
    if not is_date(g["date"]):
        err("global %s: bad date" % g["id"])
    for p in g["places"]:
        if p not in PLA:
            err("global %s: unknown place %s" % (g["id"], p))

# nothing from the shared registry may be deleted or renamed
if os.path.exists(SHARED_REGISTRY):
    base = json.load(open(SHARED_REGISTRY, encoding="utf-8"))
    for key, cur in (("actors", ACT), ("places", PLA), ("globalIncidents", GLOB)):
        for e in base[key]:
            if e["id"] not in cur:
                err("registry: shared %s id %s was removed" % (key, e["id"]))
            else:
                for al in e.get("aliases", []):
                    if al not in cur[e["id"]].get("aliases", []):
                        err("registry: alias %r of %s was removed" % (al, e["id"]))
                if key == "globalIncidents" and (e["date"] != cur[e["id"]]["date"] or e["places"] != cur[e["id"]]["places"]):
                    err("registry: shared global incident %s was changed" % e["id"])

# ---------------------------------------------------------------- articles
seen_global = {}
totals = {"articles": 0, "incidents": 0, "statements": 0, "figures": 0, "words": []}

for aid in ARTICLES:
    tpath = os.path.join(HERE, aid + ".txt")
    gpath = os.path.join(HERE, aid + ".gold.json")
    if not os.path.exists(tpath) or not os.path.exists(gpath):
        err("%s: missing .txt or .gold.json" % aid)
        continue
    text = open(tpath, encoding="utf-8").read()
    try:
        gold = json.load(open(gpath, encoding="utf-8"))
    except Exception as e:  # noqa
        err("%s: gold is not valid JSON: %s" % (aid, e))
        continue
    totals["articles"] += 1
    lines, info = split_article(aid, text)
    if len(lines) < 3 or lines[1].strip() != "":
        err("%s: line 2 must be blank (headline, blank line, body)" % aid)
    body_lines = [l for l, k in zip(lines, info) if k == "body"]
    scan_text = norm("\n".join(l for l, k in zip(lines, info) if k in ("headline", "standfirst", "body")))
    words = sum(len([w for w in l.split() if re.search(r"\w", w)]) for l in body_lines)
    totals["words"].append((aid, words))
    if not (MIN_WORDS <= words <= MAX_WORDS):
        err("%s: body has %d words (allowed %d-%d)" % (aid, words, MIN_WORDS, MAX_WORDS))

    # shape
    if set(gold) != {"article", "actors", "places", "incidents", "statements"}:
        err("%s: top-level keys %s" % (aid, sorted(gold)))
        continue
    art = gold["article"]
    if set(art) != {"id", "title", "outlet", "publishedAt", "url"}:
        err("%s: article keys %s" % (aid, sorted(art)))
    if art.get("id") != aid:
        err("%s: article.id %r" % (aid, art.get("id")))
    if art.get("title") != lines[0]:
        err("%s: article.title differs from line 1" % aid)
    if not str(art.get("url", "")).startswith("https://example.org/"):
        err("%s: url must be a fake https://example.org/ address" % aid)
    if not art.get("outlet"):
        err("%s: outlet missing" % aid)
    pub = art.get("publishedAt")
    if pub is not None and not is_date(pub):
        err("%s: publishedAt %r" % (aid, pub))

    actors, places = gold["actors"], gold["places"]
    for lst, name, reg in ((actors, "actor", ACT), (places, "place", PLA)):
        if not isinstance(lst, list) or len(set(lst)) != len(lst):
            err("%s: %ss must be a list without duplicates" % (aid, name))
        for x in lst:
            if x not in reg:
                err("%s: %s %r not in registry" % (aid, name, x))

    # incidents
    keys = set()
    for inc in gold["incidents"]:
        totals["incidents"] += 1
        if set(inc) != {"key", "kind", "date", "places", "perpetratorAlleged", "sameAs"}:
            err("%s: incident keys %s" % (aid, sorted(inc)))
            continue
        k = inc["key"]
        if not isinstance(k, str) or k in keys:
            err("%s: incident key %r duplicate or not a string" % (aid, k))
        keys.add(k)
        if inc["kind"] not in KINDS:
            err("%s/%s: kind %r" % (aid, k, inc["kind"]))
        d = inc["date"]
        if d is not None and not is_date(d):
            err("%s/%s: date %r" % (aid, k, d))
        if d is not None and pub is not None and d > pub:
            err("%s/%s: incident date after publication" % (aid, k))
        if d is not None and pub is None:
            # undated article: an incident date needs an absolute date in the text
            dd = datetime.date.fromisoformat(d)
            forms = ["%d %s %d" % (dd.day, dd.strftime("%B"), dd.year),
                     "%s %d, %d" % (dd.strftime("%B"), dd.day, dd.year)]
            if not any(f in scan_text for f in forms):
                err("%s/%s: publishedAt is null but no absolute date %s in the text" % (aid, k, d))
        if not inc["places"]:
            err("%s/%s: incident without places" % (aid, k))
        for p in inc["places"]:
            if p not in places:
                err("%s/%s: incident place %s not in article places" % (aid, k, p))
        for a in inc["perpetratorAlleged"]:
            if a not in actors:
                err("%s/%s: perpetrator %s not in article actors" % (aid, k, a))
        s = inc["sameAs"]
        if s is not None:
            if s not in GLOB:
                err("%s/%s: sameAs %s not a registry global incident" % (aid, k, s))
            else:
                g = GLOB[s]
                if g["date"] != d:
                    err("%s/%s: date %s != %s date %s" % (aid, k, d, s, g["date"]))
                if set(g["places"]) != set(inc["places"]):
                    err("%s/%s: places %s != %s places %s" % (aid, k, inc["places"], s, g["places"]))
                if g["kind"] != inc["kind"]:
                    err("%s/%s: kind differs from %s" % (aid, k, s))
                if aid not in g.get("articles", []):
                    err("%s/%s: %s does not list this article" % (aid, k, s))
                if (s, aid) in seen_global:
                    err("%s: two incidents point at %s" % (aid, s))
                seen_global[(s, aid)] = k

    # statements
    for i, st in enumerate(gold["statements"]):
        totals["statements"] += 1
        tag = "%s/st%d" % (aid, i + 1)
        if set(st) != {"speaker", "stance", "about", "killed", "injured", "children", "qualifier", "evidence"}:
            err("%s: statement keys %s" % (tag, sorted(st)))
            continue
        if st["speaker"] not in actors:
            err("%s: speaker %s not in article actors" % (tag, st["speaker"]))
        if st["stance"] not in STANCES:
            err("%s: stance %r" % (tag, st["stance"]))
        ab = st["about"]
        if not isinstance(ab, dict) or set(ab) != {"incident", "actor"}:
            err("%s: about must have incident and actor" % tag)
        else:
            if ab["incident"] is not None and ab["incident"] not in keys:
                err("%s: about.incident %r unknown" % (tag, ab["incident"]))
            if ab["actor"] is not None and ab["actor"] not in actors:
                err("%s: about.actor %s not in article actors" % (tag, ab["actor"]))
        for f in ("killed", "injured", "children"):
            v = st[f]
            if v is not None and (not isinstance(v, int) or isinstance(v, bool) or v < 0):
                err("%s: %s must be null or a non-negative integer" % (tag, f))
        if st["killed"] is not None or st["injured"] is not None or st["children"] is not None:
            totals["figures"] += 1
        q = st["qualifier"]
        if q is not None and q not in QUALIFIERS:
            err("%s: qualifier %r" % (tag, q))
        if (st["killed"] is None and st["injured"] is None) != (q is None):
            err("%s: qualifier must be set iff killed or injured is set" % tag)
        if st["killed"] is not None and st["children"] is not None and st["children"] > st["killed"]:
            err("%s: more children than killed" % tag)
        ev = st["evidence"]
        if not isinstance(ev, str) or not ev.strip():
            err("%s: evidence missing" % tag)
            continue
        if ev != ev.strip():
            err("%s: evidence has leading/trailing whitespace" % tag)
        if not any(ev in l for l in body_lines):
            where = [kind for l, kind in zip(lines, info) if ev in l]
            if where:
                err("%s: evidence only found in %s line(s)" % (tag, "/".join(sorted(set(where)))))
            else:
                err("%s: evidence is not an exact substring of one body line: %r" % (tag, ev[:80]))

    # heuristic alias scan (hints, not errors)
    for lst, reg, kind in ((actors, ACT, "listed-no-alias"), (places, PLA, "listed-no-alias")):
        for x in lst:
            if x in reg and not any(alias_in(al, scan_text) for al in reg[x]["aliases"]):
                key = (aid, kind, x)
                (notes if key in ACK else warnings).append(
                    "%s: %s listed but no literal alias in text%s" % (aid, x, " (ack: %s)" % ACK[key] if key in ACK else ""))
    for reg, lst in ((ACT, actors), (PLA, places)):
        for eid, e in reg.items():
            if eid in lst:
                continue
            hits = [al for al in e["aliases"] if al not in e.get("contextualAliases", []) and alias_in(al, scan_text)]
            if hits:
                key1, key2 = (aid, "unlisted-alias", eid), ("*", "unlisted-alias", eid)
                k = key1 if key1 in ACK else key2 if key2 in ACK else None
                (notes if k else warnings).append(
                    "%s: alias %s of %s occurs but %s is not listed%s" % (aid, hits, eid, eid, " (ack: %s)" % ACK[k] if k else ""))

# every global incident of this set must be used by exactly the articles it lists
for gid, g in GLOB.items():
    arts = [a for a in g.get("articles", []) if a.startswith("h3-")]
    for a in arts:
        if (gid, a) not in seen_global:
            err("%s lists %s but that article has no incident with sameAs %s" % (gid, a, gid))
    if arts and len(arts) < 2:
        err("%s: a cross-article incident needs at least two articles" % gid)

# ---------------------------------------------------------------- report
verbose = "--verbose" in sys.argv
print("heldout-3 validation")
print("  articles: %d, incidents: %d, statements: %d, statements with figures: %d"
      % (totals["articles"], totals["incidents"], totals["statements"], totals["figures"]))
print("  body words: " + ", ".join("%s=%d" % x for x in totals["words"]))
if verbose:
    for n in notes:
        print("  note: " + n)
else:
    print("  %d acknowledged alias notes (use --verbose)" % len(notes))
for w in warnings:
    print("  WARNING: " + w)
for e in errors:
    print("  ERROR: " + e)
print("  %d error(s), %d warning(s)" % (len(errors), len(warnings)))
sys.exit(1 if errors else 0)
