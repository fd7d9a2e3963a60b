#!/usr/bin/env python3
"""Self-check for the heldout-5 synthetic set (h5-01 .. h5-08).

Usage: python3 validate.py [-v]

Errors (exit code 1) are hard violations of the corpus format / guidelines:
  * JSON shape and enum values as in the dev corpus gold files
  * every actor / place / speaker / perpetrator / about.actor id exists in entities.json
  * speakers, about.actor and perpetrators are listed in the article's actors;
    incident places are listed in the article's places; about.incident keys exist
  * every evidence string is an exact substring of ONE non-noise body line
    (never the headline, never a noise line)
  * sameAs ids exist and agree with the registry's global incident (kind, date, places,
    articles list), and every global incident G50+ is used by all articles it lists
  * incident dates are not after publishedAt; publishedAt null => date null
  * qualifier is null iff killed and injured are both null; children <= killed
  * body word count (non-noise body lines) within 200..450
Warnings are heuristics (alias look-ups) printed with -v; they are not errors.
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
IDS = ["h5-%02d" % i for i in range(1, 9)]
VERBOSE = "-v" in sys.argv

STANCES = {"CLAIM", "DENIAL", "ACCUSATION", "CRITICISM", "CALL", "CONFIRMATION"}
QUALS = {"AT_LEAST", "MORE_THAN", "ABOUT", "EXACT", None}
KINDS = {"AIRSTRIKE", "SHELLING", "OTHER"}
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")

# Single noise lines (guidelines: bylines, date-only / published-time lines, share blocks,
# captions, credits, sign-offs; plus, by the judgement calls in README.md, live-blog
# timestamps, update notes, cookie banners, subscribe/footer lines, contact lines,
# author taglines and publisher/programme lines).
NOISE_LINE = [
    r"^By [A-Z][a-z]+ [A-Z][a-z]+$",
    r"^Writing by ",
    r"^\((Reporting|Adds|Updates|Editing)\b.*\)$",
    r"^Published time:",
    r"^Last updated:",
    r"^Issued: ",
    r"^Broadcast: ",
    r"^\d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December) \d{4}$",
    r"^\d{2}:\d{2}$",
    r"^Share$",
    r"^Listen again \| Download \| Share$",
    r"^Photo: ",
    r"^Read more: ",
    r"^Related: ",
    r"^Opinion \| ",
    r"^We use cookies",
    r"^Subscribe",
    r"^\(c\) \d{4}",
    r"^For further information:",
    r"^This interview has been edited",
    r".* is a contributing editor at .*",
    r"^The World Tonight \| ",
    r"^Idlib Local Voice \| ",
    r"^Idlib Humanitarian Response Forum \(IHRF\)$",
]
# Headings whose following lines (up to the next blank line) are noise lists.
NOISE_BLOCK = [r"^Related:$", r"^Related links$", r"^Most read$", r"^Related News$", r"^READ MORE$"]


def split_article(text):
    lines = text.split("\n")
    headline = lines[0]
    body = lines[2:] if len(lines) > 2 else []
    noise = [False] * len(body)
    in_block = False
    for i, ln in enumerate(body):
        s = ln.strip()
        if in_block:
            if s == "":
                in_block = False
            else:
                noise[i] = True
                continue
        if any(re.match(p, s) for p in NOISE_BLOCK):
            noise[i] = True
            in_block = True
            continue
        if any(re.match(p, s) for p in NOISE_LINE):
            noise[i] = True
    return headline, lines, body, noise


def main():
    reg = json.load(open(os.path.join(HERE, "entities.json"), encoding="utf-8"))
    actors = {a["id"]: a for a in reg["actors"]}
    places = {p["id"]: p for p in reg["places"]}
    globs = {g["id"]: g for g in reg["globalIncidents"]}
    errors, warnings = [], []
    totals = dict(articles=0, incidents=0, statements=0, figures=0)
    used_globals = {}

    # registry sanity
    for a in reg["actors"]:
        if a.get("partOf") and a["partOf"] not in actors:
            errors.append("registry: actor %s partOf unknown %s" % (a["id"], a["partOf"]))
    for p in reg["places"]:
        if not isinstance(p.get("lat"), (int, float)) or not isinstance(p.get("lon"), (int, float)):
            errors.append("registry: place %s without coordinates" % p["id"])
        if p.get("parent") and p["parent"] not in places:
            errors.append("registry: place %s parent unknown %s" % (p["id"], p["parent"]))
    if len(actors) != len(reg["actors"]) or len(places) != len(reg["places"]):
        errors.append("registry: duplicate ids")
    corpus_reg = "/work/shared/corpus/entities.json"
    if os.path.exists(corpus_reg):
        old = json.load(open(corpus_reg, encoding="utf-8"))
        for part in ("actors", "places", "globalIncidents"):
            new_ids = {x["id"] for x in reg[part]}
            for x in old[part]:
                if x["id"] not in new_ids:
                    errors.append("registry: original %s id %s missing" % (part, x["id"]))

    for aid in IDS:
        txt_path = os.path.join(HERE, aid + ".txt")
        gold_path = os.path.join(HERE, aid + ".gold.json")
        E = lambda m: errors.append("%s: %s" % (aid, m))
        W = lambda m: warnings.append("%s: %s" % (aid, m))
        text = open(txt_path, encoding="utf-8").read()
        g = json.load(open(gold_path, encoding="utf-8"))
        totals["articles"] += 1
        headline, lines, body, noise = split_article(text)
        if len(lines) < 3 or lines[1].strip() != "":
            E("line 2 must be blank")
        clean_lines = [ln for ln, n in zip(body, noise) if not n and ln.strip()]
        clean_text = "\n".join(clean_lines)
        wc = len(clean_text.split())
        wc_all = len("\n".join(body).split())
        if not 200 <= wc <= 450:
            E("non-noise body word count %d outside 200..450" % wc)
        if VERBOSE:
            print("%s: body words %d (non-noise) / %d (with noise)" % (aid, wc, wc_all))
            for ln, n in zip(body, noise):
                if n:
                    print("   noise| " + ln)

        # shape
        if set(g) != {"article", "actors", "places", "incidents", "statements"}:
            E("top-level keys %s" % sorted(g))
        art = g["article"]
        if set(art) != {"id", "title", "outlet", "publishedAt", "url"}:
            E("article keys %s" % sorted(art))
        if art["id"] != aid:
            E("article.id %s" % art["id"])
        if art["title"] != headline:
            E("title differs from line 1")
        if not art["url"].startswith("https://example.org/"):
            E("url not example.org")
        pub = art["publishedAt"]
        if pub is not None and not DATE_RE.match(pub):
            E("publishedAt format")
        for x in g["actors"]:
            if x not in actors:
                E("unknown actor %s" % x)
        for x in g["places"]:
            if x not in places:
                E("unknown place %s" % x)
        if len(set(g["actors"])) != len(g["actors"]) or len(set(g["places"])) != len(g["places"]):
            E("duplicate actor/place entries")

        keys = set()
        for inc in g["incidents"]:
            totals["incidents"] += 1
            if set(inc) != {"key", "kind", "date", "places", "perpetratorAlleged", "sameAs"}:
                E("incident keys %s" % sorted(inc))
            if inc["key"] in keys:
                E("duplicate incident key %s" % inc["key"])
            keys.add(inc["key"])
            if inc["kind"] not in KINDS:
                E("incident %s kind %s" % (inc["key"], inc["kind"]))
            d = inc["date"]
            if d is not None and not DATE_RE.match(d):
                E("incident %s date format" % inc["key"])
            if pub is None and d is not None:
                W("incident %s has a date although publishedAt is null (needs an absolute date in text)" % inc["key"])
            if pub is not None and d is not None and d > pub:
                E("incident %s date after publishedAt" % inc["key"])
            if not inc["places"]:
                E("incident %s without places" % inc["key"])
            for p in inc["places"]:
                if p not in g["places"]:
                    E("incident %s place %s not in article places" % (inc["key"], p))
            for p in inc["perpetratorAlleged"]:
                if p not in g["actors"]:
                    E("incident %s perpetrator %s not in article actors" % (inc["key"], p))
            sa = inc["sameAs"]
            if sa is not None:
                if sa not in globs:
                    E("sameAs %s unknown" % sa)
                else:
                    gi = globs[sa]
                    used_globals.setdefault(sa, []).append(aid)
                    if gi["kind"] != inc["kind"]:
                        E("sameAs %s kind mismatch" % sa)
                    if gi["date"] != inc["date"]:
                        E("sameAs %s date mismatch (%s vs %s)" % (sa, gi["date"], inc["date"]))
                    if sorted(gi["places"]) != sorted(inc["places"]):
                        E("sameAs %s places mismatch" % sa)
                    if aid not in gi["articles"]:
                        E("sameAs %s: article not listed in registry" % sa)

        for k, st in enumerate(g["statements"]):
            totals["statements"] += 1
            tag = "statement %d" % (k + 1)
            exp = {"speaker", "stance", "about", "killed", "injured", "children", "qualifier"}
            ks = set(st)
            if not (exp <= ks and ks - exp <= {"evidence", "cue"}):
                E("%s keys %s" % (tag, sorted(ks)))
            if "evidence" not in st and "cue" not in st:
                E("%s has neither evidence nor cue" % tag)
            if st["speaker"] not in g["actors"]:
                E("%s speaker %s not in actors" % (tag, st["speaker"]))
            if st["stance"] not in STANCES:
                E("%s stance %s" % (tag, st["stance"]))
            ab = st["about"]
            if set(ab) != {"incident", "actor"}:
                E("%s about keys" % tag)
            if ab["incident"] is not None and ab["incident"] not in keys:
                E("%s about.incident %s unknown" % (tag, ab["incident"]))
            if ab["actor"] is not None and ab["actor"] not in g["actors"]:
                E("%s about.actor %s not in actors" % (tag, ab["actor"]))
            for f in ("killed", "injured", "children"):
                v = st[f]
                if v is not None and (not isinstance(v, int) or v < 0):
                    E("%s %s not a non-negative int" % (tag, f))
            if st["killed"] is not None or st["injured"] is not None or st["children"] is not None:
                totals["figures"] += 1
            if st["qualifier"] not in QUALS:
                E("%s qualifier %s" % (tag, st["qualifier"]))
            if (st["killed"] is None and st["injured"] is None) != (st["qualifier"] is None):
                E("%s qualifier/figure mismatch" % tag)
            if st["children"] is not None and st["killed"] is not None and st["children"] > st["killed"]:
                E("%s children > killed" % tag)
            ev = st.get("evidence")
            if ev is not None:
                if ev in headline and ev not in clean_text:
                    E("%s evidence only in headline" % tag)
                if not any(ev in ln for ln in clean_lines):
                    if ev in text:
                        E("%s evidence found only in a noise line or across lines: %r" % (tag, ev[:60]))
                    else:
                        E("%s evidence not a substring: %r" % (tag, ev[:60]))

        # heuristic mention checks (warnings)
        scan = headline + "\n" + clean_text
        low = scan.lower()
        for x in g["actors"]:
            a = actors.get(x)
            if a and not any(al.lower() in low for al in a["aliases"] + [a["name"]]):
                W("actor %s listed but no literal alias found (check)" % x)
        for x in g["places"]:
            p = places.get(x)
            if p and not any(al.lower() in low for al in p["aliases"] + [p["name"]]):
                W("place %s listed but no literal alias found (check)" % x)
        for p in places.values():
            if p["id"] in g["places"]:
                continue
            for al in p["aliases"]:
                if re.search(r"\b" + re.escape(al) + r"\b", scan):
                    W("place alias %r present but %s not listed (check)" % (al, p["id"]))
                    break
        for a in actors.values():
            if a["id"] in g["actors"] or a.get("contextualAliases"):
                continue
            for al in a["aliases"]:
                if len(al) > 3 and re.search(r"\b" + re.escape(al) + r"\b", scan):
                    W("actor alias %r present but %s not listed (check)" % (al, a["id"]))
                    break

    for gid, gi in globs.items():
        if gid.startswith("G5"):
            for a in gi["articles"]:
                if a not in used_globals.get(gid, []):
                    errors.append("global %s lists %s but the article does not use it" % (gid, a))
            if len(set(used_globals.get(gid, []))) < 2:
                errors.append("global %s used by fewer than 2 articles" % gid)

    if VERBOSE:
        for w in warnings:
            print("WARN " + w)
    for e in errors:
        print("ERROR " + e)
    print("articles=%(articles)d incidents=%(incidents)d statements=%(statements)d statements_with_figures=%(figures)d" % totals)
    print("%d errors, %d warnings%s" % (len(errors), len(warnings), "" if VERBOSE else " (run with -v to see warnings)"))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
