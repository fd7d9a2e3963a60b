#!/usr/bin/env python3
"""Self-check for the dev-28 synthetic set (d28-01 .. d28-08).

Run from anywhere:  python3 validate.py
Exit status 0 when there are no errors. Warnings are printed for manual review
(e.g. a registry alias found in the text whose entity is not listed; these can be
legitimate, see README "Judgement calls").
"""
import json
import os
import re
import sys
from datetime import date

HERE = os.path.dirname(os.path.abspath(__file__))
ARTICLES = [f"d28-0{i}" for i in range(1, 9)]

STANCES = {"CLAIM", "DENIAL", "ACCUSATION", "CRITICISM", "CALL", "CONFIRMATION"}
KINDS = {"AIRSTRIKE", "SHELLING", "OTHER"}
QUALIFIERS = {"AT_LEAST", "MORE_THAN", "ABOUT", "EXACT"}
TOP_KEYS = ["article", "actors", "places", "incidents", "statements"]
ARTICLE_KEYS = ["id", "title", "outlet", "publishedAt", "url"]
INCIDENT_KEYS = ["key", "kind", "date", "places", "perpetratorAlleged", "sameAs"]
STATEMENT_KEYS = ["speaker", "stance", "about", "killed", "injured", "children", "qualifier", "evidence"]

# Noise lines (corpus guideline list, plus the style-specific equivalents of this set;
# see README "Judgement calls"). A line is noise if it matches any pattern.
# Lines listed under a "Related..." header are noise until the next blank line.
GLOBAL_NOISE = [
    r"^By ", r"^Share( this with|:| ·|$)", r"^(Email|Facebook|Twitter)$", r"^Advertisement$", r"^Related\b", r"^Read more", r"^READ MORE",
    r"^Image caption:", r"^Photo:", r"^Illustration:", r"^\(.*\)$", r"^___", r"^SOURCE:",
    r"^Sources?:", r"^[a-z]{2,3}(-[a-z]{2,3})?/[a-z]{2,3}(/[a-z]{2,3})?$",
    r"^\d{1,2} [A-Z][a-z]+ \d{4}$",
]
ARTICLE_NOISE = {
    "d28-01": [r"^Frontline Dispatches ·", r"^Listen on:"],
    "d28-02": [r"^Orontes Health Alliance –", r"^Report published:", r"^Classification:",
               r"^Attachments:", r"^Contact:"],
    "d28-03": [],
    "d28-04": [r"^Posted by ", r"^\[Translated", r"^Comments \("],
    "d28-05": [r"^The Week in Numbers \|", r"^Compiled by "],
    "d28-06": [],
    "d28-07": [r"^Agora24 \|", r"^Transcript, edited"],
    "d28-08": [r"^Department for International Development \|", r"^Humanitarian response fact sheet No\.",
               r"^For further information:", r"^Media enquiries:"],
}
# d28-04: publishedAt is null and no incident has an absolute date in the text.
ABSOLUTE_DATE_OK = set()

errors, warnings = [], []


def err(a, msg):
    errors.append(f"{a}: {msg}")


def warn(a, msg):
    warnings.append(f"{a}: {msg}")


def split_article(aid):
    with open(os.path.join(HERE, aid + ".txt"), encoding="utf-8") as f:
        raw = f.read()
    lines = raw.split("\n")
    if len(lines) < 3 or lines[1].strip() != "":
        err(aid, "line 2 must be blank (headline, blank line, body)")
    headline = lines[0]
    pats = [re.compile(p) for p in GLOBAL_NOISE + ARTICLE_NOISE[aid]]
    body, noise = [], []
    in_related = False
    for ln in lines[2:]:
        s = ln.strip()
        if not s:
            in_related = False
            continue
        if in_related:
            noise.append(s)
            continue
        if any(p.search(s) for p in pats):
            noise.append(s)
            if re.match(r"^(Related|Read more|READ MORE)", s) and s.endswith(":"):
                in_related = True
            continue
        body.append(s)
    return headline, body, noise


def load_registry():
    with open(os.path.join(HERE, "entities.json"), encoding="utf-8") as f:
        reg = json.load(f)
    with open("/work/shared/corpus/entities.json", encoding="utf-8") as f:
        base = json.load(f)
    # never delete/rename existing ids
    for part in ("actors", "places", "globalIncidents"):
        have = {x["id"] for x in reg[part]}
        for x in base[part]:
            if x["id"] not in have:
                err("entities.json", f"existing {part} id removed/renamed: {x['id']}")
    for part in ("actors", "places", "globalIncidents"):
        ids = [x["id"] for x in reg[part]]
        if len(ids) != len(set(ids)):
            err("entities.json", f"duplicate ids in {part}")
    actors = {a["id"]: a for a in reg["actors"]}
    places = {p["id"]: p for p in reg["places"]}
    gis = {g["id"]: g for g in reg["globalIncidents"]}
    for a in actors.values():
        if a.get("partOf") and a["partOf"] not in actors:
            err("entities.json", f"actor {a['id']} partOf unknown {a['partOf']}")
    for p in places.values():
        if not isinstance(p.get("lat"), (int, float)) or not isinstance(p.get("lon"), (int, float)):
            err("entities.json", f"place {p['id']} lacks coordinates")
        if p.get("parent") and p["parent"] not in places:
            err("entities.json", f"place {p['id']} parent unknown {p['parent']}")
    for g in gis.values():
        for p in g["places"]:
            if p not in places:
                err("entities.json", f"{g['id']} place unknown {p}")
    return actors, places, gis


def isodate(s):
    try:
        return date.fromisoformat(s)
    except Exception:
        return None


CONTEXTUAL = {}


def mention_scan(text, actors, places):
    """Return {(kind, id): set(aliases)} using longest-alias-first masking."""
    entries = []
    for kind, reg in (("actor", actors), ("place", places)):
        for x, e in reg.items():
            CONTEXTUAL[(kind, x)] = set(e.get("contextualAliases", []))
            for al in e.get("aliases", []):
                entries.append((len(al), al, kind, x))
    entries.sort(reverse=True)
    found = {}
    buf = text
    for _, al, kind, x in entries:
        pat = re.compile(r"(?<![\w-])" + re.escape(al) + r"(?![\w-])")
        if pat.search(buf):
            found.setdefault((kind, x), set()).add(al)
            buf = pat.sub(lambda m: "#" * len(m.group(0)), buf)
    return found


def check_article(aid, actors, places, gis, sameas_seen):
    headline, body, noise = split_article(aid)
    try:
        with open(os.path.join(HERE, aid + ".gold.json"), encoding="utf-8") as f:
            g = json.load(f)
    except Exception as e:
        err(aid, f"gold not loadable: {e}")
        return 0, 0, 0
    if list(g.keys()) != TOP_KEYS:
        err(aid, f"top-level keys {list(g.keys())} != {TOP_KEYS}")
    art = g.get("article", {})
    if list(art.keys()) != ARTICLE_KEYS:
        err(aid, f"article keys {list(art.keys())}")
    if art.get("id") != aid:
        err(aid, "article.id != file stem")
    if art.get("title") != headline:
        err(aid, "article.title != line 1")
    if not str(art.get("url", "")).startswith("https://example.org/"):
        err(aid, "url must be a fake https://example.org/ address")
    pub = art.get("publishedAt")
    pubd = None
    if pub is not None:
        pubd = isodate(pub)
        if pubd is None:
            err(aid, f"bad publishedAt {pub}")
        elif not (date(2016, 1, 1) <= pubd <= date(2017, 12, 31)):
            err(aid, f"publishedAt {pub} outside 2016-2017")
    # body words
    words = sum(len(l.split()) for l in body)
    if not 200 <= words <= 450:
        err(aid, f"body has {words} words (must be 200-450)")
    elif not 200 <= words <= 350:
        warn(aid, f"body has {words} words (brief prefers 200-350)")
    # actors / places
    A, P = g["actors"], g["places"]
    for lst, reg, name in ((A, actors, "actor"), (P, places, "place")):
        if len(lst) != len(set(lst)):
            err(aid, f"duplicate {name}s")
        for x in lst:
            if x not in reg:
                err(aid, f"{name} id not in registry: {x}")
    # incidents
    keys = set()
    for inc in g["incidents"]:
        if list(inc.keys()) != INCIDENT_KEYS:
            err(aid, f"incident keys {list(inc.keys())}")
        k = inc["key"]
        if k in keys:
            err(aid, f"duplicate incident key {k}")
        keys.add(k)
        if inc["kind"] not in KINDS:
            err(aid, f"{k}: bad kind {inc['kind']}")
        if inc["date"] is not None:
            d = isodate(inc["date"])
            if d is None:
                err(aid, f"{k}: bad date {inc['date']}")
            elif pubd and d > pubd:
                err(aid, f"{k}: date after publication")
            if pub is None and aid not in ABSOLUTE_DATE_OK:
                err(aid, f"{k}: publishedAt is null, date must be null (no absolute date in text)")
        if not inc["places"]:
            err(aid, f"{k}: no places")
        for p in inc["places"]:
            if p not in P:
                err(aid, f"{k}: incident place {p} not in article places")
        for a in inc["perpetratorAlleged"]:
            if a not in A:
                err(aid, f"{k}: perpetrator {a} not in article actors")
        s = inc["sameAs"]
        if s is not None:
            if s not in gis:
                err(aid, f"{k}: sameAs {s} not in registry")
            else:
                gi = gis[s]
                if gi["date"] != inc["date"]:
                    err(aid, f"{k}: date {inc['date']} != {s} date {gi['date']}")
                if set(gi["places"]) != set(inc["places"]):
                    err(aid, f"{k}: places {inc['places']} != {s} places {gi['places']}")
                if gi["kind"] != inc["kind"]:
                    err(aid, f"{k}: kind != {s} kind")
                if aid not in gi.get("articles", []):
                    err(aid, f"{k}: article not listed in {s}.articles")
                sameas_seen.setdefault(s, []).append(aid)
    # statements
    body_text = "\n".join(body)
    nstat, nfig = 0, 0
    for i, st in enumerate(g["statements"]):
        tag = f"S{i + 1}"
        nstat += 1
        if list(st.keys()) != STATEMENT_KEYS:
            err(aid, f"{tag}: statement keys {list(st.keys())}")
        if st["speaker"] not in A:
            err(aid, f"{tag}: speaker {st['speaker']} not in article actors")
        if st["stance"] not in STANCES:
            err(aid, f"{tag}: bad stance {st['stance']}")
        ab = st["about"]
        if list(ab.keys()) != ["incident", "actor"]:
            err(aid, f"{tag}: about keys")
        if ab["incident"] is not None and ab["incident"] not in keys:
            err(aid, f"{tag}: about.incident {ab['incident']} unknown")
        if ab["actor"] is not None and ab["actor"] not in A:
            err(aid, f"{tag}: about.actor {ab['actor']} not in article actors")
        for f in ("killed", "injured", "children"):
            v = st[f]
            if v is not None and (not isinstance(v, int) or isinstance(v, bool) or v < 0):
                err(aid, f"{tag}: {f} must be a non-negative int or null")
        if st["killed"] is not None or st["injured"] is not None or st["children"] is not None:
            nfig += 1
        q = st["qualifier"]
        if st["killed"] is None and st["injured"] is None:
            if q is not None:
                err(aid, f"{tag}: qualifier must be null when killed and injured are null")
        elif q not in QUALIFIERS:
            err(aid, f"{tag}: qualifier {q} invalid")
        if st["children"] is not None and st["killed"] is not None and st["children"] > st["killed"]:
            err(aid, f"{tag}: children > killed")
        ev = st["evidence"]
        if not ev or not isinstance(ev, str):
            err(aid, f"{tag}: missing evidence")
            continue
        if ev in headline and ev not in body_text:
            err(aid, f"{tag}: evidence only in headline")
        if not any(ev in l for l in body):
            if any(ev in l for l in noise):
                err(aid, f"{tag}: evidence is in a noise line")
            else:
                err(aid, f"{tag}: evidence not an exact substring of one body line: {ev[:60]!r}")
    # alias scan (warnings only): longest-match-first over all registry aliases, so that
    # "north-west Syria" or "Syria Civil Defence" do not also count as "Syria".
    found = mention_scan(headline + "\n" + body_text, actors, places)
    for (kind, x), als in sorted(found.items()):
        listed = A if kind == "actor" else P
        if x not in listed and not als <= CONTEXTUAL[(kind, x)]:
            warn(aid, f"alias {sorted(als)} of {kind} {x} found in text but not listed")
    for x in A:
        if ("actor", x) not in found:
            warn(aid, f"listed actor {x}: no registry alias found verbatim (check description/metonymy)")
    for x in P:
        if ("place", x) not in found:
            warn(aid, f"listed place {x}: no registry alias found verbatim")
    print(f"{aid}: {words} body words, {len(g['incidents'])} incidents, {nstat} statements, "
          f"{nfig} with figures, publishedAt={pub}")
    return len(g["incidents"]), nstat, nfig


def main():
    actors, places, gis = load_registry()
    sameas_seen = {}
    tot = [0, 0, 0]
    for aid in ARTICLES:
        for ext in (".txt", ".gold.json"):
            if not os.path.exists(os.path.join(HERE, aid + ext)):
                err(aid, f"missing {aid + ext}")
        if os.path.exists(os.path.join(HERE, aid + ".gold.json")):
            r = check_article(aid, actors, places, gis, sameas_seen)
            tot = [t + x for t, x in zip(tot, r)]
    for gid, g in gis.items():
        for a in g.get("articles", []):
            if a.startswith("d28-") and a not in sameas_seen.get(gid, []):
                err("entities.json", f"{gid} lists {a} but that article has no incident with sameAs {gid}")
    new = [g for g in gis if g.startswith("G36")]
    for gid in new:
        if len(sameas_seen.get(gid, [])) < 2:
            err("entities.json", f"{gid} used by fewer than 2 articles")
    print(f"TOTAL: {len(ARTICLES)} articles, {tot[0]} incidents, {tot[1]} statements, {tot[2]} with figures")
    for w in warnings:
        print("WARNING", w)
    for e in errors:
        print("ERROR", e)
    print(f"{len(errors)} error(s), {len(warnings)} warning(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
