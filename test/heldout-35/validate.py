#!/usr/bin/env python3
"""Self-check for the heldout-35 synthetic set (h35-01 .. h35-08).

Run from anywhere:  python3 validate.py
Prints ERROR lines (must be fixed) and WARN lines (worth a look), then a summary.
Exit status is 1 if there is any ERROR.

Checks
  * JSON shape of every gold file matches the corpus (article / actors / places / incidents / statements)
  * article.id == file stem, article.title == line 1 of the text
  * every actor / place / speaker / about.actor / perpetrator id exists in entities.json
  * speakers, about.actor and perpetrators are listed in the article's actors; incident places in its places
  * about.incident refers to an incident key of the same article; keys unique
  * evidence is an exact substring of ONE non-noise body line (never the headline, never a noise line)
  * figures: qualifier present iff killed/injured present; children <= killed; non-negative ints
  * dates: ISO or null; null publishedAt => incident dates null unless an absolute date is in the text
  * sameAs: exists in globalIncidents, same kind/date/places, and the registry lists the article
    (and every registry article listing a global id actually uses it)
  * body word count (non-noise lines, headline excluded) within 200-350 (hard limit 200-450)
  * soft checks (WARN): each listed actor/place has an alias or name occurring in headline/body text
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ARTICLES = [f"h35-0{i}" for i in range(1, 9)]
STANCES = {"CLAIM", "DENIAL", "CONFIRMATION", "ACCUSATION", "CRITICISM", "CALL"}
KINDS = {"AIRSTRIKE", "SHELLING", "OTHER"}
QUALS = {"AT_LEAST", "MORE_THAN", "ABOUT", "EXACT", None}
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
MONTHS = ("January|February|March|April|May|June|July|August|September|October|November|December|"
          "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec")

# ---- noise lines (guidelines: "Text regions") -------------------------------------------
NOISE_PATTERNS = [
    r"^By [A-Z][\w.'-]+( [A-Z][\w.'-]+)+(, [A-Z]\w+)?$",          # byline, optional byline location
    r"^[A-Z][a-z]+ [A-Z][a-z]+, [A-Za-z ]*correspondent$",          # broadsheet byline
    r"^[A-Z][\w ]+ staff$",                                          # "Orontes Post staff"
    rf"^\d{{1,2}} ({MONTHS}) \d{{4}}( - \d\d:\d\d)?$",               # date-only line, optional time
    rf"^(Mon|Tue|Wed|Thu|Fri|Sat|Sun) \d{{1,2}} ({MONTHS}) \d{{4}} \d\d\.\d\d GMT$",
    r"^Last modified on ",
    r"^(Share|Share this with|Email|Facebook|Twitter|Advertisement)$",
    r"^(Photo|Photograph|Image caption):",
    r"^\((Reporting|Writing|Editing) by .*\)$",
    r"^Tags:",
    r"^SOURCE:",
    r"^[A-Z]\.?[A-Z]?\.?/ ?[A-Z][a-z]+$",                           # state-agency sign-off "H.Z./ Ghossoun"
    r"^[a-z]{2}(/[a-z]{2})+$",                                       # agency initials rs/nk/jv
    r"^_{3,}$",
]
NOISE_RE = [re.compile(p) for p in NOISE_PATTERNS]
# headers whose following lines (up to the next blank line) are noise too
BLOCK_HEADERS = re.compile(r"^(Related( News| Topics)?|Read more|READ MORE|Also on .*)(:.*)?$")


def classify_lines(text):
    """Return list of (lineno, line, is_noise) for body lines (headline = line 1 excluded)."""
    lines = text.split("\n")
    out = []
    in_block = False
    for n, line in enumerate(lines[1:], start=2):
        s = line.strip()
        if not s:
            in_block = False
            out.append((n, line, True))
            continue
        if BLOCK_HEADERS.match(s):
            in_block = True
            out.append((n, line, True))
            continue
        if in_block:
            out.append((n, line, True))
            continue
        out.append((n, line, any(r.match(s) for r in NOISE_RE)))
    return out


def norm_quotes(s):
    return (s.replace("\u2019", "'").replace("\u2018", "'")
             .replace("\u201c", '"').replace("\u201d", '"'))


def main():
    errors, warns = [], []
    E = lambda m: errors.append("ERROR " + m)
    W = lambda m: warns.append("WARN  " + m)

    reg = json.load(open(os.path.join(HERE, "entities.json"), encoding="utf-8"))
    actors = {a["id"]: a for a in reg["actors"]}
    places = {p["id"]: p for p in reg["places"]}
    globs = {g["id"]: g for g in reg["globalIncidents"]}
    if len(actors) != len(reg["actors"]) or len(places) != len(reg["places"]):
        E("registry: duplicate actor or place ids")
    # registry must be a superset of the shared corpus registry
    shared = "/work/shared/corpus/entities.json"
    if os.path.exists(shared):
        base = json.load(open(shared, encoding="utf-8"))
        for key in ("actors", "places", "globalIncidents"):
            have = {x["id"] for x in reg[key]}
            for x in base[key]:
                if x["id"] not in have:
                    E(f"registry: {key} id {x['id']} from the shared registry was removed/renamed")
    for a in reg["actors"]:
        if a.get("partOf") and a["partOf"] not in actors:
            E(f"registry: actor {a['id']} partOf unknown {a['partOf']}")
    for p in reg["places"]:
        if p.get("parent") and p["parent"] not in places:
            E(f"registry: place {p['id']} parent unknown {p['parent']}")
        if not isinstance(p.get("lat"), (int, float)) or not isinstance(p.get("lon"), (int, float)):
            E(f"registry: place {p['id']} lacks coordinates")

    used_globals = {}
    totals = {"incidents": 0, "statements": 0, "figures": 0}
    for art in ARTICLES:
        tpath = os.path.join(HERE, art + ".txt")
        gpath = os.path.join(HERE, art + ".gold.json")
        if not os.path.exists(tpath) or not os.path.exists(gpath):
            E(f"{art}: missing text or gold file")
            continue
        text = open(tpath, encoding="utf-8").read()
        g = json.load(open(gpath, encoding="utf-8"))
        lines = text.split("\n")
        if len(lines) < 3 or lines[1].strip() != "":
            E(f"{art}: line 2 must be blank (headline, blank line, body)")
        body = classify_lines(text)
        clean_lines = [l for _, l, noise in body if not noise]
        noise_lines = [l for _, l, noise in body if noise and l.strip()]
        words = sum(len(l.split()) for l in clean_lines)
        if not 200 <= words <= 450:
            E(f"{art}: body has {words} non-noise words (limit 200-450)")
        elif not 200 <= words <= 350:
            W(f"{art}: body has {words} non-noise words (target 200-350)")
        searchable = norm_quotes("\n".join([lines[0]] + clean_lines)).lower()

        # ---- shape
        if set(g.keys()) != {"article", "actors", "places", "incidents", "statements"}:
            E(f"{art}: top-level keys {sorted(g.keys())}")
            continue
        a = g["article"]
        if set(a.keys()) != {"id", "title", "outlet", "publishedAt", "url"}:
            E(f"{art}: article keys {sorted(a.keys())}")
        if a.get("id") != art:
            E(f"{art}: article.id {a.get('id')}")
        if a.get("title") != lines[0]:
            E(f"{art}: title differs from line 1")
        pub = a.get("publishedAt")
        if pub is not None and not DATE_RE.match(pub):
            E(f"{art}: publishedAt {pub!r}")
        if pub is not None and not ("2015-10-01" <= pub <= "2016-12-31"):
            E(f"{art}: publishedAt {pub} outside Oct 2015 - Dec 2016")
        if not str(a.get("url", "")).startswith("https://example.org/"):
            E(f"{art}: url must be https://example.org/...")

        for lst in ("actors", "places"):
            if len(set(g[lst])) != len(g[lst]):
                E(f"{art}: duplicate ids in {lst}")
        for x in g["actors"]:
            if x not in actors:
                E(f"{art}: actor {x} not in registry")
        for x in g["places"]:
            if x not in places:
                E(f"{art}: place {x} not in registry")

        # soft check: every listed id has a surface form in headline/body
        for x in g["actors"]:
            if x in actors:
                forms = [actors[x]["name"]] + [s for s in actors[x].get("aliases", []) if isinstance(s, str)]
                if not any(norm_quotes(f).lower() in searchable for f in forms):
                    W(f"{art}: actor {x} listed but no alias found verbatim (check description/adjective rule)")
        for x in g["places"]:
            if x in places:
                forms = [places[x]["name"]] + places[x].get("aliases", [])
                if not any(norm_quotes(f).lower() in searchable for f in forms):
                    W(f"{art}: place {x} listed but no alias found verbatim")

        # ---- incidents
        keys = set()
        for inc in g["incidents"]:
            totals["incidents"] += 1
            if set(inc.keys()) != {"key", "kind", "date", "places", "perpetratorAlleged", "sameAs"}:
                E(f"{art}: incident keys {sorted(inc.keys())}")
                continue
            k = inc["key"]
            if k in keys:
                E(f"{art}: duplicate incident key {k}")
            keys.add(k)
            if inc["kind"] not in KINDS:
                E(f"{art}/{k}: kind {inc['kind']}")
            d = inc["date"]
            if d is not None:
                if not DATE_RE.match(d):
                    E(f"{art}/{k}: date {d!r}")
                elif pub is not None and d > pub:
                    E(f"{art}/{k}: incident date {d} after publication {pub}")
                elif not ("2015-09-30" <= d <= "2016-12-31"):
                    E(f"{art}/{k}: date {d} outside the set's period")
            if pub is None and d is not None:
                if not re.search(rf"\b({MONTHS})\.? \d{{1,2}}\b|\b\d{{1,2}} ({MONTHS})\b", "\n".join(clean_lines)):
                    E(f"{art}/{k}: publishedAt is null and the text gives no absolute date, but date={d}")
            if not inc["places"]:
                E(f"{art}/{k}: incident without place")
            for p in inc["places"]:
                if p not in g["places"]:
                    E(f"{art}/{k}: incident place {p} not in article places")
            for p in inc["perpetratorAlleged"]:
                if p not in g["actors"]:
                    E(f"{art}/{k}: perpetrator {p} not in article actors")
            s = inc["sameAs"]
            if s is not None:
                if s not in globs:
                    E(f"{art}/{k}: sameAs {s} not in registry")
                else:
                    gi = globs[s]
                    used_globals.setdefault(s, []).append(art)
                    if gi["date"] != d:
                        E(f"{art}/{k}: sameAs {s} date {gi['date']} != {d}")
                    if sorted(gi["places"]) != sorted(inc["places"]):
                        E(f"{art}/{k}: sameAs {s} places {gi['places']} != {inc['places']}")
                    if gi["kind"] != inc["kind"]:
                        E(f"{art}/{k}: sameAs {s} kind {gi['kind']} != {inc['kind']}")
                    if art not in gi.get("articles", []):
                        E(f"{art}/{k}: registry {s} does not list {art}")

        # ---- statements
        for i, st in enumerate(g["statements"], 1):
            totals["statements"] += 1
            tag = f"{art}/st{i}"
            if set(st.keys()) != {"speaker", "stance", "about", "killed", "injured", "children", "qualifier", "evidence"}:
                E(f"{tag}: keys {sorted(st.keys())}")
                continue
            if set(st["about"].keys()) != {"incident", "actor"}:
                E(f"{tag}: about keys {sorted(st['about'].keys())}")
            if st["speaker"] not in actors:
                E(f"{tag}: speaker {st['speaker']} not in registry")
            if st["speaker"] not in g["actors"]:
                E(f"{tag}: speaker {st['speaker']} not in article actors")
            if st["stance"] not in STANCES:
                E(f"{tag}: stance {st['stance']}")
            ai, aa = st["about"]["incident"], st["about"]["actor"]
            if ai is not None and ai not in keys:
                E(f"{tag}: about.incident {ai} not an incident key")
            if aa is not None:
                if aa not in actors:
                    E(f"{tag}: about.actor {aa} not in registry")
                if aa not in g["actors"]:
                    E(f"{tag}: about.actor {aa} not in article actors")
            if st["stance"] in ("ACCUSATION",) and aa is None:
                W(f"{tag}: ACCUSATION without about.actor")
            kk, ii, cc, q = st["killed"], st["injured"], st["children"], st["qualifier"]
            for name, v in (("killed", kk), ("injured", ii), ("children", cc)):
                if v is not None and (not isinstance(v, int) or isinstance(v, bool) or v < 0):
                    E(f"{tag}: {name} {v!r}")
            if any(v is not None for v in (kk, ii, cc)):
                totals["figures"] += 1
            if q not in QUALS:
                E(f"{tag}: qualifier {q!r}")
            if (kk is None and ii is None) != (q is None):
                E(f"{tag}: qualifier {q!r} inconsistent with killed={kk} injured={ii}")
            if cc is not None and kk is not None and cc > kk:
                E(f"{tag}: children {cc} > killed {kk}")
            ev = st["evidence"]
            if not isinstance(ev, str) or not ev.strip():
                E(f"{tag}: missing evidence")
                continue
            if ev != ev.strip():
                E(f"{tag}: evidence has leading/trailing whitespace")
            in_clean = any(ev in l for l in clean_lines)
            if not in_clean:
                if ev in lines[0]:
                    E(f"{tag}: evidence taken from the headline")
                elif any(ev in l for l in noise_lines):
                    E(f"{tag}: evidence taken from a noise line")
                else:
                    E(f"{tag}: evidence not an exact substring of one body line: {ev[:70]!r}")

    # every registry article list entry of G49x must be used by that article
    for gid, gi in globs.items():
        if not gid.startswith("G49"):
            continue
        for art in gi.get("articles", []):
            if art not in used_globals.get(gid, []):
                E(f"registry {gid} lists {art}, which does not use it")
        if len(set(used_globals.get(gid, []))) < 2:
            E(f"registry {gid} used by fewer than two articles")

    for m in errors + warns:
        print(m)
    print(f"\n{len(ARTICLES)} articles, {totals['incidents']} incidents, {totals['statements']} statements, "
          f"{totals['figures']} statements with figures; cross-article ids used: "
          + ", ".join(f"{k}={sorted(set(v))}" for k, v in sorted(used_globals.items())))
    print(f"{len(errors)} error(s), {len(warns)} warning(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
