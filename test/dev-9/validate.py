#!/usr/bin/env python3
"""Self-check for the heldout-7 synthetic set (h7-01 .. h7-08).

Run:  python3 validate.py        (from any directory)

Errors (exit code 1) are violations of the corpus format / guidelines that can be
checked mechanically. Warnings are hints for a human to look at (e.g. a registry
alias that occurs in the body but whose actor is not listed: often legitimate,
because of the "country noun inside another actor's name" rule).
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
IDS = ["h7-%02d" % i for i in range(1, 9)]

STANCES = {"CLAIM", "DENIAL", "ACCUSATION", "CRITICISM", "CALL", "CONFIRMATION"}
KINDS = {"AIRSTRIKE", "SHELLING", "OTHER"}
QUALS = {None, "AT_LEAST", "MORE_THAN", "ABOUT", "EXACT"}
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")

# Generic noise lines (guidelines: bylines, date-only lines, share blocks, related
# lists, captions, credits, sign-offs) ...
GENERIC_NOISE = [
    r"^By [A-Z]",
    r"^Share( this.*)?$", r"^Email$", r"^Facebook$", r"^Twitter$", r"^Advertisement$",
    r"^Related( News| Topics)?:?", r"^Read more:", r"^READ MORE", r"^Also on ",
    r"^Image caption:", r"^Photo:", r"^Image:", r"Meridian Wire/Stringer$",
    r"^\(Reporting by", r"^SOURCE:", r"^- ",  # "- " only counts after a Related header, see below
    r"^\d{1,2} [A-Z][a-z]+ \d{4}$",
]
# ... and per-article noise lines (exact line text) that the generic rules do not catch.
EXTRA_NOISE = {
    "h7-02": ["Northstar News, Istanbul", "Syrian civil war", "Russia"],
    "h7-03": ["Marmara Haber English | 14.06.2019 11:42"],
    "h7-04": ["ReliefLine News staff"],
    "h7-05": ["The Open Ledger investigations desk", "Additional reporting by Open Ledger contributors in Idlib"],
    "h7-06": ["Zaytoun Post English - Idlib bureau", "Sunday, 9 June 2019 - 10:15"],
    "h7-07": ["As of 10 June 2019", "For further information, please contact: ocha-syria-media@example.org"],
    "h7-08": ["Levant Review | Interviews", "Interview by Dana Mourad", "Share this interview"],
}
# Bulleted lists are body text in the OCHA flash update (h7-07); elsewhere "- " lines
# only occur under "Related News" headers.
BULLETS_ARE_BODY = {"h7-07"}

errors = []
warnings = []


def err(aid, msg):
    errors.append("%s: %s" % (aid, msg))


def warn(aid, msg):
    warnings.append("%s: %s" % (aid, msg))


def noise_lines(aid, lines):
    """Return set of line indexes (0-based, body lines only from index 2) that are noise."""
    noise = set()
    in_related = False
    for i, ln in enumerate(lines):
        if i < 2:
            continue
        s = ln.strip()
        if not s:
            in_related = False
            continue
        if s in EXTRA_NOISE.get(aid, []):
            noise.add(i)
            continue
        if re.match(r"^(Related( News| Topics)?|READ MORE)\s*:?\s*$", s):
            in_related = True
            noise.add(i)
            continue
        if in_related:
            noise.add(i)
            continue
        for pat in GENERIC_NOISE:
            if pat == r"^- " and aid in BULLETS_ARE_BODY:
                continue
            if re.search(pat, s):
                noise.add(i)
                break
    return noise


def main():
    reg = json.load(open(os.path.join(HERE, "entities.json"), encoding="utf-8"))
    base = json.load(open("/work/shared/corpus/entities.json", encoding="utf-8")) \
        if os.path.exists("/work/shared/corpus/entities.json") else None
    actors = {a["id"]: a for a in reg["actors"]}
    places = {p["id"]: p for p in reg["places"]}
    globs = {g["id"]: g for g in reg["globalIncidents"]}

    # registry: never delete/rename existing ids
    if base:
        for part in ("actors", "places", "globalIncidents"):
            old = {x["id"] for x in base[part]}
            new = {x["id"] for x in reg[part]}
            missing = old - new
            if missing:
                err("entities", "%s removed from registry: %s" % (part, sorted(missing)))
    for a in reg["actors"]:
        if a.get("partOf") and a["partOf"] not in actors:
            err("entities", "actor %s partOf unknown %s" % (a["id"], a["partOf"]))
    for p in reg["places"]:
        if not isinstance(p.get("lat"), (int, float)) or not isinstance(p.get("lon"), (int, float)):
            err("entities", "place %s has no coordinates" % p["id"])
    for g in reg["globalIncidents"]:
        for pl in g["places"]:
            if pl not in places:
                err("entities", "global %s has unknown place %s" % (g["id"], pl))

    gl_usage = {}
    totals = dict(articles=0, incidents=0, statements=0, figures=0)
    null_pub = 0
    kinds_seen = set()
    no_incident = 0
    multi_incident = 0

    for aid in IDS:
        txt_path = os.path.join(HERE, aid + ".txt")
        gold_path = os.path.join(HERE, aid + ".gold.json")
        if not os.path.exists(txt_path) or not os.path.exists(gold_path):
            err(aid, "missing file")
            continue
        text = open(txt_path, encoding="utf-8").read()
        lines = text.split("\n")
        if len(lines) < 3 or lines[1].strip() != "":
            err(aid, "line 2 must be blank (headline, blank line, body)")
        g = json.load(open(gold_path, encoding="utf-8"))
        totals["articles"] += 1

        # ---- shape
        if set(g.keys()) != {"article", "actors", "places", "incidents", "statements"}:
            err(aid, "top-level keys %s" % sorted(g.keys()))
            continue
        art = g["article"]
        if set(art.keys()) != {"id", "title", "outlet", "publishedAt", "url"}:
            err(aid, "article keys %s" % sorted(art.keys()))
        if art.get("id") != aid:
            err(aid, "article.id %r" % art.get("id"))
        if art.get("title") != lines[0]:
            err(aid, "title is not line 1 verbatim")
        pub = art.get("publishedAt")
        if pub is None:
            null_pub += 1
        elif not DATE_RE.match(pub) or not ("2019-04-01" <= pub <= "2019-06-30"):
            err(aid, "publishedAt %r not a 2019 Apr-Jun date" % pub)
        if not str(art.get("url", "")).startswith("https://example.org/"):
            err(aid, "url must be https://example.org/...")

        # ---- body, noise, word count
        nz = noise_lines(aid, lines)
        body_lines = [ln for i, ln in enumerate(lines) if i >= 2 and i not in nz]
        body_clean = "\n".join(body_lines)
        wc = len(body_clean.split())
        if wc < 200 or wc > 450:
            err(aid, "body word count %d outside 200-450" % wc)
        elif wc > 350:
            warn(aid, "body word count %d above the 350 target" % wc)

        # ---- actors / places
        for lst, regd, name in ((g["actors"], actors, "actor"), (g["places"], places, "place")):
            if len(lst) != len(set(lst)):
                err(aid, "duplicate %s ids" % name)
            for x in lst:
                if x not in regd:
                    err(aid, "%s %s not in registry" % (name, x))
        A = set(g["actors"])
        P = set(g["places"])

        # alias hints (warnings only), over headline + clean body
        scan = lines[0] + "\n" + body_clean
        for regd, listed, name in ((actors, A, "actor"), (places, P, "place")):
            for x in regd.values():
                if x["id"] in listed:
                    continue
                ctx = set(x.get("contextualAliases", []))
                for al in x["aliases"]:
                    if al in ctx or len(al) < 3:
                        continue
                    if re.search(r"(?<![\w-])" + re.escape(al) + r"(?![\w-])", scan):
                        warn(aid, "%s alias %r of %s occurs but id not listed" % (name, al, x["id"]))
                        break

        # ---- incidents
        keys = set()
        if len(g["incidents"]) == 0:
            no_incident += 1
        if len(g["incidents"]) > 1:
            multi_incident += 1
        for inc in g["incidents"]:
            totals["incidents"] += 1
            if set(inc.keys()) != {"key", "kind", "date", "places", "perpetratorAlleged", "sameAs"}:
                err(aid, "incident keys %s" % sorted(inc.keys()))
                continue
            if inc["key"] in keys:
                err(aid, "duplicate incident key %s" % inc["key"])
            keys.add(inc["key"])
            kinds_seen.add(inc["kind"])
            if inc["kind"] not in KINDS:
                err(aid, "incident %s kind %r" % (inc["key"], inc["kind"]))
            d = inc["date"]
            if d is not None and not DATE_RE.match(d):
                err(aid, "incident %s date %r" % (inc["key"], d))
            if d is not None and pub is not None and d > pub:
                err(aid, "incident %s date after publication" % inc["key"])
            if pub is None and d is not None:
                # absolute date must be written in the text
                dt = d.split("-")
                months = ["January", "February", "March", "April", "May", "June", "July",
                          "August", "September", "October", "November", "December"]
                m = months[int(dt[1]) - 1]
                day = str(int(dt[2]))
                if not re.search(r"\b%s %s,? %s\b|\b%s %s,? %s\b" % (day, m, dt[0], m, day, dt[0]), body_clean):
                    err(aid, "publishedAt is null but incident %s date %s is not written absolutely" % (inc["key"], d))
            if not inc["places"]:
                err(aid, "incident %s has no places" % inc["key"])
            for pl in inc["places"]:
                if pl not in P:
                    err(aid, "incident %s place %s not in article places" % (inc["key"], pl))
            for pa in inc["perpetratorAlleged"]:
                if pa not in A:
                    err(aid, "incident %s perpetrator %s not in article actors" % (inc["key"], pa))
            sa = inc["sameAs"]
            if sa is not None:
                if sa not in globs:
                    err(aid, "incident %s sameAs %s not a global incident" % (inc["key"], sa))
                else:
                    gg = globs[sa]
                    gl_usage.setdefault(sa, set()).add(aid)
                    if gg["date"] != d:
                        err(aid, "incident %s date %s != %s date %s" % (inc["key"], d, sa, gg["date"]))
                    if sorted(gg["places"]) != sorted(inc["places"]):
                        err(aid, "incident %s places differ from %s" % (inc["key"], sa))
                    if gg["kind"] != inc["kind"]:
                        err(aid, "incident %s kind differs from %s" % (inc["key"], sa))
                    if aid not in gg["articles"]:
                        err(aid, "%s does not list article %s" % (sa, aid))
            # same place + same date as a global, but sameAs null -> suspicious
            if sa is None:
                for gg in globs.values():
                    if gg["date"] == d and sorted(gg["places"]) == sorted(inc["places"]):
                        err(aid, "incident %s matches %s but sameAs is null" % (inc["key"], gg["id"]))

        # ---- statements
        for n, st in enumerate(g["statements"], 1):
            totals["statements"] += 1
            tag = "statement %d" % n
            if set(st.keys()) != {"speaker", "stance", "about", "killed", "injured", "children", "qualifier", "evidence"}:
                err(aid, "%s keys %s" % (tag, sorted(st.keys())))
                continue
            if st["speaker"] not in A:
                err(aid, "%s speaker %s not in article actors" % (tag, st["speaker"]))
            if st["stance"] not in STANCES:
                err(aid, "%s stance %r" % (tag, st["stance"]))
            ab = st["about"]
            if set(ab.keys()) != {"incident", "actor"}:
                err(aid, "%s about keys" % tag)
            if ab["incident"] is not None and ab["incident"] not in keys:
                err(aid, "%s about.incident %s unknown" % (tag, ab["incident"]))
            if ab["actor"] is not None and ab["actor"] not in A:
                err(aid, "%s about.actor %s not in article actors" % (tag, ab["actor"]))
            if st["stance"] == "CALL" and ab["actor"] == st["speaker"]:
                warn(aid, "%s CALL addressed to its own speaker" % tag)
            for f in ("killed", "injured", "children"):
                v = st[f]
                if v is not None and (not isinstance(v, int) or v < 0):
                    err(aid, "%s %s=%r" % (tag, f, v))
            if any(st[f] is not None for f in ("killed", "injured", "children")):
                totals["figures"] += 1
            if st["qualifier"] not in QUALS:
                err(aid, "%s qualifier %r" % (tag, st["qualifier"]))
            has_fig = st["killed"] is not None or st["injured"] is not None
            if has_fig and st["qualifier"] is None:
                err(aid, "%s has killed/injured but no qualifier" % tag)
            if not has_fig and st["qualifier"] is not None:
                err(aid, "%s has a qualifier but no killed/injured" % tag)
            if st["killed"] is not None and st["children"] is not None and st["children"] > st["killed"]:
                err(aid, "%s children > killed" % tag)
            ev = st["evidence"]
            if not ev or ev not in text:
                err(aid, "%s evidence not an exact substring: %r" % (tag, ev[:80]))
                continue
            if "\n" in ev:
                err(aid, "%s evidence spans lines" % tag)
            # every occurrence must be in a body, non-noise line
            ok = False
            for i, ln in enumerate(lines):
                if ev in ln and i >= 2 and i not in nz:
                    ok = True
            if not ok:
                err(aid, "%s evidence only found in headline/noise: %r" % (tag, ev[:80]))

    # ---- global incident bookkeeping
    for gid, g in globs.items():
        if not gid.startswith("G7"):
            continue
        used = gl_usage.get(gid, set())
        if sorted(used) != sorted(g["articles"]):
            err("entities", "%s articles %s but used by %s" % (gid, g["articles"], sorted(used)))
        if len(used) < 2:
            err("entities", "%s used by fewer than 2 articles" % gid)

    # ---- set-level requirements from the brief
    if null_pub < 1:
        err("set", "no article with publishedAt null")
    if no_incident < 1:
        err("set", "no article without incident")
    if multi_incident < 1:
        err("set", "no article with several incidents")
    if "OTHER" not in kinds_seen:
        err("set", "no OTHER incident")
    if len([g for g in globs if g.startswith("G7")]) < 2:
        err("set", "fewer than two cross-article incidents")

    for w in warnings:
        print("WARNING", w)
    for e in errors:
        print("ERROR", e)
    print("articles=%(articles)d incidents=%(incidents)d statements=%(statements)d "
          "statements_with_figures=%(figures)d" % totals)
    print("%d error(s), %d warning(s)" % (len(errors), len(warnings)))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
