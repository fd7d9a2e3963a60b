#!/usr/bin/env python3
"""Self-check for the synthetic dev-24 set (d24-01 .. d24-08).

Run:  python3 validate.py        (from any directory)

Errors make the exit status 1.  Warnings are heuristics (e.g. a registry alias
found in the text but the actor/place is not listed) and need a human look;
each warning that is intentional is explained in README.md ("Judgement calls").
"""
import glob
import json
import os
import re
import sys
from datetime import date

HERE = os.path.dirname(os.path.abspath(__file__))
STANCES = {"CLAIM", "DENIAL", "ACCUSATION", "CRITICISM", "CALL", "CONFIRMATION"}
KINDS = {"AIRSTRIKE", "SHELLING", "OTHER"}
QUALS = {"AT_LEAST", "MORE_THAN", "ABOUT", "EXACT"}
MONTHS = ["January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December"]

# Noise lines (annotation guidelines, "Text regions"), plus the set-specific
# furniture of the new styles: tweet timestamps and counters, podcast ad breaks
# and production credits, report/newsletter mastheads, contact footers.
NOISE = [
    r"^By [A-Z]",                                   # bylines
    r"^(Published|Released)\b",                     # date / published lines
    r"^\d{1,2} [A-Z][a-z]+ \d{4}$",                 # date-only line
    r"^Share\b", r"^Email$", r"^Facebook$", r"^Twitter$", r"^Advertisement$",
    r"^(Related|Read more|READ MORE|Related News|Related Topics)\b",
    r"^(Photo|Image caption):",
    r"^\((Additional reporting|Reporting|Writing|Editing|Compiled)\b.*\)$",
    r"^___", r"^SOURCE:", r"^[a-z]{1,3}(/[a-z]{1,3})+$",
    r"^\d{1,2}:\d{2} (AM|PM) · [A-Z][a-z]{2} \d{1,2}, \d{4}$",   # tweet timestamps
    r"^\d+ Retweets\b",                             # tweet counters
    r"^Syrian Network for Human Rights @SNHR$",     # tweet account header (byline)
    r"^\[AD BREAK\]$",
    r"^Transcript excerpt\b",
    r"^Ground Truth is produced by\b",
    r"^Have a question\?",
    r"^The Levant Ledger \|", r"^Westminster Brief \|",
    r"^Northern Syria Medical Relief \(NSMR\) \|",
]
NOISE_RE = [re.compile(p) for p in NOISE]

errors, warnings = [], []


def err(where, msg):
    errors.append(f"ERROR   {where}: {msg}")


def warn(where, msg):
    warnings.append(f"WARNING {where}: {msg}")


def is_noise(line):
    s = line.strip()
    return any(r.search(s) for r in NOISE_RE)


def load_registry():
    reg = json.load(open(os.path.join(HERE, "entities.json"), encoding="utf-8"))
    base = json.load(open("/work/shared/corpus/entities.json", encoding="utf-8")) \
        if os.path.exists("/work/shared/corpus/entities.json") else None
    actors = {a["id"]: a for a in reg["actors"]}
    places = {p["id"]: p for p in reg["places"]}
    gis = {g["id"]: g for g in reg["globalIncidents"]}
    for coll, name in ((reg["actors"], "actor"), (reg["places"], "place"), (reg["globalIncidents"], "global incident")):
        ids = [x["id"] for x in coll]
        if len(ids) != len(set(ids)):
            err("entities.json", f"duplicate {name} ids")
    for a in reg["actors"]:
        if a.get("partOf") and a["partOf"] not in actors:
            err("entities.json", f"actor {a['id']} partOf unknown {a['partOf']}")
        for c in a.get("contextualAliases", []):
            if c not in a["aliases"]:
                err("entities.json", f"actor {a['id']} contextual alias {c!r} not among aliases")
    for p in reg["places"]:
        for k in ("lat", "lon", "kind", "country"):
            if k not in p:
                err("entities.json", f"place {p['id']} lacks {k}")
        if p.get("country") == "Syria" and p.get("lat") is not None and p.get("kind") != "region" \
                and p.get("province") in ("Idlib", "Hama", "Aleppo", "Latakia"):
            if not (34.9 <= p["lat"] <= 36.7 and 35.6 <= p["lon"] <= 37.6):
                err("entities.json", f"place {p['id']} coordinates outside north-west Syria")
    if base:
        for part in ("actors", "places", "globalIncidents"):
            new_ids = {x["id"] for x in reg[part]}
            for x in base[part]:
                if x["id"] not in new_ids:
                    err("entities.json", f"existing {part} id {x['id']} was deleted/renamed")
                else:
                    mine = next(y for y in reg[part] if y["id"] == x["id"])
                    for al in x.get("aliases", []):
                        if al not in mine.get("aliases", []):
                            err("entities.json", f"existing alias {al!r} of {x['id']} removed")
    return reg, actors, places, gis


def body_lines(text):
    lines = text.split("\n")
    return lines[0], lines[2:] if len(lines) > 2 else []


def alias_hits(alias, text):
    pat = r"(?<![\w-])" + re.escape(alias) + r"(?![\w-])"
    return re.search(pat, text) is not None


def main():
    reg, actors, places, gis = load_registry()
    gold_files = sorted(glob.glob(os.path.join(HERE, "d24-*.gold.json")))
    if len(gold_files) != 8:
        err("set", f"expected 8 gold files, found {len(gold_files)}")
    seen_same = {}
    totals = dict(articles=0, incidents=0, statements=0, figures=0)
    set_flags = dict(null_pub=False, multi=False, other=False, none=False)
    for gf in gold_files:
        stem = os.path.basename(gf)[:-len(".gold.json")]
        tf = os.path.join(HERE, stem + ".txt")
        if not os.path.exists(tf):
            err(stem, "missing .txt")
            continue
        text = open(tf, encoding="utf-8").read()
        g = json.load(open(gf, encoding="utf-8"))
        totals["articles"] += 1
        head, blines = body_lines(text)
        if text.split("\n")[1].strip() != "":
            err(stem, "line 2 must be blank")
        clean_lines = [l for l in blines if l.strip() and not is_noise(l)]
        clean = "\n".join(clean_lines)
        scan = head + "\n" + clean
        wc = len(re.findall(r"\S+", clean))
        if wc < 200 or wc > 450:
            err(stem, f"body has {wc} words (outside 200-450)")
        elif wc > 350:
            warn(stem, f"body has {wc} words (brief asks 200-350)")

        # ---- shape
        if set(g.keys()) != {"article", "actors", "places", "incidents", "statements"}:
            err(stem, f"top-level keys {sorted(g.keys())}")
            continue
        art = g["article"]
        if set(art.keys()) != {"id", "title", "outlet", "publishedAt", "url"}:
            err(stem, f"article keys {sorted(art.keys())}")
        if art.get("id") != stem:
            err(stem, "article.id != file stem")
        if art.get("title") != head:
            err(stem, "article.title != line 1")
        if not str(art.get("url", "")).startswith("https://example.org/"):
            err(stem, "url must be https://example.org/...")
        pub = art.get("publishedAt")
        pubd = None
        if pub is None:
            set_flags["null_pub"] = True
        else:
            try:
                pubd = date.fromisoformat(pub)
                if not (date(2016, 1, 1) <= pubd <= date(2018, 12, 31)):
                    err(stem, "publishedAt outside 2016-2018")
            except ValueError:
                err(stem, f"bad publishedAt {pub}")
        for lst in ("actors", "places"):
            if len(g[lst]) != len(set(g[lst])):
                err(stem, f"duplicate ids in {lst}")
        for a in g["actors"]:
            if a not in actors:
                err(stem, f"actor {a} not in registry")
        for p in g["places"]:
            if p not in places:
                err(stem, f"place {p} not in registry")

        # ---- mention heuristics (warnings only)
        for aid, a in actors.items():
            if aid in g["actors"]:
                continue
            for al in a["aliases"]:
                if al in a.get("contextualAliases", []) or len(al) < 3:
                    continue
                if alias_hits(al, scan):
                    warn(stem, f"alias {al!r} of unlisted actor {aid} occurs in text")
                    break
        for pid, p in places.items():
            if pid in g["places"]:
                continue
            for al in p["aliases"]:
                if al in p.get("contextualAliases", []):
                    continue
                if alias_hits(al, scan):
                    warn(stem, f"alias {al!r} of unlisted place {pid} occurs in text")
                    break
        for aid in g["actors"]:
            a = actors.get(aid)
            if a and not any(alias_hits(al, scan) for al in a["aliases"] + [a["name"]]):
                warn(stem, f"listed actor {aid}: no literal alias in text (resolved by description/role/pronoun)")
        for pid in g["places"]:
            p = places.get(pid)
            if p and not any(alias_hits(al, scan) for al in p["aliases"] + [p["name"]]):
                warn(stem, f"listed place {pid}: no literal alias in text")

        # ---- incidents
        keys = set()
        kinds = []
        for inc in g["incidents"]:
            totals["incidents"] += 1
            if set(inc.keys()) != {"key", "kind", "date", "places", "perpetratorAlleged", "sameAs"}:
                err(stem, f"incident keys {sorted(inc.keys())}")
                continue
            k = inc["key"]
            if k in keys:
                err(stem, f"duplicate incident key {k}")
            keys.add(k)
            kinds.append(inc["kind"])
            if inc["kind"] not in KINDS:
                err(stem, f"incident {k} bad kind {inc['kind']}")
            d = inc["date"]
            if d is not None:
                try:
                    dd = date.fromisoformat(d)
                    if pubd and dd > pubd:
                        err(stem, f"incident {k} date after publication")
                    if pub is None:
                        forms = [f"{MONTHS[dd.month-1]} {dd.day}, {dd.year}", f"{dd.day} {MONTHS[dd.month-1]} {dd.year}",
                                 f"{dd.day:02d}/{dd.month:02d}/{dd.year}"]
                        if not any(f in clean for f in forms):
                            err(stem, f"incident {k} dated {d} but publishedAt is null and no absolute date in text")
                except ValueError:
                    err(stem, f"incident {k} bad date {d}")
            if not inc["places"]:
                err(stem, f"incident {k} has no places")
            for p in inc["places"]:
                if p not in g["places"]:
                    err(stem, f"incident {k} place {p} not in article places")
            for a in inc["perpetratorAlleged"]:
                if a not in g["actors"]:
                    err(stem, f"incident {k} perpetrator {a} not in article actors")
            s = inc["sameAs"]
            if s is not None:
                gi = gis.get(s)
                if not gi:
                    err(stem, f"incident {k} sameAs {s} not in registry")
                else:
                    if gi["date"] != d:
                        err(stem, f"incident {k} date {d} != {s} date {gi['date']}")
                    if sorted(gi["places"]) != sorted(inc["places"]):
                        err(stem, f"incident {k} places {inc['places']} != {s} places {gi['places']}")
                    if gi["kind"] != inc["kind"]:
                        err(stem, f"incident {k} kind != {s} kind")
                    if stem not in gi["articles"]:
                        err(stem, f"{s}.articles does not list {stem}")
                    seen_same.setdefault(s, []).append(stem)
        if len(g["incidents"]) >= 2:
            set_flags["multi"] = True
        if "OTHER" in kinds:
            set_flags["other"] = True
        if not g["incidents"]:
            set_flags["none"] = True

        # ---- statements
        for i, st in enumerate(g["statements"], 1):
            w = f"{stem} S{i}"
            totals["statements"] += 1
            if set(st.keys()) != {"speaker", "stance", "about", "killed", "injured", "children", "qualifier", "evidence"}:
                err(w, f"statement keys {sorted(st.keys())}")
                continue
            if st["speaker"] not in g["actors"]:
                err(w, f"speaker {st['speaker']} not in article actors")
            if st["stance"] not in STANCES:
                err(w, f"bad stance {st['stance']}")
            ab = st["about"]
            if set(ab.keys()) != {"incident", "actor"}:
                err(w, "about must have incident and actor")
            else:
                if ab["incident"] is not None and ab["incident"] not in keys:
                    err(w, f"about.incident {ab['incident']} not an incident key")
                if ab["actor"] is not None and ab["actor"] not in g["actors"]:
                    err(w, f"about.actor {ab['actor']} not in article actors")
                if st["stance"] in ("ACCUSATION", "CALL") and ab["actor"] is None and st["stance"] == "ACCUSATION":
                    warn(w, "ACCUSATION with null about.actor")
            for f in ("killed", "injured", "children"):
                v = st[f]
                if v is not None and (not isinstance(v, int) or isinstance(v, bool) or v < 0):
                    err(w, f"{f} must be a non-negative int or null")
            if any(st[f] is not None for f in ("killed", "injured", "children")):
                totals["figures"] += 1
            q = st["qualifier"]
            if st["killed"] is None and st["injured"] is None:
                if q is not None:
                    err(w, "qualifier must be null when killed and injured are null")
            else:
                if q not in QUALS:
                    err(w, f"qualifier {q} invalid/missing")
            if st["killed"] is not None and st["children"] is not None and st["children"] > st["killed"]:
                err(w, "children > killed")
            if (st["killed"] is not None or st["injured"] is not None or st["children"] is not None) and ab.get("incident") is None:
                warn(w, "casualty figures on a statement with no incident")
            ev = st["evidence"]
            if not ev:
                err(w, "empty evidence")
                continue
            if ev not in text:
                err(w, "evidence is not an exact substring of the article")
            elif ev in head and not any(ev in l for l in blines):
                err(w, "evidence only in headline")
            else:
                hosts = [l for l in blines if ev in l]
                if not hosts:
                    err(w, "evidence spans several lines")
                elif all(is_noise(l) for l in hosts):
                    err(w, "evidence is in a noise line")
    # ---- set level
    for s, arts in seen_same.items():
        gi = gis[s]
        if sorted(arts) != sorted(gi["articles"]):
            err("entities.json", f"{s}.articles {gi['articles']} != articles using it {sorted(arts)}")
    new_gis = [g for g in gis if g.startswith("G3")]
    for gid in new_gis:
        if gid not in seen_same:
            err("entities.json", f"{gid} not used by any article")
    if sum(1 for s, a in seen_same.items() if len(a) >= 2) < 2:
        err("set", "need at least two cross-article incidents")
    for flag, msg in (("null_pub", "an article with publishedAt null"), ("multi", "an article with several incidents"),
                      ("other", "an OTHER incident"), ("none", "an article with no incident")):
        if not set_flags[flag]:
            err("set", f"missing {msg}")
    for w_ in warnings:
        print(w_)
    for e in errors:
        print(e)
    print(f"\n{totals['articles']} articles, {totals['incidents']} incidents, {totals['statements']} statements, "
          f"{totals['figures']} statements with figures; cross-article: "
          + ", ".join(f"{k}={sorted(v)}" for k, v in sorted(seen_same.items())))
    print(f"{len(errors)} error(s), {len(warnings)} warning(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
